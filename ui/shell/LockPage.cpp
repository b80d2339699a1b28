#include "LockPage.h"

#include "FieldMessage.h"
#include "ShellServices.h"

#include <sijil/access/SessionManager.h>

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sijil::ui {

using access::SessionManager;

LockPage::LockPage(ShellServices& services, QWidget* parent)
    : CardPage(QStringLiteral("lockPage"), 440, parent)
    , m_services(services) {
    QWidget* card = this->card();
    QVBoxLayout* v = cardLayout();
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_who = new QLabel(card);
    m_who->setWordWrap(true);
    m_who->setObjectName(QStringLiteral("lockedBy"));
    m_passwordLabel = new QLabel(card);
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_message = new FieldMessage(card);
    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_switchUser = new QPushButton(card);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setFlat(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_who, m_passwordLabel, m_password,
                                                      m_message, m_unlock, m_switchUser})
        v->addWidget(w);

    connect(m_password, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(m_password, &QLineEdit::textEdited, m_message, &FieldMessage::clear);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_message->clear();
        if (m_password->text().isEmpty()) {
            m_message->show(core::UserText(
                "sijil::ui::LockPage",
                QT_TRANSLATE_NOOP("sijil::ui::LockPage", "Saisissez votre mot de passe.")));
            return;
        }
        m_services.session.unlock(m_password->text());
    });
    connect(m_switchUser, &QPushButton::clicked, this, &LockPage::switchUserRequested);
    connect(&m_services.session, &SessionManager::signInFailed, this, &LockPage::onFailed);
    connect(&m_services.session, &SessionManager::stateChanged, this, [this] {
        m_unlock->setEnabled(m_services.session.state() != SessionManager::State::Authenticating);
    });
    retranslate();
}

void LockPage::reset() {
    m_password->clear();
    m_message->clear();
    retranslate();
}

void LockPage::showEvent(QShowEvent* event) {
    CardPage::showEvent(event);
    m_password->setFocus();
}

void LockPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CardPage::changeEvent(event);
}

void LockPage::retranslate() {
    m_title->setText(tr("Session verrouillée"));
    const auto& s = m_services.session.session();
    m_who->setText(s ? tr("Verrouillée par %1 (%2). Seul cet utilisateur peut la déverrouiller.")
                           .arg(s->user.displayName, s->user.username)
                     : QString());
    m_passwordLabel->setText(tr("&Mot de passe"));
    m_password->setAccessibleName(tr("Mot de passe"));
    m_unlock->setText(tr("Déverrouiller"));
    m_switchUser->setText(tr("Se connecter avec un autre compte…"));
}

void LockPage::onFailed(const core::Error& error) {
    if (!isVisible())
        return;
    m_message->show(error.message());
    m_password->setFocus();
    m_password->selectAll();
}

} // namespace sijil::ui
