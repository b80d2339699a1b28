#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// An HTTP/1.1 endpoint on loopback that answers from a script, for the failures a real server
// cannot be made to produce on demand (503 then 200, 429 with Retry-After, a malformed body, a
// silence). The client's real behaviour against a real FHIR server is tested in tests/peers.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool silent = false; // accept the request, never answer
    };
    struct Request {
        QByteArray method;
        QByteArray target;                     // path and query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedAtMs = 0; // since the epoch, when its last byte came
    };

    ScriptedServer() {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString baseUrl() const {
        return QStringLiteral("http://127.0.0.1:%1/fhir").arg(m_server.serverPort());
    }
    void enqueue(Reply reply) { m_script.append(std::move(reply)); }
    const QList<Request>& requests() const { return m_requests; }
    void close() { m_server.close(); }
    // Answers from now on wait this long: what the client does meanwhile can be looked at.
    void delayReplies(int ms) { m_delayMs = ms; }
    // A form body (application/x-www-form-urlencoded) as a server's form decoder reads it: a
    // '+' is a space there.
    static QList<std::pair<QString, QString>> formFields(const QByteArray& body) {
        QList<std::pair<QString, QString>> out;
        const auto decoded = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' '));
        };
        for (const QByteArray& field : body.split('&')) {
            const qsizetype equals = field.indexOf('=');
            out.append(std::pair(decoded(field.left(equals)),
                                 equals < 0 ? QString() : decoded(field.mid(equals + 1))));
        }
        return out;
    }

private:
    void accept() {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            m_buffers[socket] = {};
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(end + 4, length);
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        buffer.clear();
        m_requests.append(request);

        const Reply reply = m_script.isEmpty() ? Reply{404, {}, {}, false} : m_script.takeFirst();
        if (reply.silent)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        out += "Content-Type: application/fhir+json\r\nConnection: close\r\n";
        for (const auto& [name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
        const QPointer<QTcpSocket> to(socket);
        const auto answer = [to, out] {
            if (!to)
                return;
            to->write(out);
            to->disconnectFromHost();
        };
        if (m_delayMs > 0)
            QTimer::singleShot(m_delayMs, this, answer);
        else
            answer();
    }

    QTcpServer m_server;
    QList<Reply> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_delayMs = 0;
};
