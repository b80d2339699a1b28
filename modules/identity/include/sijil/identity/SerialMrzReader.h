#pragma once

#include <sijil/core/Error.h>
#include <sijil/identity/SerialMrzFramer.h>

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace sijil::identity {

// How to talk to a serial MRZ reader; the defaults (9600 8N1) are what most desk readers use.
struct SerialPortSettings {
    enum class Parity { None, Even, Odd, Mark, Space };
    QString portName; // "/dev/ttyACM0", a /dev/serial/by-id/ link, "COM3"; empty: no reader
    qint32 baudRate = 9600;
    int dataBits = 8; // 5 to 8
    Parity parity = Parity::None;
    int stopBits = 1; // 1 or 2

    [[nodiscard]] bool isConfigured() const { return !portName.isEmpty(); }
};

// One serial connection as SerialMrzReader sees it. The real one is Qt Serial Port's, made by
// SerialMrzReader itself; tests give their own.
class SerialLink : public QObject {
    Q_OBJECT
public:
    enum class Problem {
        NotFound,         // no such port (unplugged, wrong name)
        PermissionDenied, // not in the "dialout" group, or another program holds the port
        Unplugged,        // the device went away while open
        Other,
    };
    Q_ENUM(Problem)
    struct Failure {
        Problem problem = Problem::Other;
        QString detail; // the system's words, for the log
    };

    using QObject::QObject;

    [[nodiscard]] virtual std::optional<Failure> open(const SerialPortSettings& settings) = 0;
    virtual void close() = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;
    [[nodiscard]] virtual QByteArray readAll() = 0;

signals:
    void readyRead();
    // The open port failed for good (the reader closes it and tries to open it again).
    void failed(sijil::identity::SerialLink::Failure failure);
};

// A desk MRZ reader (swipe or OCR) on a serial port, USB CDC-ACM or RS-232. Opens the port,
// assembles the zone from whatever chunks arrive (SerialMrzFramer) and emits it. When the port is
// absent, refused or unplugged it says so once with error() and tries again every
// retryInterval() until the port opens, so a reader plugged in later just works.
class SerialMrzReader : public QObject {
    Q_OBJECT
public:
    explicit SerialMrzReader(SerialPortSettings settings, QObject* parent = nullptr);
    // With a link of the caller's (tests).
    SerialMrzReader(SerialPortSettings settings, std::unique_ptr<SerialLink> link,
                    QObject* parent = nullptr);
    ~SerialMrzReader() override;

    // Opens the port now (or starts the retries). Does nothing when no port is configured.
    void start();
    void stop();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] const SerialPortSettings& settings() const { return m_settings; }

    void setRetryInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds retryInterval() const;

signals:
    void zoneRead(const QString& zone);
    void error(const sijil::core::Error& error);
    // The port is open: at start, or again after a problem.
    void opened();

private:
    void tryOpen();
    void onReadyRead();
    void onFailed(const SerialLink::Failure& failure);
    void report(const SerialLink::Failure& failure);
    [[nodiscard]] core::Error errorFor(SerialLink::Problem problem, const QString& detail) const;

    SerialPortSettings m_settings;
    std::unique_ptr<SerialLink> m_link;
    SerialMrzFramer m_framer;
    QTimer m_retry;
    bool m_running = false;
    // The problem last reported: a port that stays absent is said once, not every few seconds.
    std::optional<SerialLink::Problem> m_reported;
};

} // namespace sijil::identity
