#pragma once

#include "RegistrationServices.h"

#include <sijil/registry/PatientRecord.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/PatientValidator.h>

#include <QHash>
#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QCompleter;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStringListModel;

namespace sijil::identity {
struct DocumentReadResult;
struct MrzData;
class ReaderPlugin;
class TrustStore;
} // namespace sijil::identity

namespace sijil::ui {

class CodeCombo;
class DateField;
class FieldMessage;
class InsuredPicker;

// The registration form: every field of the national registry in groups, in the order a clerk
// asks for them, all reachable with Tab. Ctrl+S or Enter saves, Échap leaves (asking first when
// something was typed). The registry's own checks show beside each field; errors block, warnings
// do not, once seen (a save shows those not seen yet and waits for the next Ctrl+S); nothing
// typed is cleared by a refusal. A new patient is compared with the registered
// ones first (DuplicateDialog).
class RegistrationForm : public QWidget {
    Q_OBJECT
public:
    explicit RegistrationForm(RegistrationServices services, QWidget* parent = nullptr);

    // An empty form, prefilled with what the search box held (names, birth date, document, phone).
    void startNew(const QString& searchText = {});
    // The form on a registered patient, saved as a correction of that record.
    void startEdit(const registry::PatientRecord& record);
    [[nodiscard]] bool isEditing() const { return m_editing; }

    // What the fields hold now, as the registry takes it.
    [[nodiscard]] registry::PatientRecord record() const;
    void setRecord(const registry::PatientRecord& record);
    // Something was typed since the form was started or last saved.
    [[nodiscard]] bool isModified() const;

    // Checks, looks for duplicates, writes; returns whether the form is done (saved, or an existing
    // patient chosen instead). On failure the fields keep what was typed.
    bool save();
    // The last save registered the patient without the central server's answer (the clerk chose
    // not to wait).
    [[nodiscard]] bool savedWithoutServer() const { return m_savedWithoutServer; }
    // Keys typed while the last save waited for the central server were not taken: `text`
    // followed by a sentence saying so (that sentence alone for an empty `text`), or `text`
    // alone.
    [[nodiscard]] core::UserText withTypedDuringWait(const core::UserText& text) const;
    [[nodiscard]] bool typedDuringWait() const { return m_typedDuringWait; }
    // A save is waiting for the central server (its window up, or about to be).
    [[nodiscard]] bool isSaving() const { return m_saving; }
    // Input that reached the desk during the wait another way (a serial reader's zone) and was
    // not taken: said with what was typed meanwhile.
    void dropDuringWait() { m_typedDuringWait = true; }
    [[nodiscard]] static core::UserText typedDuringWaitNote();
    // The most candidates a save shows side by side, this store's and the server's together.
    static constexpr int kComparedAtMost = 10;
    // Leaves the form, asking first when something was typed; returns whether it was left.
    bool cancel();
    // The MRZ dialog, then its fields into the form.
    void enterMrz();
    // Fills document, names, sex, birth date and nationality from a zone, marked as read on the
    // ID document until the clerk edits them. The card of the identity in the form (same
    // document) fills its empty fields only; a card of another identity (other document number,
    // names or birth date) replaces it only if the clerk says so. Returns whether it was taken.
    bool applyMrz(const identity::MrzData& data);
    [[nodiscard]] bool isFromDocument(const QString& field) const;
    // The chip of the ID card (CardReadDialog), then its fields into the form, marked as read on
    // the chip. Needs setCardReading(); the button shows only then.
    void readCard();
    // Fills the form from a chip read whose data are acceptable (verified, or intact with an
    // unknown CSCA), as applyMrz() does; refused reads change nothing. Returns whether the form
    // was filled.
    bool applyChip(const identity::DocumentReadResult& read);
    // Fields filled from the chip and not edited since (a subset of isFromDocument()).
    [[nodiscard]] bool isFromChip(const QString& field) const;
    // The keys of readCard(), here and on the search page. Not Ctrl+L: the main window locks the
    // workstation with it.
    [[nodiscard]] static QKeySequence readCardKeys();
    // The readers and trust store for readCard(); null readers hide the action.
    void setCardReading(identity::ReaderPlugin* readers, const identity::TrustStore* trust);

    // For tests and the admission page: the input and the message of a field (registry names).
    [[nodiscard]] QWidget* inputFor(const QString& field) const;
    [[nodiscard]] FieldMessage* messageFor(const QString& field) const;
    [[nodiscard]] FieldMessage* formMessage() const { return m_formMessage; }

    // The record a search text stands for: words as family then given names (in their script),
    // a date as birth date, a document number, a phone number.
    static registry::PatientRecord prefill(const QString& searchText);

signals:
    void registered(const sijil::registry::PatientRecord& record);
    void updated(const sijil::registry::PatientRecord& record);
    void existingChosen(const QString& id);
    // A temporary identity is this registered patient: the pair is queued for merging.
    void recognisedAs(const QString& id, const QString& temporaryIpp);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        QLabel* label = nullptr;
        QWidget* input = nullptr;
        FieldMessage* message = nullptr;
    };

    // RegistrationForm.cpp: building, languages, record <-> widgets.
    void build();
    QWidget* addField(QFormLayout* form, const QString& name, QWidget* input,
                      QWidget* focus = nullptr);
    void connectField(const QString& name, QWidget* input);
    void retranslate();
    void fillLists();
    void updateCommunes();
    void updateCoverageState();
    void followInsured(const registry::PatientRecord& insured);
    void setUnidentified(bool on);
    void setTabOrder();
    void keepInSight(QWidget* focus);
    void reset(const registry::PatientRecord& record);
    // The labels of `fields` as a message names them (fieldLabelList).
    [[nodiscard]] QString labelsOf(const QStringList& fields) const;

    // RegistrationFormSave.cpp: checks, messages, saving, the MRZ.
    [[nodiscard]] QList<registry::ValidationIssue> issues() const;
    void showIssues(const QList<registry::ValidationIssue>& issues);
    void fieldEdited(const QString& name);
    void fieldLeft(const QString& name);
    void setFromDocument(const QString& field, bool on, bool chip = false);
    bool applyDocument(const identity::MrzData& data, bool chip);
    // What a zone says, as the form's fields take it.
    [[nodiscard]] registry::PatientRecord documentRecord(const identity::MrzData& data) const;
    // "Nom : Benali → El Idrissi" for each identity field the form and the document fill
    // differently.
    [[nodiscard]] QStringList identityChanges(const registry::PatientRecord& now,
                                              const registry::PatientRecord& read) const;
    bool confirmIdentityChange(const QStringList& changes);
    [[nodiscard]] QString provenanceTip(const QString& field) const;
    // The first field in tab order with an issue of that severity.
    void focusFirst(
        const QList<registry::ValidationIssue>& issues,
        registry::ValidationIssue::Severity severity = registry::ValidationIssue::Severity::Error);
    // `overridden`: the possible duplicates the clerk saw and created the patient despite (they go
    // to the review queue).
    // "No session open": said on the form, what was typed kept.
    void sayNoSession();
    // A correction: the record changed in the store since it was opened (a pull, another desk)
    // has that change taken into the form, and the save stops for the clerk to check it.
    bool takeStoredChanges();
    bool write(const registry::PatientRecord& record,
               const QList<registry::PatientHit>& overridden = {});

    // RegistrationFormDuplicates.cpp: the possible duplicates compared before a save.
    // Writes `record` once it is compared with the patients it may be, unless the clerk chose one
    // of them or went back to the form.
    bool writeUnlessDuplicate(const registry::PatientRecord& record);
    // The clerk said the patient being typed is `id`: opens that record, completed with what
    // `entry` adds to it (false: the form stays, for the clerk to save the additions).
    bool takeExisting(const QString& id, const registry::PatientRecord& entry);
    bool recogniseAs(const QString& id, const registry::PatientRecord& entry,
                     const QList<registry::PatientHit>& candidates);
    // RegistrationFormServer.cpp: the central registry's part of that comparison.
    // Its patients that may be `r` (only the holders of its document with `holdersOnly`), asked
    // behind a window: those this store has not are marked serverOnly (their resources in
    // m_serverFound), those it has come as its records. None without a central server or a
    // link, or when the clerk saves without it. Nullopt when the save stops: the clerk went back
    // to the entry, the session or the entry changed meanwhile, or the server failed (said; the
    // same entry saved again is compared with this store's patients only).
    std::optional<QList<registry::PatientHit>>
    serverCandidates(const registry::PatientRecord& r, const QList<registry::PatientHit>& local,
                     bool holdersOnly);
    // A candidate found on the central server is kept in the store before it is taken or its
    // pair queued; false (and why, on screen) when it could not be.
    bool keepFromServer(const QString& id);

    RegistrationServices m_s;
    QHash<QString, QJsonObject> m_serverFound; // by patient id, from the last check
    bool m_saving = false;             // a save is waiting for the central server: no second one
    bool m_savedWithoutServer = false; // the last save went on without the server's answer
    bool m_typedDuringWait = false;    // keys typed during the last save's wait were not taken
    quint64 m_generation = 0; // bumped by every reset(): a wait outlived by its entry is void
    // The entry the server could not be asked about, the clerk told: saved again as it is, it
    // is compared with this store's patients only.
    std::optional<registry::PatientRecord> m_withoutServer;
    registry::PatientRecord m_initial;
    // A correction's record as the store held it when opened: a change pulled meanwhile is
    // taken into the form before the save, never overwritten by it.
    registry::PatientRecord m_opened;
    bool m_editing = false;
    bool m_attempted = false;
    QSet<QString> m_touched;
    // The warnings the clerk has been shown ("field/code"): only those let a save through.
    QSet<QString> m_warned;
    QSet<QString> m_fromDocument;
    QSet<QString> m_fromChip;
    // The last zone typed or scanned: the key to offer when the chip is read next.
    std::shared_ptr<identity::MrzData> m_lastMrz;
    identity::ReaderPlugin* m_cardReaders = nullptr;
    const identity::TrustStore* m_trust = nullptr;
    QHash<QString, Field> m_fields;
    QList<QWidget*> m_tabOrder;

    QLabel* m_title = nullptr;
    QLabel* m_ipp = nullptr;
    FieldMessage* m_formMessage = nullptr;
    QScrollArea* m_scroll = nullptr;
    QGroupBox* m_documentGroup = nullptr;
    QGroupBox* m_identityGroup = nullptr;
    QGroupBox* m_birthGroup = nullptr;
    QGroupBox* m_addressGroup = nullptr;
    QGroupBox* m_contactGroup = nullptr;
    QGroupBox* m_coverageGroup = nullptr;
    QLabel* m_latinHeader = nullptr;
    QLabel* m_arabicHeader = nullptr;

    CodeCombo* m_documentType = nullptr;
    QLineEdit* m_documentNumber = nullptr;
    DateField* m_documentExpiry = nullptr;
    CodeCombo* m_documentCountry = nullptr;
    QLineEdit* m_familyLatin = nullptr;
    QLineEdit* m_givenLatin = nullptr;
    QLineEdit* m_familyArabic = nullptr;
    QLineEdit* m_givenArabic = nullptr;
    CodeCombo* m_sex = nullptr;
    DateField* m_birthDate = nullptr;
    QLineEdit* m_birthCity = nullptr;
    CodeCombo* m_birthCountry = nullptr;
    CodeCombo* m_nationality = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_city = nullptr;
    CodeCombo* m_province = nullptr;
    QLineEdit* m_commune = nullptr;
    QCompleter* m_communeCompleter = nullptr;
    QStringListModel* m_communeNames = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_emergencyName = nullptr;
    CodeCombo* m_emergencyRelationship = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
    CodeCombo* m_accountingCategory = nullptr;
    CodeCombo* m_coverageRegime = nullptr;
    QLineEdit* m_affiliationNumber = nullptr;
    CodeCombo* m_dependantRelation = nullptr;
    InsuredPicker* m_insured = nullptr;
    QCheckBox* m_unidentified = nullptr;
    QPushButton* m_mrz = nullptr;
    QPushButton* m_card = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace sijil::ui
