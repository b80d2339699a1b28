<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>sijil::access::AccountService</name>
    <message>
        <source>Le mot de passe doit compter au moins %1 caractères.</source>
        <translation>يجب ألا يقل عدد أحرف كلمة المرور عن %1.</translation>
    </message>
    <message>
        <source>Le mot de passe est trop long (256 caractères au plus).</source>
        <translation>كلمة المرور طويلة جدًا (256 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Le mot de passe ne doit pas contenir l&apos;identifiant.</source>
        <translation>يجب ألا تتضمن كلمة المرور اسم المستخدم.</translation>
    </message>
    <message>
        <source>Ce mot de passe est trop facile à deviner. Choisissez une phrase ou un mélange moins prévisible.</source>
        <translation>كلمة المرور هذه سهلة التخمين جدًا. اختر عبارة أو مزيجًا يصعب توقعه.</translation>
    </message>
    <message>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>اسم المستخدم إلزامي.</translation>
    </message>
    <message>
        <source>L&apos;identifiant doit compter de 3 à 32 caractères : lettres minuscules sans accent, chiffres, point, tiret ou trait de soulignement, et commencer par une lettre ou un chiffre.</source>
        <translation>يجب أن يتكون اسم المستخدم من 3 إلى 32 رمزًا: أحرف لاتينية صغيرة دون علامات (a-z)، وأرقام، ونقطة، وشرطة، وشرطة سفلية، وأن يبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>Le nom complet est obligatoire.</source>
        <translation>الاسم الكامل إلزامي.</translation>
    </message>
    <message>
        <source>Choisissez au moins un rôle.</source>
        <translation>اختر دورًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà utilisé.</source>
        <translation>اسم المستخدم هذا مستعمل من قبل.</translation>
    </message>
    <message>
        <source>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante ?).</source>
        <translation>تعذّرت حماية كلمة المرور (ذاكرة غير كافية؟).</translation>
    </message>
    <message>
        <source>Ce poste a déjà un administrateur.</source>
        <translation>محطة العمل هذه لديها مسؤول بالفعل.</translation>
    </message>
    <message>
        <source>Aucun compte ne porte cet identifiant.</source>
        <translation>لا يوجد أي حساب باسم المستخدم هذا.</translation>
    </message>
    <message>
        <source>C&apos;est le dernier administrateur actif du site : il ne peut pas être désactivé.</source>
        <translation>هذا آخر مسؤول نشط للموقع: لا يمكن تعطيل حسابه.</translation>
    </message>
</context>
<context>
    <name>sijil::access::LocalAuthenticator</name>
    <message>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>Trop de tentatives échouées. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد ثانيتين.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saisissez votre identifiant.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé. Adressez-vous à l&apos;administrateur du site.</source>
        <translation>هذا الحساب معطّل. يُرجى التوجه إلى مسؤول الموقع.</translation>
    </message>
</context>
<context>
    <name>sijil::access::Role</name>
    <message>
        <source>Agent d&apos;accueil</source>
        <translation>موظف الاستقبال</translation>
    </message>
    <message>
        <source>Infirmier·ère</source>
        <translation>ممرض(ة)</translation>
    </message>
    <message>
        <source>Médecin</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Médecin spécialiste</source>
        <translation>طبيب اختصاصي</translation>
    </message>
    <message>
        <source>Radiologue</source>
        <translation>طبيب أشعة</translation>
    </message>
    <message>
        <source>Administrateur du site</source>
        <translation>مسؤول الموقع</translation>
    </message>
</context>
<context>
    <name>sijil::app::Commands</name>
    <message>
        <source>usage : sijilctl config show</source>
        <translation>الاستعمال: sijilctl config show</translation>
    </message>
    <message>
        <source>commande inconnue : %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <source>pas de terminal pour saisir le mot de passe : utilisez --password-stdin.</source>
        <translation>لا توجد طرفية لإدخال كلمة المرور: استعمل الخيار --password-stdin.</translation>
    </message>
    <message>
        <source>Mot de passe : </source>
        <translation>كلمة المرور: </translation>
    </message>
    <message>
        <source>les deux mots de passe diffèrent.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>usage : sijilctl users list [--json]</source>
        <translation>الاستعمال: sijilctl users list [--json]</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>usage : sijilctl users add IDENTIFIANT --name NOM --role ROLE[,ROLE...] [--facility CODE] [--password-stdin]</source>
        <translation>الاستعمال: sijilctl users add USERNAME --name NAME --role ROLE[,ROLE...] [--facility CODE] [--password-stdin]</translation>
    </message>
    <message>
        <source>rôle inconnu : %1</source>
        <translation>دور غير معروف: %1</translation>
    </message>
    <message>
        <source>Compte « %1 » créé.</source>
        <translation>تم إنشاء الحساب «%1».</translation>
    </message>
    <message>
        <source>usage : sijilctl users disable IDENTIFIANT</source>
        <translation>الاستعمال: sijilctl users disable USERNAME</translation>
    </message>
    <message>
        <source>usage : sijilctl users enable IDENTIFIANT</source>
        <translation>الاستعمال: sijilctl users enable USERNAME</translation>
    </message>
    <message>
        <source>Compte « %1 » désactivé.</source>
        <translation>تم تعطيل الحساب «%1».</translation>
    </message>
    <message>
        <source>Compte « %1 » réactivé.</source>
        <translation>تمت إعادة تفعيل الحساب «%1».</translation>
    </message>
    <message>
        <source>usage : sijilctl users passwd IDENTIFIANT [--password-stdin]</source>
        <translation>الاستعمال: sijilctl users passwd USERNAME [--password-stdin]</translation>
    </message>
    <message>
        <source>Mot de passe de « %1 » changé.</source>
        <translation>تم تغيير كلمة مرور «%1».</translation>
    </message>
    <message>
        <source>usage : sijilctl users list|add|disable|enable|passwd …</source>
        <translation>الاستعمال: sijilctl users list|add|disable|enable|passwd …</translation>
    </message>
    <message>
        <source>sous-commande inconnue : users %1</source>
        <translation>أمر فرعي غير معروف: users %1</translation>
    </message>
    <message>
        <source>« version » ne prend pas d&apos;argument.</source>
        <translation>الأمر «version» لا يقبل أي وسيط.</translation>
    </message>
    <message>
        <source>schéma de la base locale : %1</source>
        <translation>مخطط قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>entrée modifiée</source>
        <translation>القيد معدَّل</translation>
    </message>
    <message>
        <source>entrée supprimée</source>
        <translation>القيد محذوف</translation>
    </message>
    <message>
        <source>fin du journal supprimée</source>
        <translation>نهاية السجل محذوفة</translation>
    </message>
    <message>
        <source>repère de fin du journal modifié ou supprimé</source>
        <translation>علامة نهاية السجل معدَّلة أو محذوفة</translation>
    </message>
    <message>
        <source>journal d&apos;audit altéré à l&apos;entrée %1 : %2</source>
        <translation>تم التلاعب بسجل التدقيق عند القيد %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Journal d&apos;audit intact : %n entrée(s) vérifiée(s).</source>
        <translation>
            <numerusform>سجل التدقيق سليم: تم التحقق من %n قيد.</numerusform>
            <numerusform>سجل التدقيق سليم: تم التحقق من قيد واحد.</numerusform>
            <numerusform>سجل التدقيق سليم: تم التحقق من قيدين.</numerusform>
            <numerusform>سجل التدقيق سليم: تم التحقق من %n قيود.</numerusform>
            <numerusform>سجل التدقيق سليم: تم التحقق من %n قيدًا.</numerusform>
            <numerusform>سجل التدقيق سليم: تم التحقق من %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>--after attend un numéro d&apos;entrée.</source>
        <translation>يتطلب الخيار --after رقم قيد.</translation>
    </message>
    <message>
        <source>usage : sijilctl audit export [--after N]</source>
        <translation>الاستعمال: sijilctl audit export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify|export [--after N]</source>
        <translation>الاستعمال: sijilctl audit verify|export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify</source>
        <translation>الاستعمال: sijilctl audit verify</translation>
    </message>
    <message>
        <source>usage : sijilctl store stats|check</source>
        <translation>الاستعمال: sijilctl store stats|check</translation>
    </message>
    <message>
        <source>la base locale est endommagée :</source>
        <translation>قاعدة البيانات المحلية تالفة:</translation>
    </message>
    <message>
        <source>Base locale : %1</source>
        <translation>قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>Schéma : %1</source>
        <translation>المخطط: %1</translation>
    </message>
    <message>
        <source>Taille : %1 octets (journal WAL : %2 octets)</source>
        <translation>الحجم: %1 بايت (سجل WAL: %2 بايت)</translation>
    </message>
    <message>
        <source>corrigez le fichier de configuration du site ou indiquez --facility.</source>
        <translation>صحّح ملف إعدادات الموقع أو حدّد الخيار --facility.</translation>
    </message>
    <message>
        <source>Base locale intacte (schéma %1).</source>
        <translation>قاعدة البيانات المحلية سليمة (المخطط %1).</translation>
    </message>
    <message>
        <source>Confirmez le mot de passe : </source>
        <translation>أكّد كلمة المرور: </translation>
    </message>
    <message>
        <source>aucun serveur central n&apos;est configuré pour ce site (centralServer.url).</source>
        <translation>لم يُضبط أي خادم مركزي لهذا الموقع (centralServer.url).</translation>
    </message>
    <message>
        <source>Envoyés : %1 ; reçus : %2 ; inchangés : %3 ; conflits : %4 ; en attente : %5</source>
        <translation>المرسلة: %1؛ المستلمة: %2؛ دون تغيير: %3؛ التعارضات: %4؛ في الانتظار: %5</translation>
    </message>
    <message>
        <source>usage : sijilctl sync log [NOMBRE]</source>
        <translation>الاستعمال: sijilctl sync log [NUMBER]</translation>
    </message>
    <message>
        <source>réussie</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>échouée</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>envoyés %1, reçus %2, conflits %3, en attente %4</source>
        <translation>المُرسَلة %1، المُستلَمة %2، التعارضات %3، في الانتظار %4</translation>
    </message>
    <message>
        <source>usage : sijilctl sync [--pull TYPE]... | sijilctl sync log [NOMBRE]</source>
        <translation>الاستعمال: sijilctl sync [--pull TYPE]... | sijilctl sync log [NUMBER]</translation>
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
        <translation>الاستعمال: sijilctl [--data-dir DIRECTORY] [--site-config FILE] COMMAND [ARGUMENTS]

الأوامر:
  version                         إصدار Sijil وإصدار مخطط قاعدة البيانات المحلية
  users list [--json]             الحسابات المحلية
  users add USERNAME --name NAME --role ROLE[,ROLE...] [--facility CODE]
            [--password-stdin]    إنشاء حساب (تُطلب كلمة المرور إن لم يُستعمل هذا الخيار)
  users disable USERNAME          تعطيل حساب
  users enable USERNAME           إعادة تفعيل حساب
  users passwd USERNAME [--password-stdin]
                                  تغيير كلمة المرور
  config show                     الإعدادات الفعلية للموقع (JSON)
  store stats                     حجم قاعدة البيانات المحلية ومحتواها
  store check                     التحقق من سلامة قاعدة البيانات المحلية
  audit verify                    التحقق من تسلسل سجل التدقيق
  audit export [--after N]        تصدير سجل التدقيق (JSON، قيد واحد في كل سطر)
  sync [--pull TYPE]...           دورة مزامنة واحدة مع الخادم المركزي
  sync log [NUMBER]               آخر دورات المزامنة

الأدوار: admission-clerk, nurse, physician, specialist, radiologist, site-admin
</translation>
    </message>
</context>
<context>
    <name>sijil::app::CompositionRoot</name>
    <message>
        <source>Sijil, poste de travail clinique du dossier patient partagé.</source>
        <translation>Sijil، محطة العمل السريرية للملف الطبي المشترك.</translation>
    </message>
    <message>
        <source>Dossier des données locales (base, journaux).</source>
        <translation>مجلد البيانات المحلية (قاعدة البيانات، سجلات الأحداث).</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Fichier de configuration du site (JSON).</source>
        <translation>ملف إعدادات الموقع (JSON).</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr, ar ou en.</source>
        <translation>لغة الواجهة: fr أو ar أو en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>تعذّر إنشاء مجلد البيانات المحلية «%1».</translation>
    </message>
    <message>
        <source>Sijil démarre avec la configuration par défaut (poste autonome, hors réseau). Prévenez l&apos;administrateur du site.</source>
        <translation>يبدأ تشغيل Sijil بالإعدادات الافتراضية (محطة عمل مستقلة، غير متصلة). يُرجى إبلاغ مسؤول الموقع.</translation>
    </message>
</context>
<context>
    <name>sijil::app::CtlContext</name>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>تعذّر إنشاء مجلد البيانات المحلية «%1».</translation>
    </message>
</context>
<context>
    <name>sijil::core::SiteConfig</name>
    <message>
        <source>Le fichier de configuration du site « %1 » est invalide : %2</source>
        <translation>ملف إعدادات الموقع «%1» غير صالح: %2</translation>
    </message>
    <message>
        <source>le champ « %1 » doit être %2</source>
        <translation>يجب أن يحتوي الحقل «%1» على %2</translation>
    </message>
    <message>
        <source>Champ inconnu ignoré : « %1 »</source>
        <translation>تم تجاهل حقل غير معروف: «%1»</translation>
    </message>
    <message>
        <source>un objet JSON</source>
        <translation>كائن JSON</translation>
    </message>
    <message>
        <source>une chaîne de caractères</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier de configuration du site « %1 » : %2</source>
        <translation>تعذّرت قراءة ملف إعدادات الموقع «%1»: %2</translation>
    </message>
    <message>
        <source>le fichier dépasse 1 Mo</source>
        <translation>حجم الملف يتجاوز 1 ميغابايت</translation>
    </message>
    <message>
        <source>JSON mal formé à la ligne:colonne %1</source>
        <translation>بنية JSON غير سليمة عند السطر:العمود %1</translation>
    </message>
    <message>
        <source>le document doit être un objet JSON</source>
        <translation>يجب أن تكون الوثيقة كائن JSON</translation>
    </message>
    <message>
        <source>une adresse https:// valide</source>
        <translation>عنوان https:// صالح</translation>
    </message>
    <message>
        <source>un titre AE DICOM de 16 caractères au plus</source>
        <translation>عنوان AE لـ DICOM لا يتجاوز 16 حرفًا</translation>
    </message>
    <message>
        <source>un numéro de port entre 1 et 65535</source>
        <translation>رقم منفذ بين 1 و65535</translation>
    </message>
    <message>
        <source>une adresse http:// ou https:// valide</source>
        <translation>عنوان http:// أو https:// صالح</translation>
    </message>
    <message>
        <source>une adresse wss:// valide</source>
        <translation>عنوان wss:// صالح</translation>
    </message>
    <message>
        <source>un nombre entier de minutes entre 1 et 240</source>
        <translation>عدد صحيح من الدقائق بين 1 و240</translation>
    </message>
    <message>
        <source>« fr », « ar » ou « en »</source>
        <translation>«fr» أو «ar» أو «en»</translation>
    </message>
</context>
<context>
    <name>sijil::fhir::FhirClient</name>
    <message>
        <source>Le serveur central a envoyé une réponse illisible.</source>
        <translation>أرسل الخادم المركزي استجابة غير مقروءة.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central ou ses certificats sont mal configurés.</source>
        <translation>عنوان الخادم المركزي أو شهاداته غير مضبوطة بشكل صحيح.</translation>
    </message>
    <message>
        <source>La connexion sécurisée au serveur central a échoué : son certificat n&apos;est pas reconnu.</source>
        <translation>فشل الاتصال الآمن بالخادم المركزي: شهادته غير معترف بها.</translation>
    </message>
</context>
<context>
    <name>sijil::fhir::OperationOutcome</name>
    <message>
        <source>Le serveur central a refusé la demande comme invalide.</source>
        <translation>رفض الخادم المركزي الطلب لأنه غير صالح.</translation>
    </message>
    <message>
        <source>Le serveur central demande une authentification : reconnectez-vous.</source>
        <translation>يطلب الخادم المركزي المصادقة: يرجى تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>Le serveur central refuse cette opération pour votre compte.</source>
        <translation>يرفض الخادم المركزي هذه العملية لحسابك.</translation>
    </message>
    <message>
        <source>Cet élément n&apos;existe pas, ou plus, sur le serveur central.</source>
        <translation>هذا العنصر غير موجود، أو لم يعد موجودًا، على الخادم المركزي.</translation>
    </message>
    <message>
        <source>Cet élément a été modifié entre-temps sur le serveur central.</source>
        <translation>تم تعديل هذا العنصر في الأثناء على الخادم المركزي.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé les données : elles ne respectent pas les règles du dossier partagé.</source>
        <translation>رفض الخادم المركزي البيانات: إنها لا تحترم قواعد الملف الطبي المشترك.</translation>
    </message>
    <message>
        <source>Le serveur central est surchargé ; un nouvel essai aura lieu automatiquement.</source>
        <translation>الخادم المركزي مثقل بالطلبات؛ ستتم إعادة المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Le serveur central a rencontré une erreur ; un nouvel essai aura lieu automatiquement.</source>
        <translation>واجه الخادم المركزي خطأً؛ ستتم إعادة المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur central (code %1).</source>
        <translation>استجابة غير متوقعة من الخادم المركزي (الرمز %1).</translation>
    </message>
    <message>
        <source>Le serveur central est injoignable. Le travail continue sur ce poste.</source>
        <translation>تعذّر الوصول إلى الخادم المركزي. يستمر العمل على هذه المحطة.</translation>
    </message>
</context>
<context>
    <name>sijil::storage</name>
    <message>
        <source>Cet enregistrement existe déjà.</source>
        <translation>هذا السجل موجود من قبل.</translation>
    </message>
    <message>
        <source>Le disque est plein : l&apos;enregistrement local a échoué. Libérez de l&apos;espace puis réessayez.</source>
        <translation>القرص ممتلئ: فشل الحفظ على محطة العمل. حرّر بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Erreur de la base de données locale.</source>
        <translation>خطأ في قاعدة البيانات المحلية.</translation>
    </message>
    <message>
        <source>Enregistrement introuvable.</source>
        <translation>السجل غير موجود.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::AuditTrail</name>
    <message>
        <source>La clé du journal d&apos;audit « %1 » est illisible ou invalide.</source>
        <translation>ملف مفتاح سجل التدقيق «%1» غير مقروء أو غير صالح.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::Database</name>
    <message>
        <source>Impossible d&apos;ouvrir la base de données locale « %1 ».</source>
        <translation>تعذّر فتح قاعدة البيانات المحلية «%1».</translation>
    </message>
    <message>
        <source>La base de données locale a été créée par une version plus récente de Sijil (schéma %1 ; cette version connaît le schéma %2). Elle n&apos;a pas été modifiée. Installez la dernière version de Sijil.</source>
        <translation>أُنشئت قاعدة البيانات المحلية بإصدار أحدث من Sijil (المخطط %1؛ هذا الإصدار يعرف المخطط %2). لم يطرأ عليها أي تعديل. ثبّت أحدث إصدار من Sijil.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::ResourceStore</name>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</source>
        <translation>تعذّر حفظ التعديل: إنه غير مكتمل أو يخص عنصرًا غير معروف.</translation>
    </message>
</context>
<context>
    <name>sijil::sync</name>
    <message>
        <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</source>
        <translation>لا يسمح لك دورك بحل هذا التعارض. استعن بطبيب أو بمسؤول الموقع.</translation>
    </message>
    <message>
        <source>Le serveur central a répondu à un envoi groupé de façon incomplète.</source>
        <translation>ردّ الخادم المركزي على إرسال مجمّع بشكل غير مكتمل.</translation>
    </message>
</context>
<context>
    <name>sijil::sync::SyncLogModel</name>
    <message>
        <source>Serveur central injoignable (connexion absente ou coupée).</source>
        <translation>تعذّر الوصول إلى الخادم المركزي (لا اتصال أو انقطع الاتصال).</translation>
    </message>
    <message>
        <source>Serveur central surchargé : nouvel essai plus tard.</source>
        <translation>الخادم المركزي مثقل: ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Erreur du serveur central.</source>
        <translation>خطأ في الخادم المركزي.</translation>
    </message>
    <message>
        <source>Certificat du serveur central non reconnu.</source>
        <translation>شهادة الخادم المركزي غير معترف بها.</translation>
    </message>
    <message>
        <source>Accès refusé par le serveur central.</source>
        <translation>رفض الخادم المركزي الوصول.</translation>
    </message>
    <message>
        <source>Une modification a été refusée par le serveur central comme invalide.</source>
        <translation>رفض الخادم المركزي تعديلًا لأنه غير صالح.</translation>
    </message>
    <message>
        <source>Erreur du stockage local.</source>
        <translation>خطأ في التخزين المحلي.</translation>
    </message>
    <message>
        <source>Échec (%1).</source>
        <translation>فشل (%1).</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Réussie</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Échouée</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Envoyés</source>
        <translation>المُرسَلة</translation>
    </message>
    <message>
        <source>Reçus</source>
        <translation>المُستلَمة</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConflictsDialog</name>
    <message>
        <source>%1 %2 — détecté le %3</source>
        <translation>%1 %2 — اكتُشف في %3</translation>
    </message>
    <message>
        <source>Prendre « %1 » du serveur</source>
        <translation>أخذ «%1» من الخادم</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de résoudre ce conflit. Faites appel à un médecin ou à l&apos;administrateur du site.</source>
        <translation>لا يسمح لك دورك بحل هذا التعارض. استعن بطبيب أو بمسؤول الموقع.</translation>
    </message>
    <message>
        <source>Aucun conflit en attente.</source>
        <translation>لا توجد تعارضات في الانتظار.</translation>
    </message>
    <message>
        <source>Conflits de synchronisation</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <source>Ces dossiers ont été modifiés sur ce poste et sur le serveur central pendant que le poste était hors ligne. Comparez les deux versions, puis gardez l&apos;une d&apos;elles ou fusionnez-les en cochant les éléments à prendre du serveur. Votre choix est enregistré dans le journal d&apos;audit.</source>
        <translation>عُدّلت هذه الملفات على هذا الجهاز وعلى الخادم المركزي أثناء انقطاع الاتصال. قارن بين النسختين، ثم احتفظ بإحداهما أو ادمجهما بتحديد العناصر التي تُؤخذ من الخادم. يُسجَّل اختيارك في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>Prendre du serveur</source>
        <translation>أخذ من الخادم</translation>
    </message>
    <message>
        <source>Garder la version de ce poste</source>
        <translation>الاحتفاظ بنسخة هذا الجهاز</translation>
    </message>
    <message>
        <source>Garder la version du serveur</source>
        <translation>الاحتفاظ بنسخة الخادم</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConnectionIndicator</name>
    <message numerus="yes">
        <source>Hors ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>غير متصل — %n تعديل في الانتظار</numerusform>
            <numerusform>غير متصل — تعديل واحد في الانتظار</numerusform>
            <numerusform>غير متصل — تعديلان في الانتظار</numerusform>
            <numerusform>غير متصل — %n تعديلات في الانتظار</numerusform>
            <numerusform>غير متصل — %n تعديلًا في الانتظار</numerusform>
            <numerusform>غير متصل — %n تعديل في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Le serveur central est injoignable. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</source>
        <translation>يتعذّر الوصول إلى الخادم المركزي. يتواصل العمل على محطة العمل هذه، وسيُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Aucun serveur central n&apos;est configuré : les données restent sur ce poste.</source>
        <translation>لم يُضبط أي خادم مركزي: تبقى البيانات على محطة العمل هذه.</translation>
    </message>
    <message numerus="yes">
        <source>En ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>متصل — %n تعديل في الانتظار</numerusform>
            <numerusform>متصل — تعديل واحد في الانتظار</numerusform>
            <numerusform>متصل — تعديلان في الانتظار</numerusform>
            <numerusform>متصل — %n تعديلات في الانتظار</numerusform>
            <numerusform>متصل — %n تعديلًا في الانتظار</numerusform>
            <numerusform>متصل — %n تعديل في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>En ligne</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Dernière synchronisation : %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Connecté au serveur central.</source>
        <translation>متصل بالخادم المركزي.</translation>
    </message>
    <message>
        <source>Envoi et réception des modifications en cours.</source>
        <translation>جارٍ إرسال التعديلات واستقبالها.</translation>
    </message>
    <message numerus="yes">
        <source>Synchronisation… %n modification(s) en attente</source>
        <translation>
            <numerusform>مزامنة… %n تعديل في الانتظار</numerusform>
            <numerusform>مزامنة… تعديل واحد في الانتظار</numerusform>
            <numerusform>مزامنة… تعديلان في الانتظار</numerusform>
            <numerusform>مزامنة… %n تعديلات في الانتظار</numerusform>
            <numerusform>مزامنة… %n تعديلًا في الانتظار</numerusform>
            <numerusform>مزامنة… %n تعديل في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre</source>
        <translation>
            <numerusform>%n تعارض للحل</numerusform>
            <numerusform>تعارض واحد للحل</numerusform>
            <numerusform>تعارضان للحل</numerusform>
            <numerusform>%n تعارضات للحل</numerusform>
            <numerusform>%n تعارضًا للحل</numerusform>
            <numerusform>%n تعارض للحل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sijil::ui::FirstRunPage</name>
    <message>
        <source>Bienvenue dans Sijil</source>
        <translation>مرحبًا بكم في Sijil</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a encore aucun compte. Créez le compte de l&apos;administrateur du site : il pourra ensuite créer les comptes des autres utilisateurs.</source>
        <translation>لا يوجد أي حساب على محطة العمل هذه بعد. أنشئ حساب مسؤول الموقع، وسيتمكن بعد ذلك من إنشاء حسابات المستخدمين الآخرين.</translation>
    </message>
    <message>
        <source>&amp;Nom complet</source>
        <translation>&amp;الاسم الكامل</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>اسم المستخد&amp;م</translation>
    </message>
    <message>
        <source>&amp;Confirmation du mot de passe</source>
        <translation>&amp;أعد إدخال كلمة المرور</translation>
    </message>
    <message>
        <source>Création…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Créer le compte administrateur</source>
        <translation>إنشاء حساب المسؤول</translation>
    </message>
    <message>
        <source>Les deux mots de passe diffèrent.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>&amp;Mot de passe (%1 caractères au moins)</source>
        <translation>كلمة المرو&amp;ر (%1 أحرف على الأقل)</translation>
    </message>
</context>
<context>
    <name>sijil::ui::LockPage</name>
    <message>
        <source>Saisissez votre mot de passe.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Session verrouillée</source>
        <translation>الجلسة مقفلة</translation>
    </message>
    <message>
        <source>Verrouillée par %1 (%2). Seul cet utilisateur peut la déverrouiller.</source>
        <translation>أقفلها %1 (%2). لا يمكن لغير هذا المستخدم فتح قفلها.</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>كلمة المرو&amp;ر</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Se connecter avec un autre compte…</source>
        <translation>تسجيل الدخول بحساب آخر…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::MainWindow</name>
    <message>
        <source>Poste autonome (hors réseau)</source>
        <translation>محطة عمل مستقلة (غير متصلة)</translation>
    </message>
    <message>
        <source>Sijil — %1</source>
        <translation>Sijil — %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;إقفال محطة العمل</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter</source>
        <translation>تسجيل الخرو&amp;ج</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>إنهاء &amp;البرنامج</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation>انتقال &amp;إلى</translation>
    </message>
    <message>
        <source>A&amp;ffichage</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Thème</source>
        <translation>&amp;ألوان الواجهة</translation>
    </message>
    <message>
        <source>&amp;Clair</source>
        <translation>&amp;الوضع الفاتح</translation>
    </message>
    <message>
        <source>Contraste &amp;élevé</source>
        <translation>&amp;وضع التباين العالي</translation>
    </message>
    <message>
        <source>Aid&amp;e</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>À &amp;propos de Sijil</source>
        <translation>حو&amp;ل Sijil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>À propos de Sijil</source>
        <translation>حول Sijil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sijil %1&lt;/h3&gt;&lt;p&gt;Poste de travail clinique du dossier patient partagé national et de la télémédecine.&lt;/p&gt;&lt;p&gt;Ministère de la Santé et de la Protection sociale.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sijil %1&lt;/h3&gt;&lt;p&gt;محطة العمل السريرية للملف الطبي المشترك الوطني وللطب عن بعد.&lt;/p&gt;&lt;p&gt;وزارة الصحة والحماية الاجتماعية.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientBanner</name>
    <message>
        <source>Fermer le dossier du patient</source>
        <translation>إغلاق ملف المريض</translation>
    </message>
    <message>
        <source>Aucun patient ouvert</source>
        <translation>لا يوجد ملف مريض مفتوح</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Sexe inconnu</source>
        <translation>الجنس غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>né(e) le %1 (%n an(s))</source>
        <translation>
            <numerusform>تاريخ الميلاد: %1 (%n سنة)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (سنة واحدة)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (سنتان)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (%n سنوات)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (%n سنة)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (%n سنة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>né(e) en %1 (environ %n an(s))</source>
        <translation>
            <numerusform>تاريخ الميلاد: %1 (حوالي %n سنة)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (حوالي سنة واحدة)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (حوالي سنتين)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (حوالي %n سنوات)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (حوالي %n سنة)</numerusform>
            <numerusform>تاريخ الميلاد: %1 (حوالي %n سنة)</numerusform>
        </translation>
    </message>
    <message>
        <source>date de naissance inconnue</source>
        <translation>تاريخ الميلاد غير معروف</translation>
    </message>
    <message>
        <source>IPP : non attribué</source>
        <translation>IPP: لم يُخصَّص بعد</translation>
    </message>
    <message>
        <source>IPP : %1</source>
        <translation>IPP: %1</translation>
    </message>
    <message>
        <source>Patient ouvert : %1</source>
        <translation>ملف المريض المفتوح: %1</translation>
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
        <translation>الملف الطبي المشترك — محطة العمل السريرية</translation>
    </message>
    <message>
        <source>Poste autonome (hors réseau)</source>
        <translation>محطة عمل مستقلة (غير متصلة)</translation>
    </message>
    <message>
        <source>Une session verrouillée est ouverte sur ce poste. Si vous vous connectez avec un autre compte, elle sera fermée.</source>
        <translation>توجد جلسة مقفلة مفتوحة على محطة العمل هذه. إذا سجّلت الدخول بحساب آخر فسيتم إغلاقها.</translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation>اسم المستخد&amp;م</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>كلمة المرو&amp;ر</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message numerus="yes">
        <source>Réessayez dans %n s</source>
        <translation>
            <numerusform>أعد المحاولة بعد %n ث</numerusform>
            <numerusform>أعد المحاولة بعد %n ث</numerusform>
            <numerusform>أعد المحاولة بعد %n ث</numerusform>
            <numerusform>أعد المحاولة بعد %n ث</numerusform>
            <numerusform>أعد المحاولة بعد %n ث</numerusform>
            <numerusform>أعد المحاولة بعد %n ث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sijil::ui::SyncLogDialog</name>
    <message>
        <source>Le journal de synchronisation n&apos;a pas pu être lu.</source>
        <translation>تعذّرت قراءة سجل المزامنة.</translation>
    </message>
    <message>
        <source>Journal de synchronisation</source>
        <translation>سجل المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) de synchronisation, du plus récent au plus ancien.</source>
        <translation>
            <numerusform>%n دورة مزامنة، من الأحدث إلى الأقدم.</numerusform>
            <numerusform>دورة مزامنة واحدة، من الأحدث إلى الأقدم.</numerusform>
            <numerusform>دورتا مزامنة، من الأحدث إلى الأقدم.</numerusform>
            <numerusform>%n دورات مزامنة، من الأحدث إلى الأقدم.</numerusform>
            <numerusform>%n دورة مزامنة، من الأحدث إلى الأقدم.</numerusform>
            <numerusform>%n دورة مزامنة، من الأحدث إلى الأقدم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SyncMenu</name>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;المزامنة</translation>
    </message>
    <message>
        <source>Synchroniser &amp;maintenant</source>
        <translation>مزامنة &amp;الآن</translation>
    </message>
    <message>
        <source>Aucun serveur central n&apos;est configuré pour ce site.</source>
        <translation>لم يُضبط أي خادم مركزي لهذا الموقع.</translation>
    </message>
    <message>
        <source>&amp;Conflits…</source>
        <translation>&amp;التعارضات…</translation>
    </message>
    <message>
        <source>&amp;Journal de synchronisation…</source>
        <translation>سجل &amp;المزامنة…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::Workspace</name>
    <message>
        <source>Admission</source>
        <translation>الاستقبال والقبول</translation>
    </message>
    <message>
        <source>Recherche et enregistrement des patients dans le référentiel national, lecture de la carte d&apos;identité, étiquettes.</source>
        <translation>البحث عن المرضى وتسجيلهم في السجل الوطني للمرضى، وقراءة البطاقة الوطنية للتعريف، وطباعة الملصقات.</translation>
    </message>
    <message>
        <source>Dossier patient</source>
        <translation>ملف المريض</translation>
    </message>
    <message>
        <source>Le dossier patient partagé : consultations, problèmes, observations, documents et imagerie du patient ouvert.</source>
        <translation>الملف الطبي المشترك: الاستشارات والمشكلات الصحية والملاحظات والوثائق والصور الطبية للمريض المفتوح ملفه.</translation>
    </message>
    <message>
        <source>Imagerie</source>
        <translation>التصوير الطبي</translation>
    </message>
    <message>
        <source>Visionneuse DICOM et échanges avec le PACS : recherche, récupération, envoi d&apos;examens, import depuis un CD ou une clé USB.</source>
        <translation>عارض DICOM والتبادل مع نظام PACS: البحث عن الفحوص واسترجاعها وإرسالها، والاستيراد من قرص مضغوط أو ذاكرة USB.</translation>
    </message>
    <message>
        <source>Télé-expertise</source>
        <translation>الخبرة الطبية عن بعد</translation>
    </message>
    <message>
        <source>Demander l&apos;avis d&apos;un spécialiste à distance, images et données jointes, et répondre aux demandes reçues.</source>
        <translation>طلب رأي طبيب اختصاصي عن بعد مع إرفاق الصور والبيانات، والرد على الطلبات الواردة.</translation>
    </message>
    <message>
        <source>Téléconsultation</source>
        <translation>الاستشارة الطبية عن بعد</translation>
    </message>
    <message>
        <source>Consultation vidéo entre le patient, l&apos;infirmier du centre et un médecin à distance, avec les dispositifs médicaux connectés.</source>
        <translation>استشارة بالفيديو بين المريض وممرض المركز وطبيب عن بعد، بالاستعانة بالأجهزة الطبية المتصلة.</translation>
    </message>
    <message>
        <source>Espaces de travail</source>
        <translation>مساحات العمل</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
</TS>
