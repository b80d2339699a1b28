#pragma once

// Certificates made by the openssl tool, OpenSSL's own TLS server, and a server that closes the
// connection during the handshake, for tests of the client's TLS against real peers on loopback.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace sijil::test {

// A self-signed certificate and its key, as `<name>.crt` and `<name>.key` in `dir`.
inline bool makeCertificate(const QTemporaryDir& dir, const QString& name, const QString& subject) {
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"),
                   dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                   dir.filePath(name + QStringLiteral(".crt"))});
    return openssl.waitForFinished(30'000) && openssl.exitCode() == 0 &&
           QFile::setPermissions(dir.filePath(name + QStringLiteral(".key")),
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// `openssl s_server` on a free loopback port, answering HTTP (-www), that asks for a client
// certificate from `clientCa` and refuses a client without one, with a TLS alert.
class OpenSslServer {
public:
    OpenSslServer(const QString& certificate, const QString& key, const QString& clientCa,
                  const QString& protocol) {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        {QStringLiteral("s_server"), QStringLiteral("-accept"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"), certificate,
                         QStringLiteral("-key"), key, QStringLiteral("-Verify"),
                         QStringLiteral("1"), QStringLiteral("-CAfile"), clientCa, protocol,
                         QStringLiteral("-www")});
        const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray said;
        QDeadlineTimer deadline(10'000);
        while (m_port == 0 && !deadline.hasExpired() && m_process.waitForReadyRead(100)) {
            said += m_process.readAll();
            m_port = accept.match(QString::fromLatin1(said)).captured(1).toInt();
        }
    }
    ~OpenSslServer() { stop(); }
    void stop() {
        m_process.kill();
        m_process.waitForFinished();
    }
    [[nodiscard]] int port() const { return m_port; } // 0 if it did not start
    [[nodiscard]] QUrl baseUrl() const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/fhir").arg(m_port));
    }

private:
    QProcess m_process;
    int m_port = 0;
};

// A server that is not one: plain TCP on a free loopback port, taking the workstation's first
// handshake message (its ClientHello) and closing the connection with no TLS alert, or resetting
// it with `reset`; as some servers and proxies refuse a client certificate.
class HandshakeCloser {
public:
    explicit HandshakeCloser(bool reset = false) {
        QObject::connect(
            &m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this, reset] {
                while (QTcpSocket* s = m_server.nextPendingConnection()) {
                    QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, reset] {
                        s->readAll();
                        ++hellos;
                        if (reset)
                            s->abort();
                        else
                            s->disconnectFromHost();
                    });
                    QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                }
            });
        m_server.listen(QHostAddress::LocalHost);
    }
    void close() { m_server.close(); } // nothing listens there any more: connection refused
    [[nodiscard]] QUrl baseUrl() const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/fhir").arg(m_server.serverPort()));
    }
    int hellos = 0; // connections that sent something before being closed

private:
    QTcpServer m_server;
};

} // namespace sijil::test
