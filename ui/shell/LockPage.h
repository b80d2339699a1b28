#pragma once

#include "CardPage.h"

#include <sijil/core/Error.h>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sijil::ui {

class FieldMessage;
struct ShellServices;

// Covers everything while the session is locked: patient data is hidden, only the user who
// locked it can unlock; another person may sign in instead, which ends the locked session.
class LockPage : public CardPage {
    Q_OBJECT
public:
    explicit LockPage(ShellServices& services, QWidget* parent = nullptr);

    void reset();

signals:
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void onFailed(const core::Error& error);

    ShellServices& m_services;
    QLabel* m_title = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    FieldMessage* m_message = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switchUser = nullptr;
};

} // namespace sijil::ui
