#pragma once

#include "ShellServices.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace sijil::ui {

class FirstRunPage;
class LockPage;
class SignInPage;
class Workspace;

// The one main window. Which page it shows follows the session: first run (no account yet),
// sign-in, the workspace, or the lock screen that hides the workspace. Quitting, closing it and
// signing out ask first about a page's unsaved work (PendingWork); locking never does.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ShellServices services, QWidget* parent = nullptr);

    [[nodiscard]] Workspace* workspace() const { return m_workspace; }
    [[nodiscard]] QWidget* currentPage() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Before the user's own quit, close or sign-out: the workspace's unsaved work is asked about.
    [[nodiscard]] bool confirmLeaving();
    void createMenus();
    void retranslate();
    void followSession();
    void dismissDialogs();
    void updateStatus();
    void showAbout();

    ShellServices m_services;
    QStackedWidget* m_pages = nullptr;
    FirstRunPage* m_firstRun = nullptr;
    SignInPage* m_signIn = nullptr;
    LockPage* m_lock = nullptr;
    Workspace* m_workspace = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_facilityLabel = nullptr;

    QMenu* m_sessionMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_lightTheme = nullptr;
    QAction* m_highContrastTheme = nullptr;
    QList<QAction*> m_areaActions;
    bool m_quitting = false; // asked already, by the Quit action
};

} // namespace sijil::ui
