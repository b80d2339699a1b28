// RegistrationForm: checking, messages beside the fields, saving and the MRZ.
#include "CardReadDialog.h"
#include "ContentDirection.h"
#include "FormFields.h"
#include "MrzDialog.h"
#include "RegistrationForm.h"

#include <sijil/access/SessionManager.h>
#include <sijil/identity/MrzData.h>
#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <shell/FieldMessage.h>
#include <tuple>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::RegistrationForm";
using Severity = registry::ValidationIssue::Severity;
using registry::DocumentType;
using Script = core::PersonName::Script;

core::UserText text(const char* source) {
    return core::UserText(kCtx, source);
}

// "EL AMRANI" as "El Amrani", "FATIMA-ZAHRA" as "Fatima-Zahra": zones print capitals only.
// The script of a name's first letter.
bool isArabicText(const QString& text) {
    for (const QChar c : text) {
        if (c.isLetter())
            return c.script() == QChar::Script_Arabic;
    }
    return false;
}

QString titleCase(const QString& s) {
    QString out = s.toLower();
    bool start = true;
    for (QChar& c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c == u' ' || c == u'-' || c == u'\'';
    }
    return out;
}

} // namespace

QList<registry::ValidationIssue> RegistrationForm::issues() const {
    QList<registry::ValidationIssue> out;
    // What the form cannot even read is said in its own words, in place of the registry's
    // "missing" (the clerk did type something).
    QSet<QString> unreadable;
    const core::UserText impossible = text(
        QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm", "Cette date n'existe pas : vérifiez le "
                                                         "jour et le mois (jj/mm/aaaa)."));
    if (!m_birthDate->value()) {
        out << registry::ValidationIssue{
            Severity::Error, QStringLiteral("birthDate"), "registration/date-unreadable",
            m_birthDate->isImpossible() ? impossible
            : m_birthDate->yearOnlyBox()->isChecked()
                ? text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                         "Année illisible : saisissez quatre chiffres (ex. : "
                                         "1975)."))
                : text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                         "Date illisible : saisissez jj/mm/aaaa, mm/aaaa ou "
                                         "l'année seule."))};
        unreadable << QStringLiteral("birthDate");
    }
    if (!m_documentExpiry->value()) {
        out << registry::ValidationIssue{
            Severity::Error, QStringLiteral("documentExpiry"), "registration/date-unreadable",
            m_documentExpiry->isImpossible()
                ? impossible
                : text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                         "Date illisible : saisissez jj/mm/aaaa."))};
        unreadable << QStringLiteral("documentExpiry");
    }
    const registry::PatientRecord r = record();
    // A dependant's regime is the insured's, shown greyed out: none there is the chosen
    // insured's lack of coverage, said at the insured, where the clerk can act.
    const bool followsInsured =
        r.dependantRelation != registry::DependantRelation::None && !r.insuredId.isEmpty();
    for (const registry::ValidationIssue& issue : m_s.registry.validate(r)) {
        if (unreadable.contains(issue.field))
            continue;
        if (followsInsured && (issue.code == "registry/regime-missing" ||
                               issue.code == "registry/dependant-without-regime")) {
            out << registry::ValidationIssue{
                Severity::Error, QStringLiteral("insuredId"), "registration/insured-uncovered",
                text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                       "L'assuré choisi n'a pas de couverture sociale : un "
                                       "ayant droit bénéficie de celle de son assuré. Choisissez "
                                       "un assuré couvert, ou « Assuré principal » comme "
                                       "qualité."))};
            continue;
        }
        out << issue;
    }
    // Errors first: a field shows its most pressing message.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    return out;
}

void RegistrationForm::showIssues(const QList<registry::ValidationIssue>& list) {
    for (const Field& f : std::as_const(m_fields))
        f.message->clear();
    QSet<QString> shown;
    for (const registry::ValidationIssue& issue : list) {
        const bool known = m_fields.contains(issue.field);
        if (!m_attempted && !(known && m_touched.contains(issue.field)))
            continue; // not yet: the clerk has not reached that field
        const auto kind = issue.severity == Severity::Error ? FieldMessage::Kind::Error
                                                            : FieldMessage::Kind::Warning;
        if (!known) {
            m_formMessage->show(issue.message, kind);
        } else if (!shown.contains(issue.field)) {
            shown.insert(issue.field);
            m_fields[issue.field].message->show(issue.message, kind);
        } else {
            continue; // behind the field's first message
        }
        if (kind == FieldMessage::Kind::Warning)
            m_warned.insert(issue.field + u'/' + QString::fromLatin1(issue.code));
    }
}

void RegistrationForm::fieldEdited(const QString& name) {
    if (m_fromDocument.contains(name))
        setFromDocument(name, false);
    if (m_attempted || m_touched.contains(name))
        showIssues(issues());
}

void RegistrationForm::fieldLeft(const QString& name) {
    m_touched.insert(name);
    showIssues(issues());
}

void RegistrationForm::setFromDocument(const QString& field, bool on, bool chip) {
    const Field f = m_fields.value(field);
    if (!f.input)
        return;
    if (on)
        m_fromDocument.insert(field);
    else
        m_fromDocument.remove(field);
    if (on && chip)
        m_fromChip.insert(field);
    else
        m_fromChip.remove(field);
    f.input->setProperty("fromDocument", on);
    // What the clerk can check with the patient: where the value came from.
    f.input->setProperty("provenance", !on    ? QString()
                                       : chip ? QStringLiteral("chip")
                                              : QStringLiteral("mrz"));
    f.input->setToolTip(provenanceTip(field));
    if (f.label) {
        QFont font = f.label->font();
        font.setItalic(on);
        f.label->setFont(font);
    }
}

QString RegistrationForm::provenanceTip(const QString& field) const {
    if (m_fromChip.contains(field))
        return tr("Lu sur la puce de la pièce d'identité");
    return m_fromDocument.contains(field) ? tr("Lu sur la pièce d'identité (MRZ)") : QString();
}

bool RegistrationForm::isFromChip(const QString& field) const {
    return m_fromChip.contains(field);
}

bool RegistrationForm::isFromDocument(const QString& field) const {
    return m_fromDocument.contains(field);
}

void RegistrationForm::focusFirst(const QList<registry::ValidationIssue>& list, Severity severity) {
    for (QWidget* w : std::as_const(m_tabOrder)) {
        for (const registry::ValidationIssue& issue : list) {
            if (issue.severity == severity && inputFor(issue.field) == w && w->isEnabled()) {
                w->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
    for (const registry::ValidationIssue& issue : list) { // a message about the whole name
        if (issue.severity == severity) {
            if (QWidget* w = inputFor(issue.field)) {
                w->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
    }
}

bool RegistrationForm::save() {
    // Ctrl+S again while the first save waits for the central server (the wait is not shown
    // for its first moment): one save at a time.
    if (m_saving)
        return false;
    m_attempted = true;
    m_savedWithoutServer = false;
    m_typedDuringWait = false;
    if (m_editing && !takeStoredChanges())
        return false;
    const QList<registry::ValidationIssue> found = issues();
    const qsizetype warnedBefore = m_warned.size();
    showIssues(found);
    if (registry::PatientValidator::hasErrors(found)) {
        m_formMessage->show(
            m_editing ? text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                               "La correction n'est pas enregistrée : corrigez "
                                               "les champs signalés. Ce que vous avez saisi est "
                                               "conservé."))
                      : text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                               "Le patient n'est pas enregistré : corrigez les "
                                               "champs signalés. Ce que vous avez saisi est "
                                               "conservé.")),
            FieldMessage::Kind::Error);
        focusFirst(found);
        return false;
    }
    // Warnings do not block, but they are read before the patient is saved: warnings shown only
    // now (on fields the clerk had not left, or as loaded for a correction) wait for the next
    // Ctrl+S.
    if (m_warned.size() > warnedBefore) {
        m_formMessage->show(text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                                   "Lisez les avertissements signalés, puis "
                                                   "enregistrez à nouveau (Ctrl+S ou Entrée).")),
                            FieldMessage::Kind::Warning);
        focusFirst(found, Severity::Warning);
        return false;
    }
    m_formMessage->clear();
    m_saving = true;
    const bool done = writeUnlessDuplicate(record());
    m_saving = false;
    return done;
}

void RegistrationForm::sayNoSession() {
    m_formMessage->show(text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                               "Aucune session ouverte : reconnectez-vous "
                                               "pour enregistrer. La saisie est conservée.")),
                        FieldMessage::Kind::Error);
}

bool RegistrationForm::write(const registry::PatientRecord& r,
                             const QList<registry::PatientHit>& overridden) {
    const auto& session = m_s.session.session();
    if (!session) {
        sayNoSession();
        return false;
    }
    // Read again: the wait for the central server and the comparison may have lasted while a
    // pull changed the record.
    if (m_editing && !takeStoredChanges())
        return false;
    auto saved = m_editing ? m_s.registry.update(r, *session, overridden)
                           : m_s.registry.registerPatient(r, *session, overridden);
    if (!saved) {
        const core::Error& e = saved.error();
        if (FieldMessage* m = messageFor(e.field())) {
            m->show(e.message(), FieldMessage::Kind::Error);
            if (QWidget* w = inputFor(e.field()))
                w->setFocus(Qt::OtherFocusReason);
        }
        m_formMessage->show(e.message(), FieldMessage::Kind::Error);
        return false;
    }
    const bool wasEditing = m_editing;
    setRecord(*saved);
    m_initial = record();
    m_opened = *saved;
    m_formMessage->clear();
    if (wasEditing)
        emit updated(*saved);
    else
        emit registered(*saved);
    return true;
}

bool RegistrationForm::cancel() {
    if (m_saving) // the save waiting for the central server decides first
        return false;
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Abandonner la saisie"),
                        tr("Ce que vous avez saisi sera perdu. Abandonner la saisie ?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmCancel"));
        QPushButton* drop = box.addButton(tr("Abandonner"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Continuer la saisie"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != drop)
            return false;
    }
    m_initial = record();
    emit cancelled();
    return true;
}

void RegistrationForm::enterMrz() {
    MrzDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyMrz(dialog.data());
}

void RegistrationForm::setCardReading(identity::ReaderPlugin* readers,
                                      const identity::TrustStore* trust) {
    m_cardReaders = readers;
    m_trust = trust;
    m_card->setVisible(readers != nullptr);
}

void RegistrationForm::readCard() {
    if (!m_cardReaders)
        return;
    CardReadDialog dialog(*m_cardReaders, m_trust, this);
    if (m_lastMrz)
        dialog.setMrz(*m_lastMrz);
    if (dialog.exec() == QDialog::Accepted && dialog.result())
        applyChip(*dialog.result());
}

bool RegistrationForm::applyChip(const identity::DocumentReadResult& read) {
    if (!read.acceptable() || !applyDocument(read.data.mrz, true))
        return false;
    // DG11 of the CNIE: the names in Arabic script (which the zone cannot hold), the place of
    // birth and the address, taken only when the form has nothing there yet.
    if (const auto& details = read.data.additionalDetails) {
        QStringList taken;
        const auto take = [&](const QString& field, QLineEdit* edit, const QString& value) {
            if (value.isEmpty() || !edit->text().trimmed().isEmpty())
                return;
            edit->setText(value);
            taken << field;
        };
        if (isArabicText(details->familyName + details->givenNames)) {
            take(QStringLiteral("familyArabic"), m_familyArabic, details->familyName);
            take(QStringLiteral("givenArabic"), m_givenArabic, details->givenNames);
        }
        take(QStringLiteral("birthCity"), m_birthCity, details->placeOfBirth.section(u',', 0, 0));
        take(QStringLiteral("address"), m_address, details->address);
        for (const QString& field : std::as_const(taken)) {
            setFromDocument(field, true, true);
            m_touched.insert(field);
        }
        showIssues(issues());
        // Focus on the first field still to type.
        for (QLineEdit* e : {m_familyArabic, m_givenArabic, m_birthCity, m_address}) {
            if (e->text().trimmed().isEmpty()) {
                e->setFocus();
                break;
            }
        }
    }
    return true;
}

bool RegistrationForm::applyMrz(const identity::MrzData& d) {
    if (!applyDocument(d, false))
        return false;
    m_lastMrz = std::make_shared<identity::MrzData>(d);
    return true;
}

registry::PatientRecord RegistrationForm::documentRecord(const identity::MrzData& d) const {
    registry::PatientRecord r;
    r.documentType = DocumentType::Passport;
    r.documentNumber = d.documentNumber;
    if (auto c = m_s.reference.countryByAlpha3(d.issuingState))
        r.documentCountry = c->alpha2;
    if (!d.documentCode.startsWith(u'P') && d.issuingState == u"MAR") {
        // A Moroccan card: the CNIE of a Moroccan, the residence card of a foreigner.
        if (d.nationality == u"MAR") {
            r.documentType = DocumentType::Cnie;
            if (!d.personalNumber().isEmpty())
                r.documentNumber = d.personalNumber();
        } else {
            r.documentType = DocumentType::ResidenceCard;
        }
        r.documentCountry.clear();
    }
    // A foreign identity card is taken as the travel document it is at a Moroccan desk.
    if (d.expiryDate.isValid())
        r.documentExpiry = d.expiryDate;
    r.name = core::PersonName(titleCase(d.familyName), titleCase(d.givenNames));
    r.sex = d.sex;
    r.birthDate = d.birthDate;
    if (auto nat = m_s.reference.countryByAlpha3(d.nationality))
        r.nationality = nat->alpha2;
    return r;
}

QStringList RegistrationForm::identityChanges(const registry::PatientRecord& now,
                                              const registry::PatientRecord& read) const {
    QStringList out;
    const auto differ = [&](const char* field, const QString& was, const QString& becomes,
                            const QString& key, const QString& readKey) {
        // Each value isolated: two Latin names around the arrow made one left-to-right run in
        // Arabic, read as the document's name becoming the one typed.
        if (!was.isEmpty() && !becomes.isEmpty() && key != readKey)
            out << tr("%1 : %2 → %3")
                       .arg(m_fields.value(QString::fromLatin1(field)).label->text(),
                            ContentDirection::isolated(was), ContentDirection::isolated(becomes));
    };
    differ("documentNumber", now.documentNumber, read.documentNumber,
           registry::comparableDocumentNumber(now.documentNumber),
           registry::comparableDocumentNumber(read.documentNumber));
    for (const auto& [field, was, becomes] :
         {std::tuple{"familyLatin", now.name.family(Script::Latin),
                     read.name.family(Script::Latin)},
          std::tuple{"givenLatin", now.name.given(Script::Latin), read.name.given(Script::Latin)}})
        differ(field, was, becomes, registry::NameNormalizer::normalizeLatin(was),
               registry::NameNormalizer::normalizeLatin(becomes));
    if (now.birthDate.isValid() && read.birthDate.isValid())
        differ("birthDate", DateField::format(now.birthDate), DateField::format(read.birthDate),
               now.birthDate.toIso(), read.birthDate.toIso());
    return out;
}

bool RegistrationForm::confirmIdentityChange(const QStringList& changes) {
    QMessageBox box(QMessageBox::Question, tr("Pièce d'une autre identité"),
                    m_editing ? tr("La pièce lue ne correspond pas au patient IPP %1 ouvert "
                                   "pour correction. Remplacer son identité par celle de la "
                                   "pièce ?")
                                    .arg(m_initial.ipp)
                              : tr("La pièce lue ne correspond pas à ce qui est saisi. "
                                   "Remplacer par ce qu'elle porte ?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDocumentIdentity"));
    box.setInformativeText(changes.join(u'\n'));
    QPushButton* replace = box.addButton(tr("Remplacer"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Ne rien changer"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

bool RegistrationForm::applyDocument(const identity::MrzData& d, bool chip) {
    const registry::PatientRecord read = documentRecord(d);
    const registry::PatientRecord now = record();
    // The card of the patient in the form completes it; another identity replaces the one in
    // the form (a patient's record, when correcting) only when the clerk says so. A new form
    // nothing was typed in holds no identity yet: what the search box prefilled is a guess.
    const bool holdsIdentity = m_editing || isModified();
    const bool sameDocument = holdsIdentity && registry::holdSameDocument(read, now);
    if (holdsIdentity && !sameDocument) {
        if (const QStringList changes = identityChanges(now, read);
            !changes.isEmpty() && !confirmIdentityChange(changes))
            return false;
    }
    QStringList taken;
    // The patient's own card fills what is blank (`fill`). Its chip also takes what only the
    // printed zone gave: the chip is signed, a zone typed by hand may hold a slip.
    auto set = [&](const QString& field, bool fill, auto apply) {
        const bool zoneOnly = chip && m_fromDocument.contains(field) && !m_fromChip.contains(field);
        if (sameDocument && !fill && !zoneOnly)
            return;
        apply();
        taken << field;
    };
    set(QStringLiteral("documentType"), now.documentType == DocumentType::None,
        [&] { m_documentType->setCode(registry::documentTypeCode(read.documentType)); });
    set(QStringLiteral("documentNumber"), now.documentNumber.isEmpty(),
        [&] { m_documentNumber->setText(read.documentNumber); });
    // A renewed CNIE keeps its number: the later expiry is the card's.
    if (read.documentExpiry.isValid())
        set(QStringLiteral("documentExpiry"),
            !now.documentExpiry.isValid() || read.documentExpiry > now.documentExpiry,
            [&] { m_documentExpiry->setValue(core::PartialDate::fromDate(read.documentExpiry)); });
    if (!read.documentCountry.isEmpty())
        set(QStringLiteral("documentCountry"), now.documentCountry.isEmpty(),
            [&] { m_documentCountry->setCode(read.documentCountry); });
    if (const QString family = read.name.family(Script::Latin); !family.isEmpty())
        set(QStringLiteral("familyLatin"), now.name.family(Script::Latin).isEmpty(),
            [&] { m_familyLatin->setText(family); });
    if (const QString given = read.name.given(Script::Latin); !given.isEmpty())
        set(QStringLiteral("givenLatin"), now.name.given(Script::Latin).isEmpty(),
            [&] { m_givenLatin->setText(given); });
    if (read.sex != core::Sex::Unknown)
        set(QStringLiteral("sex"), now.sex == core::Sex::Unknown,
            [&] { m_sex->setCode(core::sexCode(read.sex)); });
    if (read.birthDate.isValid())
        set(QStringLiteral("birthDate"), !now.birthDate.isValid(),
            [&] { m_birthDate->setValue(read.birthDate); });
    if (!read.nationality.isEmpty())
        set(QStringLiteral("nationality"), now.nationality.isEmpty(),
            [&] { m_nationality->setCode(read.nationality); });
    for (const QString& field : std::as_const(taken)) {
        setFromDocument(field, true, chip);
        m_touched.insert(field); // their warnings (an expired document) show at once
    }
    m_formMessage->show(chip ? text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                                      "Les champs dont le nom est en italique "
                                                      "ont été lus sur la puce de la pièce "
                                                      "d'identité (voir l'info-bulle de chacun)."))
                             : text(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                                      "Les champs dont le nom est en italique "
                                                      "ont été lus sur la pièce d'identité : "
                                                      "vérifiez-les avec le patient.")),
                        FieldMessage::Kind::Info);
    showIssues(issues());
    m_familyArabic->setFocus(); // the zone has no Arabic: the next thing to type
    return true;
}

} // namespace sijil::ui
