#pragma once

#include <sijil/identity/ReaderPlugin.h>

#include <memory>

namespace sijil::identity {

class PcscMonitor;
struct PcscUpdate;

// Card readers through PC/SC (pcsc-lite's pcscd on Linux). A worker thread waits in
// SCardGetStatusChange on every reader and on the "\\?PnP?\Notification" pseudo-reader, so
// readers plugged in or out and cards laid down or taken away are seen as they happen; stop()
// wakes it with SCardCancel. When pcscd is not running (or stops), the worker keeps trying to
// reach it every two seconds: readers appear once it runs, and serviceProblem() says meanwhile
// that pcscd is unreachable (identity/pcsc-no-service).
//
// PC/SC errors become core::Error values with codes identity/pcsc-no-service,
// identity/reader-unavailable, identity/no-card, identity/card-removed, identity/card-reset,
// identity/card-busy, identity/card-unresponsive, identity/pcsc-error.
//
// pcsc-lite finds pcscd through the PCSCLITE_CSOCK_NAME environment variable when it is set
// (the integration tests run their own pcscd that way).
class PcscReaderPlugin final : public ReaderPlugin {
    Q_OBJECT

public:
    explicit PcscReaderPlugin(QObject* parent = nullptr);
    ~PcscReaderPlugin() override;

    [[nodiscard]] QString pluginId() const override;
    // Starts the worker and waits (up to a few seconds) for its first listing of the readers.
    // Returns identity/pcsc-no-service when pcscd cannot be reached; the worker keeps trying.
    core::Status start() override;
    void stop() override;
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QList<ReaderInfo> readers() const override;
    core::Result<std::unique_ptr<CardConnection>> connect(const QString& reader) override;
    [[nodiscard]] std::optional<core::Error> serviceProblem() const override;

private:
    void apply(const PcscUpdate& update, bool announce);

    std::unique_ptr<PcscMonitor> m_monitor;
    QList<ReaderInfo> m_readers;
    std::optional<core::Error> m_serviceProblem;
    quint64 m_generation = 0;
};

} // namespace sijil::identity
