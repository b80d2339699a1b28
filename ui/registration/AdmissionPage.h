#pragma once

#include "RegistrationServices.h"

#include <sijil/core/UserText.h>
#include <sijil/registry/PatientFinder.h>
#include <sijil/registry/PatientRecord.h>

#include <QWidget>

#include <optional>
#include <shell/FieldMessage.h>
#include <shell/PendingWork.h>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace sijil::identity {
class ReaderPlugin;
class TrustStore;
} // namespace sijil::identity

namespace sijil::ui {

class DuplicateReviewPage;
class MrzWedgeFilter;
class PatientSearchPanel;
class RegistrationForm;

// The admission desk: search first (results as you type, Enter opens the selected patient for
// every area), Ctrl+N registers a new patient from what was typed, F2 corrects the selected one,
// Ctrl+P prints the label of the selected (or open) patient, F8 opens the duplicate review queue.
// A merged record is never opened: its survivor is, and the clerk is told. A half-typed form is
// asked about (as Échap does) before the user quits or signs out. Who saw which patients is
// audited (DeskAudit): each search list that settled on screen, each record opened.
class AdmissionPage : public QWidget, public PendingWork {
    Q_OBJECT
public:
    explicit AdmissionPage(RegistrationServices services, QWidget* parent = nullptr);

    [[nodiscard]] PatientSearchPanel* searchPanel() const { return m_search; }
    [[nodiscard]] RegistrationForm* form() const { return m_form; }
    [[nodiscard]] DuplicateReviewPage* review() const { return m_review; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }
    [[nodiscard]] bool isFormShown() const;
    [[nodiscard]] bool isReviewShown() const;

    void newPatient();
    void editSelected();
    void printLabel();
    void showReview();
    // Opens a patient in the patient context (the survivor when the record was merged).
    bool openPatient(const QString& id);
    // The patient open was merged into another record since it was opened (the review queue,
    // or another site by sync): its survivor is opened instead, and the desk says so.
    void followMergedPatient();
    // Ctrl+I and the form's "Lire la carte" read the ID card chip with these readers; without
    // them only the typed MRZ is offered.
    void setCardReading(identity::ReaderPlugin* readers, const identity::TrustStore* trust);
    // The ID card's chip into a new (or the open) registration form.
    void readCard();
    // A zone from a keyboard-wedge scanner (MrzWedgeFilter), whatever field had the focus: into
    // a new (or the open) form, as MrzDialog would give it, or a message saying what is wrong.
    void applyScannedZone(const QString& zone);
    [[nodiscard]] MrzWedgeFilter* wedgeFilter() const { return m_wedge; }

    // PendingWork: the form shown with something typed; the form's own question to drop it.
    [[nodiscard]] bool hasPendingWork() const override;
    [[nodiscard]] bool confirmLeaving() override;

signals:
    void patientOpened(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSearch();
    // Back to the search with the patient chosen in the form open and listed by IPP; returns that
    // IPP, empty when the record did not open.
    QString showChosen(const QString& id);
    void showForm();
    [[nodiscard]] std::optional<registry::PatientRecord>
    labelRecord(const std::optional<registry::PatientHit>& hit) const;
    // The selected result, a patient found on the central server only kept here first (so it
    // opens offline from now on); nothing when there is none or it could not be kept (said).
    [[nodiscard]] std::optional<registry::PatientHit>
    keptHere(std::optional<registry::PatientHit> hit);
    [[nodiscard]] bool isSearchShown() const;
    // "This record was merged into IPP ...", when `id` is not the record that stands for it.
    [[nodiscard]] std::optional<core::UserText>
    mergedNotice(const QString& id, const registry::PatientRecord& shown) const;
    // What a save that ended on this page says: `text`, then the note that keys typed while it
    // waited for the central server were not taken, if some were (the note alone, as
    // information, without `text`); nothing when neither.
    void sayAfterSave(const core::UserText& text, FieldMessage::Kind kind);

    RegistrationServices m_s;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_searchPage = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_help = nullptr;
    FieldMessage* m_message = nullptr;
    PatientSearchPanel* m_search = nullptr;
    QPushButton* m_reviewButton = nullptr;
    RegistrationForm* m_form = nullptr;
    DuplicateReviewPage* m_review = nullptr;
    MrzWedgeFilter* m_wedge = nullptr;
    bool m_cardReading = false;
    // "patient id|error code" of the error followMergedPatient() said last, not said again for
    // that patient open until the error changes or a patient is opened.
    QString m_unfollowedSaid;
};

} // namespace sijil::ui
