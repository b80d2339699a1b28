// The synchronisation screens as a person uses them: the conflicts screen shows both versions
// and applies a merge; a role that may not choose sees why; the sync log reads in words; the
// menu follows the session and its roles.
#include "ShellFixture.h"

#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/sync/ConflictResolver.h>
#include <sijil/sync/SyncLogModel.h>

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <sync/ConflictsDialog.h>
#include <sync/SyncLogDialog.h>
#include <sync/SyncMenu.h>

using namespace sijil;

namespace {

const QByteArray kLocal =
    "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1980-02-03\","
    "\"telecom\":[{\"system\":\"phone\",\"value\":\"+212611111111\"}]}";
const QByteArray kServer = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":"
                           "\"1980-03-02\",\"address\":[{\"city\":\"Tinghir\"}],"
                           "\"meta\":{\"versionId\":\"5\"}}";

} // namespace

class SyncScreensTest : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ShellFixture> m_shell;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<sync::ConflictResolver> m_resolver;

    void addConflict(const QString& type, const QString& id, const QByteArray& local,
                     const QByteArray& server) {
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, type, id, id, local,
                                   QStringLiteral("u-0")}})
                    .ok());
        const auto queued = m_outbox->next(100).value();
        QVERIFY(m_outbox->recordConflict(queued.last().seq, server, QStringLiteral("5")).ok());
    }

private slots:
    void init() {
        m_shell = std::make_unique<test::ShellFixture>();
        m_store = std::make_unique<storage::ResourceStore>(*m_shell->database);
        m_outbox = std::make_unique<storage::Outbox>(*m_shell->database);
        m_audit = std::make_unique<storage::AuditTrail>(*m_shell->database, QByteArray(32, 'k'),
                                                        m_shell->dir.filePath(QStringLiteral("h")));
        m_resolver = std::make_unique<sync::ConflictResolver>(*m_store, *m_audit);
    }
    void cleanup() {
        m_resolver.reset();
        m_audit.reset();
        m_outbox.reset();
        m_store.reset();
        m_shell.reset();
    }

    void theConflictsScreenShowsBothVersionsAndMerges() {
        addConflict(QStringLiteral("Patient"), QStringLiteral("p1"), kLocal, kServer);
        m_shell->addUser(QStringLiteral("clerk"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::AdmissionClerk});
        QVERIFY(m_shell->signIn(QStringLiteral("clerk"), QStringLiteral("motdepasse-long-1")));
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictList"));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differences"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(table->rowCount(), 3); // address, birthDate, telecom
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("birthDate"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("1980-02-03"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("1980-03-02"));
        QVERIFY(table->item(2, 1)->text().contains(QStringLiteral("+212611111111")));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("—"));

        dialog.findChild<QCheckBox*>(QStringLiteral("take:address"))->setChecked(true);
        QSignalSpy resolved(&dialog, &ui::ConflictsDialog::conflictResolved);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("merge")), Qt::LeftButton);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(list->count(), 0);
        const auto stored = m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value();
        QVERIFY(stored->json.contains("Tinghir"));
        QVERIFY(stored->json.contains("1980-02-03"));
        QCOMPARE(m_audit->count().value(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .contains(QStringLiteral("Aucun conflit")));
    }

    void aRoleThatMayNotChooseSeesWhy() {
        addConflict(QStringLiteral("Observation"), QStringLiteral("o1"),
                    "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\"}",
                    "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"amended\"}");
        m_shell->addUser(QStringLiteral("clerk"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::AdmissionClerk});
        QVERIFY(m_shell->signIn(QStringLiteral("clerk"), QStringLiteral("motdepasse-long-1")));
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("keepLocal"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("merge"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .contains(QStringLiteral("rôle")));
    }

    void theSyncLogReadsInWords() {
        storage::SyncJournal journal(*m_shell->database);
        storage::SyncRun ok;
        ok.startedAtUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
        ok.finishedAtUtc = ok.startedAtUtc.addMSecs(1500);
        ok.succeeded = true;
        ok.pushed = 12;
        QVERIFY(journal.append(ok).ok());
        storage::SyncRun failed = ok;
        failed.succeeded = false;
        failed.errorCode = QStringLiteral("fhir/network");
        failed.errorDetail = QStringLiteral("Connection refused");
        failed.pending = 3;
        QVERIFY(journal.append(failed).ok());
        sync::SyncLogModel model(journal);
        ui::SyncLogDialog dialog(model);
        dialog.show();
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("syncLog"));
        QCOMPARE(view->model()->rowCount(), 2);
        const QModelIndex reason = model.index(0, sync::SyncLogModel::Reason);
        QVERIFY(reason.data().toString().contains(QStringLiteral("injoignable")));
        QCOMPARE(reason.data(Qt::ToolTipRole).toString(), QStringLiteral("Connection refused"));
        QCOMPARE(model.index(0, sync::SyncLogModel::Pending).data().toInt(), 3);
        QCOMPARE(model.index(1, sync::SyncLogModel::Outcome).data().toString(),
                 QStringLiteral("Réussie"));
        QCOMPARE(model.index(1, sync::SyncLogModel::Duration).data().toString(),
                 QStringLiteral("1,5 s"));
    }

    void theMenuFollowsTheSessionAndItsRoles() {
        storage::SyncJournal journal(*m_shell->database);
        sync::SyncLogModel model(journal);
        ui::SyncMenu menu(nullptr, *m_resolver, model, *m_shell->session);
        QVERIFY(!menu.conflictsAction()->isEnabled()); // nobody signed in
        m_shell->addUser(QStringLiteral("doc"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::Physician});
        m_shell->addUser(QStringLiteral("admin"), QStringLiteral("motdepasse-long-2"),
                         {access::Role::SiteAdministrator});
        QVERIFY(m_shell->signIn(QStringLiteral("doc"), QStringLiteral("motdepasse-long-1")));
        QVERIFY(menu.conflictsAction()->isEnabled());
        QVERIFY(!menu.logAction()->isEnabled());
        QVERIFY(!menu.syncNowAction()->isEnabled()); // no central server on this site
        m_shell->session->signOut();
        QVERIFY(m_shell->signIn(QStringLiteral("admin"), QStringLiteral("motdepasse-long-2")));
        QVERIFY(menu.logAction()->isEnabled());
    }
};

QTEST_MAIN(SyncScreensTest)
#include "tst_SyncScreens.moc"
