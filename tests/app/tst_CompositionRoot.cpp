// The composition root's wiring, in process: the services it builds reach each other as the
// running program needs. The screens' own behaviour is tested with the screens.
#include <sijil/access/AccountService.h>
#include <sijil/access/SessionManager.h>
#include <sijil/core/Clock.h>
#include <sijil/core/Paths.h>
#include <sijil/core/SiteConfig.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/UserRepository.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <CompositionRoot.h>
#include <DicomForge.h>
#include <ViewerTesting.h>
#include <shell/MainWindow.h>
#include <shell/Workspace.h>
#include <viewer/ImageView.h>
#include <viewer/ViewerPage.h>

using namespace sijil;
using namespace Qt::StringLiterals;

class CompositionRootTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString dataDir() const { return m_tmp.filePath(u"data"_s); }
    // A site file of the test's own: without one, the program would take the machine's
    // (SIJIL_SITE_CONFIG, /etc/sijil/site.json) and talk to that site's server.
    QString siteFile() const { return m_tmp.filePath(u"site.json"_s); }

private slots:
    // An account in the store before the program starts, as `sijilctl users add` makes it.
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        const core::Paths paths(dataDir());
        QVERIFY(paths.ensureDataDir());
        QFile site(siteFile());
        QVERIFY(site.open(QIODevice::WriteOnly));
        site.write(R"({ "facility": { "id": "CHP-TEST", "name": "Centre de test" } })");
        site.close();
        auto db = storage::Database::open(paths.databasePath());
        QVERIFY(db.ok());
        const auto users = storage::createUserRepository(**db);
        core::SystemClock clock;
        access::AccountService accounts(*users, clock);
        auto created = accounts.create({u"nadia"_s,
                                        u"Nadia Alaoui"_s,
                                        {access::Role::Radiologist},
                                        u"CHP-TEST"_s,
                                        u"Mot-de-passe-2026!"_s});
        QTRY_VERIFY_WITH_TIMEOUT(created.isFinished(), 20000); // finished on this thread
        const auto account = created.result();
        QVERIFY2(account.ok(), account.ok() ? "" : account.error().code().constData());
    }

    void aSessionThatEndsLeavesNoImageForTheNextUser() {
        app::CompositionRoot root;
        QCOMPARE(root.start({dataDir(), siteFile(), u"fr"_s}), 0);
        QVERIFY(root.window());
        root.session()->signIn(u"nadia"_s, u"Mot-de-passe-2026!"_s);
        QTRY_VERIFY_WITH_TIMEOUT(root.session()->state() == access::SessionManager::State::Active,
                                 10000);
        auto* viewer = root.window()->findChild<ui::ViewerPage*>();
        QVERIFY(viewer);
        root.window()->workspace()->showArea(u"imaging"_s);
        QVERIFY(testing::openInViewer(*viewer, testing::pydicomSample("CT_small.dcm")));
        QVERIFY(!viewer->view()->image().isNull());

        // A lock keeps the session, images included, for the one who comes back.
        root.session()->lock();
        QCOMPARE(root.session()->state(), access::SessionManager::State::Locked);
        QVERIFY(!viewer->view()->image().isNull());
        root.session()->unlock(u"Mot-de-passe-2026!"_s);
        QTRY_VERIFY_WITH_TIMEOUT(root.session()->state() == access::SessionManager::State::Active,
                                 10000);
        QVERIFY(!viewer->view()->image().isNull());

        root.session()->signOut();
        QCOMPARE(root.session()->state(), access::SessionManager::State::SignedOut);
        QVERIFY(viewer->view()->image().isNull());
    }
};

QTEST_MAIN(CompositionRootTest)
#include "tst_CompositionRoot.moc"
