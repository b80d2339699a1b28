#include "AuditEventMapping.h"
#include "SyncLog.h"

#include <sijil/core/ConnectionStatus.h>
#include <sijil/fhir/OperationOutcome.h>
#include <sijil/storage/AuditRefusals.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/sync/SyncService.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sijil::sync {

namespace {

constexpr int kAuditBatch = 100;

// The link itself failed (or the server is down): try again later, quietly.
bool isLinkFailure(const core::Error& e) {
    const QByteArray code = e.code();
    return code == "fhir/network" || code == "fhir/busy" || code == "fhir/server-error";
}

// The secure connection failed: the server's certificate is not trusted here, or the server
// did not accept this workstation's (or closed the connection while it was being made). No data
// goes either way until a person fixes it.
bool isTlsFailure(const core::Error& e) {
    return e.is("fhir/tls") || e.is("fhir/tls-refused") || e.is("fhir/tls-closed");
}

// Nothing more can be done this cycle. Anything else (a refusal, an unreadable answer) concerns
// one step only: the cycle goes on, and reports it.
// The link, its TLS, or this workstation's own store: nothing more of the cycle can go well.
bool stopsTheCycle(const core::Error& e) {
    return isLinkFailure(e) || isTlsFailure(e) || e.code().startsWith("storage/");
}

// The server refused this one entry (invalid, unprocessable, in conflict there): sending it again
// changes nothing. Not an account refused (401, 403), nor a server without the type (404), nor
// an unreadable answer: those are about every entry.
bool refusesTheEntry(const core::Error& e) {
    return e.is("fhir/bad-request") || e.is("fhir/unprocessable") || e.is("fhir/conflict");
}

} // namespace

SyncService::SyncService(storage::ResourceStore& store, storage::Outbox& outbox,
                         storage::AuditTrail* audit, fhir::FhirClient& client,
                         core::ConnectionStatus& status, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_audit(audit)
    , m_client(client)
    , m_status(status)
    , m_options(std::move(options))
    , m_engine(store, outbox, client)
    , m_retry(m_options.firstRetry) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::runCycle);
}

QList<PullSpec> SyncService::facilityPulls(const QString& facilityId) {
    if (facilityId.isEmpty())
        return {};
    const QString organization = QStringLiteral("Organization/") + facilityId;
    auto spec = [&organization](const QString& type, const QString& parameter) {
        QUrlQuery q;
        q.addQueryItem(parameter, organization);
        return PullSpec{type, q};
    };
    // Chained on the patient, so that only the facility's patients' records come down.
    return {spec(QStringLiteral("Patient"), QStringLiteral("organization")),
            spec(QStringLiteral("RelatedPerson"), QStringLiteral("patient.organization")),
            spec(QStringLiteral("Coverage"), QStringLiteral("beneficiary.organization")),
            spec(QStringLiteral("Encounter"), QStringLiteral("patient.organization")),
            spec(QStringLiteral("Condition"), QStringLiteral("patient.organization")),
            spec(QStringLiteral("Observation"), QStringLiteral("patient.organization")),
            spec(QStringLiteral("DocumentReference"), QStringLiteral("patient.organization")),
            spec(QStringLiteral("ImagingStudy"), QStringLiteral("patient.organization"))};
}

void SyncService::start() {
    m_status.setServerConfigured(true);
    refreshCounts();
    schedule(std::chrono::milliseconds(0));
}

void SyncService::requestSync() {
    refreshCounts();
    if (m_running) {
        m_again = true;
        return;
    }
    // Sooner than whatever is planned, never later; and never before the server asked.
    const auto soonest = std::max(m_options.debounce, serverWait());
    if (!m_timer.isActive() || m_timer.remainingTimeAsDuration() > soonest)
        schedule(soonest);
}

std::chrono::milliseconds SyncService::serverWait() const {
    if (!m_client.notBeforeUtc().isValid())
        return std::chrono::milliseconds(0);
    // Bounded: a server's clock ahead of ours, or a wait of weeks, must not stop sync for good.
    const qint64 asked = QDateTime::currentDateTimeUtc().msecsTo(m_client.notBeforeUtc());
    return std::chrono::milliseconds(
        std::clamp<qint64>(asked, 0, std::chrono::milliseconds(kLongestServerWait).count()));
}

void SyncService::refreshCounts() {
    if (auto pending = m_outbox.pendingCount())
        m_status.setPendingCount(*pending);
    if (auto conflicts = m_store.conflicts())
        m_status.setConflictCount(int(conflicts->size()));
}

void SyncService::runBetweenCycles(std::function<void()> work) {
    if (!m_running)
        return work();
    m_betweenCycles.append(std::move(work));
}

std::optional<std::chrono::milliseconds> SyncService::nextCycleIn() const {
    if (!m_timer.isActive())
        return std::nullopt;
    return m_timer.remainingTimeAsDuration();
}

void SyncService::schedule(std::chrono::milliseconds delay) {
    m_timer.start(delay);
}

void SyncService::runCycle() {
    if (m_running)
        return;
    m_running = true;
    m_again = false;
    m_report = {};
    m_cycleStartedUtc = QDateTime::currentDateTimeUtc();
    m_status.setState(core::ConnectionStatus::State::Syncing);
    // At most once a cycle: an entry refused again is set aside again, not offered in a loop.
    if (auto again = offerRefusedAuditAgain(); !again)
        return finishCycle(again.error());
    m_engine.push().then(this, [this](const core::Result<SyncReport>& pushed) {
        refreshCounts();
        if (!pushed && stopsTheCycle(pushed.error()))
            return finishCycle(pushed.error());
        if (!pushed) {
            // An answer that could not be read, or a refusal of every entry (an account, a
            // type): the changes wait in the outbox for the next cycle, and the records still
            // come down, the audit trail still goes up; the cycle says it did not do everything.
            qCWarning(lcSync) << "the push failed, kept for the next cycle:" << pushed.error();
            keepRefusal(pushed.error());
        } else {
            m_report = *pushed;
        }
        pullAt(0);
    });
}

void SyncService::pullAt(int index) {
    if (index >= m_options.pulls.size())
        return catchUp(0);
    const PullSpec& spec = m_options.pulls[index];
    SyncEngine::CatchUpPlan plan;
    if (spec.type == u"Patient")
        plan = [this](const QStringList& arrived) {
            return catchUpPulls(arrived);
        };
    // Searches never show what the server deleted: its history does. It is read before the
    // search, so that a new workstation starts its history at the present, before the first pull
    // brings records last changed years ago; a deletion between the two is read next cycle.
    m_engine.pullDeletions(spec.type).then(
        this, [this, index, plan](const core::Result<SyncReport>& deleted) {
            if (!deleted && stopsTheCycle(deleted.error()))
                return finishCycle(deleted.error());
            if (!deleted) {
                // The history refused or unreadable: deletions wait for the next cycle (the
                // cursor has not moved), the records still come down, and the cycle says it did
                // not do everything.
                qCWarning(lcSync) << "the history of" << m_options.pulls[index].type
                                  << "could not be read:" << deleted.error();
                keepRefusal(deleted.error());
            } else {
                addPulled(*deleted);
            }
            const PullSpec& pulling = m_options.pulls[index];
            m_engine.pull(pulling.type, pulling.scope, plan)
                .then(this, [this, index](const core::Result<SyncReport>& pulled) {
                    if (!pulled && stopsTheCycle(pulled.error()))
                        return finishCycle(pulled.error());
                    if (!pulled) {
                        // One type's search refused (a chained parameter the server does not
                        // support, a type this account may not read): its cursor stays where
                        // the last page applied left it, and the other types, the catch-ups
                        // and the audit trail do not wait behind it.
                        qCWarning(lcSync) << "the pull of" << m_options.pulls[index].type
                                          << "failed, kept for the next cycle:" << pulled.error();
                        keepRefusal(pulled.error());
                    } else {
                        addPulled(*pulled);
                    }
                    pullAt(index + 1);
                });
        });
}

void SyncService::keepRefusal(const core::Error& error) {
    if (!m_report.refusal) // the first says why
        m_report.refusal = error;
}

void SyncService::addPulled(const SyncReport& pulled) {
    m_report.pulled += pulled.pulled;
    m_report.unchanged += pulled.unchanged;
    m_report.removed += pulled.removed;
    m_report.conflicts += pulled.conflicts;
}

QList<PullSpec> SyncService::catchUpPulls(const QStringList& patientIds) const {
    // A patient who arrives at the facility (a transfer, a new managing organisation) brings
    // records older than the cursors: each type chained on the patient is read for them whole.
    // A type never pulled yet reads everything of the facility's patients anyway.
    QList<std::pair<QString, QString>> chained; // type, the parameter naming the patient
    for (const PullSpec& spec : m_options.pulls) {
        if (auto cursor = m_store.cursor(spec.type); !cursor || cursor->isEmpty())
            continue;
        for (const auto& [parameter, value] : spec.scope.queryItems()) {
            if (parameter.contains(u'.'))
                chained.append({spec.type, parameter.section(u'.', 0, 0)});
        }
    }
    QList<PullSpec> out;
    for (const QString& id : patientIds) {
        for (const auto& [type, parameter] : chained) {
            QUrlQuery scope;
            scope.addQueryItem(parameter, QStringLiteral("Patient/") + id);
            out << PullSpec{type, scope};
        }
    }
    return out;
}

void SyncService::catchUp(qint64 afterSeq) {
    // Kept in the store: those of a cycle that failed, or of a run of the program that stopped,
    // come first. A catch-up leaves once read in full.
    const auto pending = m_store.pendingPulls();
    if (!pending)
        return finishCycle(pending.error());
    const auto next = std::find_if(pending->cbegin(), pending->cend(),
                                   [afterSeq](const auto& p) { return p.seq > afterSeq; });
    if (next == pending->cend())
        return uploadAudit();
    m_engine.pullAll(next->type, QUrlQuery(next->query))
        .then(this, [this, seq = next->seq](const core::Result<SyncReport>& pulled) {
            if (!pulled && stopsTheCycle(pulled.error()))
                return finishCycle(pulled.error());
            if (!pulled) {
                // Refused (or unreadable): kept for the next cycle, and the cycle's problem; the
                // other catch-ups and the audit trail do not wait behind it.
                qCWarning(lcSync) << "a catch-up pull failed, kept for the next cycle:"
                                  << pulled.error();
                keepRefusal(pulled.error());
                // Refused for good: records put back that wait for it would never take a
                // change again.
                if (refusesTheEntry(pulled.error()) || pulled.error().is("fhir/forbidden") ||
                    pulled.error().is("fhir/not-found")) {
                    if (auto s = m_store.stopWaitingFor(seq); !s)
                        return finishCycle(s.error());
                }
                return catchUp(seq);
            }
            addPulled(*pulled);
            if (auto s = m_store.pullDone(seq); !s)
                return finishCycle(s.error());
            catchUp(seq);
        });
}

namespace {

// Entries a batch-response refused for good, and why the first of them was.
struct RefusedForGood {
    QList<qint64> seqs;
    std::optional<core::Error> why;
};

// The entries (by seq) a batch-response accepted; those it refused for good in `forGood`; the
// first refusal, or a malformed answer, in `refused`.
QList<qint64> acceptedInBatch(const QList<qint64>& seqs, const QJsonObject& response,
                              std::optional<core::Error>& refused, RefusedForGood& forGood) {
    const QJsonArray answers = response.value(QStringLiteral("entry")).toArray();
    // One answer per entry, in the same order (FHIR R4 3.1.0.11.4).
    if (response.value(QStringLiteral("type")).toString() != u"batch-response" ||
        answers.size() != seqs.size()) {
        refused = fhir::FhirClient::malformed(
            QStringLiteral("an audit batch of %1 answered with %2 entries")
                .arg(seqs.size())
                .arg(answers.size()));
        return {};
    }
    QList<qint64> accepted;
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        const QJsonObject answer =
            answers[i].toObject().value(QStringLiteral("response")).toObject();
        const QString status = answer.value(QStringLiteral("status")).toString();
        if (status.startsWith(u'2')) {
            accepted << seqs[i];
            continue;
        }
        const core::Error error = fhir::OperationOutcome::toError(
            status.section(u' ', 0, 0).toInt(),
            QJsonDocument(answer.value(QStringLiteral("outcome")).toObject()).toJson());
        if (refusesTheEntry(error)) {
            forGood.seqs << seqs[i];
            if (!forGood.why)
                forGood.why = error;
        }
        if (!refused)
            refused = error;
    }
    return accepted;
}

} // namespace

core::Status SyncService::offerRefusedAuditAgain() {
    if (!m_auditRefusals ||
        (m_refusedAuditOffered.isValid() &&
         !m_refusedAuditOffered.hasExpired(
             std::chrono::milliseconds(m_options.offerRefusedAuditAgain).count())))
        return {};
    auto offered = m_auditRefusals->offerAgain();
    if (!offered)
        return offered.error();
    m_refusedAuditOffered.start();
    if (*offered > 0)
        qCInfo(lcSync) << *offered << "audit entries refused before are offered again";
    return {};
}

void SyncService::uploadAudit() {
    if (!m_audit)
        return finishCycle(std::nullopt);
    auto unsent = m_audit->unsent(kAuditBatch);
    if (!unsent)
        return finishCycle(unsent.error());
    if (unsent->isEmpty())
        return finishCycle(std::nullopt);
    // Sent as the server's CapabilityStatement allows (read by the push): a transaction, else a
    // batch, else one PUT per event. Each has an id derived from its entry, so whatever is sent
    // again after a crash or a lost answer changes nothing.
    const auto& capabilities = m_engine.capabilities();
    const bool transaction =
        capabilities && capabilities->supportsSystem(QStringLiteral("transaction"));
    if (!transaction && !(capabilities && capabilities->supportsSystem(QStringLiteral("batch"))))
        return putAudit(*unsent);
    QJsonArray entries;
    QList<qint64> seqs;
    for (const storage::AuditEntry& e : *unsent) {
        const QString url = QStringLiteral("AuditEvent/") + AuditEventMapping::idFor(e);
        const QString fullUrl = m_client.baseUrl().toString(QUrl::StripTrailingSlash) + u'/' + url;
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), fullUrl},
                                   {QStringLiteral("resource"), AuditEventMapping::toAuditEvent(e)},
                                   {QStringLiteral("request"),
                                    QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                                {QStringLiteral("url"), url}}}});
        seqs << e.seq;
    }
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), transaction ? QStringLiteral("transaction")
                                                                  : QStringLiteral("batch")},
                             {QStringLiteral("entry"), entries}};
    m_client.postBundle(QJsonDocument(bundle).toJson(QJsonDocument::Compact), true)
        .then(this, [this, seqs, transaction](const core::Result<fhir::Response>& r) {
            // A transaction refused for what one of its entries says: each goes by itself, so
            // that the one refused is set aside and the others still go.
            if (!r && transaction && m_auditRefusals && refusesTheEntry(r.error())) {
                auto again = m_audit->unsent(int(seqs.size()));
                return again ? putAudit(*again) : finishCycle(again.error());
            }
            if (!r)
                return finishCycle(r.error());
            // A transaction is taken whole; a batch entry by entry.
            QList<qint64> sent = seqs;
            std::optional<core::Error> refused;
            RefusedForGood forGood;
            if (!transaction)
                sent = acceptedInBatch(seqs, r->json(), refused, forGood);
            if (auto s = m_audit->markSent(sent); !s)
                return finishCycle(s.error());
            qCInfo(lcSync) << sent.size() << "audit events sent";
            if (m_auditRefusals && forGood.why) {
                if (auto s = setAsideAudit(forGood.seqs, *forGood.why); !s)
                    return finishCycle(s.error());
                // Every entry answered for good: the next batch goes now.
                if (sent.size() + forGood.seqs.size() == seqs.size())
                    return uploadAudit();
            }
            // What the server did not take is sent again next cycle, not in a loop now.
            if (refused)
                return finishCycle(refused);
            uploadAudit(); // the next batch, if any
        });
}

void SyncService::putAudit(QList<storage::AuditEntry> entries) {
    if (entries.isEmpty())
        return uploadAudit(); // the next batch, if any
    const storage::AuditEntry e = entries.takeFirst();
    m_client
        .update(QStringLiteral("AuditEvent"), AuditEventMapping::idFor(e),
                QJsonDocument(AuditEventMapping::toAuditEvent(e)).toJson(QJsonDocument::Compact))
        .then(this, [this, entries, seq = e.seq](const core::Result<fhir::Response>& r) {
            if (!r && m_auditRefusals && refusesTheEntry(r.error())) {
                // This entry only: the ones after it still go.
                if (auto s = setAsideAudit({seq}, r.error()); !s)
                    return finishCycle(s.error());
                return putAudit(entries);
            }
            if (!r)
                return finishCycle(r.error());
            if (auto s = m_audit->markSent({seq}); !s)
                return finishCycle(s.error());
            putAudit(entries);
        });
}

core::Status SyncService::setAsideAudit(const QList<qint64>& seqs, const core::Error& why) {
    if (auto s = m_auditRefusals->markRefused(seqs); !s)
        return s;
    QStringList numbers;
    for (qint64 seq : seqs)
        numbers << QString::number(seq);
    const QString which =
        QStringLiteral("audit entries refused, set aside: %1").arg(numbers.join(u','));
    qCWarning(lcSync) << which << why;
    // The cycle's problem, for the sync log and the status bar, naming the entries.
    keepRefusal(
        core::Error(why.code(), why.message(), which + QStringLiteral("; ") + why.detail()));
    return {};
}

void SyncService::finishCycle(const std::optional<core::Error>& failure) {
    m_running = false;
    // Changes the server refused leave the cycle's other work done, and are its error for the
    // log and the status bar.
    const std::optional<core::Error> error = failure ? failure : m_report.refusal;
    m_lastError = error;
    m_lastReport = m_report;
    refreshCounts();
    if (m_journal) {
        storage::SyncRun run;
        run.startedAtUtc = m_cycleStartedUtc;
        run.finishedAtUtc = QDateTime::currentDateTimeUtc();
        run.succeeded = !error;
        run.pushed = m_report.pushed;
        run.pulled = m_report.pulled;
        run.conflicts = m_report.conflicts;
        run.pending = m_status.pendingCount();
        if (error) {
            run.errorCode = QString::fromLatin1(error->code());
            run.errorDetail = error->detail();
        }
        if (auto s = m_journal->append(run); !s)
            qCWarning(lcSync) << "sync log not written:" << s.error();
    }
    if (!failure) {
        m_retry = m_options.firstRetry;
        m_status.setState(core::ConnectionStatus::State::Online);
        m_status.setProblem(m_report.refusal);
        m_status.setLastSuccessUtc(QDateTime::currentDateTimeUtc());
        qCInfo(lcSync) << "cycle done: pushed" << m_report.pushed << "pulled" << m_report.pulled
                       << "removed" << m_report.removed << "conflicts" << m_report.conflicts
                       << "refused" << m_report.refused;
        schedule(m_again ? m_options.debounce : m_options.period);
    } else if (isLinkFailure(*error) || isTlsFailure(*error)) {
        m_status.setState(core::ConnectionStatus::State::Offline);
        // Offline either way; only a TLS failure has something for a person to fix, said until
        // a cycle gets further.
        m_status.setProblem(isTlsFailure(*error) ? error : std::nullopt);
        // Never sooner than the server asked (Retry-After), however short our own backoff.
        const auto wait = std::max(m_retry, serverWait());
        qCInfo(lcSync) << "server unreachable; next try in" << wait.count() << "ms:" << *error;
        schedule(wait);
        m_retry = std::min(m_retry * 2, m_options.maxRetry);
    } else {
        // Reached, but refused: the link is fine, a person has to look (sync log).
        m_status.setState(core::ConnectionStatus::State::Online);
        m_status.setProblem(error);
        qCWarning(lcSync) << "cycle failed:" << *error;
        schedule(m_options.period);
    }
    emit cycleFinished(!error.has_value());
    // Before this thread's event loop can start the next cycle (its timer is only armed).
    while (!m_betweenCycles.isEmpty())
        m_betweenCycles.takeFirst()();
}

} // namespace sijil::sync
