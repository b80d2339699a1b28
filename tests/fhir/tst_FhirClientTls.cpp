// The client's TLS against a real TLS server on loopback (certificates made by openssl): a
// server nobody vouches for is refused; the site's own CA makes it trusted; a server that asks
// who the workstation is (mutual TLS) gets the site's client certificate, and a workstation
// without one, or with a key that is not its certificate's, gets nothing from it and is told so;
// a server that closes during the handshake is not called unreachable. A client key others can
// read is refused before any call.
#include "AwaitFuture.h"
#include "TestTls.h"

#include <sijil/fhir/FhirClient.h>

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using fhir::FhirClient;
using sijil::test::await;
using namespace std::chrono_literals;

namespace {

// A FHIR server of one patient over TLS; with `clientCa`, it asks for a client certificate and
// takes only one that CA vouches for.
class TlsServer : public QObject {
public:
    // Close: reads the request and closes, as a crash would. AnswerOnce: answers the first
    // request keeping the connection open, and closes at every later one, on that connection or
    // another.
    enum Behaviour { Answer, Close, AnswerOnce };
    TlsServer(const QTemporaryDir& dir, const QString& clientCa = {}, Behaviour behaviour = Answer)
        : m_behaviour(behaviour) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(
            QSslCertificate::fromPath(dir.filePath(QStringLiteral("server.crt"))).first());
        QFile key(dir.filePath(QStringLiteral("server.key")));
        if (key.open(QIODevice::ReadOnly))
            conf.setPrivateKey(QSslKey(&key, QSsl::Ec));
        if (clientCa.isEmpty()) {
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        } else {
            conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
            conf.setCaCertificates(QSslCertificate::fromPath(clientCa));
        }
        m_server.setSslConfiguration(conf);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto* s = qobject_cast<QSslSocket*>(m_server.nextPendingConnection()))
                serve(s);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl baseUrl() const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/fhir").arg(m_server.serverPort()));
    }
    int requests = 0;
    QList<QSslCertificate> clients; // the certificates the requests came with

private:
    void serve(QSslSocket* socket) {
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            if (!socket->peek(65536).contains("\r\n\r\n"))
                return; // the request's head is not all here yet
            socket->readAll();
            ++requests;
            clients << socket->peerCertificate();
            if (m_behaviour == Close || (m_behaviour == AnswerOnce && requests > 1)) {
                socket->abort();
                return;
            }
            const bool keep = m_behaviour == AnswerOnce;
            const QByteArray body = R"({"resourceType":"Patient","id":"p1"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\n"
                          "Connection: " +
                          QByteArray(keep ? "keep-alive" : "close") + "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            if (!keep)
                socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }
    QSslServer m_server;
    Behaviour m_behaviour;
};

} // namespace

class FhirClientTlsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    FhirClient::Config configFor(const QUrl& baseUrl) const {
        FhirClient::Config c;
        c.baseUrl = baseUrl;
        c.timeout = 5000ms;
        c.retry = fhir::RetryPolicy({1, 10ms, 10ms});
        return c;
    }
    FhirClient::Config configFor(const TlsServer& server) const {
        return configFor(server.baseUrl());
    }
    // Trusting the server's certificate, and with the desk's own to show.
    FhirClient::Config deskConfigFor(const QUrl& baseUrl) const {
        FhirClient::Config c = configFor(baseUrl);
        c.caCertificatesFile = path("server.crt");
        c.clientCertificateFile = path("desk.crt");
        c.clientKeyFile = path("desk.key");
        return c;
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::makeCertificate(m_dir, QStringLiteral("server"),
                                      QStringLiteral("/CN=127.0.0.1")));
        QVERIFY(test::makeCertificate(m_dir, QStringLiteral("desk"),
                                      QStringLiteral("/O=CS Errachidia/CN=desk-1")));
        QVERIFY(test::makeCertificate(m_dir, QStringLiteral("other"),
                                      QStringLiteral("/O=CS Errachidia/CN=desk-2")));
    }

    void aServerNobodyVouchesForIsRefused() {
        TlsServer server(m_dir);
        FhirClient client(configFor(server));
        const auto read = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(!read);
        QCOMPARE(read.error().code(), QByteArray("fhir/tls"));
        QCOMPARE(server.requests, 0);
    }

    void theSitesOwnCaMakesItTrusted() {
        TlsServer server(m_dir);
        auto config = configFor(server);
        config.caCertificatesFile = path("server.crt");
        FhirClient client(config);
        const auto read = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail()));
        QCOMPARE(server.requests, 1);
        QVERIFY(server.clients.first().isNull()); // none asked, none sent
    }

    void aServerAskingWhoTheWorkstationIsGetsItsCertificate() {
        TlsServer server(m_dir, path("desk.crt"));
        auto config = configFor(server);
        config.caCertificatesFile = path("server.crt");
        {
            // Refused for want of a certificate. (Qt's server closes without an alert, so the
            // client cannot say why; openssl's, below, sends one.)
            FhirClient anonymous(config);
            QVERIFY(!await(anonymous.read(QStringLiteral("Patient"), QStringLiteral("p1"))));
            QCOMPARE(server.requests, 0);
        }
        config.clientCertificateFile = path("desk.crt");
        config.clientKeyFile = path("desk.key");
        QVERIFY(FhirClient::check(config).ok());
        FhirClient client(config);
        const auto read = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY2(read, read ? "" : qPrintable(read.error().detail()));
        QCOMPARE(server.requests, 1);
        QCOMPARE(server.clients.first(), QSslCertificate::fromPath(path("desk.crt")).first());
    }

    // A server that wants a certificate the workstation does not send: OpenSSL's own server,
    // which refuses with a TLS alert during the handshake (1.2) or right after it (1.3). The
    // workstation's side, not the server's certificate, is named.
    void aWorkstationWithoutCertificateIsToldWhy_data() {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2");
        QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3");
    }
    void aWorkstationWithoutCertificateIsToldWhy() {
        QFETCH(QString, protocol);
        test::OpenSslServer server(path("server.crt"), path("server.key"), path("desk.crt"),
                                   protocol);
        QVERIFY(server.port() > 0);
        FhirClient::Config config;
        config.baseUrl = server.baseUrl();
        config.timeout = 5000ms;
        config.retry = fhir::RetryPolicy({1, 10ms, 10ms});
        config.caCertificatesFile = path("server.crt");
        FhirClient client(config);
        const auto refused = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QByteArray("fhir/tls-refused"));
        QVERIFY(refused.error().userMessage().contains(u"certificat du poste"));
    }

    // A key that is not the certificate's: found before any call, where the site administrator
    // looks (sijilctl config show, the status bar at start-up), and at a call if used anyway.
    void aKeyNotTheCertificatesIsFoundBeforeAnyCall() {
        FhirClient::Config c;
        c.baseUrl = QUrl(QStringLiteral("https://dpp.example.ma/fhir"));
        c.clientCertificateFile = path("desk.crt");
        c.clientKeyFile = path("desk.key");
        QVERIFY(FhirClient::checkTls(c).ok());
        c.clientKeyFile = path("other.key");
        QVERIFY(FhirClient::check(c).ok()); // each file fine by itself
        const auto mismatch = FhirClient::checkTls(c);
        QCOMPARE(mismatch.error().code(), QByteArray("fhir/config"));
        QVERIFY2(mismatch.error().detail().contains(u"does not match"),
                 qPrintable(mismatch.error().detail()));
    }

    // A server that closes once the secure connection is made, with no answer and no alert (a
    // restart, a link cut): the link's failure, not the workstation's certificate.
    void aCloseWithoutAlertIsTheLinks() {
        TlsServer server(m_dir, {}, TlsServer::Close);
        FhirClient client(deskConfigFor(server.baseUrl()));
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), QByteArray("fhir/network"));
        QVERIFY(server.requests >= 1); // heard (Qt itself sends a GET again on a closed connection)
    }

    // The same close on a connection kept from an earlier call: Qt sends the call again on a new
    // connection, made, then closed; still the link's, never the handshake's.
    void aCloseOnAConnectionKeptIsTheLinks() {
        TlsServer server(m_dir, {}, TlsServer::AnswerOnce);
        FhirClient client(deskConfigFor(server.baseUrl()));
        QVERIFY(await(client.read(QStringLiteral("Patient"), QStringLiteral("p1"))));
        const auto r = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), QByteArray("fhir/network"));
        QVERIFY(server.requests >= 2);
    }

    // A server that closes the connection as soon as the workstation's first handshake message
    // arrives, with no TLS alert (some proxies and servers refuse a certificate so): not called
    // unreachable, since it answered, but said with what it may mean. Nothing listening at all
    // stays unreachable.
    void aCloseDuringTheHandshakeIsNotUnreachable_data() {
        QTest::addColumn<bool>("reset");
        QTest::newRow("closed") << false;
        QTest::newRow("reset") << true;
    }
    void aCloseDuringTheHandshakeIsNotUnreachable() {
        QFETCH(bool, reset);
        test::HandshakeCloser server(reset);
        const FhirClient::Config config = deskConfigFor(server.baseUrl());
        {
            FhirClient client(config);
            const auto closed = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
            QVERIFY(!closed);
            QVERIFY(server.hellos >= 1);
            QCOMPARE(closed.error().code(), QByteArray("fhir/tls-closed"));
            QCOMPARE(closed.error().userMessage(),
                     QStringLiteral("Le serveur central a fermé la connexion pendant son "
                                    "établissement sécurisé : serveur indisponible derrière un "
                                    "répartiteur, ou ce poste refusé (son certificat)."));
        }
        server.close();
        FhirClient client(config);
        const auto refused = await(client.read(QStringLiteral("Patient"), QStringLiteral("p1")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QByteArray("fhir/network"));
    }

    void aClientKeyOthersCanReadIsRefused() {
        FhirClient::Config c;
        c.baseUrl = QUrl(QStringLiteral("https://dpp.example.ma/fhir"));
        c.clientCertificateFile = path("desk.crt");
        QCOMPARE(FhirClient::check(c).error().code(), QByteArray("fhir/config")); // no key
        c.clientKeyFile = path("desk.key");
        QVERIFY(FhirClient::check(c).ok());
        const QString shared = path("shared.key");
        QVERIFY(QFile::copy(path("desk.key"), shared));
        QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup));
        c.clientKeyFile = shared;
        const auto refused = FhirClient::check(c);
        QCOMPARE(refused.error().code(), QByteArray("fhir/config"));
        QVERIFY(refused.error().detail().contains(u"readable"));
        c.clientKeyFile = path("server.crt"); // a certificate where the key should be
        QVERIFY(QFile::setPermissions(c.clientKeyFile, QFileDevice::ReadOwner));
        QVERIFY(FhirClient::check(c).error().detail().contains(u"private key"));
    }
};

QTEST_GUILESS_MAIN(FhirClientTlsTest)
#include "tst_FhirClientTls.moc"
