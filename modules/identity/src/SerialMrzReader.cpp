#include "IdentityLog.h"
#include "QtSerialLink.h"

#include <sijil/identity/SerialMrzReader.h>

namespace sijil::identity {

namespace {
constexpr const char* kCtx = "sijil::identity::SerialMrzReader";
constexpr std::chrono::seconds kDefaultRetry{3};
} // namespace

SerialMrzReader::SerialMrzReader(SerialPortSettings settings, QObject* parent)
    : SerialMrzReader(std::move(settings), std::make_unique<QtSerialLink>(), parent) {}

SerialMrzReader::SerialMrzReader(SerialPortSettings settings, std::unique_ptr<SerialLink> link,
                                 QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_link(std::move(link)) {
    m_retry.setInterval(kDefaultRetry);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SerialMrzReader::tryOpen);
    connect(m_link.get(), &SerialLink::readyRead, this, &SerialMrzReader::onReadyRead);
    connect(m_link.get(), &SerialLink::failed, this, &SerialMrzReader::onFailed);
}

SerialMrzReader::~SerialMrzReader() {
    stop();
}

void SerialMrzReader::start() {
    if (!m_settings.isConfigured() || m_running)
        return;
    m_running = true;
    tryOpen();
}

void SerialMrzReader::stop() {
    m_running = false;
    m_retry.stop();
    m_link->close();
    m_framer.reset();
    m_reported.reset();
}

bool SerialMrzReader::isOpen() const {
    return m_link->isOpen();
}

void SerialMrzReader::setRetryInterval(std::chrono::milliseconds interval) {
    m_retry.setInterval(interval);
}

std::chrono::milliseconds SerialMrzReader::retryInterval() const {
    return m_retry.intervalAsDuration();
}

void SerialMrzReader::tryOpen() {
    if (!m_running || m_link->isOpen())
        return;
    if (auto failure = m_link->open(m_settings)) {
        report(*failure);
        m_retry.start();
        return;
    }
    m_framer.reset();
    m_reported.reset();
    qCInfo(lcIdentity) << "serial MRZ reader open on" << m_settings.portName;
    emit opened();
}

void SerialMrzReader::onReadyRead() {
    for (const auto& event : m_framer.feed(m_link->readAll())) {
        if (event.kind == SerialMrzFramer::Event::Kind::Zone) {
            emit zoneRead(event.zone);
        } else {
            // Never the bytes themselves in the log: they may be half a zone (names, numbers).
            qCInfo(lcIdentity) << "serial MRZ reader: unreadable data from" << m_settings.portName;
            emit error(core::Error(
                "identity/serial-garbage",
                core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SerialMrzReader",
                                                       "Le lecteur MRZ a envoyé des données "
                                                       "illisibles. Repassez le document.")),
                QStringLiteral("data that is not a machine-readable zone on %1")
                    .arg(m_settings.portName)));
        }
    }
}

void SerialMrzReader::onFailed(const SerialLink::Failure& failure) {
    m_link->close();
    m_framer.reset();
    report(failure);
    if (m_running)
        m_retry.start();
}

void SerialMrzReader::report(const SerialLink::Failure& failure) {
    qCInfo(lcIdentity) << "serial MRZ reader on" << m_settings.portName << failure.problem
                       << failure.detail;
    // Said once per episode: an unplugged reader is then "not found" until it comes back.
    const bool sameEpisode = m_reported && (*m_reported == failure.problem ||
                                            (*m_reported == SerialLink::Problem::Unplugged &&
                                             failure.problem == SerialLink::Problem::NotFound));
    if (sameEpisode)
        return;
    m_reported = failure.problem;
    emit error(errorFor(failure.problem, failure.detail));
}

core::Error SerialMrzReader::errorFor(SerialLink::Problem problem, const QString& detail) const {
    const QString& port = m_settings.portName;
    switch (problem) {
    case SerialLink::Problem::NotFound:
        return core::Error(
            "identity/serial-port-absent",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SerialMrzReader",
                                                   "Le lecteur MRZ « %1 » est introuvable. "
                                                   "Vérifiez qu'il est branché : Sijil le "
                                                   "détectera dès qu'il le sera."))
                .arg(port),
            detail);
    case SerialLink::Problem::PermissionDenied:
        return core::Error(
            "identity/serial-permission-denied",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SerialMrzReader",
                                                   "Accès refusé au lecteur MRZ « %1 » : il "
                                                   "est utilisé par un autre programme, ou "
                                                   "l'utilisateur n'est pas dans le groupe "
                                                   "« dialout ». Prévenez l'administrateur."))
                .arg(port),
            detail);
    case SerialLink::Problem::Unplugged:
        return core::Error(
            "identity/serial-unplugged",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SerialMrzReader",
                                                   "Le lecteur MRZ « %1 » a été débranché. "
                                                   "Sijil le reprendra dès qu'il sera "
                                                   "rebranché."))
                .arg(port),
            detail);
    case SerialLink::Problem::Other:
        break;
    }
    return core::Error("identity/serial-open-failed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SerialMrzReader",
                                                              "Impossible d'ouvrir le lecteur MRZ "
                                                              "« %1 » ; Sijil réessaiera."))
                           .arg(port),
                       detail);
}

} // namespace sijil::identity
