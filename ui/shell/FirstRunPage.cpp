#include "FirstRunPage.h"

#include "FieldMessage.h"
#include "ShellServices.h"

#include <sijil/access/AccountService.h>
#include <sijil/core/SiteConfig.h>

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sijil::ui {

FirstRunPage::FirstRunPage(ShellServices& services, QWidget* parent)
    : CardPage(QStringLiteral("firstRunPage"), 520, parent)
    , m_services(services) {
    QWidget* card = this->card();
    QVBoxLayout* v = cardLayout();
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_intro = new QLabel(card);
    m_intro->setWordWrap(true);
    v->addWidget(m_title);
    v->addWidget(m_intro);
    v->addSpacing(8);

    auto field = [&](QLabel*& label, QLineEdit*& edit, FieldMessage*& message, const char* name) {
        label = new QLabel(card);
        edit = new QLineEdit(card);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        message = new FieldMessage(card);
        v->addWidget(label);
        v->addWidget(edit);
        v->addWidget(message);
        connect(edit, &QLineEdit::textEdited, message, &FieldMessage::clear);
    };
    field(m_displayNameLabel, m_displayName, m_displayNameMessage, "adminDisplayName");
    field(m_usernameLabel, m_username, m_usernameMessage, "adminUsername");
    field(m_passwordLabel, m_password, m_passwordMessage, "adminPassword");
    field(m_confirmLabel, m_confirm, m_confirmMessage, "adminConfirm");
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_displayName->setMaxLength(120);
    m_username->setMaxLength(32);
    m_formMessage = new FieldMessage(card);
    m_create = new QPushButton(card);
    m_create->setObjectName(QStringLiteral("createAdminButton"));
    m_create->setDefault(true);
    v->addWidget(m_formMessage);
    v->addWidget(m_create);

    for (QLineEdit* e : {m_displayName, m_username, m_password, m_confirm})
        connect(e, &QLineEdit::returnPressed, this, &FirstRunPage::submit);
    connect(m_create, &QPushButton::clicked, this, &FirstRunPage::submit);
    retranslate();
}

void FirstRunPage::showEvent(QShowEvent* event) {
    CardPage::showEvent(event);
    m_displayName->setFocus();
}

void FirstRunPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CardPage::changeEvent(event);
}

void FirstRunPage::retranslate() {
    m_title->setText(tr("Bienvenue dans Sijil"));
    m_intro->setText(tr("Ce poste n'a encore aucun compte. Créez le compte de l'administrateur du "
                        "site : il pourra ensuite créer les comptes des autres utilisateurs."));
    m_displayNameLabel->setText(tr("&Nom complet"));
    m_usernameLabel->setText(tr("&Identifiant"));
    m_passwordLabel->setText(tr("&Mot de passe (%1 caractères au moins)")
                                 .arg(access::AccountService::kMinPasswordLength));
    m_confirmLabel->setText(tr("&Confirmation du mot de passe"));
    m_create->setText(m_busy ? tr("Création…") : tr("Créer le compte administrateur"));
}

void FirstRunPage::clearMessages() {
    for (FieldMessage* m : {m_displayNameMessage, m_usernameMessage, m_passwordMessage,
                            m_confirmMessage, m_formMessage})
        m->clear();
}

void FirstRunPage::submit() {
    if (m_busy)
        return;
    clearMessages();
    access::NewAccount account;
    account.displayName = m_displayName->text();
    account.username = m_username->text().trimmed();
    account.password = m_password->text();
    account.roles = {access::Role::SiteAdministrator};
    account.facilityId = m_services.site.facility.id;

    if (auto s = access::AccountService::validate(account); !s) {
        const QString f = s.error().field();
        FieldMessage* target = f == u"displayName" ? m_displayNameMessage
                               : f == u"username"  ? m_usernameMessage
                               : f == u"password"  ? m_passwordMessage
                                                   : m_formMessage;
        target->show(s.error().message());
        (f == u"displayName" ? m_displayName
         : f == u"username"  ? m_username
                             : m_password)
            ->setFocus();
        return;
    }
    if (m_confirm->text() != m_password->text()) {
        m_confirmMessage->show(core::UserText(
            "sijil::ui::FirstRunPage",
            QT_TRANSLATE_NOOP("sijil::ui::FirstRunPage", "Les deux mots de passe diffèrent.")));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }

    m_busy = true;
    m_create->setEnabled(false);
    retranslate();
    m_services.accounts.createFirstAdministrator(account).then(
        this, [this, username = account.username,
               password = account.password](const core::Result<access::User>& result) {
            m_busy = false;
            m_create->setEnabled(true);
            retranslate();
            if (!result) {
                const QString f = result.error().field();
                (f == u"username" ? m_usernameMessage : m_formMessage)
                    ->show(result.error().message());
                return;
            }
            m_password->clear();
            m_confirm->clear();
            emit administratorCreated(username, password);
        });
}

} // namespace sijil::ui
