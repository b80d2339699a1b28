// RegistrationForm: a patient saved is compared with the registered ones first, and the clerk
// decides in the duplicate dialog.
#include "DeskAudit.h"
#include "DuplicateDialog.h"
#include "FormFields.h"
#include "RegistrationForm.h"

#include <sijil/access/SessionManager.h>
#include <sijil/registry/PatientRegistry.h>

#include <algorithm>
#include <shell/FieldMessage.h>

namespace sijil::ui {

bool RegistrationForm::writeUnlessDuplicate(const registry::PatientRecord& r) {
    // A correction is compared again only when it gives the patient a document another holds.
    const bool newDocument = !registry::comparableDocumentNumber(r.documentNumber).isEmpty() &&
                             !registry::holdSameDocument(r, m_initial);
    // A new temporary identity is registered at once (an unconscious patient), unless what was
    // typed names someone (a stray Alt+O, a name a companion gave): that is compared first, with
    // or without a birth year (the matcher also blocks on the pair of names; a name with only
    // the sex scores below a possible match, with the phone or birthplace it may not). A
    // document given to any patient, temporary or not, is checked against its other holders.
    const bool namesSomeone = r.name.hasCompleteName() || !r.documentNumber.isEmpty();
    // A temporary identity given its real one is compared as a new patient is: the person may
    // well be registered already.
    const bool identifying = m_editing && m_initial.unidentified && !r.unidentified;
    if ((!m_editing && (!r.unidentified || namesSomeone)) ||
        (m_editing && (newDocument || identifying))) {
        auto candidates = m_s.registry.possibleDuplicates(r, kComparedAtMost);
        if (!candidates) {
            m_formMessage->show(candidates.error().message(), FieldMessage::Kind::Error);
            return false;
        }
        // Each candidate as its record is, coverage included, for the comparison.
        for (registry::PatientHit& h : candidates.value()) {
            auto full = m_s.registry.get(h.record.id);
            if (!full) {
                m_formMessage->show(full.error().message(), FieldMessage::Kind::Error);
                return false;
            }
            if (*full)
                h.record = **full;
        }
        // A patient registered at another site is not in this store until opened here: the
        // central registry is asked too, or the desk would give them a second IPP. Both lists
        // are ranked as one, the holders of the document first.
        const bool holdersOnly = m_editing && !identifying;
        const auto fromServer = serverCandidates(r, *candidates, holdersOnly);
        if (!fromServer)
            return false;
        if (!fromServer->isEmpty()) {
            QList<registry::PatientHit> both = candidates.value();
            for (const registry::PatientHit& h : *fromServer) {
                // One of this store's, found on the server through records merged into it
                // there: compared once, holding what they hold.
                const auto same = std::find_if(both.begin(), both.end(), [&h](const auto& b) {
                    return b.record.id == h.record.id;
                });
                if (same == both.end())
                    both << h;
                else
                    same->foundThrough << h.foundThrough;
            }
            candidates = registry::PatientRegistry::likelySame(
                registry::PatientValidator::normalized(r), std::move(both), kComparedAtMost);
        }
        // A survivor found through a merged holder of the document holds it too.
        if (holdersOnly)
            candidates->removeIf(
                [&r](const registry::PatientHit& h) { return !registry::holdSameDocument(r, h); });
        if (!candidates->isEmpty()) {
            DuplicateDialog dialog(registry::PatientValidator::normalized(r), *candidates,
                                   m_s.reference, this,
                                   identifying ? DuplicateDialog::Purpose::Identify
                                   : m_editing ? DuplicateDialog::Purpose::Correct
                                               : DuplicateDialog::Purpose::Create);
            // Registered patients shown whole, found by the matcher rather than chosen: a search.
            auditShown(m_s, "search", *candidates, QStringLiteral("possible duplicates"),
                       m_formMessage);
            dialog.exec();
            switch (dialog.choice()) {
            case DuplicateDialog::Choice::Existing:
                if (!keepFromServer(dialog.chosenId()))
                    return false;
                if (identifying)
                    return recogniseAs(dialog.chosenId(), r, *candidates);
                return takeExisting(dialog.chosenId(), registry::PatientValidator::normalized(r));
            case DuplicateDialog::Choice::Cancel:
                m_documentType->setFocus();
                return false;
            case DuplicateDialog::Choice::CreateAnyway:
                // Every pair the clerk overrode goes to the review queue, for someone entitled to
                // look again: a candidate of the central server is kept here first, so that its
                // pair can be reviewed and merged here.
                for (const registry::PatientHit& h : std::as_const(*candidates)) {
                    if (h.serverOnly && !keepFromServer(h.record.id))
                        return false;
                }
                return write(r, *candidates);
            }
        }
    }
    return write(r);
}

bool RegistrationForm::recogniseAs(const QString& id, const registry::PatientRecord& entry,
                                   const QList<registry::PatientHit>& candidates) {
    // Two records of one person, one with care already given under the temporary identity: they
    // are merged by someone entitled to, from the review queue; nothing of the entry is saved
    // on either, so neither changes before that.
    QList<registry::PatientHit> chosen;
    for (const registry::PatientHit& h : candidates) {
        if (h.record.id == id)
            chosen << h;
    }
    if (auto queued = m_s.registry.queueDuplicates(entry, chosen); !queued) {
        m_formMessage->show(queued.error().message(), FieldMessage::Kind::Error);
        return false;
    }
    const QString temporaryIpp = m_initial.ipp;
    m_initial = record(); // what was typed is dropped on purpose
    emit recognisedAs(id, temporaryIpp);
    return true;
}

bool RegistrationForm::takeExisting(const QString& id, const registry::PatientRecord& entry) {
    // A correction that found another holder of the document is not that patient's: nothing of it
    // goes into theirs.
    std::optional<registry::PatientRecord> existing;
    if (!m_editing) {
        auto got = m_s.registry.get(id);
        if (!got) {
            m_formMessage->show(got.error().message(), FieldMessage::Kind::Error);
            return false;
        }
        existing = *got;
    }
    registry::PatientRecord completed = existing.value_or(registry::PatientRecord());
    // A temporary identity is not completed piecemeal: its provisional values would stay beside
    // the real ones. It is identified on purpose (F2, untick "non identifié"), the document then
    // checked against other holders.
    const QStringList filled = existing && !existing->unidentified
                                   ? registry::completeBlanks(completed, entry)
                                   : QStringList();
    if (filled.isEmpty()) {
        m_initial = record(); // the entry adds nothing, or is dropped on purpose: nothing to ask
        emit existingChosen(id);
        return true;
    }
    // What was typed is not lost: the patient's record opens for correction with the entry's
    // values in its blank fields, for the clerk to check and save, or drop with Échap.
    startEdit(*existing);
    const registry::PatientRecord initial = m_initial;
    setRecord(completed);
    m_initial = initial;
    for (const QString& field : filled)
        m_touched.insert(field);
    showIssues(issues());
    m_formMessage->show(
        core::UserText(
            "sijil::ui::RegistrationForm",
            QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                              "Dossier existant ouvert pour correction. Ses champs vides ont "
                              "reçu votre saisie : %1. Vérifiez puis enregistrez (Ctrl+S), ou "
                              "abandonnez ces ajouts (Échap)."))
            .arg(labelsOf(filled)),
        FieldMessage::Kind::Info);
    if (QWidget* w = inputFor(filled.first()))
        w->setFocus(Qt::OtherFocusReason);
    return false;
}

} // namespace sijil::ui
