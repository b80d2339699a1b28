<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>sijil::access::AccountService</name>
    <message>
        <source>Le mot de passe doit compter au moins %1 caractères.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Le mot de passe est trop long (256 caractères au plus).</source>
        <translation>Le mot de passe est trop long (256 caractères au plus).</translation>
    </message>
    <message>
        <source>Le mot de passe ne doit pas contenir l&apos;identifiant.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Ce mot de passe est trop facile à deviner. Choisissez une phrase ou un mélange moins prévisible.</source>
        <translation>Ce mot de passe est trop facile à deviner. Choisissez une phrase ou un mélange moins prévisible.</translation>
    </message>
    <message>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>L&apos;identifiant est obligatoire.</translation>
    </message>
    <message>
        <source>L&apos;identifiant doit compter de 3 à 32 caractères : lettres minuscules sans accent, chiffres, point, tiret ou trait de soulignement, et commencer par une lettre ou un chiffre.</source>
        <translation>L&apos;identifiant doit compter de 3 à 32 caractères : lettres minuscules sans accent, chiffres, point, tiret ou trait de soulignement, et commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Le nom complet est obligatoire.</source>
        <translation>Le nom complet est obligatoire.</translation>
    </message>
    <message>
        <source>Choisissez au moins un rôle.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà utilisé.</source>
        <translation>Cet identifiant est déjà utilisé.</translation>
    </message>
    <message>
        <source>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante ?).</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>Ce poste a déjà un administrateur.</source>
        <translation>Ce poste a déjà un administrateur.</translation>
    </message>
    <message>
        <source>Aucun compte ne porte cet identifiant.</source>
        <translation>Aucun compte ne porte cet identifiant.</translation>
    </message>
    <message>
        <source>C&apos;est le dernier administrateur actif du site : il ne peut pas être désactivé.</source>
        <translation>C&apos;est le dernier administrateur actif du site : il ne peut pas être désactivé.</translation>
    </message>
</context>
<context>
    <name>sijil::access::LocalAuthenticator</name>
    <message>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Trop de tentatives échouées. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saisissez votre identifiant.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Adressez-vous à l&apos;administrateur du site.</source>
        <translation>Ce compte est désactivé. Adressez-vous à l&apos;administrateur du site.</translation>
    </message>
</context>
<context>
    <name>sijil::access::Role</name>
    <message>
        <source>Agent d&apos;accueil</source>
        <translation>Agent d&apos;accueil</translation>
    </message>
    <message>
        <source>Infirmier·ère</source>
        <translation>Infirmier·ère</translation>
    </message>
    <message>
        <source>Médecin</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Médecin spécialiste</source>
        <translation>Médecin spécialiste</translation>
    </message>
    <message>
        <source>Radiologue</source>
        <translation>Radiologue</translation>
    </message>
    <message>
        <source>Administrateur du site</source>
        <translation>Administrateur du site</translation>
    </message>
</context>
<context>
    <name>sijil::app::Commands</name>
    <message>
        <source>usage : sijilctl config show</source>
        <translation>usage : sijilctl config show</translation>
    </message>
    <message>
        <source>commande inconnue : %1</source>
        <translation>commande inconnue : %1</translation>
    </message>
    <message>
        <source>pas de terminal pour saisir le mot de passe : utilisez --password-stdin.</source>
        <translation>pas de terminal pour saisir le mot de passe : utilisez --password-stdin.</translation>
    </message>
    <message>
        <source>Mot de passe : </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>les deux mots de passe diffèrent.</source>
        <translation>les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>usage : sijilctl users list [--json]</source>
        <translation>usage : sijilctl users list [--json]</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>usage : sijilctl users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE] [--password-stdin]</source>
        <translation>usage : sijilctl users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE] [--password-stdin]</translation>
    </message>
    <message>
        <source>rôle inconnu : %1</source>
        <translation>rôle inconnu : %1</translation>
    </message>
    <message>
        <source>Compte « %1 » créé.</source>
        <translation>Compte « %1 » créé.</translation>
    </message>
    <message>
        <source>usage : sijilctl users disable IDENTIFIANT</source>
        <translation>usage : sijilctl users disable IDENTIFIANT</translation>
    </message>
    <message>
        <source>usage : sijilctl users enable IDENTIFIANT</source>
        <translation>usage : sijilctl users enable IDENTIFIANT</translation>
    </message>
    <message>
        <source>Compte « %1 » désactivé.</source>
        <translation>Compte « %1 » désactivé.</translation>
    </message>
    <message>
        <source>Compte « %1 » réactivé.</source>
        <translation>Compte « %1 » réactivé.</translation>
    </message>
    <message>
        <source>usage : sijilctl users passwd IDENTIFIANT [--password-stdin]</source>
        <translation>usage : sijilctl users passwd IDENTIFIANT [--password-stdin]</translation>
    </message>
    <message>
        <source>Mot de passe de « %1 » changé.</source>
        <translation>Mot de passe de « %1 » changé.</translation>
    </message>
    <message>
        <source>usage : sijilctl users list|add|disable|enable|passwd …</source>
        <translation>usage : sijilctl users list|add|disable|enable|passwd …</translation>
    </message>
    <message>
        <source>sous-commande inconnue : users %1</source>
        <translation>sous-commande inconnue : users %1</translation>
    </message>
    <message>
        <source>« version » ne prend pas d&apos;argument.</source>
        <translation>« version » ne prend pas d&apos;argument.</translation>
    </message>
    <message>
        <source>schéma de la base locale : %1</source>
        <translation>schéma de la base locale : %1</translation>
    </message>
    <message>
        <source>entrée modifiée</source>
        <translation>entrée modifiée</translation>
    </message>
    <message>
        <source>entrée supprimée</source>
        <translation>entrée supprimée</translation>
    </message>
    <message>
        <source>fin du journal supprimée</source>
        <translation>fin du journal supprimée</translation>
    </message>
    <message>
        <source>repère de fin du journal modifié ou supprimé</source>
        <translation>repère de fin du journal modifié ou supprimé</translation>
    </message>
    <message>
        <source>journal d&apos;audit altéré à l&apos;entrée %1 : %2</source>
        <translation>journal d&apos;audit altéré à l&apos;entrée %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal d&apos;audit intact : %n entrée(s) vérifiée(s).</source>
        <translation>
            <numerusform>Journal d&apos;audit intact : %n entrée vérifiée.</numerusform>
            <numerusform>Journal d&apos;audit intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--after attend un numéro d&apos;entrée.</source>
        <translation>--after attend un numéro d&apos;entrée.</translation>
    </message>
    <message>
        <source>usage : sijilctl audit export [--after N]</source>
        <translation>usage : sijilctl audit export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl store stats|check</source>
        <translation>usage : sijilctl store stats|check</translation>
    </message>
    <message>
        <source>Base locale : %1</source>
        <translation>Base locale : %1</translation>
    </message>
    <message>
        <source>Schéma : %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Taille : %1 octets (journal WAL : %2 octets)</source>
        <translation>Taille : %1 octets (journal WAL : %2 octets)</translation>
    </message>
    <message>
        <source>Base locale intacte (schéma %1).</source>
        <translation>Base locale intacte (schéma %1).</translation>
    </message>
    <message>
        <source>Confirmez le mot de passe : </source>
        <translation>Confirmez le mot de passe : </translation>
    </message>
    <message>
        <source>corrigez le fichier de configuration du site ou indiquez --facility.</source>
        <translation>corrigez le fichier de configuration du site ou indiquez --facility.</translation>
    </message>
    <message>
        <source>aucun serveur central n&apos;est configuré pour ce site (centralServer.url).</source>
        <translation>aucun serveur central n&apos;est configuré pour ce site (centralServer.url).</translation>
    </message>
    <message>
        <source>Envoyés : %1 ; reçus : %2 ; inchangés : %3 ; conflits : %4 ; en attente : %5</source>
        <translation>Envoyés : %1 ; reçus : %2 ; inchangés : %3 ; conflits : %4 ; en attente : %5</translation>
    </message>
    <message>
        <source>usage : sijilctl sync log [NOMBRE]</source>
        <translation>usage : sijilctl sync log [NOMBRE]</translation>
    </message>
    <message>
        <source>réussie</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>échouée</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>envoyés %1, reçus %2, conflits %3, en attente %4</source>
        <translation>envoyés %1, reçus %2, conflits %3, en attente %4</translation>
    </message>
    <message>
        <source>usage : sijilctl sync [--pull TYPE]... | sijilctl sync log [NOMBRE]</source>
        <translation>usage : sijilctl sync [--pull TYPE]... | sijilctl sync log [NOMBRE]</translation>
    </message>
    <message>
        <source>usage : sijilctl patient search TEXTE [--json]</source>
        <translation>usage : sijilctl patient search TEXTE [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) trouvé(s).</source>
        <translation>
            <numerusform>%n patient trouvé.</numerusform>
            <numerusform>%n patients trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl patient show IPP|ID</source>
        <translation>usage : sijilctl patient show IPP|ID</translation>
    </message>
    <message>
        <source>aucun patient pour « %1 »</source>
        <translation>aucun patient pour « %1 »</translation>
    </message>
    <message>
        <source>ligne %1 (%2) : %3</source>
        <translation>ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 patient(s) importé(s), %2 refusé(s).</source>
        <translation>%1 patient(s) importé(s), %2 refusé(s).</translation>
    </message>
    <message>
        <source>usage : sijilctl patient search|show|import</source>
        <translation>usage : sijilctl patient search|show|import</translation>
    </message>
    <message>
        <source>usage : sijilctl refdata import communes FICHIER.csv</source>
        <translation>usage : sijilctl refdata import communes FICHIER.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) importée(s).</source>
        <translation>
            <numerusform>%n commune importée.</numerusform>
            <numerusform>%n communes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl ipp add-block PREMIER DERNIER</source>
        <translation>usage : sijilctl ipp add-block PREMIER DERNIER</translation>
    </message>
    <message>
        <source>un IPP a neuf chiffres au plus : %1 est trop grand</source>
        <translation>un IPP a neuf chiffres au plus : %1 est trop grand</translation>
    </message>
    <message>
        <source>Plage %1 à %2 enregistrée.</source>
        <translation>Plage %1 à %2 enregistrée.</translation>
    </message>
    <message>
        <source>restants : %1</source>
        <translation>restants : %1</translation>
    </message>
    <message>
        <source>IPP disponibles : %1</source>
        <translation>IPP disponibles : %1</translation>
    </message>
    <message>
        <source>usage : sijilctl ipp add-block PREMIER DERNIER | ipp status</source>
        <translation>usage : sijilctl ipp add-block PREMIER DERNIER | ipp status</translation>
    </message>
    <message>
        <source>doublon</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>doublon possible</source>
        <translation>doublon possible</translation>
    </message>
    <message numerus="yes">
        <source>%n paire(s) à examiner.</source>
        <translation>
            <numerusform>%n paire à examiner.</numerusform>
            <numerusform>%n paires à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl mrz check &quot;LIGNES&quot; [--json]</source>
        <translation>usage : sijilctl mrz check &quot;LIGNES&quot; [--json]</translation>
    </message>
    <message>
        <source>MRZ valide (%1).</source>
        <translation>MRZ valide (%1).</translation>
    </message>
    <message>
        <source>usage : sijilctl card readers [--json]</source>
        <translation>usage : sijilctl card readers [--json]</translation>
    </message>
    <message>
        <source>Aucun lecteur de cartes branché.</source>
        <translation>Aucun lecteur de cartes branché.</translation>
    </message>
    <message>
        <source>carte présente</source>
        <translation>carte présente</translation>
    </message>
    <message>
        <source>pas de carte</source>
        <translation>pas de carte</translation>
    </message>
    <message>
        <source>usage : sijilctl card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</source>
        <translation>usage : sijilctl card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</translation>
    </message>
    <message>
        <source>Aucune carte dans les lecteurs.</source>
        <translation>Aucune carte dans les lecteurs.</translation>
    </message>
    <message>
        <source>usage : sijilctl card readers [--json] | card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</source>
        <translation>usage : sijilctl card readers [--json] | card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</translation>
    </message>
    <message>
        <source>Ajouté : %1 (valable jusqu&apos;au %2)</source>
        <translation>Ajouté : %1 (valable jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Certificats CSCA ajoutés : %1 ; déjà présents : %2</source>
        <translation>Certificats CSCA ajoutés : %1 ; déjà présents : %2</translation>
    </message>
    <message>
        <source>Certificats écartés (pas une autorité de certification) : %1</source>
        <translation>Certificats écartés (pas une autorité de certification) : %1</translation>
    </message>
    <message>
        <source>Aucun certificat CSCA de confiance (%1).</source>
        <translation>Aucun certificat CSCA de confiance (%1).</translation>
    </message>
    <message>
        <source>usage : sijilctl trust import FICHIER | trust list [--json]</source>
        <translation>usage : sijilctl trust import FICHIER | trust list [--json]</translation>
    </message>
    <message>
        <source>Import : %1/%2 patient(s) écrit(s) (%3 %)</source>
        <translation>Import : %1/%2 patient(s) écrit(s) (%3 %)</translation>
    </message>
    <message>
        <source>import interrompu (Ctrl+C) : les %1 patient(s) écrit(s) sont gardés, les suivants n&apos;ont pas été importés.</source>
        <translation>import interrompu (Ctrl+C) : les %1 patient(s) écrit(s) sont gardés, les suivants n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;image PNG « %1 ».</source>
        <translation>Impossible d&apos;écrire l&apos;image PNG « %1 ».</translation>
    </message>
    <message>
        <source>plus de %1 études : seules les %1 premières sont affichées, précisez la recherche.</source>
        <translation>plus de %1 études : seules les %1 premières sont affichées, précisez la recherche.</translation>
    </message>
    <message>
        <source>usage : sijilctl dicom info FICHIER|DOSSIER|DICOMDIR|ZIP | dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png</source>
        <translation>usage : sijilctl dicom info FICHIER|DOSSIER|DICOMDIR|ZIP | dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png</translation>
    </message>
    <message>
        <source>%1 image(s) non transmise(s) par le PACS.</source>
        <translation>%1 image(s) non transmise(s) par le PACS.</translation>
    </message>
    <message>
        <source>%1 images, %2 Mo reçus</source>
        <translation>%1 images, %2 Mo reçus</translation>
    </message>
    <message>
        <source>usage : sijilctl pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] | pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs store (connexion) FICHIER... | pacs get (connexion) (--study|--series|--instance UID)... -o DOSSIER | pacs move (connexion) (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o DOSSIER] | pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S] --study UID [--series UID] -o DOSSIER</source>
        <translation>usage : sijilctl pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] | pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs store (connexion) FICHIER... | pacs get (connexion) (--study|--series|--instance UID)... -o DOSSIER | pacs move (connexion) (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o DOSSIER] | pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S] --study UID [--series UID] -o DOSSIER</translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) possible(s) mis en file d&apos;examen : voyez « sijilctl dedup list ».</source>
        <translation>
            <numerusform>%n doublon possible mis en file d&apos;examen : voyez « sijilctl dedup list ».</numerusform>
            <numerusform>%n doublons possibles mis en file d&apos;examen : voyez « sijilctl dedup list ».</numerusform>
        </translation>
    </message>
    <message>
        <source>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à la ligne %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</source>
        <translation>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à la ligne %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</translation>
    </message>
    <message numerus="yes">
        <source>la base locale est endommagée (%n anomalie(s)). Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</source>
        <translation>
            <numerusform>la base locale est endommagée (%n anomalie). Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</numerusform>
            <numerusform>la base locale est endommagée (%n anomalies). Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Détail technique (SQLite) :</source>
        <translation>Détail technique (SQLite) :</translation>
    </message>
    <message>
        <source>entrée %1 (%2) : %3</source>
        <translation>entrée %1 (%2) : %3</translation>
    </message>
    <message>
        <source>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à l&apos;entrée %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</source>
        <translation>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à l&apos;entrée %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</translation>
    </message>
    <message>
        <source>Détail technique : %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>usage : sijilctl patient import FICHIER.csv|FICHIER.json [--keep-duplicates]</source>
        <translation>usage : sijilctl patient import FICHIER.csv|FICHIER.json [--keep-duplicates]</translation>
    </message>
    <message>
        <source>entrée %1 : %2</source>
        <translation>entrée %1 : %2</translation>
    </message>
    <message>
        <source>ligne %1 : %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Recherche des patients déjà enregistrés : %1/%2 (%3 %)</source>
        <translation>Recherche des patients déjà enregistrés : %1/%2 (%3 %)</translation>
    </message>
    <message>
        <source>import interrompu (Ctrl+C) avant toute écriture : rien n&apos;a été importé.</source>
        <translation>import interrompu (Ctrl+C) avant toute écriture : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 Première occurrence : entrée %2.</source>
        <translation>%1 Première occurrence : entrée %2.</translation>
    </message>
    <message>
        <source>%1 Première occurrence : ligne %2.</source>
        <translation>%1 Première occurrence : ligne %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) refusée(s) par le serveur central : elles restent en attente, avec les suivantes du même élément, et seront proposées de nouveau.</source>
        <translation>
            <numerusform>%n modification refusée par le serveur central : elles restent en attente, avec les suivantes du même élément, et seront proposées de nouveau.</numerusform>
            <numerusform>%n modifications refusées par le serveur central : elles restent en attente, avec les suivantes du même élément, et seront proposées de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) ne correspond(ent) plus à la copie reçue par le serveur central : %1</source>
        <translation>
            <numerusform>%n entrée ne correspond(ent) plus à la copie reçue par le serveur central : %1</numerusform>
            <numerusform>%n entrées ne correspond(ent) plus à la copie reçue par le serveur central : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) marquée(s) comme envoyée(s) sans copie sur le serveur central (numéro ou date modifiés, ou copie supprimée) : %1</source>
        <translation>
            <numerusform>%n entrée marquée comme envoyée sans copie sur le serveur central (numéro ou date modifiés, ou copie supprimée) : %1</numerusform>
            <numerusform>%n entrées marquées comme envoyées sans copie sur le serveur central (numéro ou date modifiés, ou copie supprimée) : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conformes à la copie du serveur central : %n entrée(s).</source>
        <translation>
            <numerusform>Conformes à la copie du serveur central : %n entrée.</numerusform>
            <numerusform>Conformes à la copie du serveur central : %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Envoyées avant l&apos;empreinte, non comparables : %n entrée(s).</source>
        <translation>
            <numerusform>Envoyées avant l&apos;empreinte, non comparables : %n entrée.</numerusform>
            <numerusform>Envoyées avant l&apos;empreinte, non comparables : %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify [--server]|export [--after N]</source>
        <translation>usage : sijilctl audit verify [--server]|export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify [--server]</source>
        <translation>usage : sijilctl audit verify [--server]</translation>
    </message>
    <message>
        <source>centralServer : %1 (%2)</source>
        <translation>centralServer : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) de ce poste sur le serveur central, plus récente(s) que la dernière envoyée encore présente ici : fin du journal supprimée (%1)</source>
        <translation>
            <numerusform>%n entrée de ce poste sur le serveur central, plus récente que la dernière envoyée encore présente ici : fin du journal supprimée (%1)</numerusform>
            <numerusform>%n entrées de ce poste sur le serveur central, plus récentes que la dernière envoyée encore présente ici : fin du journal supprimée (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modifiées depuis sur le serveur central, sans première version lisible, non comparables : %n entrée(s) (%1).</source>
        <translation>
            <numerusform>Modifiées depuis sur le serveur central, sans première version lisible, non comparables : %n entrée (%1).</numerusform>
            <numerusform>Modifiées depuis sur le serveur central, sans première version lisible, non comparables : %n entrées (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>la base locale est au schéma %1 : elle sera mise à niveau au prochain démarrage de Sijil. Démarrez Sijil sur ce poste, puis relancez la commande.</source>
        <translation>la base locale est au schéma %1 : elle sera mise à niveau au prochain démarrage de Sijil. Démarrez Sijil sur ce poste, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Base locale intacte (schéma %1, sera mis à niveau au prochain démarrage de Sijil).</source>
        <translation>Base locale intacte (schéma %1, sera mis à niveau au prochain démarrage de Sijil).</translation>
    </message>
    <message>
        <source>Schéma : %1 (sera mis à niveau au prochain démarrage de Sijil)</source>
        <translation>Schéma : %1 (sera mis à niveau au prochain démarrage de Sijil)</translation>
    </message>
    <message>
        <source>vérification incomplète : le serveur central a plus d&apos;événements de ce poste que la vérification n&apos;en parcourt ; les suivants n&apos;ont pas été comparés.</source>
        <translation>vérification incomplète : le serveur central a plus d&apos;événements de ce poste que la vérification n&apos;en parcourt ; les suivants n&apos;ont pas été comparés.</translation>
    </message>
    <message>
        <source>la clé du journal ne correspond pas à ce journal : restaurez la clé d&apos;origine depuis la sauvegarde du poste</source>
        <translation>la clé du journal ne correspond pas à ce journal : restaurez la clé d&apos;origine depuis la sauvegarde du poste</translation>
    </message>
    <message>
        <source>entrée remplacée (fin du journal supprimée puis réécrite)</source>
        <translation>entrée remplacée (fin du journal supprimée puis réécrite)</translation>
    </message>
    <message>
        <source>entrées supprimées ou repère de fin du journal modifié, constaté le %1 et consigné à cette entrée</source>
        <translation>entrées supprimées ou repère de fin du journal modifié, constaté le %1 et consigné à cette entrée</translation>
    </message>
    <message>
        <source>entrée %1 (%2) : avertissement : %3</source>
        <translation>entrée %1 (%2) : avertissement : %3</translation>
    </message>
    <message>
        <source>ligne %1 (%2) : avertissement : %3</source>
        <translation>ligne %1 (%2) : avertissement : %3</translation>
    </message>
    <message>
        <source>%1 entrée(s) ni Patient ni Coverage, non importée(s) : %2.</source>
        <translation>%1 entrée(s) ni Patient ni Coverage, non importée(s) : %2.</translation>
    </message>
    <message>
        <source>dossier %1 non comparé : %2 (%3)</source>
        <translation>dossier %1 non comparé : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) illisible(s) non comparé(s) : la base locale est endommagée.</source>
        <translation>
            <numerusform>%n dossier illisible non comparé : la base locale est endommagée.</numerusform>
            <numerusform>%n dossiers illisibles non comparés : la base locale est endommagée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recherche des doublons : %1/%2 patient(s) (%3 %), %4 patient(s)/s, fin dans %5</source>
        <translation>Recherche des doublons : %1/%2 patient(s) (%3 %), %4 patient(s)/s, fin dans %5</translation>
    </message>
    <message>
        <source>reprise de la recherche commencée le %1 : %2 patient(s) déjà comparé(s) (--restart pour tout recommencer).</source>
        <translation>reprise de la recherche commencée le %1 : %2 patient(s) déjà comparé(s) (--restart pour tout recommencer).</translation>
    </message>
    <message>
        <source>recherche arrêtée après %1 patient(s) sur %2 : relancez « sijilctl dedup scan » pour la poursuivre.</source>
        <translation>recherche arrêtée après %1 patient(s) sur %2 : relancez « sijilctl dedup scan » pour la poursuivre.</translation>
    </message>
    <message>
        <source>usage : sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list [--json]</source>
        <translation>usage : sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list [--json]</translation>
    </message>
    <message>
        <source>Usage : sijilctl [--data-dir DOSSIER] [--site-config FICHIER] COMMANDE [ARGUMENTS]

Commandes :
  version                         version de Sijil et du schéma de la base locale
  users list [--json]             comptes locaux
  users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE]
            [--password-stdin]    crée un compte (mot de passe demandé sinon)
  users disable IDENTIFIANT       désactive un compte
  users enable IDENTIFIANT        réactive un compte
  users passwd IDENTIFIANT [--password-stdin]
                                  change le mot de passe
  config show                     configuration effective du site (JSON)
  store stats                     taille et contenu de la base locale
  store check                     vérifie l&apos;intégrité de la base locale
  audit verify [--server]         vérifie la chaîne du journal d&apos;audit (et, avec --server,
                                  ses entrées envoyées contre leur copie sur le serveur central)
  audit export [--after N]        exporte le journal d&apos;audit (JSON, une entrée par ligne)
  sync [--pull TYPE]...           un cycle de synchronisation avec le serveur central
  sync log [NOMBRE]               derniers cycles de synchronisation
  patient search TEXTE [--json]   recherche (IPP, CNIE, téléphone, noms, date)
  patient show IPP|ID             fiche du patient (ressources FHIR)
  patient import FICHIER [--keep-duplicates]
                                  importe un registre (CSV ou Bundle FHIR) ; un patient
                                  déjà enregistré est refusé, ou gardé et mis en file
                                  d&apos;examen avec --keep-duplicates
  refdata import communes FICHIER importe la liste des communes (CSV)
  ipp add-block PREMIER DERNIER   enregistre une plage d&apos;IPP réservée au site
  ipp status                      plages d&apos;IPP et numéros restants
  dedup scan [--json] [--restart] [--limit N]
                                  signale les doublons possibles du registre et les met en file d&apos;examen ;
                                  reprend une recherche interrompue (sauf --restart)
  dedup list [--json]             paires en attente d&apos;examen, les plus probables d&apos;abord
  trust import FICHIER            ajoute un certificat CSCA ou une liste maîtresse CSCA
  trust list [--json]             certificats CSCA de confiance (puces des documents)
  card readers [--json]           lecteurs de cartes et cartes présentes
  card read --can NUMÉRO | --mrz LIGNES [--reader NOM]
                                  lit la puce d&apos;une pièce d&apos;identité (JSON)
  mrz check LIGNES [--json]       vérifie une MRZ et ses chiffres de contrôle
  dicom info FICHIER              attributs d&apos;une image DICOM (JSON)
  dicom info DOSSIER|DICOMDIR|ZIP patients, examens, séries et images d&apos;un support (JSON)
  dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png
                                  rend une image DICOM en PNG (fenêtre du fichier par défaut)
  pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
                                  vérifie la connexion DICOM à un PACS (C-ECHO)
  pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
            [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]]
            [--modality MOD] [--accession NUMÉRO] [--limit N]
                                  cherche des études sur un PACS (C-FIND, JSON)
  pacs store --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
             FICHIER...
                                  envoie des fichiers DICOM au PACS (C-STORE, JSON)
  pacs get --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
           (--study|--series|--instance UID)... -o DOSSIER
                                  récupère des images du PACS (C-GET, JSON)
  pacs move --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
            (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o DOSSIER]
                                  fait envoyer des images vers un titre AE (C-MOVE) ;
                                  avec --listen, Sijil les reçoit lui-même (JSON)
  pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S]
            [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]]
            [--modality MOD] [--accession NUMÉRO] [--limit N]
                                  cherche des études en DICOMweb (QIDO-RS, JSON)
  pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S]
            --study UID [--series UID] -o DOSSIER
                                  télécharge une étude ou une série (WADO-RS)

Rôles : admission-clerk, nurse, physician, specialist, radiologist, site-admin
</source>
        <translation>Usage : sijilctl [--data-dir DOSSIER] [--site-config FICHIER] COMMANDE [ARGUMENTS]

Commandes :
  version                         version de Sijil et du schéma de la base locale
  users list [--json]             comptes locaux
  users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE]
            [--password-stdin]    crée un compte (mot de passe demandé sinon)
  users disable IDENTIFIANT       désactive un compte
  users enable IDENTIFIANT        réactive un compte
  users passwd IDENTIFIANT [--password-stdin]
                                  change le mot de passe
  config show                     configuration effective du site (JSON)
  store stats                     taille et contenu de la base locale
  store check                     vérifie l&apos;intégrité de la base locale
  audit verify [--server]         vérifie la chaîne du journal d&apos;audit (et, avec --server,
                                  ses entrées envoyées contre leur copie sur le serveur central)
  audit export [--after N]        exporte le journal d&apos;audit (JSON, une entrée par ligne)
  sync [--pull TYPE]...           un cycle de synchronisation avec le serveur central
  sync log [NOMBRE]               derniers cycles de synchronisation
  patient search TEXTE [--json]   recherche (IPP, CNIE, téléphone, noms, date)
  patient show IPP|ID             fiche du patient (ressources FHIR)
  patient import FICHIER [--keep-duplicates]
                                  importe un registre (CSV ou Bundle FHIR) ; un patient
                                  déjà enregistré est refusé, ou gardé et mis en file
                                  d&apos;examen avec --keep-duplicates
  refdata import communes FICHIER importe la liste des communes (CSV)
  ipp add-block PREMIER DERNIER   enregistre une plage d&apos;IPP réservée au site
  ipp status                      plages d&apos;IPP et numéros restants
  dedup scan [--json] [--restart] [--limit N]
                                  signale les doublons possibles du registre et les met en file d&apos;examen ;
                                  reprend une recherche interrompue (sauf --restart)
  dedup list [--json]             paires en attente d&apos;examen, les plus probables d&apos;abord
  trust import FICHIER            ajoute un certificat CSCA ou une liste maîtresse CSCA
  trust list [--json]             certificats CSCA de confiance (puces des documents)
  card readers [--json]           lecteurs de cartes et cartes présentes
  card read --can NUMÉRO | --mrz LIGNES [--reader NOM]
                                  lit la puce d&apos;une pièce d&apos;identité (JSON)
  mrz check LIGNES [--json]       vérifie une MRZ et ses chiffres de contrôle
  dicom info FICHIER              attributs d&apos;une image DICOM (JSON)
  dicom info DOSSIER|DICOMDIR|ZIP patients, examens, séries et images d&apos;un support (JSON)
  dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png
                                  rend une image DICOM en PNG (fenêtre du fichier par défaut)
  pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
                                  vérifie la connexion DICOM à un PACS (C-ECHO)
  pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
            [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]]
            [--modality MOD] [--accession NUMÉRO] [--limit N]
                                  cherche des études sur un PACS (C-FIND, JSON)
  pacs store --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
             FICHIER...
                                  envoie des fichiers DICOM au PACS (C-STORE, JSON)
  pacs get --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
           (--study|--series|--instance UID)... -o DOSSIER
                                  récupère des images du PACS (C-GET, JSON)
  pacs move --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S]
            (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o DOSSIER]
                                  fait envoyer des images vers un titre AE (C-MOVE) ;
                                  avec --listen, Sijil les reçoit lui-même (JSON)
  pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S]
            [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]]
            [--modality MOD] [--accession NUMÉRO] [--limit N]
                                  cherche des études en DICOMweb (QIDO-RS, JSON)
  pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S]
            --study UID [--series UID] -o DOSSIER
                                  télécharge une étude ou une série (WADO-RS)

Rôles : admission-clerk, nurse, physician, specialist, radiologist, site-admin
</translation>
    </message>
    <message>
        <source>Mise à jour de l&apos;index de recherche des patients (après une mise à jour de Sijil) ; Ctrl+C l&apos;interrompt, elle reprendra à la commande suivante.</source>
        <translation>Mise à jour de l&apos;index de recherche des patients (après une mise à jour de Sijil) ; Ctrl+C l&apos;interrompt, elle reprendra à la commande suivante.</translation>
    </message>
    <message>
        <source>Index de recherche : %1/%2 dossier(s)</source>
        <translation>Index de recherche : %1/%2 dossier(s)</translation>
    </message>
    <message>
        <source>mise à jour de l&apos;index de recherche interrompue : relancez la commande pour la poursuivre.</source>
        <translation>mise à jour de l&apos;index de recherche interrompue : relancez la commande pour la poursuivre.</translation>
    </message>
    <message>
        <source>Vérification de toute la base locale avant sa conversion pour cette version de Sijil…</source>
        <translation>Vérification de toute la base locale avant sa conversion pour cette version de Sijil…</translation>
    </message>
    <message>
        <source>Conversion de la base locale : étape %1 sur %2</source>
        <translation>Conversion de la base locale : étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>sijil::app::CompositionRoot</name>
    <message>
        <source>Sijil, poste de travail clinique du dossier patient partagé.</source>
        <translation>Sijil, poste de travail clinique du dossier patient partagé.</translation>
    </message>
    <message>
        <source>Dossier des données locales (base, journaux).</source>
        <translation>Dossier des données locales (base, journaux).</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Fichier de configuration du site (JSON).</source>
        <translation>Fichier de configuration du site (JSON).</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr, ar ou en.</source>
        <translation>Langue de l&apos;interface : fr, ar ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>Impossible de créer le dossier des données locales « %1 ».</translation>
    </message>
    <message>
        <source>Sijil démarre avec la configuration par défaut (poste autonome, hors réseau). Prévenez l&apos;administrateur du site.</source>
        <translation>Sijil démarre avec la configuration par défaut (poste autonome, hors réseau). Prévenez l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Préparation de la recherche des patients… %1 %</source>
        <translation>Préparation de la recherche des patients… %1 %</translation>
    </message>
    <message>
        <source>La recherche des patients est incomplète : %1 Redémarrez Sijil ; si cela persiste, prévenez l&apos;administrateur.</source>
        <translation>La recherche des patients est incomplète : %1 Redémarrez Sijil ; si cela persiste, prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Mise à jour de la recherche des patients… %1 %</source>
        <translation>Mise à jour de la recherche des patients… %1 %</translation>
    </message>
</context>
<context>
    <name>sijil::app::CtlContext</name>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>Impossible de créer le dossier des données locales « %1 ».</translation>
    </message>
    <message>
        <source>Aucune base locale dans « %1 » : vérifiez le dossier des données (--data-dir).</source>
        <translation>Aucune base locale dans « %1 » : vérifiez le dossier des données (--data-dir).</translation>
    </message>
    <message>
        <source>La clé du journal d&apos;audit est introuvable (« %1 ») : le journal ne peut pas être vérifié. Restaurez la clé depuis la sauvegarde du poste.</source>
        <translation>La clé du journal d&apos;audit est introuvable (« %1 ») : le journal ne peut pas être vérifié. Restaurez la clé depuis la sauvegarde du poste.</translation>
    </message>
</context>
<context>
    <name>sijil::app::StoreUpgrade</name>
    <message>
        <source>Mise à jour de la base locale de Sijil</source>
        <translation>Mise à jour de la base locale de Sijil</translation>
    </message>
    <message>
        <source>Vérification de toute la base avant sa conversion…</source>
        <translation>Vérification de toute la base avant sa conversion…</translation>
    </message>
    <message>
        <source>Conversion : étape %1 sur %2</source>
        <translation>Conversion : étape %1 sur %2</translation>
    </message>
    <message>
        <source>Sijil convertit la base locale pour cette version, après l&apos;avoir vérifiée entière si la conversion le demande. Sur un grand registre, cela peut prendre plusieurs minutes ; Sijil s&apos;ouvrira ensuite. Si le poste s&apos;arrête entre-temps, la mise à jour reprendra au prochain démarrage, sans perte.</source>
        <translation>Sijil convertit la base locale pour cette version, après l&apos;avoir vérifiée entière si la conversion le demande. Sur un grand registre, cela peut prendre plusieurs minutes ; Sijil s&apos;ouvrira ensuite. Si le poste s&apos;arrête entre-temps, la mise à jour reprendra au prochain démarrage, sans perte.</translation>
    </message>
</context>
<context>
    <name>sijil::core::SiteConfig</name>
    <message>
        <source>Le fichier de configuration du site « %1 » est invalide : %2</source>
        <translation>Le fichier de configuration du site « %1 » est invalide : %2</translation>
    </message>
    <message>
        <source>le champ « %1 » doit être %2</source>
        <translation>le champ « %1 » doit être %2</translation>
    </message>
    <message>
        <source>Champ inconnu ignoré : « %1 »</source>
        <translation>Champ inconnu ignoré : « %1 »</translation>
    </message>
    <message>
        <source>un objet JSON</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>une chaîne de caractères</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier de configuration du site « %1 » : %2</source>
        <translation>Impossible de lire le fichier de configuration du site « %1 » : %2</translation>
    </message>
    <message>
        <source>le fichier dépasse 1 Mo</source>
        <translation>le fichier dépasse 1 Mo</translation>
    </message>
    <message>
        <source>JSON mal formé à la ligne:colonne %1</source>
        <translation>JSON mal formé à la ligne:colonne %1</translation>
    </message>
    <message>
        <source>le document doit être un objet JSON</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <source>une adresse https:// valide</source>
        <translation>une adresse https:// valide</translation>
    </message>
    <message>
        <source>un titre AE DICOM de 16 caractères au plus</source>
        <translation>un titre AE DICOM de 16 caractères au plus</translation>
    </message>
    <message>
        <source>un numéro de port entre 1 et 65535</source>
        <translation>un numéro de port entre 1 et 65535</translation>
    </message>
    <message>
        <source>une adresse http:// ou https:// valide</source>
        <translation>une adresse http:// ou https:// valide</translation>
    </message>
    <message>
        <source>une adresse wss:// valide</source>
        <translation>une adresse wss:// valide</translation>
    </message>
    <message>
        <source>un nombre entier de minutes entre 1 et 240</source>
        <translation>un nombre entier de minutes entre 1 et 240</translation>
    </message>
    <message>
        <source>« fr », « ar » ou « en »</source>
        <translation>« fr », « ar » ou « en »</translation>
    </message>
    <message>
        <source>un débit entre 300 et 921600 bauds</source>
        <translation>un débit entre 300 et 921600 bauds</translation>
    </message>
    <message>
        <source>un nombre de bits de données entre 5 et 8</source>
        <translation>un nombre de bits de données entre 5 et 8</translation>
    </message>
    <message>
        <source>1 ou 2 bits d&apos;arrêt</source>
        <translation>1 ou 2 bits d&apos;arrêt</translation>
    </message>
    <message>
        <source>« none », « even », « odd », « mark » ou « space »</source>
        <translation>« none », « even », « odd », « mark » ou « space »</translation>
    </message>
    <message>
        <source>un nom que ne porte aucun autre PACS du site</source>
        <translation>un nom que ne porte aucun autre PACS du site</translation>
    </message>
    <message>
        <source>un nombre de jours entre 1 et 3650</source>
        <translation>un nombre de jours entre 1 et 3650</translation>
    </message>
    <message>
        <source>une taille en Go entre 1 et 100000</source>
        <translation>une taille en Go entre 1 et 100000</translation>
    </message>
</context>
<context>
    <name>sijil::fhir::FhirClient</name>
    <message>
        <source>Le serveur central a envoyé une réponse illisible.</source>
        <translation>Le serveur central a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central ou ses certificats sont mal configurés.</source>
        <translation>L&apos;adresse du serveur central ou ses certificats sont mal configurés.</translation>
    </message>
    <message>
        <source>La connexion sécurisée au serveur central a échoué : son certificat n&apos;est pas reconnu.</source>
        <translation>La connexion sécurisée au serveur central a échoué : son certificat n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas accepté ce poste à la connexion sécurisée : le certificat du poste manque, a expiré, n&apos;est pas reconnu ou ne correspond pas à sa clé.</source>
        <translation>Le serveur central n&apos;a pas accepté ce poste à la connexion sécurisée : le certificat du poste manque, a expiré, n&apos;est pas reconnu ou ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <source>Le serveur central a fermé la connexion pendant son établissement sécurisé : serveur indisponible derrière un répartiteur, ou ce poste refusé (son certificat).</source>
        <translation>Le serveur central a fermé la connexion pendant son établissement sécurisé : serveur indisponible derrière un répartiteur, ou ce poste refusé (son certificat).</translation>
    </message>
</context>
<context>
    <name>sijil::fhir::OperationOutcome</name>
    <message>
        <source>Le serveur central a refusé la demande comme invalide.</source>
        <translation>Le serveur central a refusé la demande comme invalide.</translation>
    </message>
    <message>
        <source>Le serveur central demande une authentification : reconnectez-vous.</source>
        <translation>Le serveur central demande une authentification : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Le serveur central refuse cette opération pour votre compte.</source>
        <translation>Le serveur central refuse cette opération pour votre compte.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas, ou plus, sur le serveur central.</source>
        <translation>Cet élément n&apos;existe pas, ou plus, sur le serveur central.</translation>
    </message>
    <message>
        <source>Cet élément a été modifié entre-temps sur le serveur central.</source>
        <translation>Cet élément a été modifié entre-temps sur le serveur central.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé les données : elles ne respectent pas les règles du dossier partagé.</source>
        <translation>Le serveur central a refusé les données : elles ne respectent pas les règles du dossier partagé.</translation>
    </message>
    <message>
        <source>Le serveur central est surchargé ; un nouvel essai aura lieu automatiquement.</source>
        <translation>Le serveur central est surchargé ; un nouvel essai aura lieu automatiquement.</translation>
    </message>
    <message>
        <source>Le serveur central a rencontré une erreur ; un nouvel essai aura lieu automatiquement.</source>
        <translation>Le serveur central a rencontré une erreur ; un nouvel essai aura lieu automatiquement.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur central (code %1).</source>
        <translation>Réponse inattendue du serveur central (code %1).</translation>
    </message>
    <message>
        <source>Le serveur central est injoignable. Le travail continue sur ce poste.</source>
        <translation>Le serveur central est injoignable. Le travail continue sur ce poste.</translation>
    </message>
    <message>
        <source>Le serveur central ne prend pas en charge cette opération.</source>
        <translation>Le serveur central ne prend pas en charge cette opération.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::AccessKey</name>
    <message>
        <source>Le numéro d&apos;accès (CAN) ne se compose que de chiffres, tels qu&apos;imprimés sur la carte.</source>
        <translation>Le numéro d&apos;accès (CAN) ne se compose que de chiffres, tels qu&apos;imprimés sur la carte.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::Apdu</name>
    <message>
        <source>La carte a envoyé une réponse illisible.</source>
        <translation>La carte a envoyé une réponse illisible.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::Bac</name>
    <message>
        <source>La puce n&apos;a pas prouvé qu&apos;elle appartient à ce document : la lecture est interrompue.</source>
        <translation>La puce n&apos;a pas prouvé qu&apos;elle appartient à ce document : la lecture est interrompue.</translation>
    </message>
    <message>
        <source>Le numéro du document, la date de naissance et la date d&apos;expiration sont nécessaires pour lire la puce.</source>
        <translation>Le numéro du document, la date de naissance et la date d&apos;expiration sont nécessaires pour lire la puce.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::DataGroups</name>
    <message>
        <source>Un fichier de la puce est mal formé et ne peut pas être lu.</source>
        <translation>Un fichier de la puce est mal formé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>La photo enregistrée dans la puce ne peut pas être affichée.</source>
        <translation>La photo enregistrée dans la puce ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::DocumentReading</name>
    <message>
        <source>Saisissez le numéro d&apos;accès (CAN) ou la MRZ de la carte.</source>
        <translation>Saisissez le numéro d&apos;accès (CAN) ou la MRZ de la carte.</translation>
    </message>
    <message>
        <source>Vérifié</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Signature valide mais CSCA inconnu</source>
        <translation>Signature valide mais CSCA inconnu</translation>
    </message>
    <message>
        <source>Données altérées — refusées</source>
        <translation>Données altérées — refusées</translation>
    </message>
    <message>
        <source>Authenticité non vérifiable — refusées</source>
        <translation>Authenticité non vérifiable — refusées</translation>
    </message>
    <message>
        <source>Connexion à la puce…</source>
        <translation>Connexion à la puce…</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accès sécurisé…</source>
        <translation>Ouverture de l&apos;accès sécurisé…</translation>
    </message>
    <message>
        <source>Lecture du sommaire de la puce…</source>
        <translation>Lecture du sommaire de la puce…</translation>
    </message>
    <message>
        <source>Lecture de l&apos;identité du titulaire…</source>
        <translation>Lecture de l&apos;identité du titulaire…</translation>
    </message>
    <message>
        <source>Lecture de la signature du document…</source>
        <translation>Lecture de la signature du document…</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>Lecture de la photo…</translation>
    </message>
    <message>
        <source>Vérification de l&apos;authenticité…</source>
        <translation>Vérification de l&apos;authenticité…</translation>
    </message>
</context>
<context>
    <name>sijil::identity::EmrtdReader</name>
    <message>
        <source>La puce refuse l&apos;accès à ces données.</source>
        <translation>La puce refuse l&apos;accès à ces données.</translation>
    </message>
    <message>
        <source>La puce a interrompu la communication sécurisée. Reposez le document et recommencez.</source>
        <translation>La puce a interrompu la communication sécurisée. Reposez le document et recommencez.</translation>
    </message>
    <message>
        <source>La puce a répondu par une erreur inattendue.</source>
        <translation>La puce a répondu par une erreur inattendue.</translation>
    </message>
    <message>
        <source>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis.</source>
        <translation>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis.</translation>
    </message>
    <message>
        <source>Un fichier de la puce est trop grand pour être lu.</source>
        <translation>Un fichier de la puce est trop grand pour être lu.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas un document d&apos;identité électronique lisible ici.</source>
        <translation>Cette carte n&apos;est pas un document d&apos;identité électronique lisible ici.</translation>
    </message>
    <message>
        <source>Un fichier attendu est absent de la puce.</source>
        <translation>Un fichier attendu est absent de la puce.</translation>
    </message>
    <message>
        <source>La puce est bloquée après trop d&apos;essais de clé d&apos;accès incorrects : elle ne peut plus être lue ici.</source>
        <translation>La puce est bloquée après trop d&apos;essais de clé d&apos;accès incorrects : elle ne peut plus être lue ici.</translation>
    </message>
    <message numerus="yes">
        <source>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte. Il reste %n essai(s) avant le blocage de la puce.</source>
        <translation>
            <numerusform>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte. Il reste %n essai avant le blocage de la puce.</numerusform>
            <numerusform>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte. Il reste %n essais avant le blocage de la puce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis. Il reste %n essai(s) avant le blocage de la puce.</source>
        <translation>
            <numerusform>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis. Il reste %n essai avant le blocage de la puce.</numerusform>
            <numerusform>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis. Il reste %n essais avant le blocage de la puce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte.</source>
        <translation>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte.</translation>
    </message>
    <message>
        <source>L&apos;ouverture sécurisée de la puce (PACE) a échoué. Reposez le document et recommencez.</source>
        <translation>L&apos;ouverture sécurisée de la puce (PACE) a échoué. Reposez le document et recommencez.</translation>
    </message>
    <message>
        <source>La puce n&apos;a pas prouvé qu&apos;elle connaît la clé d&apos;accès : ce document pourrait être contrefait.</source>
        <translation>La puce n&apos;a pas prouvé qu&apos;elle connaît la clé d&apos;accès : ce document pourrait être contrefait.</translation>
    </message>
    <message>
        <source>Cette puce ne s&apos;ouvre pas avec le numéro d&apos;accès (CAN) : saisissez la zone de lecture automatique (MRZ) du document.</source>
        <translation>Cette puce ne s&apos;ouvre pas avec le numéro d&apos;accès (CAN) : saisissez la zone de lecture automatique (MRZ) du document.</translation>
    </message>
    <message>
        <source>La puce ne contient pas de fichier de sécurité (EF.SOD) : l&apos;authenticité de ses données ne peut pas être vérifiée.</source>
        <translation>La puce ne contient pas de fichier de sécurité (EF.SOD) : l&apos;authenticité de ses données ne peut pas être vérifiée.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::MrzParser</name>
    <message>
        <source>La date de naissance lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</source>
        <translation>La date de naissance lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</translation>
    </message>
    <message>
        <source>La date d&apos;expiration lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</source>
        <translation>La date d&apos;expiration lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</translation>
    </message>
    <message>
        <source>Le sexe lu n&apos;est ni M, ni F, ni X, ni « &lt; » : relisez la zone.</source>
        <translation>Le sexe lu n&apos;est ni M, ni F, ni X, ni « &lt; » : relisez la zone.</translation>
    </message>
    <message>
        <source>Le code du pays émetteur n&apos;est pas un code de trois lettres : relisez la zone.</source>
        <translation>Le code du pays émetteur n&apos;est pas un code de trois lettres : relisez la zone.</translation>
    </message>
    <message>
        <source>Le code de nationalité n&apos;est pas un code de trois lettres : relisez la zone.</source>
        <translation>Le code de nationalité n&apos;est pas un code de trois lettres : relisez la zone.</translation>
    </message>
    <message>
        <source>Le nom contient un chiffre (ligne %1, position %2) : la zone a été mal lue.</source>
        <translation>Le nom contient un chiffre (ligne %1, position %2) : la zone a été mal lue.</translation>
    </message>
    <message>
        <source>La zone lisible ne contient pas le nom du titulaire.</source>
        <translation>La zone lisible ne contient pas le nom du titulaire.</translation>
    </message>
    <message>
        <source>Aucune zone lisible par machine n&apos;a été reçue.</source>
        <translation>Aucune zone lisible par machine n&apos;a été reçue.</translation>
    </message>
    <message numerus="yes">
        <source>Une zone lisible par machine compte 2 lignes (passeport) ou 3 lignes (carte d&apos;identité) ; %n ligne(s) lue(s).</source>
        <translation>
            <numerusform>Une zone lisible par machine compte 2 lignes (passeport) ou 3 lignes (carte d&apos;identité) ; %n ligne lue.</numerusform>
            <numerusform>Une zone lisible par machine compte 2 lignes (passeport) ou 3 lignes (carte d&apos;identité) ; %n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caractère « %1 » non admis en ligne %2, position %3 : une zone lisible par machine ne contient que A à Z, 0 à 9 et « &lt; ».</source>
        <translation>Caractère « %1 » non admis en ligne %2, position %3 : une zone lisible par machine ne contient que A à Z, 0 à 9 et « &lt; ».</translation>
    </message>
    <message>
        <source>La ligne %1 de la zone lisible par machine compte %2 caractères au lieu de %3 : un caractère a été perdu ou ajouté à la lecture.</source>
        <translation>La ligne %1 de la zone lisible par machine compte %2 caractères au lieu de %3 : un caractère a été perdu ou ajouté à la lecture.</translation>
    </message>
    <message>
        <source>Les lignes d&apos;une zone lisible par machine de 2 lignes comptent 36 ou 44 caractères ; elles en comptent ici %1 et %2.</source>
        <translation>Les lignes d&apos;une zone lisible par machine de 2 lignes comptent 36 ou 44 caractères ; elles en comptent ici %1 et %2.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle du numéro de document ne correspond pas : le numéro a été mal lu.</source>
        <translation>Le chiffre de contrôle du numéro de document ne correspond pas : le numéro a été mal lu.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle de la date de naissance ne correspond pas : la date a été mal lue.</source>
        <translation>Le chiffre de contrôle de la date de naissance ne correspond pas : la date a été mal lue.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle de la date d&apos;expiration ne correspond pas : la date a été mal lue.</source>
        <translation>Le chiffre de contrôle de la date d&apos;expiration ne correspond pas : la date a été mal lue.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle du numéro personnel ne correspond pas : le numéro a été mal lu.</source>
        <translation>Le chiffre de contrôle du numéro personnel ne correspond pas : le numéro a été mal lu.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle final ne correspond pas : une partie de la zone a été mal lue.</source>
        <translation>Le chiffre de contrôle final ne correspond pas : une partie de la zone a été mal lue.</translation>
    </message>
    <message>
        <source>Le type de document, en tête de la zone, est illisible.</source>
        <translation>Le type de document, en tête de la zone, est illisible.</translation>
    </message>
    <message>
        <source>Cette zone est celle d&apos;un visa, pas d&apos;une pièce d&apos;identité : lisez celle du passeport.</source>
        <translation>Cette zone est celle d&apos;un visa, pas d&apos;une pièce d&apos;identité : lisez celle du passeport.</translation>
    </message>
    <message>
        <source>L&apos;ancienne carte d&apos;identité française n&apos;a pas une zone lisible conforme à la norme OACI 9303 : saisissez l&apos;identité à la main.</source>
        <translation>L&apos;ancienne carte d&apos;identité française n&apos;a pas une zone lisible conforme à la norme OACI 9303 : saisissez l&apos;identité à la main.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::PassiveAuthentication</name>
    <message>
        <source>Le fichier de sécurité (EF.SOD) de la puce est illisible : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>Le fichier de sécurité (EF.SOD) de la puce est illisible : l&apos;authenticité des données ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Données authentiques : signées par le pays émetteur et intactes.</source>
        <translation>Données authentiques : signées par le pays émetteur et intactes.</translation>
    </message>
    <message>
        <source>Données intactes, mais l&apos;autorité de certification (CSCA) du pays émetteur est inconnue de ce poste : origine non vérifiée.</source>
        <translation>Données intactes, mais l&apos;autorité de certification (CSCA) du pays émetteur est inconnue de ce poste : origine non vérifiée.</translation>
    </message>
    <message>
        <source>Données altérées — refusées.</source>
        <translation>Données altérées — refusées.</translation>
    </message>
    <message>
        <source>Le document utilise un algorithme de hachage inconnu : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>Le document utilise un algorithme de hachage inconnu : l&apos;authenticité des données ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Le certificat du signataire du document est absent de la puce : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>Le certificat du signataire du document est absent de la puce : l&apos;authenticité des données ne peut pas être vérifiée.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::PcscReaderPlugin</name>
    <message>
        <source>Le service des lecteurs de cartes (pcscd) ne répond pas. Vérifiez qu&apos;il est installé et démarré.</source>
        <translation>Le service des lecteurs de cartes (pcscd) ne répond pas. Vérifiez qu&apos;il est installé et démarré.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes n&apos;est pas disponible. Vérifiez qu&apos;il est branché.</source>
        <translation>Le lecteur de cartes n&apos;est pas disponible. Vérifiez qu&apos;il est branché.</translation>
    </message>
    <message>
        <source>Aucune carte n&apos;est posée sur le lecteur.</source>
        <translation>Aucune carte n&apos;est posée sur le lecteur.</translation>
    </message>
    <message>
        <source>La carte a été retirée du lecteur pendant la lecture. Reposez-la et recommencez.</source>
        <translation>La carte a été retirée du lecteur pendant la lecture. Reposez-la et recommencez.</translation>
    </message>
    <message>
        <source>La carte a été réinitialisée par un autre programme. Recommencez la lecture.</source>
        <translation>La carte a été réinitialisée par un autre programme. Recommencez la lecture.</translation>
    </message>
    <message>
        <source>La carte est utilisée par un autre programme. Fermez-le et recommencez.</source>
        <translation>La carte est utilisée par un autre programme. Fermez-le et recommencez.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Reposez-la bien à plat sur le lecteur et recommencez.</source>
        <translation>La carte ne répond pas. Reposez-la bien à plat sur le lecteur et recommencez.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes a signalé une erreur.</source>
        <translation>Le lecteur de cartes a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::SecureMessaging</name>
    <message>
        <source>Le chiffrement de la communication avec la puce a échoué.</source>
        <translation>Le chiffrement de la communication avec la puce a échoué.</translation>
    </message>
    <message>
        <source>La réponse de la puce n&apos;a pas pu être vérifiée : la lecture est interrompue.</source>
        <translation>La réponse de la puce n&apos;a pas pu être vérifiée : la lecture est interrompue.</translation>
    </message>
    <message>
        <source>Cette commande ne peut pas être envoyée à la puce de façon sécurisée.</source>
        <translation>Cette commande ne peut pas être envoyée à la puce de façon sécurisée.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::SerialMrzReader</name>
    <message>
        <source>Le lecteur MRZ a envoyé des données illisibles. Repassez le document.</source>
        <translation>Le lecteur MRZ a envoyé des données illisibles. Repassez le document.</translation>
    </message>
    <message>
        <source>Le lecteur MRZ « %1 » est introuvable. Vérifiez qu&apos;il est branché : Sijil le détectera dès qu&apos;il le sera.</source>
        <translation>Le lecteur MRZ « %1 » est introuvable. Vérifiez qu&apos;il est branché : Sijil le détectera dès qu&apos;il le sera.</translation>
    </message>
    <message>
        <source>Accès refusé au lecteur MRZ « %1 » : il est utilisé par un autre programme, ou l&apos;utilisateur n&apos;est pas dans le groupe « dialout ». Prévenez l&apos;administrateur.</source>
        <translation>Accès refusé au lecteur MRZ « %1 » : il est utilisé par un autre programme, ou l&apos;utilisateur n&apos;est pas dans le groupe « dialout ». Prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Le lecteur MRZ « %1 » a été débranché. Sijil le reprendra dès qu&apos;il sera rebranché.</source>
        <translation>Le lecteur MRZ « %1 » a été débranché. Sijil le reprendra dès qu&apos;il sera rebranché.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le lecteur MRZ « %1 » ; Sijil réessaiera.</source>
        <translation>Impossible d&apos;ouvrir le lecteur MRZ « %1 » ; Sijil réessaiera.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::TlvReader</name>
    <message>
        <source>Les données lues sur la puce sont mal formées.</source>
        <translation>Les données lues sur la puce sont mal formées.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::TrustStore</name>
    <message>
        <source>Ce fichier n&apos;est ni un certificat (PEM ou DER) ni une liste maîtresse CSCA.</source>
        <translation>Ce fichier n&apos;est ni un certificat (PEM ou DER) ni une liste maîtresse CSCA.</translation>
    </message>
    <message>
        <source>Ce certificat n&apos;est pas celui d&apos;une autorité de certification (CSCA) : il est refusé.</source>
        <translation>Ce certificat n&apos;est pas celui d&apos;une autorité de certification (CSCA) : il est refusé.</translation>
    </message>
    <message>
        <source>La liste maîtresse CSCA est endommagée ou sa signature est invalide : elle est refusée.</source>
        <translation>La liste maîtresse CSCA est endommagée ou sa signature est invalide : elle est refusée.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le certificat dans le magasin de confiance.</source>
        <translation>Impossible d&apos;enregistrer le certificat dans le magasin de confiance.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier %1.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DicomImage</name>
    <message>
        <source>Impossible d&apos;ouvrir le fichier « %1 ».</source>
        <translation>Impossible d&apos;ouvrir le fichier « %1 ».</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un fichier DICOM.</source>
        <translation>Ce fichier n&apos;est pas un fichier DICOM.</translation>
    </message>
    <message>
        <source>Ce fichier DICOM ne contient pas d&apos;image (compte rendu structuré, répertoire, tracé...).</source>
        <translation>Ce fichier DICOM ne contient pas d&apos;image (compte rendu structuré, répertoire, tracé...).</translation>
    </message>
    <message>
        <source>Le codage de cette image (%1) n&apos;est pas pris en charge.</source>
        <translation>Le codage de cette image (%1) n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Le fichier DICOM est endommagé ou incomplet.</source>
        <translation>Le fichier DICOM est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>Image trop grande (%1 × %2 pixels) : la limite est de %3 pixels de côté et %4 millions de pixels.</source>
        <translation>Image trop grande (%1 × %2 pixels) : la limite est de %3 pixels de côté et %4 millions de pixels.</translation>
    </message>
    <message>
        <source>L&apos;image n° %1 n&apos;existe pas : ce fichier en contient %2.</source>
        <translation>L&apos;image n° %1 n&apos;existe pas : ce fichier en contient %2.</translation>
    </message>
    <message>
        <source>Fenêtre invalide : la largeur doit être d&apos;au moins 1.</source>
        <translation>Fenêtre invalide : la largeur doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>La région tracée ne contient aucun pixel de l&apos;image.</source>
        <translation>La région tracée ne contient aucun pixel de l&apos;image.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DicomWebClient</name>
    <message>
        <source>Le serveur DICOMweb (%1) est injoignable : vérifiez l&apos;adresse, le réseau et son certificat.</source>
        <translation>Le serveur DICOMweb (%1) est injoignable : vérifiez l&apos;adresse, le réseau et son certificat.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb (%1) ne répond pas dans le délai imparti.</source>
        <translation>Le serveur DICOMweb (%1) ne répond pas dans le délai imparti.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb refuse cet accès à ce compte.</source>
        <translation>Le serveur DICOMweb refuse cet accès à ce compte.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb refuse l&apos;identifiant ou le mot de passe.</source>
        <translation>Le serveur DICOMweb refuse l&apos;identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <source>Le PACS ne connaît pas cet examen (ou cette série, cette image).</source>
        <translation>Le PACS ne connaît pas cet examen (ou cette série, cette image).</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur DICOMweb.</source>
        <translation>Réponse inattendue du serveur DICOMweb.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb est en erreur (HTTP %1) : réessayez plus tard.</source>
        <translation>Le serveur DICOMweb est en erreur (HTTP %1) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>Échange avec le PACS annulé.</source>
        <translation>Échange avec le PACS annulé.</translation>
    </message>
    <message>
        <source>Impossible de lire ou d&apos;écrire le fichier « %1 ».</source>
        <translation>Impossible de lire ou d&apos;écrire le fichier « %1 ».</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DimseClient</name>
    <message>
        <source>Le titre AE du PACS doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>Le titre AE du PACS doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</translation>
    </message>
    <message>
        <source>Le titre AE de Sijil doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>Le titre AE de Sijil doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</translation>
    </message>
    <message>
        <source>Indiquez le nom ou l&apos;adresse du serveur PACS.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur PACS.</translation>
    </message>
    <message>
        <source>Le port du PACS doit être un nombre de 1 à 65535.</source>
        <translation>Le port du PACS doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Critère de recherche invalide : trop long, ou contenant une barre oblique inverse ou un caractère de contrôle.</source>
        <translation>Critère de recherche invalide : trop long, ou contenant une barre oblique inverse ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>Le PACS (%1, port %2) est injoignable : vérifiez l&apos;adresse, le port et le réseau.</source>
        <translation>Le PACS (%1, port %2) est injoignable : vérifiez l&apos;adresse, le port et le réseau.</translation>
    </message>
    <message>
        <source>Le PACS (%1, port %2) ne répond pas dans le délai imparti.</source>
        <translation>Le PACS (%1, port %2) ne répond pas dans le délai imparti.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion : il ne se reconnaît pas sous le titre AE « %1 ».</source>
        <translation>Le PACS refuse la connexion : il ne se reconnaît pas sous le titre AE « %1 ».</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion : il ne connaît pas le titre AE de Sijil « %1 ». Faites-le déclarer sur le PACS.</source>
        <translation>Le PACS refuse la connexion : il ne connaît pas le titre AE de Sijil « %1 ». Faites-le déclarer sur le PACS.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion pour le moment (surchargé) : réessayez plus tard.</source>
        <translation>Le PACS refuse la connexion pour le moment (surchargé) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion.</source>
        <translation>Le PACS refuse la connexion.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;accepte pas ce service (ou pas depuis Sijil).</source>
        <translation>Le PACS n&apos;accepte pas ce service (ou pas depuis Sijil).</translation>
    </message>
    <message>
        <source>Le PACS a interrompu la communication.</source>
        <translation>Le PACS a interrompu la communication.</translation>
    </message>
    <message>
        <source>Le PACS a refusé la requête (statut DICOM %1).</source>
        <translation>Le PACS a refusé la requête (statut DICOM %1).</translation>
    </message>
    <message>
        <source>Erreur de communication DICOM avec le PACS.</source>
        <translation>Erreur de communication DICOM avec le PACS.</translation>
    </message>
    <message>
        <source>Le titre AE de destination doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>Le titre AE de destination doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</translation>
    </message>
    <message>
        <source>Identifiant DICOM (UID) invalide : chiffres et points seulement, 64 caractères au plus.</source>
        <translation>Identifiant DICOM (UID) invalide : chiffres et points seulement, 64 caractères au plus.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;a pas envoyé les images vers « %1 » (statut DICOM %2) : vérifiez que ce titre AE de destination est déclaré sur le PACS, avec la bonne adresse et le bon port.</source>
        <translation>Le PACS n&apos;a pas envoyé les images vers « %1 » (statut DICOM %2) : vérifiez que ce titre AE de destination est déclaré sur le PACS, avec la bonne adresse et le bon port.</translation>
    </message>
    <message>
        <source>Le PACS ne connaît pas la destination « %1 » : faites déclarer ce titre AE sur le PACS.</source>
        <translation>Le PACS ne connaît pas la destination « %1 » : faites déclarer ce titre AE sur le PACS.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire les images dans le dossier « %1 ».</source>
        <translation>Impossible d&apos;écrire les images dans le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Sijil ne peut pas recevoir d&apos;images sur le port %1 : il est déjà utilisé ou réservé.</source>
        <translation>Sijil ne peut pas recevoir d&apos;images sur le port %1 : il est déjà utilisé ou réservé.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::ImageCache</name>
    <message>
        <source>Le cache d&apos;images n&apos;a pas pu être vidé de tous ses anciens examens.</source>
        <translation>Le cache d&apos;images n&apos;a pas pu être vidé de tous ses anciens examens.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::MediaScanner</name>
    <message>
        <source>Le répertoire DICOMDIR désigne un fichier hors du support (« %1 ») : ignoré.</source>
        <translation>Le répertoire DICOMDIR désigne un fichier hors du support (« %1 ») : ignoré.</translation>
    </message>
    <message>
        <source>Copie d&apos;une image déjà lue dans « %1 » : ignorée.</source>
        <translation>Copie d&apos;une image déjà lue dans « %1 » : ignorée.</translation>
    </message>
    <message>
        <source>Aucun fichier DICOM lisible dans « %1 » (%2 fichier(s) ignoré(s)).</source>
        <translation>Aucun fichier DICOM lisible dans « %1 » (%2 fichier(s) ignoré(s)).</translation>
    </message>
    <message>
        <source>« %1 » contient plus de %2 fichiers : choisissez un dossier plus précis.</source>
        <translation>« %1 » contient plus de %2 fichiers : choisissez un dossier plus précis.</translation>
    </message>
    <message>
        <source>Lecture annulée.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>L&apos;archive « %1 » est illisible ou endommagée.</source>
        <translation>L&apos;archive « %1 » est illisible ou endommagée.</translation>
    </message>
    <message>
        <source>L&apos;archive « %1 » occuperait %2 Mo une fois décompressée : c&apos;est plus que la limite ou que l&apos;espace libre.</source>
        <translation>L&apos;archive « %1 » occuperait %2 Mo une fois décompressée : c&apos;est plus que la limite ou que l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Fichier « %1 » de l&apos;archive ignoré : chemin hors de l&apos;archive, lien, fichier chiffré ou compression anormale.</source>
        <translation>Fichier « %1 » de l&apos;archive ignoré : chemin hors de l&apos;archive, lien, fichier chiffré ou compression anormale.</translation>
    </message>
</context>
<context>
    <name>sijil::record::ImagingStudyLink</name>
    <message>
        <source>Ce n&apos;est pas un examen d&apos;imagerie.</source>
        <translation>Ce n&apos;est pas un examen d&apos;imagerie.</translation>
    </message>
    <message>
        <source>Cet examen ne donne pas son identifiant DICOM : ses images ne peuvent pas être demandées au PACS.</source>
        <translation>Cet examen ne donne pas son identifiant DICOM : ses images ne peuvent pas être demandées au PACS.</translation>
    </message>
    <message>
        <source>Cet examen n&apos;indique pas de service DICOMweb (WADO-RS) qui conserve ses images.</source>
        <translation>Cet examen n&apos;indique pas de service DICOMweb (WADO-RS) qui conserve ses images.</translation>
    </message>
</context>
<context>
    <name>sijil::record::StudyIndexer</name>
    <message>
        <source>Cet examen ne peut pas être ajouté au dossier : il n&apos;a pas d&apos;identifiant DICOM.</source>
        <translation>Cet examen ne peut pas être ajouté au dossier : il n&apos;a pas d&apos;identifiant DICOM.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientImport</name>
    <message>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>Impossible de lire le fichier « %1 ».</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas en UTF-8 : enregistrez-le en CSV UTF-8.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 : enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Le fichier est vide : la première ligne doit nommer les colonnes.</source>
        <translation>Le fichier est vide : la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>Ligne %1 : guillemet non fermé.%2</source>
        <translation>Ligne %1 : guillemet non fermé.%2</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas un Bundle FHIR en JSON.</source>
        <translation>Le fichier n&apos;est pas un Bundle FHIR en JSON.</translation>
    </message>
    <message>
        <source>Ligne %1 : colonne inconnue « %2 ». Colonnes connues : %3.</source>
        <translation>Ligne %1 : colonne inconnue « %2 ». Colonnes connues : %3.</translation>
    </message>
    <message>
        <source>%1 valeurs au lieu de %2 (une par colonne de l&apos;en-tête).</source>
        <translation>%1 valeurs au lieu de %2 (une par colonne de l&apos;en-tête).</translation>
    </message>
    <message>
        <source>Valeur illisible « %1 ».</source>
        <translation>Valeur illisible « %1 ».</translation>
    </message>
    <message>
        <source>Ligne %1 : la colonne « %2 » figure deux fois : laquelle garder ?</source>
        <translation>Ligne %1 : la colonne « %2 » figure deux fois : laquelle garder ?</translation>
    </message>
    <message>
        <source>Ligne identique à la ligne %1 : elle n&apos;a pas été importée deux fois.</source>
        <translation>Ligne identique à la ligne %1 : elle n&apos;a pas été importée deux fois.</translation>
    </message>
    <message>
        <source>Cette couverture (Coverage) désigne un bénéficiaire « %1 » qui n&apos;est aucun patient du fichier : elle n&apos;a été donnée à personne.</source>
        <translation>Cette couverture (Coverage) désigne un bénéficiaire « %1 » qui n&apos;est aucun patient du fichier : elle n&apos;a été donnée à personne.</translation>
    </message>
    <message>
        <source>Identifiant de ressource « %1 » invalide : 1 à 64 lettres latines, chiffres, points ou tirets.</source>
        <translation>Identifiant de ressource « %1 » invalide : 1 à 64 lettres latines, chiffres, points ou tirets.</translation>
    </message>
    <message>
        <source>Ce Bundle FHIR fait %1 Mo : un Bundle est lu entier en mémoire, %2 Mo au plus. Découpez-le en plusieurs Bundles, ou importez le registre en CSV, lu par morceaux quelle que soit sa taille.</source>
        <translation>Ce Bundle FHIR fait %1 Mo : un Bundle est lu entier en mémoire, %2 Mo au plus. Découpez-le en plusieurs Bundles, ou importez le registre en CSV, lu par morceaux quelle que soit sa taille.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » a changé depuis sa première lecture (son empreinte SHA-256 n&apos;est plus la même) : ce qui en a changé n&apos;a pas été importé.</source>
        <translation>Le fichier « %1 » a changé depuis sa première lecture (son empreinte SHA-256 n&apos;est plus la même) : ce qui en a changé n&apos;a pas été importé.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientRegistry</name>
    <message>
        <source>Ce patient est introuvable dans le registre local.</source>
        <translation>Ce patient est introuvable dans le registre local.</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi est introuvable.</source>
        <translation>L&apos;assuré choisi est introuvable.</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi est lui-même ayant droit : choisissez l&apos;assuré principal.</source>
        <translation>L&apos;assuré choisi est lui-même ayant droit : choisissez l&apos;assuré principal.</translation>
    </message>
    <message>
        <source>Cet IPP appartient déjà à un autre patient.</source>
        <translation>Cet IPP appartient déjà à un autre patient.</translation>
    </message>
    <message>
        <source>La fiche reçue du serveur central est incomplète : elle n&apos;a pas été gardée.</source>
        <translation>La fiche reçue du serveur central est incomplète : elle n&apos;a pas été gardée.</translation>
    </message>
    <message>
        <source>L&apos;IPP d&apos;un patient ne change jamais ; pour deux dossiers du même patient, utilisez la fusion.</source>
        <translation>L&apos;IPP d&apos;un patient ne change jamais ; pour deux dossiers du même patient, utilisez la fusion.</translation>
    </message>
    <message>
        <source>Un dossier ne peut pas être fusionné avec lui-même.</source>
        <translation>Un dossier ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>L&apos;un de ces dossiers a déjà été fusionné : ouvrez le dossier qui le remplace.</source>
        <translation>L&apos;un de ces dossiers a déjà été fusionné : ouvrez le dossier qui le remplace.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas été fusionné : il n&apos;y a rien à annuler.</source>
        <translation>Ce dossier n&apos;a pas été fusionné : il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut fusionner des dossiers ou décider qu&apos;ils ne sont pas des doublons.</source>
        <translation>Seul l&apos;administrateur du site peut fusionner des dossiers ou décider qu&apos;ils ne sont pas des doublons.</translation>
    </message>
    <message>
        <source>La file des doublons à examiner n&apos;est pas disponible sur ce poste.</source>
        <translation>La file des doublons à examiner n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <source>Ce patient est déjà enregistré sur ce poste (même identifiant) : le fichier a-t-il déjà été importé ?</source>
        <translation>Ce patient est déjà enregistré sur ce poste (même identifiant) : le fichier a-t-il déjà été importé ?</translation>
    </message>
    <message>
        <source>Ce fichier demande %1 IPP et il n&apos;en reste que %2 dans les plages réservées à ce site : rien n&apos;a été importé. L&apos;administrateur du site doit obtenir une nouvelle plage auprès du registre central.</source>
        <translation>Ce fichier demande %1 IPP et il n&apos;en reste que %2 dans les plages réservées à ce site : rien n&apos;a été importé. L&apos;administrateur du site doit obtenir une nouvelle plage auprès du registre central.</translation>
    </message>
    <message>
        <source>Ce patient est déjà enregistré (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</source>
        <translation>Ce patient est déjà enregistré (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</translation>
    </message>
    <message>
        <source>Ce patient figure déjà plus haut dans le fichier (%1, né(e) le %2) : il n&apos;a pas été créé deux fois.</source>
        <translation>Ce patient figure déjà plus haut dans le fichier (%1, né(e) le %2) : il n&apos;a pas été créé deux fois.</translation>
    </message>
    <message>
        <source>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé est lui-même ayant droit : rattachez d&apos;abord ces ayants droit à un autre assuré.</source>
        <translation>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé est lui-même ayant droit : rattachez d&apos;abord ces ayants droit à un autre assuré.</translation>
    </message>
    <message>
        <source>Ce patient est l&apos;assuré de %n ayant(s) droit : il ne peut pas devenir ayant droit à son tour. Rattachez-les d&apos;abord à un autre assuré.</source>
        <translation>Ce patient est l&apos;assuré de %n ayant(s) droit : il ne peut pas devenir ayant droit à son tour. Rattachez-les d&apos;abord à un autre assuré.</translation>
    </message>
    <message>
        <source>Ce patient est l&apos;assuré de %n ayant(s) droit, qui suivent son régime : choisissez un régime de couverture.</source>
        <translation>Ce patient est l&apos;assuré de %n ayant(s) droit, qui suivent son régime : choisissez un régime de couverture.</translation>
    </message>
    <message>
        <source>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé n&apos;a pas de couverture sociale : renseignez d&apos;abord son régime.</source>
        <translation>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé n&apos;a pas de couverture sociale : renseignez d&apos;abord son régime.</translation>
    </message>
    <message>
        <source>Ce dossier est ayant droit du dossier IPP %1, qui n&apos;a plus de couverture sociale ou est devenu lui-même ayant droit : corrigez d&apos;abord ce dossier.</source>
        <translation>Ce dossier est ayant droit du dossier IPP %1, qui n&apos;a plus de couverture sociale ou est devenu lui-même ayant droit : corrigez d&apos;abord ce dossier.</translation>
    </message>
    <message>
        <source>Annulez d&apos;abord la fusion du dossier IPP %1 dans le dossier IPP %2.</source>
        <translation>Annulez d&apos;abord la fusion du dossier IPP %1 dans le dossier IPP %2.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans le dossier IPP %1 : ouvrez ce dossier pour y enregistrer la correction.</source>
        <translation>Ce dossier a été fusionné dans le dossier IPP %1 : ouvrez ce dossier pour y enregistrer la correction.</translation>
    </message>
    <message>
        <source>Déjà importé depuis ce même fichier (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</source>
        <translation>Déjà importé depuis ce même fichier (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</translation>
    </message>
    <message>
        <source>L&apos;assuré de cet ayant droit figure dans le fichier mais n&apos;a pas été importé : corrigez l&apos;assuré, puis importez de nouveau cet ayant droit.</source>
        <translation>L&apos;assuré de cet ayant droit figure dans le fichier mais n&apos;a pas été importé : corrigez l&apos;assuré, puis importez de nouveau cet ayant droit.</translation>
    </message>
    <message>
        <source>Cet IPP fait partie des numéros réservés à ce site mais n&apos;a encore été attribué à personne : vérifiez sa saisie. Laissez le champ vide pour qu&apos;un IPP soit attribué.</source>
        <translation>Cet IPP fait partie des numéros réservés à ce site mais n&apos;a encore été attribué à personne : vérifiez sa saisie. Laissez le champ vide pour qu&apos;un IPP soit attribué.</translation>
    </message>
    <message>
        <source>La plage d&apos;IPP réservée à ce site va au-delà de neuf chiffres : l&apos;administrateur du site doit la corriger.</source>
        <translation>La plage d&apos;IPP réservée à ce site va au-delà de neuf chiffres : l&apos;administrateur du site doit la corriger.</translation>
    </message>
    <message>
        <source>Ce dossier est illisible : la base locale est endommagée. Restaurez-la depuis une sauvegarde.</source>
        <translation>Ce dossier est illisible : la base locale est endommagée. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste. Cherchez le patient avec le serveur central en ligne, ou après la prochaine synchronisation.</source>
        <translation>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste. Cherchez le patient avec le serveur central en ligne, ou après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Les fusions de ce dossier forment une boucle (deux dossiers fusionnés l&apos;un dans l&apos;autre, sur deux sites) : aucun dossier conservé ne peut être ouvert. L&apos;administrateur du site doit annuler l&apos;une de ces fusions.</source>
        <translation>Les fusions de ce dossier forment une boucle (deux dossiers fusionnés l&apos;un dans l&apos;autre, sur deux sites) : aucun dossier conservé ne peut être ouvert. L&apos;administrateur du site doit annuler l&apos;une de ces fusions.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientSearchModel</name>
    <message>
        <source>Féminin</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Passeport %1</source>
        <translation>Passeport %1</translation>
    </message>
    <message>
        <source>Carte de séjour %1</source>
        <translation>Carte de séjour %1</translation>
    </message>
    <message>
        <source>Acte de naissance %1</source>
        <translation>Acte de naissance %1</translation>
    </message>
    <message>
        <source>Date de naissance incomplète : seule une partie est connue.</source>
        <translation>Date de naissance incomplète : seule une partie est connue.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné : le dossier conservé sera ouvert.</source>
        <translation>Ce dossier a été fusionné : le dossier conservé sera ouvert.</translation>
    </message>
    <message>
        <source>Fusionné</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Non identifié</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Nom (latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Nom (arabe)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>CNIE / pièce</source>
        <translation>CNIE / pièce</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Trouvé sur le serveur central : ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</source>
        <translation>Trouvé sur le serveur central : ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste.</source>
        <translation>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné, mais ses fusions forment une boucle : aucun dossier conservé ne peut être ouvert.</source>
        <translation>Ce dossier a été fusionné, mais ses fusions forment une boucle : aucun dossier conservé ne peut être ouvert.</translation>
    </message>
    <message>
        <source>Trouvé sur le serveur central par le dossier IPP %1, qui y a été fusionné avec celui-ci.</source>
        <translation>Trouvé sur le serveur central par le dossier IPP %1, qui y a été fusionné avec celui-ci.</translation>
    </message>
    <message>
        <source>Ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</source>
        <translation>Ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</translation>
    </message>
    <message>
        <source>Serveur central — remplace IPP %1</source>
        <translation>Serveur central — remplace IPP %1</translation>
    </message>
    <message>
        <source>Remplace IPP %1</source>
        <translation>Remplace IPP %1</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientValidator</name>
    <message>
        <source>Ce nom est trop long (60 caractères au plus).</source>
        <translation>Ce nom est trop long (60 caractères au plus).</translation>
    </message>
    <message>
        <source>Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).</source>
        <translation>Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).</translation>
    </message>
    <message>
        <source>Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).</source>
        <translation>Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).</translation>
    </message>
    <message>
        <source>Choisissez le type de la pièce d&apos;identité de ce numéro.</source>
        <translation>Choisissez le type de la pièce d&apos;identité de ce numéro.</translation>
    </message>
    <message>
        <source>Saisissez le numéro de la pièce d&apos;identité.</source>
        <translation>Saisissez le numéro de la pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>Le numéro de CNIE s&apos;écrit avec une ou deux lettres suivies de six chiffres au plus (ex. : BE123456).</source>
        <translation>Le numéro de CNIE s&apos;écrit avec une ou deux lettres suivies de six chiffres au plus (ex. : BE123456).</translation>
    </message>
    <message>
        <source>Le numéro de passeport comporte de 6 à 12 lettres ou chiffres.</source>
        <translation>Le numéro de passeport comporte de 6 à 12 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Le numéro de carte de séjour comporte de 5 à 15 lettres ou chiffres.</source>
        <translation>Le numéro de carte de séjour comporte de 5 à 15 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;acte de naissance s&apos;écrit numéro/année (ex. : 1234/2015).</source>
        <translation>Le numéro d&apos;acte de naissance s&apos;écrit numéro/année (ex. : 1234/2015).</translation>
    </message>
    <message>
        <source>L&apos;extrait d&apos;acte de naissance sert aux mineurs : ce patient est majeur. Demandez sa CNIE si possible.</source>
        <translation>L&apos;extrait d&apos;acte de naissance sert aux mineurs : ce patient est majeur. Demandez sa CNIE si possible.</translation>
    </message>
    <message>
        <source>Cette pièce a expiré le %1 : l&apos;admission reste possible.</source>
        <translation>Cette pièce a expiré le %1 : l&apos;admission reste possible.</translation>
    </message>
    <message>
        <source>Saisissez au moins un nom et un prénom, en lettres latines ou arabes.</source>
        <translation>Saisissez au moins un nom et un prénom, en lettres latines ou arabes.</translation>
    </message>
    <message>
        <source>Indiquez le sexe.</source>
        <translation>Indiquez le sexe.</translation>
    </message>
    <message>
        <source>Saisissez la date de naissance, ou au moins l&apos;année.</source>
        <translation>Saisissez la date de naissance, ou au moins l&apos;année.</translation>
    </message>
    <message>
        <source>La date de naissance est dans le futur.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>La date de naissance est antérieure à 1900 : vérifiez l&apos;année.</source>
        <translation>La date de naissance est antérieure à 1900 : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Ce pays ne figure pas dans la liste.</source>
        <translation>Ce pays ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Indiquez la nationalité.</source>
        <translation>Indiquez la nationalité.</translation>
    </message>
    <message>
        <source>Cette nationalité ne figure pas dans la liste.</source>
        <translation>Cette nationalité ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Cette préfecture ou province ne figure pas dans la liste.</source>
        <translation>Cette préfecture ou province ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Cette commune ne figure pas dans la liste de référence : vérifiez son orthographe.</source>
        <translation>Cette commune ne figure pas dans la liste de référence : vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) ou international commençant par + ou 00.</source>
        <translation>Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) ou international commençant par + ou 00.</translation>
    </message>
    <message>
        <source>Saisissez le téléphone de la personne à prévenir.</source>
        <translation>Saisissez le téléphone de la personne à prévenir.</translation>
    </message>
    <message>
        <source>Saisissez le nom de la personne à prévenir.</source>
        <translation>Saisissez le nom de la personne à prévenir.</translation>
    </message>
    <message>
        <source>Ce lien de parenté ne figure pas dans la liste.</source>
        <translation>Ce lien de parenté ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Choisissez la catégorie de prise en charge.</source>
        <translation>Choisissez la catégorie de prise en charge.</translation>
    </message>
    <message>
        <source>Cette catégorie de prise en charge ne figure pas dans la liste.</source>
        <translation>Cette catégorie de prise en charge ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;assuré dont dépend ce patient.</source>
        <translation>Choisissez l&apos;assuré dont dépend ce patient.</translation>
    </message>
    <message>
        <source>Un patient ne peut pas être son propre assuré.</source>
        <translation>Un patient ne peut pas être son propre assuré.</translation>
    </message>
    <message>
        <source>Choisissez le régime de couverture sociale (« Aucune » s&apos;il n&apos;en a pas).</source>
        <translation>Choisissez le régime de couverture sociale (« Aucune » s&apos;il n&apos;en a pas).</translation>
    </message>
    <message>
        <source>Ce régime de couverture ne figure pas dans la liste.</source>
        <translation>Ce régime de couverture ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Un ayant droit suit le régime de son assuré : choisissez ce régime.</source>
        <translation>Un ayant droit suit le régime de son assuré : choisissez ce régime.</translation>
    </message>
    <message>
        <source>Saisissez le numéro d&apos;immatriculation de l&apos;assuré.</source>
        <translation>Saisissez le numéro d&apos;immatriculation de l&apos;assuré.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;immatriculation à la CNSS comporte 9 chiffres.</source>
        <translation>Le numéro d&apos;immatriculation à la CNSS comporte 9 chiffres.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;immatriculation comporte de 4 à 20 lettres, chiffres, / ou -.</source>
        <translation>Le numéro d&apos;immatriculation comporte de 4 à 20 lettres, chiffres, / ou -.</translation>
    </message>
    <message>
        <source>Cet IPP est invalide : vérifiez les chiffres (le dernier caractère est une clé de contrôle).</source>
        <translation>Cet IPP est invalide : vérifiez les chiffres (le dernier caractère est une clé de contrôle).</translation>
    </message>
</context>
<context>
    <name>sijil::registry::ReferenceData</name>
    <message>
        <source>Ligne %1 : le texte n&apos;est pas en UTF-8 ; enregistrez le fichier en CSV UTF-8.</source>
        <translation>Ligne %1 : le texte n&apos;est pas en UTF-8 ; enregistrez le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Ligne %1 : guillemet non fermé.</source>
        <translation>Ligne %1 : guillemet non fermé.</translation>
    </message>
    <message>
        <source>Ligne %1 : %2 colonne(s) au lieu de 4 (code, nom en français, nom en arabe, code ISO de la province).</source>
        <translation>Ligne %1 : %2 colonne(s) au lieu de 4 (code, nom en français, nom en arabe, code ISO de la province).</translation>
    </message>
    <message>
        <source>Ligne %1 : le code de la commune manque.</source>
        <translation>Ligne %1 : le code de la commune manque.</translation>
    </message>
    <message>
        <source>Ligne %1 : le nom de la commune en français manque.</source>
        <translation>Ligne %1 : le nom de la commune en français manque.</translation>
    </message>
    <message>
        <source>Ligne %1 : le nom de la commune en arabe manque.</source>
        <translation>Ligne %1 : le nom de la commune en arabe manque.</translation>
    </message>
    <message>
        <source>Ligne %1 : la préfecture ou province « %2 » est inconnue (code ISO attendu, par exemple MA-CAS).</source>
        <translation>Ligne %1 : la préfecture ou province « %2 » est inconnue (code ISO attendu, par exemple MA-CAS).</translation>
    </message>
    <message>
        <source>Ligne %1 : le code « %2 » figure déjà à la ligne %3.</source>
        <translation>Ligne %1 : le code « %2 » figure déjà à la ligne %3.</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucune commune.</source>
        <translation>Le fichier ne contient aucune commune.</translation>
    </message>
    <message>
        <source>Les données de référence intégrées au programme sont endommagées ; réinstallez Sijil.</source>
        <translation>Les données de référence intégrées au programme sont endommagées ; réinstallez Sijil.</translation>
    </message>
    <message>
        <source>Le fichier des couvertures sociales du site « %1 » est invalide.</source>
        <translation>Le fichier des couvertures sociales du site « %1 » est invalide.</translation>
    </message>
    <message>
        <source>La liste des communes « %1 » est illisible ; importez-la de nouveau.</source>
        <translation>La liste des communes « %1 » est illisible ; importez-la de nouveau.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>Impossible de lire le fichier « %1 ».</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la liste des communes dans « %1 ».</source>
        <translation>Impossible d&apos;enregistrer la liste des communes dans « %1 ».</translation>
    </message>
    <message>
        <source>Ligne %1 : en-tête « %2 » non reconnu : la première colonne de l&apos;en-tête doit commencer par « code » (code, nom en français, nom en arabe, code ISO de la province) ; sans en-tête, la première ligne est une commune.</source>
        <translation>Ligne %1 : en-tête « %2 » non reconnu : la première colonne de l&apos;en-tête doit commencer par « code » (code, nom en français, nom en arabe, code ISO de la province) ; sans en-tête, la première ligne est une commune.</translation>
    </message>
</context>
<context>
    <name>sijil::storage</name>
    <message>
        <source>Cet enregistrement existe déjà.</source>
        <translation>Cet enregistrement existe déjà.</translation>
    </message>
    <message>
        <source>Le disque est plein : l&apos;enregistrement local a échoué. Libérez de l&apos;espace puis réessayez.</source>
        <translation>Le disque est plein : l&apos;enregistrement local a échoué. Libérez de l&apos;espace puis réessayez.</translation>
    </message>
    <message>
        <source>Erreur de la base de données locale.</source>
        <translation>Erreur de la base de données locale.</translation>
    </message>
    <message>
        <source>Enregistrement introuvable.</source>
        <translation>Enregistrement introuvable.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::AuditTrail</name>
    <message>
        <source>La clé du journal d&apos;audit « %1 » est illisible ou invalide.</source>
        <translation>La clé du journal d&apos;audit « %1 » est illisible ou invalide.</translation>
    </message>
    <message>
        <source>La clé du journal d&apos;audit est introuvable (« %1 ») alors que le journal contient %2 entrée(s) : restaurez-la depuis la sauvegarde du poste. Une nouvelle clé rendrait le journal invérifiable.</source>
        <translation>La clé du journal d&apos;audit est introuvable (« %1 ») alors que le journal contient %2 entrée(s) : restaurez-la depuis la sauvegarde du poste. Une nouvelle clé rendrait le journal invérifiable.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::Database</name>
    <message>
        <source>Impossible d&apos;ouvrir la base de données locale « %1 ».</source>
        <translation>Impossible d&apos;ouvrir la base de données locale « %1 ».</translation>
    </message>
    <message>
        <source>La base de données locale a été créée par une version plus récente de Sijil (schéma %1 ; cette version connaît le schéma %2). Elle n&apos;a pas été modifiée. Installez la dernière version de Sijil.</source>
        <translation>La base de données locale a été créée par une version plus récente de Sijil (schéma %1 ; cette version connaît le schéma %2). Elle n&apos;a pas été modifiée. Installez la dernière version de Sijil.</translation>
    </message>
    <message>
        <source>La base de données locale « %1 » est endommagée ; elle n&apos;a pas été modifiée. Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</source>
        <translation>La base de données locale « %1 » est endommagée ; elle n&apos;a pas été modifiée. Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne contient aucune base Sijil (il est vide). Il n&apos;a pas été modifié. Vérifiez le dossier des données ou restaurez la dernière sauvegarde.</source>
        <translation>Le fichier « %1 » ne contient aucune base Sijil (il est vide). Il n&apos;a pas été modifié. Vérifiez le dossier des données ou restaurez la dernière sauvegarde.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::DuplicateQueue</name>
    <message>
        <source>Un dossier ne peut pas être le doublon de lui-même.</source>
        <translation>Un dossier ne peut pas être le doublon de lui-même.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::IdentifierBlocks</name>
    <message>
        <source>La plage d&apos;identifiants est invalide : le premier numéro doit être positif et ne pas dépasser le dernier.</source>
        <translation>La plage d&apos;identifiants est invalide : le premier numéro doit être positif et ne pas dépasser le dernier.</translation>
    </message>
    <message>
        <source>Cette plage chevauche une plage d&apos;identifiants déjà enregistrée.</source>
        <translation>Cette plage chevauche une plage d&apos;identifiants déjà enregistrée.</translation>
    </message>
    <message>
        <source>Plus aucun identifiant réservé pour ce site : l&apos;administrateur du site doit en obtenir une nouvelle plage auprès du registre central.</source>
        <translation>Plus aucun identifiant réservé pour ce site : l&apos;administrateur du site doit en obtenir une nouvelle plage auprès du registre central.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::IndexWriter</name>
    <message>
        <source>Cet identifiant est déjà attribué à un autre patient : rien n&apos;a été enregistré.</source>
        <translation>Cet identifiant est déjà attribué à un autre patient : rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::ResourceStore</name>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</source>
        <translation>La modification n&apos;a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</translation>
    </message>
    <message>
        <source>Ce dossier a changé depuis l&apos;affichage du conflit (nouvelle version reçue du serveur ou modifiée sur ce poste). Rien n&apos;a été enregistré : comparez à nouveau les deux versions.</source>
        <translation>Ce dossier a changé depuis l&apos;affichage du conflit (nouvelle version reçue du serveur ou modifiée sur ce poste). Rien n&apos;a été enregistré : comparez à nouveau les deux versions.</translation>
    </message>
    <message>
        <source>Ce changement n&apos;attend plus comme refusé (envoyé, remplacé par une correction ou abandonné entre-temps). Rien n&apos;a été modifié.</source>
        <translation>Ce changement n&apos;attend plus comme refusé (envoyé, remplacé par une correction ou abandonné entre-temps). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Ce changement, ou un changement fait depuis sur les mêmes dossiers, crée un dossier que le serveur central n&apos;a pas encore : abandonné, ce dossier disparaîtrait de ce poste. Corrigez plutôt le dossier (F2 à l&apos;accueil) : il sera renvoyé corrigé. Rien n&apos;a été modifié.</source>
        <translation>Ce changement, ou un changement fait depuis sur les mêmes dossiers, crée un dossier que le serveur central n&apos;a pas encore : abandonné, ce dossier disparaîtrait de ce poste. Corrigez plutôt le dossier (F2 à l&apos;accueil) : il sera renvoyé corrigé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Garder la version du serveur central abandonnerait aussi un élément créé depuis sur ce poste (une couverture, un dossier), que le serveur n&apos;a pas : il disparaîtrait. Rien n&apos;a été modifié. Gardez la version de ce poste, ou fusionnez les deux versions.</source>
        <translation>Garder la version du serveur central abandonnerait aussi un élément créé depuis sur ce poste (une couverture, un dossier), que le serveur n&apos;a pas : il disparaîtrait. Rien n&apos;a été modifié. Gardez la version de ce poste, ou fusionnez les deux versions.</translation>
    </message>
    <message>
        <source>Ce dossier attend d&apos;être relu depuis le serveur central, après l&apos;abandon d&apos;un changement : il pourra être modifié après la prochaine synchronisation. Rien n&apos;a été enregistré.</source>
        <translation>Ce dossier attend d&apos;être relu depuis le serveur central, après l&apos;abandon d&apos;un changement : il pourra être modifié après la prochaine synchronisation. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Abandonné, ce changement rendrait à un dossier un identifiant qu&apos;un autre patient a reçu depuis sur ce poste : deux patients l&apos;auraient. Vérifiez d&apos;abord ces deux dossiers à l&apos;accueil (peut-être une seule personne). Rien n&apos;a été modifié.</source>
        <translation>Abandonné, ce changement rendrait à un dossier un identifiant qu&apos;un autre patient a reçu depuis sur ce poste : deux patients l&apos;auraient. Vérifiez d&apos;abord ces deux dossiers à l&apos;accueil (peut-être une seule personne). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::SyncLock</name>
    <message>
        <source>Une autre synchronisation de ce poste est en cours (le programme Sijil ouvert, ou sijilctl sync) : une seule à la fois. Réessayez quand elle sera terminée.</source>
        <translation>Une autre synchronisation de ce poste est en cours (le programme Sijil ouvert, ou sijilctl sync) : une seule à la fois. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Le verrou de synchronisation de ce poste n&apos;a pas pu être créé à côté de ses données (droits d&apos;écriture sur le dossier ?).</source>
        <translation>Le verrou de synchronisation de ce poste n&apos;a pas pu être créé à côté de ses données (droits d&apos;écriture sur le dossier ?).</translation>
    </message>
</context>
<context>
    <name>sijil::sync</name>
    <message>
        <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</source>
        <translation>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Le serveur central a répondu à un envoi groupé de façon incomplète.</source>
        <translation>Le serveur central a répondu à un envoi groupé de façon incomplète.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé cette modification sans que l&apos;élément ait changé (par exemple la suppression d&apos;un élément auquel d&apos;autres se réfèrent).</source>
        <translation>Le serveur central a refusé cette modification sans que l&apos;élément ait changé (par exemple la suppression d&apos;un élément auquel d&apos;autres se réfèrent).</translation>
    </message>
    <message>
        <source>Un élément supprimé, sur ce poste ou sur le serveur central, ne se fusionne pas : gardez l&apos;une des deux versions.</source>
        <translation>Un élément supprimé, sur ce poste ou sur le serveur central, ne se fusionne pas : gardez l&apos;une des deux versions.</translation>
    </message>
    <message>
        <source>Une autre synchronisation de ce poste est en cours (sijilctl sync ?) : celle de ce programme reprendra d&apos;elle-même quand elle sera terminée.</source>
        <translation>Une autre synchronisation de ce poste est en cours (sijilctl sync ?) : celle de ce programme reprendra d&apos;elle-même quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Ce conflit porte sur une fusion de dossiers (ou son annulation) faite sur ce poste : seul l&apos;administrateur du site peut le résoudre.</source>
        <translation>Ce conflit porte sur une fusion de dossiers (ou son annulation) faite sur ce poste : seul l&apos;administrateur du site peut le résoudre.</translation>
    </message>
    <message>
        <source>Ce dossier fait partie d&apos;une fusion de dossiers (ou de son annulation) faite sur ce poste, et le serveur central en a une autre version : cette fusion ne peut pas partir telle quelle. Gardez la version du serveur (la fusion est alors abandonnée sur ce poste), puis refaites-la si elle reste justifiée.</source>
        <translation>Ce dossier fait partie d&apos;une fusion de dossiers (ou de son annulation) faite sur ce poste, et le serveur central en a une autre version : cette fusion ne peut pas partir telle quelle. Gardez la version du serveur (la fusion est alors abandonnée sur ce poste), puis refaites-la si elle reste justifiée.</translation>
    </message>
    <message>
        <source>Sur le serveur central, ce dossier a été fusionné dans un autre : la modification faite sur ce poste ne peut pas y être gardée. Gardez la version du serveur, puis refaites la modification sur le dossier conservé.</source>
        <translation>Sur le serveur central, ce dossier a été fusionné dans un autre : la modification faite sur ce poste ne peut pas y être gardée. Gardez la version du serveur, puis refaites la modification sur le dossier conservé.</translation>
    </message>
    <message>
        <source>Sur le serveur central, ce dossier en remplace d&apos;autres (fusion) : il ne peut pas être supprimé par ce choix. Gardez la version du serveur.</source>
        <translation>Sur le serveur central, ce dossier en remplace d&apos;autres (fusion) : il ne peut pas être supprimé par ce choix. Gardez la version du serveur.</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut abandonner un changement refusé par le serveur central.</source>
        <translation>Seul l&apos;administrateur du site peut abandonner un changement refusé par le serveur central.</translation>
    </message>
    <message>
        <source>Une synchronisation de ce poste est en cours dans un autre programme (sijilctl sync, ou Sijil ouvert ailleurs) : elle peut être en train d&apos;envoyer ce changement. Rien n&apos;a été abandonné ; réessayez quand elle sera terminée.</source>
        <translation>Une synchronisation de ce poste est en cours dans un autre programme (sijilctl sync, ou Sijil ouvert ailleurs) : elle peut être en train d&apos;envoyer ce changement. Rien n&apos;a été abandonné ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Le programme s&apos;est arrêté avant que le changement soit abandonné : rien n&apos;a été modifié.</source>
        <translation>Le programme s&apos;est arrêté avant que le changement soit abandonné : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>sijil::sync::SyncLogModel</name>
    <message>
        <source>Serveur central injoignable (connexion absente ou coupée).</source>
        <translation>Serveur central injoignable (connexion absente ou coupée).</translation>
    </message>
    <message>
        <source>Serveur central surchargé : nouvel essai plus tard.</source>
        <translation>Serveur central surchargé : nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>Erreur du serveur central.</source>
        <translation>Erreur du serveur central.</translation>
    </message>
    <message>
        <source>Certificat du serveur central non reconnu.</source>
        <translation>Certificat du serveur central non reconnu.</translation>
    </message>
    <message>
        <source>Accès refusé par le serveur central.</source>
        <translation>Accès refusé par le serveur central.</translation>
    </message>
    <message>
        <source>Une modification a été refusée par le serveur central comme invalide.</source>
        <translation>Une modification a été refusée par le serveur central comme invalide.</translation>
    </message>
    <message>
        <source>Erreur du stockage local.</source>
        <translation>Erreur du stockage local.</translation>
    </message>
    <message>
        <source>Échec (%1).</source>
        <translation>Échec (%1).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Réussie</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Échouée</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Envoyés</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Reçus</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Une modification portait sur une version dépassée : un conflit est à résoudre (menu Synchronisation, Conflits).</source>
        <translation>Une modification portait sur une version dépassée : un conflit est à résoudre (menu Synchronisation, Conflits).</translation>
    </message>
    <message>
        <source>Le serveur central ne connaît pas un élément demandé : vérifiez l&apos;adresse du serveur configurée pour ce site.</source>
        <translation>Le serveur central ne connaît pas un élément demandé : vérifiez l&apos;adresse du serveur configurée pour ce site.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central configurée pour ce site n&apos;est pas valable.</source>
        <translation>L&apos;adresse du serveur central configurée pour ce site n&apos;est pas valable.</translation>
    </message>
    <message>
        <source>Réponse illisible du serveur central : nouvel essai au prochain cycle.</source>
        <translation>Réponse illisible du serveur central : nouvel essai au prochain cycle.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur central : nouvel essai au prochain cycle.</source>
        <translation>Réponse inattendue du serveur central : nouvel essai au prochain cycle.</translation>
    </message>
    <message>
        <source>Détail technique : %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>Le serveur central a refusé ce poste à la connexion sécurisée (certificat du poste).</source>
        <translation>Le serveur central a refusé ce poste à la connexion sécurisée (certificat du poste).</translation>
    </message>
    <message>
        <source>Le serveur central a fermé la connexion pendant son établissement sécurisé (serveur indisponible, ou certificat du poste refusé).</source>
        <translation>Le serveur central a fermé la connexion pendant son établissement sécurisé (serveur indisponible, ou certificat du poste refusé).</translation>
    </message>
</context>
<context>
    <name>sijil::ui::AdmissionPage</name>
    <message>
        <source>Aucun patient sélectionné. Ctrl+N pour l&apos;enregistrer.</source>
        <translation>Aucun patient sélectionné. Ctrl+N pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Patient enregistré, IPP %1. Ctrl+P pour imprimer son étiquette.</source>
        <translation>Patient enregistré, IPP %1. Ctrl+P pour imprimer son étiquette.</translation>
    </message>
    <message>
        <source>Ce patient est introuvable.</source>
        <translation>Ce patient est introuvable.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le patient dont imprimer l&apos;étiquette.</source>
        <translation>Choisissez d&apos;abord le patient dont imprimer l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Cherchez toujours le patient avant de l&apos;enregistrer. Entrée : ouvrir le dossier sélectionné — Ctrl+N : nouveau patient — F2 : corriger — Ctrl+P : étiquette.</source>
        <translation>Cherchez toujours le patient avant de l&apos;enregistrer. Entrée : ouvrir le dossier sélectionné — Ctrl+N : nouveau patient — F2 : corriger — Ctrl+P : étiquette.</translation>
    </message>
    <message>
        <source>Ce dossier (IPP %1) a été fusionné avec le dossier IPP %2 : c&apos;est ce dossier qui est ouvert.</source>
        <translation>Ce dossier (IPP %1) a été fusionné avec le dossier IPP %2 : c&apos;est ce dossier qui est ouvert.</translation>
    </message>
    <message>
        <source>Doublons à examiner (F8)</source>
        <translation>Doublons à examiner (F8)</translation>
    </message>
    <message>
        <source>Le dossier provisoire IPP %1 est dans la file des doublons, pour être fusionné avec ce dossier (IPP %2).</source>
        <translation>Le dossier provisoire IPP %1 est dans la file des doublons, pour être fusionné avec ce dossier (IPP %2).</translation>
    </message>
    <message>
        <source>Le serveur central a refusé une modification de ce dossier ; elle est gardée sur ce poste. Corrigez le dossier (F2) : la correction la remplacera. Motif donné par le serveur : %1</source>
        <translation>Le serveur central a refusé une modification de ce dossier ; elle est gardée sur ce poste. Corrigez le dossier (F2) : la correction la remplacera. Motif donné par le serveur : %1</translation>
    </message>
    <message>
        <source>Recherche sur le serveur central en cours : attendez sa réponse avant d&apos;enregistrer.</source>
        <translation>Recherche sur le serveur central en cours : attendez sa réponse avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas encore répondu : ce patient y sera recherché à l&apos;enregistrement.</source>
        <translation>Le serveur central n&apos;a pas encore répondu : ce patient y sera recherché à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Patient enregistré, IPP %1, sans comparaison avec le serveur central. Ctrl+P pour imprimer son étiquette.</source>
        <translation>Patient enregistré, IPP %1, sans comparaison avec le serveur central. Ctrl+P pour imprimer son étiquette.</translation>
    </message>
    <message>
        <source>Correction enregistrée. Sa pièce d&apos;identité n&apos;a pas été comparée avec le serveur central.</source>
        <translation>Correction enregistrée. Sa pièce d&apos;identité n&apos;a pas été comparée avec le serveur central.</translation>
    </message>
    <message>
        <source>Le dossier IPP %1 a été fusionné avec le dossier IPP %2 sur le serveur central : c&apos;est ce dossier qui est ouvert.</source>
        <translation>Le dossier IPP %1 a été fusionné avec le dossier IPP %2 sur le serveur central : c&apos;est ce dossier qui est ouvert.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé une modification faite sur ce dossier avec d&apos;autres (une fusion) ; elle est gardée sur ce poste et retient les suivantes. L&apos;administrateur du site peut l&apos;abandonner (Synchronisation, Changements refusés). Motif donné par le serveur : %1</source>
        <translation>Le serveur central a refusé une modification faite sur ce dossier avec d&apos;autres (une fusion) ; elle est gardée sur ce poste et retient les suivantes. L&apos;administrateur du site peut l&apos;abandonner (Synchronisation, Changements refusés). Motif donné par le serveur : %1</translation>
    </message>
    <message>
        <source>Un changement de ce dossier a été abandonné : le dossier attend d&apos;être relu depuis le serveur central et pourra être modifié après la prochaine synchronisation.</source>
        <translation>Un changement de ce dossier a été abandonné : le dossier attend d&apos;être relu depuis le serveur central et pourra être modifié après la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::CardReadDialog</name>
    <message>
        <source>%1 — carte présente</source>
        <translation>%1 — carte présente</translation>
    </message>
    <message>
        <source>%1 — pas de carte</source>
        <translation>%1 — pas de carte</translation>
    </message>
    <message>
        <source>Aucun lecteur de cartes branché. Branchez-le : il apparaîtra ici.</source>
        <translation>Aucun lecteur de cartes branché. Branchez-le : il apparaîtra ici.</translation>
    </message>
    <message>
        <source>Lecture terminée.</source>
        <translation>Lecture terminée.</translation>
    </message>
    <message>
        <source>Photo lue, format non affichable (%1)</source>
        <translation>Photo lue, format non affichable (%1)</translation>
    </message>
    <message>
        <source>Pas de photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Lire la carte d&apos;identité</source>
        <translation>Lire la carte d&apos;identité</translation>
    </message>
    <message>
        <source>Posez la CNIE ou le passeport sur le lecteur, puis tapez le numéro d&apos;accès (CAN, 6 chiffres au recto de la carte) ou saisissez la MRZ.</source>
        <translation>Posez la CNIE ou le passeport sur le lecteur, puis tapez le numéro d&apos;accès (CAN, 6 chiffres au recto de la carte) ou saisissez la MRZ.</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Numéro d&apos;accès (CAN)</source>
        <translation>Numéro d&apos;accès (CAN)</translation>
    </message>
    <message>
        <source>Saisir la MRZ…</source>
        <translation>Saisir la MRZ…</translation>
    </message>
    <message>
        <source>MRZ du document %1 saisie</source>
        <translation>MRZ du document %1 saisie</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Lire la carte</source>
        <translation>Lire la carte</translation>
    </message>
    <message>
        <source>Remplir la fiche</source>
        <translation>Remplir la fiche</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>type de pièce</source>
        <translation>type de pièce</translation>
    </message>
    <message>
        <source>numéro</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>date d&apos;expiration</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>prénoms</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>sexe</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>date de naissance</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>nationalité</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>Lus sur la puce : %1.</source>
        <translation>Lus sur la puce : %1.</translation>
    </message>
    <message>
        <source>Ces données ne peuvent pas être reprises dans la fiche.</source>
        <translation>Ces données ne peuvent pas être reprises dans la fiche.</translation>
    </message>
    <message>
        <source>Document délivré le %1 par %2.</source>
        <translation>Document délivré le %1 par %2.</translation>
    </message>
    <message>
        <source>Document délivré le %1.</source>
        <translation>Document délivré le %1.</translation>
    </message>
    <message>
        <source>Document délivré par %1.</source>
        <translation>Document délivré par %1.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConflictsDialog</name>
    <message>
        <source>Prendre « %1 » du serveur</source>
        <translation>Prendre « %1 » du serveur</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</source>
        <translation>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Aucun conflit en attente.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Ces dossiers ont été modifiés sur ce poste et sur le serveur central pendant que le poste était hors ligne. Comparez les deux versions, puis gardez l&apos;une d&apos;elles ou fusionnez-les en cochant les éléments à prendre du serveur. Votre choix est enregistré dans le journal d&apos;audit.</source>
        <translation>Ces dossiers ont été modifiés sur ce poste et sur le serveur central pendant que le poste était hors ligne. Comparez les deux versions, puis gardez l&apos;une d&apos;elles ou fusionnez-les en cochant les éléments à prendre du serveur. Votre choix est enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <source>Prendre du serveur</source>
        <translation>Prendre du serveur</translation>
    </message>
    <message>
        <source>Garder la version de ce poste</source>
        <translation>Garder la version de ce poste</translation>
    </message>
    <message>
        <source>Garder la version du serveur</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>IPP %1 — %2</source>
        <translation>IPP %1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Identifiants</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Lieu de naissance, nationalité</source>
        <translation>Lieu de naissance, nationalité</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Décédé</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Date du décès</source>
        <translation>Date du décès</translation>
    </message>
    <message>
        <source>Dossiers fusionnés</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Assuré</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Numéro d&apos;affiliation</source>
        <translation>Numéro d&apos;affiliation</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Date de la mesure</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Détecté le %1</source>
        <translation>Détecté le %1</translation>
    </message>
    <message>
        <source>Le conflit affiché a été résolu entre-temps. Choisissez-en un autre dans la liste.</source>
        <translation>Le conflit affiché a été résolu entre-temps. Choisissez-en un autre dans la liste.</translation>
    </message>
    <message>
        <source>Ce conflit a changé depuis son affichage (nouvelle version du serveur ou de ce poste) : les versions ci-dessous sont les nouvelles, comparez-les à nouveau.</source>
        <translation>Ce conflit a changé depuis son affichage (nouvelle version du serveur ou de ce poste) : les versions ci-dessous sont les nouvelles, comparez-les à nouveau.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(supprimé sur ce poste)</source>
        <translation>(supprimé sur ce poste)</translation>
    </message>
    <message>
        <source>Supprimé sur ce poste, modifié sur le serveur central : « Garder la version de ce poste » le supprime aussi sur le serveur, « Garder la version du serveur » le rétablit ici.</source>
        <translation>Supprimé sur ce poste, modifié sur le serveur central : « Garder la version de ce poste » le supprime aussi sur le serveur, « Garder la version du serveur » le rétablit ici.</translation>
    </message>
    <message>
        <source>(supprimé sur le serveur central)</source>
        <translation>(supprimé sur le serveur central)</translation>
    </message>
    <message>
        <source>Modifié sur ce poste, supprimé sur le serveur central : « Garder la version de ce poste » le recrée sur le serveur, « Garder la version du serveur » le supprime aussi ici.</source>
        <translation>Modifié sur ce poste, supprimé sur le serveur central : « Garder la version de ce poste » le recrée sur le serveur, « Garder la version du serveur » le supprime aussi ici.</translation>
    </message>
    <message numerus="yes">
        <source>Ce changement a été fait avec %n autre(s) (une fusion de dossiers, un patient et sa couverture…) : ils partiront ensemble au serveur central une fois ce conflit résolu.</source>
        <translation>
            <numerusform>Ce changement a été fait avec %n autre (une fusion de dossiers, un patient et sa couverture…) : ils partiront ensemble au serveur central une fois ce conflit résolu.</numerusform>
            <numerusform>Ce changement a été fait avec %n autres (une fusion de dossiers, un patient et sa couverture…) : ils partiront ensemble au serveur central une fois ce conflit résolu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n autre(s) conflit(s) du même ensemble à régler aussi.</source>
        <translation>
            <numerusform>%n autre conflit du même ensemble à régler aussi.</numerusform>
            <numerusform>%n autres conflits du même ensemble à régler aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenir au conflit</source>
        <translation>Revenir au conflit</translation>
    </message>
    <message numerus="yes">
        <source>Ce changement a été fait avec %n autre(s), à envoyer ensemble. En gardant la version du serveur, tout l&apos;ensemble est abandonné sur ce poste : les autres éléments reprennent la version qu&apos;ils avaient avant lui, et une fusion de dossiers faite ici est à refaire.</source>
        <translation>
            <numerusform>Ce changement a été fait avec %n autre, à envoyer ensemble. En gardant la version du serveur, tout l&apos;ensemble est abandonné sur ce poste : les autres éléments reprennent la version qu&apos;ils avaient avant lui, et une fusion de dossiers faite ici est à refaire.</numerusform>
            <numerusform>Ce changement a été fait avec %n autres, à envoyer ensemble. En gardant la version du serveur, tout l&apos;ensemble est abandonné sur ce poste : les autres éléments reprennent la version qu&apos;ils avaient avant lui, et une fusion de dossiers faite ici est à refaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Les modifications faites ensuite sur ce poste à ces mêmes éléments sont abandonnées aussi. Pour garder l&apos;ensemble, choisissez plutôt « Fusionner » en cochant les éléments à prendre du serveur.</source>
        <translation>Les modifications faites ensuite sur ce poste à ces mêmes éléments sont abandonnées aussi. Pour garder l&apos;ensemble, choisissez plutôt « Fusionner » en cochant les éléments à prendre du serveur.</translation>
    </message>
    <message>
        <source>Abandonner l&apos;ensemble</source>
        <translation>Abandonner l&apos;ensemble</translation>
    </message>
    <message>
        <source>Toujours la version du serveur central : choisir entre les deux versions ne fusionne pas de dossiers et n&apos;annule pas de fusion.</source>
        <translation>Toujours la version du serveur central : choisir entre les deux versions ne fusionne pas de dossiers et n&apos;annule pas de fusion.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConnectionIndicator</name>
    <message numerus="yes">
        <source>Hors ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Le serveur central est injoignable. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</source>
        <translation>Le serveur central est injoignable. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Aucun serveur central n&apos;est configuré : les données restent sur ce poste.</source>
        <translation>Aucun serveur central n&apos;est configuré : les données restent sur ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>En ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>En ligne — %n modification en attente</numerusform>
            <numerusform>En ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Dernière synchronisation : %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Connecté au serveur central.</source>
        <translation>Connecté au serveur central.</translation>
    </message>
    <message>
        <source>Envoi et réception des modifications en cours.</source>
        <translation>Envoi et réception des modifications en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation… %n modification(s) en attente</source>
        <translation>
            <numerusform>Synchronisation… %n modification en attente</numerusform>
            <numerusform>Synchronisation… %n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>Le serveur central est injoignable depuis la dernière synchronisation réussie, le %1. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</source>
        <translation>Le serveur central est injoignable depuis la dernière synchronisation réussie, le %1. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>synchronisation incomplète</source>
        <translation>synchronisation incomplète</translation>
    </message>
    <message>
        <source>Le détail est dans le journal de synchronisation.</source>
        <translation>Le détail est dans le journal de synchronisation.</translation>
    </message>
    <message>
        <source>serveur central mal configuré</source>
        <translation>serveur central mal configuré</translation>
    </message>
    <message>
        <source>L&apos;administrateur du site corrige le fichier de configuration (sijilctl config show dit ce qui ne va pas). Les données restent sur ce poste.</source>
        <translation>L&apos;administrateur du site corrige le fichier de configuration (sijilctl config show dit ce qui ne va pas). Les données restent sur ce poste.</translation>
    </message>
    <message>
        <source>connexion sécurisée refusée</source>
        <translation>connexion sécurisée refusée</translation>
    </message>
    <message>
        <source>L&apos;administrateur du site vérifie les certificats du serveur central et de ce poste (sijilctl config show). Les données restent sur ce poste.</source>
        <translation>L&apos;administrateur du site vérifie les certificats du serveur central et de ce poste (sijilctl config show). Les données restent sur ce poste.</translation>
    </message>
    <message>
        <source>synchronisation arrêtée</source>
        <translation>synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Le travail continue sur ce poste ; rien n&apos;est envoyé ni reçu avant le prochain démarrage de Sijil. Si cela se reproduit, l&apos;administrateur du site vérifie la base locale (sijilctl store check).</source>
        <translation>Le travail continue sur ce poste ; rien n&apos;est envoyé ni reçu avant le prochain démarrage de Sijil. Si cela se reproduit, l&apos;administrateur du site vérifie la base locale (sijilctl store check).</translation>
    </message>
    <message>
        <source>en attente d&apos;une autre synchronisation</source>
        <translation>en attente d&apos;une autre synchronisation</translation>
    </message>
    <message>
        <source>connexion interrompue par le serveur</source>
        <translation>connexion interrompue par le serveur</translation>
    </message>
    <message>
        <source>Sijil réessaie de lui-même. Si cela dure, l&apos;administrateur du site vérifie le serveur central et le certificat de ce poste (sijilctl config show). Les données restent sur ce poste.</source>
        <translation>Sijil réessaie de lui-même. Si cela dure, l&apos;administrateur du site vérifie le serveur central et le certificat de ce poste (sijilctl config show). Les données restent sur ce poste.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DateField</name>
    <message>
        <source>Année seulement</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>aaaa</source>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DeskAudit</name>
    <message>
        <source>Les dossiers consultés n&apos;ont pas pu être inscrits au journal d&apos;audit. Prévenez l&apos;administrateur du site.</source>
        <translation>Les dossiers consultés n&apos;ont pas pu être inscrits au journal d&apos;audit. Prévenez l&apos;administrateur du site.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DuplicateDialog</name>
    <message>
        <source>Ce patient est peut-être déjà enregistré</source>
        <translation>Ce patient est peut-être déjà enregistré</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Nom (latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <source>Nom (arabe)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Couverture</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Saisie en cours</source>
        <translation>Saisie en cours</translation>
    </message>
    <message>
        <source>Très probablement le même</source>
        <translation>Très probablement le même</translation>
    </message>
    <message>
        <source>Peut-être le même</source>
        <translation>Peut-être le même</translation>
    </message>
    <message>
        <source>Diffère de la saisie</source>
        <translation>Diffère de la saisie</translation>
    </message>
    <message>
        <source>Un autre patient enregistré a cette pièce d&apos;identité. Comparez-les (les différences sont surlignées) : s&apos;il s&apos;agit de lui, ouvrez son dossier (la correction n&apos;est pas enregistrée) ; sinon vérifiez le numéro saisi.</source>
        <translation>Un autre patient enregistré a cette pièce d&apos;identité. Comparez-les (les différences sont surlignées) : s&apos;il s&apos;agit de lui, ouvrez son dossier (la correction n&apos;est pas enregistrée) ; sinon vérifiez le numéro saisi.</translation>
    </message>
    <message>
        <source>Même pièce d&apos;identité</source>
        <translation>Même pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Des patients déjà enregistrés ressemblent à celui que vous saisissez. Comparez-les (les différences sont surlignées) ; choisissez une colonne avec les flèches. « C&apos;est ce patient » ouvre son dossier, ses champs vides complétés par votre saisie. Créer un doublon éparpille le dossier du patient.</source>
        <translation>Des patients déjà enregistrés ressemblent à celui que vous saisissez. Comparez-les (les différences sont surlignées) ; choisissez une colonne avec les flèches. « C&apos;est ce patient » ouvre son dossier, ses champs vides complétés par votre saisie. Créer un doublon éparpille le dossier du patient.</translation>
    </message>
    <message>
        <source>&amp;C&apos;est ce patient</source>
        <translation>&amp;C&apos;est ce patient</translation>
    </message>
    <message>
        <source>&amp;Ouvrir ce patient</source>
        <translation>&amp;Ouvrir ce patient</translation>
    </message>
    <message>
        <source>Créer &amp;quand même</source>
        <translation>Créer &amp;quand même</translation>
    </message>
    <message>
        <source>Enregistrer &amp;quand même</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Retour à la saisie</source>
        <translation>&amp;Retour à la saisie</translation>
    </message>
    <message>
        <source>Des patients déjà enregistrés ressemblent à l&apos;identité que vous donnez à ce patient non identifié. Comparez-les (les différences sont surlignées). « C&apos;est ce patient » ouvre son dossier et place les deux dossiers dans la file des doublons, pour être fusionnés ; l&apos;identité saisie n&apos;est pas enregistrée.</source>
        <translation>Des patients déjà enregistrés ressemblent à l&apos;identité que vous donnez à ce patient non identifié. Comparez-les (les différences sont surlignées). « C&apos;est ce patient » ouvre son dossier et place les deux dossiers dans la file des doublons, pour être fusionnés ; l&apos;identité saisie n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>%1 (serveur central)</source>
        <translation>%1 (serveur central)</translation>
    </message>
    <message>
        <source>Remplace le dossier IPP %1, fusionné avec celui-ci</source>
        <translation>Remplace le dossier IPP %1, fusionné avec celui-ci</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DuplicateReviewPage</name>
    <message>
        <source>Très probablement le même</source>
        <translation>Très probablement le même</translation>
    </message>
    <message>
        <source>Peut-être le même</source>
        <translation>Peut-être le même</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut fusionner des dossiers ou les déclarer distincts.</source>
        <translation>Seul l&apos;administrateur du site peut fusionner des dossiers ou les déclarer distincts.</translation>
    </message>
    <message>
        <source>Le dossier IPP %1 est fusionné avec le dossier IPP %2, qui le remplace.</source>
        <translation>Le dossier IPP %1 est fusionné avec le dossier IPP %2, qui le remplace.</translation>
    </message>
    <message>
        <source>Les dossiers IPP %1 et IPP %2 sont notés comme deux personnes distinctes.</source>
        <translation>Les dossiers IPP %1 et IPP %2 sont notés comme deux personnes distinctes.</translation>
    </message>
    <message>
        <source>La fusion est annulée : le dossier IPP %1 est de nouveau séparé ; la paire revient dans la file.</source>
        <translation>La fusion est annulée : le dossier IPP %1 est de nouveau séparé ; la paire revient dans la file.</translation>
    </message>
    <message>
        <source>Doublons à examiner</source>
        <translation>Doublons à examiner</translation>
    </message>
    <message>
        <source>Flèches : choisir une paire (les différences sont surlignées) — Alt+C : dossier conservé — Alt+F : fusionner — Alt+P : pas la même personne — Alt+N : annuler la fusion choisie — Échap : retour à la recherche.</source>
        <translation>Flèches : choisir une paire (les différences sont surlignées) — Alt+C : dossier conservé — Alt+F : fusionner — Alt+P : pas la même personne — Alt+N : annuler la fusion choisie — Échap : retour à la recherche.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Dossier 1</source>
        <translation>Dossier 1</translation>
    </message>
    <message>
        <source>Dossier 2</source>
        <translation>Dossier 2</translation>
    </message>
    <message>
        <source>Dossier conservé (Alt+C) :</source>
        <translation>Dossier conservé (Alt+C) :</translation>
    </message>
    <message>
        <source>Fusionner (Alt+F)</source>
        <translation>Fusionner (Alt+F)</translation>
    </message>
    <message>
        <source>Pas la même personne (Alt+P)</source>
        <translation>Pas la même personne (Alt+P)</translation>
    </message>
    <message>
        <source>Fusions effectuées</source>
        <translation>Fusions effectuées</translation>
    </message>
    <message>
        <source>Dossier conservé</source>
        <translation>Dossier conservé</translation>
    </message>
    <message>
        <source>Dossier fusionné</source>
        <translation>Dossier fusionné</translation>
    </message>
    <message>
        <source>Fusionné le</source>
        <translation>Fusionné le</translation>
    </message>
    <message>
        <source>Annuler la fusion (Alt+N)</source>
        <translation>Annuler la fusion (Alt+N)</translation>
    </message>
    <message>
        <source>Chargement de la file…</source>
        <translation>Chargement de la file…</translation>
    </message>
    <message>
        <source>Les deux dossiers étaient fusionnés l&apos;un dans l&apos;autre. La fusion du dossier IPP %1 est annulée : le dossier IPP %2 reste fusionné dans le dossier IPP %1, qui est conservé.</source>
        <translation>Les deux dossiers étaient fusionnés l&apos;un dans l&apos;autre. La fusion du dossier IPP %1 est annulée : le dossier IPP %2 reste fusionné dans le dossier IPP %1, qui est conservé.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::FirstRunPage</name>
    <message>
        <source>Bienvenue dans Sijil</source>
        <translation>Bienvenue dans Sijil</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur du site : il pourra ensuite créer les comptes des autres utilisateurs.</source>
        <translation>Ce poste n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur du site : il pourra ensuite créer les comptes des autres utilisateurs.</translation>
    </message>
    <message>
        <source>&amp;Nom complet</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Confirmation du mot de passe</source>
        <translation>&amp;Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Création…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Créer le compte administrateur</source>
        <translation>Créer le compte administrateur</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>&amp;Mot de passe (%1 caractères au moins)</source>
        <translation>&amp;Mot de passe (%1 caractères au moins)</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ImageView</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 pixels</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
</context>
<context>
    <name>sijil::ui::InsuredPicker</name>
    <message>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Espace ou F4 pour chercher l&apos;assuré</source>
        <translation>Espace ou F4 pour chercher l&apos;assuré</translation>
    </message>
    <message>
        <source>Assuré</source>
        <translation>Assuré</translation>
    </message>
</context>
<context>
    <name>sijil::ui::LabelPrinter</name>
    <message>
        <source>Le code-barres de l&apos;IPP n&apos;a pas pu être produit.</source>
        <translation>Le code-barres de l&apos;IPP n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>Né(e) le %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Étiquette patient</source>
        <translation>Étiquette patient</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Patient non identifié</source>
        <translation>Patient non identifié</translation>
    </message>
    <message>
        <source>Né(e) en %1</source>
        <translation>Né(e) en %1</translation>
    </message>
    <message>
        <source>Étiquette patient, IPP %1</source>
        <translation>Étiquette patient, IPP %1</translation>
    </message>
</context>
<context>
    <name>sijil::ui::LockPage</name>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Session verrouillée</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Verrouillée par %1 (%2). Seul cet utilisateur peut la déverrouiller.</source>
        <translation>Verrouillée par %1 (%2). Seul cet utilisateur peut la déverrouiller.</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Se connecter avec un autre compte…</source>
        <translation>Se connecter avec un autre compte…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::MainWindow</name>
    <message>
        <source>Poste autonome (hors réseau)</source>
        <translation>Poste autonome (hors réseau)</translation>
    </message>
    <message>
        <source>Sijil — %1</source>
        <translation>Sijil — %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Thème</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Clair</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Contraste &amp;élevé</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>Aid&amp;e</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>À &amp;propos de Sijil</source>
        <translation>À &amp;propos de Sijil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>À propos de Sijil</source>
        <translation>À propos de Sijil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sijil %1&lt;/h3&gt;&lt;p&gt;Poste de travail clinique du dossier patient partagé national et de la télémédecine.&lt;/p&gt;&lt;p&gt;Ministère de la Santé et de la Protection sociale.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sijil %1&lt;/h3&gt;&lt;p&gt;Poste de travail clinique du dossier patient partagé national et de la télémédecine.&lt;/p&gt;&lt;p&gt;Ministère de la Santé et de la Protection sociale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Afficha&amp;ge</source>
        <translation>Afficha&amp;ge</translation>
    </message>
</context>
<context>
    <name>sijil::ui::MrzDialog</name>
    <message>
        <source>Saisir la MRZ</source>
        <translation>Saisir la MRZ</translation>
    </message>
    <message>
        <source>Tapez ou scannez les lignes de la zone de lecture automatique, au dos de la CNIE ou en bas de la page du passeport, une ligne par ligne. Ctrl+Entrée pour lire.</source>
        <translation>Tapez ou scannez les lignes de la zone de lecture automatique, au dos de la CNIE ou en bas de la page du passeport, une ligne par ligne. Ctrl+Entrée pour lire.</translation>
    </message>
    <message>
        <source>Zone de lecture automatique</source>
        <translation>Zone de lecture automatique</translation>
    </message>
    <message>
        <source>Lire</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PacsDialog</name>
    <message>
        <source>&amp;ID patient (PACS) :</source>
        <translation>&amp;ID patient (PACS) :</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Pé&amp;riode :</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>&amp;Modalité :</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <source>N° d&apos;&amp;accession :</source>
        <translation>N° d&apos;&amp;accession :</translation>
    </message>
    <message>
        <source>NOM ou NOM^PRÉNOM ; * pour compléter</source>
        <translation>NOM ou NOM^PRÉNOM ; * pour compléter</translation>
    </message>
    <message>
        <source>du … au …</source>
        <translation>du … au …</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ré&amp;cupérer et afficher</source>
        <translation>Ré&amp;cupérer et afficher</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Modalités</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Séries / images</source>
        <translation>Séries / images</translation>
    </message>
    <message>
        <source>N° d&apos;accession</source>
        <translation>N° d&apos;accession</translation>
    </message>
    <message>
        <source>La période commence après sa fin.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>Indiquez au moins un critère : ID, nom, période, modalité ou numéro d&apos;accession.</source>
        <translation>Indiquez au moins un critère : ID, nom, période, modalité ou numéro d&apos;accession.</translation>
    </message>
    <message>
        <source>Aucun examen ne correspond.</source>
        <translation>Aucun examen ne correspond.</translation>
    </message>
    <message>
        <source>Seuls les %1 premiers examens sont affichés : précisez la recherche.</source>
        <translation>Seuls les %1 premiers examens sont affichés : précisez la recherche.</translation>
    </message>
    <message>
        <source>Récupération annulée.</source>
        <translation>Récupération annulée.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;a envoyé aucune image de cet examen.</source>
        <translation>Le PACS n&apos;a envoyé aucune image de cet examen.</translation>
    </message>
    <message>
        <source>Rechercher sur le PACS</source>
        <translation>Rechercher sur le PACS</translation>
    </message>
    <message>
        <source>Rechercher sur le PACS : %1</source>
        <translation>Rechercher sur le PACS : %1</translation>
    </message>
    <message>
        <source>&amp;Source :</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PacsSourcePicker</name>
    <message>
        <source>%1 — DICOMweb (%2)</source>
        <translation>%1 — DICOMweb (%2)</translation>
    </message>
    <message>
        <source>%1 — DICOM (%2)</source>
        <translation>%1 — DICOM (%2)</translation>
    </message>
    <message>
        <source>mot de passe du compte « %1 »</source>
        <translation>mot de passe du compte « %1 »</translation>
    </message>
    <message>
        <source>Saisissez le mot de passe du compte DICOMweb.</source>
        <translation>Saisissez le mot de passe du compte DICOMweb.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientBanner</name>
    <message>
        <source>Fermer le dossier du patient</source>
        <translation>Fermer le dossier du patient</translation>
    </message>
    <message>
        <source>Aucun patient ouvert</source>
        <translation>Aucun patient ouvert</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Sexe inconnu</source>
        <translation>Sexe inconnu</translation>
    </message>
    <message numerus="yes">
        <source>né(e) le %1 (%n an(s))</source>
        <translation>
            <numerusform>né(e) le %1 (%n an)</numerusform>
            <numerusform>né(e) le %1 (%n ans)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>né(e) en %1 (environ %n an(s))</source>
        <translation>
            <numerusform>né(e) en %1 (environ %n an)</numerusform>
            <numerusform>né(e) en %1 (environ %n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>date de naissance inconnue</source>
        <translation>date de naissance inconnue</translation>
    </message>
    <message>
        <source>IPP : non attribué</source>
        <translation>IPP : non attribué</translation>
    </message>
    <message>
        <source>IPP : %1</source>
        <translation>IPP : %1</translation>
    </message>
    <message>
        <source>Patient ouvert : %1</source>
        <translation>Patient ouvert : %1</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientPickerDialog</name>
    <message>
        <source>Choisir l&apos;assuré</source>
        <translation>Choisir l&apos;assuré</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientSearchPanel</name>
    <message>
        <source>Tapez un IPP, un numéro de CNIE, un téléphone, ou le nom et la date de naissance.</source>
        <translation>Tapez un IPP, un numéro de CNIE, un téléphone, ou le nom et la date de naissance.</translation>
    </message>
    <message>
        <source>Aucun patient ne correspond. Ctrl+N pour enregistrer un nouveau patient.</source>
        <translation>Aucun patient ne correspond. Ctrl+N pour enregistrer un nouveau patient.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) trouvé(s). Entrée pour ouvrir le dossier sélectionné, Ctrl+N pour un nouveau patient.</source>
        <translation>
            <numerusform>%n patient trouvé. Entrée pour ouvrir le dossier sélectionné, Ctrl+N pour un nouveau patient.</numerusform>
            <numerusform>%n patients trouvés. Entrée pour ouvrir le dossier sélectionné, Ctrl+N pour un nouveau patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>IPP, CNIE, téléphone, ou nom et date de naissance (ex. : Benali 1975)</source>
        <translation>IPP, CNIE, téléphone, ou nom et date de naissance (ex. : Benali 1975)</translation>
    </message>
    <message>
        <source>Rechercher un patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Préparation de la recherche des patients… %1 %</source>
        <translation>Préparation de la recherche des patients… %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n patients correspondent : seuls les %n plus probables sont affichés. Précisez la recherche (date de naissance complète, deuxième nom, téléphone) avant d&apos;enregistrer un nouveau patient.</source>
        <translation>
            <numerusform>Plus de %n patients correspondent : seuls les %n plus probables sont affichés. Précisez la recherche (date de naissance complète, deuxième nom, téléphone) avant d&apos;enregistrer un nouveau patient.</numerusform>
            <numerusform>Plus de %n patients correspondent : seuls les %n plus probables sont affichés. Précisez la recherche (date de naissance complète, deuxième nom, téléphone) avant d&apos;enregistrer un nouveau patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recherche sur le serveur central…</source>
        <translation>Recherche sur le serveur central…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) de plus trouvé(s) sur le serveur central (« Serveur central » dans la liste) : ouvert, le dossier est gardé sur ce poste.</source>
        <translation>
            <numerusform>%n patient de plus trouvé sur le serveur central (« Serveur central » dans la liste) : ouvert, le dossier est gardé sur ce poste.</numerusform>
            <numerusform>%n patients de plus trouvés sur le serveur central (« Serveur central » dans la liste) : ouvert, le dossier est gardé sur ce poste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas d&apos;autre patient correspondant.</source>
        <translation>Le serveur central n&apos;a pas d&apos;autre patient correspondant.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas répondu : seuls les patients de ce poste sont affichés. %1</source>
        <translation>Le serveur central n&apos;a pas répondu : seuls les patients de ce poste sont affichés. %1</translation>
    </message>
    <message>
        <source>Aucun patient sur ce poste ; recherche sur le serveur central…</source>
        <translation>Aucun patient sur ce poste ; recherche sur le serveur central…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::RefusedChangesDialog</name>
    <message numerus="yes">
        <source>%n autre(s) élément(s) du dossier</source>
        <translation>
            <numerusform>%n autre élément du dossier</numerusform>
            <numerusform>%n autres éléments du dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>Abandonner ce changement</source>
        <translation>Abandonner ce changement</translation>
    </message>
    <message>
        <source>Ce changement ne sera jamais envoyé au serveur central, ni ce qui a été fait après lui sur ces dossiers :
%1
Chaque dossier revient à ce que le serveur central en a, lu à la prochaine synchronisation. Abandonner ?</source>
        <translation>Ce changement ne sera jamais envoyé au serveur central, ni ce qui a été fait après lui sur ces dossiers :
%1
Chaque dossier revient à ce que le serveur central en a, lu à la prochaine synchronisation. Abandonner ?</translation>
    </message>
    <message numerus="yes">
        <source>Changement abandonné : %n dossier(s) remis comme le serveur central les a ; ils seront relus à la prochaine synchronisation.</source>
        <translation>
            <numerusform>Changement abandonné : %n dossier remis comme le serveur central les a ; ils seront relus à la prochaine synchronisation.</numerusform>
            <numerusform>Changement abandonné : %n dossiers remis comme le serveur central les a ; ils seront relus à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changements refusés par le serveur central</source>
        <translation>Changements refusés par le serveur central</translation>
    </message>
    <message>
        <source>Aucun changement n&apos;est refusé par le serveur central.</source>
        <translation>Aucun changement n&apos;est refusé par le serveur central.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé ces changements : renvoyés, ils seraient refusés encore, et retiennent les changements faits après eux sur les mêmes dossiers. Un dossier créé et refusé se corrige à l&apos;accueil (F2) ; un autre changement peut être abandonné par l&apos;administrateur du site.</source>
        <translation>Le serveur central a refusé ces changements : renvoyés, ils seraient refusés encore, et retiennent les changements faits après eux sur les mêmes dossiers. Un dossier créé et refusé se corrige à l&apos;accueil (F2) ; un autre changement peut être abandonné par l&apos;administrateur du site.</translation>
    </message>
    <message>
        <source>Enregistré le</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Abandonner ce changement…</source>
        <translation>&amp;Abandonner ce changement…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie.</source>
        <translation>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie.</translation>
    </message>
    <message>
        <source>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie. Rien n&apos;a été modifié.</source>
        <translation>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Abandon du changement… (après la fin de la synchronisation en cours, s&apos;il y en a une)</source>
        <translation>Abandon du changement… (après la fin de la synchronisation en cours, s&apos;il y en a une)</translation>
    </message>
</context>
<context>
    <name>sijil::ui::RegistrationForm</name>
    <message>
        <source>Aucune pièce</source>
        <translation>Aucune pièce</translation>
    </message>
    <message>
        <source>CNIE</source>
        <translation>CNIE</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Carte de séjour</source>
        <translation>Carte de séjour</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance</source>
        <translation>Extrait d&apos;acte de naissance</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Conjoint(e)</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Frère</source>
        <translation>Frère</translation>
    </message>
    <message>
        <source>Sœur</source>
        <translation>Sœur</translation>
    </message>
    <message>
        <source>Autre membre de la famille</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <source>Ami(e)</source>
        <translation>Ami(e)</translation>
    </message>
    <message>
        <source>Voisin(e)</source>
        <translation>Voisin(e)</translation>
    </message>
    <message>
        <source>Assuré principal</source>
        <translation>Assuré principal</translation>
    </message>
    <message>
        <source>Modifier le patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>En lettres latines</source>
        <translation>En lettres latines</translation>
    </message>
    <message>
        <source>En lettres arabes</source>
        <translation>En lettres arabes</translation>
    </message>
    <message>
        <source>Type de pièce</source>
        <translation>Type de pièce</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date d&apos;expiration</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Pays de délivrance</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Ville de naissance</source>
        <translation>Ville de naissance</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Préfecture ou province</source>
        <translation>Préfecture ou province</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Son téléphone</source>
        <translation>Son téléphone</translation>
    </message>
    <message>
        <source>Catégorie de prise en charge</source>
        <translation>Catégorie de prise en charge</translation>
    </message>
    <message>
        <source>Régime de couverture</source>
        <translation>Régime de couverture</translation>
    </message>
    <message>
        <source>N° d&apos;immatriculation</source>
        <translation>N° d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Ayant droit de</source>
        <translation>Ayant droit de</translation>
    </message>
    <message>
        <source>Lu sur la pièce d&apos;identité (MRZ)</source>
        <translation>Lu sur la pièce d&apos;identité (MRZ)</translation>
    </message>
    <message>
        <source>06 12 34 56 78 ou +33 6 …</source>
        <translation>06 12 34 56 78 ou +33 6 …</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Tapez pour choisir dans la liste</source>
        <translation>Tapez pour choisir dans la liste</translation>
    </message>
    <message>
        <source>Saisir la MRZ… (Ctrl+M)</source>
        <translation>Saisir la MRZ… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;identité provisoire (Ctrl+S)</source>
        <translation>Enregistrer l&apos;identité provisoire (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuler (Échap)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Année illisible : saisissez quatre chiffres (ex. : 1975).</source>
        <translation>Année illisible : saisissez quatre chiffres (ex. : 1975).</translation>
    </message>
    <message>
        <source>Date illisible : saisissez jj/mm/aaaa, mm/aaaa ou l&apos;année seule.</source>
        <translation>Date illisible : saisissez jj/mm/aaaa, mm/aaaa ou l&apos;année seule.</translation>
    </message>
    <message>
        <source>Date illisible : saisissez jj/mm/aaaa.</source>
        <translation>Date illisible : saisissez jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Le patient n&apos;est pas enregistré : corrigez les champs signalés. Ce que vous avez saisi est conservé.</source>
        <translation>Le patient n&apos;est pas enregistré : corrigez les champs signalés. Ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Aucune session ouverte : reconnectez-vous pour enregistrer. La saisie est conservée.</source>
        <translation>Aucune session ouverte : reconnectez-vous pour enregistrer. La saisie est conservée.</translation>
    </message>
    <message>
        <source>Abandonner la saisie</source>
        <translation>Abandonner la saisie</translation>
    </message>
    <message>
        <source>Ce que vous avez saisi sera perdu. Abandonner la saisie ?</source>
        <translation>Ce que vous avez saisi sera perdu. Abandonner la saisie ?</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Continuer la saisie</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Les champs dont le nom est en italique ont été lus sur la pièce d&apos;identité : vérifiez-les avec le patient.</source>
        <translation>Les champs dont le nom est en italique ont été lus sur la pièce d&apos;identité : vérifiez-les avec le patient.</translation>
    </message>
    <message>
        <source>Lu sur la puce de la pièce d&apos;identité</source>
        <translation>Lu sur la puce de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Les champs dont le nom est en italique ont été lus sur la puce de la pièce d&apos;identité (voir l&apos;info-bulle de chacun).</source>
        <translation>Les champs dont le nom est en italique ont été lus sur la puce de la pièce d&apos;identité (voir l&apos;info-bulle de chacun).</translation>
    </message>
    <message>
        <source>Lire la carte… (%1)</source>
        <translation>Lire la carte… (%1)</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas : vérifiez le jour et le mois (jj/mm/aaaa).</source>
        <translation>Cette date n&apos;existe pas : vérifiez le jour et le mois (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi n&apos;a pas de couverture sociale : un ayant droit bénéficie de celle de son assuré. Choisissez un assuré couvert, ou « Assuré principal » comme qualité.</source>
        <translation>L&apos;assuré choisi n&apos;a pas de couverture sociale : un ayant droit bénéficie de celle de son assuré. Choisissez un assuré couvert, ou « Assuré principal » comme qualité.</translation>
    </message>
    <message>
        <source>Lisez les avertissements signalés, puis enregistrez à nouveau (Ctrl+S ou Entrée).</source>
        <translation>Lisez les avertissements signalés, puis enregistrez à nouveau (Ctrl+S ou Entrée).</translation>
    </message>
    <message>
        <source>%1 : %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Pièce d&apos;une autre identité</source>
        <translation>Pièce d&apos;une autre identité</translation>
    </message>
    <message>
        <source>La pièce lue ne correspond pas au patient IPP %1 ouvert pour correction. Remplacer son identité par celle de la pièce ?</source>
        <translation>La pièce lue ne correspond pas au patient IPP %1 ouvert pour correction. Remplacer son identité par celle de la pièce ?</translation>
    </message>
    <message>
        <source>La pièce lue ne correspond pas à ce qui est saisi. Remplacer par ce qu&apos;elle porte ?</source>
        <translation>La pièce lue ne correspond pas à ce qui est saisi. Remplacer par ce qu&apos;elle porte ?</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Ne rien changer</source>
        <translation>Ne rien changer</translation>
    </message>
    <message>
        <source>Dossier existant ouvert pour correction. Ses champs vides ont reçu votre saisie : %1. Vérifiez puis enregistrez (Ctrl+S), ou abandonnez ces ajouts (Échap).</source>
        <translation>Dossier existant ouvert pour correction. Ses champs vides ont reçu votre saisie : %1. Vérifiez puis enregistrez (Ctrl+S), ou abandonnez ces ajouts (Échap).</translation>
    </message>
    <message>
        <source>Patient n&amp;on identifié (identité provisoire)</source>
        <translation>Patient n&amp;on identifié (identité provisoire)</translation>
    </message>
    <message>
        <source>&amp;Pièce d&apos;identité</source>
        <translation>&amp;Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Identité</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Naissance et nationalité</source>
        <translation>&amp;Naissance et nationalité</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Téléphone et personne à prévenir</source>
        <translation>&amp;Téléphone et personne à prévenir</translation>
    </message>
    <message>
        <source>Prise en &amp;charge</source>
        <translation>Prise en &amp;charge</translation>
    </message>
    <message>
        <source>La correction n&apos;est pas enregistrée : corrigez les champs signalés. Ce que vous avez saisi est conservé.</source>
        <translation>La correction n&apos;est pas enregistrée : corrigez les champs signalés. Ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>Serveur central</translation>
    </message>
    <message>
        <source>Recherche de ce patient au serveur central…</source>
        <translation>Recherche de ce patient au serveur central…</translation>
    </message>
    <message>
        <source>Le patient n&apos;est pas encore enregistré : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour le comparer aux patients de ce poste seulement.</source>
        <translation>Le patient n&apos;est pas encore enregistré : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour le comparer aux patients de ce poste seulement.</translation>
    </message>
    <message>
        <source>&amp;Retour à la saisie</source>
        <translation>&amp;Retour à la saisie</translation>
    </message>
    <message>
        <source>Enregistrer &amp;sans le serveur</source>
        <translation>Enregistrer &amp;sans le serveur</translation>
    </message>
    <message>
        <source>Enregistrement interrompu pendant la recherche au serveur central : la saisie est conservée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>Enregistrement interrompu pendant la recherche au serveur central : la saisie est conservée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S).</translation>
    </message>
    <message>
        <source>La correction n&apos;est pas encore enregistrée : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour la comparer aux patients de ce poste seulement.</source>
        <translation>La correction n&apos;est pas encore enregistrée : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour la comparer aux patients de ce poste seulement.</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1). Vérifiez, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1). Vérifiez, puis enregistrez à nouveau (Ctrl+S).</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture, dans des champs que vous avez modifiés aussi (%1) : votre saisie est gardée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S) pour qu&apos;elle remplace l&apos;autre.</source>
        <translation>Ce dossier a été modifié sur un autre poste depuis son ouverture, dans des champs que vous avez modifiés aussi (%1) : votre saisie est gardée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S) pour qu&apos;elle remplace l&apos;autre.</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1) ; dans des champs que vous avez modifiés aussi (%2), votre saisie est gardée. Vérifiez, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1) ; dans des champs que vous avez modifiés aussi (%2), votre saisie est gardée. Vérifiez, puis enregistrez à nouveau (Ctrl+S).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ce qui a été tapé ou lu pendant la recherche au serveur central n&apos;a pas été pris en compte : saisissez-le ou lisez-le à nouveau.</source>
        <translation>Ce qui a été tapé ou lu pendant la recherche au serveur central n&apos;a pas été pris en compte : saisissez-le ou lisez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SendDialog</name>
    <message>
        <source>Envoyer au PACS</source>
        <translation>Envoyer au PACS</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n image(s) à envoyer</source>
        <translation>
            <numerusform>%1 — %n image à envoyer</numerusform>
            <numerusform>%1 — %n images à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination :</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>non envoyé</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>refusé par le PACS (code %1)</source>
        <translation>refusé par le PACS (code %1)</translation>
    </message>
    <message>
        <source>Envoi annulé : %1 image(s) sur %2 envoyée(s).</source>
        <translation>Envoi annulé : %1 image(s) sur %2 envoyée(s).</translation>
    </message>
    <message>
        <source>%1 image(s) sur %2 envoyée(s) ; les autres sont listées ci-dessous.</source>
        <translation>%1 image(s) sur %2 envoyée(s) ; les autres sont listées ci-dessous.</translation>
    </message>
    <message>
        <source>%1 image(s) envoyée(s) au PACS.</source>
        <translation>%1 image(s) envoyée(s) au PACS.</translation>
    </message>
    <message>
        <source>Ce PACS n&apos;a pas d&apos;adresse DICOMweb : le dossier partagé ne pourrait pas dire où sont les images.</source>
        <translation>Ce PACS n&apos;a pas d&apos;adresse DICOMweb : le dossier partagé ne pourrait pas dire où sont les images.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SeriesTree</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · série %2</source>
        <translation>%1 · série %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sijil::ui::SharedStudiesButton</name>
    <message>
        <source>Dossier partagé</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Examens d&apos;imagerie du patient ouvert, dans le dossier patient partagé</source>
        <translation>Examens d&apos;imagerie du patient ouvert, dans le dossier patient partagé</translation>
    </message>
    <message>
        <source>Aucun patient ouvert : ouvrez-le à l&apos;admission.</source>
        <translation>Aucun patient ouvert : ouvrez-le à l&apos;admission.</translation>
    </message>
    <message>
        <source>Aucun examen d&apos;imagerie dans le dossier partagé.</source>
        <translation>Aucun examen d&apos;imagerie dans le dossier partagé.</translation>
    </message>
    <message>
        <source>date inconnue</source>
        <translation>date inconnue</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(%n image)</numerusform>
            <numerusform>(%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examen(s) sans accès à leurs images (service non indiqué)</source>
        <translation>
            <numerusform>%n examen sans accès à leurs images (service non indiqué)</numerusform>
            <numerusform>%n examens sans accès à leurs images (service non indiqué)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sijil::ui::SignInPage</name>
    <message>
        <source>Sijil</source>
        <translation>Sijil</translation>
    </message>
    <message>
        <source>Dossier patient partagé — poste de travail clinique</source>
        <translation>Dossier patient partagé — poste de travail clinique</translation>
    </message>
    <message>
        <source>Poste autonome (hors réseau)</source>
        <translation>Poste autonome (hors réseau)</translation>
    </message>
    <message>
        <source>Une session verrouillée est ouverte sur ce poste. Si vous vous connectez avec un autre compte, elle sera fermée.</source>
        <translation>Une session verrouillée est ouverte sur ce poste. Si vous vous connectez avec un autre compte, elle sera fermée.</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Se connecter</translation>
    </message>
    <message numerus="yes">
        <source>Réessayez dans %n s</source>
        <translation>
            <numerusform>Réessayez dans %n s</numerusform>
            <numerusform>Réessayez dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sijil::ui::SliceBar</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> im/s</source>
        <translation> im/s</translation>
    </message>
    <message>
        <source>Vitesse de lecture ciné, en images par seconde</source>
        <translation>Vitesse de lecture ciné, en images par seconde</translation>
    </message>
    <message>
        <source>Coupe</source>
        <translation>Coupe</translation>
    </message>
    <message>
        <source>Chargement %1 %</source>
        <translation>Chargement %1 %</translation>
    </message>
</context>
<context>
    <name>sijil::ui::StartupTaskWindow</name>
    <message>
        <source>Temps écoulé : %1 min %2 s</source>
        <translation>Temps écoulé : %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SyncLogDialog</name>
    <message>
        <source>Le journal de synchronisation n&apos;a pas pu être lu.</source>
        <translation>Le journal de synchronisation n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Journal de synchronisation</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) de synchronisation, du plus récent au plus ancien.</source>
        <translation>
            <numerusform>%n cycle de synchronisation, du plus récent au plus ancien.</numerusform>
            <numerusform>%n cycles de synchronisation, du plus récent au plus ancien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SyncMenu</name>
    <message>
        <source>Synchroniser &amp;maintenant</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Aucun serveur central n&apos;est configuré pour ce site.</source>
        <translation>Aucun serveur central n&apos;est configuré pour ce site.</translation>
    </message>
    <message>
        <source>&amp;Conflits…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Journal de synchronisation…</source>
        <translation>&amp;Journal de synchronisation…</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Changements &amp;refusés…</source>
        <translation>Changements &amp;refusés…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ViewerPage</name>
    <message>
        <source>Ouvrir un dossier ou un CD…</source>
        <translation>Ouvrir un dossier ou un CD…</translation>
    </message>
    <message>
        <source>Fenêtre</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Déplacer</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Inverser</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Rotation 90°</source>
        <translation>Rotation 90°</translation>
    </message>
    <message>
        <source>Miroir</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Réinitialiser la vue</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Lecture ciné</source>
        <translation>Lecture ciné</translation>
    </message>
    <message>
        <source>Exporter l&apos;image…</source>
        <translation>Exporter l&apos;image…</translation>
    </message>
    <message>
        <source>%1 (C %2 / L %3)</source>
        <translation>%1 (C %2 / L %3)</translation>
    </message>
    <message>
        <source>Préréglages TDM</source>
        <translation>Préréglages TDM</translation>
    </message>
    <message>
        <source>Annuler la lecture</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Séries</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Ouvrez un dossier, un CD ou une clé USB d&apos;images DICOM (Ctrl+O).</source>
        <translation>Ouvrez un dossier, un CD ou une clé USB d&apos;images DICOM (Ctrl+O).</translation>
    </message>
    <message>
        <source>Ouvrir un dossier, un CD ou une clé USB d&apos;images DICOM</source>
        <translation>Ouvrir un dossier, un CD ou une clé USB d&apos;images DICOM</translation>
    </message>
    <message>
        <source>Exporter l&apos;image affichée</source>
        <translation>Exporter l&apos;image affichée</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;image « %1 ».</source>
        <translation>Impossible d&apos;écrire l&apos;image « %1 ».</translation>
    </message>
    <message>
        <source>%1 fichier(s) ignoré(s) : pas DICOM, en double ou hors du support.</source>
        <translation>%1 fichier(s) ignoré(s) : pas DICOM, en double ou hors du support.</translation>
    </message>
    <message>
        <source>Cerveau</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <source>Sous-dural</source>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <source>Poumon</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Médiastin</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Foie</source>
        <translation>Foie</translation>
    </message>
    <message>
        <source>Os</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Ouvrir un fichier ou une archive ZIP…</source>
        <translation>Ouvrir un fichier ou une archive ZIP…</translation>
    </message>
    <message>
        <source>Ouvrir un fichier DICOM, un DICOMDIR ou une archive ZIP</source>
        <translation>Ouvrir un fichier DICOM, un DICOMDIR ou une archive ZIP</translation>
    </message>
    <message>
        <source>Images DICOM et archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;Tous les fichiers (*)</source>
        <translation>Images DICOM et archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Région rectangle</source>
        <translation>Région rectangle</translation>
    </message>
    <message>
        <source>Région ellipse</source>
        <translation>Région ellipse</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Image clé</source>
        <translation>Image clé</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>PACS…</source>
        <translation>PACS…</translation>
    </message>
    <message>
        <source>Aucun PACS n&apos;est configuré pour ce site (site.json, « pacs »).</source>
        <translation>Aucun PACS n&apos;est configuré pour ce site (site.json, « pacs »).</translation>
    </message>
    <message>
        <source>Envoyer l&apos;examen au PACS…</source>
        <translation>Envoyer l&apos;examen au PACS…</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Une image (1×1)</source>
        <translation>Une image (1×1)</translation>
    </message>
    <message>
        <source>Deux images (1×2)</source>
        <translation>Deux images (1×2)</translation>
    </message>
    <message>
        <source>Quatre images (2×2)</source>
        <translation>Quatre images (2×2)</translation>
    </message>
    <message>
        <source>Défilement synchronisé (même référentiel)</source>
        <translation>Défilement synchronisé (même référentiel)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Nombre d&apos;images côte à côte et défilement synchronisé</source>
        <translation>Nombre d&apos;images côte à côte et défilement synchronisé</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Mot de passe DICOMweb</source>
        <translation>Mot de passe DICOMweb</translation>
    </message>
    <message>
        <source>Mot de passe du compte « %1 » sur %2 :</source>
        <translation>Mot de passe du compte « %1 » sur %2 :</translation>
    </message>
    <message>
        <source>Aucun patient ouvert.</source>
        <translation>Aucun patient ouvert.</translation>
    </message>
    <message>
        <source>Ajouter cet examen au dossier partagé de %1 %2 (le support indique : %3, ID %4)</source>
        <translation>Ajouter cet examen au dossier partagé de %1 %2 (le support indique : %3, ID %4)</translation>
    </message>
    <message>
        <source>L&apos;examen figure dans le dossier partagé du patient.</source>
        <translation>L&apos;examen figure dans le dossier partagé du patient.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::Viewport</name>
    <message>
        <source>calcul…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>Moy. %1 ± %2%3</source>
        <translation>Moy. %1 ± %2%3</translation>
    </message>
    <message>
        <source>Min %1 / Max %2%3</source>
        <translation>Min %1 / Max %2%3</translation>
    </message>
    <message>
        <source>Aire %1 mm²</source>
        <translation>Aire %1 mm²</translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n pixel</numerusform>
            <numerusform>%n pixels</numerusform>
        </translation>
    </message>
    <message>
        <source>Série %1 %2</source>
        <translation>Série %1 %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <translation>Image %1 / %2</translation>
    </message>
    <message>
        <source>★ Image clé</source>
        <translation>★ Image clé</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>Position %1 mm</translation>
    </message>
    <message>
        <source>C %1 / L %2</source>
        <translation>C %1 / L %2</translation>
    </message>
    <message>
        <source>LUT VOI : %1</source>
        <translation>LUT VOI : %1</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>sijil::ui::Workspace</name>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Recherche et enregistrement des patients dans le référentiel national, lecture de la carte d&apos;identité, étiquettes.</source>
        <translation>Recherche et enregistrement des patients dans le référentiel national, lecture de la carte d&apos;identité, étiquettes.</translation>
    </message>
    <message>
        <source>Dossier patient</source>
        <translation>Dossier patient</translation>
    </message>
    <message>
        <source>Le dossier patient partagé : consultations, problèmes, observations, documents et imagerie du patient ouvert.</source>
        <translation>Le dossier patient partagé : consultations, problèmes, observations, documents et imagerie du patient ouvert.</translation>
    </message>
    <message>
        <source>Imagerie</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Visionneuse DICOM et échanges avec le PACS : recherche, récupération, envoi d&apos;examens, import depuis un CD ou une clé USB.</source>
        <translation>Visionneuse DICOM et échanges avec le PACS : recherche, récupération, envoi d&apos;examens, import depuis un CD ou une clé USB.</translation>
    </message>
    <message>
        <source>Télé-expertise</source>
        <translation>Télé-expertise</translation>
    </message>
    <message>
        <source>Demander l&apos;avis d&apos;un spécialiste à distance, images et données jointes, et répondre aux demandes reçues.</source>
        <translation>Demander l&apos;avis d&apos;un spécialiste à distance, images et données jointes, et répondre aux demandes reçues.</translation>
    </message>
    <message>
        <source>Téléconsultation</source>
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <source>Consultation vidéo entre le patient, l&apos;infirmier du centre et un médecin à distance, avec les dispositifs médicaux connectés.</source>
        <translation>Consultation vidéo entre le patient, l&apos;infirmier du centre et un médecin à distance, avec les dispositifs médicaux connectés.</translation>
    </message>
    <message>
        <source>Espaces de travail</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
</TS>
