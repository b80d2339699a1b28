#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Version.h>
#include <sijil/storage/Database.h>

#include <QTextStream>

namespace sijil::app {

QString Commands::usage() {
    return tr(
        "Usage : sijilctl [--data-dir DOSSIER] [--site-config FICHIER] COMMANDE [ARGUMENTS]\n"
        "\n"
        "Commandes :\n"
        "  version                         version de Sijil et du schéma de la base locale\n"
        "  users list [--json]             comptes locaux\n"
        "  users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE]\n"
        "            [--password-stdin]    crée un compte (mot de passe demandé sinon)\n"
        "  users disable IDENTIFIANT       désactive un compte\n"
        "  users enable IDENTIFIANT        réactive un compte\n"
        "  users passwd IDENTIFIANT [--password-stdin]\n"
        "                                  change le mot de passe\n"
        "  config show                     configuration effective du site (JSON)\n"
        "  store stats                     taille et contenu de la base locale\n"
        "  store check                     vérifie l'intégrité de la base locale\n"
        "  audit verify [--server]         vérifie la chaîne du journal d'audit (et, avec "
        "--server,\n"
        "                                  ses entrées envoyées contre leur copie sur le "
        "serveur central)\n"
        "  audit export [--after N]        exporte le journal d'audit (JSON, une entrée "
        "par ligne)\n"
        "  sync [--pull TYPE]...           un cycle de synchronisation avec le serveur central\n"
        "  sync log [NOMBRE]               derniers cycles de synchronisation\n"
        "  patient search TEXTE [--json]   recherche (IPP, CNIE, téléphone, noms, date)\n"
        "  patient show IPP|ID             fiche du patient (ressources FHIR)\n"
        "  patient import FICHIER [--keep-duplicates]\n"
        "                                  importe un registre (CSV ou Bundle FHIR) ; un patient\n"
        "                                  déjà enregistré est refusé, ou gardé et mis en file\n"
        "                                  d'examen avec --keep-duplicates\n"
        "  refdata import communes FICHIER importe la liste des communes (CSV)\n"
        "  ipp add-block PREMIER DERNIER   enregistre une plage d'IPP réservée au site\n"
        "  ipp status                      plages d'IPP et numéros restants\n"
        "  dedup scan [--json] [--restart] [--limit N]\n"
        "                                  signale les doublons possibles du registre et les "
        "met en file d'examen ;\n"
        "                                  reprend une recherche interrompue (sauf --restart)\n"
        "  dedup list [--json]             paires en attente d'examen, les plus probables "
        "d'abord\n"
        "  trust import FICHIER            ajoute un certificat CSCA ou une liste maîtresse "
        "CSCA\n"
        "  trust list [--json]             certificats CSCA de confiance (puces des documents)\n"
        "  card readers [--json]           lecteurs de cartes et cartes présentes\n"
        "  card read --can NUMÉRO | --mrz LIGNES [--reader NOM]\n"
        "                                  lit la puce d'une pièce d'identité (JSON)\n"
        "  mrz check LIGNES [--json]       vérifie une MRZ et ses chiffres de contrôle\n"
        "  dicom info FICHIER              attributs d'une image DICOM (JSON)\n"
        "  dicom info DOSSIER|DICOMDIR|ZIP patients, examens, séries et images d'un support "
        "(JSON)\n"
        "  dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png\n"
        "                                  rend une image DICOM en PNG (fenêtre du fichier par "
        "défaut)\n"
        "  pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]\n"
        "                                  vérifie la connexion DICOM à un PACS (C-ECHO)\n"
        "  pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]\n"
        "            [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]]\n"
        "            [--modality MOD] [--accession NUMÉRO] [--limit N]\n"
        "                                  cherche des études sur un PACS (C-FIND, JSON)\n"
        "  pacs store --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]\n"
        "             FICHIER...\n"
        "                                  envoie des fichiers DICOM au PACS (C-STORE, JSON)\n"
        "  pacs get --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]\n"
        "           (--study|--series|--instance UID)... -o DOSSIER\n"
        "                                  récupère des images du PACS (C-GET, JSON)\n"
        "  pacs move --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]\n"
        "            (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o "
        "DOSSIER]\n"
        "                                  fait envoyer des images vers un titre AE (C-MOVE) ;\n"
        "                                  avec --listen, Sijil les reçoit lui-même (JSON)\n"
        "  pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S]\n"
        "            [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]]\n"
        "            [--modality MOD] [--accession NUMÉRO] [--limit N]\n"
        "                                  cherche des études en DICOMweb (QIDO-RS, JSON)\n"
        "  pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S]\n"
        "            --study UID [--series UID] -o DOSSIER\n"
        "                                  télécharge une étude ou une série (WADO-RS)\n"
        "\n"
        "Rôles : admission-clerk, nurse, physician, specialist, radiologist, site-admin\n");
}

int Commands::version(CtlContext& /*ctx*/, const QStringList& args) {
    if (!args.isEmpty()) {
        CtlContext::printError(tr("« version » ne prend pas d'argument."));
        return Usage;
    }
    QTextStream(stdout)
        << "sijilctl " << core::versionString() << '\n'
        << tr("schéma de la base locale : %1").arg(storage::Database::latestSchemaVersion()) << '\n'
        << "Qt " << qVersion() << '\n';
    return Ok;
}

} // namespace sijil::app
