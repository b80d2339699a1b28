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
        <source>usage : sijilctl audit verify|export [--after N]</source>
        <translation>usage: sijilctl audit verify|export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify</source>
        <translation>usage: sijilctl audit verify</translation>
    </message>
    <message>
        <source>usage : sijilctl store stats|check</source>
        <translation>usage: sijilctl store stats|check</translation>
    </message>
    <message>
        <source>la base locale est endommagée :</source>
        <translation>the local database is damaged:</translation>
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
  audit verify                    vérifie la chaîne du journal d&apos;audit
  audit export [--after N]        exporte le journal d&apos;audit (JSON, une entrée par ligne)
  sync [--pull TYPE]...           un cycle de synchronisation avec le serveur central
  sync log [NOMBRE]               derniers cycles de synchronisation

Rôles : admission-clerk, nurse, physician, specialist, radiologist, site-admin
</source>
        <translation>Usage: sijilctl [--data-dir DIRECTORY] [--site-config FILE] COMMAND [ARGUMENTS]

Commands:
  version                         Sijil version and local database schema version
  users list [--json]             local accounts
  users add USERNAME --name NAME --role ROLE[,ROLE...] [--facility CODE]
            [--password-stdin]    create an account (asks for the password otherwise)
  users disable USERNAME          disable an account
  users enable USERNAME           re-enable an account
  users passwd USERNAME [--password-stdin]
                                  change the password
  config show                     effective site configuration (JSON)
  store stats                     size and contents of the local database
  store check                     check the integrity of the local database
  audit verify                    verify the audit log chain
  audit export [--after N]        export the audit log (JSON, one entry per line)
  sync [--pull TYPE]...           one synchronisation cycle with the central server
  sync log [NUMBER]               latest synchronisation cycles

Roles: admission-clerk, nurse, physician, specialist, radiologist, site-admin
</translation>
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
</context>
<context>
    <name>sijil::app::CtlContext</name>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>Cannot create the local data directory “%1”.</translation>
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
</context>
<context>
    <name>sijil::storage::ResourceStore</name>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</source>
        <translation>The change could not be saved: it is incomplete or concerns an unknown item.</translation>
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
</context>
<context>
    <name>sijil::ui::ConflictsDialog</name>
    <message>
        <source>%1 %2 — détecté le %3</source>
        <translation>%1 %2 — detected on %3</translation>
    </message>
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
        <source>A&amp;ffichage</source>
        <translation>&amp;View</translation>
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
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
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
</context>
<context>
    <name>sijil::ui::Workspace</name>
    <message>
        <source>Admission</source>
        <translation>Admissions</translation>
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
