// The changes the central server refused, as the site administrator sees them: when, which
// records (by IPP and name), the server's reason; one given up after a question, audited, its
// records back as the server has them; a refused registration is not given up, nor anything
// while a sync cycle runs, here or in another program; nobody else may.
#include "ShellFixture.h"
#include "WhenModal.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncLock.h>
#include <sijil/sync/RefusedChanges.h>
#include <sijil/sync/SyncThread.h>

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include <sync/RefusedChangesDialog.h>

using namespace sijil;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray patient(const QString& id, const QString& ipp, const QString& given) {
    registry::PatientRecord r;
    r.id = id;
    r.ipp = ipp;
    r.name = core::PersonName(u"Tazi"_s, given);
    r.sex = core::Sex::Female;
    return QJsonDocument(registry::PatientMapping::toPatient(r, {})).toJson(QJsonDocument::Compact);
}

} // namespace

class RefusedChangesScreenTest : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ShellFixture> m_shell;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<sync::RefusedChanges> m_refused;

    void signIn(access::Role role) {
        m_shell->addUser(u"someone"_s, u"motdepasse-long-1"_s, {role});
        QVERIFY(m_shell->signIn(u"someone"_s, u"motdepasse-long-1"_s));
    }
    // Amina and Amina (a duplicate) held from the server, merged here, the merge refused.
    void refusedMerge() {
        for (const auto& [id, ipp] :
             {std::pair(u"p1"_s, u"0000010007"_s), std::pair(u"p2"_s, u"0000010015"_s)}) {
            storage::StoredResource r;
            r.type = u"Patient"_s;
            r.id = r.patientId = id;
            r.versionId = u"3"_s;
            r.json = patient(id, ipp, u"Amina"_s);
            QVERIFY(m_store->applyFromServer({r}).ok());
        }
        using Op = storage::LocalChange::Operation;
        QVERIFY(m_store
                    ->writeLocal({{Op::Update, u"Patient"_s, u"p2"_s, u"p2"_s,
                                   patient(u"p2"_s, u"0000010015"_s, u"Aminaa"_s), u"admin"_s},
                                  {Op::Update, u"Patient"_s, u"p1"_s, u"p1"_s,
                                   patient(u"p1"_s, u"0000010007"_s, u"Amina"_s), u"admin"_s}},
                                 storage::ResourceStore::Sending::Together)
                    .ok());
        const QList<storage::OutboxEntry> queued = m_outbox->next(10).value();
        for (const storage::OutboxEntry& e : queued)
            QVERIFY(m_outbox->recordRefusal(e.seq, u"HTTP 422: Patient.link refusé"_s).ok());
    }
    static QPushButton* giveUp(const ui::RefusedChangesDialog& d) {
        return d.findChild<QPushButton*>(u"giveUp"_s);
    }
    static QTableWidget* table(const ui::RefusedChangesDialog& d) {
        return d.findChild<QTableWidget*>(u"refusedChanges"_s);
    }
    static QString message(const ui::RefusedChangesDialog& d) {
        return d.findChild<QLabel*>(u"fieldMessage"_s)->text();
    }
    static void answer(QMessageBox::StandardButton button, QString* asked) {
        test::whenModal<QMessageBox>([button, asked](QMessageBox* box) {
            *asked = box->text();
            box->button(button)->click();
        });
    }
    // The administrator gives up the current change (Alt+A) and confirms.
    static void giveUpConfirmed(ui::RefusedChangesDialog& dialog) {
        dialog.activateWindow(); // what the window manager does once a question is gone
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QString asked;
        answer(QMessageBox::Yes, &asked);
        QTest::keyClick(table(dialog), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(!asked.isEmpty());
    }

private slots:
    void init() {
        m_shell = std::make_unique<test::ShellFixture>();
        m_store = std::make_unique<storage::ResourceStore>(*m_shell->database);
        m_outbox = std::make_unique<storage::Outbox>(*m_shell->database);
        m_audit = std::make_unique<storage::AuditTrail>(*m_shell->database, QByteArray(32, 'k'),
                                                        m_shell->dir.filePath(u"h"_s));
        m_refused =
            std::make_unique<sync::RefusedChanges>(*m_store, *m_audit, m_shell->database->path());
    }
    void cleanup() {
        m_refused.reset();
        m_audit.reset();
        m_outbox.reset();
        m_store.reset();
        m_shell.reset();
    }

    void aRefusedMergeIsGivenUpAfterAQuestion() {
        signIn(access::Role::SiteAdministrator);
        refusedMerge();
        ui::RefusedChangesDialog dialog(*m_refused, *m_shell->session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(table(dialog)->rowCount(), 1);
        const QString records = table(dialog)->item(0, 1)->text();
        QCOMPARE(records, u"IPP 0000010015 — TAZI Aminaa\nIPP 0000010007 — TAZI Amina"_s);
        QCOMPARE(table(dialog)->item(0, 2)->text(), u"HTTP 422: Patient.link refusé"_s);
        QVERIFY(giveUp(dialog)->isEnabled());
        QVERIFY(!giveUp(dialog)->autoDefault());

        // Asked, and the administrator goes back: nothing is given up, nothing audited.
        const qint64 audited = m_audit->count().value();
        QString asked;
        answer(QMessageBox::No, &asked);
        QTest::keyClick(table(dialog), Qt::Key_A, Qt::AltModifier);
        // A button's key clicks it a moment later, as a click shown.
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(u"IPP 0000010007 — TAZI Amina"_s), qPrintable(asked));
        QCOMPARE(table(dialog)->rowCount(), 1);
        QCOMPARE(m_audit->count().value(), audited);
        QCOMPARE(m_outbox->pendingCount().value(), 2);

        // Confirmed: given up, audited, each record back as the server has it.
        QSignalSpy given(&dialog, &ui::RefusedChangesDialog::changeGivenUp);
        dialog.activateWindow(); // what the window manager does once the question is gone
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        asked.clear();
        answer(QMessageBox::Yes, &asked);
        QTest::keyClick(table(dialog), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(given.size(), 1);
        QCOMPARE(table(dialog)->rowCount(), 0);
        QCOMPARE(message(dialog),
                 u"Changement abandonné : 2 dossiers remis comme le serveur central les a ; ils "
                 u"seront relus à la prochaine synchronisation."_s);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"p2"_s).value()->json,
                 patient(u"p2"_s, u"0000010015"_s, u"Amina"_s));
        // In each patient's trail.
        QCOMPARE(m_audit->count().value(), audited + 2);
        const auto entries = m_audit->entries(audited, 2).value();
        QStringList patients;
        for (const storage::AuditEntry& entry : entries) {
            QCOMPARE(entry.subtype, u"refused-change-given-up"_s);
            QCOMPARE(entry.detail, u"resources:Patient/p2,Patient/p1"_s);
            patients << entry.patientId;
        }
        QCOMPARE(patients, (QStringList{u"p2"_s, u"p1"_s}));
        QVERIFY(!giveUp(dialog)->isEnabled());
    }

    // A registration refused is corrected at the desk, not given up: the record would leave
    // this workstation. Said where the administrator acted; nothing changes, and the failed
    // attempt is audited.
    void aRefusedRegistrationIsNotGivenUp() {
        signIn(access::Role::SiteAdministrator);
        using Op = storage::LocalChange::Operation;
        QVERIFY(m_store
                    ->writeLocal({{Op::Create, u"Patient"_s, u"n1"_s, u"n1"_s,
                                   patient(u"n1"_s, u"0000010023"_s, u"Salma"_s), u"clerk"_s}})
                    .ok());
        QVERIFY(m_outbox->recordRefusal(m_outbox->next(1).value().first().seq, u"HTTP 400"_s).ok());
        ui::RefusedChangesDialog dialog(*m_refused, *m_shell->session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(table(dialog)->rowCount(), 1);
        QString asked;
        answer(QMessageBox::Yes, &asked);
        QTest::keyClick(table(dialog), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(message(dialog).startsWith(u"Ce changement, ou un changement fait depuis sur "
                                            u"les mêmes dossiers, crée un dossier"_s),
                 qPrintable(message(dialog)));
        QCOMPARE(table(dialog)->rowCount(), 1);
        QVERIFY(m_store->get(u"Patient"_s, u"n1"_s).value());
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        const auto trail = m_audit->entries(0, 100).value();
        QCOMPARE(trail.last().subtype, u"refused-change-given-up"_s);
        QVERIFY(trail.last().detail.endsWith(u" failed"_s));
    }

    // A cycle may be sending the change again: nothing is given up while one runs, nor when one
    // began while the question was asked.
    void nothingIsGivenUpWhileACycleRuns() {
        signIn(access::Role::SiteAdministrator);
        refusedMerge();
        core::ConnectionStatus status;
        status.setServerConfigured(true);
        status.setState(core::ConnectionStatus::State::Syncing);
        ui::RefusedChangesDialog dialog(*m_refused, *m_shell->session, &status);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!giveUp(dialog)->isEnabled());
        QVERIFY(giveUp(dialog)->toolTip().startsWith(u"Une synchronisation est en cours"_s));
        status.setState(core::ConnectionStatus::State::Online);
        QVERIFY(giveUp(dialog)->isEnabled());

        QString asked;
        test::whenModal<QMessageBox>([&status, &asked](QMessageBox* box) {
            asked = box->text();
            status.setState(core::ConnectionStatus::State::Syncing); // a cycle begins meanwhile
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(table(dialog), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QTRY_VERIFY(message(dialog).startsWith(u"Une synchronisation est en cours"_s));
        QCOMPARE(m_outbox->pendingCount().value(), 2);
        QCOMPARE(table(dialog)->rowCount(), 1);
    }

    // Without a sync of this program's own, `sijilctl sync` (or a second Sijil) holding the
    // store's sync lock may be sending the change: refused, said, nothing written.
    void nothingIsGivenUpWhileAnotherProgramSyncs() {
        signIn(access::Role::SiteAdministrator);
        refusedMerge();
        storage::SyncLock ctl(m_shell->database->path());
        QVERIFY(ctl.tryLock().ok());
        ui::RefusedChangesDialog dialog(*m_refused, *m_shell->session);
        dialog.show();
        QSignalSpy given(&dialog, &ui::RefusedChangesDialog::changeGivenUp);
        giveUpConfirmed(dialog);
        QTRY_VERIFY2(message(dialog).startsWith(u"Une synchronisation de ce poste est en cours "
                                                u"dans un autre programme"_s),
                     qPrintable(message(dialog)));
        QCOMPARE(given.size(), 0);
        QCOMPARE(table(dialog)->rowCount(), 1);
        QCOMPARE(m_outbox->pendingCount().value(), 2);
        QCOMPARE(m_store->get(u"Patient"_s, u"p2"_s).value()->json,
                 patient(u"p2"_s, u"0000010015"_s, u"Aminaa"_s));
        const auto trail = m_audit->entries(0, 100).value();
        QCOMPARE(trail.last().subtype, u"refused-change-given-up"_s);
        QVERIFY(trail.last().detail.endsWith(u" failed"_s));

        // Once it has finished, the give-up goes through.
        ctl.unlock();
        giveUpConfirmed(dialog);
        QTRY_COMPARE(given.size(), 1);
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    // With the program's sync, the give-up is asked of its worker and answered later, between
    // its cycles: the screen waits for the answer, then shows it as it does a give-up made here.
    void aGiveUpIsMadeByTheSyncBetweenItsCycles() {
        signIn(access::Role::SiteAdministrator);
        refusedMerge();
        core::ConnectionStatus status;
        sync::SyncThread::Config config;
        config.databasePath = m_shell->database->path();
        config.client.baseUrl = QUrl(u"http://127.0.0.1:1/fhir"_s); // nobody: cycles end offline
        config.client.timeout = 2000ms;
        config.client.retry = fhir::RetryPolicy({1, 10ms, 50ms});
        config.options.period = 1h;
        config.options.firstRetry = 1h;
        sync::SyncThread syncing(std::move(config), status);
        m_refused->setSyncThread(&syncing);
        syncing.start();
        {
            ui::RefusedChangesDialog dialog(*m_refused, *m_shell->session);
            dialog.show();
            QSignalSpy given(&dialog, &ui::RefusedChangesDialog::changeGivenUp);
            giveUpConfirmed(dialog);
            QTRY_COMPARE_WITH_TIMEOUT(given.size(), 1, 20'000);
            QCOMPARE(message(dialog),
                     u"Changement abandonné : 2 dossiers remis comme le serveur central les a ; "
                     u"ils seront relus à la prochaine synchronisation."_s);
            QCOMPARE(table(dialog)->rowCount(), 0);
            QCOMPARE(m_outbox->pendingCount().value(), 0);
            QCOMPARE(m_store->get(u"Patient"_s, u"p2"_s).value()->json,
                     patient(u"p2"_s, u"0000010015"_s, u"Amina"_s));
        }
        m_refused->setSyncThread(nullptr);
    }

    void onlyTheSiteAdministratorMayGiveUp() {
        signIn(access::Role::Physician);
        refusedMerge();
        ui::RefusedChangesDialog dialog(*m_refused, *m_shell->session);
        QCOMPARE(table(dialog)->rowCount(), 1);
        QVERIFY(!giveUp(dialog)->isEnabled());
        storage::RefusedChange change = m_refused->list().value().first();
        const auto refused = m_refused->giveUp(change, *m_shell->session->session()).result();
        QCOMPARE(refused.error().code(), QByteArray("sync/not-allowed"));
        QCOMPARE(m_outbox->pendingCount().value(), 2);
    }
};

QTEST_MAIN(RefusedChangesScreenTest)
#include "tst_RefusedChangesScreen.moc"
