#include "RegistrationForm.h"

#include "FormFields.h"
#include "InsuredPicker.h"

#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/SearchQuery.h>

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringListModel>

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
    m_opened = record;
}

bool RegistrationForm::takeStoredChanges() {
    auto stored = m_s.registry.get(m_initial.id);
    if (!stored) {
        m_formMessage->show(stored.error().message(), FieldMessage::Kind::Error);
        return false;
    }
    if (!*stored || **stored == m_opened)
        return true; // unchanged since opened (or gone: the save says so)
    // Compared as the form reads each version: a value the form shows otherwise than it is
    // stored (a phone number's format) is not a change.
    const registry::PatientRecord typed = record();
    const registry::PatientRecord openedAsShown = m_initial;
    setRecord(**stored);
    const registry::PatientRecord storedAsShown = record();
    const registry::EditsMerged merged = registry::mergeEdits(openedAsShown, typed, storedAsShown);
    setRecord(merged.record);
    m_initial = storedAsShown; // what is now compared with, and what Échap goes back to
    m_opened = **stored;
    if (merged.fromStored.isEmpty() && merged.changedBoth.isEmpty())
        return true; // changed where the form shows nothing
    core::UserText said;
    if (merged.changedBoth.isEmpty())
        said = core::UserText(
                   "sijil::ui::RegistrationForm",
                   QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                     "Ce dossier a été modifié sur un autre poste depuis son "
                                     "ouverture : ses nouvelles valeurs sont reprises dans la "
                                     "saisie (%1). Vérifiez, puis enregistrez à nouveau "
                                     "(Ctrl+S)."))
                   .arg(labelsOf(merged.fromStored));
    else if (merged.fromStored.isEmpty())
        said = core::UserText(
                   "sijil::ui::RegistrationForm",
                   QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                     "Ce dossier a été modifié sur un autre poste depuis son "
                                     "ouverture, dans des champs que vous avez modifiés aussi "
                                     "(%1) : votre saisie est gardée. Vérifiez-la, puis "
                                     "enregistrez à nouveau (Ctrl+S) pour qu'elle remplace "
                                     "l'autre."))
                   .arg(labelsOf(merged.changedBoth));
    else
        said = core::UserText(
                   "sijil::ui::RegistrationForm",
                   QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                     "Ce dossier a été modifié sur un autre poste depuis son "
                                     "ouverture : ses nouvelles valeurs sont reprises dans la "
                                     "saisie (%1) ; dans des champs que vous avez modifiés "
                                     "aussi (%2), votre saisie est gardée. Vérifiez, puis "
                                     "enregistrez à nouveau (Ctrl+S)."))
                   .arg(labelsOf(merged.fromStored))
                   .arg(labelsOf(merged.changedBoth));
    m_formMessage->show(said, FieldMessage::Kind::Warning);
    const QStringList& first =
        merged.changedBoth.isEmpty() ? merged.fromStored : merged.changedBoth;
    if (QWidget* w = inputFor(first.first()))
        w->setFocus(Qt::OtherFocusReason);
    return false;
}

QString RegistrationForm::labelsOf(const QStringList& fields) const {
    QStringList labels;
    for (const QString& field : fields) {
        if (const QLabel* label = m_fields.value(field).label)
            labels << label->text();
    }
    return fieldLabelList(labels);
}

void RegistrationForm::reset(const registry::PatientRecord& record) {
    m_attempted = false;
    m_lastMrz.reset(); // another patient, another document
    m_withoutServer.reset();
    m_serverFound.clear();
    ++m_generation;
    m_touched.clear();
    m_warned.clear();
    for (const QString& f : QSet<QString>(m_fromDocument))
        setFromDocument(f, false);
    setRecord(record);
    m_initial = this->record();
    m_formMessage->clear();
    for (const Field& f : std::as_const(m_fields))
        f.message->clear();
    retranslate();
    m_scroll->verticalScrollBar()->setValue(0); // another patient, from the top of the form
    if (isVisible()) // cleared at sign-out, hidden: it must not take the sign-in page's keys
        m_documentType->setFocus();
}

registry::PatientRecord RegistrationForm::prefill(const QString& searchText) {
    registry::PatientRecord r;
    const registry::SearchQuery q = registry::SearchQuery::parse(searchText);
    r.birthDate = q.birthDate;
    if (!q.phone.isEmpty() && q.ipp.isEmpty()) // an IPP that reads as a number is not a phone
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
    // The family name keeps its particles with the word they introduce: "El Idrissi Fatima",
    // "Aït Ali Omar", "بن علي محمد". (An article written joined, "الإدريسي", is one word already.)
    const auto takeFamily = [](QStringList& words) {
        QStringList family{words.takeFirst()};
        while (!words.isEmpty() && !registry::NameNormalizer::particle(family.last()).isEmpty())
            family << words.takeFirst();
        return family.join(u' ');
    };
    if (!latin.isEmpty())
        r.name.setFamily(Script::Latin, takeFamily(latin));
    r.name.setGiven(Script::Latin, latin.join(u' '));
    if (!arabic.isEmpty())
        r.name.setFamily(Script::Arabic, takeFamily(arabic));
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
    // Alt+letter reaches each section's first field and the unidentified box, which is ~28 Tab
    // presses in (an unconscious patient is registered at once). Not S, A, G, E: the menu bar's.
    m_unidentified->setText(tr("Patient n&on identifié (identité provisoire)"));
    m_documentGroup->setTitle(tr("&Pièce d'identité"));
    m_identityGroup->setTitle(tr("&Identité"));
    m_birthGroup->setTitle(tr("&Naissance et nationalité"));
    m_addressGroup->setTitle(tr("A&dresse"));
    m_contactGroup->setTitle(tr("&Téléphone et personne à prévenir"));
    m_coverageGroup->setTitle(tr("Prise en &charge"));
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
    m_card->setText(
        tr("Lire la carte… (%1)").arg(readCardKeys().toString(QKeySequence::NativeText)));
    m_save->setText(m_unidentified->isChecked() ? tr("Enregistrer l'identité provisoire (Ctrl+S)")
                                                : tr("Enregistrer (Ctrl+S)"));
    m_cancel->setText(tr("Annuler (Échap)"));
}

} // namespace sijil::ui
