// The link to the central server as sync reports it: whether the last cycle that ended reached
// the server, which the desk's own requests go by.
#include <sijil/core/ConnectionStatus.h>

#include <QtTest>

using namespace sijil;
using State = core::ConnectionStatus::State;

class ConnectionStatusTest : public QObject {
    Q_OBJECT

private slots:
    void reachedIsWhatTheLastEndedCycleFound() {
        core::ConnectionStatus status;
        status.setServerConfigured(true);
        QVERIFY(!status.serverReached()); // nothing known before a cycle ends
        status.setState(State::Syncing);
        QVERIFY(!status.serverReached());
        status.setState(State::Online);
        QVERIFY(status.serverReached());
        status.setState(State::Syncing); // the next cycle: still the last one's answer
        QVERIFY(status.serverReached());
        status.setState(State::Offline);
        QVERIFY(!status.serverReached());
        status.setState(State::Syncing);
        QVERIFY(!status.serverReached());
        status.setState(State::Online);
        QVERIFY(status.serverReached());
        status.setServerConfigured(false);
        QVERIFY(!status.serverReached());
    }
};

QTEST_GUILESS_MAIN(ConnectionStatusTest)
#include "tst_ConnectionStatus.moc"
