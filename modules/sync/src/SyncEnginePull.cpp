// SyncEngine's pulls: a type's changes since its cursor, page by page. The pushes are in
// SyncEngine.cpp, the deletions read in the type's history in SyncEngineDeletions.cpp.
#include "EngineFinish.h"
#include "PullTimes.h"
#include "SyncLog.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ServerResource.h>
#include <sijil/sync/SyncEngine.h>

#include <QPromise>
#include <QUrlQuery>

#include <algorithm>

namespace sijil::sync {

using detail::cursorText;
using detail::finish;
using detail::kSettleSecs;
using detail::readTime;

struct SyncEngine::PullState {
    QPromise<core::Result<SyncReport>> promise;
    SyncReport report;
    QString type;
    QDateTime newestSeen; // UTC; invalid before the first pull of the type
    // Whether every resource so far came later than (or with) the one before, as asked
    // (_sort=_lastUpdated): only then may the cursor move before the last page.
    bool inOrder = true;
    QDateTime lastSeen;      // the last resource's time, in the order received
    QDateTime pageEnd;       // the last resource's time on the page before
    bool incremental = true; // from the cursor, moving it; false for pullAll
    bool pulledBefore = false;
    QDateTime readAt; // when the server ran the search (first page), if it says
    CatchUpPlan catchUp;
};

namespace {

// Where a read may leave its cursor: at what it saw, but no later than the server's read time
// less the settling window (a later change seen on a page fetched after the read, or a commit
// that came late, would otherwise be stepped over).
QDateTime settled(const QDateTime& seen, const QDateTime& readAt) {
    // Nothing seen yet: the cursor does not move (a first page has no page before it).
    if (!readAt.isValid() || !seen.isValid())
        return seen;
    const QDateTime limit = readAt.addSecs(-kSettleSecs);
    return seen > limit ? limit : seen;
}

// The resources new to the store that were not made where they are now. A resource at its first
// version was: its records came after it, and come with the incremental pulls. Versions are the
// server's own strings: anything else counts as arrived.
QStringList arrivals(const QList<storage::StoredResource>& batch, const QStringList& insertedIds) {
    QStringList out;
    for (const QString& id : insertedIds) {
        const auto it =
            std::find_if(batch.cbegin(), batch.cend(),
                         [&id](const storage::StoredResource& r) { return r.id == id; });
        if (it == batch.cend() || it->versionId != u"1")
            out << id;
    }
    return out;
}

} // namespace

QFuture<core::Result<SyncReport>> SyncEngine::pullAll(const QString& type, const QUrlQuery& scope) {
    return pull(type, scope, false, {});
}

QFuture<core::Result<SyncReport>> SyncEngine::pull(const QString& type, const QUrlQuery& scope,
                                                   const CatchUpPlan& catchUp) {
    return pull(type, scope, true, catchUp);
}

QFuture<core::Result<SyncReport>> SyncEngine::pull(const QString& type, const QUrlQuery& scope,
                                                   bool incremental, const CatchUpPlan& catchUp) {
    auto state = std::make_shared<PullState>();
    state->type = type;
    state->incremental = incremental;
    state->catchUp = catchUp;
    state->promise.start();
    auto future = state->promise.future();
    auto cursor = m_store.cursor(type);
    if (!cursor) {
        finish(state, cursor.error());
        return future;
    }
    if (incremental) {
        state->newestSeen = QDateTime::fromString(*cursor, Qt::ISODateWithMs).toUTC();
        state->lastSeen = state->newestSeen; // what comes is at or after it
        state->pulledBefore = !cursor->isEmpty();
    }
    QUrlQuery query = scope;
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    // "ge", not "gt": several resources may share the cursor's millisecond; those already here
    // come back unchanged.
    if (state->newestSeen.isValid())
        query.addQueryItem(QStringLiteral("_lastUpdated"),
                           QStringLiteral("ge") + cursorText(state->newestSeen));
    m_client.searchFirst(type, query)
        .then(this, [this, state](const core::Result<fhir::FhirClient::Page>& page) {
            onPage(state, page);
        });
    return future;
}

void SyncEngine::pullPage(const std::shared_ptr<PullState>& state, const QUrl& next) {
    m_client.searchNext(next).then(
        this,
        [this, state](const core::Result<fhir::FhirClient::Page>& page) { onPage(state, page); });
}

void SyncEngine::onPage(const std::shared_ptr<PullState>& state,
                        const core::Result<fhir::FhirClient::Page>& page) {
    if (!page)
        return finish(state, page.error());
    if (!state->readAt.isValid())
        state->readAt = readTime(page->asOfUtc, page->answeredUtc);
    QList<storage::StoredResource> batch;
    for (const QJsonObject& r : page->resources) {
        // Only what was asked for is stored (the client already refused entries without an id).
        if (r.value(QStringLiteral("resourceType")).toString() != state->type)
            return finish(state, fhir::FhirClient::malformed(
                                     QStringLiteral("a %1 in a search for %2")
                                         .arg(r.value(QStringLiteral("resourceType")).toString(),
                                              state->type)));
        batch << ServerResource::toStored(r);
        const QDateTime at = batch.last().lastUpdatedUtc;
        if (!at.isValid() || (state->lastSeen.isValid() && at < state->lastSeen))
            state->inOrder = false;
        state->lastSeen = at;
        if (at.isValid() && (!state->newestSeen.isValid() || at > state->newestSeen))
            state->newestSeen = at;
    }
    // While the server keeps the order asked for, the cursor moves with each page to where the
    // page before ended: a pull cut short goes on from there, the resources of that millisecond
    // coming back unchanged. It waits for the next page because a resource changed during the
    // pull comes at its old place with its new time: the resources after it, earlier, break
    // the order. A server that ignores _sort breaks it too: the cursor then moves only with the
    // last page, and a pull cut short is redone.
    std::optional<storage::ResourceStore::Cursor> cursor;
    const QDateTime through = !state->incremental     ? QDateTime()
                              : !page->next.isValid() ? settled(state->newestSeen, state->readAt)
                              : state->inOrder        ? settled(state->pageEnd, state->readAt)
                                                      : QDateTime();
    if (through.isValid())
        cursor = storage::ResourceStore::Cursor{state->type, cursorText(through)};
    state->pageEnd = state->lastSeen;
    // The catch-up pulls of the resources that arrived are kept with the page that inserted
    // them: once in the store, they would come back unchanged, never as arrivals again.
    QStringList arrived;
    storage::ResourceStore::FollowUps followUps;
    if (state->pulledBefore) {
        followUps = [&batch, &arrived, &state](const storage::PullOutcome& applied) {
            arrived = arrivals(batch, applied.insertedIds);
            QList<storage::PendingPull> pulls;
            if (state->catchUp && !arrived.isEmpty()) {
                for (const PullSpec& spec : state->catchUp(arrived))
                    pulls << storage::PendingPull{0, spec.type,
                                                  spec.scope.toString(QUrl::FullyEncoded)};
            }
            return pulls;
        };
    }
    auto applied = m_store.applyFromServer(batch, cursor, followUps);
    if (!applied)
        return finish(state, applied.error());
    state->report.pulled += applied->inserted + applied->updated;
    state->report.unchanged += applied->unchanged;
    state->report.conflicts += applied->conflicts;
    state->report.arrived << arrived;
    if (page->next.isValid())
        return pullPage(state, page->next);
    finish(state, state->report);
}

} // namespace sijil::sync
