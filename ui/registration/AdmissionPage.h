#pragma once

#include "RegistrationServices.h"

#include <sijil/registry/PatientRecord.h>

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace sijil::ui {

class FieldMessage;
class PatientSearchPanel;
class RegistrationForm;

// The admission desk: search first (results as you type, Enter opens the selected patient for
// every area), Ctrl+N registers a new patient from what was typed, F2 corrects the selected one,
// Ctrl+P prints the label of the selected (or open) patient.
class AdmissionPage : public QWidget {
    Q_OBJECT
public:
    explicit AdmissionPage(RegistrationServices services, QWidget* parent = nullptr);

    [[nodiscard]] PatientSearchPanel* searchPanel() const { return m_search; }
    [[nodiscard]] RegistrationForm* form() const { return m_form; }
    [[nodiscard]] bool isFormShown() const;

    void newPatient();
    void editSelected();
    void printLabel();
    // Opens a patient in the patient context (the survivor when the record was merged).
    bool openPatient(const QString& id);

signals:
    void patientOpened(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSearch();
    void showForm();
    [[nodiscard]] std::optional<registry::PatientRecord> labelRecord() const;

    RegistrationServices m_s;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_searchPage = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_help = nullptr;
    FieldMessage* m_message = nullptr;
    PatientSearchPanel* m_search = nullptr;
    RegistrationForm* m_form = nullptr;
};

} // namespace sijil::ui
