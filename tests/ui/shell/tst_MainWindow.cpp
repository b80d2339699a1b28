// The shell's session flows as a person meets them: first run, sign-in with its errors and
// throttling, idle lock and unlock, another user taking over a locked desk, keyboard navigation,
// unsaved work asked about before the user quits or signs out (never before a lock).
#include "ShellFixture.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

#include <shell/FieldMessage.h>
#include <shell/IdleMonitor.h>
#include <shell/PendingWork.h>
#include <shell/Workspace.h>

using namespace sijil;
using State = access::SessionManager::State;

namespace {

// An area page holding unsaved work, answering as the user would.
class WorkPage : public QWidget, public ui::PendingWork {
public:
    bool pending = true;
    bool answer = false;
    int asked = 0;
    bool shownWhenAsked = false;
    bool hasPendingWork() const override { return pending; }
    bool confirmLeaving() override {
        ++asked;
        shownWhenAsked = isVisible();
        if (answer)
            pending = false;
        return answer;
    }
};

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    template <typename T>
    static T* find(QWidget& root, const char* name) {
        T* w = root.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("widget %s not found", name);
        return w;
    }

    static void type(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static QString visibleMessage(QWidget& page) {
        QStringList shown;
        for (auto* m : page.findChildren<ui::FieldMessage*>()) {
            if (m->isVisible())
                shown << m->text();
        }
        return shown.join(u'|');
    }

private slots:
    void firstRunCreatesTheAdministratorAndSignsIn() {
        test::ShellFixture f;
        auto& w = f.window();
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("firstRunPage"));

        auto* page = w.currentPage();
        type(find<QLineEdit>(*page, "adminDisplayName"), QStringLiteral("Nadia Benali"));
        type(find<QLineEdit>(*page, "adminUsername"), QStringLiteral("nbenali"));
        type(find<QLineEdit>(*page, "adminPassword"), QStringLiteral("correct horse battery"));
        type(find<QLineEdit>(*page, "adminConfirm"), QStringLiteral("correct horse batterx"));
        QTest::keyClick(find<QLineEdit>(*page, "adminConfirm"), Qt::Key_Return);
        // Mismatch: told beside the confirmation field, nothing typed is lost.
        QTRY_VERIFY(visibleMessage(*page).contains(QStringLiteral("diffèrent")));
        QCOMPARE(find<QLineEdit>(*page, "adminDisplayName")->text(),
                 QStringLiteral("Nadia Benali"));
        QCOMPARE(f.accounts->hasAnyAccount().value(), false);

        type(find<QLineEdit>(*page, "adminConfirm"), QStringLiteral("correct horse battery"));
        QTest::mouseClick(find<QPushButton>(*page, "createAdminButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 15000);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("workspace"));
        QVERIFY(f.session->session()->user.hasRole(access::Role::SiteAdministrator));
        QCOMPARE(f.session->session()->facilityId, QStringLiteral("CHP-TEST"));
        QVERIFY(find<QLabel>(w, "statusUser")->text().contains(QStringLiteral("Nadia Benali")));
        QCOMPARE(find<QLabel>(w, "statusFacility")->text(),
                 QStringLiteral("Hôpital provincial de test"));
    }

    void firstRunRefusesAWeakPasswordBesideTheField() {
        test::ShellFixture f;
        auto& w = f.window();
        auto* page = w.currentPage();
        type(find<QLineEdit>(*page, "adminDisplayName"), QStringLiteral("Nadia Benali"));
        type(find<QLineEdit>(*page, "adminUsername"), QStringLiteral("nbenali"));
        type(find<QLineEdit>(*page, "adminPassword"), QStringLiteral("short"));
        type(find<QLineEdit>(*page, "adminConfirm"), QStringLiteral("short"));
        QTest::mouseClick(find<QPushButton>(*page, "createAdminButton"), Qt::LeftButton);
        QVERIFY(visibleMessage(*page).contains(QStringLiteral("au moins 10 caractères")));
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("firstRunPage"));
        QCOMPARE(f.accounts->hasAnyAccount().value(), false);
    }

    void signInErrorsAreShownAndWhatWasTypedIsKept() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("signInPage"));
        auto* page = w.currentPage();
        auto* username = find<QLineEdit>(*page, "username");
        auto* password = find<QLineEdit>(*page, "password");

        // Empty password: the message sits under the password field.
        type(username, QStringLiteral("ahmed"));
        password->clear();
        QTest::mouseClick(find<QPushButton>(*page, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleMessage(*page).contains(QStringLiteral("Saisissez votre mot de passe")));

        // Wrong password: generic message, username kept, password kept but selected.
        type(password, QStringLiteral("mauvais-mot"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleMessage(*page).contains(QStringLiteral("Identifiant ou mot de passe incorrect")),
            10000);
        QCOMPARE(username->text(), QStringLiteral("ahmed"));
        QCOMPARE(password->text(), QStringLiteral("mauvais-mot"));
        QCOMPARE(password->selectedText(), QStringLiteral("mauvais-mot"));
        QCOMPARE(f.session->state(), State::SignedOut);

        // Unknown user: the very same message, so usernames cannot be probed.
        type(username, QStringLiteral("inconnu"));
        type(password, QStringLiteral("nimporte-quoi"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleMessage(*page).contains(QStringLiteral("Identifiant ou mot de passe incorrect")),
            10000);

        type(username, QStringLiteral("ahmed"));
        type(password, QStringLiteral("tres-secret-42"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 10000);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("workspace"));
        QCOMPARE(f.preferences->lastUsername(), QStringLiteral("ahmed"));
    }

    void repeatedFailuresDisableTheButtonUntilTheDelayHasPassed() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        auto* page = w.currentPage();
        auto* button = find<QPushButton>(*page, "signInButton");
        type(find<QLineEdit>(*page, "username"), QStringLiteral("ahmed"));
        for (int i = 0; i < 3; ++i) {
            type(find<QLineEdit>(*page, "password"), QStringLiteral("mauvais-%1").arg(i));
            QTRY_VERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::SignedOut, 10000);
            QTRY_VERIFY(!visibleMessage(*page).isEmpty());
        }
        // Third failure: a 5 s delay, shown on the disabled button.
        QTRY_VERIFY(!button->isEnabled());
        QVERIFY2(button->text().contains(QStringLiteral("Réessayez dans 5")),
                 qPrintable(button->text()));
        f.clock.advanceMs(5'001);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 3000);
        QCOMPARE(button->text(), QStringLiteral("Se connecter"));
    }

    void idleSessionLocksHidesTheWorkspaceAndUnlocksForItsUser() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        f.patient->open(test::samplePatient());
        f.session->setIdleTimeout(std::chrono::milliseconds(300));

        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Locked, 3000);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("lockPage"));
        QVERIFY(!w.workspace()->isVisible());
        // No second automatic lock while the rest of the test runs on a loaded machine.
        f.session->setIdleTimeout(std::chrono::milliseconds(0));
        // Locking keeps the work: the patient stays open for the same user.
        QVERIFY(f.patient->hasPatient());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("goTo-record"))->isEnabled());

        auto* page = w.currentPage();
        auto* password = find<QLineEdit>(*page, "unlockPassword");
        type(password, QStringLiteral("pas-le-bon"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleMessage(*page).contains(QStringLiteral("Identifiant ou mot de passe incorrect")),
            10000);
        QCOMPARE(f.session->state(), State::Locked);

        type(password, QStringLiteral("tres-secret-42"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 10000);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("workspace"));
        QVERIFY(f.patient->hasPatient());
    }

    void userInputPostponesTheIdleLock() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        ui::IdleMonitor monitor(*f.session);
        f.session->setIdleTimeout(std::chrono::milliseconds(1000));
        // Real key presses, seen by the application-wide filter, keep the session open.
        auto* nav = w.workspace()->navigation();
        for (int i = 0; i < 16; ++i) {
            QTest::qWait(100);
            QTest::keyClick(nav, i % 2 ? Qt::Key_Down : Qt::Key_Up);
            QCOMPARE(f.session->state(), State::Active);
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Locked, 3000);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("lockPage"));
    }

    // A dialog left open when the workstation locks (idle, Ctrl+L) or the session ends would show
    // a patient over the lock page: every one is dismissed, as if cancelled, nested ones too.
    void lockingOrSigningOutDismissesEveryDialog() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QDialog comparison(&w);
        auto* question =
            new QMessageBox(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                            QMessageBox::Yes | QMessageBox::No, &comparison);
        QTimer::singleShot(0, &comparison, [&] {
            question->open(); // a question asked from within the dialog
            QTimer::singleShot(0, &comparison, [&] { f.session->lock(); });
        });
        // Should the lock leave it open, it ends otherwise, for the test to fail, not hang.
        QTimer::singleShot(5000, &comparison, [&] {
            question->done(0);
            comparison.done(42);
        });
        QCOMPARE(comparison.exec(), int(QDialog::Rejected)); // its loop ends, as if cancelled
        QVERIFY(!question->isVisible());
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("lockPage"));

        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"))); // unlocks
        QDialog preview(&w);
        preview.show();
        w.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(!preview.isVisible());
        QCOMPARE(preview.result(), int(QDialog::Rejected));
    }

    void anotherUserTakingOverEndsTheLockedSession() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        f.addUser(QStringLiteral("salma"), QStringLiteral("autre-secret-7"), {access::Role::Nurse},
                  QStringLiteral("Salma Idrissi"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        f.patient->open(test::samplePatient());
        f.session->lock();
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("lockPage"));

        QTest::mouseClick(find<QPushButton>(w, "switchUserButton"), Qt::LeftButton);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("signInPage"));
        QVERIFY(find<QLabel>(w, "takeoverNote")->isVisible());
        QSignalSpy ended(f.session.get(), &access::SessionManager::sessionEnded);
        auto* page = w.currentPage();
        type(find<QLineEdit>(*page, "username"), QStringLiteral("salma"));
        type(find<QLineEdit>(*page, "password"), QStringLiteral("autre-secret-7"));
        QTest::keyClick(find<QLineEdit>(*page, "password"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 10000);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(f.session->session()->user.username, QStringLiteral("salma"));
        // Nothing of Ahmed's session is left on screen.
        QVERIFY(!f.patient->hasPatient());
        QVERIFY(find<QLabel>(w, "statusUser")->text().contains(QStringLiteral("Salma Idrissi")));
    }

    void signOutReturnsToSignInAndClearsThePatient() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        f.patient->open(test::samplePatient());
        w.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QCOMPARE(f.session->state(), State::SignedOut);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("signInPage"));
        QVERIFY(!f.patient->hasPatient());
        QVERIFY(!find<QLabel>(w, "statusUser")->isVisible());
        QCOMPARE(find<QLineEdit>(w, "password")->text(), QString());
    }

    void unsavedWorkIsAskedAboutBeforeTheUserLeavesButNotBeforeALock() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        auto* page = new WorkPage;
        w.workspace()->setAreaWidget(QStringLiteral("admission"), page);
        w.workspace()->showArea(QStringLiteral("record"));
        auto* quit = w.findChild<QAction*>(QStringLiteral("quitAction"));
        auto* signOut = w.findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(quit);

        // Kept: the user said no to Quit, to closing the window and to signing out.
        quit->trigger();
        QCOMPARE(page->asked, 1);
        QVERIFY(page->shownWhenAsked); // its area brought up to ask
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QCOMPARE(page->asked, 2);
        signOut->trigger();
        QCOMPARE(page->asked, 3);
        QCOMPARE(f.session->state(), State::Active);

        // A lock, the user's or the idle timer's, never waits for an answer.
        w.findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QCOMPARE(f.session->state(), State::Locked);
        QCOMPARE(page->asked, 3);
        QVERIFY(page->pending);
        f.session->unlock(QStringLiteral("tres-secret-42"));
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 10000);
        f.session->setIdleTimeout(std::chrono::milliseconds(200));
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Locked, 3000);
        f.session->setIdleTimeout(std::chrono::milliseconds(0));
        QCOMPARE(page->asked, 3);
        f.session->unlock(QStringLiteral("tres-secret-42"));
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 10000);

        // Dropped when the user says yes; nothing asked when nothing is pending.
        page->answer = true;
        signOut->trigger();
        QCOMPARE(page->asked, 4);
        QCOMPARE(f.session->state(), State::SignedOut);
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QVERIFY(w.close());
        QCOMPARE(page->asked, 4);
    }

    void keyboardShortcutsReachEveryAreaAndLockTheDesk() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        const auto& areas = ui::Workspace::areas();
        for (int i = areas.size() - 1; i >= 0; --i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.workspace()->currentArea(), areas[i].id);
        }
        // Arrow keys move through the navigation list once it has focus.
        w.workspace()->navigation()->setFocus();
        QTest::keyClick(w.workspace()->navigation(), Qt::Key_Down);
        QCOMPARE(w.workspace()->currentArea(), areas[1].id);

        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(f.session->state(), State::Locked);
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("lockPage"));
    }

    // The keyboard lands where the user works: an area's first field after signing in or
    // switching to it, the field the user was on when coming back to it or after unlocking.
    void theKeyboardGoesToTheAreaAndBackToWhereTheUserWas() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        auto* page = new QWidget;
        auto* first = new QLineEdit(page);
        auto* second = new QLineEdit(page);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(first);
        layout->addWidget(second);
        page->setFocusProxy(first);
        w.workspace()->setAreaWidget(QStringLiteral("admission"), page);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QCOMPARE(w.workspace()->currentArea(), QStringLiteral("admission"));
        QTRY_COMPARE(QApplication::focusWidget(), first);

        second->setFocus();
        QTest::keyClicks(second, QStringLiteral("Alaoui"));
        // An area without fields of its own: the navigation, for the arrow keys.
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w.workspace()->navigation());
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), second);

        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(f.session->state(), State::Locked);
        auto* password = find<QLineEdit>(*w.currentPage(), "unlockPassword");
        type(password, QStringLiteral("tres-secret-42"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(f.session->state(), State::Active, 10000);
        QTRY_COMPARE(QApplication::focusWidget(), second);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" Idrissi"));
        QCOMPARE(second->text(), QStringLiteral("Alaoui Idrissi"));

        // A field hidden meanwhile is not given the keyboard: the area starts again.
        second->hide();
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), first);

        // Signed out in an area without fields: the next sign-in still starts at the first area's
        // field (the session starts in that area after the workspace was shown).
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        f.session->signOut();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QCOMPARE(w.workspace()->currentArea(), QStringLiteral("admission"));
        QTRY_COMPARE(QApplication::focusWidget(), first);
    }

    void statusBarFollowsTheConnection() {
        test::ShellFixture f;
        auto& w = f.window();
        auto* indicator = find<QLabel>(w, "connectionIndicator");
        QVERIFY(indicator->text().contains(QStringLiteral("Hors ligne")));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Aucun serveur central")));
        // A server named in the site file whose certificates cannot be used: said, not "none".
        f.connection->setProblem(core::Error(
            "fhir/config", core::UserText("t", "Les certificats sont mal configurés.")));
        QCOMPARE(indicator->text(), QStringLiteral("● Hors ligne · serveur central mal configuré"));
        QVERIFY(indicator->toolTip().startsWith(
            QStringLiteral("Les certificats sont mal configurés.\n")));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("sijilctl config show")));
        // Configured, but the secure connection refused: that, not "injoignable".
        f.connection->setServerConfigured(true);
        f.connection->setProblem(
            core::Error("fhir/tls-refused",
                        core::UserText("t", "Le serveur central n'a pas accepté ce poste.")));
        QCOMPARE(indicator->text(), QStringLiteral("● Hors ligne · connexion sécurisée refusée"));
        QVERIFY(indicator->toolTip().startsWith(
            QStringLiteral("Le serveur central n'a pas accepté ce poste.\n")));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("sijilctl config show")));
        QVERIFY(!indicator->toolTip().contains(QStringLiteral("injoignable")));
        // Closed at the handshake: a server down behind a load balancer looks the same, so
        // "refused" is not claimed, and waiting may help.
        f.connection->setProblem(core::Error(
            "fhir/tls-closed", core::UserText("t", "Le serveur central a fermé la connexion.")));
        QCOMPARE(indicator->text(),
                 QStringLiteral("● Hors ligne · connexion interrompue par le serveur"));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Sijil réessaie de lui-même")));
        // The sync thread could not open this workstation's store: neither the link nor the
        // server's configuration is the cause.
        f.connection->setProblem(core::Error(
            "storage/open-failed", core::UserText("t", "Impossible d'ouvrir la base locale.")));
        QCOMPARE(indicator->text(), QStringLiteral("● Hors ligne · synchronisation arrêtée"));
        QVERIFY(indicator->toolTip().startsWith(
            QStringLiteral("Impossible d'ouvrir la base locale.\n")));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("sijilctl store check")));
        QVERIFY(!indicator->toolTip().contains(QStringLiteral("injoignable")));
        // Another program (sijilctl sync) holds this store's sync: a wait, not a failure.
        f.connection->setState(core::ConnectionStatus::State::Syncing);
        f.connection->setProblem(core::Error(
            "sync/busy", core::UserText("t", "Une autre synchronisation est en cours.")));
        QVERIFY2(
            indicator->text().endsWith(QStringLiteral(" · en attente d'une autre synchronisation")),
            qPrintable(indicator->text()));
        QCOMPARE(indicator->toolTip(), QStringLiteral("Une autre synchronisation est en cours."));
        f.connection->setState(core::ConnectionStatus::State::Offline);
        f.connection->setServerConfigured(false);
        f.connection->setProblem(std::nullopt);
        f.connection->setPendingCount(3);
        QVERIFY(indicator->text().contains(QStringLiteral("3 modification")));
        f.connection->setServerConfigured(true);
        f.connection->setState(core::ConnectionStatus::State::Syncing);
        QVERIFY(indicator->text().contains(QStringLiteral("Synchronisation")));
        QCOMPARE(indicator->property("state").toString(), QStringLiteral("syncing"));
        f.connection->setState(core::ConnectionStatus::State::Online);
        f.connection->setPendingCount(0);
        QCOMPARE(indicator->text(), QStringLiteral("● En ligne"));
        // The server refused a change: said on the bar, the server's reason in the tooltip.
        f.connection->setProblem(core::Error(
            "fhir/unprocessable", core::UserText("t", "Le serveur central a refusé les données.")));
        QCOMPARE(indicator->text(), QStringLiteral("● En ligne · synchronisation incomplète"));
        QVERIFY(indicator->toolTip().startsWith(
            QStringLiteral("Le serveur central a refusé les données.\n")));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("journal de synchronisation")));
        f.connection->setProblem(std::nullopt);
        QCOMPARE(indicator->text(), QStringLiteral("● En ligne"));
        // The link goes: how long the centre has worked alone is on the indicator.
        const QDateTime last = QDateTime::currentDateTimeUtc().addDays(-2);
        f.connection->setLastSuccessUtc(last);
        f.connection->setState(core::ConnectionStatus::State::Offline);
        QVERIFY2(indicator->toolTip().contains(
                     QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(indicator->toolTip()));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("injoignable")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_MainWindow.moc"
