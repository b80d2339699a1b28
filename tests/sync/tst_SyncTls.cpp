// A central server that does not accept this workstation at the secure connection (OpenSSL's own
// server, asking for a client certificate the workstation lacks): the cycle fails, the status is
// offline with the reason kept for the status bar, and it is retried. Once the failure is only
// the link, the reason goes.
#include "AwaitFuture.h"
#include "TestTls.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncService.h>

#include <QSignalSpy>
#include <QtTest>

using namespace sijil;
using namespace std::chrono_literals;

class SyncTlsTest : public QObject {
    Q_OBJECT

private slots:
    void aWorkstationTheServerRefusesIsOfflineAndSaysWhy() {
        QTemporaryDir dir;
        QVERIFY(
            test::makeCertificate(dir, QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1")));
        QVERIFY(test::makeCertificate(dir, QStringLiteral("desk"), QStringLiteral("/CN=desk-1")));
        auto server = std::make_unique<test::OpenSslServer>(
            dir.filePath(QStringLiteral("server.crt")), dir.filePath(QStringLiteral("server.key")),
            dir.filePath(QStringLiteral("desk.crt")), QStringLiteral("-tls1_3"));
        QVERIFY(server->port() > 0);

        auto db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        storage::ResourceStore store(*db);
        storage::Outbox outbox(*db);
        fhir::FhirClient::Config config;
        config.baseUrl = server->baseUrl();
        config.caCertificatesFile = dir.filePath(QStringLiteral("server.crt"));
        config.timeout = 5000ms;
        config.retry = fhir::RetryPolicy({1, 10ms, 10ms});
        fhir::FhirClient client(config);
        core::ConnectionStatus status;
        status.setServerConfigured(true);
        sync::SyncService::Options options;
        options.pulls = sync::SyncService::facilityPulls(QStringLiteral("F1")).mid(0, 1);
        options.firstRetry = 1h; // one cycle per start() here
        options.period = 1h;
        sync::SyncService service(store, outbox, nullptr, client, status, options);
        const auto cycle = [&service] {
            QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
            service.start();
            return cycles.wait(15'000) ? cycles.first().first().toBool() : true;
        };

        QVERIFY(!cycle());
        QCOMPARE(status.state(), core::ConnectionStatus::State::Offline);
        QVERIFY(status.problem());
        QCOMPARE(status.problem()->code(), QByteArray("fhir/tls-refused"));
        QVERIFY(service.nextCycleIn()); // tried again later, like a link down

        // The server gone: offline for the link alone, nothing left to fix on the certificates.
        server.reset();
        QVERIFY(!cycle());
        QCOMPARE(status.state(), core::ConnectionStatus::State::Offline);
        QVERIFY(!status.problem());
    }
};

QTEST_GUILESS_MAIN(SyncTlsTest)
#include "tst_SyncTls.moc"
