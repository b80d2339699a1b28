#include "AuditEventMapping.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/sync/AuditServerCheck.h>

#include <QHash>
#include <QUrlQuery>

#include <memory>

namespace sijil::sync {

namespace {

using Outcome = core::Result<AuditServerReport>;

struct CheckState {
    const storage::AuditTrail& trail;
    fhir::FhirClient& client;
    int batch;
    AuditServerReport report;
    qint64 afterSeq = 0;
    // Entries whose server copy was overwritten since: compared with its first version.
    QList<QPair<storage::AuditEntry, QString>> toVread;
};

QFuture<Outcome> nextBatch(std::shared_ptr<CheckState> state);

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
QFuture<Outcome> firstVersions(std::shared_ptr<CheckState> state) {
    if (state->toVread.isEmpty())
        return nextBatch(state);
    const auto [entry, id] = state->toVread.takeFirst();
    return state->client.vread(QStringLiteral("AuditEvent"), id, QStringLiteral("1"))
        .then(&state->client,
              [state, entry](const core::Result<fhir::Response>& first) -> QFuture<Outcome> {
                  if (first)
                      compare(*state, entry, first->json());
                  else if (first.error().code() == "fhir/not-found")
                      state->report.absent << entry.seq;
                  else
                      return QtFuture::makeReadyFuture(Outcome(first.error()));
                  return firstVersions(state);
              })
        .unwrap();
}

QFuture<Outcome> nextBatch(std::shared_ptr<CheckState> state) {
    auto entries = state->trail.sent(state->afterSeq, state->batch);
    if (!entries)
        return QtFuture::makeReadyFuture(Outcome(entries.error()));
    if (entries->isEmpty())
        return QtFuture::makeReadyFuture(Outcome(state->report));
    state->afterSeq = entries->last().seq;
    QStringList ids;
    for (const storage::AuditEntry& e : *entries)
        ids << AuditEventMapping::idFor(e);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_id"), ids.join(u','));
    query.addQueryItem(QStringLiteral("_count"), QString::number(state->batch));
    return state->client.search(QStringLiteral("AuditEvent"), query, state->batch)
        .then(&state->client,
              [state, entries = *entries,
               ids](const core::Result<QList<QJsonObject>>& found) -> QFuture<Outcome> {
                  if (!found)
                      return QtFuture::makeReadyFuture(Outcome(found.error()));
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
                  return firstVersions(state);
              })
        .unwrap();
}

} // namespace

QFuture<core::Result<AuditServerReport>>
AuditServerCheck::run(const storage::AuditTrail& trail, fhir::FhirClient& client, int batch) {
    return nextBatch(std::make_shared<CheckState>(CheckState{trail, client, batch, {}, 0, {}}));
}

} // namespace sijil::sync
