<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>sijil::access::AccountService</name>
    <message>
        <source>Le mot de passe doit compter au moins %1 caractères.</source>
        <translation>The password must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>Le mot de passe est trop long (256 caractères au plus).</source>
        <translation>The password is too long (256 characters at most).</translation>
    </message>
    <message>
        <source>Le mot de passe ne doit pas contenir l&apos;identifiant.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <source>Ce mot de passe est trop facile à deviner. Choisissez une phrase ou un mélange moins prévisible.</source>
        <translation>This password is too easy to guess. Choose a phrase or a less predictable mix.</translation>
    </message>
    <message>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>The username is required.</translation>
    </message>
    <message>
        <source>L&apos;identifiant doit compter de 3 à 32 caractères : lettres minuscules sans accent, chiffres, point, tiret ou trait de soulignement, et commencer par une lettre ou un chiffre.</source>
        <translation>The username must be 3 to 32 characters long: unaccented lowercase letters, digits, dots, hyphens or underscores, and must start with a letter or a digit.</translation>
    </message>
    <message>
        <source>Le nom complet est obligatoire.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Choisissez au moins un rôle.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà utilisé.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <source>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante ?).</source>
        <translation>The password could not be protected (out of memory?).</translation>
    </message>
    <message>
        <source>Ce poste a déjà un administrateur.</source>
        <translation>This workstation already has an administrator.</translation>
    </message>
    <message>
        <source>Aucun compte ne porte cet identifiant.</source>
        <translation>No account has this username.</translation>
    </message>
    <message>
        <source>C&apos;est le dernier administrateur actif du site : il ne peut pas être désactivé.</source>
        <translation>This is the last active site administrator: the account cannot be disabled.</translation>
    </message>
</context>
<context>
    <name>sijil::access::LocalAuthenticator</name>
    <message>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message numerus="yes">
        <source>Trop de tentatives échouées. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saisissez votre identifiant.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Adressez-vous à l&apos;administrateur du site.</source>
        <translation>This account is disabled. Contact the site administrator.</translation>
    </message>
</context>
<context>
    <name>sijil::access::Role</name>
    <message>
        <source>Agent d&apos;accueil</source>
        <translation>Admission clerk</translation>
    </message>
    <message>
        <source>Infirmier·ère</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Médecin</source>
        <translation>Physician</translation>
    </message>
    <message>
        <source>Médecin spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Radiologue</source>
        <translation>Radiologist</translation>
    </message>
    <message>
        <source>Administrateur du site</source>
        <translation>Site administrator</translation>
    </message>
</context>
<context>
    <name>sijil::app::Commands</name>
    <message>
        <source>usage : sijilctl config show</source>
        <translation>usage: sijilctl config show</translation>
    </message>
    <message>
        <source>commande inconnue : %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>pas de terminal pour saisir le mot de passe : utilisez --password-stdin.</source>
        <translation>no terminal to type the password in: use --password-stdin.</translation>
    </message>
    <message>
        <source>Mot de passe : </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>les deux mots de passe diffèrent.</source>
        <translation>the two passwords do not match.</translation>
    </message>
    <message>
        <source>usage : sijilctl users list [--json]</source>
        <translation>usage: sijilctl users list [--json]</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>usage : sijilctl users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE] [--password-stdin]</source>
        <translation>usage: sijilctl users add USERNAME --name NAME --role ROLE[,ROLE...] [--facility CODE] [--password-stdin]</translation>
    </message>
    <message>
        <source>rôle inconnu : %1</source>
        <translation>unknown role: %1</translation>
    </message>
    <message>
        <source>Compte « %1 » créé.</source>
        <translation>Account “%1” created.</translation>
    </message>
    <message>
        <source>usage : sijilctl users disable IDENTIFIANT</source>
        <translation>usage: sijilctl users disable USERNAME</translation>
    </message>
    <message>
        <source>usage : sijilctl users enable IDENTIFIANT</source>
        <translation>usage: sijilctl users enable USERNAME</translation>
    </message>
    <message>
        <source>Compte « %1 » désactivé.</source>
        <translation>Account “%1” disabled.</translation>
    </message>
    <message>
        <source>Compte « %1 » réactivé.</source>
        <translation>Account “%1” re-enabled.</translation>
    </message>
    <message>
        <source>usage : sijilctl users passwd IDENTIFIANT [--password-stdin]</source>
        <translation>usage: sijilctl users passwd USERNAME [--password-stdin]</translation>
    </message>
    <message>
        <source>Mot de passe de « %1 » changé.</source>
        <translation>Password of “%1” changed.</translation>
    </message>
    <message>
        <source>usage : sijilctl users list|add|disable|enable|passwd …</source>
        <translation>usage: sijilctl users list|add|disable|enable|passwd …</translation>
    </message>
    <message>
        <source>sous-commande inconnue : users %1</source>
        <translation>unknown subcommand: users %1</translation>
    </message>
    <message>
        <source>« version » ne prend pas d&apos;argument.</source>
        <translation>“version” takes no arguments.</translation>
    </message>
    <message>
        <source>schéma de la base locale : %1</source>
        <translation>local database schema: %1</translation>
    </message>
    <message>
        <source>entrée modifiée</source>
        <translation>entry modified</translation>
    </message>
    <message>
        <source>entrée supprimée</source>
        <translation>entry deleted</translation>
    </message>
    <message>
        <source>fin du journal supprimée</source>
        <translation>end of the log deleted</translation>
    </message>
    <message>
        <source>repère de fin du journal modifié ou supprimé</source>
        <translation>end-of-log marker modified or deleted</translation>
    </message>
    <message>
        <source>journal d&apos;audit altéré à l&apos;entrée %1 : %2</source>
        <translation>audit log tampered with at entry %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal d&apos;audit intact : %n entrée(s) vérifiée(s).</source>
        <translation>
            <numerusform>Audit log intact: %n entry verified.</numerusform>
            <numerusform>Audit log intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>--after attend un numéro d&apos;entrée.</source>
        <translation>--after expects an entry number.</translation>
    </message>
    <message>
        <source>usage : sijilctl audit export [--after N]</source>
        <translation>usage: sijilctl audit export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl store stats|check</source>
        <translation>usage: sijilctl store stats|check</translation>
    </message>
    <message>
        <source>Base locale : %1</source>
        <translation>Local database: %1</translation>
    </message>
    <message>
        <source>Schéma : %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Taille : %1 octets (journal WAL : %2 octets)</source>
        <translation>Size: %1 bytes (WAL journal: %2 bytes)</translation>
    </message>
    <message>
        <source>corrigez le fichier de configuration du site ou indiquez --facility.</source>
        <translation>fix the site configuration file or give --facility.</translation>
    </message>
    <message>
        <source>Base locale intacte (schéma %1).</source>
        <translation>Local store intact (schema %1).</translation>
    </message>
    <message>
        <source>Confirmez le mot de passe : </source>
        <translation>Confirm the password: </translation>
    </message>
    <message>
        <source>aucun serveur central n&apos;est configuré pour ce site (centralServer.url).</source>
        <translation>no central server is configured for this site (centralServer.url).</translation>
    </message>
    <message>
        <source>Envoyés : %1 ; reçus : %2 ; inchangés : %3 ; conflits : %4 ; en attente : %5</source>
        <translation>Sent: %1; received: %2; unchanged: %3; conflicts: %4; pending: %5</translation>
    </message>
    <message>
        <source>usage : sijilctl sync log [NOMBRE]</source>
        <translation>usage: sijilctl sync log [NUMBER]</translation>
    </message>
    <message>
        <source>réussie</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>échouée</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>envoyés %1, reçus %2, conflits %3, en attente %4</source>
        <translation>sent %1, received %2, conflicts %3, pending %4</translation>
    </message>
    <message>
        <source>usage : sijilctl sync [--pull TYPE]... | sijilctl sync log [NOMBRE]</source>
        <translation>usage: sijilctl sync [--pull TYPE]... | sijilctl sync log [NUMBER]</translation>
    </message>
    <message>
        <source>usage : sijilctl patient search TEXTE [--json]</source>
        <translation>usage: sijilctl patient search TEXT [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) trouvé(s).</source>
        <translation>
            <numerusform>%n patient found.</numerusform>
            <numerusform>%n patients found.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl patient show IPP|ID</source>
        <translation>usage: sijilctl patient show IPP|ID</translation>
    </message>
    <message>
        <source>aucun patient pour « %1 »</source>
        <translation>no patient for “%1”</translation>
    </message>
    <message>
        <source>ligne %1 (%2) : %3</source>
        <translation>line %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 patient(s) importé(s), %2 refusé(s).</source>
        <translation>%1 patient(s) imported, %2 rejected.</translation>
    </message>
    <message>
        <source>usage : sijilctl patient search|show|import</source>
        <translation>usage: sijilctl patient search|show|import</translation>
    </message>
    <message>
        <source>usage : sijilctl refdata import communes FICHIER.csv</source>
        <translation>usage: sijilctl refdata import communes FILE.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) importée(s).</source>
        <translation>
            <numerusform>%n commune imported.</numerusform>
            <numerusform>%n communes imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl ipp add-block PREMIER DERNIER</source>
        <translation>usage: sijilctl ipp add-block FIRST LAST</translation>
    </message>
    <message>
        <source>un IPP a neuf chiffres au plus : %1 est trop grand</source>
        <translation>an IPP has at most nine digits: %1 is too large</translation>
    </message>
    <message>
        <source>Plage %1 à %2 enregistrée.</source>
        <translation>Range %1 to %2 registered.</translation>
    </message>
    <message>
        <source>restants : %1</source>
        <translation>remaining: %1</translation>
    </message>
    <message>
        <source>IPP disponibles : %1</source>
        <translation>IPPs available: %1</translation>
    </message>
    <message>
        <source>usage : sijilctl ipp add-block PREMIER DERNIER | ipp status</source>
        <translation>usage: sijilctl ipp add-block FIRST LAST | ipp status</translation>
    </message>
    <message>
        <source>doublon</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>doublon possible</source>
        <translation>possible duplicate</translation>
    </message>
    <message numerus="yes">
        <source>%n paire(s) à examiner.</source>
        <translation>
            <numerusform>%n pair to review.</numerusform>
            <numerusform>%n pairs to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl mrz check &quot;LIGNES&quot; [--json]</source>
        <translation>usage: sijilctl mrz check &quot;LINES&quot; [--json]</translation>
    </message>
    <message>
        <source>MRZ valide (%1).</source>
        <translation>Valid MRZ (%1).</translation>
    </message>
    <message>
        <source>usage : sijilctl card readers [--json]</source>
        <translation>usage: sijilctl card readers [--json]</translation>
    </message>
    <message>
        <source>Aucun lecteur de cartes branché.</source>
        <translation>No card reader connected.</translation>
    </message>
    <message>
        <source>carte présente</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>pas de carte</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>usage : sijilctl card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</source>
        <translation>usage: sijilctl card read --can NUMBER | --mrz &quot;LINES&quot; [--reader NAME]</translation>
    </message>
    <message>
        <source>Aucune carte dans les lecteurs.</source>
        <translation>No card in the readers.</translation>
    </message>
    <message>
        <source>usage : sijilctl card readers [--json] | card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</source>
        <translation>usage: sijilctl card readers [--json] | card read --can NUMBER | --mrz &quot;LINES&quot; [--reader NAME]</translation>
    </message>
    <message>
        <source>Ajouté : %1 (valable jusqu&apos;au %2)</source>
        <translation>Added: %1 (valid until %2)</translation>
    </message>
    <message>
        <source>Certificats CSCA ajoutés : %1 ; déjà présents : %2</source>
        <translation>CSCA certificates added: %1; already present: %2</translation>
    </message>
    <message>
        <source>Certificats écartés (pas une autorité de certification) : %1</source>
        <translation>Certificates rejected (not a certification authority): %1</translation>
    </message>
    <message>
        <source>Aucun certificat CSCA de confiance (%1).</source>
        <translation>No trusted CSCA certificate (%1).</translation>
    </message>
    <message>
        <source>usage : sijilctl trust import FICHIER | trust list [--json]</source>
        <translation>usage: sijilctl trust import FILE | trust list [--json]</translation>
    </message>
    <message>
        <source>Import : %1/%2 patient(s) écrit(s) (%3 %)</source>
        <translation>Import: %1/%2 patient(s) written (%3 %)</translation>
    </message>
    <message>
        <source>import interrompu (Ctrl+C) : les %1 patient(s) écrit(s) sont gardés, les suivants n&apos;ont pas été importés.</source>
        <translation>import interrupted (Ctrl+C): the %1 patient(s) written are kept, the rest were not imported.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;image PNG « %1 ».</source>
        <translation>Cannot write the PNG image “%1”.</translation>
    </message>
    <message>
        <source>plus de %1 études : seules les %1 premières sont affichées, précisez la recherche.</source>
        <translation>more than %1 studies: only the first %1 are shown, narrow the search.</translation>
    </message>
    <message>
        <source>usage : sijilctl dicom info FICHIER|DOSSIER|DICOMDIR|ZIP | dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png</source>
        <translation>usage: sijilctl dicom info FILE|FOLDER|DICOMDIR|ZIP | dicom render FILE [--frame N] [--wl CENTRE,WIDTH] [--invert] -o OUTPUT.png</translation>
    </message>
    <message>
        <source>%1 image(s) non transmise(s) par le PACS.</source>
        <translation>%1 image(s) not sent by the PACS.</translation>
    </message>
    <message>
        <source>%1 images, %2 Mo reçus</source>
        <translation>%1 images, %2 MB received</translation>
    </message>
    <message>
        <source>usage : sijilctl pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] | pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs store (connexion) FICHIER... | pacs get (connexion) (--study|--series|--instance UID)... -o DOSSIER | pacs move (connexion) (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o DOSSIER] | pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S] --study UID [--series UID] -o DOSSIER</source>
        <translation>usage: sijilctl pacs echo --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S] | pacs find --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S] [--patient-id ID] [--name NAME] [--date YYYYMMDD[-YYYYMMDD]] [--modality MOD] [--accession NUMBER] [--limit N] | pacs store (connection) FILE... | pacs get (connection) (--study|--series|--instance UID)... -o FOLDER | pacs move (connection) (--study|--series|--instance UID)... --dest TITLE [--listen PORT -o FOLDER] | pacs qido --url URL [--user NAME [--password-stdin]] [--timeout S] [--patient-id ID] [--name NAME] [--date YYYYMMDD[-YYYYMMDD]] [--modality MOD] [--accession NUMBER] [--limit N] | pacs wado --url URL [--user NAME [--password-stdin]] [--timeout S] --study UID [--series UID] -o FOLDER</translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) possible(s) mis en file d&apos;examen : voyez « sijilctl dedup list ».</source>
        <translation>
            <numerusform>%n possible duplicate queued for review: see « sijilctl dedup list ».</numerusform>
            <numerusform>%n possible duplicates queued for review: see « sijilctl dedup list ».</numerusform>
        </translation>
    </message>
    <message>
        <source>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à la ligne %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</source>
        <translation>import stopped: %1 patient(s) written, up to line %2; the rest of the file was not imported. Cause: %3</translation>
    </message>
    <message numerus="yes">
        <source>la base locale est endommagée (%n anomalie(s)). Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</source>
        <translation>
            <numerusform>the local store is damaged (%n problem). Stop Sijil on this workstation, keep a copy of the data folder, then restore the latest backup or call support; data already sent to the central server will be synchronised again.</numerusform>
            <numerusform>the local store is damaged (%n problems). Stop Sijil on this workstation, keep a copy of the data folder, then restore the latest backup or call support; data already sent to the central server will be synchronised again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Détail technique (SQLite) :</source>
        <translation>Technical detail (SQLite):</translation>
    </message>
    <message>
        <source>entrée %1 (%2) : %3</source>
        <translation>entry %1 (%2): %3</translation>
    </message>
    <message>
        <source>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à l&apos;entrée %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</source>
        <translation>import stopped: %1 patient(s) written, up to entry %2; the rest of the file was not imported. Cause: %3</translation>
    </message>
    <message>
        <source>Détail technique : %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>usage : sijilctl patient import FICHIER.csv|FICHIER.json [--keep-duplicates]</source>
        <translation>usage: sijilctl patient import FILE.csv|FILE.json [--keep-duplicates]</translation>
    </message>
    <message>
        <source>entrée %1 : %2</source>
        <translation>entry %1: %2</translation>
    </message>
    <message>
        <source>ligne %1 : %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Recherche des patients déjà enregistrés : %1/%2 (%3 %)</source>
        <translation>Looking for patients already registered: %1/%2 (%3 %)</translation>
    </message>
    <message>
        <source>import interrompu (Ctrl+C) avant toute écriture : rien n&apos;a été importé.</source>
        <translation>import interrupted (Ctrl+C) before anything was written: nothing was imported.</translation>
    </message>
    <message>
        <source>%1 Première occurrence : entrée %2.</source>
        <translation>%1 First seen: entry %2.</translation>
    </message>
    <message>
        <source>%1 Première occurrence : ligne %2.</source>
        <translation>%1 First seen: line %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) refusée(s) par le serveur central : elles restent en attente, avec les suivantes du même élément, et seront proposées de nouveau.</source>
        <translation>
            <numerusform>%n change refused by the central server: it stays pending, with the later changes to the same item, and will be offered again.</numerusform>
            <numerusform>%n changes refused by the central server: they stay pending, with the later changes to the same items, and will be offered again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) ne correspond(ent) plus à la copie reçue par le serveur central : %1</source>
        <translation>
            <numerusform>%n entry no longer matches the copy the central server received: %1</numerusform>
            <numerusform>%n entries no longer match the copy the central server received: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) marquée(s) comme envoyée(s) sans copie sur le serveur central (numéro ou date modifiés, ou copie supprimée) : %1</source>
        <translation>
            <numerusform>%n entry marked as sent has no copy on the central server (number or time changed, or copy deleted): %1</numerusform>
            <numerusform>%n entries marked as sent have no copy on the central server (number or time changed, or copy deleted): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conformes à la copie du serveur central : %n entrée(s).</source>
        <translation>
            <numerusform>Matching the central server&apos;s copy: %n entry.</numerusform>
            <numerusform>Matching the central server&apos;s copy: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Envoyées avant l&apos;empreinte, non comparables : %n entrée(s).</source>
        <translation>
            <numerusform>Sent before fingerprints, not comparable: %n entry.</numerusform>
            <numerusform>Sent before fingerprints, not comparable: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify [--server]|export [--after N]</source>
        <translation>usage: sijilctl audit verify [--server]|export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify [--server]</source>
        <translation>usage: sijilctl audit verify [--server]</translation>
    </message>
    <message>
        <source>centralServer : %1 (%2)</source>
        <translation>centralServer: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) de ce poste sur le serveur central, plus récente(s) que la dernière envoyée encore présente ici : fin du journal supprimée (%1)</source>
        <translation>
            <numerusform>%n entry of this workstation on the central server is newer than the last one sent still here: the end of the log was removed (%1)</numerusform>
            <numerusform>%n entries of this workstation on the central server are newer than the last one sent still here: the end of the log was removed (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modifiées depuis sur le serveur central, sans première version lisible, non comparables : %n entrée(s) (%1).</source>
        <translation>
            <numerusform>Changed on the central server since, with no readable first version, not comparable: %n entry (%1).</numerusform>
            <numerusform>Changed on the central server since, with no readable first version, not comparable: %n entries (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>la base locale est au schéma %1 : elle sera mise à niveau au prochain démarrage de Sijil. Démarrez Sijil sur ce poste, puis relancez la commande.</source>
        <translation>the local store is at schema %1: it will be upgraded the next time Sijil starts. Start Sijil on this workstation, then run the command again.</translation>
    </message>
    <message>
        <source>Base locale intacte (schéma %1, sera mis à niveau au prochain démarrage de Sijil).</source>
        <translation>Local store intact (schema %1, will be upgraded the next time Sijil starts).</translation>
    </message>
    <message>
        <source>Schéma : %1 (sera mis à niveau au prochain démarrage de Sijil)</source>
        <translation>Schema: %1 (will be upgraded the next time Sijil starts)</translation>
    </message>
    <message>
        <source>vérification incomplète : le serveur central a plus d&apos;événements de ce poste que la vérification n&apos;en parcourt ; les suivants n&apos;ont pas été comparés.</source>
        <translation>incomplete check: the central server holds more events from this workstation than the check looks through; those beyond were not compared.</translation>
    </message>
    <message>
        <source>la clé du journal ne correspond pas à ce journal : restaurez la clé d&apos;origine depuis la sauvegarde du poste</source>
        <translation>the log key does not match this log: restore the original key from the workstation&apos;s backup</translation>
    </message>
    <message>
        <source>entrée remplacée (fin du journal supprimée puis réécrite)</source>
        <translation>entry replaced (end of the log deleted, then written anew)</translation>
    </message>
    <message>
        <source>entrées supprimées ou repère de fin du journal modifié, constaté le %1 et consigné à cette entrée</source>
        <translation>entries deleted or end-of-log marker altered, found on %1 and recorded at this entry</translation>
    </message>
    <message>
        <source>entrée %1 (%2) : avertissement : %3</source>
        <translation>entry %1 (%2): warning: %3</translation>
    </message>
    <message>
        <source>ligne %1 (%2) : avertissement : %3</source>
        <translation>line %1 (%2): warning: %3</translation>
    </message>
    <message>
        <source>%1 entrée(s) ni Patient ni Coverage, non importée(s) : %2.</source>
        <translation>%1 entry(ies) neither Patient nor Coverage, not imported: %2.</translation>
    </message>
    <message>
        <source>dossier %1 non comparé : %2 (%3)</source>
        <translation>record %1 not compared: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) illisible(s) non comparé(s) : la base locale est endommagée.</source>
        <translation>
            <numerusform>%n unreadable record not compared: the local database is damaged.</numerusform>
            <numerusform>%n unreadable records not compared: the local database is damaged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recherche des doublons : %1/%2 patient(s) (%3 %), %4 patient(s)/s, fin dans %5</source>
        <translation>Duplicate search: %1/%2 patient(s) (%3 %), %4 patient(s)/s, done in %5</translation>
    </message>
    <message>
        <source>reprise de la recherche commencée le %1 : %2 patient(s) déjà comparé(s) (--restart pour tout recommencer).</source>
        <translation>resuming the search started on %1: %2 patient(s) already compared (--restart to start over).</translation>
    </message>
    <message>
        <source>recherche arrêtée après %1 patient(s) sur %2 : relancez « sijilctl dedup scan » pour la poursuivre.</source>
        <translation>search stopped after %1 of %2 patient(s): run « sijilctl dedup scan » again to go on.</translation>
    </message>
    <message>
        <source>usage : sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list [--json]</source>
        <translation>usage: sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list [--json]</translation>
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
        <translation>Usage: sijilctl [--data-dir DIRECTORY] [--site-config FILE] COMMAND [ARGUMENTS]

Commands:
  version                         Sijil and local database schema versions
  users list [--json]             local accounts
  users add USERNAME --name NAME --role ROLE[,ROLE...] [--facility CODE]
            [--password-stdin]    creates an account (password prompted otherwise)
  users disable USERNAME          disables an account
  users enable USERNAME           re-enables an account
  users passwd USERNAME [--password-stdin]
                                  changes the password
  config show                     effective site configuration (JSON)
  store stats                     size and contents of the local database
  store check                     checks the integrity of the local database
  audit verify [--server]         verifies the audit log chain (and, with --server,
                                  its sent entries against their copy on the central server)
  audit export [--after N]        exports the audit log (JSON, one entry per line)
  sync [--pull TYPE]...           one synchronisation cycle with the central server
  sync log [NUMBER]               latest synchronisation cycles
  patient search TEXT [--json]    search (IPP, CNIE, phone, names, date)
  patient show IPP|ID             patient&apos;s record (FHIR resources)
  patient import FILE [--keep-duplicates]
                                  imports a registry (CSV or FHIR Bundle); a patient
                                  already registered is refused, or kept and queued
                                  for review with --keep-duplicates
  refdata import communes FILE    imports the list of communes (CSV)
  ipp add-block FIRST LAST        registers a range of IPPs reserved for the site
  ipp status                      IPP ranges and remaining numbers
  dedup scan [--json] [--restart] [--limit N]
                                  flags possible duplicates in the registry and queues them for review;
                                  resumes an interrupted scan (unless --restart)
  dedup list [--json]             pairs awaiting review, most likely first
  trust import FILE               adds a CSCA certificate or a CSCA master list
  trust list [--json]             trusted CSCA certificates (document chips)
  card readers [--json]           card readers and cards present
  card read --can NUMBER | --mrz LINES [--reader NAME]
                                  reads the chip of an identity document (JSON)
  mrz check LINES [--json]        checks an MRZ and its check digits
  dicom info FILE                 attributes of a DICOM image (JSON)
  dicom info FOLDER|DICOMDIR|ZIP  patients, studies, series and images of a medium (JSON)
  dicom render FILE [--frame N] [--wl CENTRE,WIDTH] [--invert] -o OUTPUT.png
                                  renders a DICOM image as PNG (the file&apos;s window by default)
  pacs echo --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S]
                                  checks the DICOM connection to a PACS (C-ECHO)
  pacs find --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S]
            [--patient-id ID] [--name NAME] [--date YYYYMMDD[-YYYYMMDD]]
            [--modality MOD] [--accession NUMBER] [--limit N]
                                  searches studies on a PACS (C-FIND, JSON)
  pacs store --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S]
             FILE...
                                  sends DICOM files to the PACS (C-STORE, JSON)
  pacs get --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S]
           (--study|--series|--instance UID)... -o FOLDER
                                  retrieves images from the PACS (C-GET, JSON)
  pacs move --aet TITLE --host HOST --port PORT [--calling TITLE] [--timeout S]
            (--study|--series|--instance UID)... --dest TITLE [--listen PORT -o FOLDER]
                                  has images sent to an AE title (C-MOVE);
                                  with --listen, Sijil receives them itself (JSON)
  pacs qido --url URL [--user NAME [--password-stdin]] [--timeout S]
            [--patient-id ID] [--name NAME] [--date YYYYMMDD[-YYYYMMDD]]
            [--modality MOD] [--accession NUMBER] [--limit N]
                                  searches studies over DICOMweb (QIDO-RS, JSON)
  pacs wado --url URL [--user NAME [--password-stdin]] [--timeout S]
            --study UID [--series UID] -o FOLDER
                                  downloads a study or a series (WADO-RS)

Roles: admission-clerk, nurse, physician, specialist, radiologist, site-admin
</translation>
    </message>
    <message>
        <source>Mise à jour de l&apos;index de recherche des patients (après une mise à jour de Sijil) ; Ctrl+C l&apos;interrompt, elle reprendra à la commande suivante.</source>
        <translation>Updating the patient search index (after a Sijil update); Ctrl+C stops it, and it resumes with the next command.</translation>
    </message>
    <message>
        <source>Index de recherche : %1/%2 dossier(s)</source>
        <translation>Search index: %1/%2 record(s)</translation>
    </message>
    <message>
        <source>mise à jour de l&apos;index de recherche interrompue : relancez la commande pour la poursuivre.</source>
        <translation>search index update interrupted: run the command again to continue it.</translation>
    </message>
    <message>
        <source>Vérification de toute la base locale avant sa conversion pour cette version de Sijil…</source>
        <translation>Checking the whole local database before converting it for this version of Sijil…</translation>
    </message>
    <message>
        <source>Conversion de la base locale : étape %1 sur %2</source>
        <translation>Converting the local database: step %1 of %2</translation>
    </message>
</context>
<context>
    <name>sijil::app::CompositionRoot</name>
    <message>
        <source>Sijil, poste de travail clinique du dossier patient partagé.</source>
        <translation>Sijil, the clinical workstation for the shared patient record.</translation>
    </message>
    <message>
        <source>Dossier des données locales (base, journaux).</source>
        <translation>Local data directory (database, logs).</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Fichier de configuration du site (JSON).</source>
        <translation>Site configuration file (JSON).</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr, ar ou en.</source>
        <translation>Interface language: fr, ar or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>Cannot create the local data directory “%1”.</translation>
    </message>
    <message>
        <source>Sijil démarre avec la configuration par défaut (poste autonome, hors réseau). Prévenez l&apos;administrateur du site.</source>
        <translation>Sijil is starting with the default configuration (standalone workstation, offline). Inform the site administrator.</translation>
    </message>
    <message>
        <source>Préparation de la recherche des patients… %1 %</source>
        <translation>Preparing the patient search… %1 %</translation>
    </message>
    <message>
        <source>La recherche des patients est incomplète : %1 Redémarrez Sijil ; si cela persiste, prévenez l&apos;administrateur.</source>
        <translation>The patient search is incomplete: %1 Restart Sijil; if this persists, tell the administrator.</translation>
    </message>
    <message>
        <source>Mise à jour de la recherche des patients… %1 %</source>
        <translation>Updating the patient search… %1 %</translation>
    </message>
</context>
<context>
    <name>sijil::app::CtlContext</name>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>Cannot create the local data directory “%1”.</translation>
    </message>
    <message>
        <source>Aucune base locale dans « %1 » : vérifiez le dossier des données (--data-dir).</source>
        <translation>No local store in « %1 »: check the data folder (--data-dir).</translation>
    </message>
    <message>
        <source>La clé du journal d&apos;audit est introuvable (« %1 ») : le journal ne peut pas être vérifié. Restaurez la clé depuis la sauvegarde du poste.</source>
        <translation>The audit log key is missing (« %1 »): the log cannot be verified. Restore the key from the workstation&apos;s backup.</translation>
    </message>
</context>
<context>
    <name>sijil::app::StoreUpgrade</name>
    <message>
        <source>Mise à jour de la base locale de Sijil</source>
        <translation>Updating Sijil&apos;s local database</translation>
    </message>
    <message>
        <source>Vérification de toute la base avant sa conversion…</source>
        <translation>Checking the whole database before converting it…</translation>
    </message>
    <message>
        <source>Conversion : étape %1 sur %2</source>
        <translation>Converting: step %1 of %2</translation>
    </message>
    <message>
        <source>Sijil convertit la base locale pour cette version, après l&apos;avoir vérifiée entière si la conversion le demande. Sur un grand registre, cela peut prendre plusieurs minutes ; Sijil s&apos;ouvrira ensuite. Si le poste s&apos;arrête entre-temps, la mise à jour reprendra au prochain démarrage, sans perte.</source>
        <translation>Sijil is converting the local database for this version, after checking all of it if the conversion requires it. On a large register this can take several minutes; Sijil opens afterwards. If the computer stops meanwhile, the update resumes at the next start, with nothing lost.</translation>
    </message>
</context>
<context>
    <name>sijil::core::SiteConfig</name>
    <message>
        <source>Le fichier de configuration du site « %1 » est invalide : %2</source>
        <translation>The site configuration file “%1” is invalid: %2</translation>
    </message>
    <message>
        <source>le champ « %1 » doit être %2</source>
        <translation>the field “%1” must be %2</translation>
    </message>
    <message>
        <source>Champ inconnu ignoré : « %1 »</source>
        <translation>Unknown field ignored: “%1”</translation>
    </message>
    <message>
        <source>un objet JSON</source>
        <translation>a JSON object</translation>
    </message>
    <message>
        <source>une chaîne de caractères</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier de configuration du site « %1 » : %2</source>
        <translation>Cannot read the site configuration file “%1”: %2</translation>
    </message>
    <message>
        <source>le fichier dépasse 1 Mo</source>
        <translation>the file is larger than 1 MB</translation>
    </message>
    <message>
        <source>JSON mal formé à la ligne:colonne %1</source>
        <translation>malformed JSON at line:column %1</translation>
    </message>
    <message>
        <source>le document doit être un objet JSON</source>
        <translation>the document must be a JSON object</translation>
    </message>
    <message>
        <source>une adresse https:// valide</source>
        <translation>a valid https:// address</translation>
    </message>
    <message>
        <source>un titre AE DICOM de 16 caractères au plus</source>
        <translation>a DICOM AE title of at most 16 characters</translation>
    </message>
    <message>
        <source>un numéro de port entre 1 et 65535</source>
        <translation>a port number between 1 and 65535</translation>
    </message>
    <message>
        <source>une adresse http:// ou https:// valide</source>
        <translation>a valid http:// or https:// address</translation>
    </message>
    <message>
        <source>une adresse wss:// valide</source>
        <translation>a valid wss:// address</translation>
    </message>
    <message>
        <source>un nombre entier de minutes entre 1 et 240</source>
        <translation>a whole number of minutes between 1 and 240</translation>
    </message>
    <message>
        <source>« fr », « ar » ou « en »</source>
        <translation>“fr”, “ar” or “en”</translation>
    </message>
    <message>
        <source>un débit entre 300 et 921600 bauds</source>
        <translation>a rate between 300 and 921600 baud</translation>
    </message>
    <message>
        <source>un nombre de bits de données entre 5 et 8</source>
        <translation>a number of data bits between 5 and 8</translation>
    </message>
    <message>
        <source>1 ou 2 bits d&apos;arrêt</source>
        <translation>1 or 2 stop bits</translation>
    </message>
    <message>
        <source>« none », « even », « odd », « mark » ou « space »</source>
        <translation>“none”, “even”, “odd”, “mark” or “space”</translation>
    </message>
    <message>
        <source>un nom que ne porte aucun autre PACS du site</source>
        <translation>a name no other PACS of the site has</translation>
    </message>
    <message>
        <source>un nombre de jours entre 1 et 3650</source>
        <translation>a number of days between 1 and 3650</translation>
    </message>
    <message>
        <source>une taille en Go entre 1 et 100000</source>
        <translation>a size in GB between 1 and 100000</translation>
    </message>
</context>
<context>
    <name>sijil::fhir::FhirClient</name>
    <message>
        <source>Le serveur central a envoyé une réponse illisible.</source>
        <translation>The central server sent a response that cannot be read.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central ou ses certificats sont mal configurés.</source>
        <translation>The central server&apos;s address or certificates are misconfigured.</translation>
    </message>
    <message>
        <source>La connexion sécurisée au serveur central a échoué : son certificat n&apos;est pas reconnu.</source>
        <translation>The secure connection to the central server failed: its certificate is not recognised.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas accepté ce poste à la connexion sécurisée : le certificat du poste manque, a expiré, n&apos;est pas reconnu ou ne correspond pas à sa clé.</source>
        <translation>The central server did not accept this workstation on the secure connection: the workstation&apos;s certificate is missing, expired, not recognised or does not match its key.</translation>
    </message>
    <message>
        <source>Le serveur central a fermé la connexion pendant son établissement sécurisé : serveur indisponible derrière un répartiteur, ou ce poste refusé (son certificat).</source>
        <translation>The central server closed the connection while it was being secured: the server is unavailable behind a load balancer, or this workstation is refused (its certificate).</translation>
    </message>
</context>
<context>
    <name>sijil::fhir::OperationOutcome</name>
    <message>
        <source>Le serveur central a refusé la demande comme invalide.</source>
        <translation>The central server rejected the request as invalid.</translation>
    </message>
    <message>
        <source>Le serveur central demande une authentification : reconnectez-vous.</source>
        <translation>The central server requires authentication: please sign in again.</translation>
    </message>
    <message>
        <source>Le serveur central refuse cette opération pour votre compte.</source>
        <translation>The central server does not allow this operation for your account.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas, ou plus, sur le serveur central.</source>
        <translation>This item does not exist, or no longer exists, on the central server.</translation>
    </message>
    <message>
        <source>Cet élément a été modifié entre-temps sur le serveur central.</source>
        <translation>This item has been changed on the central server in the meantime.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé les données : elles ne respectent pas les règles du dossier partagé.</source>
        <translation>The central server rejected the data: it does not meet the rules of the shared record.</translation>
    </message>
    <message>
        <source>Le serveur central est surchargé ; un nouvel essai aura lieu automatiquement.</source>
        <translation>The central server is overloaded; it will be tried again automatically.</translation>
    </message>
    <message>
        <source>Le serveur central a rencontré une erreur ; un nouvel essai aura lieu automatiquement.</source>
        <translation>The central server encountered an error; it will be tried again automatically.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur central (code %1).</source>
        <translation>Unexpected response from the central server (code %1).</translation>
    </message>
    <message>
        <source>Le serveur central est injoignable. Le travail continue sur ce poste.</source>
        <translation>The central server cannot be reached. Work continues on this workstation.</translation>
    </message>
    <message>
        <source>Le serveur central ne prend pas en charge cette opération.</source>
        <translation>The central server does not support this operation.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::AccessKey</name>
    <message>
        <source>Le numéro d&apos;accès (CAN) ne se compose que de chiffres, tels qu&apos;imprimés sur la carte.</source>
        <translation>The card access number (CAN) consists of digits only, as printed on the card.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::Apdu</name>
    <message>
        <source>La carte a envoyé une réponse illisible.</source>
        <translation>The card sent an unreadable response.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::Bac</name>
    <message>
        <source>La puce n&apos;a pas prouvé qu&apos;elle appartient à ce document : la lecture est interrompue.</source>
        <translation>The chip did not prove that it belongs to this document: reading has been stopped.</translation>
    </message>
    <message>
        <source>Le numéro du document, la date de naissance et la date d&apos;expiration sont nécessaires pour lire la puce.</source>
        <translation>The document number, date of birth and expiry date are needed to read the chip.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::DataGroups</name>
    <message>
        <source>Un fichier de la puce est mal formé et ne peut pas être lu.</source>
        <translation>A file on the chip is malformed and cannot be read.</translation>
    </message>
    <message>
        <source>La photo enregistrée dans la puce ne peut pas être affichée.</source>
        <translation>The photo stored on the chip cannot be displayed.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::DocumentReading</name>
    <message>
        <source>Saisissez le numéro d&apos;accès (CAN) ou la MRZ de la carte.</source>
        <translation>Enter the card access number (CAN) or the card&apos;s MRZ.</translation>
    </message>
    <message>
        <source>Vérifié</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Signature valide mais CSCA inconnu</source>
        <translation>Valid signature but unknown CSCA</translation>
    </message>
    <message>
        <source>Données altérées — refusées</source>
        <translation>Altered data — rejected</translation>
    </message>
    <message>
        <source>Authenticité non vérifiable — refusées</source>
        <translation>Authenticity cannot be verified — rejected</translation>
    </message>
    <message>
        <source>Connexion à la puce…</source>
        <translation>Connecting to the chip…</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accès sécurisé…</source>
        <translation>Opening secure access…</translation>
    </message>
    <message>
        <source>Lecture du sommaire de la puce…</source>
        <translation>Reading the chip&apos;s table of contents…</translation>
    </message>
    <message>
        <source>Lecture de l&apos;identité du titulaire…</source>
        <translation>Reading the holder&apos;s identity…</translation>
    </message>
    <message>
        <source>Lecture de la signature du document…</source>
        <translation>Reading the document signature…</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>Reading the photo…</translation>
    </message>
    <message>
        <source>Vérification de l&apos;authenticité…</source>
        <translation>Verifying authenticity…</translation>
    </message>
</context>
<context>
    <name>sijil::identity::EmrtdReader</name>
    <message>
        <source>La puce refuse l&apos;accès à ces données.</source>
        <translation>The chip denies access to this data.</translation>
    </message>
    <message>
        <source>La puce a interrompu la communication sécurisée. Reposez le document et recommencez.</source>
        <translation>The chip interrupted the secure communication. Place the document on the reader again and retry.</translation>
    </message>
    <message>
        <source>La puce a répondu par une erreur inattendue.</source>
        <translation>The chip replied with an unexpected error.</translation>
    </message>
    <message>
        <source>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis.</source>
        <translation>The chip rejects the access key: check the document number, date of birth and expiry date entered.</translation>
    </message>
    <message>
        <source>Un fichier de la puce est trop grand pour être lu.</source>
        <translation>A file on the chip is too large to be read.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas un document d&apos;identité électronique lisible ici.</source>
        <translation>This card is not an electronic identity document that can be read here.</translation>
    </message>
    <message>
        <source>Un fichier attendu est absent de la puce.</source>
        <translation>An expected file is missing from the chip.</translation>
    </message>
    <message>
        <source>La puce est bloquée après trop d&apos;essais de clé d&apos;accès incorrects : elle ne peut plus être lue ici.</source>
        <translation>The chip is locked after too many incorrect access key attempts: it can no longer be read here.</translation>
    </message>
    <message numerus="yes">
        <source>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte. Il reste %n essai(s) avant le blocage de la puce.</source>
        <translation>
            <numerusform>The card access number (CAN) is incorrect: check the digits printed on the card. %n attempt left before the chip locks.</numerusform>
            <numerusform>The card access number (CAN) is incorrect: check the digits printed on the card. %n attempts left before the chip locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis. Il reste %n essai(s) avant le blocage de la puce.</source>
        <translation>
            <numerusform>The chip rejects the access key: check the document number, date of birth and expiry date entered. %n attempt left before the chip locks.</numerusform>
            <numerusform>The chip rejects the access key: check the document number, date of birth and expiry date entered. %n attempts left before the chip locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte.</source>
        <translation>The card access number (CAN) is incorrect: check the digits printed on the card.</translation>
    </message>
    <message>
        <source>L&apos;ouverture sécurisée de la puce (PACE) a échoué. Reposez le document et recommencez.</source>
        <translation>Secure opening of the chip (PACE) failed. Place the document on the reader again and retry.</translation>
    </message>
    <message>
        <source>La puce n&apos;a pas prouvé qu&apos;elle connaît la clé d&apos;accès : ce document pourrait être contrefait.</source>
        <translation>The chip did not prove that it knows the access key: this document may be counterfeit.</translation>
    </message>
    <message>
        <source>Cette puce ne s&apos;ouvre pas avec le numéro d&apos;accès (CAN) : saisissez la zone de lecture automatique (MRZ) du document.</source>
        <translation>This chip cannot be opened with the card access number (CAN): enter the document&apos;s machine-readable zone (MRZ).</translation>
    </message>
    <message>
        <source>La puce ne contient pas de fichier de sécurité (EF.SOD) : l&apos;authenticité de ses données ne peut pas être vérifiée.</source>
        <translation>The chip contains no security file (EF.SOD): the authenticity of its data cannot be verified.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::MrzParser</name>
    <message>
        <source>La date de naissance lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</source>
        <translation>The date of birth read does not exist (impossible day, month or digits): read the zone again.</translation>
    </message>
    <message>
        <source>La date d&apos;expiration lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</source>
        <translation>The expiry date read does not exist (impossible day, month or digits): read the zone again.</translation>
    </message>
    <message>
        <source>Le sexe lu n&apos;est ni M, ni F, ni X, ni « &lt; » : relisez la zone.</source>
        <translation>The sex read is not M, F, X or “&lt;”: read the zone again.</translation>
    </message>
    <message>
        <source>Le code du pays émetteur n&apos;est pas un code de trois lettres : relisez la zone.</source>
        <translation>The issuing country code is not a three-letter code: read the zone again.</translation>
    </message>
    <message>
        <source>Le code de nationalité n&apos;est pas un code de trois lettres : relisez la zone.</source>
        <translation>The nationality code is not a three-letter code: read the zone again.</translation>
    </message>
    <message>
        <source>Le nom contient un chiffre (ligne %1, position %2) : la zone a été mal lue.</source>
        <translation>The name contains a digit (line %1, position %2): the zone was misread.</translation>
    </message>
    <message>
        <source>La zone lisible ne contient pas le nom du titulaire.</source>
        <translation>The machine-readable zone does not contain the holder&apos;s name.</translation>
    </message>
    <message>
        <source>Aucune zone lisible par machine n&apos;a été reçue.</source>
        <translation>No machine-readable zone was received.</translation>
    </message>
    <message numerus="yes">
        <source>Une zone lisible par machine compte 2 lignes (passeport) ou 3 lignes (carte d&apos;identité) ; %n ligne(s) lue(s).</source>
        <translation>
            <numerusform>A machine-readable zone has 2 lines (passport) or 3 lines (identity card); %n line read.</numerusform>
            <numerusform>A machine-readable zone has 2 lines (passport) or 3 lines (identity card); %n lines read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caractère « %1 » non admis en ligne %2, position %3 : une zone lisible par machine ne contient que A à Z, 0 à 9 et « &lt; ».</source>
        <translation>Character “%1” not allowed on line %2, position %3: a machine-readable zone contains only A to Z, 0 to 9 and “&lt;”.</translation>
    </message>
    <message>
        <source>La ligne %1 de la zone lisible par machine compte %2 caractères au lieu de %3 : un caractère a été perdu ou ajouté à la lecture.</source>
        <translation>Line %1 of the machine-readable zone has %2 characters instead of %3: a character was lost or added while reading.</translation>
    </message>
    <message>
        <source>Les lignes d&apos;une zone lisible par machine de 2 lignes comptent 36 ou 44 caractères ; elles en comptent ici %1 et %2.</source>
        <translation>The lines of a 2-line machine-readable zone have 36 or 44 characters; here they have %1 and %2.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle du numéro de document ne correspond pas : le numéro a été mal lu.</source>
        <translation>The check digit of the document number does not match: the number was misread.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle de la date de naissance ne correspond pas : la date a été mal lue.</source>
        <translation>The check digit of the date of birth does not match: the date was misread.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle de la date d&apos;expiration ne correspond pas : la date a été mal lue.</source>
        <translation>The check digit of the expiry date does not match: the date was misread.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle du numéro personnel ne correspond pas : le numéro a été mal lu.</source>
        <translation>The check digit of the personal number does not match: the number was misread.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle final ne correspond pas : une partie de la zone a été mal lue.</source>
        <translation>The final check digit does not match: part of the zone was misread.</translation>
    </message>
    <message>
        <source>Le type de document, en tête de la zone, est illisible.</source>
        <translation>The document type, at the start of the zone, cannot be read.</translation>
    </message>
    <message>
        <source>Cette zone est celle d&apos;un visa, pas d&apos;une pièce d&apos;identité : lisez celle du passeport.</source>
        <translation>This zone belongs to a visa, not to an identity document: read the one in the passport.</translation>
    </message>
    <message>
        <source>L&apos;ancienne carte d&apos;identité française n&apos;a pas une zone lisible conforme à la norme OACI 9303 : saisissez l&apos;identité à la main.</source>
        <translation>The old French identity card does not have a machine-readable zone compliant with ICAO 9303: enter the identity manually.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::PassiveAuthentication</name>
    <message>
        <source>Le fichier de sécurité (EF.SOD) de la puce est illisible : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>The chip&apos;s security file (EF.SOD) cannot be read: the authenticity of the data cannot be verified.</translation>
    </message>
    <message>
        <source>Données authentiques : signées par le pays émetteur et intactes.</source>
        <translation>Authentic data: signed by the issuing country and intact.</translation>
    </message>
    <message>
        <source>Données intactes, mais l&apos;autorité de certification (CSCA) du pays émetteur est inconnue de ce poste : origine non vérifiée.</source>
        <translation>Data intact, but the issuing country&apos;s certification authority (CSCA) is unknown to this workstation: origin not verified.</translation>
    </message>
    <message>
        <source>Données altérées — refusées.</source>
        <translation>Altered data — rejected.</translation>
    </message>
    <message>
        <source>Le document utilise un algorithme de hachage inconnu : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>The document uses an unknown hash algorithm: the authenticity of the data cannot be verified.</translation>
    </message>
    <message>
        <source>Le certificat du signataire du document est absent de la puce : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>The document signer&apos;s certificate is missing from the chip: the authenticity of the data cannot be verified.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::PcscReaderPlugin</name>
    <message>
        <source>Le service des lecteurs de cartes (pcscd) ne répond pas. Vérifiez qu&apos;il est installé et démarré.</source>
        <translation>The card reader service (pcscd) is not responding. Check that it is installed and running.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes n&apos;est pas disponible. Vérifiez qu&apos;il est branché.</source>
        <translation>The card reader is not available. Check that it is connected.</translation>
    </message>
    <message>
        <source>Aucune carte n&apos;est posée sur le lecteur.</source>
        <translation>There is no card on the reader.</translation>
    </message>
    <message>
        <source>La carte a été retirée du lecteur pendant la lecture. Reposez-la et recommencez.</source>
        <translation>The card was removed from the reader during reading. Place it on the reader again and retry.</translation>
    </message>
    <message>
        <source>La carte a été réinitialisée par un autre programme. Recommencez la lecture.</source>
        <translation>The card was reset by another program. Retry the reading.</translation>
    </message>
    <message>
        <source>La carte est utilisée par un autre programme. Fermez-le et recommencez.</source>
        <translation>The card is in use by another program. Close that program and retry.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Reposez-la bien à plat sur le lecteur et recommencez.</source>
        <translation>The card is not responding. Place it flat on the reader and retry.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes a signalé une erreur.</source>
        <translation>The card reader reported an error.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::SecureMessaging</name>
    <message>
        <source>Le chiffrement de la communication avec la puce a échoué.</source>
        <translation>Encryption of the communication with the chip failed.</translation>
    </message>
    <message>
        <source>La réponse de la puce n&apos;a pas pu être vérifiée : la lecture est interrompue.</source>
        <translation>The chip&apos;s response could not be verified: reading has been stopped.</translation>
    </message>
    <message>
        <source>Cette commande ne peut pas être envoyée à la puce de façon sécurisée.</source>
        <translation>This command cannot be sent to the chip securely.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::SerialMrzReader</name>
    <message>
        <source>Le lecteur MRZ a envoyé des données illisibles. Repassez le document.</source>
        <translation>The MRZ reader sent unreadable data. Swipe the document again.</translation>
    </message>
    <message>
        <source>Le lecteur MRZ « %1 » est introuvable. Vérifiez qu&apos;il est branché : Sijil le détectera dès qu&apos;il le sera.</source>
        <translation>The MRZ reader “%1” cannot be found. Check that it is plugged in: Sijil will detect it as soon as it is.</translation>
    </message>
    <message>
        <source>Accès refusé au lecteur MRZ « %1 » : il est utilisé par un autre programme, ou l&apos;utilisateur n&apos;est pas dans le groupe « dialout ». Prévenez l&apos;administrateur.</source>
        <translation>Access to the MRZ reader “%1” denied: another program is using it, or the user is not in the “dialout” group. Tell the administrator.</translation>
    </message>
    <message>
        <source>Le lecteur MRZ « %1 » a été débranché. Sijil le reprendra dès qu&apos;il sera rebranché.</source>
        <translation>The MRZ reader “%1” was unplugged. Sijil will pick it up again as soon as it is plugged back in.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le lecteur MRZ « %1 » ; Sijil réessaiera.</source>
        <translation>Cannot open the MRZ reader “%1”; Sijil will try again.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::TlvReader</name>
    <message>
        <source>Les données lues sur la puce sont mal formées.</source>
        <translation>The data read from the chip is malformed.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::TrustStore</name>
    <message>
        <source>Ce fichier n&apos;est ni un certificat (PEM ou DER) ni une liste maîtresse CSCA.</source>
        <translation>This file is neither a certificate (PEM or DER) nor a CSCA master list.</translation>
    </message>
    <message>
        <source>Ce certificat n&apos;est pas celui d&apos;une autorité de certification (CSCA) : il est refusé.</source>
        <translation>This certificate does not belong to a certification authority (CSCA): it has been rejected.</translation>
    </message>
    <message>
        <source>La liste maîtresse CSCA est endommagée ou sa signature est invalide : elle est refusée.</source>
        <translation>The CSCA master list is damaged or its signature is invalid: it has been rejected.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le certificat dans le magasin de confiance.</source>
        <translation>Cannot save the certificate in the trust store.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier %1.</source>
        <translation>Cannot read the file %1.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DicomImage</name>
    <message>
        <source>Impossible d&apos;ouvrir le fichier « %1 ».</source>
        <translation>Cannot open the file “%1”.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un fichier DICOM.</source>
        <translation>This file is not a DICOM file.</translation>
    </message>
    <message>
        <source>Ce fichier DICOM ne contient pas d&apos;image (compte rendu structuré, répertoire, tracé...).</source>
        <translation>This DICOM file holds no image (structured report, directory, waveform...).</translation>
    </message>
    <message>
        <source>Le codage de cette image (%1) n&apos;est pas pris en charge.</source>
        <translation>The encoding of this image (%1) is not supported.</translation>
    </message>
    <message>
        <source>Le fichier DICOM est endommagé ou incomplet.</source>
        <translation>The DICOM file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Image trop grande (%1 × %2 pixels) : la limite est de %3 pixels de côté et %4 millions de pixels.</source>
        <translation>Image too large (%1 × %2 pixels): the limit is %3 pixels per side and %4 million pixels.</translation>
    </message>
    <message>
        <source>L&apos;image n° %1 n&apos;existe pas : ce fichier en contient %2.</source>
        <translation>Image no. %1 does not exist: this file holds %2.</translation>
    </message>
    <message>
        <source>Fenêtre invalide : la largeur doit être d&apos;au moins 1.</source>
        <translation>Invalid window: the width must be at least 1.</translation>
    </message>
    <message>
        <source>La région tracée ne contient aucun pixel de l&apos;image.</source>
        <translation>The region drawn holds no pixel of the image.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DicomWebClient</name>
    <message>
        <source>Le serveur DICOMweb (%1) est injoignable : vérifiez l&apos;adresse, le réseau et son certificat.</source>
        <translation>The DICOMweb server (%1) cannot be reached: check the address, the network and its certificate.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb (%1) ne répond pas dans le délai imparti.</source>
        <translation>The DICOMweb server (%1) did not answer in time.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb refuse cet accès à ce compte.</source>
        <translation>The DICOMweb server refuses this access to this account.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb refuse l&apos;identifiant ou le mot de passe.</source>
        <translation>The DICOMweb server refuses the user name or the password.</translation>
    </message>
    <message>
        <source>Le PACS ne connaît pas cet examen (ou cette série, cette image).</source>
        <translation>The PACS does not know this study (or series, or image).</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur DICOMweb.</source>
        <translation>Unexpected answer from the DICOMweb server.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb est en erreur (HTTP %1) : réessayez plus tard.</source>
        <translation>The DICOMweb server is in error (HTTP %1): try again later.</translation>
    </message>
    <message>
        <source>Échange avec le PACS annulé.</source>
        <translation>Exchange with the PACS cancelled.</translation>
    </message>
    <message>
        <source>Impossible de lire ou d&apos;écrire le fichier « %1 ».</source>
        <translation>Cannot read or write the file “%1”.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DimseClient</name>
    <message>
        <source>Le titre AE du PACS doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>The PACS AE title must have 1 to 16 ASCII characters, without a backslash.</translation>
    </message>
    <message>
        <source>Le titre AE de Sijil doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>Sijil&apos;s AE title must have 1 to 16 ASCII characters, without a backslash.</translation>
    </message>
    <message>
        <source>Indiquez le nom ou l&apos;adresse du serveur PACS.</source>
        <translation>Enter the name or address of the PACS server.</translation>
    </message>
    <message>
        <source>Le port du PACS doit être un nombre de 1 à 65535.</source>
        <translation>The PACS port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Critère de recherche invalide : trop long, ou contenant une barre oblique inverse ou un caractère de contrôle.</source>
        <translation>Invalid search criterion: too long, or containing a backslash or a control character.</translation>
    </message>
    <message>
        <source>Le PACS (%1, port %2) est injoignable : vérifiez l&apos;adresse, le port et le réseau.</source>
        <translation>The PACS (%1, port %2) cannot be reached: check the address, the port and the network.</translation>
    </message>
    <message>
        <source>Le PACS (%1, port %2) ne répond pas dans le délai imparti.</source>
        <translation>The PACS (%1, port %2) did not answer in time.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion : il ne se reconnaît pas sous le titre AE « %1 ».</source>
        <translation>The PACS refuses the connection: it does not recognise itself as AE title “%1”.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion : il ne connaît pas le titre AE de Sijil « %1 ». Faites-le déclarer sur le PACS.</source>
        <translation>The PACS refuses the connection: it does not know Sijil&apos;s AE title “%1”. Have it declared on the PACS.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion pour le moment (surchargé) : réessayez plus tard.</source>
        <translation>The PACS refuses connections for now (overloaded): try again later.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion.</source>
        <translation>The PACS refuses the connection.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;accepte pas ce service (ou pas depuis Sijil).</source>
        <translation>The PACS does not accept this service (or not from Sijil).</translation>
    </message>
    <message>
        <source>Le PACS a interrompu la communication.</source>
        <translation>The PACS broke off the communication.</translation>
    </message>
    <message>
        <source>Le PACS a refusé la requête (statut DICOM %1).</source>
        <translation>The PACS refused the request (DICOM status %1).</translation>
    </message>
    <message>
        <source>Erreur de communication DICOM avec le PACS.</source>
        <translation>DICOM communication error with the PACS.</translation>
    </message>
    <message>
        <source>Le titre AE de destination doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>The destination AE title must have 1 to 16 ASCII characters, without a backslash.</translation>
    </message>
    <message>
        <source>Identifiant DICOM (UID) invalide : chiffres et points seulement, 64 caractères au plus.</source>
        <translation>Invalid DICOM identifier (UID): digits and dots only, 64 characters at most.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;a pas envoyé les images vers « %1 » (statut DICOM %2) : vérifiez que ce titre AE de destination est déclaré sur le PACS, avec la bonne adresse et le bon port.</source>
        <translation>The PACS did not send the images to “%1” (DICOM status %2): check that this destination AE title is declared on the PACS, with the right address and port.</translation>
    </message>
    <message>
        <source>Le PACS ne connaît pas la destination « %1 » : faites déclarer ce titre AE sur le PACS.</source>
        <translation>The PACS does not know the destination “%1”: have this AE title declared on the PACS.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire les images dans le dossier « %1 ».</source>
        <translation>Cannot write the images in the folder “%1”.</translation>
    </message>
    <message>
        <source>Sijil ne peut pas recevoir d&apos;images sur le port %1 : il est déjà utilisé ou réservé.</source>
        <translation>Sijil cannot receive images on port %1: it is already in use or reserved.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::ImageCache</name>
    <message>
        <source>Le cache d&apos;images n&apos;a pas pu être vidé de tous ses anciens examens.</source>
        <translation>Not all old studies could be removed from the image cache.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::MediaScanner</name>
    <message>
        <source>Le répertoire DICOMDIR désigne un fichier hors du support (« %1 ») : ignoré.</source>
        <translation>The DICOMDIR points to a file outside the medium (“%1”): ignored.</translation>
    </message>
    <message>
        <source>Copie d&apos;une image déjà lue dans « %1 » : ignorée.</source>
        <translation>Copy of an image already read in “%1”: ignored.</translation>
    </message>
    <message>
        <source>Aucun fichier DICOM lisible dans « %1 » (%2 fichier(s) ignoré(s)).</source>
        <translation>No readable DICOM file in “%1” (%2 file(s) skipped).</translation>
    </message>
    <message>
        <source>« %1 » contient plus de %2 fichiers : choisissez un dossier plus précis.</source>
        <translation>“%1” holds more than %2 files: choose a narrower folder.</translation>
    </message>
    <message>
        <source>Lecture annulée.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <source>L&apos;archive « %1 » est illisible ou endommagée.</source>
        <translation>The archive “%1” is unreadable or damaged.</translation>
    </message>
    <message>
        <source>L&apos;archive « %1 » occuperait %2 Mo une fois décompressée : c&apos;est plus que la limite ou que l&apos;espace libre.</source>
        <translation>The archive “%1” would take %2 MB once unpacked: more than the limit or the free space.</translation>
    </message>
    <message>
        <source>Fichier « %1 » de l&apos;archive ignoré : chemin hors de l&apos;archive, lien, fichier chiffré ou compression anormale.</source>
        <translation>File “%1” of the archive skipped: path outside the archive, link, encrypted file or abnormal compression.</translation>
    </message>
</context>
<context>
    <name>sijil::record::ImagingStudyLink</name>
    <message>
        <source>Ce n&apos;est pas un examen d&apos;imagerie.</source>
        <translation>This is not an imaging study.</translation>
    </message>
    <message>
        <source>Cet examen ne donne pas son identifiant DICOM : ses images ne peuvent pas être demandées au PACS.</source>
        <translation>This study does not give its DICOM identifier: its images cannot be requested from the PACS.</translation>
    </message>
    <message>
        <source>Cet examen n&apos;indique pas de service DICOMweb (WADO-RS) qui conserve ses images.</source>
        <translation>This study names no DICOMweb (WADO-RS) service that holds its images.</translation>
    </message>
</context>
<context>
    <name>sijil::record::StudyIndexer</name>
    <message>
        <source>Cet examen ne peut pas être ajouté au dossier : il n&apos;a pas d&apos;identifiant DICOM.</source>
        <translation>This study cannot be added to the record: it has no DICOM identifier.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientImport</name>
    <message>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>Cannot read the file “%1”.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas en UTF-8 : enregistrez-le en CSV UTF-8.</source>
        <translation>The file is not UTF-8: save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Le fichier est vide : la première ligne doit nommer les colonnes.</source>
        <translation>The file is empty: the first line must name the columns.</translation>
    </message>
    <message>
        <source>Ligne %1 : guillemet non fermé.%2</source>
        <translation>Line %1: unclosed quotation mark.%2</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas un Bundle FHIR en JSON.</source>
        <translation>The file is not a FHIR Bundle in JSON.</translation>
    </message>
    <message>
        <source>Ligne %1 : colonne inconnue « %2 ». Colonnes connues : %3.</source>
        <translation>Line %1: unknown column « %2 ». Known columns: %3.</translation>
    </message>
    <message>
        <source>%1 valeurs au lieu de %2 (une par colonne de l&apos;en-tête).</source>
        <translation>%1 values instead of %2 (one per header column).</translation>
    </message>
    <message>
        <source>Valeur illisible « %1 ».</source>
        <translation>Unreadable value « %1 ».</translation>
    </message>
    <message>
        <source>Ligne %1 : la colonne « %2 » figure deux fois : laquelle garder ?</source>
        <translation>Line %1: the column “%2” appears twice: which one should be kept?</translation>
    </message>
    <message>
        <source>Ligne identique à la ligne %1 : elle n&apos;a pas été importée deux fois.</source>
        <translation>Line identical to line %1: it was not imported twice.</translation>
    </message>
    <message>
        <source>Cette couverture (Coverage) désigne un bénéficiaire « %1 » qui n&apos;est aucun patient du fichier : elle n&apos;a été donnée à personne.</source>
        <translation>This coverage (Coverage) names a beneficiary “%1” that is no patient of the file: it was given to nobody.</translation>
    </message>
    <message>
        <source>Identifiant de ressource « %1 » invalide : 1 à 64 lettres latines, chiffres, points ou tirets.</source>
        <translation>Invalid resource id “%1”: 1 to 64 Latin letters, digits, dots or hyphens.</translation>
    </message>
    <message>
        <source>Ce Bundle FHIR fait %1 Mo : un Bundle est lu entier en mémoire, %2 Mo au plus. Découpez-le en plusieurs Bundles, ou importez le registre en CSV, lu par morceaux quelle que soit sa taille.</source>
        <translation>This FHIR Bundle is %1 MB: a Bundle is read whole into memory, %2 MB at most. Split it into several Bundles, or import the register as CSV, which is read in chunks whatever its size.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » a changé depuis sa première lecture (son empreinte SHA-256 n&apos;est plus la même) : ce qui en a changé n&apos;a pas été importé.</source>
        <translation>The file “%1” has changed since it was first read (its SHA-256 digest is no longer the same): what changed in it was not imported.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientRegistry</name>
    <message>
        <source>Ce patient est introuvable dans le registre local.</source>
        <translation>This patient cannot be found in the local registry.</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi est introuvable.</source>
        <translation>The selected insured person cannot be found.</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi est lui-même ayant droit : choisissez l&apos;assuré principal.</source>
        <translation>The selected insured person is a dependant: choose the primary insured person.</translation>
    </message>
    <message>
        <source>Cet IPP appartient déjà à un autre patient.</source>
        <translation>This IPP already belongs to another patient.</translation>
    </message>
    <message>
        <source>La fiche reçue du serveur central est incomplète : elle n&apos;a pas été gardée.</source>
        <translation>The record received from the central server is incomplete: it has not been kept.</translation>
    </message>
    <message>
        <source>L&apos;IPP d&apos;un patient ne change jamais ; pour deux dossiers du même patient, utilisez la fusion.</source>
        <translation>A patient&apos;s IPP never changes; for two records of the same patient, use merge.</translation>
    </message>
    <message>
        <source>Un dossier ne peut pas être fusionné avec lui-même.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>L&apos;un de ces dossiers a déjà été fusionné : ouvrez le dossier qui le remplace.</source>
        <translation>One of these records has already been merged: open the record that replaces it.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas été fusionné : il n&apos;y a rien à annuler.</source>
        <translation>This record has not been merged: there is nothing to undo.</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut fusionner des dossiers ou décider qu&apos;ils ne sont pas des doublons.</source>
        <translation>Only the site administrator can merge records or decide that they are not duplicates.</translation>
    </message>
    <message>
        <source>La file des doublons à examiner n&apos;est pas disponible sur ce poste.</source>
        <translation>The queue of duplicates to review is not available on this workstation.</translation>
    </message>
    <message>
        <source>Ce patient est déjà enregistré sur ce poste (même identifiant) : le fichier a-t-il déjà été importé ?</source>
        <translation>This patient is already registered on this workstation (same identifier): was the file imported before?</translation>
    </message>
    <message>
        <source>Ce fichier demande %1 IPP et il n&apos;en reste que %2 dans les plages réservées à ce site : rien n&apos;a été importé. L&apos;administrateur du site doit obtenir une nouvelle plage auprès du registre central.</source>
        <translation>This file needs %1 IPPs and only %2 are left in the ranges reserved for this site: nothing was imported. The site administrator must obtain a new range from the central registry.</translation>
    </message>
    <message>
        <source>Ce patient est déjà enregistré (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</source>
        <translation>This patient is already registered (%1, IPP %2): not created a second time.</translation>
    </message>
    <message>
        <source>Ce patient figure déjà plus haut dans le fichier (%1, né(e) le %2) : il n&apos;a pas été créé deux fois.</source>
        <translation>This patient already appears earlier in the file (%1, born %2): not created twice.</translation>
    </message>
    <message>
        <source>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé est lui-même ayant droit : rattachez d&apos;abord ces ayants droit à un autre assuré.</source>
        <translation>The record to merge is the insured of dependants, and the record kept is itself a dependant: first attach those dependants to another insured person.</translation>
    </message>
    <message>
        <source>Ce patient est l&apos;assuré de %n ayant(s) droit : il ne peut pas devenir ayant droit à son tour. Rattachez-les d&apos;abord à un autre assuré.</source>
        <translation>This patient is the insured of %n dependant(s): they cannot become a dependant in turn. First attach them to another insured person.</translation>
    </message>
    <message>
        <source>Ce patient est l&apos;assuré de %n ayant(s) droit, qui suivent son régime : choisissez un régime de couverture.</source>
        <translation>This patient is the insured of %n dependant(s), who follow their scheme: choose a coverage scheme.</translation>
    </message>
    <message>
        <source>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé n&apos;a pas de couverture sociale : renseignez d&apos;abord son régime.</source>
        <translation>The record to merge is the insured of dependants, and the record kept has no social coverage: enter its scheme first.</translation>
    </message>
    <message>
        <source>Ce dossier est ayant droit du dossier IPP %1, qui n&apos;a plus de couverture sociale ou est devenu lui-même ayant droit : corrigez d&apos;abord ce dossier.</source>
        <translation>This record is a dependant of record IPP %1, which no longer has health coverage or has itself become a dependant: correct that record first.</translation>
    </message>
    <message>
        <source>Annulez d&apos;abord la fusion du dossier IPP %1 dans le dossier IPP %2.</source>
        <translation>First undo the merge of record IPP %1 into record IPP %2.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans le dossier IPP %1 : ouvrez ce dossier pour y enregistrer la correction.</source>
        <translation>This record has been merged into record IPP %1: open that record to save the correction there.</translation>
    </message>
    <message>
        <source>Déjà importé depuis ce même fichier (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</source>
        <translation>Already imported from this same file (%1, IPP %2): not created a second time.</translation>
    </message>
    <message>
        <source>L&apos;assuré de cet ayant droit figure dans le fichier mais n&apos;a pas été importé : corrigez l&apos;assuré, puis importez de nouveau cet ayant droit.</source>
        <translation>This dependant&apos;s insured person is in the file but was not imported: correct the insured person, then import this dependant again.</translation>
    </message>
    <message>
        <source>Cet IPP fait partie des numéros réservés à ce site mais n&apos;a encore été attribué à personne : vérifiez sa saisie. Laissez le champ vide pour qu&apos;un IPP soit attribué.</source>
        <translation>This IPP is one of the numbers reserved for this site but has not been given to anyone yet: check what was typed. Leave the field empty for an IPP to be assigned.</translation>
    </message>
    <message>
        <source>La plage d&apos;IPP réservée à ce site va au-delà de neuf chiffres : l&apos;administrateur du site doit la corriger.</source>
        <translation>The IPP block reserved for this site goes beyond nine digits: the site administrator must correct it.</translation>
    </message>
    <message>
        <source>Ce dossier est illisible : la base locale est endommagée. Restaurez-la depuis une sauvegarde.</source>
        <translation>This record cannot be read: the local database is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste. Cherchez le patient avec le serveur central en ligne, ou après la prochaine synchronisation.</source>
        <translation>This record was merged into another that is not on this workstation yet. Search for the patient while the central server is online, or after the next synchronisation.</translation>
    </message>
    <message>
        <source>Les fusions de ce dossier forment une boucle (deux dossiers fusionnés l&apos;un dans l&apos;autre, sur deux sites) : aucun dossier conservé ne peut être ouvert. L&apos;administrateur du site doit annuler l&apos;une de ces fusions.</source>
        <translation>This record&apos;s merges form a loop (two records merged into each other, at two sites): no surviving record can be opened. The site administrator must undo one of these merges.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientSearchModel</name>
    <message>
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Passeport %1</source>
        <translation>Passport %1</translation>
    </message>
    <message>
        <source>Carte de séjour %1</source>
        <translation>Residence permit %1</translation>
    </message>
    <message>
        <source>Acte de naissance %1</source>
        <translation>Birth certificate %1</translation>
    </message>
    <message>
        <source>Date de naissance incomplète : seule une partie est connue.</source>
        <translation>Incomplete date of birth: only part of it is known.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné : le dossier conservé sera ouvert.</source>
        <translation>This record has been merged: the retained record will be opened.</translation>
    </message>
    <message>
        <source>Fusionné</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Non identifié</source>
        <translation>Unidentified</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Nom (latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>Nom (arabe)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>CNIE / pièce</source>
        <translation>CNIE / ID document</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trouvé sur le serveur central : ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</source>
        <translation>Found on the central server: this record will be kept on this workstation when you open it.</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste.</source>
        <translation>This record was merged into another that is not on this workstation yet.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné, mais ses fusions forment une boucle : aucun dossier conservé ne peut être ouvert.</source>
        <translation>This record was merged, but its merges form a loop: no surviving record can be opened.</translation>
    </message>
    <message>
        <source>Trouvé sur le serveur central par le dossier IPP %1, qui y a été fusionné avec celui-ci.</source>
        <translation>Found on the central server through record IPP %1, which was merged into this one there.</translation>
    </message>
    <message>
        <source>Ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</source>
        <translation>This record will be kept on this workstation when you open it.</translation>
    </message>
    <message>
        <source>Serveur central — remplace IPP %1</source>
        <translation>Central server — replaces IPP %1</translation>
    </message>
    <message>
        <source>Remplace IPP %1</source>
        <translation>Replaces IPP %1</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientValidator</name>
    <message>
        <source>Ce nom est trop long (60 caractères au plus).</source>
        <translation>This name is too long (60 characters maximum).</translation>
    </message>
    <message>
        <source>Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).</source>
        <translation>Write this name in Latin letters (letters, spaces, hyphens or apostrophes).</translation>
    </message>
    <message>
        <source>Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).</source>
        <translation>Write this name in Arabic letters (letters, spaces or hyphens).</translation>
    </message>
    <message>
        <source>Choisissez le type de la pièce d&apos;identité de ce numéro.</source>
        <translation>Choose the type of identity document for this number.</translation>
    </message>
    <message>
        <source>Saisissez le numéro de la pièce d&apos;identité.</source>
        <translation>Enter the identity document number.</translation>
    </message>
    <message>
        <source>Le numéro de CNIE s&apos;écrit avec une ou deux lettres suivies de six chiffres au plus (ex. : BE123456).</source>
        <translation>A CNIE number is written as one or two letters followed by up to six digits (e.g. BE123456).</translation>
    </message>
    <message>
        <source>Le numéro de passeport comporte de 6 à 12 lettres ou chiffres.</source>
        <translation>A passport number has 6 to 12 letters or digits.</translation>
    </message>
    <message>
        <source>Le numéro de carte de séjour comporte de 5 à 15 lettres ou chiffres.</source>
        <translation>A residence permit number has 5 to 15 letters or digits.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;acte de naissance s&apos;écrit numéro/année (ex. : 1234/2015).</source>
        <translation>A birth certificate number is written as number/year (e.g. 1234/2015).</translation>
    </message>
    <message>
        <source>L&apos;extrait d&apos;acte de naissance sert aux mineurs : ce patient est majeur. Demandez sa CNIE si possible.</source>
        <translation>A birth certificate extract is for minors: this patient is an adult. Ask for their CNIE if possible.</translation>
    </message>
    <message>
        <source>Cette pièce a expiré le %1 : l&apos;admission reste possible.</source>
        <translation>This document expired on %1: admission is still possible.</translation>
    </message>
    <message>
        <source>Saisissez au moins un nom et un prénom, en lettres latines ou arabes.</source>
        <translation>Enter at least a surname and a first name, in Latin or Arabic letters.</translation>
    </message>
    <message>
        <source>Indiquez le sexe.</source>
        <translation>Specify the sex.</translation>
    </message>
    <message>
        <source>Saisissez la date de naissance, ou au moins l&apos;année.</source>
        <translation>Enter the date of birth, or at least the year.</translation>
    </message>
    <message>
        <source>La date de naissance est dans le futur.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>La date de naissance est antérieure à 1900 : vérifiez l&apos;année.</source>
        <translation>The date of birth is before 1900: check the year.</translation>
    </message>
    <message>
        <source>Ce pays ne figure pas dans la liste.</source>
        <translation>This country is not in the list.</translation>
    </message>
    <message>
        <source>Indiquez la nationalité.</source>
        <translation>Specify the nationality.</translation>
    </message>
    <message>
        <source>Cette nationalité ne figure pas dans la liste.</source>
        <translation>This nationality is not in the list.</translation>
    </message>
    <message>
        <source>Cette préfecture ou province ne figure pas dans la liste.</source>
        <translation>This prefecture or province is not in the list.</translation>
    </message>
    <message>
        <source>Cette commune ne figure pas dans la liste de référence : vérifiez son orthographe.</source>
        <translation>This commune is not in the reference list: check its spelling.</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) ou international commençant par + ou 00.</source>
        <translation>Invalid phone number: enter a Moroccan number (e.g. 06 12 34 56 78) or an international number starting with + or 00.</translation>
    </message>
    <message>
        <source>Saisissez le téléphone de la personne à prévenir.</source>
        <translation>Enter the emergency contact&apos;s phone number.</translation>
    </message>
    <message>
        <source>Saisissez le nom de la personne à prévenir.</source>
        <translation>Enter the emergency contact&apos;s name.</translation>
    </message>
    <message>
        <source>Ce lien de parenté ne figure pas dans la liste.</source>
        <translation>This relationship is not in the list.</translation>
    </message>
    <message>
        <source>Choisissez la catégorie de prise en charge.</source>
        <translation>Choose the billing category.</translation>
    </message>
    <message>
        <source>Cette catégorie de prise en charge ne figure pas dans la liste.</source>
        <translation>This billing category is not in the list.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;assuré dont dépend ce patient.</source>
        <translation>Choose the insured person this patient depends on.</translation>
    </message>
    <message>
        <source>Un patient ne peut pas être son propre assuré.</source>
        <translation>A patient cannot be their own insured person.</translation>
    </message>
    <message>
        <source>Choisissez le régime de couverture sociale (« Aucune » s&apos;il n&apos;en a pas).</source>
        <translation>Choose the coverage scheme (“None” if the patient has none).</translation>
    </message>
    <message>
        <source>Ce régime de couverture ne figure pas dans la liste.</source>
        <translation>This coverage scheme is not in the list.</translation>
    </message>
    <message>
        <source>Un ayant droit suit le régime de son assuré : choisissez ce régime.</source>
        <translation>A dependant follows the coverage scheme of their insured person: choose that scheme.</translation>
    </message>
    <message>
        <source>Saisissez le numéro d&apos;immatriculation de l&apos;assuré.</source>
        <translation>Enter the insured person&apos;s affiliation number.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;immatriculation à la CNSS comporte 9 chiffres.</source>
        <translation>A CNSS affiliation number has 9 digits.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;immatriculation comporte de 4 à 20 lettres, chiffres, / ou -.</source>
        <translation>An affiliation number has 4 to 20 letters, digits, / or -.</translation>
    </message>
    <message>
        <source>Cet IPP est invalide : vérifiez les chiffres (le dernier caractère est une clé de contrôle).</source>
        <translation>This IPP is invalid: check the digits (the last character is a check key).</translation>
    </message>
</context>
<context>
    <name>sijil::registry::ReferenceData</name>
    <message>
        <source>Ligne %1 : le texte n&apos;est pas en UTF-8 ; enregistrez le fichier en CSV UTF-8.</source>
        <translation>Line %1: the text is not UTF-8; save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Ligne %1 : guillemet non fermé.</source>
        <translation>Line %1: unclosed quotation mark.</translation>
    </message>
    <message>
        <source>Ligne %1 : %2 colonne(s) au lieu de 4 (code, nom en français, nom en arabe, code ISO de la province).</source>
        <translation>Line %1: %2 column(s) instead of 4 (code, French name, Arabic name, ISO code of the province).</translation>
    </message>
    <message>
        <source>Ligne %1 : le code de la commune manque.</source>
        <translation>Line %1: the commune code is missing.</translation>
    </message>
    <message>
        <source>Ligne %1 : le nom de la commune en français manque.</source>
        <translation>Line %1: the French name of the commune is missing.</translation>
    </message>
    <message>
        <source>Ligne %1 : le nom de la commune en arabe manque.</source>
        <translation>Line %1: the Arabic name of the commune is missing.</translation>
    </message>
    <message>
        <source>Ligne %1 : la préfecture ou province « %2 » est inconnue (code ISO attendu, par exemple MA-CAS).</source>
        <translation>Line %1: unknown prefecture or province “%2” (ISO code expected, e.g. MA-CAS).</translation>
    </message>
    <message>
        <source>Ligne %1 : le code « %2 » figure déjà à la ligne %3.</source>
        <translation>Line %1: the code “%2” already appears on line %3.</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucune commune.</source>
        <translation>The file contains no communes.</translation>
    </message>
    <message>
        <source>Les données de référence intégrées au programme sont endommagées ; réinstallez Sijil.</source>
        <translation>The reference data built into the program is damaged; reinstall Sijil.</translation>
    </message>
    <message>
        <source>Le fichier des couvertures sociales du site « %1 » est invalide.</source>
        <translation>The site&apos;s social coverage file “%1” is invalid.</translation>
    </message>
    <message>
        <source>La liste des communes « %1 » est illisible ; importez-la de nouveau.</source>
        <translation>The commune list “%1” cannot be read; import it again.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>Cannot read the file “%1”.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la liste des communes dans « %1 ».</source>
        <translation>Cannot save the commune list to “%1”.</translation>
    </message>
    <message>
        <source>Ligne %1 : en-tête « %2 » non reconnu : la première colonne de l&apos;en-tête doit commencer par « code » (code, nom en français, nom en arabe, code ISO de la province) ; sans en-tête, la première ligne est une commune.</source>
        <translation>Line %1: header “%2” not recognised: the header&apos;s first column must start with “code” (code, French name, Arabic name, ISO code of the province); without a header, the first line is a commune.</translation>
    </message>
</context>
<context>
    <name>sijil::storage</name>
    <message>
        <source>Cet enregistrement existe déjà.</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <source>Le disque est plein : l&apos;enregistrement local a échoué. Libérez de l&apos;espace puis réessayez.</source>
        <translation>The disk is full: saving on this workstation failed. Free up some space, then try again.</translation>
    </message>
    <message>
        <source>Erreur de la base de données locale.</source>
        <translation>Local database error.</translation>
    </message>
    <message>
        <source>Enregistrement introuvable.</source>
        <translation>Record not found.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::AuditTrail</name>
    <message>
        <source>La clé du journal d&apos;audit « %1 » est illisible ou invalide.</source>
        <translation>The audit log key file “%1” is unreadable or invalid.</translation>
    </message>
    <message>
        <source>La clé du journal d&apos;audit est introuvable (« %1 ») alors que le journal contient %2 entrée(s) : restaurez-la depuis la sauvegarde du poste. Une nouvelle clé rendrait le journal invérifiable.</source>
        <translation>The audit log key is missing (« %1 ») while the log holds %2 entry(ies): restore it from the workstation&apos;s backup. A new key would make the log unverifiable.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::Database</name>
    <message>
        <source>Impossible d&apos;ouvrir la base de données locale « %1 ».</source>
        <translation>Cannot open the local database “%1”.</translation>
    </message>
    <message>
        <source>La base de données locale a été créée par une version plus récente de Sijil (schéma %1 ; cette version connaît le schéma %2). Elle n&apos;a pas été modifiée. Installez la dernière version de Sijil.</source>
        <translation>The local database was created by a newer version of Sijil (schema %1; this version knows schema %2). It has not been modified. Install the latest version of Sijil.</translation>
    </message>
    <message>
        <source>La base de données locale « %1 » est endommagée ; elle n&apos;a pas été modifiée. Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</source>
        <translation>The local store “%1” is damaged; it was not modified. Stop Sijil on this workstation, keep a copy of the data folder, then restore the latest backup or call support; data already sent to the central server will be synchronised again.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne contient aucune base Sijil (il est vide). Il n&apos;a pas été modifié. Vérifiez le dossier des données ou restaurez la dernière sauvegarde.</source>
        <translation>The file “%1” holds no Sijil store (it is empty). It was not modified. Check the data folder or restore the latest backup.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::DuplicateQueue</name>
    <message>
        <source>Un dossier ne peut pas être le doublon de lui-même.</source>
        <translation>A record cannot be a duplicate of itself.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::IdentifierBlocks</name>
    <message>
        <source>La plage d&apos;identifiants est invalide : le premier numéro doit être positif et ne pas dépasser le dernier.</source>
        <translation>The identifier range is invalid: the first number must be positive and must not exceed the last.</translation>
    </message>
    <message>
        <source>Cette plage chevauche une plage d&apos;identifiants déjà enregistrée.</source>
        <translation>This range overlaps an identifier range that is already registered.</translation>
    </message>
    <message>
        <source>Plus aucun identifiant réservé pour ce site : l&apos;administrateur du site doit en obtenir une nouvelle plage auprès du registre central.</source>
        <translation>No reserved identifiers left for this site: the site administrator must obtain a new range from the central registry.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::IndexWriter</name>
    <message>
        <source>Cet identifiant est déjà attribué à un autre patient : rien n&apos;a été enregistré.</source>
        <translation>This identifier is already given to another patient: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::ResourceStore</name>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</source>
        <translation>The change could not be saved: it is incomplete or concerns an unknown item.</translation>
    </message>
    <message>
        <source>Ce dossier a changé depuis l&apos;affichage du conflit (nouvelle version reçue du serveur ou modifiée sur ce poste). Rien n&apos;a été enregistré : comparez à nouveau les deux versions.</source>
        <translation>This record changed after the conflict was shown (a new version came from the server, or it was edited on this workstation). Nothing was saved: compare the two versions again.</translation>
    </message>
    <message>
        <source>Ce changement n&apos;attend plus comme refusé (envoyé, remplacé par une correction ou abandonné entre-temps). Rien n&apos;a été modifié.</source>
        <translation>This change is no longer waiting as refused (sent, replaced by a correction or given up meanwhile). Nothing was changed.</translation>
    </message>
    <message>
        <source>Ce changement, ou un changement fait depuis sur les mêmes dossiers, crée un dossier que le serveur central n&apos;a pas encore : abandonné, ce dossier disparaîtrait de ce poste. Corrigez plutôt le dossier (F2 à l&apos;accueil) : il sera renvoyé corrigé. Rien n&apos;a été modifié.</source>
        <translation>This change, or a change made since to the same records, creates a record the central server does not have yet: given up, that record would disappear from this workstation. Correct the record instead (F2 at the admission desk): it will be sent again as corrected. Nothing was changed.</translation>
    </message>
    <message>
        <source>Garder la version du serveur central abandonnerait aussi un élément créé depuis sur ce poste (une couverture, un dossier), que le serveur n&apos;a pas : il disparaîtrait. Rien n&apos;a été modifié. Gardez la version de ce poste, ou fusionnez les deux versions.</source>
        <translation>Keeping the central server&apos;s version would also give up an item created since on this workstation (a coverage, a record), which the server does not have: it would disappear. Nothing was changed. Keep this workstation&apos;s version, or merge the two versions.</translation>
    </message>
    <message>
        <source>Ce dossier attend d&apos;être relu depuis le serveur central, après l&apos;abandon d&apos;un changement : il pourra être modifié après la prochaine synchronisation. Rien n&apos;a été enregistré.</source>
        <translation>This record is waiting to be read again from the central server after a change was given up: it can be changed after the next synchronisation. Nothing was saved.</translation>
    </message>
    <message>
        <source>Abandonné, ce changement rendrait à un dossier un identifiant qu&apos;un autre patient a reçu depuis sur ce poste : deux patients l&apos;auraient. Vérifiez d&apos;abord ces deux dossiers à l&apos;accueil (peut-être une seule personne). Rien n&apos;a été modifié.</source>
        <translation>Given up, this change would give a record back an identifier another patient has received on this workstation since: two patients would hold it. Check these two records at the desk first (perhaps one person). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::SyncLock</name>
    <message>
        <source>Une autre synchronisation de ce poste est en cours (le programme Sijil ouvert, ou sijilctl sync) : une seule à la fois. Réessayez quand elle sera terminée.</source>
        <translation>Another synchronisation of this workstation is in progress (the Sijil program open, or sijilctl sync): only one at a time. Try again once it has finished.</translation>
    </message>
    <message>
        <source>Le verrou de synchronisation de ce poste n&apos;a pas pu être créé à côté de ses données (droits d&apos;écriture sur le dossier ?).</source>
        <translation>This workstation&apos;s synchronisation lock could not be created beside its data (write permission on the folder?).</translation>
    </message>
</context>
<context>
    <name>sijil::sync</name>
    <message>
        <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</source>
        <translation>Your role does not allow you to resolve this conflict. Ask a physician or the site administrator.</translation>
    </message>
    <message>
        <source>Le serveur central a répondu à un envoi groupé de façon incomplète.</source>
        <translation>The central server gave an incomplete answer to a batch upload.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé cette modification sans que l&apos;élément ait changé (par exemple la suppression d&apos;un élément auquel d&apos;autres se réfèrent).</source>
        <translation>The central server refused this change although the item had not changed (for example, deleting an item that others refer to).</translation>
    </message>
    <message>
        <source>Un élément supprimé, sur ce poste ou sur le serveur central, ne se fusionne pas : gardez l&apos;une des deux versions.</source>
        <translation>An item deleted, on this workstation or on the central server, cannot be merged: keep one of the two versions.</translation>
    </message>
    <message>
        <source>Une autre synchronisation de ce poste est en cours (sijilctl sync ?) : celle de ce programme reprendra d&apos;elle-même quand elle sera terminée.</source>
        <translation>Another synchronisation of this workstation is in progress (sijilctl sync?): this program&apos;s will resume by itself once it has finished.</translation>
    </message>
    <message>
        <source>Ce conflit porte sur une fusion de dossiers (ou son annulation) faite sur ce poste : seul l&apos;administrateur du site peut le résoudre.</source>
        <translation>This conflict concerns a merge of records (or its undoing) made on this workstation: only the site administrator can resolve it.</translation>
    </message>
    <message>
        <source>Ce dossier fait partie d&apos;une fusion de dossiers (ou de son annulation) faite sur ce poste, et le serveur central en a une autre version : cette fusion ne peut pas partir telle quelle. Gardez la version du serveur (la fusion est alors abandonnée sur ce poste), puis refaites-la si elle reste justifiée.</source>
        <translation>This record is part of a merge of records (or its undoing) made on this workstation, and the central server has another version of it: this merge cannot be sent as it is. Keep the server&apos;s version (the merge is then abandoned on this workstation), then make it again if it is still warranted.</translation>
    </message>
    <message>
        <source>Sur le serveur central, ce dossier a été fusionné dans un autre : la modification faite sur ce poste ne peut pas y être gardée. Gardez la version du serveur, puis refaites la modification sur le dossier conservé.</source>
        <translation>On the central server, this record was merged into another: the change made on this workstation cannot be kept on it. Keep the server&apos;s version, then make the change again on the surviving record.</translation>
    </message>
    <message>
        <source>Sur le serveur central, ce dossier en remplace d&apos;autres (fusion) : il ne peut pas être supprimé par ce choix. Gardez la version du serveur.</source>
        <translation>On the central server, this record replaces others (a merge): it cannot be deleted by this choice. Keep the server&apos;s version.</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut abandonner un changement refusé par le serveur central.</source>
        <translation>Only the site administrator can give up a change the central server refused.</translation>
    </message>
    <message>
        <source>Une synchronisation de ce poste est en cours dans un autre programme (sijilctl sync, ou Sijil ouvert ailleurs) : elle peut être en train d&apos;envoyer ce changement. Rien n&apos;a été abandonné ; réessayez quand elle sera terminée.</source>
        <translation>Another program is synchronising this workstation (sijilctl sync, or Sijil open elsewhere): it may be sending this change. Nothing was given up; try again when it has finished.</translation>
    </message>
    <message>
        <source>Le programme s&apos;est arrêté avant que le changement soit abandonné : rien n&apos;a été modifié.</source>
        <translation>The program stopped before the change was given up: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sijil::sync::SyncLogModel</name>
    <message>
        <source>Serveur central injoignable (connexion absente ou coupée).</source>
        <translation>Central server unreachable (no connection or connection lost).</translation>
    </message>
    <message>
        <source>Serveur central surchargé : nouvel essai plus tard.</source>
        <translation>Central server overloaded: will try again later.</translation>
    </message>
    <message>
        <source>Erreur du serveur central.</source>
        <translation>Central server error.</translation>
    </message>
    <message>
        <source>Certificat du serveur central non reconnu.</source>
        <translation>Central server certificate not recognised.</translation>
    </message>
    <message>
        <source>Accès refusé par le serveur central.</source>
        <translation>Access refused by the central server.</translation>
    </message>
    <message>
        <source>Une modification a été refusée par le serveur central comme invalide.</source>
        <translation>A change was refused by the central server as invalid.</translation>
    </message>
    <message>
        <source>Erreur du stockage local.</source>
        <translation>Local storage error.</translation>
    </message>
    <message>
        <source>Échec (%1).</source>
        <translation>Failed (%1).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Réussie</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Échouée</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Envoyés</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reçus</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Une modification portait sur une version dépassée : un conflit est à résoudre (menu Synchronisation, Conflits).</source>
        <translation>A change was made on an outdated version: a conflict needs resolving (Synchronisation menu, Conflicts).</translation>
    </message>
    <message>
        <source>Le serveur central ne connaît pas un élément demandé : vérifiez l&apos;adresse du serveur configurée pour ce site.</source>
        <translation>The central server does not know something it was asked for: check the server address configured for this site.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central configurée pour ce site n&apos;est pas valable.</source>
        <translation>The central server address configured for this site is not valid.</translation>
    </message>
    <message>
        <source>Réponse illisible du serveur central : nouvel essai au prochain cycle.</source>
        <translation>Unreadable answer from the central server: tried again at the next cycle.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur central : nouvel essai au prochain cycle.</source>
        <translation>Unexpected answer from the central server: tried again at the next cycle.</translation>
    </message>
    <message>
        <source>Détail technique : %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>Le serveur central a refusé ce poste à la connexion sécurisée (certificat du poste).</source>
        <translation>The central server refused this workstation on the secure connection (the workstation&apos;s certificate).</translation>
    </message>
    <message>
        <source>Le serveur central a fermé la connexion pendant son établissement sécurisé (serveur indisponible, ou certificat du poste refusé).</source>
        <translation>The central server closed the connection while it was being secured (server unavailable, or the workstation&apos;s certificate refused).</translation>
    </message>
</context>
<context>
    <name>sijil::ui::AdmissionPage</name>
    <message>
        <source>Aucun patient sélectionné. Ctrl+N pour l&apos;enregistrer.</source>
        <translation>No patient selected. Ctrl+N to register one.</translation>
    </message>
    <message>
        <source>Patient enregistré, IPP %1. Ctrl+P pour imprimer son étiquette.</source>
        <translation>Patient registered, IPP %1. Ctrl+P to print their label.</translation>
    </message>
    <message>
        <source>Ce patient est introuvable.</source>
        <translation>This patient cannot be found.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le patient dont imprimer l&apos;étiquette.</source>
        <translation>First choose the patient whose label you want to print.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Cherchez toujours le patient avant de l&apos;enregistrer. Entrée : ouvrir le dossier sélectionné — Ctrl+N : nouveau patient — F2 : corriger — Ctrl+P : étiquette.</source>
        <translation>Always search for the patient before registering them. Enter: open the selected record — Ctrl+N: new patient — F2: correct — Ctrl+P: label.</translation>
    </message>
    <message>
        <source>Ce dossier (IPP %1) a été fusionné avec le dossier IPP %2 : c&apos;est ce dossier qui est ouvert.</source>
        <translation>This record (IPP %1) has been merged with record IPP %2: that is the record being opened.</translation>
    </message>
    <message>
        <source>Doublons à examiner (F8)</source>
        <translation>Duplicates to review (F8)</translation>
    </message>
    <message>
        <source>Le dossier provisoire IPP %1 est dans la file des doublons, pour être fusionné avec ce dossier (IPP %2).</source>
        <translation>The temporary record IPP %1 is in the duplicate queue, to be merged with this record (IPP %2).</translation>
    </message>
    <message>
        <source>Le serveur central a refusé une modification de ce dossier ; elle est gardée sur ce poste. Corrigez le dossier (F2) : la correction la remplacera. Motif donné par le serveur : %1</source>
        <translation>The central server refused a change to this record; it is kept on this workstation. Correct the record (F2): the correction will replace it. Reason given by the server: %1</translation>
    </message>
    <message>
        <source>Recherche sur le serveur central en cours : attendez sa réponse avant d&apos;enregistrer.</source>
        <translation>Searching the central server: wait for its answer before registering.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas encore répondu : ce patient y sera recherché à l&apos;enregistrement.</source>
        <translation>The central server has not answered yet: this patient will be looked for there when saved.</translation>
    </message>
    <message>
        <source>Patient enregistré, IPP %1, sans comparaison avec le serveur central. Ctrl+P pour imprimer son étiquette.</source>
        <translation>Patient registered, IPP %1, without comparison with the central server. Ctrl+P to print their label.</translation>
    </message>
    <message>
        <source>Correction enregistrée. Sa pièce d&apos;identité n&apos;a pas été comparée avec le serveur central.</source>
        <translation>Correction saved. Its identity document was not compared with the central server.</translation>
    </message>
    <message>
        <source>Le dossier IPP %1 a été fusionné avec le dossier IPP %2 sur le serveur central : c&apos;est ce dossier qui est ouvert.</source>
        <translation>The record IPP %1 was merged with the record IPP %2 on the central server: this record is the one open.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé une modification faite sur ce dossier avec d&apos;autres (une fusion) ; elle est gardée sur ce poste et retient les suivantes. L&apos;administrateur du site peut l&apos;abandonner (Synchronisation, Changements refusés). Motif donné par le serveur : %1</source>
        <translation>The central server refused a change made to this record together with others (a merge); it is kept on this workstation and holds back the later ones. The site administrator can give it up (Synchronisation, Refused changes). Reason given by the server: %1</translation>
    </message>
    <message>
        <source>Un changement de ce dossier a été abandonné : le dossier attend d&apos;être relu depuis le serveur central et pourra être modifié après la prochaine synchronisation.</source>
        <translation>A change to this record was given up: the record is waiting to be read again from the central server and can be changed after the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::CardReadDialog</name>
    <message>
        <source>%1 — carte présente</source>
        <translation>%1 — card present</translation>
    </message>
    <message>
        <source>%1 — pas de carte</source>
        <translation>%1 — no card</translation>
    </message>
    <message>
        <source>Aucun lecteur de cartes branché. Branchez-le : il apparaîtra ici.</source>
        <translation>No card reader connected. Connect one: it will appear here.</translation>
    </message>
    <message>
        <source>Lecture terminée.</source>
        <translation>Reading complete.</translation>
    </message>
    <message>
        <source>Photo lue, format non affichable (%1)</source>
        <translation>Photo read, format cannot be displayed (%1)</translation>
    </message>
    <message>
        <source>Pas de photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Lire la carte d&apos;identité</source>
        <translation>Read the identity card</translation>
    </message>
    <message>
        <source>Posez la CNIE ou le passeport sur le lecteur, puis tapez le numéro d&apos;accès (CAN, 6 chiffres au recto de la carte) ou saisissez la MRZ.</source>
        <translation>Place the CNIE or passport on the reader, then type the card access number (CAN, 6 digits on the front of the card) or enter the MRZ.</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Numéro d&apos;accès (CAN)</source>
        <translation>Card access number (CAN)</translation>
    </message>
    <message>
        <source>Saisir la MRZ…</source>
        <translation>Enter the MRZ…</translation>
    </message>
    <message>
        <source>MRZ du document %1 saisie</source>
        <translation>MRZ of document %1 entered</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Lire la carte</source>
        <translation>Read the card</translation>
    </message>
    <message>
        <source>Remplir la fiche</source>
        <translation>Fill in the form</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>type de pièce</source>
        <translation>document type</translation>
    </message>
    <message>
        <source>numéro</source>
        <translation>number</translation>
    </message>
    <message>
        <source>date d&apos;expiration</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>prénoms</source>
        <translation>given names</translation>
    </message>
    <message>
        <source>sexe</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>date de naissance</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>nationalité</source>
        <translation>nationality</translation>
    </message>
    <message>
        <source>Lus sur la puce : %1.</source>
        <translation>Read from the chip: %1.</translation>
    </message>
    <message>
        <source>Ces données ne peuvent pas être reprises dans la fiche.</source>
        <translation>This data cannot be copied into the form.</translation>
    </message>
    <message>
        <source>Document délivré le %1 par %2.</source>
        <translation>Document issued on %1 by %2.</translation>
    </message>
    <message>
        <source>Document délivré le %1.</source>
        <translation>Document issued on %1.</translation>
    </message>
    <message>
        <source>Document délivré par %1.</source>
        <translation>Document issued by %1.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConflictsDialog</name>
    <message>
        <source>Prendre « %1 » du serveur</source>
        <translation>Take “%1” from the server</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</source>
        <translation>Your role does not allow you to resolve this conflict. Ask a physician or the site administrator.</translation>
    </message>
    <message>
        <source>Aucun conflit en attente.</source>
        <translation>No conflicts waiting.</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <source>Ces dossiers ont été modifiés sur ce poste et sur le serveur central pendant que le poste était hors ligne. Comparez les deux versions, puis gardez l&apos;une d&apos;elles ou fusionnez-les en cochant les éléments à prendre du serveur. Votre choix est enregistré dans le journal d&apos;audit.</source>
        <translation>These records were changed on this workstation and on the central server while the workstation was offline. Compare both versions, then keep one of them or merge them by ticking the elements to take from the server. Your choice is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Prendre du serveur</source>
        <translation>Take from server</translation>
    </message>
    <message>
        <source>Garder la version de ce poste</source>
        <translation>Keep this workstation&apos;s version</translation>
    </message>
    <message>
        <source>Garder la version du serveur</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
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
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Lieu de naissance, nationalité</source>
        <translation>Place of birth, nationality</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Décédé</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Date du décès</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Dossiers fusionnés</source>
        <translation>Merged records</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Assuré</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>Numéro d&apos;affiliation</source>
        <translation>Affiliation number</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Date de la mesure</source>
        <translation>Date measured</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Détecté le %1</source>
        <translation>Detected on %1</translation>
    </message>
    <message>
        <source>Le conflit affiché a été résolu entre-temps. Choisissez-en un autre dans la liste.</source>
        <translation>The conflict shown was resolved meanwhile. Choose another one in the list.</translation>
    </message>
    <message>
        <source>Ce conflit a changé depuis son affichage (nouvelle version du serveur ou de ce poste) : les versions ci-dessous sont les nouvelles, comparez-les à nouveau.</source>
        <translation>This conflict changed after it was shown (a new version from the server or from this workstation): the versions below are the new ones; compare them again.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(supprimé sur ce poste)</source>
        <translation>(deleted on this workstation)</translation>
    </message>
    <message>
        <source>Supprimé sur ce poste, modifié sur le serveur central : « Garder la version de ce poste » le supprime aussi sur le serveur, « Garder la version du serveur » le rétablit ici.</source>
        <translation>Deleted on this workstation, changed on the central server: &quot;Keep this workstation&apos;s version&quot; deletes it on the server too, &quot;Keep the server&apos;s version&quot; restores it here.</translation>
    </message>
    <message>
        <source>(supprimé sur le serveur central)</source>
        <translation>(deleted on the central server)</translation>
    </message>
    <message>
        <source>Modifié sur ce poste, supprimé sur le serveur central : « Garder la version de ce poste » le recrée sur le serveur, « Garder la version du serveur » le supprime aussi ici.</source>
        <translation>Changed on this workstation, deleted on the central server: “Keep this workstation&apos;s version” creates it again on the server, “Keep the server&apos;s version” deletes it here too.</translation>
    </message>
    <message numerus="yes">
        <source>Ce changement a été fait avec %n autre(s) (une fusion de dossiers, un patient et sa couverture…) : ils partiront ensemble au serveur central une fois ce conflit résolu.</source>
        <translation>
            <numerusform>This change was made with %n other (a merge of records, a patient and their coverage…): they will go to the central server together once this conflict is settled.</numerusform>
            <numerusform>This change was made with %n others (a merge of records, a patient and their coverage…): they will go to the central server together once this conflict is settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n autre(s) conflit(s) du même ensemble à régler aussi.</source>
        <translation>
            <numerusform>%n other conflict of the same change to settle too.</numerusform>
            <numerusform>%n other conflicts of the same change to settle too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenir au conflit</source>
        <translation>Back to the conflict</translation>
    </message>
    <message numerus="yes">
        <source>Ce changement a été fait avec %n autre(s), à envoyer ensemble. En gardant la version du serveur, tout l&apos;ensemble est abandonné sur ce poste : les autres éléments reprennent la version qu&apos;ils avaient avant lui, et une fusion de dossiers faite ici est à refaire.</source>
        <translation>
            <numerusform>This change was made with %n other, to be sent together. If you keep the server&apos;s version, the whole change is abandoned on this workstation: the other elements go back to the version they had before it, and a merge of records made here must be made again.</numerusform>
            <numerusform>This change was made with %n others, to be sent together. If you keep the server&apos;s version, the whole change is abandoned on this workstation: the other elements go back to the version they had before it, and a merge of records made here must be made again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Les modifications faites ensuite sur ce poste à ces mêmes éléments sont abandonnées aussi. Pour garder l&apos;ensemble, choisissez plutôt « Fusionner » en cochant les éléments à prendre du serveur.</source>
        <translation>Changes made afterwards on this workstation to the same elements are abandoned too. To keep it whole, choose “Merge” instead, ticking the elements to take from the server.</translation>
    </message>
    <message>
        <source>Abandonner l&apos;ensemble</source>
        <translation>Abandon the whole change</translation>
    </message>
    <message>
        <source>Toujours la version du serveur central : choisir entre les deux versions ne fusionne pas de dossiers et n&apos;annule pas de fusion.</source>
        <translation>Always the central server&apos;s version: choosing between the two versions neither merges records nor undoes a merge.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConnectionIndicator</name>
    <message numerus="yes">
        <source>Hors ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>Offline — %n pending change</numerusform>
            <numerusform>Offline — %n pending changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Le serveur central est injoignable. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</source>
        <translation>The central server cannot be reached. Work continues on this workstation and will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>Aucun serveur central n&apos;est configuré : les données restent sur ce poste.</source>
        <translation>No central server is configured: data stays on this workstation.</translation>
    </message>
    <message numerus="yes">
        <source>En ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>Online — %n pending change</numerusform>
            <numerusform>Online — %n pending changes</numerusform>
        </translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Dernière synchronisation : %1</source>
        <translation>Last synchronisation: %1</translation>
    </message>
    <message>
        <source>Connecté au serveur central.</source>
        <translation>Connected to the central server.</translation>
    </message>
    <message>
        <source>Envoi et réception des modifications en cours.</source>
        <translation>Sending and receiving changes.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation… %n modification(s) en attente</source>
        <translation>
            <numerusform>Synchronising… %n pending change</numerusform>
            <numerusform>Synchronising… %n pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Le serveur central est injoignable depuis la dernière synchronisation réussie, le %1. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</source>
        <translation>The central server has been unreachable since the last successful synchronisation, on %1. Work goes on at this workstation and will be sent when the connection returns.</translation>
    </message>
    <message>
        <source>synchronisation incomplète</source>
        <translation>sync incomplete</translation>
    </message>
    <message>
        <source>Le détail est dans le journal de synchronisation.</source>
        <translation>The details are in the sync log.</translation>
    </message>
    <message>
        <source>serveur central mal configuré</source>
        <translation>central server misconfigured</translation>
    </message>
    <message>
        <source>L&apos;administrateur du site corrige le fichier de configuration (sijilctl config show dit ce qui ne va pas). Les données restent sur ce poste.</source>
        <translation>The site administrator corrects the configuration file (sijilctl config show says what is wrong). The data stay on this workstation.</translation>
    </message>
    <message>
        <source>connexion sécurisée refusée</source>
        <translation>secure connection refused</translation>
    </message>
    <message>
        <source>L&apos;administrateur du site vérifie les certificats du serveur central et de ce poste (sijilctl config show). Les données restent sur ce poste.</source>
        <translation>The site administrator checks the certificates of the central server and of this workstation (sijilctl config show). The data stays on this workstation.</translation>
    </message>
    <message>
        <source>synchronisation arrêtée</source>
        <translation>sync stopped</translation>
    </message>
    <message>
        <source>Le travail continue sur ce poste ; rien n&apos;est envoyé ni reçu avant le prochain démarrage de Sijil. Si cela se reproduit, l&apos;administrateur du site vérifie la base locale (sijilctl store check).</source>
        <translation>Work continues on this workstation; nothing is sent or received until Sijil is next started. If this happens again, the site administrator checks the local database (sijilctl store check).</translation>
    </message>
    <message>
        <source>en attente d&apos;une autre synchronisation</source>
        <translation>waiting for another sync</translation>
    </message>
    <message>
        <source>connexion interrompue par le serveur</source>
        <translation>connection closed by the server</translation>
    </message>
    <message>
        <source>Sijil réessaie de lui-même. Si cela dure, l&apos;administrateur du site vérifie le serveur central et le certificat de ce poste (sijilctl config show). Les données restent sur ce poste.</source>
        <translation>Sijil retries on its own. If it lasts, the site administrator checks the central server and this workstation&apos;s certificate (sijilctl config show). The data stays on this workstation.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DateField</name>
    <message>
        <source>Année seulement</source>
        <translation>Year only</translation>
    </message>
    <message>
        <source>aaaa</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DeskAudit</name>
    <message>
        <source>Les dossiers consultés n&apos;ont pas pu être inscrits au journal d&apos;audit. Prévenez l&apos;administrateur du site.</source>
        <translation>The records viewed could not be written to the audit trail. Tell the site administrator.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DuplicateDialog</name>
    <message>
        <source>Ce patient est peut-être déjà enregistré</source>
        <translation>This patient may already be registered</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Nom (latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>Nom (arabe)</source>
        <translation>Name (Arabic)</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Couverture</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Saisie en cours</source>
        <translation>Being entered</translation>
    </message>
    <message>
        <source>Très probablement le même</source>
        <translation>Very probably the same</translation>
    </message>
    <message>
        <source>Peut-être le même</source>
        <translation>Possibly the same</translation>
    </message>
    <message>
        <source>Diffère de la saisie</source>
        <translation>Differs from the entry</translation>
    </message>
    <message>
        <source>Un autre patient enregistré a cette pièce d&apos;identité. Comparez-les (les différences sont surlignées) : s&apos;il s&apos;agit de lui, ouvrez son dossier (la correction n&apos;est pas enregistrée) ; sinon vérifiez le numéro saisi.</source>
        <translation>Another registered patient holds this identity document. Compare them (differences are highlighted): if it is the same person, open their record (the correction is not saved); otherwise check the number entered.</translation>
    </message>
    <message>
        <source>Même pièce d&apos;identité</source>
        <translation>Same identity document</translation>
    </message>
    <message>
        <source>Des patients déjà enregistrés ressemblent à celui que vous saisissez. Comparez-les (les différences sont surlignées) ; choisissez une colonne avec les flèches. « C&apos;est ce patient » ouvre son dossier, ses champs vides complétés par votre saisie. Créer un doublon éparpille le dossier du patient.</source>
        <translation>Some registered patients resemble the one you are entering. Compare them (differences are highlighted); choose a column with the arrow keys. “This is the patient” opens their record, its empty fields completed with what you entered. Creating a duplicate scatters the patient&apos;s record.</translation>
    </message>
    <message>
        <source>&amp;C&apos;est ce patient</source>
        <translation>&amp;This is the patient</translation>
    </message>
    <message>
        <source>&amp;Ouvrir ce patient</source>
        <translation>&amp;Open this patient</translation>
    </message>
    <message>
        <source>Créer &amp;quand même</source>
        <translation>Create &amp;anyway</translation>
    </message>
    <message>
        <source>Enregistrer &amp;quand même</source>
        <translation>Save &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Retour à la saisie</source>
        <translation>&amp;Back to data entry</translation>
    </message>
    <message>
        <source>Des patients déjà enregistrés ressemblent à l&apos;identité que vous donnez à ce patient non identifié. Comparez-les (les différences sont surlignées). « C&apos;est ce patient » ouvre son dossier et place les deux dossiers dans la file des doublons, pour être fusionnés ; l&apos;identité saisie n&apos;est pas enregistrée.</source>
        <translation>Patients already registered resemble the identity you are giving this unidentified patient. Compare them (differences are highlighted). &quot;This is the patient&quot; opens their record and places both records in the duplicate queue, to be merged; the identity entered is not saved.</translation>
    </message>
    <message>
        <source>%1 (serveur central)</source>
        <translation>%1 (central server)</translation>
    </message>
    <message>
        <source>Remplace le dossier IPP %1, fusionné avec celui-ci</source>
        <translation>Replaces record IPP %1, merged into this one</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DuplicateReviewPage</name>
    <message>
        <source>Très probablement le même</source>
        <translation>Very probably the same</translation>
    </message>
    <message>
        <source>Peut-être le même</source>
        <translation>Possibly the same</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut fusionner des dossiers ou les déclarer distincts.</source>
        <translation>Only the site administrator can merge records or declare them distinct.</translation>
    </message>
    <message>
        <source>Le dossier IPP %1 est fusionné avec le dossier IPP %2, qui le remplace.</source>
        <translation>Record IPP %1 has been merged with record IPP %2, which replaces it.</translation>
    </message>
    <message>
        <source>Les dossiers IPP %1 et IPP %2 sont notés comme deux personnes distinctes.</source>
        <translation>Records IPP %1 and IPP %2 are marked as two different people.</translation>
    </message>
    <message>
        <source>La fusion est annulée : le dossier IPP %1 est de nouveau séparé ; la paire revient dans la file.</source>
        <translation>The merge has been undone: record IPP %1 is separate again; the pair returns to the queue.</translation>
    </message>
    <message>
        <source>Doublons à examiner</source>
        <translation>Duplicates to review</translation>
    </message>
    <message>
        <source>Flèches : choisir une paire (les différences sont surlignées) — Alt+C : dossier conservé — Alt+F : fusionner — Alt+P : pas la même personne — Alt+N : annuler la fusion choisie — Échap : retour à la recherche.</source>
        <translation>Arrow keys: choose a pair (differences are highlighted) — Alt+C: record to keep — Alt+F: merge — Alt+P: not the same person — Alt+N: undo the selected merge — Esc: back to search.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Dossier 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>Dossier 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>Dossier conservé (Alt+C) :</source>
        <translation>Record to keep (Alt+C):</translation>
    </message>
    <message>
        <source>Fusionner (Alt+F)</source>
        <translation>Merge (Alt+F)</translation>
    </message>
    <message>
        <source>Pas la même personne (Alt+P)</source>
        <translation>Not the same person (Alt+P)</translation>
    </message>
    <message>
        <source>Fusions effectuées</source>
        <translation>Completed merges</translation>
    </message>
    <message>
        <source>Dossier conservé</source>
        <translation>Retained record</translation>
    </message>
    <message>
        <source>Dossier fusionné</source>
        <translation>Merged record</translation>
    </message>
    <message>
        <source>Fusionné le</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>Annuler la fusion (Alt+N)</source>
        <translation>Undo merge (Alt+N)</translation>
    </message>
    <message>
        <source>Chargement de la file…</source>
        <translation>Loading the queue…</translation>
    </message>
    <message>
        <source>Les deux dossiers étaient fusionnés l&apos;un dans l&apos;autre. La fusion du dossier IPP %1 est annulée : le dossier IPP %2 reste fusionné dans le dossier IPP %1, qui est conservé.</source>
        <translation>The two records were merged into each other. The merge of record IPP %1 has been undone: record IPP %2 stays merged into record IPP %1, which is kept.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::FirstRunPage</name>
    <message>
        <source>Bienvenue dans Sijil</source>
        <translation>Welcome to Sijil</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur du site : il pourra ensuite créer les comptes des autres utilisateurs.</source>
        <translation>This workstation has no accounts yet. Create the site administrator&apos;s account: the administrator can then create the other users&apos; accounts.</translation>
    </message>
    <message>
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Confirmation du mot de passe</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>Création…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Créer le compte administrateur</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>&amp;Mot de passe (%1 caractères au moins)</source>
        <translation>&amp;Password (at least %1 characters)</translation>
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
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Espace ou F4 pour chercher l&apos;assuré</source>
        <translation>Space or F4 to search for the insured person</translation>
    </message>
    <message>
        <source>Assuré</source>
        <translation>Insured person</translation>
    </message>
</context>
<context>
    <name>sijil::ui::LabelPrinter</name>
    <message>
        <source>Le code-barres de l&apos;IPP n&apos;a pas pu être produit.</source>
        <translation>The IPP barcode could not be generated.</translation>
    </message>
    <message>
        <source>Né(e) le %1</source>
        <translation>Born on %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Étiquette patient</source>
        <translation>Patient label</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Patient non identifié</source>
        <translation>Unidentified patient</translation>
    </message>
    <message>
        <source>Né(e) en %1</source>
        <translation>Born in %1</translation>
    </message>
    <message>
        <source>Étiquette patient, IPP %1</source>
        <translation>Patient label, IPP %1</translation>
    </message>
</context>
<context>
    <name>sijil::ui::LockPage</name>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Session verrouillée</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>Verrouillée par %1 (%2). Seul cet utilisateur peut la déverrouiller.</source>
        <translation>Locked by %1 (%2). Only this user can unlock it.</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Se connecter avec un autre compte…</source>
        <translation>Sign in with another account…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::MainWindow</name>
    <message>
        <source>Poste autonome (hors réseau)</source>
        <translation>Standalone workstation (offline)</translation>
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
        <translation>&amp;Lock the workstation</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Thème</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Clair</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>Contraste &amp;élevé</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de Sijil</source>
        <translation>&amp;About Sijil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>À propos de Sijil</source>
        <translation>About Sijil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sijil %1&lt;/h3&gt;&lt;p&gt;Poste de travail clinique du dossier patient partagé national et de la télémédecine.&lt;/p&gt;&lt;p&gt;Ministère de la Santé et de la Protection sociale.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sijil %1&lt;/h3&gt;&lt;p&gt;Clinical workstation for the national shared patient record and telemedicine.&lt;/p&gt;&lt;p&gt;Ministry of Health and Social Protection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Afficha&amp;ge</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>sijil::ui::MrzDialog</name>
    <message>
        <source>Saisir la MRZ</source>
        <translation>Enter the MRZ</translation>
    </message>
    <message>
        <source>Tapez ou scannez les lignes de la zone de lecture automatique, au dos de la CNIE ou en bas de la page du passeport, une ligne par ligne. Ctrl+Entrée pour lire.</source>
        <translation>Type or scan the lines of the machine-readable zone, on the back of the CNIE or at the bottom of the passport page, one line at a time. Ctrl+Enter to read.</translation>
    </message>
    <message>
        <source>Zone de lecture automatique</source>
        <translation>Machine-readable zone</translation>
    </message>
    <message>
        <source>Lire</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PacsDialog</name>
    <message>
        <source>&amp;ID patient (PACS) :</source>
        <translation>Patient &amp;ID (PACS):</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pé&amp;riode :</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>&amp;Modalité :</source>
        <translation>&amp;Modality:</translation>
    </message>
    <message>
        <source>N° d&apos;&amp;accession :</source>
        <translation>&amp;Accession number:</translation>
    </message>
    <message>
        <source>NOM ou NOM^PRÉNOM ; * pour compléter</source>
        <translation>FAMILY or FAMILY^GIVEN; * to complete</translation>
    </message>
    <message>
        <source>du … au …</source>
        <translation>from … to …</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Ré&amp;cupérer et afficher</source>
        <translation>Re&amp;trieve and show</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
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
        <translation>Modalities</translation>
    </message>
    <message>
        <source>Séries / images</source>
        <translation>Series / images</translation>
    </message>
    <message>
        <source>N° d&apos;accession</source>
        <translation>Accession number</translation>
    </message>
    <message>
        <source>La période commence après sa fin.</source>
        <translation>The period starts after its end.</translation>
    </message>
    <message>
        <source>Indiquez au moins un critère : ID, nom, période, modalité ou numéro d&apos;accession.</source>
        <translation>Give at least one criterion: ID, name, period, modality or accession number.</translation>
    </message>
    <message>
        <source>Aucun examen ne correspond.</source>
        <translation>No study matches.</translation>
    </message>
    <message>
        <source>Seuls les %1 premiers examens sont affichés : précisez la recherche.</source>
        <translation>Only the first %1 studies are shown: narrow the search.</translation>
    </message>
    <message>
        <source>Récupération annulée.</source>
        <translation>Retrieval cancelled.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;a envoyé aucune image de cet examen.</source>
        <translation>The PACS sent no image of this study.</translation>
    </message>
    <message>
        <source>Rechercher sur le PACS</source>
        <translation>Search the PACS</translation>
    </message>
    <message>
        <source>Rechercher sur le PACS : %1</source>
        <translation>Search the PACS: %1</translation>
    </message>
    <message>
        <source>&amp;Source :</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
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
        <translation>password of account “%1”</translation>
    </message>
    <message>
        <source>Saisissez le mot de passe du compte DICOMweb.</source>
        <translation>Enter the password of the DICOMweb account.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientBanner</name>
    <message>
        <source>Fermer le dossier du patient</source>
        <translation>Close the patient&apos;s record</translation>
    </message>
    <message>
        <source>Aucun patient ouvert</source>
        <translation>No patient open</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sexe inconnu</source>
        <translation>Sex unknown</translation>
    </message>
    <message numerus="yes">
        <source>né(e) le %1 (%n an(s))</source>
        <translation>
            <numerusform>born %1 (%n year old)</numerusform>
            <numerusform>born %1 (%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>né(e) en %1 (environ %n an(s))</source>
        <translation>
            <numerusform>born in %1 (about %n year old)</numerusform>
            <numerusform>born in %1 (about %n years old)</numerusform>
        </translation>
    </message>
    <message>
        <source>date de naissance inconnue</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <source>IPP : non attribué</source>
        <translation>IPP: not assigned</translation>
    </message>
    <message>
        <source>IPP : %1</source>
        <translation>IPP: %1</translation>
    </message>
    <message>
        <source>Patient ouvert : %1</source>
        <translation>Open patient: %1</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientPickerDialog</name>
    <message>
        <source>Choisir l&apos;assuré</source>
        <translation>Choose the insured person</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientSearchPanel</name>
    <message>
        <source>Tapez un IPP, un numéro de CNIE, un téléphone, ou le nom et la date de naissance.</source>
        <translation>Type an IPP, a CNIE number, a phone number, or the name and date of birth.</translation>
    </message>
    <message>
        <source>Aucun patient ne correspond. Ctrl+N pour enregistrer un nouveau patient.</source>
        <translation>No matching patient. Ctrl+N to register a new patient.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) trouvé(s). Entrée pour ouvrir le dossier sélectionné, Ctrl+N pour un nouveau patient.</source>
        <translation>
            <numerusform>%n patient found. Enter to open the selected record, Ctrl+N for a new patient.</numerusform>
            <numerusform>%n patients found. Enter to open the selected record, Ctrl+N for a new patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>IPP, CNIE, téléphone, ou nom et date de naissance (ex. : Benali 1975)</source>
        <translation>IPP, CNIE, phone, or name and date of birth (e.g. Benali 1975)</translation>
    </message>
    <message>
        <source>Rechercher un patient</source>
        <translation>Search for a patient</translation>
    </message>
    <message>
        <source>Préparation de la recherche des patients… %1 %</source>
        <translation>Preparing the patient search… %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n patients correspondent : seuls les %n plus probables sont affichés. Précisez la recherche (date de naissance complète, deuxième nom, téléphone) avant d&apos;enregistrer un nouveau patient.</source>
        <translation>
            <numerusform>More than %n patient matches: only the most likely is shown. Refine the search (full date of birth, second name, phone) before registering a new patient.</numerusform>
            <numerusform>More than %n patients match: only the %n most likely are shown. Refine the search (full date of birth, second name, phone) before registering a new patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recherche sur le serveur central…</source>
        <translation>Searching the central server…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) de plus trouvé(s) sur le serveur central (« Serveur central » dans la liste) : ouvert, le dossier est gardé sur ce poste.</source>
        <translation>
            <numerusform>%n more patient found on the central server (“Central server” in the list): once opened, the record is kept on this workstation.</numerusform>
            <numerusform>%n more patients found on the central server (“Central server” in the list): once opened, the record is kept on this workstation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas d&apos;autre patient correspondant.</source>
        <translation>The central server has no other matching patient.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas répondu : seuls les patients de ce poste sont affichés. %1</source>
        <translation>The central server did not answer: only this workstation&apos;s patients are shown. %1</translation>
    </message>
    <message>
        <source>Aucun patient sur ce poste ; recherche sur le serveur central…</source>
        <translation>No patient on this workstation; searching the central server…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::RefusedChangesDialog</name>
    <message numerus="yes">
        <source>%n autre(s) élément(s) du dossier</source>
        <translation>
            <numerusform>%n other item of the record</numerusform>
            <numerusform>%n other items of the record</numerusform>
        </translation>
    </message>
    <message>
        <source>Abandonner ce changement</source>
        <translation>Give up this change</translation>
    </message>
    <message>
        <source>Ce changement ne sera jamais envoyé au serveur central, ni ce qui a été fait après lui sur ces dossiers :
%1
Chaque dossier revient à ce que le serveur central en a, lu à la prochaine synchronisation. Abandonner ?</source>
        <translation>This change will never be sent to the central server, nor what was done after it on these records:
%1
Each record goes back to what the central server holds, read at the next synchronisation. Give it up?</translation>
    </message>
    <message numerus="yes">
        <source>Changement abandonné : %n dossier(s) remis comme le serveur central les a ; ils seront relus à la prochaine synchronisation.</source>
        <translation>
            <numerusform>Change given up: %n record put back as the central server has it; it will be read again at the next synchronisation.</numerusform>
            <numerusform>Change given up: %n records put back as the central server has them; they will be read again at the next synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changements refusés par le serveur central</source>
        <translation>Changes refused by the central server</translation>
    </message>
    <message>
        <source>Aucun changement n&apos;est refusé par le serveur central.</source>
        <translation>No change is refused by the central server.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé ces changements : renvoyés, ils seraient refusés encore, et retiennent les changements faits après eux sur les mêmes dossiers. Un dossier créé et refusé se corrige à l&apos;accueil (F2) ; un autre changement peut être abandonné par l&apos;administrateur du site.</source>
        <translation>The central server refused these changes: sent again, they would be refused again, and they hold back the changes made after them to the same records. A record created and refused is corrected at the admission desk (F2); any other change can be given up by the site administrator.</translation>
    </message>
    <message>
        <source>Enregistré le</source>
        <translation>Saved on</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Abandonner ce changement…</source>
        <translation>&amp;Give up this change…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie.</source>
        <translation>A synchronisation is under way: a change can be given up as soon as it is over.</translation>
    </message>
    <message>
        <source>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie. Rien n&apos;a été modifié.</source>
        <translation>A synchronisation is under way: a change can be given up as soon as it is over. Nothing was changed.</translation>
    </message>
    <message>
        <source>Abandon du changement… (après la fin de la synchronisation en cours, s&apos;il y en a une)</source>
        <translation>Giving the change up… (once the synchronisation under way, if any, has ended)</translation>
    </message>
</context>
<context>
    <name>sijil::ui::RegistrationForm</name>
    <message>
        <source>Aucune pièce</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>CNIE</source>
        <translation>CNIE</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Carte de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance</source>
        <translation>Birth certificate extract</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Conjoint(e)</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Frère</source>
        <translation>Brother</translation>
    </message>
    <message>
        <source>Sœur</source>
        <translation>Sister</translation>
    </message>
    <message>
        <source>Autre membre de la famille</source>
        <translation>Other family member</translation>
    </message>
    <message>
        <source>Ami(e)</source>
        <translation>Friend</translation>
    </message>
    <message>
        <source>Voisin(e)</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <source>Assuré principal</source>
        <translation>Primary insured person</translation>
    </message>
    <message>
        <source>Modifier le patient</source>
        <translation>Edit patient</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>En lettres latines</source>
        <translation>In Latin letters</translation>
    </message>
    <message>
        <source>En lettres arabes</source>
        <translation>In Arabic letters</translation>
    </message>
    <message>
        <source>Type de pièce</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date d&apos;expiration</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Pays de délivrance</source>
        <translation>Country of issue</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ville de naissance</source>
        <translation>Town of birth</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Préfecture ou province</source>
        <translation>Prefecture or province</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Son téléphone</source>
        <translation>Their phone</translation>
    </message>
    <message>
        <source>Catégorie de prise en charge</source>
        <translation>Billing category</translation>
    </message>
    <message>
        <source>Régime de couverture</source>
        <translation>Coverage scheme</translation>
    </message>
    <message>
        <source>N° d&apos;immatriculation</source>
        <translation>Affiliation no.</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Relationship to insured</translation>
    </message>
    <message>
        <source>Ayant droit de</source>
        <translation>Dependant of</translation>
    </message>
    <message>
        <source>Lu sur la pièce d&apos;identité (MRZ)</source>
        <translation>Read from the identity document (MRZ)</translation>
    </message>
    <message>
        <source>06 12 34 56 78 ou +33 6 …</source>
        <translation>06 12 34 56 78 or +33 6 …</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Tapez pour choisir dans la liste</source>
        <translation>Type to choose from the list</translation>
    </message>
    <message>
        <source>Saisir la MRZ… (Ctrl+M)</source>
        <translation>Enter the MRZ… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;identité provisoire (Ctrl+S)</source>
        <translation>Save the temporary identity (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Année illisible : saisissez quatre chiffres (ex. : 1975).</source>
        <translation>Unreadable year: enter four digits (e.g. 1975).</translation>
    </message>
    <message>
        <source>Date illisible : saisissez jj/mm/aaaa, mm/aaaa ou l&apos;année seule.</source>
        <translation>Unreadable date: enter dd/mm/yyyy, mm/yyyy or the year alone.</translation>
    </message>
    <message>
        <source>Date illisible : saisissez jj/mm/aaaa.</source>
        <translation>Unreadable date: enter dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Le patient n&apos;est pas enregistré : corrigez les champs signalés. Ce que vous avez saisi est conservé.</source>
        <translation>The patient has not been saved: correct the highlighted fields. What you entered has been kept.</translation>
    </message>
    <message>
        <source>Aucune session ouverte : reconnectez-vous pour enregistrer. La saisie est conservée.</source>
        <translation>No open session: log in again to save. Your entry has been kept.</translation>
    </message>
    <message>
        <source>Abandonner la saisie</source>
        <translation>Discard entry</translation>
    </message>
    <message>
        <source>Ce que vous avez saisi sera perdu. Abandonner la saisie ?</source>
        <translation>What you have entered will be lost. Discard the entry?</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Continuer la saisie</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>Les champs dont le nom est en italique ont été lus sur la pièce d&apos;identité : vérifiez-les avec le patient.</source>
        <translation>Fields whose names are in italics were read from the identity document: check them with the patient.</translation>
    </message>
    <message>
        <source>Lu sur la puce de la pièce d&apos;identité</source>
        <translation>Read from the identity document&apos;s chip</translation>
    </message>
    <message>
        <source>Les champs dont le nom est en italique ont été lus sur la puce de la pièce d&apos;identité (voir l&apos;info-bulle de chacun).</source>
        <translation>Fields whose names are in italics were read from the identity document&apos;s chip (see each field&apos;s tooltip).</translation>
    </message>
    <message>
        <source>Lire la carte… (%1)</source>
        <translation>Read the card… (%1)</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas : vérifiez le jour et le mois (jj/mm/aaaa).</source>
        <translation>This date does not exist: check the day and the month (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi n&apos;a pas de couverture sociale : un ayant droit bénéficie de celle de son assuré. Choisissez un assuré couvert, ou « Assuré principal » comme qualité.</source>
        <translation>The chosen insured person has no social coverage: a dependant is covered through their insured person. Choose a covered insured person, or &quot;Primary insured person&quot; as the status.</translation>
    </message>
    <message>
        <source>Lisez les avertissements signalés, puis enregistrez à nouveau (Ctrl+S ou Entrée).</source>
        <translation>Read the warnings shown, then save again (Ctrl+S or Enter).</translation>
    </message>
    <message>
        <source>%1 : %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Pièce d&apos;une autre identité</source>
        <translation>Document of another identity</translation>
    </message>
    <message>
        <source>La pièce lue ne correspond pas au patient IPP %1 ouvert pour correction. Remplacer son identité par celle de la pièce ?</source>
        <translation>The document read does not match patient IPP %1, open for correction. Replace their identity with the document&apos;s?</translation>
    </message>
    <message>
        <source>La pièce lue ne correspond pas à ce qui est saisi. Remplacer par ce qu&apos;elle porte ?</source>
        <translation>The document read does not match what was entered. Replace it with what the document holds?</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Ne rien changer</source>
        <translation>Change nothing</translation>
    </message>
    <message>
        <source>Dossier existant ouvert pour correction. Ses champs vides ont reçu votre saisie : %1. Vérifiez puis enregistrez (Ctrl+S), ou abandonnez ces ajouts (Échap).</source>
        <translation>Existing record opened for correction. Its empty fields received what you entered: %1. Check, then save (Ctrl+S), or drop these additions (Esc).</translation>
    </message>
    <message>
        <source>Patient n&amp;on identifié (identité provisoire)</source>
        <translation>&amp;Unidentified patient (temporary identity)</translation>
    </message>
    <message>
        <source>&amp;Pièce d&apos;identité</source>
        <translation>Identity &amp;document</translation>
    </message>
    <message>
        <source>&amp;Identité</source>
        <translation>&amp;Identity</translation>
    </message>
    <message>
        <source>&amp;Naissance et nationalité</source>
        <translation>&amp;Birth and nationality</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Téléphone et personne à prévenir</source>
        <translation>&amp;Phone and emergency contact</translation>
    </message>
    <message>
        <source>Prise en &amp;charge</source>
        <translation>&amp;Coverage</translation>
    </message>
    <message>
        <source>La correction n&apos;est pas enregistrée : corrigez les champs signalés. Ce que vous avez saisi est conservé.</source>
        <translation>The correction was not saved: correct the fields flagged. What you entered is kept.</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Recherche de ce patient au serveur central…</source>
        <translation>Looking for this patient on the central server…</translation>
    </message>
    <message>
        <source>Le patient n&apos;est pas encore enregistré : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour le comparer aux patients de ce poste seulement.</source>
        <translation>The patient is not registered yet: the central server could not be consulted (%1). Save again (Ctrl+S) to compare them with this workstation&apos;s patients only.</translation>
    </message>
    <message>
        <source>&amp;Retour à la saisie</source>
        <translation>&amp;Back to data entry</translation>
    </message>
    <message>
        <source>Enregistrer &amp;sans le serveur</source>
        <translation>&amp;Save without the server</translation>
    </message>
    <message>
        <source>Enregistrement interrompu pendant la recherche au serveur central : la saisie est conservée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>Saving was interrupted while the central server was searched: the entry is kept. Check it, then save again (Ctrl+S).</translation>
    </message>
    <message>
        <source>La correction n&apos;est pas encore enregistrée : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour la comparer aux patients de ce poste seulement.</source>
        <translation>The correction is not saved yet: the central server could not be consulted (%1). Save again (Ctrl+S) to compare it with this workstation&apos;s patients only.</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1). Vérifiez, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>This record was changed at another workstation since you opened it: its new values are now in your entry (%1). Check them, then save again (Ctrl+S).</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture, dans des champs que vous avez modifiés aussi (%1) : votre saisie est gardée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S) pour qu&apos;elle remplace l&apos;autre.</source>
        <translation>This record was changed at another workstation since you opened it, in fields you changed too (%1): your entry is kept. Check it, then save again (Ctrl+S) for it to replace the other change.</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1) ; dans des champs que vous avez modifiés aussi (%2), votre saisie est gardée. Vérifiez, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>This record was changed at another workstation since you opened it: its new values are now in your entry (%1); in fields you changed too (%2), your entry is kept. Check, then save again (Ctrl+S).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ce qui a été tapé ou lu pendant la recherche au serveur central n&apos;a pas été pris en compte : saisissez-le ou lisez-le à nouveau.</source>
        <translation>What was typed or read while the central server was searched was not taken: enter or read it again.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SendDialog</name>
    <message>
        <source>Envoyer au PACS</source>
        <translation>Send to the PACS</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n image(s) à envoyer</source>
        <translation>
            <numerusform>%1 — %n image to send</numerusform>
            <numerusform>%1 — %n images to send</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination :</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>non envoyé</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>refusé par le PACS (code %1)</source>
        <translation>refused by the PACS (code %1)</translation>
    </message>
    <message>
        <source>Envoi annulé : %1 image(s) sur %2 envoyée(s).</source>
        <translation>Sending cancelled: %1 of %2 image(s) sent.</translation>
    </message>
    <message>
        <source>%1 image(s) sur %2 envoyée(s) ; les autres sont listées ci-dessous.</source>
        <translation>%1 of %2 image(s) sent; the others are listed below.</translation>
    </message>
    <message>
        <source>%1 image(s) envoyée(s) au PACS.</source>
        <translation>%1 image(s) sent to the PACS.</translation>
    </message>
    <message>
        <source>Ce PACS n&apos;a pas d&apos;adresse DICOMweb : le dossier partagé ne pourrait pas dire où sont les images.</source>
        <translation>This PACS has no DICOMweb address: the shared record could not say where the images are.</translation>
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
        <translation>%1 · series %2</translation>
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
        <translation>Shared record</translation>
    </message>
    <message>
        <source>Examens d&apos;imagerie du patient ouvert, dans le dossier patient partagé</source>
        <translation>Imaging studies of the open patient, in the shared patient record</translation>
    </message>
    <message>
        <source>Aucun patient ouvert : ouvrez-le à l&apos;admission.</source>
        <translation>No patient open: open one at admission.</translation>
    </message>
    <message>
        <source>Aucun examen d&apos;imagerie dans le dossier partagé.</source>
        <translation>No imaging study in the shared record.</translation>
    </message>
    <message>
        <source>date inconnue</source>
        <translation>date unknown</translation>
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
            <numerusform>%n study without access to its images (no service given)</numerusform>
            <numerusform>%n studies without access to their images (no service given)</numerusform>
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
        <translation>Shared patient record — clinical workstation</translation>
    </message>
    <message>
        <source>Poste autonome (hors réseau)</source>
        <translation>Standalone workstation (offline)</translation>
    </message>
    <message>
        <source>Une session verrouillée est ouverte sur ce poste. Si vous vous connectez avec un autre compte, elle sera fermée.</source>
        <translation>A locked session is open on this workstation. If you sign in with another account, it will be closed.</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message numerus="yes">
        <source>Réessayez dans %n s</source>
        <translation>
            <numerusform>Try again in %n s</numerusform>
            <numerusform>Try again in %n s</numerusform>
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
        <translation> fps</translation>
    </message>
    <message>
        <source>Vitesse de lecture ciné, en images par seconde</source>
        <translation>Cine speed, in frames per second</translation>
    </message>
    <message>
        <source>Coupe</source>
        <translation>Slice</translation>
    </message>
    <message>
        <source>Chargement %1 %</source>
        <translation>Loading %1%</translation>
    </message>
</context>
<context>
    <name>sijil::ui::StartupTaskWindow</name>
    <message>
        <source>Temps écoulé : %1 min %2 s</source>
        <translation>Time elapsed: %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SyncLogDialog</name>
    <message>
        <source>Le journal de synchronisation n&apos;a pas pu être lu.</source>
        <translation>The synchronisation log could not be read.</translation>
    </message>
    <message>
        <source>Journal de synchronisation</source>
        <translation>Synchronisation log</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) de synchronisation, du plus récent au plus ancien.</source>
        <translation>
            <numerusform>%n synchronisation cycle, newest first.</numerusform>
            <numerusform>%n synchronisation cycles, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SyncMenu</name>
    <message>
        <source>Synchroniser &amp;maintenant</source>
        <translation>Synchronise &amp;now</translation>
    </message>
    <message>
        <source>Aucun serveur central n&apos;est configuré pour ce site.</source>
        <translation>No central server is configured for this site.</translation>
    </message>
    <message>
        <source>&amp;Conflits…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Journal de synchronisation…</source>
        <translation>Synchronisation &amp;log…</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Changements &amp;refusés…</source>
        <translation>&amp;Refused changes…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ViewerPage</name>
    <message>
        <source>Ouvrir un dossier ou un CD…</source>
        <translation>Open a folder or a CD…</translation>
    </message>
    <message>
        <source>Fenêtre</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Déplacer</source>
        <translation>Pan</translation>
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
        <translation>Invert</translation>
    </message>
    <message>
        <source>Rotation 90°</source>
        <translation>Rotate 90°</translation>
    </message>
    <message>
        <source>Miroir</source>
        <translation>Flip</translation>
    </message>
    <message>
        <source>Réinitialiser la vue</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <source>Lecture ciné</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Exporter l&apos;image…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>%1 (C %2 / L %3)</source>
        <translation>%1 (C %2 / W %3)</translation>
    </message>
    <message>
        <source>Préréglages TDM</source>
        <translation>CT presets</translation>
    </message>
    <message>
        <source>Annuler la lecture</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>Séries</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Ouvrez un dossier, un CD ou une clé USB d&apos;images DICOM (Ctrl+O).</source>
        <translation>Open a folder, CD or USB stick of DICOM images (Ctrl+O).</translation>
    </message>
    <message>
        <source>Ouvrir un dossier, un CD ou une clé USB d&apos;images DICOM</source>
        <translation>Open a folder, CD or USB stick of DICOM images</translation>
    </message>
    <message>
        <source>Exporter l&apos;image affichée</source>
        <translation>Export the image shown</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;image « %1 ».</source>
        <translation>Cannot write the image “%1”.</translation>
    </message>
    <message>
        <source>%1 fichier(s) ignoré(s) : pas DICOM, en double ou hors du support.</source>
        <translation>%1 file(s) skipped: not DICOM, duplicates or outside the medium.</translation>
    </message>
    <message>
        <source>Cerveau</source>
        <translation>Brain</translation>
    </message>
    <message>
        <source>Sous-dural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Poumon</source>
        <translation>Lung</translation>
    </message>
    <message>
        <source>Médiastin</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Foie</source>
        <translation>Liver</translation>
    </message>
    <message>
        <source>Os</source>
        <translation>Bone</translation>
    </message>
    <message>
        <source>Ouvrir un fichier ou une archive ZIP…</source>
        <translation>Open a file or a ZIP archive…</translation>
    </message>
    <message>
        <source>Ouvrir un fichier DICOM, un DICOMDIR ou une archive ZIP</source>
        <translation>Open a DICOM file, a DICOMDIR or a ZIP archive</translation>
    </message>
    <message>
        <source>Images DICOM et archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;Tous les fichiers (*)</source>
        <translation>DICOM images and archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;All files (*)</translation>
    </message>
    <message>
        <source>Région rectangle</source>
        <translation>Rectangle region</translation>
    </message>
    <message>
        <source>Région ellipse</source>
        <translation>Ellipse region</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Image clé</source>
        <translation>Key image</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PACS…</source>
        <translation>PACS…</translation>
    </message>
    <message>
        <source>Aucun PACS n&apos;est configuré pour ce site (site.json, « pacs »).</source>
        <translation>No PACS is configured for this site (site.json, “pacs”).</translation>
    </message>
    <message>
        <source>Envoyer l&apos;examen au PACS…</source>
        <translation>Send the study to the PACS…</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Une image (1×1)</source>
        <translation>One image (1×1)</translation>
    </message>
    <message>
        <source>Deux images (1×2)</source>
        <translation>Two images (1×2)</translation>
    </message>
    <message>
        <source>Quatre images (2×2)</source>
        <translation>Four images (2×2)</translation>
    </message>
    <message>
        <source>Défilement synchronisé (même référentiel)</source>
        <translation>Synchronised scrolling (same frame of reference)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Nombre d&apos;images côte à côte et défilement synchronisé</source>
        <translation>Images side by side and synchronised scrolling</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Mot de passe DICOMweb</source>
        <translation>DICOMweb password</translation>
    </message>
    <message>
        <source>Mot de passe du compte « %1 » sur %2 :</source>
        <translation>Password of account “%1” on %2:</translation>
    </message>
    <message>
        <source>Aucun patient ouvert.</source>
        <translation>No patient open.</translation>
    </message>
    <message>
        <source>Ajouter cet examen au dossier partagé de %1 %2 (le support indique : %3, ID %4)</source>
        <translation>Add this study to the shared record of %1 %2 (the media says: %3, ID %4)</translation>
    </message>
    <message>
        <source>L&apos;examen figure dans le dossier partagé du patient.</source>
        <translation>The study is in the patient&apos;s shared record.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::Viewport</name>
    <message>
        <source>calcul…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>Moy. %1 ± %2%3</source>
        <translation>Mean %1 ± %2%3</translation>
    </message>
    <message>
        <source>Min %1 / Max %2%3</source>
        <translation>Min %1 / Max %2%3</translation>
    </message>
    <message>
        <source>Aire %1 mm²</source>
        <translation>Area %1 mm²</translation>
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
        <translation>Series %1 %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <translation>Image %1 / %2</translation>
    </message>
    <message>
        <source>★ Image clé</source>
        <translation>★ Key image</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>Position %1 mm</translation>
    </message>
    <message>
        <source>C %1 / L %2</source>
        <translation>C %1 / W %2</translation>
    </message>
    <message>
        <source>LUT VOI : %1</source>
        <translation>VOI LUT: %1</translation>
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
        <translation>Search for and register patients in the national registry, read identity cards, print labels.</translation>
    </message>
    <message>
        <source>Dossier patient</source>
        <translation>Patient record</translation>
    </message>
    <message>
        <source>Le dossier patient partagé : consultations, problèmes, observations, documents et imagerie du patient ouvert.</source>
        <translation>The shared patient record: consultations, problems, observations, documents and imaging of the open patient.</translation>
    </message>
    <message>
        <source>Imagerie</source>
        <translation>Imaging</translation>
    </message>
    <message>
        <source>Visionneuse DICOM et échanges avec le PACS : recherche, récupération, envoi d&apos;examens, import depuis un CD ou une clé USB.</source>
        <translation>DICOM viewer and PACS exchange: query, retrieve and send studies, import from a CD or a USB stick.</translation>
    </message>
    <message>
        <source>Télé-expertise</source>
        <translation>Tele-expertise</translation>
    </message>
    <message>
        <source>Demander l&apos;avis d&apos;un spécialiste à distance, images et données jointes, et répondre aux demandes reçues.</source>
        <translation>Ask a remote specialist for an opinion, with images and data attached, and answer the requests received.</translation>
    </message>
    <message>
        <source>Téléconsultation</source>
        <translation>Teleconsultation</translation>
    </message>
    <message>
        <source>Consultation vidéo entre le patient, l&apos;infirmier du centre et un médecin à distance, avec les dispositifs médicaux connectés.</source>
        <translation>Video consultation between the patient, the centre&apos;s nurse and a remote physician, with connected medical devices.</translation>
    </message>
    <message>
        <source>Espaces de travail</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
</TS>
