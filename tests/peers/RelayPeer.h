#pragma once

// tests/peers/relay.py run by a Qt test: a link to a real peer that the test can cut, stall,
// slow down, or make answer errors (see relay.py for the commands).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace sijil::test {

// SIJIL_RELAY_SCRIPT is the path of relay.py (a compile definition of the test).
class Relay {
public:
    bool start(const QUrl& target) {
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral(SIJIL_RELAY_SCRIPT), QStringLiteral("--target"),
                         QStringLiteral("%1:%2").arg(target.host()).arg(target.port())});
        const QByteArray line = readLine();
        if (!line.startsWith("LISTENING "))
            return false;
        m_port = line.mid(10).trimmed().toInt();
        return true;
    }
    QByteArray command(const QByteArray& c) {
        m_process.write(c + '\n');
        return readLine();
    }
    int port() const { return m_port; }
    // `peerUrl` as reached through the relay.
    QUrl via(QUrl peerUrl) const {
        peerUrl.setPort(m_port);
        return peerUrl;
    }
    ~Relay() {
        m_process.write("quit\n");
        m_process.waitForFinished(5000);
    }

private:
    QByteArray readLine() {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(10'000))
                return {};
        return m_process.readLine().trimmed();
    }
    QProcess m_process;
    int m_port = 0;
};

} // namespace sijil::test
