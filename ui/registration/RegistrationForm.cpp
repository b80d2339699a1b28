#include "RegistrationForm.h"

#include "FormFields.h"
#include "InsuredPicker.h"

#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/SearchQuery.h>

#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

using registry::DependantRelation;
using registry::DocumentType;
using Script = core::PersonName::Script;

bool isArabic(const QString& word) {
    for (const QChar c : word) {
        if (c.isLetter())
            return c.script() == QChar::Script_Arabic;
    }
    return false;
}

QLineEdit* lineEdit(QWidget* parent, int maxLength, bool rightToLeft = false) {
    auto* edit = new QLineEdit(parent);
    edit->setMaxLength(maxLength);
    if (rightToLeft)
        edit->setLayoutDirection(Qt::RightToLeft);
    return edit;
}

} // namespace

RegistrationForm::RegistrationForm(RegistrationServices services, QWidget* parent)
    : QWidget(parent)
    , m_s(services) {
    setObjectName(QStringLiteral("registrationForm"));
    build();
    fillLists();
    retranslate();
    startNew();
}

QWidget* RegistrationForm::addField(QFormLayout* form, const QString& name, QWidget* input,
                                    QWidget* focus) {
    auto* box = new QWidget(form->parentWidget());
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    auto* message = new FieldMessage(box);
    message->setObjectName(QStringLiteral("message:") + name);
    v->addWidget(message);
    auto* label = new QLabel(form->parentWidget());
    QWidget* target = focus ? focus : input;
    label->setBuddy(target);
    input->setObjectName(name);
    m_fields.insert(name, {label, target, message});
    form->addRow(label, box);
    connectField(name, input);
    return box;
}

void RegistrationForm::connectField(const QString& name, QWidget* input) {
    // Only the clerk's own edits count (textEdited, activated): values the form sets itself do
    // not clear the "read on the ID document" mark nor count as touched.
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        connect(edit, &QLineEdit::textEdited, this, [this, name] { fieldEdited(name); });
        connect(edit, &QLineEdit::editingFinished, this, [this, name] { fieldLeft(name); });
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::activated, this, [this, name] {
            fieldEdited(name);
            fieldLeft(name);
        });
    } else if (auto* date = qobject_cast<DateField*>(input)) {
        connect(date, &DateField::edited, this, [this, name] { fieldEdited(name); });
        connect(date, &DateField::editingFinished, this, [this, name] { fieldLeft(name); });
    }
}

void RegistrationForm::build() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_ipp = new QLabel(this);
    m_ipp->setObjectName(QStringLiteral("ipp"));
    m_ipp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formMessage = new FieldMessage(this);
    m_formMessage->setObjectName(QStringLiteral("message:form"));
    m_unidentified = new QCheckBox(this);
    m_unidentified->setObjectName(QStringLiteral("unidentified"));
    connect(m_unidentified, &QCheckBox::toggled, this, &RegistrationForm::setUnidentified);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);

    // Identity document.
    m_documentGroup = new QGroupBox(content);
    auto* doc = new QFormLayout(m_documentGroup);
    m_documentType = new CodeCombo(false, m_documentGroup);
    m_documentNumber = lineEdit(m_documentGroup, 20);
    m_documentNumber->setLayoutDirection(Qt::LeftToRight);
    m_documentExpiry = new DateField(DateField::Mode::FullDate, m_documentGroup);
    m_documentCountry = new CodeCombo(true, m_documentGroup);
    addField(doc, QStringLiteral("documentType"), m_documentType);
    addField(doc, QStringLiteral("documentNumber"), m_documentNumber);
    addField(doc, QStringLiteral("documentExpiry"), m_documentExpiry, m_documentExpiry->lineEdit());
    addField(doc, QStringLiteral("documentCountry"), m_documentCountry);
    m_mrz = new QPushButton(m_documentGroup);
    m_mrz->setObjectName(QStringLiteral("enterMrz"));
    m_mrz->setAutoDefault(true);
    m_card = new QPushButton(m_documentGroup);
    m_card->setObjectName(QStringLiteral("readCard"));
    m_card->setAutoDefault(true);
    m_card->hide(); // until setCardReading() gives it readers
    auto* documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_mrz);
    documentButtons->addWidget(m_card);
    documentButtons->addStretch();
    doc->addRow(QString(), documentButtons);
    connect(m_mrz, &QPushButton::clicked, this, &RegistrationForm::enterMrz);
    connect(m_card, &QPushButton::clicked, this, &RegistrationForm::readCard);
    // A number typed under "no document" that reads as a CNIE number is one: a keystroke saved.
    connect(m_documentNumber, &QLineEdit::editingFinished, this, [this] {
        static const QRegularExpression cnie(QStringLiteral("^[A-Za-z]{1,2}\\s*[0-9]{1,6}$"));
        if (registry::documentTypeFromCode(m_documentType->code()) == DocumentType::None &&
            cnie.match(m_documentNumber->text().trimmed()).hasMatch())
            m_documentType->setCode(registry::documentTypeCode(DocumentType::Cnie));
    });

    // Names in both scripts, side by side; sex.
    m_identityGroup = new QGroupBox(content);
    auto* identity = new QVBoxLayout(m_identityGroup);
    auto* names = new QGridLayout;
    m_latinHeader = new QLabel(m_identityGroup);
    m_arabicHeader = new QLabel(m_identityGroup);
    m_arabicHeader->setLayoutDirection(Qt::RightToLeft);
    names->addWidget(m_latinHeader, 0, 0);
    names->addWidget(m_arabicHeader, 0, 1);
    auto* latin = new QFormLayout;
    auto* arabic = new QFormLayout;
    auto* latinBox = new QWidget(m_identityGroup);
    latinBox->setLayout(latin);
    auto* arabicBox = new QWidget(m_identityGroup);
    arabicBox->setLayout(arabic);
    // The Arabic names are entered right to left, their labels on the right.
    arabicBox->setLayoutDirection(Qt::RightToLeft);
    m_familyLatin = lineEdit(latinBox, 60);
    m_givenLatin = lineEdit(latinBox, 60);
    // Latin names read left to right even in the Arabic interface.
    m_familyLatin->setLayoutDirection(Qt::LeftToRight);
    m_givenLatin->setLayoutDirection(Qt::LeftToRight);
    m_familyArabic = lineEdit(arabicBox, 60, true);
    m_givenArabic = lineEdit(arabicBox, 60, true);
    addField(latin, QStringLiteral("familyLatin"), m_familyLatin);
    addField(latin, QStringLiteral("givenLatin"), m_givenLatin);
    addField(arabic, QStringLiteral("familyArabic"), m_familyArabic);
    addField(arabic, QStringLiteral("givenArabic"), m_givenArabic);
    names->addWidget(latinBox, 1, 0);
    names->addWidget(arabicBox, 1, 1);
    identity->addLayout(names);
    // Messages about the name as a whole ("at least a family and a given name").
    auto* nameMessage = new FieldMessage(m_identityGroup);
    nameMessage->setObjectName(QStringLiteral("message:name"));
    identity->addWidget(nameMessage);
    m_fields.insert(QStringLiteral("name"), {nullptr, m_familyLatin, nameMessage});
    auto* sexForm = new QFormLayout;
    identity->addLayout(sexForm);
    m_sex = new CodeCombo(true, m_identityGroup);
    addField(sexForm, QStringLiteral("sex"), m_sex);

    // Birth and nationality.
    m_birthGroup = new QGroupBox(content);
    auto* birth = new QFormLayout(m_birthGroup);
    m_birthDate = new DateField(DateField::Mode::Partial, m_birthGroup);
    m_birthCity = lineEdit(m_birthGroup, 80);
    m_birthCountry = new CodeCombo(true, m_birthGroup);
    m_nationality = new CodeCombo(true, m_birthGroup);
    addField(birth, QStringLiteral("birthDate"), m_birthDate, m_birthDate->lineEdit());
    addField(birth, QStringLiteral("birthCity"), m_birthCity);
    addField(birth, QStringLiteral("birthCountry"), m_birthCountry);
    addField(birth, QStringLiteral("nationality"), m_nationality);
    connect(m_birthDate->yearOnlyBox(), &QCheckBox::toggled, this,
            [this] { fieldEdited(QStringLiteral("birthDate")); });

    // Residence.
    m_addressGroup = new QGroupBox(content);
    auto* address = new QFormLayout(m_addressGroup);
    m_address = lineEdit(m_addressGroup, 200);
    m_city = lineEdit(m_addressGroup, 80);
    m_province = new CodeCombo(true, m_addressGroup);
    m_commune = lineEdit(m_addressGroup, 80);
    m_communeNames = new QStringListModel(this);
    m_communeCompleter = new QCompleter(m_communeNames, this);
    m_communeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_communeCompleter->setFilterMode(Qt::MatchContains);
    m_commune->setCompleter(m_communeCompleter);
    addField(address, QStringLiteral("address"), m_address);
    addField(address, QStringLiteral("city"), m_city);
    addField(address, QStringLiteral("province"), m_province);
    addField(address, QStringLiteral("commune"), m_commune);
    connect(m_province, &QComboBox::currentIndexChanged, this, &RegistrationForm::updateCommunes);

    // Phone and the person to call.
    m_contactGroup = new QGroupBox(content);
    auto* contact = new QFormLayout(m_contactGroup);
    m_phone = lineEdit(m_contactGroup, 25);
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_emergencyName = lineEdit(m_contactGroup, 120);
    m_emergencyRelationship = new CodeCombo(true, m_contactGroup);
    m_emergencyPhone = lineEdit(m_contactGroup, 25);
    m_emergencyPhone->setLayoutDirection(Qt::LeftToRight);
    addField(contact, QStringLiteral("phone"), m_phone);
    addField(contact, QStringLiteral("emergencyName"), m_emergencyName);
    addField(contact, QStringLiteral("emergencyRelationship"), m_emergencyRelationship);
    addField(contact, QStringLiteral("emergencyPhone"), m_emergencyPhone);

    // Who pays.
    m_coverageGroup = new QGroupBox(content);
    auto* coverage = new QFormLayout(m_coverageGroup);
    m_accountingCategory = new CodeCombo(true, m_coverageGroup);
    m_coverageRegime = new CodeCombo(true, m_coverageGroup);
    m_affiliationNumber = lineEdit(m_coverageGroup, 20);
    m_affiliationNumber->setLayoutDirection(Qt::LeftToRight);
    m_dependantRelation = new CodeCombo(false, m_coverageGroup);
    m_insured = new InsuredPicker(m_s.registry, m_coverageGroup);
    addField(coverage, QStringLiteral("accountingCategory"), m_accountingCategory);
    addField(coverage, QStringLiteral("coverageRegime"), m_coverageRegime);
    addField(coverage, QStringLiteral("affiliationNumber"), m_affiliationNumber);
    addField(coverage, QStringLiteral("dependantRelation"), m_dependantRelation);
    addField(coverage, QStringLiteral("insuredId"), m_insured, m_insured->display());
    connect(m_coverageRegime, &QComboBox::currentIndexChanged, this,
            &RegistrationForm::updateCoverageState);
    connect(m_dependantRelation, &QComboBox::currentIndexChanged, this,
            &RegistrationForm::updateCoverageState);
    connect(m_insured, &InsuredPicker::insuredChanged, this, [this](const auto& insured) {
        followInsured(insured);
        fieldEdited(QStringLiteral("insuredId"));
    });

    grid->addWidget(m_documentGroup, 0, 0);
    grid->addWidget(m_identityGroup, 0, 1);
    grid->addWidget(m_birthGroup, 1, 0);
    grid->addWidget(m_addressGroup, 1, 1);
    grid->addWidget(m_contactGroup, 2, 0);
    grid->addWidget(m_coverageGroup, 2, 1);
    grid->setRowStretch(3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAutoDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAutoDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_ipp);
    header->addStretch();
    header->addWidget(m_unidentified);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_formMessage);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    auto* mrzShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    mrzShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(mrzShortcut, &QShortcut::activated, this, &RegistrationForm::enterMrz);
    auto* cardShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    cardShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cardShortcut, &QShortcut::activated, this, &RegistrationForm::readCard);
    setTabOrder();
}

void RegistrationForm::setTabOrder() {
    // The order a clerk asks: papers, who, born where, lives where, phones, who pays.
    m_tabOrder = {m_documentType,
                  m_documentNumber,
                  m_documentExpiry->lineEdit(),
                  m_documentCountry,
                  m_familyLatin,
                  m_givenLatin,
                  m_familyArabic,
                  m_givenArabic,
                  m_sex,
                  m_birthDate->lineEdit(),
                  m_birthDate->yearOnlyBox(),
                  m_birthCity,
                  m_birthCountry,
                  m_nationality,
                  m_address,
                  m_city,
                  m_province,
                  m_commune,
                  m_phone,
                  m_emergencyName,
                  m_emergencyRelationship,
                  m_emergencyPhone,
                  m_accountingCategory,
                  m_coverageRegime,
                  m_affiliationNumber,
                  m_dependantRelation,
                  m_insured->display(),
                  m_insured->chooseButton(),
                  m_unidentified,
                  m_mrz,
                  m_card,
                  m_save,
                  m_cancel};
    for (int i = 1; i < m_tabOrder.size(); ++i)
        QWidget::setTabOrder(m_tabOrder[i - 1], m_tabOrder[i]);
}

void RegistrationForm::fillLists() {
    const QLocale::Language language = QLocale().language();
    using Item = CodeCombo::Item;
    m_documentType->setItems(
        {{registry::documentTypeCode(DocumentType::None), tr("Aucune pièce")},
         {registry::documentTypeCode(DocumentType::Cnie), tr("CNIE")},
         {registry::documentTypeCode(DocumentType::Passport), tr("Passeport")},
         {registry::documentTypeCode(DocumentType::ResidenceCard), tr("Carte de séjour")},
         {registry::documentTypeCode(DocumentType::BirthRecord),
          tr("Extrait d'acte de naissance")}},
        false);
    m_sex->setItems({{core::sexCode(core::Sex::Female), tr("Féminin")},
                     {core::sexCode(core::Sex::Male), tr("Masculin")},
                     {core::sexCode(core::Sex::Other), tr("Autre")}},
                    false);
    QList<Item> countries;
    for (const registry::Country& c : m_s.reference.countries())
        countries << Item{c.alpha2, registry::ReferenceData::label(c.name, language)};
    for (CodeCombo* combo : {m_documentCountry, m_birthCountry, m_nationality})
        combo->setItems(countries, true);
    QList<Item> provinces;
    for (const registry::Subdivision& s : m_s.reference.provinces())
        provinces << Item{s.code, registry::ReferenceData::label(s.name, language)};
    m_province->setItems(provinces, true);
    const QStringList relationships = registry::PatientValidator::relationshipCodes();
    const QStringList relationshipLabels = {tr("Mère"),
                                            tr("Père"),
                                            tr("Conjoint(e)"),
                                            tr("Enfant"),
                                            tr("Frère"),
                                            tr("Sœur"),
                                            tr("Autre membre de la famille"),
                                            tr("Ami(e)"),
                                            tr("Voisin(e)")};
    QList<Item> rel;
    for (int i = 0; i < relationships.size(); ++i)
        rel << Item{relationships[i],
                    i < relationshipLabels.size() ? relationshipLabels[i] : relationships[i]};
    m_emergencyRelationship->setItems(rel, false);
    QList<Item> categories;
    for (const registry::CodedItem& c : m_s.reference.accountingCategories())
        categories << Item{c.code, registry::ReferenceData::label(c.label, language)};
    m_accountingCategory->setItems(categories, true);
    QList<Item> regimes;
    for (const registry::CodedItem& c : m_s.reference.coverageRegimes())
        regimes << Item{c.code, registry::ReferenceData::label(c.label, language)};
    m_coverageRegime->setItems(regimes, true);
    m_dependantRelation->setItems(
        {{registry::dependantRelationCode(DependantRelation::None), tr("Assuré principal")},
         {registry::dependantRelationCode(DependantRelation::Spouse), tr("Conjoint(e)")},
         {registry::dependantRelationCode(DependantRelation::Child), tr("Enfant")}},
        false);
    updateCommunes();
}

void RegistrationForm::updateCommunes() {
    const QLocale::Language language = QLocale().language();
    QStringList names;
    for (const registry::Commune& c : m_s.reference.communes(m_province->code())) {
        names << registry::ReferenceData::label(c.name, language);
        // The other script too: a clerk may type the name as the patient's papers write it.
        for (const QString& other : {c.name.fr, c.name.ar}) {
            if (!other.isEmpty() && !names.contains(other))
                names << other;
        }
    }
    names.removeDuplicates();
    m_communeNames->setStringList(names);
}

void RegistrationForm::updateCoverageState() {
    const bool dependant =
        registry::dependantRelationFromCode(m_dependantRelation->code()) != DependantRelation::None;
    m_insured->setEnabled(dependant);
    // A dependant's regime and number are the insured's: shown, not typed.
    const bool followsInsured = dependant && !m_insured->insuredId().isEmpty();
    m_coverageRegime->setEnabled(!followsInsured);
    const QString regime = m_coverageRegime->code();
    m_affiliationNumber->setEnabled(!followsInsured && !regime.isEmpty() && regime != u"NONE");
}

void RegistrationForm::followInsured(const registry::PatientRecord& insured) {
    if (!insured.id.isEmpty()) {
        m_coverageRegime->setCode(insured.coverageRegime);
        m_affiliationNumber->setText(insured.affiliationNumber);
    }
    updateCoverageState();
}

void RegistrationForm::setUnidentified(bool on) {
    if (on) {
        // Registered at once: who pays is settled later, the defaults of an emergency apply.
        if (m_accountingCategory->code().isEmpty() &&
            m_s.reference.accountingCategory(QStringLiteral("URGENCE")))
            m_accountingCategory->setCode(QStringLiteral("URGENCE"));
        if (m_coverageRegime->code().isEmpty() &&
            m_s.reference.coverageRegime(QStringLiteral("NONE")))
            m_coverageRegime->setCode(QStringLiteral("NONE"));
    }
    retranslate();
    if (m_attempted)
        showIssues(issues());
}

void RegistrationForm::startNew(const QString& searchText) {
    m_editing = false;
    registry::PatientRecord r = prefill(searchText);
    // Most patients of a Moroccan hospital are Moroccan: one field fewer to fill.
    if (r.nationality.isEmpty() && m_s.reference.country(QStringLiteral("MA")))
        r.nationality = QStringLiteral("MA");
    reset(r);
}

void RegistrationForm::startEdit(const registry::PatientRecord& record) {
    m_editing = true;
    reset(record);
}

void RegistrationForm::reset(const registry::PatientRecord& record) {
    m_attempted = false;
    m_lastMrz.reset(); // another patient, another document
    m_touched.clear();
    for (const QString& f : QSet<QString>(m_fromDocument))
        setFromDocument(f, false);
    setRecord(record);
    m_initial = this->record();
    m_formMessage->clear();
    for (const Field& f : std::as_const(m_fields))
        f.message->clear();
    retranslate();
    m_documentType->setFocus();
}

registry::PatientRecord RegistrationForm::prefill(const QString& searchText) {
    registry::PatientRecord r;
    const registry::SearchQuery q = registry::SearchQuery::parse(searchText);
    r.birthDate = q.birthDate;
    if (!q.phone.isEmpty())
        r.phone = searchText.simplified();
    if (!q.documentNumber.isEmpty()) {
        r.documentNumber = q.documentNumber;
        static const QRegularExpression cnie(QStringLiteral("^[A-Z]{1,2}[0-9]{1,6}$"));
        if (cnie.match(q.documentNumber).hasMatch())
            r.documentType = DocumentType::Cnie;
    }
    if (!q.phone.isEmpty())
        return r; // the whole box was the number
    // Words with letters only are names, family name first as at every desk.
    static const QRegularExpression nameWord(QStringLiteral("^[\\p{L}\\p{M}'’-]+$"));
    QStringList latin;
    QStringList arabic;
    for (const QString& word : searchText.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!nameWord.match(word).hasMatch())
            continue;
        (isArabic(word) ? arabic : latin) << word;
    }
    if (!latin.isEmpty())
        r.name.setFamily(Script::Latin, latin.takeFirst());
    r.name.setGiven(Script::Latin, latin.join(u' '));
    if (!arabic.isEmpty())
        r.name.setFamily(Script::Arabic, arabic.takeFirst());
    r.name.setGiven(Script::Arabic, arabic.join(u' '));
    return r;
}

registry::PatientRecord RegistrationForm::record() const {
    registry::PatientRecord r = m_initial; // id, IPP and anything the form does not show
    r.documentType = registry::documentTypeFromCode(m_documentType->code());
    r.documentNumber = m_documentNumber->text().trimmed();
    const auto expiry = m_documentExpiry->value();
    r.documentExpiry = expiry && expiry->isValid() ? expiry->earliest() : QDate();
    r.documentCountry = m_documentCountry->code();
    r.name =
        core::PersonName(m_familyLatin->text().simplified(), m_givenLatin->text().simplified(),
                         m_familyArabic->text().simplified(), m_givenArabic->text().simplified());
    r.sex = core::sexFromCode(m_sex->code());
    r.birthDate = m_birthDate->value().value_or(core::PartialDate());
    r.birthCity = m_birthCity->text().trimmed();
    r.birthCountry = m_birthCountry->code();
    r.nationality = m_nationality->code();
    r.address = m_address->text().trimmed();
    r.city = m_city->text().trimmed();
    r.province = m_province->code();
    r.commune = m_commune->text().trimmed();
    r.phone = m_phone->text().trimmed();
    r.emergencyName = m_emergencyName->text().trimmed();
    r.emergencyRelationship = m_emergencyRelationship->code();
    r.emergencyPhone = m_emergencyPhone->text().trimmed();
    r.accountingCategory = m_accountingCategory->code();
    r.coverageRegime = m_coverageRegime->code();
    r.affiliationNumber = m_affiliationNumber->text().trimmed();
    r.dependantRelation = registry::dependantRelationFromCode(m_dependantRelation->code());
    r.insuredId =
        r.dependantRelation == DependantRelation::None ? QString() : m_insured->insuredId();
    r.unidentified = m_unidentified->isChecked();
    return r;
}

void RegistrationForm::setRecord(const registry::PatientRecord& r) {
    m_initial = r;
    m_documentType->setCode(registry::documentTypeCode(r.documentType));
    m_documentNumber->setText(r.documentNumber);
    m_documentExpiry->setValue(r.documentExpiry.isValid()
                                   ? core::PartialDate::fromDate(r.documentExpiry)
                                   : core::PartialDate());
    m_documentCountry->setCode(r.documentCountry);
    m_familyLatin->setText(r.name.family(Script::Latin));
    m_givenLatin->setText(r.name.given(Script::Latin));
    m_familyArabic->setText(r.name.family(Script::Arabic));
    m_givenArabic->setText(r.name.given(Script::Arabic));
    m_sex->setCode(r.sex == core::Sex::Unknown ? QString() : core::sexCode(r.sex));
    m_birthDate->setValue(r.birthDate);
    m_birthCity->setText(r.birthCity);
    m_birthCountry->setCode(r.birthCountry);
    m_nationality->setCode(r.nationality);
    m_address->setText(r.address);
    m_city->setText(r.city);
    m_province->setCode(r.province);
    m_commune->setText(r.commune);
    m_phone->setText(r.phone);
    m_emergencyName->setText(r.emergencyName);
    m_emergencyRelationship->setCode(r.emergencyRelationship);
    m_emergencyPhone->setText(r.emergencyPhone);
    m_accountingCategory->setCode(r.accountingCategory);
    m_coverageRegime->setCode(r.coverageRegime);
    m_affiliationNumber->setText(r.affiliationNumber);
    m_dependantRelation->setCode(registry::dependantRelationCode(r.dependantRelation));
    {
        const QSignalBlocker block(m_insured);
        m_insured->setInsuredId(r.insuredId);
    }
    {
        const QSignalBlocker block(m_unidentified);
        m_unidentified->setChecked(r.unidentified);
    }
    updateCoverageState();
}

bool RegistrationForm::isModified() const {
    return record() != m_initial;
}

QWidget* RegistrationForm::inputFor(const QString& field) const {
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? nullptr : it->input;
}

FieldMessage* RegistrationForm::messageFor(const QString& field) const {
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? nullptr : it->message;
}

void RegistrationForm::keyPressEvent(QKeyEvent* event) {
    // Keys no field used come here: Enter saves, Échap leaves.
    if (event->modifiers() & ~Qt::KeypadModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        save();
        return;
    case Qt::Key_Escape:
        cancel();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RegistrationForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        fillLists();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RegistrationForm::retranslate() {
    m_title->setText(m_editing ? tr("Modifier le patient") : tr("Nouveau patient"));
    m_ipp->setText(m_initial.ipp.isEmpty() ? QString() : tr("IPP %1").arg(m_initial.ipp));
    m_unidentified->setText(tr("Patient non identifié (identité provisoire)"));
    m_documentGroup->setTitle(tr("Pièce d'identité"));
    m_identityGroup->setTitle(tr("Identité"));
    m_birthGroup->setTitle(tr("Naissance et nationalité"));
    m_addressGroup->setTitle(tr("Adresse"));
    m_contactGroup->setTitle(tr("Téléphone et personne à prévenir"));
    m_coverageGroup->setTitle(tr("Prise en charge"));
    m_latinHeader->setText(tr("En lettres latines"));
    m_arabicHeader->setText(tr("En lettres arabes"));
    const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("documentType"), tr("Type de pièce")},
        {QStringLiteral("documentNumber"), tr("Numéro")},
        {QStringLiteral("documentExpiry"), tr("Date d'expiration")},
        {QStringLiteral("documentCountry"), tr("Pays de délivrance")},
        {QStringLiteral("familyLatin"), tr("Nom")},
        {QStringLiteral("givenLatin"), tr("Prénom")},
        {QStringLiteral("familyArabic"), tr("Nom")},
        {QStringLiteral("givenArabic"), tr("Prénom")},
        {QStringLiteral("sex"), tr("Sexe")},
        {QStringLiteral("birthDate"), tr("Date de naissance")},
        {QStringLiteral("birthCity"), tr("Ville de naissance")},
        {QStringLiteral("birthCountry"), tr("Pays de naissance")},
        {QStringLiteral("nationality"), tr("Nationalité")},
        {QStringLiteral("address"), tr("Adresse")},
        {QStringLiteral("city"), tr("Ville")},
        {QStringLiteral("province"), tr("Préfecture ou province")},
        {QStringLiteral("commune"), tr("Commune")},
        {QStringLiteral("phone"), tr("Téléphone")},
        {QStringLiteral("emergencyName"), tr("Personne à prévenir")},
        {QStringLiteral("emergencyRelationship"), tr("Lien de parenté")},
        {QStringLiteral("emergencyPhone"), tr("Son téléphone")},
        {QStringLiteral("accountingCategory"), tr("Catégorie de prise en charge")},
        {QStringLiteral("coverageRegime"), tr("Régime de couverture")},
        {QStringLiteral("affiliationNumber"), tr("N° d'immatriculation")},
        {QStringLiteral("dependantRelation"), tr("Qualité")},
        {QStringLiteral("insuredId"), tr("Ayant droit de")},
    };
    for (const auto& [name, text] : labels) {
        const Field& f = m_fields[name];
        f.label->setText(text);
        f.input->setAccessibleName(text);
        f.input->setToolTip(provenanceTip(name));
    }
    m_phone->setPlaceholderText(tr("06 12 34 56 78 ou +33 6 …"));
    m_emergencyPhone->setPlaceholderText(tr("06 12 34 56 78"));
    m_commune->setPlaceholderText(tr("Tapez pour choisir dans la liste"));
    m_mrz->setText(tr("Saisir la MRZ… (Ctrl+M)"));
    m_card->setText(tr("Lire la carte… (Ctrl+L)"));
    m_save->setText(m_unidentified->isChecked() ? tr("Enregistrer l'identité provisoire (Ctrl+S)")
                                                : tr("Enregistrer (Ctrl+S)"));
    m_cancel->setText(tr("Annuler (Échap)"));
}

} // namespace sijil::ui
