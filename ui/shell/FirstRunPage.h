#pragma once

#include "CardPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace sijil::ui {

class FieldMessage;
struct ShellServices;

// The first start on a workstation with no account: creates the site administrator, then signs
// them in.
class FirstRunPage : public CardPage {
    Q_OBJECT
public:
    explicit FirstRunPage(ShellServices& services, QWidget* parent = nullptr);

signals:
    void administratorCreated(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void submit();
    void clearMessages();

    ShellServices& m_services;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLineEdit* m_displayName = nullptr;
    FieldMessage* m_displayNameMessage = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    FieldMessage* m_usernameMessage = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    FieldMessage* m_passwordMessage = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    FieldMessage* m_confirmMessage = nullptr;
    FieldMessage* m_formMessage = nullptr;
    QPushButton* m_create = nullptr;
    bool m_busy = false;
};

} // namespace sijil::ui
