#include "PcscCardConnection.h"
#include "PcscMonitor.h"

#include <sijil/identity/PcscReaderPlugin.h>

#include <QMetaObject>

namespace sijil::identity {

namespace {

constexpr auto kFirstListingTimeout = std::chrono::seconds(5);

} // namespace

PcscReaderPlugin::PcscReaderPlugin(QObject* parent)
    : ReaderPlugin(parent) {}

PcscReaderPlugin::~PcscReaderPlugin() {
    stop();
}

QString PcscReaderPlugin::pluginId() const {
    return QStringLiteral("pcsc");
}

core::Status PcscReaderPlugin::start() {
    if (m_monitor)
        return {};
    // Updates cross from the worker thread to ours. The monitor is stopped before this object
    // goes (Qt drops what is still queued for a deleted object), and an update queued by an
    // earlier start() is recognised by its generation and ignored.
    const quint64 generation = ++m_generation;
    m_monitor = std::make_unique<PcscMonitor>([this, generation](PcscUpdate update) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, update = std::move(update)] {
                if (m_monitor && m_generation == generation)
                    apply(update, true);
            },
            Qt::QueuedConnection);
    });
    auto first = m_monitor->start(kFirstListingTimeout);
    if (!first.ok()) {
        m_serviceProblem = first.error();
        return first.error();
    }
    PcscUpdate initial;
    initial.readers = std::move(first).value();
    apply(initial, false);
    return {};
}

void PcscReaderPlugin::stop() {
    if (!m_monitor)
        return;
    m_monitor->stop();
    m_monitor.reset();
    m_readers.clear();
    m_serviceProblem.reset();
}

bool PcscReaderPlugin::isRunning() const {
    return m_monitor != nullptr;
}

QList<ReaderInfo> PcscReaderPlugin::readers() const {
    return m_readers;
}

core::Result<std::unique_ptr<CardConnection>> PcscReaderPlugin::connect(const QString& reader) {
    return PcscCardConnection::open(reader);
}

std::optional<core::Error> PcscReaderPlugin::serviceProblem() const {
    return m_serviceProblem;
}

void PcscReaderPlugin::apply(const PcscUpdate& update, bool announce) {
    m_readers = update.readers;
    if (update.serviceChanged)
        m_serviceProblem = update.serviceProblem;
    if (!announce)
        return;
    for (const PcscUpdate::Event& event : update.events) {
        switch (event.kind) {
        case PcscUpdate::Kind::ReaderAdded:
            emit readerAdded(event.reader);
            break;
        case PcscUpdate::Kind::ReaderRemoved:
            emit readerRemoved(event.reader);
            break;
        case PcscUpdate::Kind::CardInserted:
            emit cardInserted(event.reader);
            break;
        case PcscUpdate::Kind::CardRemoved:
            emit cardRemoved(event.reader);
            break;
        }
    }
    if (update.serviceChanged)
        emit serviceChanged();
}

} // namespace sijil::identity
