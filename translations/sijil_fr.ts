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
            <source>Le mot de passe ne doit pas contenir l'identifiant.</source>
            <translation>Le mot de passe ne doit pas contenir l'identifiant.</translation>
        </message>
        <message>
            <source>Ce mot de passe est trop facile à deviner. Choisissez une phrase ou un mélange moins prévisible.</source>
            <translation>Ce mot de passe est trop facile à deviner. Choisissez une phrase ou un mélange moins prévisible.</translation>
        </message>
        <message>
            <source>L'identifiant est obligatoire.</source>
            <translation>L'identifiant est obligatoire.</translation>
        </message>
        <message>
            <source>L'identifiant doit compter de 3 à 32 caractères : lettres minuscules sans accent, chiffres, point, tiret ou trait de soulignement, et commencer par une lettre ou un chiffre.</source>
            <translation>L'identifiant doit compter de 3 à 32 caractères : lettres minuscules sans accent, chiffres, point, tiret ou trait de soulignement, et commencer par une lettre ou un chiffre.</translation>
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
            <source>Le mot de passe n'a pas pu être protégé (mémoire insuffisante ?).</source>
            <translation>Le mot de passe n'a pas pu être protégé (mémoire insuffisante ?).</translation>
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
            <source>C'est le dernier administrateur actif du site : il ne peut pas être désactivé.</source>
            <translation>C'est le dernier administrateur actif du site : il ne peut pas être désactivé.</translation>
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
            <source>Ce compte est désactivé. Adressez-vous à l'administrateur du site.</source>
            <translation>Ce compte est désactivé. Adressez-vous à l'administrateur du site.</translation>
        </message>
    </context>
    <context>
        <name>sijil::access::Role</name>
        <message>
            <source>Agent d'accueil</source>
            <translation>Agent d'accueil</translation>
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
            <source>« version » ne prend pas d'argument.</source>
            <translation>« version » ne prend pas d'argument.</translation>
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
            <source>journal d'audit altéré à l'entrée %1 : %2</source>
            <translation>journal d'audit altéré à l'entrée %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Journal d'audit intact : %n entrée(s) vérifiée(s).</source>
            <translation>
                <numerusform>Journal d'audit intact : %n entrée vérifiée.</numerusform>
                <numerusform>Journal d'audit intact : %n entrées vérifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>--after attend un numéro d'entrée.</source>
            <translation>--after attend un numéro d'entrée.</translation>
        </message>
        <message>
            <source>usage : sijilctl audit export [--after N]</source>
            <translation>usage : sijilctl audit export [--after N]</translation>
        </message>
        <message>
            <source>usage : sijilctl audit verify|export [--after N]</source>
            <translation>usage : sijilctl audit verify|export [--after N]</translation>
        </message>
        <message>
            <source>usage : sijilctl audit verify</source>
            <translation>usage : sijilctl audit verify</translation>
        </message>
        <message>
            <source>usage : sijilctl store stats|check</source>
            <translation>usage : sijilctl store stats|check</translation>
        </message>
        <message>
            <source>la base locale est endommagée :</source>
            <translation>la base locale est endommagée :</translation>
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
            <source>aucun serveur central n'est configuré pour ce site (centralServer.url).</source>
            <translation>aucun serveur central n'est configuré pour ce site (centralServer.url).</translation>
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
  store check                     vérifie l'intégrité de la base locale
  audit verify                    vérifie la chaîne du journal d'audit
  audit export [--after N]        exporte le journal d'audit (JSON, une entrée par ligne)
  sync [--pull TYPE]...           un cycle de synchronisation avec le serveur central
  sync log [NOMBRE]               derniers cycles de synchronisation

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
  store check                     vérifie l'intégrité de la base locale
  audit verify                    vérifie la chaîne du journal d'audit
  audit export [--after N]        exporte le journal d'audit (JSON, une entrée par ligne)
  sync [--pull TYPE]...           un cycle de synchronisation avec le serveur central
  sync log [NOMBRE]               derniers cycles de synchronisation

Rôles : admission-clerk, nurse, physician, specialist, radiologist, site-admin
</translation>
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
            <source>Langue de l'interface : fr, ar ou en.</source>
            <translation>Langue de l'interface : fr, ar ou en.</translation>
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
            <source>Sijil démarre avec la configuration par défaut (poste autonome, hors réseau). Prévenez l'administrateur du site.</source>
            <translation>Sijil démarre avec la configuration par défaut (poste autonome, hors réseau). Prévenez l'administrateur du site.</translation>
        </message>
    </context>
    <context>
        <name>sijil::app::CtlContext</name>
        <message>
            <source>Impossible de créer le dossier des données locales « %1 ».</source>
            <translation>Impossible de créer le dossier des données locales « %1 ».</translation>
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
    </context>
    <context>
        <name>sijil::fhir::FhirClient</name>
        <message>
            <source>Le serveur central a envoyé une réponse illisible.</source>
            <translation>Le serveur central a envoyé une réponse illisible.</translation>
        </message>
        <message>
            <source>L'adresse du serveur central ou ses certificats sont mal configurés.</source>
            <translation>L'adresse du serveur central ou ses certificats sont mal configurés.</translation>
        </message>
        <message>
            <source>La connexion sécurisée au serveur central a échoué : son certificat n'est pas reconnu.</source>
            <translation>La connexion sécurisée au serveur central a échoué : son certificat n'est pas reconnu.</translation>
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
            <source>Cet élément n'existe pas, ou plus, sur le serveur central.</source>
            <translation>Cet élément n'existe pas, ou plus, sur le serveur central.</translation>
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
    </context>
    <context>
        <name>sijil::storage</name>
        <message>
            <source>Cet enregistrement existe déjà.</source>
            <translation>Cet enregistrement existe déjà.</translation>
        </message>
        <message>
            <source>Le disque est plein : l'enregistrement local a échoué. Libérez de l'espace puis réessayez.</source>
            <translation>Le disque est plein : l'enregistrement local a échoué. Libérez de l'espace puis réessayez.</translation>
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
            <source>La clé du journal d'audit « %1 » est illisible ou invalide.</source>
            <translation>La clé du journal d'audit « %1 » est illisible ou invalide.</translation>
        </message>
    </context>
    <context>
        <name>sijil::storage::Database</name>
        <message>
            <source>Impossible d'ouvrir la base de données locale « %1 ».</source>
            <translation>Impossible d'ouvrir la base de données locale « %1 ».</translation>
        </message>
        <message>
            <source>La base de données locale a été créée par une version plus récente de Sijil (schéma %1 ; cette version connaît le schéma %2). Elle n'a pas été modifiée. Installez la dernière version de Sijil.</source>
            <translation>La base de données locale a été créée par une version plus récente de Sijil (schéma %1 ; cette version connaît le schéma %2). Elle n'a pas été modifiée. Installez la dernière version de Sijil.</translation>
        </message>
    </context>
    <context>
        <name>sijil::storage::ResourceStore</name>
        <message>
            <source>La modification n'a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</source>
            <translation>La modification n'a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</translation>
        </message>
    </context>
    <context>
        <name>sijil::sync</name>
        <message>
            <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l'administrateur du site.</source>
            <translation>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l'administrateur du site.</translation>
        </message>
        <message>
            <source>Le serveur central a répondu à un envoi groupé de façon incomplète.</source>
            <translation>Le serveur central a répondu à un envoi groupé de façon incomplète.</translation>
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
    </context>
    <context>
        <name>sijil::ui::ConflictsDialog</name>
        <message>
            <source>%1 %2 — détecté le %3</source>
            <translation>%1 %2 — détecté le %3</translation>
        </message>
        <message>
            <source>Prendre « %1 » du serveur</source>
            <translation>Prendre « %1 » du serveur</translation>
        </message>
        <message>
            <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l'administrateur du site.</source>
            <translation>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l'administrateur du site.</translation>
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
            <source>Ces dossiers ont été modifiés sur ce poste et sur le serveur central pendant que le poste était hors ligne. Comparez les deux versions, puis gardez l'une d'elles ou fusionnez-les en cochant les éléments à prendre du serveur. Votre choix est enregistré dans le journal d'audit.</source>
            <translation>Ces dossiers ont été modifiés sur ce poste et sur le serveur central pendant que le poste était hors ligne. Comparez les deux versions, puis gardez l'une d'elles ou fusionnez-les en cochant les éléments à prendre du serveur. Votre choix est enregistré dans le journal d'audit.</translation>
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
            <source>Aucun serveur central n'est configuré : les données restent sur ce poste.</source>
            <translation>Aucun serveur central n'est configuré : les données restent sur ce poste.</translation>
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
    </context>
    <context>
        <name>sijil::ui::FirstRunPage</name>
        <message>
            <source>Bienvenue dans Sijil</source>
            <translation>Bienvenue dans Sijil</translation>
        </message>
        <message>
            <source>Ce poste n'a encore aucun compte. Créez le compte de l'administrateur du site : il pourra ensuite créer les comptes des autres utilisateurs.</source>
            <translation>Ce poste n'a encore aucun compte. Créez le compte de l'administrateur du site : il pourra ensuite créer les comptes des autres utilisateurs.</translation>
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
            <source>A&amp;ffichage</source>
            <translation>A&amp;ffichage</translation>
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
        <name>sijil::ui::SyncLogDialog</name>
        <message>
            <source>Le journal de synchronisation n'a pas pu être lu.</source>
            <translation>Le journal de synchronisation n'a pas pu être lu.</translation>
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
            <source>&amp;Synchronisation</source>
            <translation>&amp;Synchronisation</translation>
        </message>
        <message>
            <source>Synchroniser &amp;maintenant</source>
            <translation>Synchroniser &amp;maintenant</translation>
        </message>
        <message>
            <source>Aucun serveur central n'est configuré pour ce site.</source>
            <translation>Aucun serveur central n'est configuré pour ce site.</translation>
        </message>
        <message>
            <source>&amp;Conflits…</source>
            <translation>&amp;Conflits…</translation>
        </message>
        <message>
            <source>&amp;Journal de synchronisation…</source>
            <translation>&amp;Journal de synchronisation…</translation>
        </message>
    </context>
    <context>
        <name>sijil::ui::Workspace</name>
        <message>
            <source>Admission</source>
            <translation>Admission</translation>
        </message>
        <message>
            <source>Recherche et enregistrement des patients dans le référentiel national, lecture de la carte d'identité, étiquettes.</source>
            <translation>Recherche et enregistrement des patients dans le référentiel national, lecture de la carte d'identité, étiquettes.</translation>
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
            <source>Visionneuse DICOM et échanges avec le PACS : recherche, récupération, envoi d'examens, import depuis un CD ou une clé USB.</source>
            <translation>Visionneuse DICOM et échanges avec le PACS : recherche, récupération, envoi d'examens, import depuis un CD ou une clé USB.</translation>
        </message>
        <message>
            <source>Télé-expertise</source>
            <translation>Télé-expertise</translation>
        </message>
        <message>
            <source>Demander l'avis d'un spécialiste à distance, images et données jointes, et répondre aux demandes reçues.</source>
            <translation>Demander l'avis d'un spécialiste à distance, images et données jointes, et répondre aux demandes reçues.</translation>
        </message>
        <message>
            <source>Téléconsultation</source>
            <translation>Téléconsultation</translation>
        </message>
        <message>
            <source>Consultation vidéo entre le patient, l'infirmier du centre et un médecin à distance, avec les dispositifs médicaux connectés.</source>
            <translation>Consultation vidéo entre le patient, l'infirmier du centre et un médecin à distance, avec les dispositifs médicaux connectés.</translation>
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
