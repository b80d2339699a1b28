#pragma once

#include <sijil/identity/MrzData.h>

#include <QDate>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sijil::ui {

class FieldMessage;

// The machine-readable zone of an ID document typed or scanned into three monospace lines. "Lire"
// checks it; a zone with a wrong check digit keeps the dialog open with its text and says why.
class MrzDialog : public QDialog {
    Q_OBJECT
public:
    explicit MrzDialog(QWidget* parent = nullptr, QDate today = QDate::currentDate());

    [[nodiscard]] QPlainTextEdit* editor() const { return m_editor; }
    [[nodiscard]] QPushButton* readButton() const { return m_read; }
    [[nodiscard]] const identity::MrzData& data() const { return m_data; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitZone();

    QDate m_today;
    identity::MrzData m_data;
    QLabel* m_intro = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    FieldMessage* m_message = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace sijil::ui
