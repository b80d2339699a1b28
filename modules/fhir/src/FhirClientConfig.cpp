// The central server's connection settings: checked before use (FhirClient::check), and the
// workstation's own TLS tried once on loopback (FhirClient::checkTls).
#include "FhirLog.h"
#include "KeyFile.h"
#include "TlsConfiguration.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sijil::fhir {

namespace {

constexpr const char* kCtx = "sijil::fhir::FhirClient";

core::Error configError(const QString& what) {
    return core::Error("fhir/config",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::fhir::FhirClient",
                                                              "L'adresse du serveur central ou ses "
                                                              "certificats sont mal configurés.")),
                       what);
}

core::Error configError(const char* what) {
    return configError(QString::fromLatin1(what));
}

// The key of a client certificate, whatever its algorithm.
QSslKey readKey(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool isLoopback(const QString& host) {
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QSslConfiguration detail::tlsConfiguration(const FhirClient::Config& config) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!config.caCertificatesFile.isEmpty())
        tls.addCaCertificates(QSslCertificate::fromPath(config.caCertificatesFile, QSsl::Pem));
    if (!config.clientCertificateFile.isEmpty()) {
        const auto chain = QSslCertificate::fromPath(config.clientCertificateFile, QSsl::Pem);
        if (!chain.isEmpty()) {
            tls.setLocalCertificateChain(chain);
            tls.setPrivateKey(readKey(config.clientKeyFile));
        }
    }
    return tls;
}

FhirClient::Config
FhirClient::Config::forCentralServer(const core::SiteConfig::CentralServer& server) {
    Config config;
    config.baseUrl = server.url;
    config.caCertificatesFile = server.caCertificates;
    config.clientCertificateFile = server.clientCertificate;
    config.clientKeyFile = server.clientKey;
    return config;
}

core::Status FhirClient::check(const Config& config) {
    const QUrl& url = config.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return configError("invalid base URL");
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopback(url.host())))
        return configError("base URL is not https");
    if (!config.caCertificatesFile.isEmpty() &&
        QSslCertificate::fromPath(config.caCertificatesFile, QSsl::Pem).isEmpty())
        return configError("no PEM certificate in the CA file");
    if (config.clientCertificateFile.isEmpty() != config.clientKeyFile.isEmpty())
        return configError("a client certificate needs its key, and a key its certificate");
    if (!config.clientCertificateFile.isEmpty()) {
        if (QSslCertificate::fromPath(config.clientCertificateFile, QSsl::Pem).isEmpty())
            return configError("no PEM certificate in the client certificate file");
        if (othersCanUse(config.clientKeyFile))
            return configError("the client key file is readable or writable by others");
        if (readKey(config.clientKeyFile).isNull())
            return configError("no unencrypted PEM private key in the client key file");
    }
    return {};
}

core::Status FhirClient::checkTls(const Config& config) {
    if (auto s = check(config); !s)
        return s;
    if (config.clientCertificateFile.isEmpty())
        return {};
    // Qt gives no way to compare a private key with a certificate; its TLS backend does when a
    // connection starts. One is started towards a listener on loopback that never answers: the
    // ClientHello arriving there means this side's TLS started.
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost))
        return {}; // cannot tell here; the first connection will
    QSslSocket socket;
    socket.setSslConfiguration(detail::tlsConfiguration(config));
    QEventLoop loop;
    bool started = false;
    QString failure;
    QObject::connect(&listener, &QTcpServer::newConnection, &loop, [&] {
        QTcpSocket* peer = listener.nextPendingConnection();
        QObject::connect(peer, &QTcpSocket::readyRead, &loop, [&] {
            started = true;
            loop.quit();
        });
    });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::SslInvalidUserDataError)
                             failure = socket.errorString();
                         loop.quit();
                     });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener.serverPort());
    loop.exec();
    socket.abort();
    if (!failure.isEmpty())
        return configError(
            QStringLiteral("the client key does not match the client certificate (") + failure +
            u')');
    if (!started)
        qCInfo(lcFhir) << "the workstation's TLS could not be tried on loopback";
    return {};
}

} // namespace sijil::fhir
