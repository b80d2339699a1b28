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
            <numerusform>سجل التدقيق سليم: لا قيود للتحقق منها.</numerusform>
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
        <source>usage : sijilctl store stats|check</source>
        <translation>الاستعمال: sijilctl store stats|check</translation>
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
        <source>usage : sijilctl patient search TEXTE [--json]</source>
        <translation>الاستعمال: sijilctl patient search TEXTE [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) trouvé(s).</source>
        <translation>
            <numerusform>لم يُعثر على أي مريض.</numerusform>
            <numerusform>تم العثور على مريض واحد.</numerusform>
            <numerusform>تم العثور على مريضين.</numerusform>
            <numerusform>تم العثور على %n مرضى.</numerusform>
            <numerusform>تم العثور على %n مريضًا.</numerusform>
            <numerusform>تم العثور على %n مريض.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl patient show IPP|ID</source>
        <translation>الاستعمال: sijilctl patient show IPP|ID</translation>
    </message>
    <message>
        <source>aucun patient pour « %1 »</source>
        <translation>لا يوجد أي مريض مطابق لـ«%1»</translation>
    </message>
    <message>
        <source>ligne %1 (%2) : %3</source>
        <translation>السطر %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 patient(s) importé(s), %2 refusé(s).</source>
        <translation>المرضى المستوردون: %1، المرفوضون: %2.</translation>
    </message>
    <message>
        <source>usage : sijilctl patient search|show|import</source>
        <translation>الاستعمال: sijilctl patient search|show|import</translation>
    </message>
    <message>
        <source>usage : sijilctl refdata import communes FICHIER.csv</source>
        <translation>الاستعمال: sijilctl refdata import communes FICHIER.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) importée(s).</source>
        <translation>
            <numerusform>لم تُستورد أي جماعة.</numerusform>
            <numerusform>تم استيراد جماعة واحدة.</numerusform>
            <numerusform>تم استيراد جماعتين.</numerusform>
            <numerusform>تم استيراد %n جماعات.</numerusform>
            <numerusform>تم استيراد %n جماعةً.</numerusform>
            <numerusform>تم استيراد %n جماعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl ipp add-block PREMIER DERNIER</source>
        <translation>الاستعمال: sijilctl ipp add-block PREMIER DERNIER</translation>
    </message>
    <message>
        <source>un IPP a neuf chiffres au plus : %1 est trop grand</source>
        <translation>يتكون IPP من تسعة أرقام على الأكثر: %1 كبير جدًا</translation>
    </message>
    <message>
        <source>Plage %1 à %2 enregistrée.</source>
        <translation>تم تسجيل النطاق من %1 إلى %2.</translation>
    </message>
    <message>
        <source>restants : %1</source>
        <translation>المتبقية: %1</translation>
    </message>
    <message>
        <source>IPP disponibles : %1</source>
        <translation>أرقام IPP المتاحة: %1</translation>
    </message>
    <message>
        <source>usage : sijilctl ipp add-block PREMIER DERNIER | ipp status</source>
        <translation>الاستعمال: sijilctl ipp add-block PREMIER DERNIER | ipp status</translation>
    </message>
    <message>
        <source>doublon</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>doublon possible</source>
        <translation>مكرر محتمل</translation>
    </message>
    <message numerus="yes">
        <source>%n paire(s) à examiner.</source>
        <translation>
            <numerusform>لا أزواج للفحص.</numerusform>
            <numerusform>زوج واحد للفحص.</numerusform>
            <numerusform>زوجان للفحص.</numerusform>
            <numerusform>%n أزواج للفحص.</numerusform>
            <numerusform>%n زوجًا للفحص.</numerusform>
            <numerusform>%n زوج للفحص.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl mrz check &quot;LIGNES&quot; [--json]</source>
        <translation>الاستعمال: sijilctl mrz check &quot;أسطر&quot; [--json]</translation>
    </message>
    <message>
        <source>MRZ valide (%1).</source>
        <translation>MRZ صالحة (%1).</translation>
    </message>
    <message>
        <source>usage : sijilctl card readers [--json]</source>
        <translation>الاستعمال: sijilctl card readers [--json]</translation>
    </message>
    <message>
        <source>Aucun lecteur de cartes branché.</source>
        <translation>لا يوجد أي قارئ بطاقات موصول.</translation>
    </message>
    <message>
        <source>carte présente</source>
        <translation>البطاقة موجودة</translation>
    </message>
    <message>
        <source>pas de carte</source>
        <translation>لا توجد بطاقة</translation>
    </message>
    <message>
        <source>usage : sijilctl card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</source>
        <translation>الاستعمال: sijilctl card read --can رقم | --mrz &quot;أسطر&quot; [--reader اسم]</translation>
    </message>
    <message>
        <source>Aucune carte dans les lecteurs.</source>
        <translation>لا توجد أي بطاقة في القارئات.</translation>
    </message>
    <message>
        <source>usage : sijilctl card readers [--json] | card read --can NUMÉRO | --mrz &quot;LIGNES&quot; [--reader NOM]</source>
        <translation>الاستعمال: sijilctl card readers [--json] | card read --can رقم | --mrz &quot;أسطر&quot; [--reader اسم]</translation>
    </message>
    <message>
        <source>Ajouté : %1 (valable jusqu&apos;au %2)</source>
        <translation>أُضيفت: %1 (صالحة إلى غاية %2)</translation>
    </message>
    <message>
        <source>Certificats CSCA ajoutés : %1 ; déjà présents : %2</source>
        <translation>شهادات CSCA المضافة: %1؛ الموجودة من قبل: %2</translation>
    </message>
    <message>
        <source>Certificats écartés (pas une autorité de certification) : %1</source>
        <translation>الشهادات المستبعدة (ليست شهادات سلطة تصديق): %1</translation>
    </message>
    <message>
        <source>Aucun certificat CSCA de confiance (%1).</source>
        <translation>لا توجد أي شهادة CSCA موثوقة (%1).</translation>
    </message>
    <message>
        <source>usage : sijilctl trust import FICHIER | trust list [--json]</source>
        <translation>الاستعمال: sijilctl trust import ملف | trust list [--json]</translation>
    </message>
    <message>
        <source>Import : %1/%2 patient(s) écrit(s) (%3 %)</source>
        <translation>الاستيراد: تمت كتابة %1/%2 مريض (%3 %)</translation>
    </message>
    <message>
        <source>import interrompu (Ctrl+C) : les %1 patient(s) écrit(s) sont gardés, les suivants n&apos;ont pas été importés.</source>
        <translation>توقف الاستيراد (Ctrl+C): يُحتفظ بالمرضى الـ %1 الذين تمت كتابتهم، ولم يُستورد الباقون.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;image PNG « %1 ».</source>
        <translation>تعذرت كتابة صورة PNG « %1 ».</translation>
    </message>
    <message>
        <source>plus de %1 études : seules les %1 premières sont affichées, précisez la recherche.</source>
        <translation>أكثر من %1 دراسة: لا تُعرض إلا أول %1، دقّق البحث.</translation>
    </message>
    <message>
        <source>usage : sijilctl dicom info FICHIER|DOSSIER|DICOMDIR|ZIP | dicom render FICHIER [--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png</source>
        <translation>الاستعمال: sijilctl dicom info ملف|مجلد|DICOMDIR|ZIP | dicom render ملف [--frame N] [--wl مركز,عرض] [--invert] -o مخرج.png</translation>
    </message>
    <message>
        <source>%1 image(s) non transmise(s) par le PACS.</source>
        <translation>لم يرسل PACS ‏%1 صورة (صور).</translation>
    </message>
    <message>
        <source>%1 images, %2 Mo reçus</source>
        <translation>%1 صورة، %2 ميغابايت مستلمة</translation>
    </message>
    <message>
        <source>usage : sijilctl pacs echo --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] | pacs find --aet TITRE --host HÔTE --port PORT [--calling TITRE] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs store (connexion) FICHIER... | pacs get (connexion) (--study|--series|--instance UID)... -o DOSSIER | pacs move (connexion) (--study|--series|--instance UID)... --dest TITRE [--listen PORT -o DOSSIER] | pacs qido --url URL [--user NOM [--password-stdin]] [--timeout S] [--patient-id ID] [--name NOM] [--date AAAAMMJJ[-AAAAMMJJ]] [--modality MOD] [--accession NUMÉRO] [--limit N] | pacs wado --url URL [--user NOM [--password-stdin]] [--timeout S] --study UID [--series UID] -o DOSSIER</source>
        <translation>الاستعمال: sijilctl pacs echo --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث] | pacs find --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث] [--patient-id معرف] [--name اسم] [--date YYYYMMDD[-YYYYMMDD]] [--modality نوع] [--accession رقم] [--limit N] | pacs store (اتصال) ملف... | pacs get (اتصال) (--study|--series|--instance UID)... -o مجلد | pacs move (اتصال) (--study|--series|--instance UID)... --dest عنوان [--listen منفذ -o مجلد] | pacs qido --url URL [--user اسم [--password-stdin]] [--timeout ث] [--patient-id معرف] [--name اسم] [--date YYYYMMDD[-YYYYMMDD]] [--modality نوع] [--accession رقم] [--limit N] | pacs wado --url URL [--user اسم [--password-stdin]] [--timeout ث] --study UID [--series UID] -o مجلد</translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) possible(s) mis en file d&apos;examen : voyez « sijilctl dedup list ».</source>
        <translation>
            <numerusform>%n تكرار محتمل في قائمة المراجعة: انظر « sijilctl dedup list ».</numerusform>
            <numerusform>تكرار محتمل واحد في قائمة المراجعة: انظر « sijilctl dedup list ».</numerusform>
            <numerusform>تكراران محتملان في قائمة المراجعة: انظر « sijilctl dedup list ».</numerusform>
            <numerusform>%n تكرارات محتملة في قائمة المراجعة: انظر « sijilctl dedup list ».</numerusform>
            <numerusform>%n تكرارًا محتملًا في قائمة المراجعة: انظر « sijilctl dedup list ».</numerusform>
            <numerusform>%n تكرار محتمل في قائمة المراجعة: انظر « sijilctl dedup list ».</numerusform>
        </translation>
    </message>
    <message>
        <source>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à la ligne %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</source>
        <translation>توقف الاستيراد: كُتب %1 مريض حتى السطر %2؛ لم يُستورد باقي الملف. السبب: %3</translation>
    </message>
    <message numerus="yes">
        <source>la base locale est endommagée (%n anomalie(s)). Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</source>
        <translation>
            <numerusform>القاعدة المحلية تالفة (%n خلل). أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</numerusform>
            <numerusform>القاعدة المحلية تالفة (خلل واحد). أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</numerusform>
            <numerusform>القاعدة المحلية تالفة (خللان). أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</numerusform>
            <numerusform>القاعدة المحلية تالفة (%n اختلالات). أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</numerusform>
            <numerusform>القاعدة المحلية تالفة (%n خللًا). أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</numerusform>
            <numerusform>القاعدة المحلية تالفة (%n خلل). أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Détail technique (SQLite) :</source>
        <translation>تفصيل تقني (SQLite):</translation>
    </message>
    <message>
        <source>entrée %1 (%2) : %3</source>
        <translation>المدخل %1 (%2): %3</translation>
    </message>
    <message>
        <source>import arrêté : %1 patient(s) écrit(s), jusqu&apos;à l&apos;entrée %2 ; la suite du fichier n&apos;a pas été importée. Cause : %3</source>
        <translation>توقف الاستيراد: كُتب %1 مريض حتى المدخل %2؛ لم يُستورد باقي الملف. السبب: %3</translation>
    </message>
    <message>
        <source>Détail technique : %1</source>
        <translation>تفصيل تقني: %1</translation>
    </message>
    <message>
        <source>usage : sijilctl patient import FICHIER.csv|FICHIER.json [--keep-duplicates]</source>
        <translation>الاستعمال: sijilctl patient import FICHIER.csv|FICHIER.json [--keep-duplicates]</translation>
    </message>
    <message>
        <source>entrée %1 : %2</source>
        <translation>المدخل %1: %2</translation>
    </message>
    <message>
        <source>ligne %1 : %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Recherche des patients déjà enregistrés : %1/%2 (%3 %)</source>
        <translation>البحث عن المرضى المسجلين من قبل: %1/%2 (%3 %)</translation>
    </message>
    <message>
        <source>import interrompu (Ctrl+C) avant toute écriture : rien n&apos;a été importé.</source>
        <translation>توقف الاستيراد (Ctrl+C) قبل أي كتابة: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 Première occurrence : entrée %2.</source>
        <translation>%1 أول ظهور: المدخل %2.</translation>
    </message>
    <message>
        <source>%1 Première occurrence : ligne %2.</source>
        <translation>%1 أول ظهور: السطر %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) refusée(s) par le serveur central : elles restent en attente, avec les suivantes du même élément, et seront proposées de nouveau.</source>
        <translation>
            <numerusform>لم يرفض الخادم المركزي أي تعديل.</numerusform>
            <numerusform>رفض الخادم المركزي تعديلًا واحدًا: يبقى قيد الانتظار مع التعديلات اللاحقة للعنصر نفسه، وسيُعرض من جديد.</numerusform>
            <numerusform>رفض الخادم المركزي تعديلين: يبقيان قيد الانتظار مع التعديلات اللاحقة للعنصر نفسه، وسيُعرضان من جديد.</numerusform>
            <numerusform>رفض الخادم المركزي %n تعديلات: تبقى قيد الانتظار مع التعديلات اللاحقة للعنصر نفسه، وستُعرض من جديد.</numerusform>
            <numerusform>رفض الخادم المركزي %n تعديلًا: تبقى قيد الانتظار مع التعديلات اللاحقة للعنصر نفسه، وستُعرض من جديد.</numerusform>
            <numerusform>رفض الخادم المركزي %n تعديل: تبقى قيد الانتظار مع التعديلات اللاحقة للعنصر نفسه، وستُعرض من جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) ne correspond(ent) plus à la copie reçue par le serveur central : %1</source>
        <translation>
            <numerusform>لا تطابق أي مدخلة نسخة الخادم المركزي: %1</numerusform>
            <numerusform>لم تعد مدخلة واحدة تطابق النسخة التي تلقاها الخادم المركزي: %1</numerusform>
            <numerusform>لم تعد مدخلتان تطابقان النسخة التي تلقاها الخادم المركزي: %1</numerusform>
            <numerusform>لم تعد %n مدخلات تطابق النسخة التي تلقاها الخادم المركزي: %1</numerusform>
            <numerusform>لم تعد %n مدخلة تطابق النسخة التي تلقاها الخادم المركزي: %1</numerusform>
            <numerusform>لم تعد %n مدخلة تطابق النسخة التي تلقاها الخادم المركزي: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) marquée(s) comme envoyée(s) sans copie sur le serveur central (numéro ou date modifiés, ou copie supprimée) : %1</source>
        <translation>
            <numerusform>لا مدخلة مرسلة بلا نسخة على الخادم المركزي: %1</numerusform>
            <numerusform>مدخلة واحدة معلَّمة كمرسلة بلا نسخة على الخادم المركزي (رقم أو تاريخ معدَّل، أو نسخة محذوفة): %1</numerusform>
            <numerusform>مدخلتان معلَّمتان كمرسلتين بلا نسخة على الخادم المركزي (رقم أو تاريخ معدَّل، أو نسخة محذوفة): %1</numerusform>
            <numerusform>%n مدخلات معلَّمة كمرسلة بلا نسخة على الخادم المركزي (رقم أو تاريخ معدَّل، أو نسخة محذوفة): %1</numerusform>
            <numerusform>%n مدخلة معلَّمة كمرسلة بلا نسخة على الخادم المركزي (رقم أو تاريخ معدَّل، أو نسخة محذوفة): %1</numerusform>
            <numerusform>%n مدخلة معلَّمة كمرسلة بلا نسخة على الخادم المركزي (رقم أو تاريخ معدَّل، أو نسخة محذوفة): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conformes à la copie du serveur central : %n entrée(s).</source>
        <translation>
            <numerusform>مطابقة لنسخة الخادم المركزي: لا مدخلات.</numerusform>
            <numerusform>مطابقة لنسخة الخادم المركزي: مدخلة واحدة.</numerusform>
            <numerusform>مطابقة لنسخة الخادم المركزي: مدخلتان.</numerusform>
            <numerusform>مطابقة لنسخة الخادم المركزي: %n مدخلات.</numerusform>
            <numerusform>مطابقة لنسخة الخادم المركزي: %n مدخلة.</numerusform>
            <numerusform>مطابقة لنسخة الخادم المركزي: %n مدخلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Envoyées avant l&apos;empreinte, non comparables : %n entrée(s).</source>
        <translation>
            <numerusform>أُرسلت قبل البصمة، غير قابلة للمقارنة: لا مدخلات.</numerusform>
            <numerusform>أُرسلت قبل البصمة، غير قابلة للمقارنة: مدخلة واحدة.</numerusform>
            <numerusform>أُرسلت قبل البصمة، غير قابلة للمقارنة: مدخلتان.</numerusform>
            <numerusform>أُرسلت قبل البصمة، غير قابلة للمقارنة: %n مدخلات.</numerusform>
            <numerusform>أُرسلت قبل البصمة، غير قابلة للمقارنة: %n مدخلة.</numerusform>
            <numerusform>أُرسلت قبل البصمة، غير قابلة للمقارنة: %n مدخلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify [--server]|export [--after N]</source>
        <translation>الاستعمال: sijilctl audit verify [--server]|export [--after N]</translation>
    </message>
    <message>
        <source>usage : sijilctl audit verify [--server]</source>
        <translation>الاستعمال: sijilctl audit verify [--server]</translation>
    </message>
    <message>
        <source>centralServer : %1 (%2)</source>
        <translation>centralServer: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s) de ce poste sur le serveur central, plus récente(s) que la dernière envoyée encore présente ici : fin du journal supprimée (%1)</source>
        <translation>
            <numerusform>لا مدخلات من هذا الجهاز على الخادم المركزي أحدث من آخر مدخلة مرسلة ما زالت هنا: حُذفت نهاية السجل (%1)</numerusform>
            <numerusform>مدخلة واحدة من هذا الجهاز على الخادم المركزي أحدث من آخر مدخلة مرسلة ما زالت هنا: حُذفت نهاية السجل (%1)</numerusform>
            <numerusform>مدخلتان من هذا الجهاز على الخادم المركزي أحدث من آخر مدخلة مرسلة ما زالت هنا: حُذفت نهاية السجل (%1)</numerusform>
            <numerusform>%n مدخلات من هذا الجهاز على الخادم المركزي أحدث من آخر مدخلة مرسلة ما زالت هنا: حُذفت نهاية السجل (%1)</numerusform>
            <numerusform>%n مدخلة من هذا الجهاز على الخادم المركزي أحدث من آخر مدخلة مرسلة ما زالت هنا: حُذفت نهاية السجل (%1)</numerusform>
            <numerusform>%n مدخلة من هذا الجهاز على الخادم المركزي أحدث من آخر مدخلة مرسلة ما زالت هنا: حُذفت نهاية السجل (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modifiées depuis sur le serveur central, sans première version lisible, non comparables : %n entrée(s) (%1).</source>
        <translation>
            <numerusform>عُدِّلت على الخادم المركزي منذ ذلك الحين ولا نسخة أولى مقروءة لها، غير قابلة للمقارنة: لا مدخلات (%1).</numerusform>
            <numerusform>عُدِّلت على الخادم المركزي منذ ذلك الحين ولا نسخة أولى مقروءة لها، غير قابلة للمقارنة: مدخلة واحدة (%1).</numerusform>
            <numerusform>عُدِّلت على الخادم المركزي منذ ذلك الحين ولا نسخة أولى مقروءة لها، غير قابلة للمقارنة: مدخلتان (%1).</numerusform>
            <numerusform>عُدِّلت على الخادم المركزي منذ ذلك الحين ولا نسخة أولى مقروءة لها، غير قابلة للمقارنة: %n مدخلات (%1).</numerusform>
            <numerusform>عُدِّلت على الخادم المركزي منذ ذلك الحين ولا نسخة أولى مقروءة لها، غير قابلة للمقارنة: %n مدخلة (%1).</numerusform>
            <numerusform>عُدِّلت على الخادم المركزي منذ ذلك الحين ولا نسخة أولى مقروءة لها، غير قابلة للمقارنة: %n مدخلة (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>la base locale est au schéma %1 : elle sera mise à niveau au prochain démarrage de Sijil. Démarrez Sijil sur ce poste, puis relancez la commande.</source>
        <translation>القاعدة المحلية بالمخطط %1: ستُرقّى عند التشغيل القادم لـ Sijil. شغّل Sijil على هذا الجهاز، ثم أعد تنفيذ الأمر.</translation>
    </message>
    <message>
        <source>Base locale intacte (schéma %1, sera mis à niveau au prochain démarrage de Sijil).</source>
        <translation>قاعدة البيانات المحلية سليمة (المخطط %1، ستُرقّى عند التشغيل القادم لـ Sijil).</translation>
    </message>
    <message>
        <source>Schéma : %1 (sera mis à niveau au prochain démarrage de Sijil)</source>
        <translation>المخطط: %1 (ستُرقّى عند التشغيل القادم لـ Sijil)</translation>
    </message>
    <message>
        <source>vérification incomplète : le serveur central a plus d&apos;événements de ce poste que la vérification n&apos;en parcourt ; les suivants n&apos;ont pas été comparés.</source>
        <translation>تحقق غير مكتمل: لدى الخادم المركزي أحداث من هذا الجهاز أكثر مما يفحصه التحقق؛ لم تُقارَن الأحداث التالية.</translation>
    </message>
    <message>
        <source>la clé du journal ne correspond pas à ce journal : restaurez la clé d&apos;origine depuis la sauvegarde du poste</source>
        <translation>مفتاح السجل لا يطابق هذا السجل: استرجع المفتاح الأصلي من النسخة الاحتياطية للجهاز</translation>
    </message>
    <message>
        <source>entrée remplacée (fin du journal supprimée puis réécrite)</source>
        <translation>قيد مستبدل (نهاية السجل محذوفة ثم أعيدت كتابتها)</translation>
    </message>
    <message>
        <source>entrées supprimées ou repère de fin du journal modifié, constaté le %1 et consigné à cette entrée</source>
        <translation>قيود محذوفة أو علامة نهاية السجل معدلة، لوحظ ذلك في %1 وسُجّل في هذا القيد</translation>
    </message>
    <message>
        <source>entrée %1 (%2) : avertissement : %3</source>
        <translation>المدخل %1 (%2): تنبيه: %3</translation>
    </message>
    <message>
        <source>ligne %1 (%2) : avertissement : %3</source>
        <translation>السطر %1 (%2): تنبيه: %3</translation>
    </message>
    <message>
        <source>%1 entrée(s) ni Patient ni Coverage, non importée(s) : %2.</source>
        <translation>%1 مدخل(ات) ليست Patient ولا Coverage، لم تُستورد: %2.</translation>
    </message>
    <message>
        <source>dossier %1 non comparé : %2 (%3)</source>
        <translation>الملف %1 لم تتم مقارنته: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) illisible(s) non comparé(s) : la base locale est endommagée.</source>
        <translation>
            <numerusform>%n ملف غير مقروء لم تتم مقارنته: القاعدة المحلية تالفة.</numerusform>
            <numerusform>ملف واحد غير مقروء لم تتم مقارنته: القاعدة المحلية تالفة.</numerusform>
            <numerusform>ملفان غير مقروءين لم تتم مقارنتهما: القاعدة المحلية تالفة.</numerusform>
            <numerusform>%n ملفات غير مقروءة لم تتم مقارنتها: القاعدة المحلية تالفة.</numerusform>
            <numerusform>%n ملفًا غير مقروء لم تتم مقارنتها: القاعدة المحلية تالفة.</numerusform>
            <numerusform>%n ملف غير مقروء لم تتم مقارنتها: القاعدة المحلية تالفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recherche des doublons : %1/%2 patient(s) (%3 %), %4 patient(s)/s, fin dans %5</source>
        <translation>البحث عن الملفات المكررة: %1/%2 مريض (%3 %)، %4 مريض/ث، ينتهي بعد %5</translation>
    </message>
    <message>
        <source>reprise de la recherche commencée le %1 : %2 patient(s) déjà comparé(s) (--restart pour tout recommencer).</source>
        <translation>استئناف البحث الذي بدأ في %1: سبقت مقارنة %2 مريض (‎--restart لإعادة البدء من الأول).</translation>
    </message>
    <message>
        <source>recherche arrêtée après %1 patient(s) sur %2 : relancez « sijilctl dedup scan » pour la poursuivre.</source>
        <translation>توقف البحث بعد %1 مريض من %2: أعيدوا تشغيل «sijilctl dedup scan» لمواصلته.</translation>
    </message>
    <message>
        <source>usage : sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list [--json]</source>
        <translation>الاستعمال: sijilctl dedup scan [--json] [--restart] [--limit N] | dedup list [--json]</translation>
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
        <translation>الاستعمال: sijilctl [--data-dir مجلد] [--site-config ملف] أمر [وسائط]

الأوامر:
  version                         إصدار Sijil وإصدار مخطط قاعدة البيانات المحلية
  users list [--json]             الحسابات المحلية
  users add معرف --name اسم --role ROLE[,ROLE...] [--facility CODE]
            [--password-stdin]    ينشئ حسابًا (وإلا تُطلب كلمة المرور)
  users disable معرف              يعطّل حسابًا
  users enable معرف               يعيد تفعيل حساب
  users passwd معرف [--password-stdin]
                                  يغيّر كلمة المرور
  config show                     الإعدادات الفعلية للموقع (JSON)
  store stats                     حجم قاعدة البيانات المحلية ومحتواها
  store check                     يتحقق من سلامة قاعدة البيانات المحلية
  audit verify [--server]         يتحقق من سلسلة سجل التدقيق (ومع --server،
                                  من مدخلاته المرسلة مقابل نسختها على الخادم المركزي)
  audit export [--after N]        يصدّر سجل التدقيق (JSON، قيد واحد في كل سطر)
  sync [--pull TYPE]...           دورة مزامنة واحدة مع الخادم المركزي
  sync log [عدد]                  آخر دورات المزامنة
  patient search نص [--json]      بحث (IPP، CNIE، الهاتف، الأسماء، التاريخ)
  patient show IPP|ID             ملف المريض (موارد FHIR)
  patient import ملف [--keep-duplicates]
                                  يستورد سجلًا (CSV أو Bundle FHIR)؛ يُرفض المريض
                                  المسجل من قبل، أو يُحتفظ به ويوضع في قائمة
                                  المراجعة مع --keep-duplicates
  refdata import communes ملف     يستورد لائحة الجماعات (CSV)
  ipp add-block أول آخر           يسجّل نطاق IPP محجوزًا للموقع
  ipp status                      نطاقات IPP والأرقام المتبقية
  dedup scan [--json] [--restart] [--limit N]
                                  يرصد الملفات المكررة المحتملة في السجل ويضعها في قائمة الفحص؛
                                  يستأنف بحثًا متوقفًا (إلا مع --restart)
  dedup list [--json]             الأزواج التي تنتظر الفحص، الأرجح أولًا
  trust import ملف                يضيف شهادة CSCA أو لائحة CSCA رئيسية
  trust list [--json]             شهادات CSCA الموثوقة (شرائح الوثائق)
  card readers [--json]           قارئات البطاقات والبطاقات الموجودة
  card read --can رقم | --mrz أسطر [--reader اسم]
                                  يقرأ شريحة وثيقة هوية (JSON)
  mrz check أسطر [--json]         يتحقق من MRZ وأرقام التحقق الخاصة بها
  dicom info ملف                  سمات صورة DICOM (JSON)
  dicom info مجلد|DICOMDIR|ZIP    المرضى والفحوص والسلاسل والصور في وسيط (JSON)
  dicom render ملف [--frame N] [--wl مركز,عرض] [--invert] -o مخرج.png
                                  يحوّل صورة DICOM إلى PNG (نافذة الملف افتراضيًا)
  pacs echo --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث]
                                  يتحقق من اتصال DICOM بـ PACS ‏(C-ECHO)
  pacs find --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث]
            [--patient-id معرف] [--name اسم] [--date YYYYMMDD[-YYYYMMDD]]
            [--modality نوع] [--accession رقم] [--limit N]
                                  يبحث عن دراسات في PACS ‏(C-FIND، JSON)
  pacs store --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث]
             ملف...
                                  يرسل ملفات DICOM إلى PACS ‏(C-STORE، JSON)
  pacs get --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث]
           (--study|--series|--instance UID)... -o مجلد
                                  يسترجع صورًا من PACS ‏(C-GET، JSON)
  pacs move --aet عنوان --host مضيف --port منفذ [--calling عنوان] [--timeout ث]
            (--study|--series|--instance UID)... --dest عنوان [--listen منفذ -o مجلد]
                                  يطلب إرسال صور إلى عنوان AE ‏(C-MOVE)؛
                                  مع --listen يستقبلها Sijil بنفسه (JSON)
  pacs qido --url URL [--user اسم [--password-stdin]] [--timeout ث]
            [--patient-id معرف] [--name اسم] [--date YYYYMMDD[-YYYYMMDD]]
            [--modality نوع] [--accession رقم] [--limit N]
                                  يبحث عن دراسات عبر DICOMweb ‏(QIDO-RS، JSON)
  pacs wado --url URL [--user اسم [--password-stdin]] [--timeout ث]
            --study UID [--series UID] -o مجلد
                                  ينزّل دراسة أو سلسلة (WADO-RS)

الأدوار: admission-clerk, nurse, physician, specialist, radiologist, site-admin
</translation>
    </message>
    <message>
        <source>Mise à jour de l&apos;index de recherche des patients (après une mise à jour de Sijil) ; Ctrl+C l&apos;interrompt, elle reprendra à la commande suivante.</source>
        <translation>تحديث فهرس البحث عن المرضى (بعد تحديث Sijil)؛ يوقفه Ctrl+C، وسيُستأنف مع الأمر التالي.</translation>
    </message>
    <message>
        <source>Index de recherche : %1/%2 dossier(s)</source>
        <translation>فهرس البحث: %1/%2 ملف</translation>
    </message>
    <message>
        <source>mise à jour de l&apos;index de recherche interrompue : relancez la commande pour la poursuivre.</source>
        <translation>توقف تحديث فهرس البحث: أعد تشغيل الأمر لمتابعته.</translation>
    </message>
    <message>
        <source>Vérification de toute la base locale avant sa conversion pour cette version de Sijil…</source>
        <translation>التحقق من القاعدة المحلية كاملةً قبل تحويلها لهذا الإصدار من Sijil…</translation>
    </message>
    <message>
        <source>Conversion de la base locale : étape %1 sur %2</source>
        <translation>تحويل القاعدة المحلية: المرحلة %1 من %2</translation>
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
    <message>
        <source>Préparation de la recherche des patients… %1 %</source>
        <translation>جارٍ تحضير البحث عن المرضى… %1 %</translation>
    </message>
    <message>
        <source>La recherche des patients est incomplète : %1 Redémarrez Sijil ; si cela persiste, prévenez l&apos;administrateur.</source>
        <translation>البحث عن المرضى غير مكتمل: %1 أعد تشغيل Sijil؛ وإذا استمر ذلك، أخبر المسؤول.</translation>
    </message>
    <message>
        <source>Mise à jour de la recherche des patients… %1 %</source>
        <translation>جارٍ تحديث البحث عن المرضى… %1 %</translation>
    </message>
</context>
<context>
    <name>sijil::app::CtlContext</name>
    <message>
        <source>Impossible de créer le dossier des données locales « %1 ».</source>
        <translation>تعذّر إنشاء مجلد البيانات المحلية «%1».</translation>
    </message>
    <message>
        <source>Aucune base locale dans « %1 » : vérifiez le dossier des données (--data-dir).</source>
        <translation>لا توجد قاعدة محلية في « %1 »: تحقق من مجلد البيانات (--data-dir).</translation>
    </message>
    <message>
        <source>La clé du journal d&apos;audit est introuvable (« %1 ») : le journal ne peut pas être vérifié. Restaurez la clé depuis la sauvegarde du poste.</source>
        <translation>مفتاح سجل التدقيق غير موجود (« %1 »): لا يمكن التحقق من السجل. استرجع المفتاح من النسخة الاحتياطية للجهاز.</translation>
    </message>
</context>
<context>
    <name>sijil::app::StoreUpgrade</name>
    <message>
        <source>Mise à jour de la base locale de Sijil</source>
        <translation>تحديث القاعدة المحلية لـ Sijil</translation>
    </message>
    <message>
        <source>Vérification de toute la base avant sa conversion…</source>
        <translation>التحقق من القاعدة كاملةً قبل تحويلها…</translation>
    </message>
    <message>
        <source>Conversion : étape %1 sur %2</source>
        <translation>التحويل: المرحلة %1 من %2</translation>
    </message>
    <message>
        <source>Sijil convertit la base locale pour cette version, après l&apos;avoir vérifiée entière si la conversion le demande. Sur un grand registre, cela peut prendre plusieurs minutes ; Sijil s&apos;ouvrira ensuite. Si le poste s&apos;arrête entre-temps, la mise à jour reprendra au prochain démarrage, sans perte.</source>
        <translation>يحوّل Sijil القاعدة المحلية لهذا الإصدار، بعد التحقق منها كاملةً إذا تطلّب التحويل ذلك. في سجل كبير قد يستغرق ذلك عدة دقائق، ثم يفتح Sijil. إذا توقف الجهاز في الأثناء، يُستأنف التحديث عند التشغيل التالي دون فقدان أي شيء.</translation>
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
    <message>
        <source>un débit entre 300 et 921600 bauds</source>
        <translation>معدل بين 300 و921600 باود</translation>
    </message>
    <message>
        <source>un nombre de bits de données entre 5 et 8</source>
        <translation>عدد بتات البيانات بين 5 و8</translation>
    </message>
    <message>
        <source>1 ou 2 bits d&apos;arrêt</source>
        <translation>بت توقف واحد أو اثنان</translation>
    </message>
    <message>
        <source>« none », « even », « odd », « mark » ou « space »</source>
        <translation>« none » أو « even » أو « odd » أو « mark » أو « space »</translation>
    </message>
    <message>
        <source>un nom que ne porte aucun autre PACS du site</source>
        <translation>اسمًا لا يحمله أي نظام PACS آخر في الموقع</translation>
    </message>
    <message>
        <source>un nombre de jours entre 1 et 3650</source>
        <translation>عددًا من الأيام بين 1 و3650</translation>
    </message>
    <message>
        <source>une taille en Go entre 1 et 100000</source>
        <translation>حجمًا بالجيغابايت بين 1 و100000</translation>
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
    <message>
        <source>Le serveur central n&apos;a pas accepté ce poste à la connexion sécurisée : le certificat du poste manque, a expiré, n&apos;est pas reconnu ou ne correspond pas à sa clé.</source>
        <translation>لم يقبل الخادم المركزي هذا الحاسوب عند الاتصال الآمن: شهادة الحاسوب مفقودة أو منتهية الصلاحية أو غير معترف بها أو لا تطابق مفتاحها.</translation>
    </message>
    <message>
        <source>Le serveur central a fermé la connexion pendant son établissement sécurisé : serveur indisponible derrière un répartiteur, ou ce poste refusé (son certificat).</source>
        <translation>أغلق الخادم المركزي الاتصال أثناء إنشائه الآمن: الخادم غير متاح خلف موزّع الحمل، أو هذا الجهاز مرفوض (شهادته).</translation>
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
    <message>
        <source>Le serveur central ne prend pas en charge cette opération.</source>
        <translation>الخادم المركزي لا يدعم هذه العملية.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::AccessKey</name>
    <message>
        <source>Le numéro d&apos;accès (CAN) ne se compose que de chiffres, tels qu&apos;imprimés sur la carte.</source>
        <translation>يتكون رقم الولوج (CAN) من أرقام فقط، كما هي مطبوعة على البطاقة.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::Apdu</name>
    <message>
        <source>La carte a envoyé une réponse illisible.</source>
        <translation>أرسلت البطاقة استجابة غير مقروءة.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::Bac</name>
    <message>
        <source>La puce n&apos;a pas prouvé qu&apos;elle appartient à ce document : la lecture est interrompue.</source>
        <translation>لم تُثبت الشريحة أنها تنتمي إلى هذه الوثيقة: تم إيقاف القراءة.</translation>
    </message>
    <message>
        <source>Le numéro du document, la date de naissance et la date d&apos;expiration sont nécessaires pour lire la puce.</source>
        <translation>يلزم رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية لقراءة الشريحة.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::DataGroups</name>
    <message>
        <source>Un fichier de la puce est mal formé et ne peut pas être lu.</source>
        <translation>أحد ملفات الشريحة غير سليم البنية ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>La photo enregistrée dans la puce ne peut pas être affichée.</source>
        <translation>لا يمكن عرض الصورة المسجَّلة في الشريحة.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::DocumentReading</name>
    <message>
        <source>Saisissez le numéro d&apos;accès (CAN) ou la MRZ de la carte.</source>
        <translation>أدخل رقم الولوج (CAN) أو المنطقة المقروءة آليًا (MRZ) للبطاقة.</translation>
    </message>
    <message>
        <source>Vérifié</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Signature valide mais CSCA inconnu</source>
        <translation>توقيع صالح لكن CSCA غير معروفة</translation>
    </message>
    <message>
        <source>Données altérées — refusées</source>
        <translation>بيانات محرَّفة — مرفوضة</translation>
    </message>
    <message>
        <source>Authenticité non vérifiable — refusées</source>
        <translation>تعذّر التحقق من الأصالة — مرفوضة</translation>
    </message>
    <message>
        <source>Connexion à la puce…</source>
        <translation>جارٍ الاتصال بالشريحة…</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accès sécurisé…</source>
        <translation>جارٍ فتح الوصول الآمن…</translation>
    </message>
    <message>
        <source>Lecture du sommaire de la puce…</source>
        <translation>جارٍ قراءة فهرس الشريحة…</translation>
    </message>
    <message>
        <source>Lecture de l&apos;identité du titulaire…</source>
        <translation>جارٍ قراءة هوية حامل الوثيقة…</translation>
    </message>
    <message>
        <source>Lecture de la signature du document…</source>
        <translation>جارٍ قراءة توقيع الوثيقة…</translation>
    </message>
    <message>
        <source>Lecture de la photo…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <source>Vérification de l&apos;authenticité…</source>
        <translation>جارٍ التحقق من الأصالة…</translation>
    </message>
</context>
<context>
    <name>sijil::identity::EmrtdReader</name>
    <message>
        <source>La puce refuse l&apos;accès à ces données.</source>
        <translation>ترفض الشريحة الوصول إلى هذه البيانات.</translation>
    </message>
    <message>
        <source>La puce a interrompu la communication sécurisée. Reposez le document et recommencez.</source>
        <translation>قطعت الشريحة الاتصال الآمن. أعد وضع الوثيقة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>La puce a répondu par une erreur inattendue.</source>
        <translation>ردّت الشريحة بخطأ غير متوقع.</translation>
    </message>
    <message>
        <source>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis.</source>
        <translation>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة.</translation>
    </message>
    <message>
        <source>Un fichier de la puce est trop grand pour être lu.</source>
        <translation>أحد ملفات الشريحة أكبر من أن تتم قراءته.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas un document d&apos;identité électronique lisible ici.</source>
        <translation>هذه البطاقة ليست وثيقة هوية إلكترونية يمكن قراءتها هنا.</translation>
    </message>
    <message>
        <source>Un fichier attendu est absent de la puce.</source>
        <translation>ملف متوقَّع غير موجود على الشريحة.</translation>
    </message>
    <message>
        <source>La puce est bloquée après trop d&apos;essais de clé d&apos;accès incorrects : elle ne peut plus être lue ici.</source>
        <translation>الشريحة مقفلة بعد محاولات كثيرة جدًا بمفتاح وصول غير صحيح: لم يعد من الممكن قراءتها هنا.</translation>
    </message>
    <message numerus="yes">
        <source>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte. Il reste %n essai(s) avant le blocage de la puce.</source>
        <translation>
            <numerusform>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة. أمامك %n محاولة قبل قفل الشريحة.</numerusform>
            <numerusform>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة. أمامك %n محاولة قبل قفل الشريحة.</numerusform>
            <numerusform>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة. أمامك %n محاولتان قبل قفل الشريحة.</numerusform>
            <numerusform>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة. أمامك %n محاولات قبل قفل الشريحة.</numerusform>
            <numerusform>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة. أمامك %n محاولةً قبل قفل الشريحة.</numerusform>
            <numerusform>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة. أمامك %n محاولة قبل قفل الشريحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>La puce refuse la clé d&apos;accès : vérifiez le numéro du document, la date de naissance et la date d&apos;expiration saisis. Il reste %n essai(s) avant le blocage de la puce.</source>
        <translation>
            <numerusform>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة. أمامك %n محاولة قبل قفل الشريحة.</numerusform>
            <numerusform>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة. أمامك %n محاولة قبل قفل الشريحة.</numerusform>
            <numerusform>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة. أمامك %n محاولتان قبل قفل الشريحة.</numerusform>
            <numerusform>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة. أمامك %n محاولات قبل قفل الشريحة.</numerusform>
            <numerusform>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة. أمامك %n محاولةً قبل قفل الشريحة.</numerusform>
            <numerusform>ترفض الشريحة مفتاح الوصول: تحقق من رقم الوثيقة وتاريخ الميلاد وتاريخ انتهاء الصلاحية المُدخلة. أمامك %n محاولة قبل قفل الشريحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le numéro d&apos;accès (CAN) est incorrect : vérifiez les chiffres imprimés sur la carte.</source>
        <translation>رقم الولوج (CAN) غير صحيح: تحقق من الأرقام المطبوعة على البطاقة.</translation>
    </message>
    <message>
        <source>L&apos;ouverture sécurisée de la puce (PACE) a échoué. Reposez le document et recommencez.</source>
        <translation>فشل الفتح الآمن للشريحة (PACE). أعد وضع الوثيقة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>La puce n&apos;a pas prouvé qu&apos;elle connaît la clé d&apos;accès : ce document pourrait être contrefait.</source>
        <translation>لم تُثبت الشريحة أنها تعرف مفتاح الوصول: قد تكون هذه الوثيقة مزوَّرة.</translation>
    </message>
    <message>
        <source>Cette puce ne s&apos;ouvre pas avec le numéro d&apos;accès (CAN) : saisissez la zone de lecture automatique (MRZ) du document.</source>
        <translation>لا تُفتح هذه الشريحة برقم الولوج (CAN): أدخل المنطقة المقروءة آليًا (MRZ) للوثيقة.</translation>
    </message>
    <message>
        <source>La puce ne contient pas de fichier de sécurité (EF.SOD) : l&apos;authenticité de ses données ne peut pas être vérifiée.</source>
        <translation>لا تحتوي الشريحة على ملف الأمان (EF.SOD): لا يمكن التحقق من أصالة بياناتها.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::MrzParser</name>
    <message>
        <source>La date de naissance lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</source>
        <translation>تاريخ الميلاد المقروء غير موجود (يوم أو شهر أو أرقام مستحيلة): أعد قراءة المنطقة.</translation>
    </message>
    <message>
        <source>La date d&apos;expiration lue n&apos;existe pas (jour, mois ou chiffres impossibles) : relisez la zone.</source>
        <translation>تاريخ انتهاء الصلاحية المقروء غير موجود (يوم أو شهر أو أرقام مستحيلة): أعد قراءة المنطقة.</translation>
    </message>
    <message>
        <source>Le sexe lu n&apos;est ni M, ni F, ni X, ni « &lt; » : relisez la zone.</source>
        <translation>الجنس المقروء ليس M ولا F ولا X ولا «&lt;»: أعد قراءة المنطقة.</translation>
    </message>
    <message>
        <source>Le code du pays émetteur n&apos;est pas un code de trois lettres : relisez la zone.</source>
        <translation>رمز البلد المُصدِر ليس رمزًا من ثلاثة أحرف: أعد قراءة المنطقة.</translation>
    </message>
    <message>
        <source>Le code de nationalité n&apos;est pas un code de trois lettres : relisez la zone.</source>
        <translation>رمز الجنسية ليس رمزًا من ثلاثة أحرف: أعد قراءة المنطقة.</translation>
    </message>
    <message>
        <source>Le nom contient un chiffre (ligne %1, position %2) : la zone a été mal lue.</source>
        <translation>يحتوي الاسم على رقم (السطر %1، الموضع %2): تمت قراءة المنطقة بشكل خاطئ.</translation>
    </message>
    <message>
        <source>La zone lisible ne contient pas le nom du titulaire.</source>
        <translation>لا تحتوي منطقة القراءة الآلية على اسم حامل الوثيقة.</translation>
    </message>
    <message>
        <source>Aucune zone lisible par machine n&apos;a été reçue.</source>
        <translation>لم يُستلم أي منطقة قراءة آلية.</translation>
    </message>
    <message numerus="yes">
        <source>Une zone lisible par machine compte 2 lignes (passeport) ou 3 lignes (carte d&apos;identité) ; %n ligne(s) lue(s).</source>
        <translation>
            <numerusform>عدد أسطر منطقة القراءة الآلية 2 (جواز السفر) أو 3 (بطاقة التعريف)؛ تمت قراءة %n سطر.</numerusform>
            <numerusform>عدد أسطر منطقة القراءة الآلية 2 (جواز السفر) أو 3 (بطاقة التعريف)؛ تمت قراءة سطر واحد.</numerusform>
            <numerusform>عدد أسطر منطقة القراءة الآلية 2 (جواز السفر) أو 3 (بطاقة التعريف)؛ تمت قراءة سطرين.</numerusform>
            <numerusform>عدد أسطر منطقة القراءة الآلية 2 (جواز السفر) أو 3 (بطاقة التعريف)؛ تمت قراءة %n أسطر.</numerusform>
            <numerusform>عدد أسطر منطقة القراءة الآلية 2 (جواز السفر) أو 3 (بطاقة التعريف)؛ تمت قراءة %n سطرًا.</numerusform>
            <numerusform>عدد أسطر منطقة القراءة الآلية 2 (جواز السفر) أو 3 (بطاقة التعريف)؛ تمت قراءة %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caractère « %1 » non admis en ligne %2, position %3 : une zone lisible par machine ne contient que A à Z, 0 à 9 et « &lt; ».</source>
        <translation>الحرف «%1» غير مقبول في السطر %2، الموضع %3: لا تحتوي منطقة القراءة الآلية إلا على الأحرف من A إلى Z والأرقام من 0 إلى 9 و«&lt;».</translation>
    </message>
    <message>
        <source>La ligne %1 de la zone lisible par machine compte %2 caractères au lieu de %3 : un caractère a été perdu ou ajouté à la lecture.</source>
        <translation>عدد أحرف السطر %1 من منطقة القراءة الآلية %2 بدلًا من %3: فُقد حرف أو أُضيف أثناء القراءة.</translation>
    </message>
    <message>
        <source>Les lignes d&apos;une zone lisible par machine de 2 lignes comptent 36 ou 44 caractères ; elles en comptent ici %1 et %2.</source>
        <translation>يتكون كل سطر من منطقة القراءة الآلية ذات السطرين (2) من 36 أو 44 حرفًا؛ وعدد أحرف السطرين هنا %1 و%2.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle du numéro de document ne correspond pas : le numéro a été mal lu.</source>
        <translation>رقم التحقق الخاص برقم الوثيقة غير مطابق: تمت قراءة الرقم بشكل خاطئ.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle de la date de naissance ne correspond pas : la date a été mal lue.</source>
        <translation>رقم التحقق الخاص بتاريخ الميلاد غير مطابق: تمت قراءة التاريخ بشكل خاطئ.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle de la date d&apos;expiration ne correspond pas : la date a été mal lue.</source>
        <translation>رقم التحقق الخاص بتاريخ انتهاء الصلاحية غير مطابق: تمت قراءة التاريخ بشكل خاطئ.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle du numéro personnel ne correspond pas : le numéro a été mal lu.</source>
        <translation>رقم التحقق الخاص بالرقم الشخصي غير مطابق: تمت قراءة الرقم بشكل خاطئ.</translation>
    </message>
    <message>
        <source>Le chiffre de contrôle final ne correspond pas : une partie de la zone a été mal lue.</source>
        <translation>رقم التحقق النهائي غير مطابق: تمت قراءة جزء من المنطقة بشكل خاطئ.</translation>
    </message>
    <message>
        <source>Le type de document, en tête de la zone, est illisible.</source>
        <translation>نوع الوثيقة، في بداية المنطقة، غير مقروء.</translation>
    </message>
    <message>
        <source>Cette zone est celle d&apos;un visa, pas d&apos;une pièce d&apos;identité : lisez celle du passeport.</source>
        <translation>هذه المنطقة خاصة بتأشيرة وليست بوثيقة هوية: اقرأ منطقة جواز السفر.</translation>
    </message>
    <message>
        <source>L&apos;ancienne carte d&apos;identité française n&apos;a pas une zone lisible conforme à la norme OACI 9303 : saisissez l&apos;identité à la main.</source>
        <translation>بطاقة التعريف الفرنسية القديمة لا تتضمن منطقة قراءة آلية مطابقة لمعيار OACI 9303: أدخل الهوية يدويًا.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::PassiveAuthentication</name>
    <message>
        <source>Le fichier de sécurité (EF.SOD) de la puce est illisible : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>ملف الأمان (EF.SOD) الخاص بالشريحة غير مقروء: لا يمكن التحقق من أصالة البيانات.</translation>
    </message>
    <message>
        <source>Données authentiques : signées par le pays émetteur et intactes.</source>
        <translation>بيانات أصلية: موقَّعة من البلد المُصدِر وسليمة.</translation>
    </message>
    <message>
        <source>Données intactes, mais l&apos;autorité de certification (CSCA) du pays émetteur est inconnue de ce poste : origine non vérifiée.</source>
        <translation>البيانات سليمة، لكن سلطة التصديق (CSCA) الخاصة بالبلد المُصدِر غير معروفة لدى محطة العمل هذه: لم يتم التحقق من المصدر.</translation>
    </message>
    <message>
        <source>Données altérées — refusées.</source>
        <translation>بيانات محرَّفة — مرفوضة.</translation>
    </message>
    <message>
        <source>Le document utilise un algorithme de hachage inconnu : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>تستعمل الوثيقة خوارزمية تجزئة غير معروفة: لا يمكن التحقق من أصالة البيانات.</translation>
    </message>
    <message>
        <source>Le certificat du signataire du document est absent de la puce : l&apos;authenticité des données ne peut pas être vérifiée.</source>
        <translation>شهادة موقِّع الوثيقة غير موجودة على الشريحة: لا يمكن التحقق من أصالة البيانات.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::PcscReaderPlugin</name>
    <message>
        <source>Le service des lecteurs de cartes (pcscd) ne répond pas. Vérifiez qu&apos;il est installé et démarré.</source>
        <translation>خدمة قارئات البطاقات (pcscd) لا تستجيب. تحقق من أنها مثبَّتة ومشغَّلة.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes n&apos;est pas disponible. Vérifiez qu&apos;il est branché.</source>
        <translation>قارئ البطاقات غير متاح. تحقق من أنه موصول.</translation>
    </message>
    <message>
        <source>Aucune carte n&apos;est posée sur le lecteur.</source>
        <translation>لا توجد أي بطاقة موضوعة على القارئ.</translation>
    </message>
    <message>
        <source>La carte a été retirée du lecteur pendant la lecture. Reposez-la et recommencez.</source>
        <translation>سُحبت البطاقة من القارئ أثناء القراءة. أعد وضعها ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>La carte a été réinitialisée par un autre programme. Recommencez la lecture.</source>
        <translation>أعاد برنامج آخر تهيئة البطاقة. أعد القراءة.</translation>
    </message>
    <message>
        <source>La carte est utilisée par un autre programme. Fermez-le et recommencez.</source>
        <translation>البطاقة مستعملة من طرف برنامج آخر. أغلقه ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>La carte ne répond pas. Reposez-la bien à plat sur le lecteur et recommencez.</source>
        <translation>البطاقة لا تستجيب. ضعها بشكل مسطّح جيدًا على القارئ ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes a signalé une erreur.</source>
        <translation>أبلغ قارئ البطاقات عن خطأ.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::SecureMessaging</name>
    <message>
        <source>Le chiffrement de la communication avec la puce a échoué.</source>
        <translation>فشل تشفير الاتصال مع الشريحة.</translation>
    </message>
    <message>
        <source>La réponse de la puce n&apos;a pas pu être vérifiée : la lecture est interrompue.</source>
        <translation>تعذّر التحقق من استجابة الشريحة: تم إيقاف القراءة.</translation>
    </message>
    <message>
        <source>Cette commande ne peut pas être envoyée à la puce de façon sécurisée.</source>
        <translation>لا يمكن إرسال هذا الأمر إلى الشريحة بشكل آمن.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::SerialMrzReader</name>
    <message>
        <source>Le lecteur MRZ a envoyé des données illisibles. Repassez le document.</source>
        <translation>أرسل قارئ MRZ بيانات غير مقروءة. أعد تمرير الوثيقة.</translation>
    </message>
    <message>
        <source>Le lecteur MRZ « %1 » est introuvable. Vérifiez qu&apos;il est branché : Sijil le détectera dès qu&apos;il le sera.</source>
        <translation>قارئ MRZ « %1 » غير موجود. تحقق من أنه موصول: سيكتشفه Sijil فور وصله.</translation>
    </message>
    <message>
        <source>Accès refusé au lecteur MRZ « %1 » : il est utilisé par un autre programme, ou l&apos;utilisateur n&apos;est pas dans le groupe « dialout ». Prévenez l&apos;administrateur.</source>
        <translation>رُفض الوصول إلى قارئ MRZ « %1 »: يستعمله برنامج آخر، أو أن المستخدم ليس ضمن المجموعة « dialout ». أخبر المسؤول.</translation>
    </message>
    <message>
        <source>Le lecteur MRZ « %1 » a été débranché. Sijil le reprendra dès qu&apos;il sera rebranché.</source>
        <translation>تم فصل قارئ MRZ « %1 ». سيستعيده Sijil فور إعادة وصله.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le lecteur MRZ « %1 » ; Sijil réessaiera.</source>
        <translation>تعذر فتح قارئ MRZ « %1 »؛ سيعيد Sijil المحاولة.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::TlvReader</name>
    <message>
        <source>Les données lues sur la puce sont mal formées.</source>
        <translation>البيانات المقروءة من الشريحة غير سليمة البنية.</translation>
    </message>
</context>
<context>
    <name>sijil::identity::TrustStore</name>
    <message>
        <source>Ce fichier n&apos;est ni un certificat (PEM ou DER) ni une liste maîtresse CSCA.</source>
        <translation>هذا الملف ليس شهادة (PEM أو DER) ولا لائحة CSCA رئيسية.</translation>
    </message>
    <message>
        <source>Ce certificat n&apos;est pas celui d&apos;une autorité de certification (CSCA) : il est refusé.</source>
        <translation>هذه الشهادة ليست شهادة سلطة تصديق (CSCA): تم رفضها.</translation>
    </message>
    <message>
        <source>La liste maîtresse CSCA est endommagée ou sa signature est invalide : elle est refusée.</source>
        <translation>لائحة CSCA الرئيسية تالفة أو توقيعها غير صالح: تم رفضها.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le certificat dans le magasin de confiance.</source>
        <translation>تعذّر حفظ الشهادة في مخزن الثقة.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier %1.</source>
        <translation>تعذّرت قراءة الملف %1.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DicomImage</name>
    <message>
        <source>Impossible d&apos;ouvrir le fichier « %1 ».</source>
        <translation>تعذر فتح الملف « %1 ».</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un fichier DICOM.</source>
        <translation>هذا الملف ليس ملف DICOM.</translation>
    </message>
    <message>
        <source>Ce fichier DICOM ne contient pas d&apos;image (compte rendu structuré, répertoire, tracé...).</source>
        <translation>لا يحتوي ملف DICOM هذا على صورة (تقرير مهيكل، دليل، منحنى...).</translation>
    </message>
    <message>
        <source>Le codage de cette image (%1) n&apos;est pas pris en charge.</source>
        <translation>ترميز هذه الصورة (%1) غير مدعوم.</translation>
    </message>
    <message>
        <source>Le fichier DICOM est endommagé ou incomplet.</source>
        <translation>ملف DICOM تالف أو غير مكتمل.</translation>
    </message>
    <message>
        <source>Image trop grande (%1 × %2 pixels) : la limite est de %3 pixels de côté et %4 millions de pixels.</source>
        <translation>الصورة كبيرة جدًا (%1 × %2 بكسل): الحد هو %3 بكسل للضلع و%4 مليون بكسل.</translation>
    </message>
    <message>
        <source>L&apos;image n° %1 n&apos;existe pas : ce fichier en contient %2.</source>
        <translation>الصورة رقم %1 غير موجودة: يحتوي هذا الملف على %2.</translation>
    </message>
    <message>
        <source>Fenêtre invalide : la largeur doit être d&apos;au moins 1.</source>
        <translation>نافذة غير صالحة: يجب أن يكون العرض 1 على الأقل.</translation>
    </message>
    <message>
        <source>La région tracée ne contient aucun pixel de l&apos;image.</source>
        <translation>لا تحتوي المنطقة المرسومة على أي بكسل من الصورة.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DicomWebClient</name>
    <message>
        <source>Le serveur DICOMweb (%1) est injoignable : vérifiez l&apos;adresse, le réseau et son certificat.</source>
        <translation>تعذر الوصول إلى خادم DICOMweb ‏(%1): تحقق من العنوان والشبكة وشهادته.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb (%1) ne répond pas dans le délai imparti.</source>
        <translation>لا يستجيب خادم DICOMweb ‏(%1) في المهلة المحددة.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb refuse cet accès à ce compte.</source>
        <translation>يرفض خادم DICOMweb هذا الوصول لهذا الحساب.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb refuse l&apos;identifiant ou le mot de passe.</source>
        <translation>يرفض خادم DICOMweb اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>Le PACS ne connaît pas cet examen (ou cette série, cette image).</source>
        <translation>لا يعرف PACS هذا الفحص (أو هذه السلسلة أو هذه الصورة).</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur DICOMweb.</source>
        <translation>رد غير متوقع من خادم DICOMweb.</translation>
    </message>
    <message>
        <source>Le serveur DICOMweb est en erreur (HTTP %1) : réessayez plus tard.</source>
        <translation>خادم DICOMweb في حالة خطأ (HTTP %1): أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Échange avec le PACS annulé.</source>
        <translation>أُلغي التبادل مع PACS.</translation>
    </message>
    <message>
        <source>Impossible de lire ou d&apos;écrire le fichier « %1 ».</source>
        <translation>تعذرت قراءة الملف « %1 » أو كتابته.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::DimseClient</name>
    <message>
        <source>Le titre AE du PACS doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>يجب أن يتكون عنوان AE الخاص بـ PACS من 1 إلى 16 حرفًا ASCII، دون شرطة مائلة عكسية.</translation>
    </message>
    <message>
        <source>Le titre AE de Sijil doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>يجب أن يتكون عنوان AE الخاص بـ Sijil من 1 إلى 16 حرفًا ASCII، دون شرطة مائلة عكسية.</translation>
    </message>
    <message>
        <source>Indiquez le nom ou l&apos;adresse du serveur PACS.</source>
        <translation>أدخل اسم خادم PACS أو عنوانه.</translation>
    </message>
    <message>
        <source>Le port du PACS doit être un nombre de 1 à 65535.</source>
        <translation>يجب أن يكون منفذ PACS رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Critère de recherche invalide : trop long, ou contenant une barre oblique inverse ou un caractère de contrôle.</source>
        <translation>معيار بحث غير صالح: طويل جدًا، أو يحتوي على شرطة مائلة عكسية أو حرف تحكم.</translation>
    </message>
    <message>
        <source>Le PACS (%1, port %2) est injoignable : vérifiez l&apos;adresse, le port et le réseau.</source>
        <translation>تعذر الوصول إلى PACS (%1، المنفذ %2): تحقق من العنوان والمنفذ والشبكة.</translation>
    </message>
    <message>
        <source>Le PACS (%1, port %2) ne répond pas dans le délai imparti.</source>
        <translation>لا يستجيب PACS (%1، المنفذ %2) في المهلة المحددة.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion : il ne se reconnaît pas sous le titre AE « %1 ».</source>
        <translation>يرفض PACS الاتصال: لا يتعرف على نفسه تحت عنوان AE « %1 ».</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion : il ne connaît pas le titre AE de Sijil « %1 ». Faites-le déclarer sur le PACS.</source>
        <translation>يرفض PACS الاتصال: لا يعرف عنوان AE الخاص بـ Sijil « %1 ». اطلب تسجيله على PACS.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion pour le moment (surchargé) : réessayez plus tard.</source>
        <translation>يرفض PACS الاتصال حاليًا (مثقل): أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Le PACS refuse la connexion.</source>
        <translation>يرفض PACS الاتصال.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;accepte pas ce service (ou pas depuis Sijil).</source>
        <translation>لا يقبل PACS هذه الخدمة (أو لا يقبلها من Sijil).</translation>
    </message>
    <message>
        <source>Le PACS a interrompu la communication.</source>
        <translation>قطع PACS الاتصال.</translation>
    </message>
    <message>
        <source>Le PACS a refusé la requête (statut DICOM %1).</source>
        <translation>رفض PACS الطلب (حالة DICOM %1).</translation>
    </message>
    <message>
        <source>Erreur de communication DICOM avec le PACS.</source>
        <translation>خطأ في اتصال DICOM مع PACS.</translation>
    </message>
    <message>
        <source>Le titre AE de destination doit compter de 1 à 16 caractères ASCII, sans barre oblique inverse.</source>
        <translation>يجب أن يتكون عنوان AE للوجهة من 1 إلى 16 حرفًا ASCII، دون شرطة مائلة عكسية.</translation>
    </message>
    <message>
        <source>Identifiant DICOM (UID) invalide : chiffres et points seulement, 64 caractères au plus.</source>
        <translation>معرف DICOM ‏(UID) غير صالح: أرقام ونقاط فقط، 64 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;a pas envoyé les images vers « %1 » (statut DICOM %2) : vérifiez que ce titre AE de destination est déclaré sur le PACS, avec la bonne adresse et le bon port.</source>
        <translation>لم يرسل PACS الصور إلى « %1 » (حالة DICOM %2): تحقق من أن عنوان AE للوجهة هذا مسجل على PACS بالعنوان والمنفذ الصحيحين.</translation>
    </message>
    <message>
        <source>Le PACS ne connaît pas la destination « %1 » : faites déclarer ce titre AE sur le PACS.</source>
        <translation>لا يعرف PACS الوجهة « %1 »: اطلب تسجيل عنوان AE هذا على PACS.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire les images dans le dossier « %1 ».</source>
        <translation>تعذرت كتابة الصور في المجلد « %1 ».</translation>
    </message>
    <message>
        <source>Sijil ne peut pas recevoir d&apos;images sur le port %1 : il est déjà utilisé ou réservé.</source>
        <translation>لا يستطيع Sijil استقبال الصور على المنفذ %1: إنه مستعمل أو محجوز.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::ImageCache</name>
    <message>
        <source>Le cache d&apos;images n&apos;a pas pu être vidé de tous ses anciens examens.</source>
        <translation>تعذّر حذف كل الفحوص القديمة من ذاكرة الصور المؤقتة.</translation>
    </message>
</context>
<context>
    <name>sijil::imaging::MediaScanner</name>
    <message>
        <source>Le répertoire DICOMDIR désigne un fichier hors du support (« %1 ») : ignoré.</source>
        <translation>يشير فهرس DICOMDIR إلى ملف خارج الوسيط (« %1 »): تم تجاهله.</translation>
    </message>
    <message>
        <source>Copie d&apos;une image déjà lue dans « %1 » : ignorée.</source>
        <translation>نسخة من صورة سبقت قراءتها في « %1 »: تم تجاهلها.</translation>
    </message>
    <message>
        <source>Aucun fichier DICOM lisible dans « %1 » (%2 fichier(s) ignoré(s)).</source>
        <translation>لا يوجد أي ملف DICOM مقروء في « %1 » (%2 ملف(ات) تم تجاهلها).</translation>
    </message>
    <message>
        <source>« %1 » contient plus de %2 fichiers : choisissez un dossier plus précis.</source>
        <translation>يحتوي « %1 » على أكثر من %2 ملف: اختر مجلدًا أدق.</translation>
    </message>
    <message>
        <source>Lecture annulée.</source>
        <translation>أُلغيت القراءة.</translation>
    </message>
    <message>
        <source>L&apos;archive « %1 » est illisible ou endommagée.</source>
        <translation>الأرشيف « %1 » غير مقروء أو تالف.</translation>
    </message>
    <message>
        <source>L&apos;archive « %1 » occuperait %2 Mo une fois décompressée : c&apos;est plus que la limite ou que l&apos;espace libre.</source>
        <translation>سيشغل الأرشيف « %1 » ‏%2 ميغابايت بعد فك الضغط: هذا أكثر من الحد أو من المساحة الحرة.</translation>
    </message>
    <message>
        <source>Fichier « %1 » de l&apos;archive ignoré : chemin hors de l&apos;archive, lien, fichier chiffré ou compression anormale.</source>
        <translation>تم تجاهل الملف « %1 » من الأرشيف: مسار خارج الأرشيف أو رابط أو ملف مشفر أو ضغط غير عادي.</translation>
    </message>
</context>
<context>
    <name>sijil::record::ImagingStudyLink</name>
    <message>
        <source>Ce n&apos;est pas un examen d&apos;imagerie.</source>
        <translation>هذا ليس فحصًا بالأشعة.</translation>
    </message>
    <message>
        <source>Cet examen ne donne pas son identifiant DICOM : ses images ne peuvent pas être demandées au PACS.</source>
        <translation>لا يذكر هذا الفحص معرّف DICOM الخاص به: لا يمكن طلب صوره من نظام PACS.</translation>
    </message>
    <message>
        <source>Cet examen n&apos;indique pas de service DICOMweb (WADO-RS) qui conserve ses images.</source>
        <translation>لا يذكر هذا الفحص أي خدمة DICOMweb ‏(WADO-RS) تحفظ صوره.</translation>
    </message>
</context>
<context>
    <name>sijil::record::StudyIndexer</name>
    <message>
        <source>Cet examen ne peut pas être ajouté au dossier : il n&apos;a pas d&apos;identifiant DICOM.</source>
        <translation>لا يمكن إضافة هذا الفحص إلى الملف: ليس له معرّف DICOM.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientImport</name>
    <message>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>تعذّرت قراءة الملف «%1».</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas en UTF-8 : enregistrez-le en CSV UTF-8.</source>
        <translation>الملف ليس بترميز UTF-8: احفظه بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>Le fichier est vide : la première ligne doit nommer les colonnes.</source>
        <translation>الملف فارغ: يجب أن يتضمن السطر الأول أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>Ligne %1 : guillemet non fermé.%2</source>
        <translation>السطر %1: علامة تنصيص غير مغلقة.%2</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas un Bundle FHIR en JSON.</source>
        <translation>الملف ليس Bundle FHIR بصيغة JSON.</translation>
    </message>
    <message>
        <source>Ligne %1 : colonne inconnue « %2 ». Colonnes connues : %3.</source>
        <translation>السطر %1: عمود غير معروف « %2 ». الأعمدة المعروفة: %3.</translation>
    </message>
    <message>
        <source>%1 valeurs au lieu de %2 (une par colonne de l&apos;en-tête).</source>
        <translation>%1 قيم بدلًا من %2 (قيمة لكل عمود في الترويسة).</translation>
    </message>
    <message>
        <source>Valeur illisible « %1 ».</source>
        <translation>قيمة غير مقروءة « %1 ».</translation>
    </message>
    <message>
        <source>Ligne %1 : la colonne « %2 » figure deux fois : laquelle garder ?</source>
        <translation>السطر %1: العمود «%2» مذكور مرتين: أيهما يجب الاحتفاظ به؟</translation>
    </message>
    <message>
        <source>Ligne identique à la ligne %1 : elle n&apos;a pas été importée deux fois.</source>
        <translation>سطر مطابق للسطر %1: لم يُستورد مرتين.</translation>
    </message>
    <message>
        <source>Cette couverture (Coverage) désigne un bénéficiaire « %1 » qui n&apos;est aucun patient du fichier : elle n&apos;a été donnée à personne.</source>
        <translation>تشير هذه التغطية (Coverage) إلى مستفيد «%1» ليس أيَّ مريض في الملف: لم تُمنح لأحد.</translation>
    </message>
    <message>
        <source>Identifiant de ressource « %1 » invalide : 1 à 64 lettres latines, chiffres, points ou tirets.</source>
        <translation>معرّف المورد «%1» غير صالح: من 1 إلى 64 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة.</translation>
    </message>
    <message>
        <source>Ce Bundle FHIR fait %1 Mo : un Bundle est lu entier en mémoire, %2 Mo au plus. Découpez-le en plusieurs Bundles, ou importez le registre en CSV, lu par morceaux quelle que soit sa taille.</source>
        <translation>حجم حزمة FHIR هذه %1 ميغابايت: تُقرأ الحزمة كاملة في الذاكرة، %2 ميغابايت على الأكثر. قسّمها إلى عدة حزم، أو استورد السجل بصيغة CSV، الذي يُقرأ على أجزاء مهما كان حجمه.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » a changé depuis sa première lecture (son empreinte SHA-256 n&apos;est plus la même) : ce qui en a changé n&apos;a pas été importé.</source>
        <translation>تغيّر الملف «%1» منذ قراءته الأولى (بصمته SHA-256 لم تعد نفسها): ما تغيّر منه لم يُستورد.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientRegistry</name>
    <message>
        <source>Ce patient est introuvable dans le registre local.</source>
        <translation>هذا المريض غير موجود في السجل المحلي.</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi est introuvable.</source>
        <translation>المؤمَّن المختار غير موجود.</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi est lui-même ayant droit : choisissez l&apos;assuré principal.</source>
        <translation>المؤمَّن المختار هو نفسه ذو حق: اختر المؤمَّن الرئيسي.</translation>
    </message>
    <message>
        <source>Cet IPP appartient déjà à un autre patient.</source>
        <translation>رقم IPP هذا مخصَّص من قبل لمريض آخر.</translation>
    </message>
    <message>
        <source>La fiche reçue du serveur central est incomplète : elle n&apos;a pas été gardée.</source>
        <translation>الملف الوارد من الخادم المركزي غير مكتمل: لم يتم الاحتفاظ به.</translation>
    </message>
    <message>
        <source>L&apos;IPP d&apos;un patient ne change jamais ; pour deux dossiers du même patient, utilisez la fusion.</source>
        <translation>رقم IPP الخاص بالمريض لا يتغير أبدًا؛ إذا كان للمريض نفسه ملفان، فاستعمل الدمج.</translation>
    </message>
    <message>
        <source>Un dossier ne peut pas être fusionné avec lui-même.</source>
        <translation>لا يمكن دمج ملف مع نفسه.</translation>
    </message>
    <message>
        <source>L&apos;un de ces dossiers a déjà été fusionné : ouvrez le dossier qui le remplace.</source>
        <translation>سبق دمج أحد هذين الملفين: افتح الملف الذي يحل محله.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;a pas été fusionné : il n&apos;y a rien à annuler.</source>
        <translation>لم يتم دمج هذا الملف: لا يوجد ما يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut fusionner des dossiers ou décider qu&apos;ils ne sont pas des doublons.</source>
        <translation>لا يمكن إلا لمسؤول الموقع دمج الملفات أو تقرير أنها ليست ملفات مكررة.</translation>
    </message>
    <message>
        <source>La file des doublons à examiner n&apos;est pas disponible sur ce poste.</source>
        <translation>قائمة انتظار الملفات المكررة المطلوب فحصها غير متاحة على محطة العمل هذه.</translation>
    </message>
    <message>
        <source>Ce patient est déjà enregistré sur ce poste (même identifiant) : le fichier a-t-il déjà été importé ?</source>
        <translation>هذا المريض مسجل من قبل على هذا الجهاز (المعرّف نفسه): هل استُورد الملف من قبل؟</translation>
    </message>
    <message>
        <source>Ce fichier demande %1 IPP et il n&apos;en reste que %2 dans les plages réservées à ce site : rien n&apos;a été importé. L&apos;administrateur du site doit obtenir une nouvelle plage auprès du registre central.</source>
        <translation>يتطلب هذا الملف %1 رقم IPP ولم يبقَ سوى %2 في النطاقات المحجوزة لهذا الموقع: لم يُستورد أي شيء. على مسؤول الموقع الحصول على نطاق جديد من السجل المركزي.</translation>
    </message>
    <message>
        <source>Ce patient est déjà enregistré (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</source>
        <translation>هذا المريض مسجل من قبل (%1، IPP %2): لم يُنشأ مرة ثانية.</translation>
    </message>
    <message>
        <source>Ce patient figure déjà plus haut dans le fichier (%1, né(e) le %2) : il n&apos;a pas été créé deux fois.</source>
        <translation>هذا المريض وارد من قبل في أعلى الملف (%1، المولود(ة) في %2): لم يُنشأ مرتين.</translation>
    </message>
    <message>
        <source>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé est lui-même ayant droit : rattachez d&apos;abord ces ayants droit à un autre assuré.</source>
        <translation>الملف المراد دمجه هو مؤمَّن لذوي حقوق، والملف المحتفظ به هو نفسه من ذوي الحقوق: اربط ذوي الحقوق هؤلاء أولًا بمؤمَّن آخر.</translation>
    </message>
    <message>
        <source>Ce patient est l&apos;assuré de %n ayant(s) droit : il ne peut pas devenir ayant droit à son tour. Rattachez-les d&apos;abord à un autre assuré.</source>
        <translation>هذا المريض هو المؤمَّن لذوي الحقوق (العدد: %n): لا يمكن أن يصبح بدوره من ذوي الحقوق. اربطهم أولًا بمؤمَّن آخر.</translation>
    </message>
    <message>
        <source>Ce patient est l&apos;assuré de %n ayant(s) droit, qui suivent son régime : choisissez un régime de couverture.</source>
        <translation>هذا المريض هو المؤمَّن لذوي الحقوق (العدد: %n) الذين يتبعون نظامه: اختر نظام تغطية.</translation>
    </message>
    <message>
        <source>Le dossier à fusionner est l&apos;assuré d&apos;ayants droit, et le dossier conservé n&apos;a pas de couverture sociale : renseignez d&apos;abord son régime.</source>
        <translation>الملف المراد دمجه هو مؤمَّن لذوي حقوق، والملف المحتفظ به ليست لديه تغطية اجتماعية: أدخل نظامه أولًا.</translation>
    </message>
    <message>
        <source>Ce dossier est ayant droit du dossier IPP %1, qui n&apos;a plus de couverture sociale ou est devenu lui-même ayant droit : corrigez d&apos;abord ce dossier.</source>
        <translation>هذا الملف ذو حق تابع للملف ذي الرقم IPP %1، الذي لم تعد له تغطية اجتماعية أو صار هو نفسه ذا حق: صحّح ذلك الملف أولًا.</translation>
    </message>
    <message>
        <source>Annulez d&apos;abord la fusion du dossier IPP %1 dans le dossier IPP %2.</source>
        <translation>ألغِ أولًا دمج الملف ذي الرقم IPP %1 في الملف ذي الرقم IPP %2.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans le dossier IPP %1 : ouvrez ce dossier pour y enregistrer la correction.</source>
        <translation>دُمج هذا الملف في الملف ذي الرقم IPP %1: افتح ذلك الملف لتسجيل التصحيح فيه.</translation>
    </message>
    <message>
        <source>Déjà importé depuis ce même fichier (%1, IPP %2) : il n&apos;a pas été créé une seconde fois.</source>
        <translation>سبق استيراده من هذا الملف نفسه (%1، IPP %2): لم يُنشأ مرة ثانية.</translation>
    </message>
    <message>
        <source>L&apos;assuré de cet ayant droit figure dans le fichier mais n&apos;a pas été importé : corrigez l&apos;assuré, puis importez de nouveau cet ayant droit.</source>
        <translation>المؤمَّن له الخاص بهذا ذي الحق موجود في الملف لكنه لم يُستورد: صحّح بيانات المؤمَّن له، ثم أعد استيراد ذي الحق هذا.</translation>
    </message>
    <message>
        <source>Cet IPP fait partie des numéros réservés à ce site mais n&apos;a encore été attribué à personne : vérifiez sa saisie. Laissez le champ vide pour qu&apos;un IPP soit attribué.</source>
        <translation>هذا الـ IPP من الأرقام المحجوزة لهذا الموقع لكنه لم يُمنح لأحد بعد: تحقّق من إدخاله. اترك الحقل فارغًا ليُمنح IPP تلقائيًا.</translation>
    </message>
    <message>
        <source>La plage d&apos;IPP réservée à ce site va au-delà de neuf chiffres : l&apos;administrateur du site doit la corriger.</source>
        <translation>نطاق أرقام IPP المحجوز لهذا الموقع يتجاوز تسعة أرقام: يجب على مسؤول الموقع تصحيحه.</translation>
    </message>
    <message>
        <source>Ce dossier est illisible : la base locale est endommagée. Restaurez-la depuis une sauvegarde.</source>
        <translation>هذا الملف غير مقروء: القاعدة المحلية تالفة. استعيدوها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste. Cherchez le patient avec le serveur central en ligne, ou après la prochaine synchronisation.</source>
        <translation>دُمج هذا الملف في ملف آخر ليس على هذا الجهاز بعد. ابحث عن المريض والخادم المركزي متصل، أو بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Les fusions de ce dossier forment une boucle (deux dossiers fusionnés l&apos;un dans l&apos;autre, sur deux sites) : aucun dossier conservé ne peut être ouvert. L&apos;administrateur du site doit annuler l&apos;une de ces fusions.</source>
        <translation>تشكّل عمليات دمج هذا الملف حلقة (ملفان دُمج كلٌّ منهما في الآخر، في موقعين): لا يمكن فتح أي ملف محتفَظ به. يجب على مسؤول الموقع إلغاء إحدى عمليتي الدمج.</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientSearchModel</name>
    <message>
        <source>Féminin</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Passeport %1</source>
        <translation>جواز السفر %1</translation>
    </message>
    <message>
        <source>Carte de séjour %1</source>
        <translation>بطاقة الإقامة %1</translation>
    </message>
    <message>
        <source>Acte de naissance %1</source>
        <translation>عقد الازدياد %1</translation>
    </message>
    <message>
        <source>Date de naissance incomplète : seule une partie est connue.</source>
        <translation>تاريخ الميلاد غير مكتمل: جزء منه فقط معروف.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné : le dossier conservé sera ouvert.</source>
        <translation>تم دمج هذا الملف: سيُفتح الملف المحتفَظ به.</translation>
    </message>
    <message>
        <source>Fusionné</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>Non identifié</source>
        <translation>غير محدد الهوية</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Nom (latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Nom (arabe)</source>
        <translation>الاسم (بالحروف العربية)</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>CNIE / pièce</source>
        <translation>CNIE / وثيقة الهوية</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>État</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Trouvé sur le serveur central : ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</source>
        <translation>عُثر عليه في الخادم المركزي: سيُحفظ هذا الملف على هذا الجهاز عند فتحه.</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné dans un autre, qui n&apos;est pas encore sur ce poste.</source>
        <translation>دُمج هذا الملف في ملف آخر ليس على هذا الجهاز بعد.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné, mais ses fusions forment une boucle : aucun dossier conservé ne peut être ouvert.</source>
        <translation>دُمج هذا الملف، لكن عمليات دمجه تشكّل حلقة: لا يمكن فتح أي ملف محتفَظ به.</translation>
    </message>
    <message>
        <source>Trouvé sur le serveur central par le dossier IPP %1, qui y a été fusionné avec celui-ci.</source>
        <translation>عُثر عليه في الخادم المركزي عبر الملف IPP %1، الذي دُمج فيه هناك.</translation>
    </message>
    <message>
        <source>Ce dossier sera gardé sur ce poste quand vous l&apos;ouvrirez.</source>
        <translation>سيُحفظ هذا الملف على هذا الجهاز عند فتحه.</translation>
    </message>
    <message>
        <source>Serveur central — remplace IPP %1</source>
        <translation>الخادم المركزي — يحل محل IPP %1</translation>
    </message>
    <message>
        <source>Remplace IPP %1</source>
        <translation>يحل محل IPP %1</translation>
    </message>
</context>
<context>
    <name>sijil::registry::PatientValidator</name>
    <message>
        <source>Ce nom est trop long (60 caractères au plus).</source>
        <translation>هذا الاسم طويل جدًا (60 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).</source>
        <translation>اكتب هذا الاسم بالحروف اللاتينية (حروف أو مسافات أو شرطات أو فواصل عليا).</translation>
    </message>
    <message>
        <source>Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).</source>
        <translation>اكتب هذا الاسم بالحروف العربية (حروف أو مسافات أو شرطات).</translation>
    </message>
    <message>
        <source>Choisissez le type de la pièce d&apos;identité de ce numéro.</source>
        <translation>اختر نوع وثيقة الهوية التي يعود إليها هذا الرقم.</translation>
    </message>
    <message>
        <source>Saisissez le numéro de la pièce d&apos;identité.</source>
        <translation>أدخل رقم وثيقة الهوية.</translation>
    </message>
    <message>
        <source>Le numéro de CNIE s&apos;écrit avec une ou deux lettres suivies de six chiffres au plus (ex. : BE123456).</source>
        <translation>يتكون رقم CNIE من حرف أو حرفين يليهما ستة أرقام على الأكثر (مثال: BE123456).</translation>
    </message>
    <message>
        <source>Le numéro de passeport comporte de 6 à 12 lettres ou chiffres.</source>
        <translation>يتكون رقم جواز السفر من 6 إلى 12 حرفًا أو رقمًا.</translation>
    </message>
    <message>
        <source>Le numéro de carte de séjour comporte de 5 à 15 lettres ou chiffres.</source>
        <translation>يتكون رقم بطاقة الإقامة من 5 إلى 15 حرفًا أو رقمًا.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;acte de naissance s&apos;écrit numéro/année (ex. : 1234/2015).</source>
        <translation>يُكتب رقم عقد الازدياد على شكل رقم/سنة (مثال: 1234/2015).</translation>
    </message>
    <message>
        <source>L&apos;extrait d&apos;acte de naissance sert aux mineurs : ce patient est majeur. Demandez sa CNIE si possible.</source>
        <translation>النسخة الموجزة من عقد الازدياد خاصة بالقاصرين: هذا المريض راشد. اطلب منه بطاقة CNIE إن أمكن.</translation>
    </message>
    <message>
        <source>Cette pièce a expiré le %1 : l&apos;admission reste possible.</source>
        <translation>انتهت صلاحية هذه الوثيقة في %1: يبقى القبول ممكنًا.</translation>
    </message>
    <message>
        <source>Saisissez au moins un nom et un prénom, en lettres latines ou arabes.</source>
        <translation>أدخل على الأقل الاسم العائلي والاسم الشخصي، بالحروف اللاتينية أو العربية.</translation>
    </message>
    <message>
        <source>Indiquez le sexe.</source>
        <translation>حدّد الجنس.</translation>
    </message>
    <message>
        <source>Saisissez la date de naissance, ou au moins l&apos;année.</source>
        <translation>أدخل تاريخ الميلاد، أو السنة على الأقل.</translation>
    </message>
    <message>
        <source>La date de naissance est dans le futur.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>La date de naissance est antérieure à 1900 : vérifiez l&apos;année.</source>
        <translation>تاريخ الميلاد سابق لسنة 1900: تحقق من السنة.</translation>
    </message>
    <message>
        <source>Ce pays ne figure pas dans la liste.</source>
        <translation>هذا البلد غير موجود في اللائحة.</translation>
    </message>
    <message>
        <source>Indiquez la nationalité.</source>
        <translation>حدّد الجنسية.</translation>
    </message>
    <message>
        <source>Cette nationalité ne figure pas dans la liste.</source>
        <translation>هذه الجنسية غير موجودة في اللائحة.</translation>
    </message>
    <message>
        <source>Cette préfecture ou province ne figure pas dans la liste.</source>
        <translation>هذه العمالة أو الإقليم غير موجود في اللائحة.</translation>
    </message>
    <message>
        <source>Cette commune ne figure pas dans la liste de référence : vérifiez son orthographe.</source>
        <translation>هذه الجماعة غير موجودة في اللائحة المرجعية: تحقق من كتابتها.</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) ou international commençant par + ou 00.</source>
        <translation>رقم الهاتف غير صالح: أدخل رقمًا مغربيًا (مثال: ⁦06 12 34 56 78⁩) أو رقمًا دوليًا يبدأ بـ + أو 00.</translation>
    </message>
    <message>
        <source>Saisissez le téléphone de la personne à prévenir.</source>
        <translation>أدخل رقم هاتف الشخص الذي يجب إخباره.</translation>
    </message>
    <message>
        <source>Saisissez le nom de la personne à prévenir.</source>
        <translation>أدخل اسم الشخص الذي يجب إخباره.</translation>
    </message>
    <message>
        <source>Ce lien de parenté ne figure pas dans la liste.</source>
        <translation>صلة القرابة هذه غير موجودة في اللائحة.</translation>
    </message>
    <message>
        <source>Choisissez la catégorie de prise en charge.</source>
        <translation>اختر فئة التكفل.</translation>
    </message>
    <message>
        <source>Cette catégorie de prise en charge ne figure pas dans la liste.</source>
        <translation>فئة التكفل هذه غير موجودة في اللائحة.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;assuré dont dépend ce patient.</source>
        <translation>اختر المؤمَّن الذي يتبع له هذا المريض.</translation>
    </message>
    <message>
        <source>Un patient ne peut pas être son propre assuré.</source>
        <translation>لا يمكن أن يكون المريض هو نفسه المؤمَّن الذي يتبع له.</translation>
    </message>
    <message>
        <source>Choisissez le régime de couverture sociale (« Aucune » s&apos;il n&apos;en a pas).</source>
        <translation>اختر نظام التغطية الصحية («بدون» إن لم تكن له تغطية).</translation>
    </message>
    <message>
        <source>Ce régime de couverture ne figure pas dans la liste.</source>
        <translation>نظام التغطية الصحية هذا غير موجود في اللائحة.</translation>
    </message>
    <message>
        <source>Un ayant droit suit le régime de son assuré : choisissez ce régime.</source>
        <translation>يتبع ذو الحق نظام التغطية الصحية الخاص بالمؤمَّن: اختر هذا النظام.</translation>
    </message>
    <message>
        <source>Saisissez le numéro d&apos;immatriculation de l&apos;assuré.</source>
        <translation>أدخل رقم التسجيل الخاص بالمؤمَّن.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;immatriculation à la CNSS comporte 9 chiffres.</source>
        <translation>يتكون رقم التسجيل في CNSS من 9 أرقام.</translation>
    </message>
    <message>
        <source>Le numéro d&apos;immatriculation comporte de 4 à 20 lettres, chiffres, / ou -.</source>
        <translation>يتكون رقم التسجيل من 4 إلى 20 حرفًا أو رقمًا أو / أو -.</translation>
    </message>
    <message>
        <source>Cet IPP est invalide : vérifiez les chiffres (le dernier caractère est une clé de contrôle).</source>
        <translation>رقم IPP هذا غير صالح: تحقق من الأرقام (الحرف الأخير مفتاح تحقق).</translation>
    </message>
</context>
<context>
    <name>sijil::registry::ReferenceData</name>
    <message>
        <source>Ligne %1 : le texte n&apos;est pas en UTF-8 ; enregistrez le fichier en CSV UTF-8.</source>
        <translation>السطر %1: النص ليس بترميز UTF-8؛ احفظ الملف بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>Ligne %1 : guillemet non fermé.</source>
        <translation>السطر %1: علامة تنصيص غير مغلقة.</translation>
    </message>
    <message>
        <source>Ligne %1 : %2 colonne(s) au lieu de 4 (code, nom en français, nom en arabe, code ISO de la province).</source>
        <translation>السطر %1: %2 عمود بدلًا من 4 (الرمز، الاسم بالفرنسية، الاسم بالعربية، رمز ISO للإقليم).</translation>
    </message>
    <message>
        <source>Ligne %1 : le code de la commune manque.</source>
        <translation>السطر %1: رمز الجماعة مفقود.</translation>
    </message>
    <message>
        <source>Ligne %1 : le nom de la commune en français manque.</source>
        <translation>السطر %1: اسم الجماعة بالفرنسية مفقود.</translation>
    </message>
    <message>
        <source>Ligne %1 : le nom de la commune en arabe manque.</source>
        <translation>السطر %1: اسم الجماعة بالعربية مفقود.</translation>
    </message>
    <message>
        <source>Ligne %1 : la préfecture ou province « %2 » est inconnue (code ISO attendu, par exemple MA-CAS).</source>
        <translation>السطر %1: العمالة أو الإقليم «%2» غير معروف (يُنتظر رمز ISO، مثل MA-CAS).</translation>
    </message>
    <message>
        <source>Ligne %1 : le code « %2 » figure déjà à la ligne %3.</source>
        <translation>السطر %1: الرمز «%2» وارد من قبل في السطر %3.</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucune commune.</source>
        <translation>لا يحتوي الملف على أي جماعة.</translation>
    </message>
    <message>
        <source>Les données de référence intégrées au programme sont endommagées ; réinstallez Sijil.</source>
        <translation>المعطيات المرجعية المدمجة في البرنامج تالفة؛ أعد تثبيت Sijil.</translation>
    </message>
    <message>
        <source>Le fichier des couvertures sociales du site « %1 » est invalide.</source>
        <translation>ملف التغطيات الاجتماعية الخاص بالموقع «%1» غير صالح.</translation>
    </message>
    <message>
        <source>La liste des communes « %1 » est illisible ; importez-la de nouveau.</source>
        <translation>لائحة الجماعات «%1» غير مقروءة؛ استوردها من جديد.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>تعذّرت قراءة الملف «%1».</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la liste des communes dans « %1 ».</source>
        <translation>تعذّر حفظ لائحة الجماعات في «%1».</translation>
    </message>
    <message>
        <source>Ligne %1 : en-tête « %2 » non reconnu : la première colonne de l&apos;en-tête doit commencer par « code » (code, nom en français, nom en arabe, code ISO de la province) ; sans en-tête, la première ligne est une commune.</source>
        <translation>السطر %1: ترويسة «%2» غير معروفة: يجب أن يبدأ العمود الأول من الترويسة بـ «code» (الرمز، الاسم بالفرنسية، الاسم بالعربية، رمز ISO للإقليم)؛ وبدون ترويسة يكون السطر الأول جماعة.</translation>
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
    <message>
        <source>La clé du journal d&apos;audit est introuvable (« %1 ») alors que le journal contient %2 entrée(s) : restaurez-la depuis la sauvegarde du poste. Une nouvelle clé rendrait le journal invérifiable.</source>
        <translation>مفتاح سجل التدقيق غير موجود (« %1 ») بينما يحتوي السجل على %2 قيد(قيود): استرجعه من النسخة الاحتياطية للجهاز. مفتاح جديد سيجعل السجل غير قابل للتحقق.</translation>
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
    <message>
        <source>La base de données locale « %1 » est endommagée ; elle n&apos;a pas été modifiée. Arrêtez Sijil sur ce poste, gardez une copie du dossier des données, puis restaurez la dernière sauvegarde ou faites appel au support ; les données déjà envoyées au serveur central seront resynchronisées.</source>
        <translation>قاعدة البيانات المحلية «%1» تالفة؛ لم تُعدَّل. أوقف Sijil على هذا الجهاز، واحتفظ بنسخة من مجلد البيانات، ثم استرجع آخر نسخة احتياطية أو استعن بالدعم؛ ستُعاد مزامنة البيانات المرسلة من قبل إلى الخادم المركزي.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne contient aucune base Sijil (il est vide). Il n&apos;a pas été modifié. Vérifiez le dossier des données ou restaurez la dernière sauvegarde.</source>
        <translation>الملف «%1» لا يحتوي على أي قاعدة Sijil (إنه فارغ). لم يُعدَّل. تحقق من مجلد البيانات أو استرجع آخر نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::DuplicateQueue</name>
    <message>
        <source>Un dossier ne peut pas être le doublon de lui-même.</source>
        <translation>لا يمكن اعتبار ملف ما ملفًا مكررًا لنفسه.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::IdentifierBlocks</name>
    <message>
        <source>La plage d&apos;identifiants est invalide : le premier numéro doit être positif et ne pas dépasser le dernier.</source>
        <translation>نطاق المعرِّفات غير صالح: يجب أن يكون الرقم الأول موجبًا وألا يتجاوز الرقم الأخير.</translation>
    </message>
    <message>
        <source>Cette plage chevauche une plage d&apos;identifiants déjà enregistrée.</source>
        <translation>هذا النطاق يتداخل مع نطاق معرِّفات مسجَّل من قبل.</translation>
    </message>
    <message>
        <source>Plus aucun identifiant réservé pour ce site : l&apos;administrateur du site doit en obtenir une nouvelle plage auprès du registre central.</source>
        <translation>لم يعد هناك أي معرِّف محجوز لهذا الموقع: يجب على مسؤول الموقع الحصول على نطاق جديد من السجل المركزي.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::IndexWriter</name>
    <message>
        <source>Cet identifiant est déjà attribué à un autre patient : rien n&apos;a été enregistré.</source>
        <translation>هذا المعرّف مُسند بالفعل إلى مريض آخر: لم يُسجَّل أي شيء.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::ResourceStore</name>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée : elle est incomplète ou porte sur un élément inconnu.</source>
        <translation>تعذّر حفظ التعديل: إنه غير مكتمل أو يخص عنصرًا غير معروف.</translation>
    </message>
    <message>
        <source>Ce dossier a changé depuis l&apos;affichage du conflit (nouvelle version reçue du serveur ou modifiée sur ce poste). Rien n&apos;a été enregistré : comparez à nouveau les deux versions.</source>
        <translation>تغيّر هذا الملف منذ عرض التعارض (وصلت نسخة جديدة من الخادم أو عُدّل على هذا الجهاز). لم يُسجَّل أي شيء: قارن بين النسختين من جديد.</translation>
    </message>
    <message>
        <source>Ce changement n&apos;attend plus comme refusé (envoyé, remplacé par une correction ou abandonné entre-temps). Rien n&apos;a été modifié.</source>
        <translation>لم يعد هذا التغيير في الانتظار كتغيير مرفوض (أُرسل، أو استُبدل بتصحيح، أو تم التخلي عنه في الأثناء). لم يُعدَّل أي شيء.</translation>
    </message>
    <message>
        <source>Ce changement, ou un changement fait depuis sur les mêmes dossiers, crée un dossier que le serveur central n&apos;a pas encore : abandonné, ce dossier disparaîtrait de ce poste. Corrigez plutôt le dossier (F2 à l&apos;accueil) : il sera renvoyé corrigé. Rien n&apos;a été modifié.</source>
        <translation>هذا التغيير، أو تغيير أُجري بعده على الملفات نفسها، ينشئ ملفًا ليس لدى الخادم المركزي بعد: إذا تم التخلي عنه فسيختفي هذا الملف من هذا الحاسوب. صحّح الملف بدلًا من ذلك (F2 في مكتب الاستقبال): سيُرسل من جديد مصحَّحًا. لم يُعدَّل أي شيء.</translation>
    </message>
    <message>
        <source>Garder la version du serveur central abandonnerait aussi un élément créé depuis sur ce poste (une couverture, un dossier), que le serveur n&apos;a pas : il disparaîtrait. Rien n&apos;a été modifié. Gardez la version de ce poste, ou fusionnez les deux versions.</source>
        <translation>الاحتفاظ بنسخة الخادم المركزي سيؤدي أيضًا إلى التخلي عن عنصر أُنشئ منذ ذلك الحين على هذا الحاسوب (تغطية، ملف) ليس لدى الخادم: سيختفي. لم يُعدَّل أي شيء. احتفظ بنسخة هذا الحاسوب، أو ادمج النسختين.</translation>
    </message>
    <message>
        <source>Ce dossier attend d&apos;être relu depuis le serveur central, après l&apos;abandon d&apos;un changement : il pourra être modifié après la prochaine synchronisation. Rien n&apos;a été enregistré.</source>
        <translation>ينتظر هذا الملف إعادة قراءته من الخادم المركزي بعد التخلي عن تغيير: يمكن تعديله بعد المزامنة القادمة. لم يتم حفظ أي شيء.</translation>
    </message>
    <message>
        <source>Abandonné, ce changement rendrait à un dossier un identifiant qu&apos;un autre patient a reçu depuis sur ce poste : deux patients l&apos;auraient. Vérifiez d&apos;abord ces deux dossiers à l&apos;accueil (peut-être une seule personne). Rien n&apos;a été modifié.</source>
        <translation>لو تم التخلي عن هذا التغيير لأعاد إلى ملفٍّ معرِّفًا حصل عليه مريض آخر منذ ذلك الحين على هذا الحاسوب: سيحمله مريضان. تحقَّقوا أولًا من هذين الملفين في مكتب الاستقبال (ربما هما شخص واحد). لم يتم تعديل أي شيء.</translation>
    </message>
</context>
<context>
    <name>sijil::storage::SyncLock</name>
    <message>
        <source>Une autre synchronisation de ce poste est en cours (le programme Sijil ouvert, ou sijilctl sync) : une seule à la fois. Réessayez quand elle sera terminée.</source>
        <translation>مزامنة أخرى لهذه المحطة جارية (برنامج Sijil مفتوح، أو sijilctl sync): مزامنة واحدة فقط في كل مرة. أعد المحاولة عند انتهائها.</translation>
    </message>
    <message>
        <source>Le verrou de synchronisation de ce poste n&apos;a pas pu être créé à côté de ses données (droits d&apos;écriture sur le dossier ?).</source>
        <translation>تعذّر إنشاء قفل المزامنة لهذه المحطة بجانب بياناتها (صلاحيات الكتابة على المجلد؟).</translation>
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
    <message>
        <source>Le serveur central a refusé cette modification sans que l&apos;élément ait changé (par exemple la suppression d&apos;un élément auquel d&apos;autres se réfèrent).</source>
        <translation>رفض الخادم المركزي هذا التعديل دون أن يتغير العنصر (مثل حذف عنصر تشير إليه عناصر أخرى).</translation>
    </message>
    <message>
        <source>Un élément supprimé, sur ce poste ou sur le serveur central, ne se fusionne pas : gardez l&apos;une des deux versions.</source>
        <translation>العنصر المحذوف، على هذا الجهاز أو على الخادم المركزي، لا يُدمج: احتفظ بإحدى النسختين.</translation>
    </message>
    <message>
        <source>Une autre synchronisation de ce poste est en cours (sijilctl sync ?) : celle de ce programme reprendra d&apos;elle-même quand elle sera terminée.</source>
        <translation>مزامنة أخرى لهذه المحطة جارية (sijilctl sync؟): ستُستأنف مزامنة هذا البرنامج تلقائيًا عند انتهائها.</translation>
    </message>
    <message>
        <source>Ce conflit porte sur une fusion de dossiers (ou son annulation) faite sur ce poste : seul l&apos;administrateur du site peut le résoudre.</source>
        <translation>يتعلق هذا التعارض بدمج ملفات (أو بإلغائه) أُجري على هذا الجهاز: لا يحلّه إلا مسؤول الموقع.</translation>
    </message>
    <message>
        <source>Ce dossier fait partie d&apos;une fusion de dossiers (ou de son annulation) faite sur ce poste, et le serveur central en a une autre version : cette fusion ne peut pas partir telle quelle. Gardez la version du serveur (la fusion est alors abandonnée sur ce poste), puis refaites-la si elle reste justifiée.</source>
        <translation>هذا الملف جزء من دمج ملفات (أو من إلغائه) أُجري على هذا الجهاز، وللخادم المركزي نسخة أخرى منه: لا يمكن إرسال هذا الدمج كما هو. احتفظ بنسخة الخادم (فيُتخلّى عن الدمج على هذا الجهاز)، ثم أعد إجراءه إن ظل مبرَّرًا.</translation>
    </message>
    <message>
        <source>Sur le serveur central, ce dossier a été fusionné dans un autre : la modification faite sur ce poste ne peut pas y être gardée. Gardez la version du serveur, puis refaites la modification sur le dossier conservé.</source>
        <translation>على الخادم المركزي، دُمج هذا الملف في ملف آخر: لا يمكن الاحتفاظ فيه بالتعديل الذي أُجري على هذا الجهاز. احتفظ بنسخة الخادم، ثم أعد التعديل على الملف المحتفَظ به.</translation>
    </message>
    <message>
        <source>Sur le serveur central, ce dossier en remplace d&apos;autres (fusion) : il ne peut pas être supprimé par ce choix. Gardez la version du serveur.</source>
        <translation>على الخادم المركزي، يحلّ هذا الملف محلّ ملفات أخرى (دمج): لا يمكن حذفه بهذا الاختيار. احتفظ بنسخة الخادم.</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut abandonner un changement refusé par le serveur central.</source>
        <translation>لا يمكن إلا لمسؤول الموقع التخلي عن تغيير رفضه الخادم المركزي.</translation>
    </message>
    <message>
        <source>Une synchronisation de ce poste est en cours dans un autre programme (sijilctl sync, ou Sijil ouvert ailleurs) : elle peut être en train d&apos;envoyer ce changement. Rien n&apos;a été abandonné ; réessayez quand elle sera terminée.</source>
        <translation>تجري مزامنة لهذا المركز في برنامج آخر (sijilctl sync، أو Sijil مفتوح في مكان آخر): قد تكون بصدد إرسال هذا التغيير. لم يُتخلَّ عن أي شيء؛ أعد المحاولة عند انتهائها.</translation>
    </message>
    <message>
        <source>Le programme s&apos;est arrêté avant que le changement soit abandonné : rien n&apos;a été modifié.</source>
        <translation>توقف البرنامج قبل التخلي عن التغيير: لم يُعدَّل أي شيء.</translation>
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
    <message>
        <source>Une modification portait sur une version dépassée : un conflit est à résoudre (menu Synchronisation, Conflits).</source>
        <translation>تعلّق تعديل بنسخة متجاوزة: هناك تعارض يجب حله (قائمة المزامنة، التعارضات).</translation>
    </message>
    <message>
        <source>Le serveur central ne connaît pas un élément demandé : vérifiez l&apos;adresse du serveur configurée pour ce site.</source>
        <translation>لا يعرف الخادم المركزي عنصرًا مطلوبًا: تحقق من عنوان الخادم المضبوط لهذا الموقع.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central configurée pour ce site n&apos;est pas valable.</source>
        <translation>عنوان الخادم المركزي المضبوط لهذا الموقع غير صالح.</translation>
    </message>
    <message>
        <source>Réponse illisible du serveur central : nouvel essai au prochain cycle.</source>
        <translation>رد غير مقروء من الخادم المركزي: محاولة جديدة في الدورة التالية.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur central : nouvel essai au prochain cycle.</source>
        <translation>رد غير متوقع من الخادم المركزي: محاولة جديدة في الدورة التالية.</translation>
    </message>
    <message>
        <source>Détail technique : %1</source>
        <translation>تفصيل تقني: %1</translation>
    </message>
    <message>
        <source>Le serveur central a refusé ce poste à la connexion sécurisée (certificat du poste).</source>
        <translation>رفض الخادم المركزي هذا الحاسوب عند الاتصال الآمن (شهادة الحاسوب).</translation>
    </message>
    <message>
        <source>Le serveur central a fermé la connexion pendant son établissement sécurisé (serveur indisponible, ou certificat du poste refusé).</source>
        <translation>أغلق الخادم المركزي الاتصال أثناء إنشائه الآمن (الخادم غير متاح، أو شهادة الجهاز مرفوضة).</translation>
    </message>
</context>
<context>
    <name>sijil::ui::AdmissionPage</name>
    <message>
        <source>Aucun patient sélectionné. Ctrl+N pour l&apos;enregistrer.</source>
        <translation>لم يُحدَّد أي مريض. اضغط Ctrl+N لتسجيله.</translation>
    </message>
    <message>
        <source>Patient enregistré, IPP %1. Ctrl+P pour imprimer son étiquette.</source>
        <translation>تم تسجيل المريض، IPP %1. اضغط Ctrl+P لطباعة ملصقه.</translation>
    </message>
    <message>
        <source>Ce patient est introuvable.</source>
        <translation>هذا المريض غير موجود.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le patient dont imprimer l&apos;étiquette.</source>
        <translation>اختر أولًا المريض الذي تريد طباعة ملصقه.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>الاستقبال والقبول</translation>
    </message>
    <message>
        <source>Cherchez toujours le patient avant de l&apos;enregistrer. Entrée : ouvrir le dossier sélectionné — Ctrl+N : nouveau patient — F2 : corriger — Ctrl+P : étiquette.</source>
        <translation>ابحث دائمًا عن المريض قبل تسجيله. Enter: فتح الملف المحدد — Ctrl+N: مريض جديد — F2: تصحيح — Ctrl+P: ملصق.</translation>
    </message>
    <message>
        <source>Ce dossier (IPP %1) a été fusionné avec le dossier IPP %2 : c&apos;est ce dossier qui est ouvert.</source>
        <translation>تم دمج هذا الملف (IPP %1) مع الملف IPP %2: وهذا الأخير هو الملف الذي يُفتح.</translation>
    </message>
    <message>
        <source>Doublons à examiner (F8)</source>
        <translation>ملفات مكررة للفحص (F8)</translation>
    </message>
    <message>
        <source>Le dossier provisoire IPP %1 est dans la file des doublons, pour être fusionné avec ce dossier (IPP %2).</source>
        <translation>الملف المؤقت ذو الرقم IPP %1 موجود في قائمة الملفات المكررة، ليُدمج مع هذا الملف (IPP %2).</translation>
    </message>
    <message>
        <source>Le serveur central a refusé une modification de ce dossier ; elle est gardée sur ce poste. Corrigez le dossier (F2) : la correction la remplacera. Motif donné par le serveur : %1</source>
        <translation>رفض الخادم المركزي تعديلًا على هذا الملف؛ وهو محفوظ على هذا الجهاز. صحّح الملف (F2): سيحل التصحيح محله. السبب الذي قدمه الخادم: %1</translation>
    </message>
    <message>
        <source>Recherche sur le serveur central en cours : attendez sa réponse avant d&apos;enregistrer.</source>
        <translation>البحث في الخادم المركزي جارٍ: انتظر جوابه قبل التسجيل.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas encore répondu : ce patient y sera recherché à l&apos;enregistrement.</source>
        <translation>لم يُجب الخادم المركزي بعد: سيُبحث فيه عن هذا المريض عند التسجيل.</translation>
    </message>
    <message>
        <source>Patient enregistré, IPP %1, sans comparaison avec le serveur central. Ctrl+P pour imprimer son étiquette.</source>
        <translation>تم تسجيل المريض، IPP %1، دون مقارنته بالخادم المركزي. اضغط Ctrl+P لطباعة ملصقه.</translation>
    </message>
    <message>
        <source>Correction enregistrée. Sa pièce d&apos;identité n&apos;a pas été comparée avec le serveur central.</source>
        <translation>تم تسجيل التصحيح. لم تُقارَن وثيقة هويته بالخادم المركزي.</translation>
    </message>
    <message>
        <source>Le dossier IPP %1 a été fusionné avec le dossier IPP %2 sur le serveur central : c&apos;est ce dossier qui est ouvert.</source>
        <translation>دُمج الملف IPP %1 في الملف IPP %2 على الخادم المركزي: هذا الملف هو المفتوح.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé une modification faite sur ce dossier avec d&apos;autres (une fusion) ; elle est gardée sur ce poste et retient les suivantes. L&apos;administrateur du site peut l&apos;abandonner (Synchronisation, Changements refusés). Motif donné par le serveur : %1</source>
        <translation>رفض الخادم المركزي تعديلًا أُجري على هذا الملف مع ملفات أخرى (دمج)؛ وهو محفوظ على هذا الحاسوب ويحجز التعديلات اللاحقة. يمكن لمسؤول الموقع التخلي عنه (المزامنة، التغييرات المرفوضة). السبب الذي قدّمه الخادم: %1</translation>
    </message>
    <message>
        <source>Un changement de ce dossier a été abandonné : le dossier attend d&apos;être relu depuis le serveur central et pourra être modifié après la prochaine synchronisation.</source>
        <translation>تم التخلي عن تغيير في هذا الملف: ينتظر الملف إعادة قراءته من الخادم المركزي ويمكن تعديله بعد المزامنة القادمة.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::CardReadDialog</name>
    <message>
        <source>%1 — carte présente</source>
        <translation>%1 — البطاقة موجودة</translation>
    </message>
    <message>
        <source>%1 — pas de carte</source>
        <translation>%1 — لا توجد بطاقة</translation>
    </message>
    <message>
        <source>Aucun lecteur de cartes branché. Branchez-le : il apparaîtra ici.</source>
        <translation>لا يوجد أي قارئ بطاقات موصول. قم بتوصيله: سيظهر هنا.</translation>
    </message>
    <message>
        <source>Lecture terminée.</source>
        <translation>اكتملت القراءة.</translation>
    </message>
    <message>
        <source>Photo lue, format non affichable (%1)</source>
        <translation>تمت قراءة الصورة، لكن صيغتها غير قابلة للعرض (%1)</translation>
    </message>
    <message>
        <source>Pas de photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Lire la carte d&apos;identité</source>
        <translation>قراءة بطاقة التعريف</translation>
    </message>
    <message>
        <source>Posez la CNIE ou le passeport sur le lecteur, puis tapez le numéro d&apos;accès (CAN, 6 chiffres au recto de la carte) ou saisissez la MRZ.</source>
        <translation>ضع CNIE أو جواز السفر على القارئ، ثم اكتب رقم الولوج (CAN، 6 أرقام على وجه البطاقة) أو أدخل المنطقة المقروءة آليًا (MRZ).</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Numéro d&apos;accès (CAN)</source>
        <translation>رقم الولوج (CAN)</translation>
    </message>
    <message>
        <source>Saisir la MRZ…</source>
        <translation>إدخال MRZ…</translation>
    </message>
    <message>
        <source>MRZ du document %1 saisie</source>
        <translation>تم إدخال MRZ الوثيقة %1</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Lire la carte</source>
        <translation>قراءة البطاقة</translation>
    </message>
    <message>
        <source>Remplir la fiche</source>
        <translation>ملء الاستمارة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>type de pièce</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>numéro</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>date d&apos;expiration</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>prénoms</source>
        <translation>الأسماء الشخصية</translation>
    </message>
    <message>
        <source>sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>nationalité</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Lus sur la puce : %1.</source>
        <translation>البيانات المقروءة من الشريحة: %1.</translation>
    </message>
    <message>
        <source>Ces données ne peuvent pas être reprises dans la fiche.</source>
        <translation>لا يمكن نقل هذه البيانات إلى الاستمارة.</translation>
    </message>
    <message>
        <source>Document délivré le %1 par %2.</source>
        <translation>وثيقة صادرة بتاريخ %1 عن %2.</translation>
    </message>
    <message>
        <source>Document délivré le %1.</source>
        <translation>وثيقة صادرة بتاريخ %1.</translation>
    </message>
    <message>
        <source>Document délivré par %1.</source>
        <translation>وثيقة صادرة عن %1.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConflictsDialog</name>
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
        <translation>المعرّفات</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>الشخص الذي يجب إخباره</translation>
    </message>
    <message>
        <source>Lieu de naissance, nationalité</source>
        <translation>مكان الميلاد، الجنسية</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Décédé</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Date du décès</source>
        <translation>تاريخ الوفاة</translation>
    </message>
    <message>
        <source>Dossiers fusionnés</source>
        <translation>الملفات المدمجة</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Bénéficiaire</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Assuré</source>
        <translation>المؤمَّن</translation>
    </message>
    <message>
        <source>Numéro d&apos;affiliation</source>
        <translation>رقم الانخراط</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Date de la mesure</source>
        <translation>تاريخ القياس</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Détecté le %1</source>
        <translation>اكتُشف في %1</translation>
    </message>
    <message>
        <source>Le conflit affiché a été résolu entre-temps. Choisissez-en un autre dans la liste.</source>
        <translation>حُلّ التعارض المعروض في الأثناء. اختر تعارضًا آخر من القائمة.</translation>
    </message>
    <message>
        <source>Ce conflit a changé depuis son affichage (nouvelle version du serveur ou de ce poste) : les versions ci-dessous sont les nouvelles, comparez-les à nouveau.</source>
        <translation>تغيّر هذا التعارض منذ عرضه (نسخة جديدة من الخادم أو من هذا الجهاز): النسختان أدناه هما الجديدتان، قارن بينهما من جديد.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(supprimé sur ce poste)</source>
        <translation>(محذوف على هذا الجهاز)</translation>
    </message>
    <message>
        <source>Supprimé sur ce poste, modifié sur le serveur central : « Garder la version de ce poste » le supprime aussi sur le serveur, « Garder la version du serveur » le rétablit ici.</source>
        <translation>محذوف على هذا الجهاز ومعدَّل على الخادم المركزي: «الاحتفاظ بنسخة هذا الجهاز» يحذفه من الخادم أيضًا، و«الاحتفاظ بنسخة الخادم» يعيده هنا.</translation>
    </message>
    <message>
        <source>(supprimé sur le serveur central)</source>
        <translation>(محذوف على الخادم المركزي)</translation>
    </message>
    <message>
        <source>Modifié sur ce poste, supprimé sur le serveur central : « Garder la version de ce poste » le recrée sur le serveur, « Garder la version du serveur » le supprime aussi ici.</source>
        <translation>عُدِّل على هذا الجهاز وحُذف على الخادم المركزي: «الاحتفاظ بنسخة هذا الجهاز» يعيد إنشاءه على الخادم، و«الاحتفاظ بنسخة الخادم» يحذفه هنا أيضًا.</translation>
    </message>
    <message numerus="yes">
        <source>Ce changement a été fait avec %n autre(s) (une fusion de dossiers, un patient et sa couverture…) : ils partiront ensemble au serveur central une fois ce conflit résolu.</source>
        <translation>
            <numerusform>أُجري هذا التغيير مع %n تغييرات أخرى (دمج ملفات، مريض وتغطيته…): ستُرسل معًا إلى الخادم المركزي بعد حل هذا التعارض.</numerusform>
            <numerusform>أُجري هذا التغيير مع تغيير آخر (دمج ملفات، مريض وتغطيته…): سيُرسلان معًا إلى الخادم المركزي بعد حل هذا التعارض.</numerusform>
            <numerusform>أُجري هذا التغيير مع تغييرين آخرين (دمج ملفات، مريض وتغطيته…): ستُرسل معًا إلى الخادم المركزي بعد حل هذا التعارض.</numerusform>
            <numerusform>أُجري هذا التغيير مع %n تغييرات أخرى (دمج ملفات، مريض وتغطيته…): ستُرسل معًا إلى الخادم المركزي بعد حل هذا التعارض.</numerusform>
            <numerusform>أُجري هذا التغيير مع %n تغييرًا آخر (دمج ملفات، مريض وتغطيته…): ستُرسل معًا إلى الخادم المركزي بعد حل هذا التعارض.</numerusform>
            <numerusform>أُجري هذا التغيير مع %n تغيير آخر (دمج ملفات، مريض وتغطيته…): ستُرسل معًا إلى الخادم المركزي بعد حل هذا التعارض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n autre(s) conflit(s) du même ensemble à régler aussi.</source>
        <translation>
            <numerusform>%n تعارضات أخرى من المجموعة نفسها يجب حلها أيضًا.</numerusform>
            <numerusform>تعارض آخر من المجموعة نفسها يجب حله أيضًا.</numerusform>
            <numerusform>تعارضان آخران من المجموعة نفسها يجب حلهما أيضًا.</numerusform>
            <numerusform>%n تعارضات أخرى من المجموعة نفسها يجب حلها أيضًا.</numerusform>
            <numerusform>%n تعارضًا آخر من المجموعة نفسها يجب حلها أيضًا.</numerusform>
            <numerusform>%n تعارض آخر من المجموعة نفسها يجب حلها أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenir au conflit</source>
        <translation>العودة إلى التعارض</translation>
    </message>
    <message numerus="yes">
        <source>Ce changement a été fait avec %n autre(s), à envoyer ensemble. En gardant la version du serveur, tout l&apos;ensemble est abandonné sur ce poste : les autres éléments reprennent la version qu&apos;ils avaient avant lui, et une fusion de dossiers faite ici est à refaire.</source>
        <translation>
            <numerusform>أُجري هذا التغيير مع %n تغييرات أخرى لتُرسل معًا. إذا احتفظت بنسخة الخادم، يُتخلّى عن المجموعة كاملة على هذا الجهاز: تستعيد العناصر الأخرى النسخة التي كانت لها قبله، ويجب إعادة أي دمج ملفات أُجري هنا.</numerusform>
            <numerusform>أُجري هذا التغيير مع تغيير آخر ليُرسلا معًا. إذا احتفظت بنسخة الخادم، يُتخلّى عن المجموعة كاملة على هذا الجهاز: تستعيد العناصر الأخرى النسخة التي كانت لها قبله، ويجب إعادة أي دمج ملفات أُجري هنا.</numerusform>
            <numerusform>أُجري هذا التغيير مع تغييرين آخرين لتُرسل معًا. إذا احتفظت بنسخة الخادم، يُتخلّى عن المجموعة كاملة على هذا الجهاز: تستعيد العناصر الأخرى النسخة التي كانت لها قبله، ويجب إعادة أي دمج ملفات أُجري هنا.</numerusform>
            <numerusform>أُجري هذا التغيير مع %n تغييرات أخرى لتُرسل معًا. إذا احتفظت بنسخة الخادم، يُتخلّى عن المجموعة كاملة على هذا الجهاز: تستعيد العناصر الأخرى النسخة التي كانت لها قبله، ويجب إعادة أي دمج ملفات أُجري هنا.</numerusform>
            <numerusform>أُجري هذا التغيير مع %n تغييرًا آخر لتُرسل معًا. إذا احتفظت بنسخة الخادم، يُتخلّى عن المجموعة كاملة على هذا الجهاز: تستعيد العناصر الأخرى النسخة التي كانت لها قبله، ويجب إعادة أي دمج ملفات أُجري هنا.</numerusform>
            <numerusform>أُجري هذا التغيير مع %n تغيير آخر لتُرسل معًا. إذا احتفظت بنسخة الخادم، يُتخلّى عن المجموعة كاملة على هذا الجهاز: تستعيد العناصر الأخرى النسخة التي كانت لها قبله، ويجب إعادة أي دمج ملفات أُجري هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Les modifications faites ensuite sur ce poste à ces mêmes éléments sont abandonnées aussi. Pour garder l&apos;ensemble, choisissez plutôt « Fusionner » en cochant les éléments à prendre du serveur.</source>
        <translation>يُتخلّى أيضًا عن التعديلات التي أُجريت بعد ذلك على هذا الجهاز على العناصر نفسها. للإبقاء على المجموعة كاملة، اختر بدلًا من ذلك « دمج » مع تحديد العناصر التي تؤخذ من الخادم.</translation>
    </message>
    <message>
        <source>Abandonner l&apos;ensemble</source>
        <translation>التخلّي عن المجموعة كاملة</translation>
    </message>
    <message>
        <source>Toujours la version du serveur central : choisir entre les deux versions ne fusionne pas de dossiers et n&apos;annule pas de fusion.</source>
        <translation>نسخة الخادم المركزي دائمًا: الاختيار بين النسختين لا يدمج ملفات ولا يلغي دمجًا.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ConnectionIndicator</name>
    <message numerus="yes">
        <source>Hors ligne — %n modification(s) en attente</source>
        <translation>
            <numerusform>غير متصل — لا تعديلات في الانتظار</numerusform>
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
            <numerusform>متصل — لا تعديلات في الانتظار</numerusform>
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
            <numerusform>مزامنة… لا تعديلات في الانتظار</numerusform>
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
            <numerusform>لا تعارضات للحل</numerusform>
            <numerusform>تعارض واحد للحل</numerusform>
            <numerusform>تعارضان للحل</numerusform>
            <numerusform>%n تعارضات للحل</numerusform>
            <numerusform>%n تعارضًا للحل</numerusform>
            <numerusform>%n تعارض للحل</numerusform>
        </translation>
    </message>
    <message>
        <source>Le serveur central est injoignable depuis la dernière synchronisation réussie, le %1. Le travail continue sur ce poste et sera envoyé au retour de la connexion.</source>
        <translation>الخادم المركزي غير متاح منذ آخر مزامنة ناجحة في %1. يستمر العمل على هذا الجهاز وسيُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>synchronisation incomplète</source>
        <translation>مزامنة غير مكتملة</translation>
    </message>
    <message>
        <source>Le détail est dans le journal de synchronisation.</source>
        <translation>التفاصيل في سجل المزامنة.</translation>
    </message>
    <message>
        <source>serveur central mal configuré</source>
        <translation>الخادم المركزي غير مضبوط جيدًا</translation>
    </message>
    <message>
        <source>L&apos;administrateur du site corrige le fichier de configuration (sijilctl config show dit ce qui ne va pas). Les données restent sur ce poste.</source>
        <translation>يصحح مسؤول الموقع ملف الإعداد (يبين sijilctl config show موضع الخطأ). تبقى البيانات على هذا الجهاز.</translation>
    </message>
    <message>
        <source>connexion sécurisée refusée</source>
        <translation>الاتصال الآمن مرفوض</translation>
    </message>
    <message>
        <source>L&apos;administrateur du site vérifie les certificats du serveur central et de ce poste (sijilctl config show). Les données restent sur ce poste.</source>
        <translation>يتحقق مسؤول الموقع من شهادات الخادم المركزي وهذا الحاسوب (sijilctl config show). تبقى البيانات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>synchronisation arrêtée</source>
        <translation>المزامنة متوقفة</translation>
    </message>
    <message>
        <source>Le travail continue sur ce poste ; rien n&apos;est envoyé ni reçu avant le prochain démarrage de Sijil. Si cela se reproduit, l&apos;administrateur du site vérifie la base locale (sijilctl store check).</source>
        <translation>يستمر العمل على هذا الحاسوب؛ لا يُرسَل ولا يُستقبَل شيء قبل إعادة تشغيل سجل. إذا تكرر ذلك، يتحقق مسؤول الموقع من قاعدة البيانات المحلية (sijilctl store check).</translation>
    </message>
    <message>
        <source>en attente d&apos;une autre synchronisation</source>
        <translation>في انتظار مزامنة أخرى</translation>
    </message>
    <message>
        <source>connexion interrompue par le serveur</source>
        <translation>قطع الخادم الاتصال</translation>
    </message>
    <message>
        <source>Sijil réessaie de lui-même. Si cela dure, l&apos;administrateur du site vérifie le serveur central et le certificat de ce poste (sijilctl config show). Les données restent sur ce poste.</source>
        <translation>يعيد Sijil المحاولة تلقائيًا. إذا استمر ذلك، يتحقق مسؤول الموقع من الخادم المركزي ومن شهادة هذا الجهاز (sijilctl config show). تبقى البيانات على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DateField</name>
    <message>
        <source>Année seulement</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>aaaa</source>
        <translation>سسسس</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>يي/شش/سسسس</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DeskAudit</name>
    <message>
        <source>Les dossiers consultés n&apos;ont pas pu être inscrits au journal d&apos;audit. Prévenez l&apos;administrateur du site.</source>
        <translation>تعذّر تسجيل الملفات المطّلع عليها في سجل التدقيق. أبلغوا مسؤول الموقع.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DuplicateDialog</name>
    <message>
        <source>Ce patient est peut-être déjà enregistré</source>
        <translation>ربما سبق تسجيل هذا المريض</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Nom (latin)</source>
        <translation>الاسم (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <source>Nom (arabe)</source>
        <translation>الاسم (بالحروف العربية)</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>الشخص الذي يجب إخباره</translation>
    </message>
    <message>
        <source>Couverture</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Saisie en cours</source>
        <translation>الإدخال الجاري</translation>
    </message>
    <message>
        <source>Très probablement le même</source>
        <translation>المريض نفسه على الأرجح</translation>
    </message>
    <message>
        <source>Peut-être le même</source>
        <translation>ربما المريض نفسه</translation>
    </message>
    <message>
        <source>Diffère de la saisie</source>
        <translation>يختلف عن الإدخال</translation>
    </message>
    <message>
        <source>Un autre patient enregistré a cette pièce d&apos;identité. Comparez-les (les différences sont surlignées) : s&apos;il s&apos;agit de lui, ouvrez son dossier (la correction n&apos;est pas enregistrée) ; sinon vérifiez le numéro saisi.</source>
        <translation>مريض آخر مسجل يحمل وثيقة الهوية هذه. قارن بينهما (الاختلافات مظللة): إن كان هو نفسه، افتح ملفه (لن يُحفظ التصحيح)؛ وإلا فتحقق من الرقم المُدخل.</translation>
    </message>
    <message>
        <source>Même pièce d&apos;identité</source>
        <translation>وثيقة الهوية نفسها</translation>
    </message>
    <message>
        <source>Des patients déjà enregistrés ressemblent à celui que vous saisissez. Comparez-les (les différences sont surlignées) ; choisissez une colonne avec les flèches. « C&apos;est ce patient » ouvre son dossier, ses champs vides complétés par votre saisie. Créer un doublon éparpille le dossier du patient.</source>
        <translation>يشبه مرضى مسجَّلون من قبل المريض الذي تُدخل بياناته. قارن بينهم (الاختلافات مظلَّلة)؛ اختر عمودًا باستعمال الأسهم. «إنه هذا المريض» يفتح ملفه مع إكمال حقوله الفارغة بما أدخلته. إنشاء ملف مكرر يؤدي إلى تشتيت ملف المريض.</translation>
    </message>
    <message>
        <source>&amp;C&apos;est ce patient</source>
        <translation>إنه هذا المريض (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Ouvrir ce patient</source>
        <translation>فتح ملف هذا المريض (&amp;O)</translation>
    </message>
    <message>
        <source>Créer &amp;quand même</source>
        <translation>الإنشاء رغم ذلك (&amp;Q)</translation>
    </message>
    <message>
        <source>Enregistrer &amp;quand même</source>
        <translation>الحفظ رغم ذلك (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Retour à la saisie</source>
        <translation>العودة إلى الإدخال (&amp;R)</translation>
    </message>
    <message>
        <source>Des patients déjà enregistrés ressemblent à l&apos;identité que vous donnez à ce patient non identifié. Comparez-les (les différences sont surlignées). « C&apos;est ce patient » ouvre son dossier et place les deux dossiers dans la file des doublons, pour être fusionnés ; l&apos;identité saisie n&apos;est pas enregistrée.</source>
        <translation>يشبه مرضى مسجلون من قبل الهوية التي تعطونها لهذا المريض مجهول الهوية. قارنوا بينهم (الاختلافات مظللة). «إنه هذا المريض» يفتح ملفه ويضع الملفين في قائمة الملفات المكررة ليُدمجا؛ ولا تُسجَّل الهوية المُدخلة.</translation>
    </message>
    <message>
        <source>%1 (serveur central)</source>
        <translation>%1 (الخادم المركزي)</translation>
    </message>
    <message>
        <source>Remplace le dossier IPP %1, fusionné avec celui-ci</source>
        <translation>يحل محل الملف IPP %1، المدموج فيه</translation>
    </message>
</context>
<context>
    <name>sijil::ui::DuplicateReviewPage</name>
    <message>
        <source>Très probablement le même</source>
        <translation>المريض نفسه على الأرجح</translation>
    </message>
    <message>
        <source>Peut-être le même</source>
        <translation>ربما المريض نفسه</translation>
    </message>
    <message>
        <source>Seul l&apos;administrateur du site peut fusionner des dossiers ou les déclarer distincts.</source>
        <translation>لا يمكن إلا لمسؤول الموقع دمج الملفات أو التصريح بأنها لأشخاص مختلفين.</translation>
    </message>
    <message>
        <source>Le dossier IPP %1 est fusionné avec le dossier IPP %2, qui le remplace.</source>
        <translation>تم دمج الملف IPP %1 مع الملف IPP %2 الذي يحل محله.</translation>
    </message>
    <message>
        <source>Les dossiers IPP %1 et IPP %2 sont notés comme deux personnes distinctes.</source>
        <translation>تم تسجيل الملفين IPP %1 وIPP %2 على أنهما لشخصين مختلفين.</translation>
    </message>
    <message>
        <source>La fusion est annulée : le dossier IPP %1 est de nouveau séparé ; la paire revient dans la file.</source>
        <translation>تم إلغاء الدمج: أصبح الملف IPP %1 منفصلًا من جديد؛ ويعود الزوج إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Doublons à examiner</source>
        <translation>ملفات مكررة للفحص</translation>
    </message>
    <message>
        <source>Flèches : choisir une paire (les différences sont surlignées) — Alt+C : dossier conservé — Alt+F : fusionner — Alt+P : pas la même personne — Alt+N : annuler la fusion choisie — Échap : retour à la recherche.</source>
        <translation>الأسهم: اختيار زوج (الاختلافات مظلَّلة) — Alt+C: الملف المحتفَظ به — Alt+F: دمج — Alt+P: ليس الشخص نفسه — Alt+N: إلغاء الدمج المحدد — Esc: العودة إلى البحث.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Dossier 1</source>
        <translation>الملف 1</translation>
    </message>
    <message>
        <source>Dossier 2</source>
        <translation>الملف 2</translation>
    </message>
    <message>
        <source>Dossier conservé (Alt+C) :</source>
        <translation>الملف المحتفَظ به (Alt+C):</translation>
    </message>
    <message>
        <source>Fusionner (Alt+F)</source>
        <translation>دمج (Alt+F)</translation>
    </message>
    <message>
        <source>Pas la même personne (Alt+P)</source>
        <translation>ليس الشخص نفسه (Alt+P)</translation>
    </message>
    <message>
        <source>Fusions effectuées</source>
        <translation>عمليات الدمج المنجزة</translation>
    </message>
    <message>
        <source>Dossier conservé</source>
        <translation>الملف المحتفَظ به</translation>
    </message>
    <message>
        <source>Dossier fusionné</source>
        <translation>الملف المدمج</translation>
    </message>
    <message>
        <source>Fusionné le</source>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <source>Annuler la fusion (Alt+N)</source>
        <translation>إلغاء الدمج (Alt+N)</translation>
    </message>
    <message>
        <source>Chargement de la file…</source>
        <translation>جارٍ تحميل القائمة…</translation>
    </message>
    <message>
        <source>Les deux dossiers étaient fusionnés l&apos;un dans l&apos;autre. La fusion du dossier IPP %1 est annulée : le dossier IPP %2 reste fusionné dans le dossier IPP %1, qui est conservé.</source>
        <translation>كان الملفان مدموجين كل منهما في الآخر. تم إلغاء دمج الملف IPP %1: يبقى الملف IPP %2 مدموجًا في الملف IPP %1، وهو الملف المحتفظ به.</translation>
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
    <name>sijil::ui::ImageView</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 مم</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 بكسل</translation>
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
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Espace ou F4 pour chercher l&apos;assuré</source>
        <translation>مفتاح المسافة أو F4 للبحث عن المؤمَّن</translation>
    </message>
    <message>
        <source>Assuré</source>
        <translation>المؤمَّن</translation>
    </message>
</context>
<context>
    <name>sijil::ui::LabelPrinter</name>
    <message>
        <source>Le code-barres de l&apos;IPP n&apos;a pas pu être produit.</source>
        <translation>تعذّر إنشاء الرمز الشريطي لرقم IPP.</translation>
    </message>
    <message>
        <source>Né(e) le %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Étiquette patient</source>
        <translation>ملصق المريض</translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>تعذّر فتح الطابعة.</translation>
    </message>
    <message>
        <source>Patient non identifié</source>
        <translation>مريض غير محدد الهوية</translation>
    </message>
    <message>
        <source>Né(e) en %1</source>
        <translation>سنة الميلاد: %1</translation>
    </message>
    <message>
        <source>Étiquette patient, IPP %1</source>
        <translation>ملصق المريض، IPP %1</translation>
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
    <message>
        <source>Afficha&amp;ge</source>
        <translation>عر&amp;ض</translation>
    </message>
</context>
<context>
    <name>sijil::ui::MrzDialog</name>
    <message>
        <source>Saisir la MRZ</source>
        <translation>إدخال MRZ</translation>
    </message>
    <message>
        <source>Tapez ou scannez les lignes de la zone de lecture automatique, au dos de la CNIE ou en bas de la page du passeport, une ligne par ligne. Ctrl+Entrée pour lire.</source>
        <translation>اكتب أو امسح ضوئيًا أسطر منطقة القراءة الآلية، الموجودة على ظهر CNIE أو أسفل صفحة جواز السفر، سطرًا في كل سطر. Ctrl+Enter للقراءة.</translation>
    </message>
    <message>
        <source>Zone de lecture automatique</source>
        <translation>منطقة القراءة الآلية</translation>
    </message>
    <message>
        <source>Lire</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PacsDialog</name>
    <message>
        <source>&amp;ID patient (PACS) :</source>
        <translation>&amp;رقم المريض (PACS):</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Pé&amp;riode :</source>
        <translation>&amp;زمن الفحص:</translation>
    </message>
    <message>
        <source>&amp;Modalité :</source>
        <translation>&amp;وسيلة التصوير:</translation>
    </message>
    <message>
        <source>N° d&apos;&amp;accession :</source>
        <translation>&amp;رقم الاستقبال:</translation>
    </message>
    <message>
        <source>NOM ou NOM^PRÉNOM ; * pour compléter</source>
        <translation>الاسم العائلي أو الاسم العائلي^الاسم الشخصي؛ * للإكمال</translation>
    </message>
    <message>
        <source>du … au …</source>
        <translation>من … إلى …</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;ابحث</translation>
    </message>
    <message>
        <source>Ré&amp;cupérer et afficher</source>
        <translation>&amp;استرجاع وعرض</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Modalités</source>
        <translation>وسائل التصوير</translation>
    </message>
    <message>
        <source>Séries / images</source>
        <translation>السلاسل / الصور</translation>
    </message>
    <message>
        <source>N° d&apos;accession</source>
        <translation>رقم الاستقبال</translation>
    </message>
    <message>
        <source>La période commence après sa fin.</source>
        <translation>تبدأ الفترة بعد نهايتها.</translation>
    </message>
    <message>
        <source>Indiquez au moins un critère : ID, nom, période, modalité ou numéro d&apos;accession.</source>
        <translation>أدخل معيارًا واحدًا على الأقل: المعرف أو الاسم أو الفترة أو وسيلة التصوير أو رقم الاستقبال.</translation>
    </message>
    <message>
        <source>Aucun examen ne correspond.</source>
        <translation>لا يوجد فحص مطابق.</translation>
    </message>
    <message>
        <source>Seuls les %1 premiers examens sont affichés : précisez la recherche.</source>
        <translation>لا تُعرض إلا أول %1 فحص: دقّق البحث.</translation>
    </message>
    <message>
        <source>Récupération annulée.</source>
        <translation>أُلغي الاسترجاع.</translation>
    </message>
    <message>
        <source>Le PACS n&apos;a envoyé aucune image de cet examen.</source>
        <translation>لم يرسل PACS أي صورة من هذا الفحص.</translation>
    </message>
    <message>
        <source>Rechercher sur le PACS</source>
        <translation>البحث في نظام PACS</translation>
    </message>
    <message>
        <source>Rechercher sur le PACS : %1</source>
        <translation>البحث في نظام PACS: %1</translation>
    </message>
    <message>
        <source>&amp;Source :</source>
        <translation>&amp;أرشيف الصور:</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>كلمة &amp;المرور:</translation>
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
        <translation>كلمة مرور الحساب «%1»</translation>
    </message>
    <message>
        <source>Saisissez le mot de passe du compte DICOMweb.</source>
        <translation>أدخل كلمة مرور حساب DICOMweb.</translation>
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
    <name>sijil::ui::PatientPickerDialog</name>
    <message>
        <source>Choisir l&apos;assuré</source>
        <translation>اختيار المؤمَّن</translation>
    </message>
</context>
<context>
    <name>sijil::ui::PatientSearchPanel</name>
    <message>
        <source>Tapez un IPP, un numéro de CNIE, un téléphone, ou le nom et la date de naissance.</source>
        <translation>اكتب رقم IPP أو رقم CNIE أو رقم هاتف، أو الاسم وتاريخ الميلاد.</translation>
    </message>
    <message>
        <source>Aucun patient ne correspond. Ctrl+N pour enregistrer un nouveau patient.</source>
        <translation>لا يوجد أي مريض مطابق. اضغط Ctrl+N لتسجيل مريض جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) trouvé(s). Entrée pour ouvrir le dossier sélectionné, Ctrl+N pour un nouveau patient.</source>
        <translation>
            <numerusform>لم يُعثر على أي مريض. اضغط Ctrl+N لمريض جديد.</numerusform>
            <numerusform>تم العثور على مريض واحد. اضغط Enter لفتح الملف المحدد، أو Ctrl+N لمريض جديد.</numerusform>
            <numerusform>تم العثور على مريضين. اضغط Enter لفتح الملف المحدد، أو Ctrl+N لمريض جديد.</numerusform>
            <numerusform>تم العثور على %n مرضى. اضغط Enter لفتح الملف المحدد، أو Ctrl+N لمريض جديد.</numerusform>
            <numerusform>تم العثور على %n مريضًا. اضغط Enter لفتح الملف المحدد، أو Ctrl+N لمريض جديد.</numerusform>
            <numerusform>تم العثور على %n مريض. اضغط Enter لفتح الملف المحدد، أو Ctrl+N لمريض جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>IPP, CNIE, téléphone, ou nom et date de naissance (ex. : Benali 1975)</source>
        <translation>IPP أو CNIE أو الهاتف، أو الاسم وتاريخ الميلاد (مثال: Benali 1975)</translation>
    </message>
    <message>
        <source>Rechercher un patient</source>
        <translation>البحث عن مريض</translation>
    </message>
    <message>
        <source>Préparation de la recherche des patients… %1 %</source>
        <translation>جارٍ تحضير البحث عن المرضى… %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n patients correspondent : seuls les %n plus probables sont affichés. Précisez la recherche (date de naissance complète, deuxième nom, téléphone) avant d&apos;enregistrer un nouveau patient.</source>
        <translation>
            <numerusform>يطابق البحثَ أكثر من %n مريض: لا يُعرض إلا %n الأكثر احتمالًا. دقّق البحث (تاريخ الميلاد الكامل، الاسم الثاني، الهاتف) قبل تسجيل مريض جديد.</numerusform>
            <numerusform>يطابق البحثَ أكثر من مريض واحد: لا يُعرض إلا الأكثر احتمالًا. دقّق البحث (تاريخ الميلاد الكامل، الاسم الثاني، الهاتف) قبل تسجيل مريض جديد.</numerusform>
            <numerusform>يطابق البحثَ أكثر من مريضين: لا يُعرض إلا الاثنان الأكثر احتمالًا. دقّق البحث (تاريخ الميلاد الكامل، الاسم الثاني، الهاتف) قبل تسجيل مريض جديد.</numerusform>
            <numerusform>يطابق البحثَ أكثر من %n مرضى: لا يُعرض إلا %n الأكثر احتمالًا. دقّق البحث (تاريخ الميلاد الكامل، الاسم الثاني، الهاتف) قبل تسجيل مريض جديد.</numerusform>
            <numerusform>يطابق البحثَ أكثر من %n مريضًا: لا يُعرض إلا %n الأكثر احتمالًا. دقّق البحث (تاريخ الميلاد الكامل، الاسم الثاني، الهاتف) قبل تسجيل مريض جديد.</numerusform>
            <numerusform>يطابق البحثَ أكثر من %n مريض: لا يُعرض إلا %n الأكثر احتمالًا. دقّق البحث (تاريخ الميلاد الكامل، الاسم الثاني، الهاتف) قبل تسجيل مريض جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recherche sur le serveur central…</source>
        <translation>جارٍ البحث في الخادم المركزي…</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) de plus trouvé(s) sur le serveur central (« Serveur central » dans la liste) : ouvert, le dossier est gardé sur ce poste.</source>
        <translation>
            <numerusform>لم يُعثر على أي مريض إضافي في الخادم المركزي.</numerusform>
            <numerusform>عُثر على مريض واحد إضافي في الخادم المركزي («الخادم المركزي» في القائمة): عند فتحه يُحفظ الملف على هذا الجهاز.</numerusform>
            <numerusform>عُثر على مريضين إضافيين في الخادم المركزي («الخادم المركزي» في القائمة): عند فتحه يُحفظ الملف على هذا الجهاز.</numerusform>
            <numerusform>عُثر على %n مرضى إضافيين في الخادم المركزي («الخادم المركزي» في القائمة): عند فتحه يُحفظ الملف على هذا الجهاز.</numerusform>
            <numerusform>عُثر على %n مريضًا إضافيًا في الخادم المركزي («الخادم المركزي» في القائمة): عند فتحه يُحفظ الملف على هذا الجهاز.</numerusform>
            <numerusform>عُثر على %n مريض إضافي في الخادم المركزي («الخادم المركزي» في القائمة): عند فتحه يُحفظ الملف على هذا الجهاز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas d&apos;autre patient correspondant.</source>
        <translation>لا يوجد في الخادم المركزي مريض مطابق آخر.</translation>
    </message>
    <message>
        <source>Le serveur central n&apos;a pas répondu : seuls les patients de ce poste sont affichés. %1</source>
        <translation>لم يستجب الخادم المركزي: لا يُعرض إلا مرضى هذا الجهاز. %1</translation>
    </message>
    <message>
        <source>Aucun patient sur ce poste ; recherche sur le serveur central…</source>
        <translation>لا يوجد أي مريض على هذا الجهاز؛ جارٍ البحث في الخادم المركزي…</translation>
    </message>
</context>
<context>
    <name>sijil::ui::RefusedChangesDialog</name>
    <message numerus="yes">
        <source>%n autre(s) élément(s) du dossier</source>
        <translation>
            <numerusform>لا عناصر أخرى من الملف</numerusform>
            <numerusform>عنصر واحد آخر من الملف</numerusform>
            <numerusform>عنصران آخران من الملف</numerusform>
            <numerusform>%n عناصر أخرى من الملف</numerusform>
            <numerusform>%n عنصرًا آخر من الملف</numerusform>
            <numerusform>%n عنصر آخر من الملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Abandonner ce changement</source>
        <translation>التخلي عن هذا التغيير</translation>
    </message>
    <message>
        <source>Ce changement ne sera jamais envoyé au serveur central, ni ce qui a été fait après lui sur ces dossiers :
%1
Chaque dossier revient à ce que le serveur central en a, lu à la prochaine synchronisation. Abandonner ?</source>
        <translation>لن يُرسل هذا التغيير أبدًا إلى الخادم المركزي، ولا ما أُجري بعده على هذه الملفات:
%1
يعود كل ملف إلى ما لدى الخادم المركزي منه، ويُقرأ في المزامنة القادمة. هل تريد التخلي عنه؟</translation>
    </message>
    <message numerus="yes">
        <source>Changement abandonné : %n dossier(s) remis comme le serveur central les a ; ils seront relus à la prochaine synchronisation.</source>
        <translation>
            <numerusform>تم التخلي عن التغيير: لم يُعَد أي ملف.</numerusform>
            <numerusform>تم التخلي عن التغيير: أُعيد ملف واحد كما هو لدى الخادم المركزي؛ وسيُقرأ من جديد في المزامنة القادمة.</numerusform>
            <numerusform>تم التخلي عن التغيير: أُعيد ملفان كما هما لدى الخادم المركزي؛ وسيُقرآن من جديد في المزامنة القادمة.</numerusform>
            <numerusform>تم التخلي عن التغيير: أُعيدت %n ملفات كما هي لدى الخادم المركزي؛ وستُقرأ من جديد في المزامنة القادمة.</numerusform>
            <numerusform>تم التخلي عن التغيير: أُعيد %n ملفًا كما هي لدى الخادم المركزي؛ وستُقرأ من جديد في المزامنة القادمة.</numerusform>
            <numerusform>تم التخلي عن التغيير: أُعيد %n ملف كما هي لدى الخادم المركزي؛ وستُقرأ من جديد في المزامنة القادمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changements refusés par le serveur central</source>
        <translation>التغييرات التي رفضها الخادم المركزي</translation>
    </message>
    <message>
        <source>Aucun changement n&apos;est refusé par le serveur central.</source>
        <translation>لا يوجد أي تغيير رفضه الخادم المركزي.</translation>
    </message>
    <message>
        <source>Le serveur central a refusé ces changements : renvoyés, ils seraient refusés encore, et retiennent les changements faits après eux sur les mêmes dossiers. Un dossier créé et refusé se corrige à l&apos;accueil (F2) ; un autre changement peut être abandonné par l&apos;administrateur du site.</source>
        <translation>رفض الخادم المركزي هذه التغييرات: إذا أُرسلت من جديد فستُرفض مرة أخرى، وهي تحجز التغييرات التي أُجريت بعدها على الملفات نفسها. الملف المُنشأ والمرفوض يُصحَّح في مكتب الاستقبال (F2)؛ أما أي تغيير آخر فيمكن لمسؤول الموقع التخلي عنه.</translation>
    </message>
    <message>
        <source>Enregistré le</source>
        <translation>سُجِّل في</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>&amp;Abandonner ce changement…</source>
        <translation>التخلي عن هذا التغيير… (&amp;A)</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie.</source>
        <translation>مزامنة جارية: يمكن التخلي عن تغيير بمجرد انتهائها.</translation>
    </message>
    <message>
        <source>Une synchronisation est en cours : un changement peut être abandonné dès qu&apos;elle est finie. Rien n&apos;a été modifié.</source>
        <translation>مزامنة جارية: يمكن التخلي عن تغيير بمجرد انتهائها. لم يُعدَّل أي شيء.</translation>
    </message>
    <message>
        <source>Abandon du changement… (après la fin de la synchronisation en cours, s&apos;il y en a une)</source>
        <translation>جارٍ التخلي عن التغيير… (بعد انتهاء المزامنة الجارية، إن وُجدت)</translation>
    </message>
</context>
<context>
    <name>sijil::ui::RegistrationForm</name>
    <message>
        <source>Aucune pièce</source>
        <translation>بدون وثيقة</translation>
    </message>
    <message>
        <source>CNIE</source>
        <translation>CNIE</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Carte de séjour</source>
        <translation>بطاقة الإقامة</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance</source>
        <translation>نسخة موجزة من عقد الازدياد</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Mère</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Père</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Conjoint(e)</source>
        <translation>الزوج(ة)</translation>
    </message>
    <message>
        <source>Enfant</source>
        <translation>الابن(ة)</translation>
    </message>
    <message>
        <source>Frère</source>
        <translation>الأخ</translation>
    </message>
    <message>
        <source>Sœur</source>
        <translation>الأخت</translation>
    </message>
    <message>
        <source>Autre membre de la famille</source>
        <translation>فرد آخر من العائلة</translation>
    </message>
    <message>
        <source>Ami(e)</source>
        <translation>صديق(ة)</translation>
    </message>
    <message>
        <source>Voisin(e)</source>
        <translation>جار(ة)</translation>
    </message>
    <message>
        <source>Assuré principal</source>
        <translation>المؤمَّن الرئيسي</translation>
    </message>
    <message>
        <source>Modifier le patient</source>
        <translation>تعديل بيانات المريض</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>En lettres latines</source>
        <translation>بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>En lettres arabes</source>
        <translation>بالحروف العربية</translation>
    </message>
    <message>
        <source>Type de pièce</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date d&apos;expiration</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Pays de délivrance</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Ville de naissance</source>
        <translation>مدينة الميلاد</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>بلد الميلاد</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Préfecture ou province</source>
        <translation>العمالة أو الإقليم</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Personne à prévenir</source>
        <translation>الشخص الذي يجب إخباره</translation>
    </message>
    <message>
        <source>Lien de parenté</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Son téléphone</source>
        <translation>رقم هاتفه</translation>
    </message>
    <message>
        <source>Catégorie de prise en charge</source>
        <translation>فئة التكفل</translation>
    </message>
    <message>
        <source>Régime de couverture</source>
        <translation>نظام التغطية الصحية</translation>
    </message>
    <message>
        <source>N° d&apos;immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Ayant droit de</source>
        <translation>ذو حق تابع لـ</translation>
    </message>
    <message>
        <source>Lu sur la pièce d&apos;identité (MRZ)</source>
        <translation>مقروء من وثيقة الهوية (MRZ)</translation>
    </message>
    <message>
        <source>06 12 34 56 78 ou +33 6 …</source>
        <translation>⁦06 12 34 56 78⁩ أو ⁦+33 6 …⁩</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Tapez pour choisir dans la liste</source>
        <translation>اكتب للاختيار من اللائحة</translation>
    </message>
    <message>
        <source>Saisir la MRZ… (Ctrl+M)</source>
        <translation>إدخال MRZ… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;identité provisoire (Ctrl+S)</source>
        <translation>حفظ الهوية المؤقتة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuler (Échap)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>Année illisible : saisissez quatre chiffres (ex. : 1975).</source>
        <translation>سنة غير مقروءة: أدخل أربعة أرقام (مثال: 1975).</translation>
    </message>
    <message>
        <source>Date illisible : saisissez jj/mm/aaaa, mm/aaaa ou l&apos;année seule.</source>
        <translation>تاريخ غير مقروء: أدخل يي/شش/سسسس أو شش/سسسس أو السنة وحدها.</translation>
    </message>
    <message>
        <source>Date illisible : saisissez jj/mm/aaaa.</source>
        <translation>تاريخ غير مقروء: أدخل يي/شش/سسسس.</translation>
    </message>
    <message>
        <source>Le patient n&apos;est pas enregistré : corrigez les champs signalés. Ce que vous avez saisi est conservé.</source>
        <translation>لم يُسجَّل المريض: صحّح الحقول المشار إليها. ما أدخلته محفوظ.</translation>
    </message>
    <message>
        <source>Aucune session ouverte : reconnectez-vous pour enregistrer. La saisie est conservée.</source>
        <translation>لا توجد جلسة مفتوحة: سجّل الدخول من جديد للحفظ. البيانات المُدخلة محفوظة.</translation>
    </message>
    <message>
        <source>Abandonner la saisie</source>
        <translation>التخلي عن الإدخال</translation>
    </message>
    <message>
        <source>Ce que vous avez saisi sera perdu. Abandonner la saisie ?</source>
        <translation>سيضيع ما أدخلته. هل تريد التخلي عن الإدخال؟</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>التخلي</translation>
    </message>
    <message>
        <source>Continuer la saisie</source>
        <translation>متابعة الإدخال</translation>
    </message>
    <message>
        <source>Les champs dont le nom est en italique ont été lus sur la pièce d&apos;identité : vérifiez-les avec le patient.</source>
        <translation>الحقول التي تظهر أسماؤها بخط مائل قُرئت من وثيقة الهوية: تحقق منها مع المريض.</translation>
    </message>
    <message>
        <source>Lu sur la puce de la pièce d&apos;identité</source>
        <translation>مقروء من شريحة وثيقة الهوية</translation>
    </message>
    <message>
        <source>Les champs dont le nom est en italique ont été lus sur la puce de la pièce d&apos;identité (voir l&apos;info-bulle de chacun).</source>
        <translation>الحقول التي تظهر أسماؤها بخط مائل قُرئت من شريحة وثيقة الهوية (انظر التلميح الخاص بكل حقل).</translation>
    </message>
    <message>
        <source>Lire la carte… (%1)</source>
        <translation>قراءة البطاقة… (%1)</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas : vérifiez le jour et le mois (jj/mm/aaaa).</source>
        <translation>هذا التاريخ غير موجود: تحقق من اليوم والشهر (يي/شش/سسسس).</translation>
    </message>
    <message>
        <source>L&apos;assuré choisi n&apos;a pas de couverture sociale : un ayant droit bénéficie de celle de son assuré. Choisissez un assuré couvert, ou « Assuré principal » comme qualité.</source>
        <translation>المؤمَّن المختار ليست لديه تغطية اجتماعية: يستفيد ذو الحق من تغطية مؤمَّنه. اختر مؤمَّنًا مغطى، أو «المؤمَّن الرئيسي» كصفة.</translation>
    </message>
    <message>
        <source>Lisez les avertissements signalés, puis enregistrez à nouveau (Ctrl+S ou Entrée).</source>
        <translation>اقرأ التنبيهات المشار إليها، ثم احفظ من جديد (Ctrl+S أو Entrée).</translation>
    </message>
    <message>
        <source>%1 : %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Pièce d&apos;une autre identité</source>
        <translation>وثيقة هوية شخص آخر</translation>
    </message>
    <message>
        <source>La pièce lue ne correspond pas au patient IPP %1 ouvert pour correction. Remplacer son identité par celle de la pièce ?</source>
        <translation>الوثيقة المقروءة لا تطابق المريض ذا الرقم %1 المفتوح للتصحيح. هل تريد استبدال هويته بهوية الوثيقة؟</translation>
    </message>
    <message>
        <source>La pièce lue ne correspond pas à ce qui est saisi. Remplacer par ce qu&apos;elle porte ?</source>
        <translation>الوثيقة المقروءة لا تطابق ما تم إدخاله. هل تريد الاستبدال بما تحمله؟</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Ne rien changer</source>
        <translation>عدم تغيير أي شيء</translation>
    </message>
    <message>
        <source>Dossier existant ouvert pour correction. Ses champs vides ont reçu votre saisie : %1. Vérifiez puis enregistrez (Ctrl+S), ou abandonnez ces ajouts (Échap).</source>
        <translation>فُتح الملف الموجود للتصحيح. أُكملت حقوله الفارغة بما أدخلته: %1. تحقَّق ثم احفظ (Ctrl+S)، أو تخلَّ عن هذه الإضافات (Esc).</translation>
    </message>
    <message>
        <source>Patient n&amp;on identifié (identité provisoire)</source>
        <translation>مريض غير محدد الهوية (هوية مؤقتة) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pièce d&apos;identité</source>
        <translation>وثيقة الهوية (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Identité</source>
        <translation>الهوية (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Naissance et nationalité</source>
        <translation>الميلاد والجنسية (&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation>العنوان (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Téléphone et personne à prévenir</source>
        <translation>الهاتف والشخص الذي يجب إخباره (&amp;T)</translation>
    </message>
    <message>
        <source>Prise en &amp;charge</source>
        <translation>التكفل (&amp;C)</translation>
    </message>
    <message>
        <source>La correction n&apos;est pas enregistrée : corrigez les champs signalés. Ce que vous avez saisi est conservé.</source>
        <translation>لم يُحفظ التصحيح: صحّح الحقول المُشار إليها. ما أدخلته محفوظ.</translation>
    </message>
    <message>
        <source>Serveur central</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>Recherche de ce patient au serveur central…</source>
        <translation>جارٍ البحث عن هذا المريض في الخادم المركزي…</translation>
    </message>
    <message>
        <source>Le patient n&apos;est pas encore enregistré : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour le comparer aux patients de ce poste seulement.</source>
        <translation>لم يُسجَّل المريض بعد: تعذّر الرجوع إلى الخادم المركزي (%1). سجِّل مرة أخرى (Ctrl+S) لمقارنته بمرضى هذا الجهاز فقط.</translation>
    </message>
    <message>
        <source>&amp;Retour à la saisie</source>
        <translation>العودة إلى الإدخال (&amp;R)</translation>
    </message>
    <message>
        <source>Enregistrer &amp;sans le serveur</source>
        <translation>التسجيل دون الخادم (&amp;S)</translation>
    </message>
    <message>
        <source>Enregistrement interrompu pendant la recherche au serveur central : la saisie est conservée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>توقف التسجيل أثناء البحث في الخادم المركزي: الإدخال محفوظ. تحقق منه ثم سجِّل مرة أخرى (Ctrl+S).</translation>
    </message>
    <message>
        <source>La correction n&apos;est pas encore enregistrée : le serveur central n&apos;a pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour la comparer aux patients de ce poste seulement.</source>
        <translation>لم يُسجَّل التصحيح بعد: تعذّر الرجوع إلى الخادم المركزي (%1). سجِّل مرة أخرى (Ctrl+S) لمقارنته بمرضى هذا الجهاز فقط.</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1). Vérifiez, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>عُدِّل هذا الملف في محطة عمل أخرى منذ فتحه: أُدرجت قيمه الجديدة في الإدخال (%1). تحقّق منها، ثم احفظ من جديد (Ctrl+S).</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture, dans des champs que vous avez modifiés aussi (%1) : votre saisie est gardée. Vérifiez-la, puis enregistrez à nouveau (Ctrl+S) pour qu&apos;elle remplace l&apos;autre.</source>
        <translation>عُدِّل هذا الملف في محطة عمل أخرى منذ فتحه، في حقول عدّلتها أنت أيضًا (%1): احتُفظ بإدخالك. تحقّق منه، ثم احفظ من جديد (Ctrl+S) ليحلّ محلّ التعديل الآخر.</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié sur un autre poste depuis son ouverture : ses nouvelles valeurs sont reprises dans la saisie (%1) ; dans des champs que vous avez modifiés aussi (%2), votre saisie est gardée. Vérifiez, puis enregistrez à nouveau (Ctrl+S).</source>
        <translation>عُدِّل هذا الملف في محطة عمل أخرى منذ فتحه: أُدرجت قيمه الجديدة في الإدخال (%1)؛ وفي حقول عدّلتها أنت أيضًا (%2) احتُفظ بإدخالك. تحقّق، ثم احفظ من جديد (Ctrl+S).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ce qui a été tapé ou lu pendant la recherche au serveur central n&apos;a pas été pris en compte : saisissez-le ou lisez-le à nouveau.</source>
        <translation>ما كُتب أو قُرئ أثناء البحث في الخادم المركزي لم يُؤخذ في الحسبان: أدخله أو اقرأه من جديد.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::SendDialog</name>
    <message>
        <source>Envoyer au PACS</source>
        <translation>الإرسال إلى نظام PACS</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n image(s) à envoyer</source>
        <translation>
            <numerusform>%1 — لا صور للإرسال</numerusform>
            <numerusform>%1 — صورة واحدة للإرسال</numerusform>
            <numerusform>%1 — صورتان للإرسال</numerusform>
            <numerusform>%1 — %n صور للإرسال</numerusform>
            <numerusform>%1 — %n صورة للإرسال</numerusform>
            <numerusform>%1 — %n صورة للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination :</source>
        <translation>&amp;وجهة الإرسال:</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>&amp;Envoyer</source>
        <translation>&amp;إرسال</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>non envoyé</source>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <source>refusé par le PACS (code %1)</source>
        <translation>رفضه نظام PACS (الرمز %1)</translation>
    </message>
    <message>
        <source>Envoi annulé : %1 image(s) sur %2 envoyée(s).</source>
        <translation>أُلغي الإرسال: أُرسلت %1 صورة من أصل %2.</translation>
    </message>
    <message>
        <source>%1 image(s) sur %2 envoyée(s) ; les autres sont listées ci-dessous.</source>
        <translation>أُرسلت %1 صورة من أصل %2؛ الصور الأخرى مدرجة أدناه.</translation>
    </message>
    <message>
        <source>%1 image(s) envoyée(s) au PACS.</source>
        <translation>أُرسلت %1 صورة إلى نظام PACS.</translation>
    </message>
    <message>
        <source>Ce PACS n&apos;a pas d&apos;adresse DICOMweb : le dossier partagé ne pourrait pas dire où sont les images.</source>
        <translation>ليس لنظام PACS هذا عنوان DICOMweb: لن يستطيع الملف المشترك أن يبيّن مكان الصور.</translation>
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
        <translation>%1 · السلسلة %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sijil::ui::SharedStudiesButton</name>
    <message>
        <source>Dossier partagé</source>
        <translation>الملف المشترك</translation>
    </message>
    <message>
        <source>Examens d&apos;imagerie du patient ouvert, dans le dossier patient partagé</source>
        <translation>فحوص الأشعة للمريض المفتوح ملفه، في الملف الطبي المشترك</translation>
    </message>
    <message>
        <source>Aucun patient ouvert : ouvrez-le à l&apos;admission.</source>
        <translation>لا يوجد مريض مفتوح: افتح ملفه في مكتب القبول.</translation>
    </message>
    <message>
        <source>Aucun examen d&apos;imagerie dans le dossier partagé.</source>
        <translation>لا يوجد أي فحص بالأشعة في الملف المشترك.</translation>
    </message>
    <message>
        <source>date inconnue</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s))</source>
        <translation>
            <numerusform>(لا صور)</numerusform>
            <numerusform>(صورة واحدة)</numerusform>
            <numerusform>(صورتان)</numerusform>
            <numerusform>(%n صور)</numerusform>
            <numerusform>(%n صورة)</numerusform>
            <numerusform>(%n صورة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examen(s) sans accès à leurs images (service non indiqué)</source>
        <translation>
            <numerusform>لا فحوص بلا وصول إلى صورها</numerusform>
            <numerusform>فحص واحد بلا وصول إلى صوره (الخدمة غير مذكورة)</numerusform>
            <numerusform>فحصان بلا وصول إلى صورهما (الخدمة غير مذكورة)</numerusform>
            <numerusform>%n فحوص بلا وصول إلى صورها (الخدمة غير مذكورة)</numerusform>
            <numerusform>%n فحصًا بلا وصول إلى صوره (الخدمة غير مذكورة)</numerusform>
            <numerusform>%n فحص بلا وصول إلى صوره (الخدمة غير مذكورة)</numerusform>
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
    <name>sijil::ui::SliceBar</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> im/s</source>
        <translation> صورة/ث</translation>
    </message>
    <message>
        <source>Vitesse de lecture ciné, en images par seconde</source>
        <translation>سرعة العرض المتتابع بالصور في الثانية</translation>
    </message>
    <message>
        <source>Coupe</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Chargement %1 %</source>
        <translation>جارٍ التحميل %1 %</translation>
    </message>
</context>
<context>
    <name>sijil::ui::StartupTaskWindow</name>
    <message>
        <source>Temps écoulé : %1 min %2 s</source>
        <translation>الوقت المنقضي: %1 د %2 ث</translation>
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
            <numerusform>لا توجد دورات مزامنة بعد.</numerusform>
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
        <source>Synchroniser &amp;maintenant</source>
        <translation>مزامنة الآ&amp;ن</translation>
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
        <translation>&amp;دفتر المزامنة…</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>المزامنة (&amp;ز)</translation>
    </message>
    <message>
        <source>Changements &amp;refusés…</source>
        <translation>التغييرات المرفوضة… (&amp;R)</translation>
    </message>
</context>
<context>
    <name>sijil::ui::ViewerPage</name>
    <message>
        <source>Ouvrir un dossier ou un CD…</source>
        <translation>فتح مجلد أو قرص مدمج…</translation>
    </message>
    <message>
        <source>Fenêtre</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Déplacer</source>
        <translation>تحريك</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Inverser</source>
        <translation>عكس الألوان</translation>
    </message>
    <message>
        <source>Rotation 90°</source>
        <translation>تدوير 90°</translation>
    </message>
    <message>
        <source>Miroir</source>
        <translation>قلب أفقي</translation>
    </message>
    <message>
        <source>Réinitialiser la vue</source>
        <translation>إعادة ضبط العرض</translation>
    </message>
    <message>
        <source>Lecture ciné</source>
        <translation>عرض متتابع</translation>
    </message>
    <message>
        <source>Exporter l&apos;image…</source>
        <translation>تصدير الصورة…</translation>
    </message>
    <message>
        <source>%1 (C %2 / L %3)</source>
        <translation>%1 (م %2 / ع %3)</translation>
    </message>
    <message>
        <source>Préréglages TDM</source>
        <translation>إعدادات التصوير المقطعي</translation>
    </message>
    <message>
        <source>Annuler la lecture</source>
        <translation>إلغاء القراءة</translation>
    </message>
    <message>
        <source>Séries</source>
        <translation>السلاسل</translation>
    </message>
    <message>
        <source>Ouvrez un dossier, un CD ou une clé USB d&apos;images DICOM (Ctrl+O).</source>
        <translation>افتح مجلدًا أو قرصًا مدمجًا أو مفتاح USB يحتوي على صور DICOM ‏(Ctrl+O).</translation>
    </message>
    <message>
        <source>Ouvrir un dossier, un CD ou une clé USB d&apos;images DICOM</source>
        <translation>فتح مجلد أو قرص مدمج أو مفتاح USB لصور DICOM</translation>
    </message>
    <message>
        <source>Exporter l&apos;image affichée</source>
        <translation>تصدير الصورة المعروضة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>صور (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire l&apos;image « %1 ».</source>
        <translation>تعذرت كتابة الصورة « %1 ».</translation>
    </message>
    <message>
        <source>%1 fichier(s) ignoré(s) : pas DICOM, en double ou hors du support.</source>
        <translation>تم تجاهل %1 ملف(ات): ليست DICOM أو مكررة أو خارج الوسيط.</translation>
    </message>
    <message>
        <source>Cerveau</source>
        <translation>الدماغ</translation>
    </message>
    <message>
        <source>Sous-dural</source>
        <translation>تحت الجافية</translation>
    </message>
    <message>
        <source>Poumon</source>
        <translation>الرئة</translation>
    </message>
    <message>
        <source>Médiastin</source>
        <translation>المنصف</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>البطن</translation>
    </message>
    <message>
        <source>Foie</source>
        <translation>الكبد</translation>
    </message>
    <message>
        <source>Os</source>
        <translation>العظام</translation>
    </message>
    <message>
        <source>Ouvrir un fichier ou une archive ZIP…</source>
        <translation>فتح ملف أو أرشيف ZIP…</translation>
    </message>
    <message>
        <source>Ouvrir un fichier DICOM, un DICOMDIR ou une archive ZIP</source>
        <translation>فتح ملف DICOM أو DICOMDIR أو أرشيف ZIP</translation>
    </message>
    <message>
        <source>Images DICOM et archives (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;Tous les fichiers (*)</source>
        <translation>صور DICOM والأرشيفات (*.dcm *.DCM DICOMDIR *.zip *.ZIP);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Région rectangle</source>
        <translation>منطقة مستطيلة</translation>
    </message>
    <message>
        <source>Région ellipse</source>
        <translation>منطقة بيضوية</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>الزاوية</translation>
    </message>
    <message>
        <source>Image clé</source>
        <translation>صورة رئيسية</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>PACS…</source>
        <translation>PACS…</translation>
    </message>
    <message>
        <source>Aucun PACS n&apos;est configuré pour ce site (site.json, « pacs »).</source>
        <translation>لم يُضبط أي PACS لهذا الموقع (site.json، « pacs »).</translation>
    </message>
    <message>
        <source>Envoyer l&apos;examen au PACS…</source>
        <translation>إرسال الفحص إلى نظام PACS…</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Une image (1×1)</source>
        <translation>صورة واحدة (1×1)</translation>
    </message>
    <message>
        <source>Deux images (1×2)</source>
        <translation>صورتان (1×2)</translation>
    </message>
    <message>
        <source>Quatre images (2×2)</source>
        <translation>أربع صور (2×2)</translation>
    </message>
    <message>
        <source>Défilement synchronisé (même référentiel)</source>
        <translation>تمرير متزامن (نفس المرجع المكاني)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Nombre d&apos;images côte à côte et défilement synchronisé</source>
        <translation>عدد الصور جنبًا إلى جنب والتمرير المتزامن</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Mot de passe DICOMweb</source>
        <translation>كلمة مرور DICOMweb</translation>
    </message>
    <message>
        <source>Mot de passe du compte « %1 » sur %2 :</source>
        <translation>كلمة مرور الحساب «%1» على %2:</translation>
    </message>
    <message>
        <source>Aucun patient ouvert.</source>
        <translation>لا يوجد مريض مفتوح.</translation>
    </message>
    <message>
        <source>Ajouter cet examen au dossier partagé de %1 %2 (le support indique : %3, ID %4)</source>
        <translation>إضافة هذا الفحص إلى الملف المشترك للمريض %1 %2 (يذكر القرص: %3، المعرّف %4)</translation>
    </message>
    <message>
        <source>L&apos;examen figure dans le dossier partagé du patient.</source>
        <translation>الفحص موجود في الملف المشترك للمريض.</translation>
    </message>
</context>
<context>
    <name>sijil::ui::Viewport</name>
    <message>
        <source>calcul…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>Moy. %1 ± %2%3</source>
        <translation>المتوسط %1 ± %2%3</translation>
    </message>
    <message>
        <source>Min %1 / Max %2%3</source>
        <translation>الأدنى %1 / الأقصى %2%3</translation>
    </message>
    <message>
        <source>Aire %1 mm²</source>
        <translation>المساحة %1 مم²</translation>
    </message>
    <message numerus="yes">
        <source>%n pixel(s)</source>
        <translation>
            <numerusform>%n بكسل</numerusform>
            <numerusform>بكسل واحد</numerusform>
            <numerusform>بكسلان</numerusform>
            <numerusform>%n بكسلات</numerusform>
            <numerusform>%n بكسلًا</numerusform>
            <numerusform>%n بكسل</numerusform>
        </translation>
    </message>
    <message>
        <source>Série %1 %2</source>
        <translation>السلسلة %1 %2</translation>
    </message>
    <message>
        <source>Image %1 / %2</source>
        <translation>الصورة %1 / %2</translation>
    </message>
    <message>
        <source>★ Image clé</source>
        <translation>★ صورة رئيسية</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>الموضع %1 مم</translation>
    </message>
    <message>
        <source>C %1 / L %2</source>
        <translation>م %1 / ع %2</translation>
    </message>
    <message>
        <source>LUT VOI : %1</source>
        <translation>جدول VOI: %1</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>التكبير %1 %</translation>
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
