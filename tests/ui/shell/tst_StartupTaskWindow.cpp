// The window shown while slow start-up work runs (an older store converted): the work runs off
// the GUI thread, the window answers and shows each step, and it cannot be closed half-way.
#include <QLabel>
#include <QProgressBar>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <shell/StartupTaskWindow.h>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

core::Error stuck(const char* what) {
    return core::Error("test/stuck", core::UserText("test", "stuck"), QString::fromLatin1(what));
}

// Runs `check` on the window's thread, after every step already reported, and waits for it.
// (Shared, so that a call given up after the wait still finds what it uses.)
bool onWindowThread(ui::StartupTaskWindow& window, const std::function<void()>& check) {
    const auto done = std::make_shared<QSemaphore>();
    const auto call = std::make_shared<std::function<void()>>(check);
    QMetaObject::invokeMethod(
        &window,
        [done, call] {
            (*call)();
            done->release();
        },
        Qt::QueuedConnection);
    return done->tryAcquire(1, 10000);
}

} // namespace

class StartupTaskWindowTest : public QObject {
    Q_OBJECT

private slots:
    void theWorkRunsOffTheGuiThreadWhileTheWindowAnswers() {
        ui::StartupTaskWindow window(u"Mise à jour"_s, u"Patientez."_s);
        QSemaphore guiRan;
        // Fires only if the GUI thread runs its events while the work runs.
        QTimer::singleShot(0, &window, [&guiRan] { guiRan.release(); });
        Qt::HANDLE workThread = nullptr;
        bool shownMeanwhile = false;
        const auto status = window.run([&]() -> core::Status {
            workThread = QThread::currentThreadId();
            if (!guiRan.tryAcquire(1, 10000))
                return stuck("the window's thread ran no event during the work");
            if (!onWindowThread(window, [&] { shownMeanwhile = window.isVisible(); }))
                return stuck("no answer from the window");
            return {};
        });
        QVERIFY2(status.ok(), qPrintable(status.error().detail()));
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThreadId());
        QVERIFY(shownMeanwhile);
        QVERIFY(!window.isVisible());
    }

    void eachStepShowsAsItComes() {
        ui::StartupTaskWindow window(u"Mise à jour"_s, u"Patientez."_s);
        auto* step = window.findChild<QLabel*>(u"startupTaskStep"_s);
        auto* bar = window.findChild<QProgressBar*>(u"startupTaskProgress"_s);
        QVERIFY(step && bar);
        QStringList seen;
        const auto status = window.run([&]() -> core::Status {
            window.reportStep(u"Vérification"_s, 0, 0);
            if (!onWindowThread(window, [&] {
                    seen << u"%1 %2/%3"_s.arg(step->text()).arg(bar->value()).arg(bar->maximum());
                }))
                return stuck("no answer from the window");
            window.reportStep(u"Étape 2 sur 3"_s, 2, 3);
            if (!onWindowThread(window, [&] {
                    seen << u"%1 %2/%3"_s.arg(step->text()).arg(bar->value()).arg(bar->maximum());
                }))
                return stuck("no answer from the window");
            return {};
        });
        QVERIFY(status.ok());
        // A bar without an end for the check; one step done of three while the second runs.
        QCOMPARE(seen, QStringList({u"Vérification 0/0"_s, u"Étape 2 sur 3 1/3"_s}));
    }

    void itCannotBeClosedWhileTheWorkRuns() {
        ui::StartupTaskWindow window(u"Mise à jour"_s, u"Patientez."_s);
        bool closed = true;
        bool shownAfterClose = false;
        const auto status = window.run([&]() -> core::Status {
            if (!onWindowThread(window, [&] {
                    closed = window.close();
                    shownAfterClose = window.isVisible();
                }))
                return stuck("no answer from the window");
            return {};
        });
        QVERIFY(status.ok());
        QVERIFY(!closed);
        QVERIFY(shownAfterClose);
        // Once the work is over, closing is allowed again.
        window.show();
        QVERIFY(window.close());
    }

    void aFailedWorkIsReturnedAsItFailed() {
        ui::StartupTaskWindow window(u"Mise à jour"_s, u"Patientez."_s);
        const auto status = window.run([] { return core::Status(stuck("refused")); });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), QByteArray("test/stuck"));
        QCOMPARE(status.error().detail(), u"refused"_s);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(StartupTaskWindowTest)
#include "tst_StartupTaskWindow.moc"
