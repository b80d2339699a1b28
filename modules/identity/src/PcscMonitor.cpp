#include "PcscMonitor.h"

#include "IdentityLog.h"
#include "PcscError.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace sijil::identity {

namespace {

constexpr const char* kPnpReader = "\\\\?PnP?\\Notification";
constexpr auto kRetryWithoutService = std::chrono::seconds(2);
constexpr auto kRetryAfterLoss = std::chrono::seconds(1);

// SCARD_E_NO_READERS_AVAILABLE is an empty list, not an error.
LONG listReaders(SCARDCONTEXT context, std::vector<std::string>& names) {
    names.clear();
    for (int attempt = 0; attempt < 4; ++attempt) {
        DWORD size = 0;
        LONG rv = SCardListReaders(context, nullptr, nullptr, &size);
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return SCARD_S_SUCCESS;
        if (rv != SCARD_S_SUCCESS)
            return rv;
        std::vector<char> buffer(size + 1, '\0');
        rv = SCardListReaders(context, nullptr, buffer.data(), &size);
        if (rv == SCARD_E_INSUFFICIENT_BUFFER)
            continue; // a reader came between the two calls
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return SCARD_S_SUCCESS;
        if (rv != SCARD_S_SUCCESS)
            return rv;
        for (const char* p = buffer.data(); *p != '\0'; p += std::strlen(p) + 1)
            names.emplace_back(p);
        return SCARD_S_SUCCESS;
    }
    return SCARD_E_INSUFFICIENT_BUFFER;
}

QByteArray atrOf(const SCARD_READERSTATE& state) {
    if ((state.dwEventState & SCARD_STATE_PRESENT) == 0)
        return {};
    const DWORD size = std::min<DWORD>(state.cbAtr, sizeof state.rgbAtr);
    return QByteArray(reinterpret_cast<const char*>(state.rgbAtr), qsizetype(size));
}

} // namespace

PcscMonitor::PcscMonitor(Callback onUpdate)
    : m_onUpdate(std::move(onUpdate)) {}

PcscMonitor::~PcscMonitor() {
    stop();
}

core::Result<QList<ReaderInfo>> PcscMonitor::start(std::chrono::milliseconds timeout) {
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_finished = false;
        m_first.reset();
    }
    m_thread = std::thread([this] { run(); });
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, timeout, [this] { return m_first.has_value(); });
    if (!m_first) {
        return core::Error("identity/pcsc-no-service",
                           core::UserText("sijil::identity::PcscReaderPlugin",
                                          QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                                            "Le service des lecteurs de cartes "
                                                            "(pcscd) ne répond pas. Vérifiez "
                                                            "qu'il est installé et démarré.")),
                           QStringLiteral("no reader listing within %1 ms").arg(timeout.count()));
    }
    return *m_first;
}

void PcscMonitor::stop() {
    if (!m_thread.joinable())
        return;
    std::unique_lock lock(m_mutex);
    m_stop = true;
    // SCardCancel only wakes a call already waiting: repeat it until the thread has seen m_stop.
    while (!m_finished) {
        if (m_hasContext)
            SCardCancel(m_context);
        m_wake.notify_all();
        m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_finished; });
    }
    lock.unlock();
    m_thread.join();
}

bool PcscMonitor::stopRequested() {
    std::lock_guard lock(m_mutex);
    return m_stop;
}

void PcscMonitor::waitForStop(std::chrono::milliseconds delay) {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, delay, [this] { return m_stop; });
}

void PcscMonitor::deliverFirst(core::Result<QList<ReaderInfo>> first) {
    std::lock_guard lock(m_mutex);
    m_first.emplace(std::move(first));
    m_wake.notify_all();
}

void PcscMonitor::deliver(PcscUpdate update, bool& delivered) {
    if (!delivered) {
        delivered = true;
        deliverFirst(snapshot());
        return;
    }
    if (!update.events.isEmpty()) {
        update.readers = snapshot();
        m_onUpdate(std::move(update));
    }
}

QList<ReaderInfo> PcscMonitor::snapshot() const {
    QList<ReaderInfo> readers;
    for (const auto& [name, known] : m_known) {
        ReaderInfo info;
        info.name = QString::fromStdString(name);
        info.capabilities = ReaderInfo::SmartCard;
        info.cardPresent = (known.state & SCARD_STATE_PRESENT) != 0;
        info.atr = info.cardPresent ? known.atr : QByteArray();
        readers.append(info);
    }
    return readers;
}

void PcscMonitor::reportService(std::optional<core::Error> problem) {
    if (m_serviceUp == !problem)
        return;
    m_serviceUp = !problem;
    PcscUpdate update;
    update.serviceChanged = true;
    update.serviceProblem = std::move(problem);
    update.readers = snapshot();
    m_onUpdate(std::move(update));
}

void PcscMonitor::dropAll() {
    if (m_known.empty())
        return;
    PcscUpdate update;
    for (const auto& [name, known] : m_known) {
        if (known.state & SCARD_STATE_PRESENT)
            update.events.append({PcscUpdate::Kind::CardRemoved, QString::fromStdString(name)});
        update.events.append({PcscUpdate::Kind::ReaderRemoved, QString::fromStdString(name)});
    }
    m_known.clear();
    update.readers = snapshot();
    m_onUpdate(std::move(update));
}

void PcscMonitor::run() {
    bool delivered = false;
    while (!stopRequested()) {
        SCARDCONTEXT context = 0;
        LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        if (rv != SCARD_S_SUCCESS) {
            if (!delivered) {
                delivered = true;
                m_serviceUp = false; // start() reports this one
                deliverFirst(pcsc::toError(rv, "SCardEstablishContext"));
            } else {
                reportService(pcsc::toError(rv, "SCardEstablishContext"));
            }
            waitForStop(kRetryWithoutService);
            continue;
        }
        if (delivered)
            reportService(std::nullopt);
        {
            std::lock_guard lock(m_mutex);
            if (m_stop) {
                SCardReleaseContext(context);
                break;
            }
            m_context = context;
            m_hasContext = true;
        }
        rv = watch(context, delivered);
        {
            std::lock_guard lock(m_mutex);
            m_hasContext = false;
        }
        SCardReleaseContext(context);
        if (rv != SCARD_E_CANCELLED)
            qCWarning(lcIdentity).noquote() << pcsc::toError(rv, "watching readers").detail();
        if (stopRequested())
            break;
        dropAll();
        waitForStop(kRetryAfterLoss);
    }
    if (!delivered)
        deliverFirst(QList<ReaderInfo>());
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_wake.notify_all();
}

LONG PcscMonitor::watch(SCARDCONTEXT context, bool& delivered) {
    for (;;) {
        if (stopRequested())
            return SCARD_E_CANCELLED;
        std::vector<std::string> names;
        LONG rv = listReaders(context, names);
        if (rv != SCARD_S_SUCCESS)
            return rv;

        PcscUpdate update;
        for (auto it = m_known.begin(); it != m_known.end();) {
            if (std::find(names.begin(), names.end(), it->first) != names.end()) {
                ++it;
                continue;
            }
            const QString name = QString::fromStdString(it->first);
            if (it->second.state & SCARD_STATE_PRESENT)
                update.events.append({PcscUpdate::Kind::CardRemoved, name});
            update.events.append({PcscUpdate::Kind::ReaderRemoved, name});
            it = m_known.erase(it);
        }

        // Readers not seen before: their current state, without waiting.
        std::vector<SCARD_READERSTATE> fresh;
        for (const std::string& name : names) {
            if (m_known.count(name) == 0) {
                m_known[name].name = name;
                SCARD_READERSTATE state{};
                state.szReader = m_known[name].name.c_str();
                state.dwCurrentState = SCARD_STATE_UNAWARE;
                fresh.push_back(state);
            }
        }
        if (!fresh.empty()) {
            rv = SCardGetStatusChange(context, 0, fresh.data(), DWORD(fresh.size()));
            if (rv == SCARD_E_CANCELLED)
                return rv;
            if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT) {
                for (const auto& state : fresh)
                    m_known.erase(state.szReader);
                if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE)
                    continue; // gone again already: list anew
                return rv;
            }
            for (const auto& state : fresh) {
                Known& known = m_known[state.szReader];
                known.state = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
                known.atr = atrOf(state);
                const QString name = QString::fromStdString(known.name);
                update.events.append({PcscUpdate::Kind::ReaderAdded, name});
                if (known.state & SCARD_STATE_PRESENT)
                    update.events.append({PcscUpdate::Kind::CardInserted, name});
            }
        }
        deliver(std::move(update), delivered);

        // Wait for the next change of any reader, or of the reader list.
        std::vector<SCARD_READERSTATE> states;
        states.reserve(m_known.size() + 1);
        for (const auto& [name, known] : m_known) {
            SCARD_READERSTATE state{};
            state.szReader = known.name.c_str();
            state.dwCurrentState = known.state;
            states.push_back(state);
        }
        SCARD_READERSTATE pnp{};
        pnp.szReader = kPnpReader;
        pnp.dwCurrentState = DWORD(m_known.size()) << 16;
        states.push_back(pnp);
        rv = SCardGetStatusChange(context, INFINITE, states.data(), DWORD(states.size()));
        if (rv == SCARD_E_TIMEOUT || rv == SCARD_E_UNKNOWN_READER ||
            rv == SCARD_E_READER_UNAVAILABLE)
            continue;
        if (rv != SCARD_S_SUCCESS)
            return rv;

        PcscUpdate changes;
        for (std::size_t i = 0; i + 1 < states.size(); ++i) {
            const SCARD_READERSTATE& state = states[i];
            if ((state.dwEventState & SCARD_STATE_CHANGED) == 0)
                continue;
            if (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
                continue; // the reader is going: the next listing reports it
            Known& known = m_known[state.szReader];
            const DWORD now = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            const bool wasPresent = (known.state & SCARD_STATE_PRESENT) != 0;
            const bool isPresent = (now & SCARD_STATE_PRESENT) != 0;
            // pcsc-lite counts card events in the high word: a card swapped between two waits
            // shows as present both times with another count.
            const bool swapped = (known.state >> 16) != (now >> 16);
            const QString name = QString::fromStdString(known.name);
            if (wasPresent && (!isPresent || swapped))
                changes.events.append({PcscUpdate::Kind::CardRemoved, name});
            if (isPresent && (!wasPresent || swapped))
                changes.events.append({PcscUpdate::Kind::CardInserted, name});
            known.state = now;
            known.atr = atrOf(state);
        }
        deliver(std::move(changes), delivered);
    }
}

} // namespace sijil::identity
