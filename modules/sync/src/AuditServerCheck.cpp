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
    int historyCap;
    QPromise<Outcome> promise;
    AuditServerReport report;
    qint64 afterSeq = 0;
    // The latest time among the entries sent still here, and their ids.
    std::optional<storage::AuditEntry> latestSent;
    QSet<QString> idsAtLatest;
    // Entries whose server copy was overwritten since: compared with its first version.
    QList<QPair<storage::AuditEntry, QString>> toVread;
    // Set once the server's newer events were looked at: the first versions read last finish.
    bool newerLookedAt = false;
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
        return state->newerLookedAt ? finish(state, state->report) : nextBatch(state);
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

// The server's events that are entries still here, sent or not yet marked sent (the server's
// answer came, the mark did not: a crash, or the desktop's cycle running now), are compared
// like the others and taken out of `newer`; what is left there is not here at all.
core::Status matchLocalEntries(CheckState& state, QHash<QString, QJsonObject>& newer,
                               bool onlySources) {
    qint64 after = 0;
    while (!newer.isEmpty()) {
        const auto page = state.trail.entries(after, 1000);
        if (!page)
            return page.error();
        for (const storage::AuditEntry& e : *page) {
            const auto event = newer.constFind(AuditEventMapping::idFor(e));
            if (event == newer.cend())
                continue;
            const QString version = event->value(QStringLiteral("meta"))
                                        .toObject()
                                        .value(QStringLiteral("versionId"))
                                        .toString();
            // An answer cut to its source, or a copy overwritten since: its first version says.
            if (onlySources || version != u"1")
                state.toVread << qMakePair(e, event.key());
            else
                compare(state, e, *event);
            newer.erase(event);
        }
        if (page->size() < 1000)
            break;
        after = page->last().seq;
    }
    return {};
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
    // One more than the cap asked for: a longer answer says the check could not see it all.
    state->client.search(QStringLiteral("AuditEvent"), query, state->historyCap + 1)
        .then(&state->client, [state, workstation](const core::Result<QList<QJsonObject>>& found) {
            if (!found)
                return finish(state, found.error());
            state->report.incomplete = found->size() > state->historyCap;
            QStringList order;
            QHash<QString, QJsonObject> newer;
            for (const QJsonObject& event : found->mid(0, state->historyCap)) {
                const QString observer = event.value(QStringLiteral("source"))
                                             .toObject()
                                             .value(QStringLiteral("observer"))
                                             .toObject()
                                             .value(QStringLiteral("display"))
                                             .toString();
                const QString id = event.value(QStringLiteral("id")).toString();
                if (observer == workstation && !state->idsAtLatest.contains(id) &&
                    !newer.contains(id)) {
                    order << id;
                    newer.insert(id, event);
                }
            }
            if (auto s = matchLocalEntries(*state, newer, !state->latestSent); !s)
                return finish(state, s.error());
            for (const QString& id : order) {
                if (newer.contains(id))
                    state->report.missingHere << id;
            }
            state->newerLookedAt = true;
            firstVersions(state);
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
                                                               const Origin& origin, int batch,
                                                               int historyCap) {
    auto state = std::make_shared<CheckState>(
        CheckState{trail, client, origin, batch, historyCap, {}, {}, 0, {}, {}, {}});
    state->promise.start();
    QFuture<core::Result<AuditServerReport>> future = state->promise.future();
    nextBatch(state);
    return future;
}

} // namespace sijil::sync
