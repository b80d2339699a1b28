// A central server that does not accept this workstation at the secure connection (OpenSSL's own
// server, asking for a client certificate the workstation lacks): the cycle fails, the status is
// offline with the reason kept for the status bar, and it is retried. Once the failure is only
// the link, the reason goes. The same for a server that closes during the handshake.
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

namespace {

// A sync engine on a store in `dir`, against `baseUrl`, trusting `ca` if given: one cycle per
// cycle().
struct SyncAgainst {
    SyncAgainst(const QTemporaryDir& dir, const QUrl& baseUrl, const QString& ca = {})
        : db(std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value())
        , store(*db)
        , outbox(*db)
        , client([&] {
            fhir::FhirClient::Config config;
            config.baseUrl = baseUrl;
            config.caCertificatesFile = ca;
            config.timeout = 5000ms;
            config.retry = fhir::RetryPolicy({1, 10ms, 10ms});
            return config;
        }())
        , service(store, outbox, nullptr, client, status, [] {
            sync::SyncService::Options options;
            options.pulls = sync::SyncService::facilityPulls(QStringLiteral("F1")).mid(0, 1);
            options.firstRetry = 1h; // one cycle per start() here
            options.period = 1h;
            return options;
        }()) {
        status.setServerConfigured(true);
    }
    // Whether the cycle went well.
    bool cycle() {
        QSignalSpy cycles(&service, &sync::SyncService::cycleFinished);
        service.start();
        return cycles.wait(15'000) ? cycles.first().first().toBool() : true;
    }

    std::unique_ptr<storage::Database> db;
    storage::ResourceStore store;
    storage::Outbox outbox;
    fhir::FhirClient client;
    core::ConnectionStatus status;
    sync::SyncService service;
};

} // namespace

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
        SyncAgainst sync(dir, server->baseUrl(), dir.filePath(QStringLiteral("server.crt")));

        QVERIFY(!sync.cycle());
        QCOMPARE(sync.status.state(), core::ConnectionStatus::State::Offline);
        QVERIFY(sync.status.problem());
        QCOMPARE(sync.status.problem()->code(), QByteArray("fhir/tls-refused"));
        QVERIFY(sync.service.nextCycleIn()); // tried again later, like a link down

        // The server gone: offline for the link alone, nothing left to fix on the certificates.
        server.reset();
        QVERIFY(!sync.cycle());
        QCOMPARE(sync.status.state(), core::ConnectionStatus::State::Offline);
        QVERIFY(!sync.status.problem());
    }

    // A server that closes the connection at the workstation's first handshake message, with no
    // alert: offline, with the reason kept for the status bar (not a link merely down), and
    // retried, since a server restarting looks the same.
    void aServerClosingDuringTheHandshakeIsOfflineAndSaysWhy() {
        QTemporaryDir dir;
        test::HandshakeCloser server;
        SyncAgainst sync(dir, server.baseUrl());
        QVERIFY(!sync.cycle());
        QCOMPARE(sync.status.state(), core::ConnectionStatus::State::Offline);
        QVERIFY(sync.status.problem());
        QCOMPARE(sync.status.problem()->code(), QByteArray("fhir/tls-closed"));
        QVERIFY(sync.service.nextCycleIn());
    }
};

QTEST_GUILESS_MAIN(SyncTlsTest)
#include "tst_SyncTls.moc"
