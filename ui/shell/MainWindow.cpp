#include "MainWindow.h"

#include "ConnectionIndicator.h"
#include "FirstRunPage.h"
#include "LanguageManager.h"
#include "LockPage.h"
#include "SignInPage.h"
#include "ThemeManager.h"
#include "Workspace.h"

#include <sijil/access/AccountService.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/PatientContext.h>
#include <sijil/core/SiteConfig.h>
#include <sijil/core/UserPreferences.h>
#include <sijil/core/Version.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace sijil::ui {

using access::SessionManager;

MainWindow::MainWindow(ShellServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sijil.svg")));
    resize(1280, 800);

    m_pages = new QStackedWidget(this);
    m_firstRun = new FirstRunPage(m_services, m_pages);
    m_signIn = new SignInPage(m_services, m_pages);
    m_lock = new LockPage(m_services, m_pages);
    m_workspace = new Workspace(m_services.patient, m_pages);
    for (QWidget* w : std::initializer_list<QWidget*>{m_firstRun, m_signIn, m_lock, m_workspace})
        m_pages->addWidget(w);
    setCentralWidget(m_pages);

    statusBar()->addWidget(new ConnectionIndicator(m_services.connection, this));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_facilityLabel = new QLabel(this);
    m_facilityLabel->setObjectName(QStringLiteral("statusFacility"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_facilityLabel);

    createMenus();

    connect(&m_services.session, &SessionManager::stateChanged, this, &MainWindow::followSession);
    // Nothing of a finished session stays on screen for the next person.
    connect(&m_services.session, &SessionManager::sessionEnded, &m_services.patient,
            &core::PatientContext::close);
    connect(&m_services.session, &SessionManager::sessionStarted, this, [this] {
        m_services.preferences.setLastUsername(m_services.session.session()->user.username);
        m_workspace->showArea(Workspace::areas().first().id);
        // Active was followed before this, in the area the last session ended in.
        m_workspace->focusCurrentArea();
    });
    connect(m_firstRun, &FirstRunPage::administratorCreated, this,
            [this](const QString& username, const QString& password) {
                m_signIn->reset(username);
                m_services.session.signIn(username, password);
            });
    connect(m_lock, &LockPage::switchUserRequested, this, [this] {
        m_signIn->setTakeover(true);
        m_pages->setCurrentWidget(m_signIn);
    });

    retranslate();
    followSession();
}

QWidget* MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

void MainWindow::createMenus() {
    m_sessionMenu = menuBar()->addMenu(QString());
    m_lockAction = m_sessionMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L),
                                            &m_services.session, &SessionManager::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    // The lock never asks (an idle timeout locks with nobody to answer); quitting and signing
    // out do, when a page holds unsaved work.
    m_signOutAction = m_sessionMenu->addAction(
        QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this, [this] {
            if (confirmLeaving())
                m_services.session.signOut();
        });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_sessionMenu->addSeparator();
    m_quitAction = m_sessionMenu->addAction(QString(), QKeySequence::Quit, this, [this] {
        if (!confirmLeaving())
            return;
        m_quitting = true;
        QApplication::quit();
    });
    m_quitAction->setObjectName(QStringLiteral("quitAction"));

    m_goMenu = menuBar()->addMenu(QString());
    const auto& areas = Workspace::areas();
    for (int i = 0; i < areas.size(); ++i) {
        QAction* a = m_goMenu->addAction(QIcon(areas[i].icon), QString());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("goTo-") + areas[i].id);
        connect(a, &QAction::triggered, this, [this, id = areas[i].id] {
            m_workspace->showArea(id);
            m_workspace->focusCurrentArea();
        });
        m_areaActions << a;
    }

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const auto& l : LanguageManager::available()) {
        QAction* a = m_languageMenu->addAction(l.nativeName);
        a->setCheckable(true);
        a->setData(l.code);
        a->setObjectName(QStringLiteral("language-") + l.code);
        m_languageGroup->addAction(a);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction* a) {
        const QString code = a->data().toString();
        if (m_services.languages.setLanguage(code))
            m_services.preferences.setLanguage(code);
    });
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    m_lightTheme = m_themeMenu->addAction(QString());
    m_lightTheme->setData(QStringLiteral("light"));
    m_highContrastTheme = m_themeMenu->addAction(QString());
    m_highContrastTheme->setData(QStringLiteral("high-contrast"));
    m_highContrastTheme->setObjectName(QStringLiteral("highContrastAction"));
    for (QAction* a : {m_lightTheme, m_highContrastTheme}) {
        a->setCheckable(true);
        m_themeGroup->addAction(a);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction* a) {
        const QString theme = a->data().toString();
        if (m_services.themes.apply(theme))
            m_services.preferences.setTheme(theme);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    auto syncChecks = [this] {
        for (QAction* a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_services.languages.language());
        for (QAction* a : m_themeGroup->actions())
            a->setChecked(a->data().toString() == m_services.themes.theme());
    };
    connect(&m_services.languages, &LanguageManager::languageChanged, this, syncChecks);
    connect(&m_services.themes, &ThemeManager::themeChanged, this, syncChecks);
    syncChecks();
}

bool MainWindow::confirmLeaving() {
    // Locked, the work is hidden and the person at the screen may be another: not asked.
    return m_services.session.state() != SessionManager::State::Active ||
           m_workspace->confirmLeaving();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_quitting && !confirmLeaving()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    const QString facility = m_services.site.facility.name.isEmpty()
                                 ? tr("Poste autonome (hors réseau)")
                                 : m_services.site.facility.name;
    setWindowTitle(tr("Sijil — %1").arg(facility));
    m_sessionMenu->setTitle(tr("&Session"));
    m_lockAction->setText(tr("&Verrouiller le poste"));
    m_signOutAction->setText(tr("Se &déconnecter"));
    m_quitAction->setText(tr("&Quitter"));
    m_goMenu->setTitle(tr("&Aller à"));
    const auto& areas = Workspace::areas();
    for (int i = 0; i < areas.size(); ++i)
        m_areaActions[i]->setText(
            QCoreApplication::translate("sijil::ui::Workspace", areas[i].title));
    // Not Alt+F: the duplicate review page merges with it.
    m_viewMenu->setTitle(tr("Afficha&ge"));
    m_languageMenu->setTitle(tr("&Langue"));
    m_themeMenu->setTitle(tr("&Thème"));
    m_lightTheme->setText(tr("&Clair"));
    m_highContrastTheme->setText(tr("Contraste &élevé"));
    m_helpMenu->setTitle(tr("Aid&e"));
    m_aboutAction->setText(tr("À &propos de Sijil"));
    updateStatus();
}

// Nothing of a session stays on screen over the lock or the sign-in page: a dialog still open
// (a duplicate comparison, a conflict, a print preview, a question) is dismissed as if
// cancelled. What was typed in the form underneath stays there for when the session resumes.
void MainWindow::dismissDialogs() {
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* dialog = qobject_cast<QDialog*>(window);
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
}

void MainWindow::followSession() {
    const SessionManager::State state = m_services.session.state();
    const bool active = state == SessionManager::State::Active;
    for (QAction* a : m_areaActions)
        a->setEnabled(active);
    m_lockAction->setEnabled(active);
    m_signOutAction->setEnabled(state == SessionManager::State::Active ||
                                state == SessionManager::State::Locked);
    switch (state) {
    case SessionManager::State::Authenticating:
        break; // stay on the page that asked
    case SessionManager::State::Active:
        m_signIn->setTakeover(false);
        m_pages->setCurrentWidget(m_workspace);
        m_workspace->focusCurrentArea();
        break;
    case SessionManager::State::Locked:
        dismissDialogs();
        m_lock->reset();
        m_pages->setCurrentWidget(m_lock);
        break;
    case SessionManager::State::SignedOut: {
        dismissDialogs();
        const auto any = m_services.accounts.hasAnyAccount();
        if (any && !*any) {
            m_pages->setCurrentWidget(m_firstRun);
        } else {
            if (m_pages->currentWidget() != m_signIn)
                m_signIn->reset();
            m_signIn->setTakeover(false);
            m_pages->setCurrentWidget(m_signIn);
        }
        break;
    }
    }
    updateStatus();
}

void MainWindow::updateStatus() {
    const auto& s = m_services.session.session();
    if (s && m_services.session.state() != SessionManager::State::SignedOut) {
        m_userLabel->setText(tr("%1 (%2)").arg(s->user.displayName, s->user.rolesDisplay()));
        m_userLabel->setVisible(true);
    } else {
        m_userLabel->clear();
        m_userLabel->setVisible(false);
    }
    m_facilityLabel->setText(m_services.site.facility.name.isEmpty()
                                 ? tr("Poste autonome (hors réseau)")
                                 : m_services.site.facility.name);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("À propos de Sijil"),
        tr("<h3>Sijil %1</h3><p>Poste de travail clinique du dossier patient partagé "
           "national et de la télémédecine.</p><p>Ministère de la Santé et de la "
           "Protection sociale.</p>")
            .arg(core::versionString()));
}

} // namespace sijil::ui
