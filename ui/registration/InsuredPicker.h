#pragma once

#include "RegistrationServices.h"

#include <sijil/registry/PatientRecord.h>

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sijil::registry {
class PatientRegistry;
struct PatientHit;
} // namespace sijil::registry

namespace sijil::ui {

class FieldMessage;
class PatientSearchPanel;

// A patient chosen by searching the registry, in a dialog of its own.
class PatientPickerDialog : public QDialog {
    Q_OBJECT
public:
    PatientPickerDialog(const registry::PatientRegistry& registry, const QString& query,
                        QWidget* parent = nullptr);

    [[nodiscard]] const registry::PatientRecord& chosen() const { return m_chosen; }
    [[nodiscard]] PatientSearchPanel* panel() const { return m_panel; }

private:
    PatientSearchPanel* m_panel = nullptr;
    registry::PatientRecord m_chosen;
};

// "Dependant of": the insured person whose coverage the patient shares, picked by search. The
// search's lists are audited as the desk's are (those that settled on screen or were acted on);
// one that could not be is said on `auditMessage` (the form's), which outlives the dialog.
class InsuredPicker : public QWidget {
    Q_OBJECT
public:
    InsuredPicker(RegistrationServices services, FieldMessage* auditMessage,
                  QWidget* parent = nullptr);

    [[nodiscard]] const QString& insuredId() const { return m_id; }
    // Shows the insured's name and IPP; an id that cannot be read is kept and shown as it is.
    void setInsuredId(const QString& id);
    void setInsured(const registry::PatientRecord& insured);
    void clear();
    [[nodiscard]] QLineEdit* display() const { return m_display; }
    [[nodiscard]] QPushButton* chooseButton() const { return m_choose; }
    // Opens the search dialog; returns whether a patient was chosen.
    bool choose();

signals:
    void insuredChanged(const sijil::registry::PatientRecord& insured);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showText(const QString& text);
    void retranslate();

    RegistrationServices m_s;
    FieldMessage* m_auditMessage = nullptr;
    QString m_id;
    QLineEdit* m_display = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace sijil::ui
