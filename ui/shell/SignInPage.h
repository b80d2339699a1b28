#pragma once

#include "CardPage.h"

#include <sijil/core/Error.h>

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sijil::ui {

class FieldMessage;
struct ShellServices;

// Sign-in: username, password, language. Wrong input gets its message beside the field; the
// username is kept and the password selected so that retyping replaces it; after repeated
// failures the button counts down the imposed delay.
class SignInPage : public CardPage {
    Q_OBJECT
public:
    explicit SignInPage(ShellServices& services, QWidget* parent = nullptr);

    // Prepares the page: empty password, username prefilled with `username` (or the last one).
    void reset(const QString& username = {});
    // When a locked session exists, signing in here ends it; the page says so.
    void setTakeover(bool takeover);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void submit();
    void onFailed(const core::Error& error);
    void onBusyChanged();
    void tick();

    ShellServices& m_services;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_facility = nullptr;
    QLabel* m_takeoverNote = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    FieldMessage* m_usernameMessage = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    FieldMessage* m_passwordMessage = nullptr;
    FieldMessage* m_formMessage = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QTimer m_countdown;
    QString m_throttledUser;
};

} // namespace sijil::ui
