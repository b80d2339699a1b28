#include "SerialMrzSamples.h"

#include <sijil/identity/SerialMrzReader.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <deque>
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace sijil::identity;
using namespace sijil::identity::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWait = 10000; // generous: the machine is shared

// A faithful stand-in for a USB or RS-232 reader: a pseudo-terminal whose slave side is the
// device node the reader opens (/dev/pts/N, configured like a tty by QSerialPort), and whose
// master side is the reader's hardware, written to byte by byte as the device would.
class PtyDevice {
public:
    PtyDevice() {
        int slave = -1;
        char name[256] = {};
        if (openpty(&m_master, &slave, name, nullptr, nullptr) != 0)
            return;
        // Only the reader holds the device open, as with real hardware.
        ::close(slave);
        m_slavePath = QString::fromLocal8Bit(name);
    }
    ~PtyDevice() { unplug(); }
    PtyDevice(const PtyDevice&) = delete;
    PtyDevice& operator=(const PtyDevice&) = delete;

    [[nodiscard]] bool isValid() const { return m_master >= 0 && !m_slavePath.isEmpty(); }
    [[nodiscard]] const QString& slavePath() const { return m_slavePath; }

    bool send(const QByteArray& bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_master, bytes.constData() + done, bytes.size() - done);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    // In odd chunks, each given to the event loop before the next, as a UART's FIFO delivers.
    bool sendInChunks(const QByteArray& bytes, int chunk) {
        for (qsizetype i = 0; i < bytes.size(); i += chunk) {
            if (!send(bytes.mid(i, chunk)))
                return false;
            QTest::qWait(2);
        }
        return true;
    }
    // The cable is pulled: the slave side hangs up.
    void unplug() {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }

private:
    int m_master = -1;
    QString m_slavePath;
};

// A SerialLink whose open() results are scripted; what it "receives" is pushed by the test.
class FakeLink : public SerialLink {
public:
    std::deque<std::optional<Failure>> openResults; // empty: open succeeds
    int openCalls = 0;
    QByteArray pending;
    bool open_ = false;

    std::optional<Failure> open(const SerialPortSettings&) override {
        ++openCalls;
        std::optional<Failure> r;
        if (!openResults.empty()) {
            r = openResults.front();
            openResults.pop_front();
        }
        open_ = !r;
        return r;
    }
    void close() override { open_ = false; }
    [[nodiscard]] bool isOpen() const override { return open_; }
    QByteArray readAll() override { return std::exchange(pending, {}); }

    void receive(const QByteArray& bytes) {
        pending += bytes;
        emit readyRead();
    }
    void pull() { emit failed(Failure{Problem::Unplugged, QStringLiteral("EIO")}); }
};

QByteArray errorCode(const QSignalSpy& spy, int i) {
    return spy.at(i).at(0).value<sijil::core::Error>().code();
}

SerialPortSettings settingsFor(const QString& port) {
    SerialPortSettings s;
    s.portName = port;
    return s;
}

} // namespace

class tst_SerialMrzReader : public QObject {
    Q_OBJECT
private slots:
    void defaultsAre9600_8N1() {
        const SerialPortSettings s;
        QCOMPARE(s.baudRate, 9600);
        QCOMPARE(s.dataBits, 8);
        QCOMPARE(s.parity, SerialPortSettings::Parity::None);
        QCOMPARE(s.stopBits, 1);
        QVERIFY(!s.isConfigured());
    }

    // The whole path over a real tty: chunks, framing, noise, then a valid zone.
    void readsAZoneFromAPseudoTerminal() {
        PtyDevice device;
        QVERIFY2(device.isValid(), "openpty failed: no pseudo-terminals on this machine");
        SerialMrzReader reader(settingsFor(device.slavePath()));
        QSignalSpy opened(&reader, &SerialMrzReader::opened);
        QSignalSpy zones(&reader, &SerialMrzReader::zoneRead);
        QSignalSpy errors(&reader, &SerialMrzReader::error);
        reader.start();
        QCOMPARE(opened.size(), 1);
        QVERIFY(reader.isOpen());
        QCOMPARE(errors.size(), 0);

        QVERIFY(device.sendInChunks("\x02" + kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n\x03", 7));
        QTRY_COMPARE_WITH_TIMEOUT(zones.size(), 1, kWait);
        QCOMPARE(zones.at(0).at(0).toString(), td3Zone());

        // A burst of noise (a badly swiped card), then the same card swiped again properly,
        // with a CR only between lines and a status line after it.
        QVERIFY(device.send(QByteArray("\x02\xff\x13noise#noise&noise\x7f\r\n\x03")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kWait);
        QCOMPARE(errorCode(errors, 0), QByteArray("identity/serial-garbage"));
        QVERIFY(device.sendInChunks(kTd3Line1 + "\r" + kTd3Line2 + "\rOK\r", 5));
        QTRY_COMPARE_WITH_TIMEOUT(zones.size(), 2, kWait);
        QCOMPARE(zones.at(1).at(0).toString(), td3Zone());
        QCOMPARE(errors.size(), 1); // the status line is no error
        // TD1 bytes from the device are given exactly: a raw tty, no CR to LF translation.
        QVERIFY(device.send(kTd1Line1 + "\r" + kTd1Line2 + "\r" + kTd1Line3 + "\r"));
        QTRY_COMPARE_WITH_TIMEOUT(zones.size(), 3, kWait);
        QCOMPARE(zones.at(2).at(0).toString(),
                 QString::fromLatin1(kTd1Line1 + '\n' + kTd1Line2 + '\n' + kTd1Line3));
    }

    // Unplugged while open, then plugged back: the reader's name is a stable link (as udev's
    // /dev/serial/by-id/...) that points at the new device node.
    void reopensAfterUnplugOverAPseudoTerminal() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link =
            dir.filePath(QStringLiteral("ttyMRZ-%1").arg(QCoreApplication::applicationPid()));
        auto device = std::make_unique<PtyDevice>();
        QVERIFY(device->isValid());
        QVERIFY(QFile::link(device->slavePath(), link));

        SerialMrzReader reader(settingsFor(link));
        reader.setRetryInterval(50ms);
        QSignalSpy opened(&reader, &SerialMrzReader::opened);
        QSignalSpy zones(&reader, &SerialMrzReader::zoneRead);
        QSignalSpy errors(&reader, &SerialMrzReader::error);
        reader.start();
        QCOMPARE(opened.size(), 1);

        // Half a zone, then the cable is pulled: that half must not join a later zone.
        QVERIFY(device->send(kTd3Line1 + "\r\n"));
        QTest::qWait(50);
        device->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kWait);
        QCOMPARE(errorCode(errors, 0), QByteArray("identity/serial-unplugged"));
        QVERIFY(errors.at(0).at(0).value<sijil::core::Error>().userMessage().contains(link));
        QTRY_VERIFY_WITH_TIMEOUT(!reader.isOpen(), kWait);

        // Gone: the reader keeps trying without saying it again.
        QVERIFY(QFile::remove(link));
        device.reset();
        QTest::qWait(300);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(opened.size(), 1);

        auto again = std::make_unique<PtyDevice>();
        QVERIFY(again->isValid());
        QVERIFY(QFile::link(again->slavePath(), link));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, kWait);
        // Had the half zone been kept, this first line would have been taken for its second.
        QVERIFY(again->send(kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(zones.size(), 1, kWait);
        QCOMPARE(zones.at(0).at(0).toString(), td3Zone());
        QCOMPARE(errors.size(), 1);
    }

    void absentPortIsSaidOnceAndRetried() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("ttyNOPE"));
        SerialMrzReader reader(settingsFor(missing));
        reader.setRetryInterval(20ms);
        QSignalSpy errors(&reader, &SerialMrzReader::error);
        reader.start();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errorCode(errors, 0), QByteArray("identity/serial-port-absent"));
        QVERIFY(errors.at(0).at(0).value<sijil::core::Error>().userMessage().contains(missing));
        QTest::qWait(200);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!reader.isOpen());

        // Plugged in later (as a /dev/serial/by-id link would appear): opened without a restart.
        PtyDevice device;
        QVERIFY(device.isValid());
        QSignalSpy opened(&reader, &SerialMrzReader::opened);
        QVERIFY(QFile::link(device.slavePath(), missing));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kWait);
        QVERIFY(reader.isOpen());
    }

    void notConfiguredDoesNothing() {
        auto fake = std::make_unique<FakeLink>();
        FakeLink* link = fake.get();
        SerialMrzReader reader(SerialPortSettings{}, std::move(fake));
        QSignalSpy errors(&reader, &SerialMrzReader::error);
        reader.start();
        QCOMPARE(link->openCalls, 0);
        QCOMPARE(errors.size(), 0);
    }

    void eachProblemHasItsError_data() {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("absent") << int(SerialLink::Problem::NotFound)
                                << QByteArray("identity/serial-port-absent");
        QTest::newRow("permission") << int(SerialLink::Problem::PermissionDenied)
                                    << QByteArray("identity/serial-permission-denied");
        QTest::newRow("other") << int(SerialLink::Problem::Other)
                               << QByteArray("identity/serial-open-failed");
    }

    void eachProblemHasItsError() {
        QFETCH(int, problem);
        QFETCH(QByteArray, code);
        auto fake = std::make_unique<FakeLink>();
        FakeLink* link = fake.get();
        const SerialLink::Failure failure{SerialLink::Problem(problem), QStringLiteral("errno")};
        link->openResults = {failure, failure, failure};
        SerialMrzReader reader(settingsFor(QStringLiteral("/dev/ttyACM0")), std::move(fake));
        reader.setRetryInterval(10ms);
        QSignalSpy errors(&reader, &SerialMrzReader::error);
        QSignalSpy opened(&reader, &SerialMrzReader::opened);
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kWait);
        QCOMPARE(link->openCalls, 4);
        QCOMPARE(errors.size(), 1);
        const auto e = errors.at(0).at(0).value<sijil::core::Error>();
        QCOMPARE(e.code(), code);
        QVERIFY(e.userMessage().contains(QStringLiteral("/dev/ttyACM0")));
        QCOMPARE(e.detail(), QStringLiteral("errno"));
    }

    void unplugClosesRetriesAndForgetsTheHalfZone() {
        auto fake = std::make_unique<FakeLink>();
        FakeLink* link = fake.get();
        SerialMrzReader reader(settingsFor(QStringLiteral("/dev/ttyACM0")), std::move(fake));
        reader.setRetryInterval(10ms);
        QSignalSpy errors(&reader, &SerialMrzReader::error);
        QSignalSpy opened(&reader, &SerialMrzReader::opened);
        QSignalSpy zones(&reader, &SerialMrzReader::zoneRead);
        reader.start();
        QCOMPARE(opened.size(), 1);
        link->receive(kTd3Line1 + "\r\n");

        const SerialLink::Failure gone{SerialLink::Problem::NotFound, QStringLiteral("ENOENT")};
        link->openResults = {gone, gone};
        link->pull();
        QVERIFY(!link->isOpen());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errorCode(errors, 0), QByteArray("identity/serial-unplugged"));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, kWait);
        QCOMPARE(link->openCalls, 4);
        QCOMPARE(errors.size(), 1); // "not found" while unplugged is the same episode

        link->receive(kTd3Line2 + "\r\n");
        QCOMPARE(zones.size(), 0);
        link->receive(kTd3Line1 + "\r\n" + kTd3Line2 + "\r\n");
        QCOMPARE(zones.size(), 1);

        // Unplugged again later: a new episode, said again.
        link->pull();
        QCOMPARE(errors.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 3, kWait);
    }

    void stopClosesAndStopsRetrying() {
        auto fake = std::make_unique<FakeLink>();
        FakeLink* link = fake.get();
        const SerialLink::Failure gone{SerialLink::Problem::NotFound, {}};
        link->openResults = {gone};
        SerialMrzReader reader(settingsFor(QStringLiteral("/dev/ttyACM0")), std::move(fake));
        reader.setRetryInterval(10ms);
        reader.start();
        QCOMPARE(link->openCalls, 1);
        reader.stop();
        QTest::qWait(100);
        QCOMPARE(link->openCalls, 1);
        QVERIFY(!reader.isOpen());
    }
};

QTEST_GUILESS_MAIN(tst_SerialMrzReader)
#include "tst_SerialMrzReader.moc"
