#include "SignInPage.h"

#include "FieldMessage.h"
#include "LanguageManager.h"
#include "ShellServices.h"

#include <sijil/access/Authenticator.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/SiteConfig.h>
#include <sijil/core/UserPreferences.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sijil::ui {

using access::SessionManager;

SignInPage::SignInPage(ShellServices& services, QWidget* parent)
    : CardPage(QStringLiteral("signInPage"), 440, parent)
    , m_services(services) {
    QWidget* card = this->card();
    QVBoxLayout* v = cardLayout();

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(card);
    m_subtitle->setWordWrap(true);
    m_facility = new QLabel(card);
    m_facility->setObjectName(QStringLiteral("facilityName"));
    m_takeoverNote = new QLabel(card);
    m_takeoverNote->setWordWrap(true);
    m_takeoverNote->setObjectName(QStringLiteral("takeoverNote"));
    m_takeoverNote->setVisible(false);
    v->addWidget(m_title);
    v->addWidget(m_subtitle);
    v->addWidget(m_facility);
    v->addSpacing(12);
    v->addWidget(m_takeoverNote);

    m_usernameLabel = new QLabel(card);
    m_username = new QLineEdit(card);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_usernameLabel->setBuddy(m_username);
    m_usernameMessage = new FieldMessage(card);
    m_passwordLabel = new QLabel(card);
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_passwordLabel->setBuddy(m_password);
    m_passwordMessage = new FieldMessage(card);
    m_formMessage = new FieldMessage(card);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_submit = new QPushButton(card);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_usernameLabel, m_username, m_usernameMessage, m_passwordLabel, m_password,
             m_passwordMessage, m_formMessage, m_submit})
        v->addWidget(w);

    auto* languageRow = new QHBoxLayout;
    m_languageLabel = new QLabel(card);
    m_language = new QComboBox(card);
    m_language->setObjectName(QStringLiteral("languageChooser"));
    for (const auto& l : LanguageManager::available())
        m_language->addItem(l.nativeName, l.code);
    m_languageLabel->setBuddy(m_language);
    languageRow->addStretch(1);
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    v->addSpacing(12);
    v->addLayout(languageRow);

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_submit);
    setTabOrder(m_submit, m_language);

    connect(m_submit, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_username, &QLineEdit::textEdited, m_usernameMessage, &FieldMessage::clear);
    connect(m_password, &QLineEdit::textEdited, m_passwordMessage, &FieldMessage::clear);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        if (m_services.languages.setLanguage(code))
            m_services.preferences.setLanguage(code);
    });
    connect(&m_services.languages, &LanguageManager::languageChanged, this,
            [this](const QString& c) { m_language->setCurrentIndex(m_language->findData(c)); });
    connect(&m_services.session, &SessionManager::signInFailed, this, &SignInPage::onFailed);
    connect(&m_services.session, &SessionManager::stateChanged, this, &SignInPage::onBusyChanged);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SignInPage::tick);

    m_language->setCurrentIndex(m_language->findData(m_services.languages.language()));
    retranslate();
    reset();
}

void SignInPage::reset(const QString& username) {
    m_username->setText(username.isEmpty() ? m_services.preferences.lastUsername() : username);
    m_password->clear();
    m_usernameMessage->clear();
    m_passwordMessage->clear();
    m_formMessage->clear();
}

void SignInPage::setTakeover(bool takeover) {
    m_takeoverNote->setVisible(takeover);
    if (takeover) {
        m_username->clear();
        m_password->clear();
    }
}

void SignInPage::showEvent(QShowEvent* event) {
    CardPage::showEvent(event);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void SignInPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CardPage::changeEvent(event);
}

void SignInPage::retranslate() {
    m_title->setText(tr("Sijil"));
    m_subtitle->setText(tr("Dossier patient partagé — poste de travail clinique"));
    const QString facility = m_services.site.facility.name;
    m_facility->setText(facility.isEmpty() ? tr("Poste autonome (hors réseau)") : facility);
    m_takeoverNote->setText(tr("Une session verrouillée est ouverte sur ce poste. Si vous vous "
                               "connectez avec un autre compte, elle sera fermée."));
    m_usernameLabel->setText(tr("&Identifiant"));
    m_passwordLabel->setText(tr("&Mot de passe"));
    m_languageLabel->setText(tr("&Langue"));
    m_username->setAccessibleName(tr("Identifiant"));
    m_password->setAccessibleName(tr("Mot de passe"));
    onBusyChanged();
    tick();
}

void SignInPage::submit() {
    if (m_services.session.state() == SessionManager::State::Authenticating ||
        m_countdown.isActive())
        return;
    m_usernameMessage->clear();
    m_passwordMessage->clear();
    m_formMessage->clear();
    m_services.session.signIn(m_username->text(), m_password->text());
}

void SignInPage::onFailed(const core::Error& error) {
    if (!isVisible())
        return;
    if (error.is("access/username-required")) {
        m_usernameMessage->show(error.message());
        m_username->setFocus();
        return;
    }
    if (error.is("access/password-required")) {
        m_passwordMessage->show(error.message());
        m_password->setFocus();
        return;
    }
    m_formMessage->show(error.message());
    // Keep what was typed; select the password so that typing again replaces it.
    m_password->setFocus();
    m_password->selectAll();
    const qint64 wait = m_services.session.authenticator().retryAfterMs(m_username->text());
    if (wait > 0) {
        m_throttledUser = m_username->text();
        m_countdown.start();
        tick();
    }
}

void SignInPage::onBusyChanged() {
    const bool busy = m_services.session.state() == SessionManager::State::Authenticating;
    m_submit->setEnabled(!busy && !m_countdown.isActive());
    if (!m_countdown.isActive())
        m_submit->setText(busy ? tr("Vérification…") : tr("Se connecter"));
}

void SignInPage::tick() {
    if (!m_countdown.isActive())
        return;
    const qint64 wait = m_services.session.authenticator().retryAfterMs(m_throttledUser);
    if (wait <= 0) {
        m_countdown.stop();
        m_formMessage->clear();
        onBusyChanged();
        return;
    }
    m_submit->setEnabled(false);
    m_submit->setText(tr("Réessayez dans %n s", nullptr, int((wait + 999) / 1000)));
}

} // namespace sijil::ui
