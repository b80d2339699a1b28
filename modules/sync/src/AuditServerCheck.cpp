#include "AuditEventMapping.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/sync/AuditServerCheck.h>

#include <QHash>
#include <QPromise>
#include <QSet>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace sijil::sync {

namespace {

using Outcome = core::Result<AuditServerReport>;

// One check in progress. Each answer starts the next request from the event loop, so that a
// trail of years (thousands of batches) never nests continuations on one stack.
struct CheckState {
    const storage::AuditTrail& trail;
    fhir::FhirClient& client;
    AuditServerCheck::Origin origin;
    int batch;
    QPromise<Outcome> promise;
    AuditServerReport report;
    qint64 afterSeq = 0;
    // The latest time among the entries sent still here, and their ids.
    std::optional<storage::AuditEntry> latestSent;
    QSet<QString> idsAtLatest;
    // Entries whose server copy was overwritten since: compared with its first version.
    QList<QPair<storage::AuditEntry, QString>> toVread;
};

void nextBatch(const std::shared_ptr<CheckState>& state);

void finish(const std::shared_ptr<CheckState>& state, Outcome outcome) {
    state->promise.addResult(std::move(outcome));
    state->promise.finish();
}

void compare(CheckState& state, const storage::AuditEntry& entry, const QJsonObject& copy) {
    const QString sentPrint = AuditEventMapping::fingerprintOf(copy);
    if (sentPrint.isEmpty())
        ++state.report.unfingerprinted;
    else if (sentPrint == storage::AuditTrail::fingerprint(entry))
        ++state.report.checked;
    else
        state.report.altered << entry.seq;
}

// The copies overwritten on the server, one first version at a time, then the next batch.
void firstVersions(const std::shared_ptr<CheckState>& state) {
    if (state->toVread.isEmpty())
        return nextBatch(state);
    const auto [entry, id] = state->toVread.takeFirst();
    state->client.vread(QStringLiteral("AuditEvent"), id, QStringLiteral("1"))
        .then(&state->client, [state, entry](const core::Result<fhir::Response>& first) {
            if (first)
                compare(*state, entry, first->json());
            else if (first.error().code() == "fhir/not-found")
                state->report.unverifiable << entry.seq; // versions not numbered from 1 there
            else
                return finish(state, first.error());
            firstVersions(state);
        });
}

// What the server holds from this workstation from the latest entry sent that is still here
// on: entries cut off the end of the trail (and the chain re-signed) are found there. With no
// entry sent left here, everything it holds from this workstation: a trail emptied whole, its
// head with it, leaves nothing here to tell it from a new one.
void newerOnTheServer(const std::shared_ptr<CheckState>& state) {
    const storage::AuditEntry last = state->latestSent.value_or(storage::AuditEntry{});
    const QString site = state->latestSent ? last.facilityId : state->origin.facilityId;
    const QString workstation = state->latestSent ? last.workstation : state->origin.workstation;
    if (site.isEmpty() || workstation.isEmpty())
        return finish(state, state->report);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site"), site);
    if (state->latestSent)
        query.addQueryItem(QStringLiteral("date"),
                           QStringLiteral("ge") + last.recordedAtUtc.toString(Qt::ISODateWithMs));
    else // the site's whole history: only what tells the workstation
        query.addQueryItem(QStringLiteral("_elements"), QStringLiteral("source"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(state->batch));
    state->client.search(QStringLiteral("AuditEvent"), query)
        .then(&state->client, [state, workstation](const core::Result<QList<QJsonObject>>& found) {
            if (!found)
                return finish(state, found.error());
            for (const QJsonObject& event : *found) {
                const QString observer = event.value(QStringLiteral("source"))
                                             .toObject()
                                             .value(QStringLiteral("observer"))
                                             .toObject()
                                             .value(QStringLiteral("display"))
                                             .toString();
                const QString id = event.value(QStringLiteral("id")).toString();
                if (observer == workstation && !state->idsAtLatest.contains(id))
                    state->report.missingHere << id;
            }
            finish(state, state->report);
        });
}

void nextBatch(const std::shared_ptr<CheckState>& state) {
    auto entries = state->trail.sent(state->afterSeq, state->batch);
    if (!entries)
        return finish(state, entries.error());
    if (entries->isEmpty())
        return newerOnTheServer(state);
    state->afterSeq = entries->last().seq;
    QStringList ids;
    for (const storage::AuditEntry& e : *entries) {
        ids << AuditEventMapping::idFor(e);
        if (!state->latestSent || e.recordedAtUtc > state->latestSent->recordedAtUtc) {
            state->latestSent = e;
            state->idsAtLatest = {ids.last()};
        } else if (e.recordedAtUtc == state->latestSent->recordedAtUtc) {
            state->idsAtLatest.insert(ids.last());
        }
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_id"), ids.join(u','));
    query.addQueryItem(QStringLiteral("_count"), QString::number(state->batch));
    state->client.search(QStringLiteral("AuditEvent"), query, state->batch)
        .then(&state->client,
              [state, entries = *entries, ids](const core::Result<QList<QJsonObject>>& found) {
                  if (!found)
                      return finish(state, found.error());
                  QHash<QString, QJsonObject> byId;
                  for (const QJsonObject& event : *found)
                      byId.insert(event.value(QStringLiteral("id")).toString(), event);
                  for (qsizetype i = 0; i < entries.size(); ++i) {
                      const auto copy = byId.constFind(ids[i]);
                      if (copy == byId.cend()) {
                          state->report.absent << entries[i].seq;
                          continue;
                      }
                      const QString version = copy->value(QStringLiteral("meta"))
                                                  .toObject()
                                                  .value(QStringLiteral("versionId"))
                                                  .toString();
                      if (version == u"1")
                          compare(*state, entries[i], *copy);
                      else
                          state->toVread << qMakePair(entries[i], ids[i]);
                  }
                  firstVersions(state);
              });
}

} // namespace

QFuture<core::Result<AuditServerReport>> AuditServerCheck::run(const storage::AuditTrail& trail,
                                                               fhir::FhirClient& client,
                                                               const Origin& origin, int batch) {
    auto state = std::make_shared<CheckState>(
        CheckState{trail, client, origin, batch, {}, {}, 0, {}, {}, {}});
    state->promise.start();
    QFuture<core::Result<AuditServerReport>> future = state->promise.future();
    nextBatch(state);
    return future;
}

} // namespace sijil::sync
