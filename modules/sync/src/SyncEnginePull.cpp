// SyncEngine's pulls: a type's changes since its cursor, page by page, and the deletions read in
// the type's history. The pushes are in SyncEngine.cpp.
#include "EngineFinish.h"
#include "SyncLog.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ServerResource.h>
#include <sijil/sync/SyncEngine.h>

#include <QPromise>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace sijil::sync {

using detail::finish;

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

struct SyncEngine::HistoryState {
    QPromise<core::Result<SyncReport>> promise;
    SyncReport report;
    QString type;
    bool firstPage = true;
    QDateTime newestSeen; // the newest version's time, when the server gives no read time
    QDateTime readAt;     // when the server read its history (first page), if it says
    // Nothing of the type held from the server yet: one entry is read for the server's present,
    // where the cursor starts; what is pulled from then on exists then.
    bool presentOnly = false;
    // Resources with a version newer than any deletion still to come (history comes newest
    // first): made again since, not to be removed.
    QSet<QString> later;
};

namespace {

// The cursor as stored and sent: UTC with "Z" and milliseconds. A "+00:00" offset in a query is
// read as a space by servers that decode queries as HTML forms do.
QString cursorText(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A change is stamped when its transaction starts and seen by others when it commits: one
// stamped just before the server's read may commit after it (a bundle of many resources). The
// cursors stay this far behind the server's read; what comes again in that window is unchanged.
constexpr qint64 kSettleSecs = 120;

// When the server read what it answered: the Bundle's time, else the answer's HTTP Date.
QDateTime readTime(const QDateTime& asOf, const QDateTime& answered) {
    return asOf.isValid() ? asOf : answered;
}

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

// The history of a type has its own position, kept with the pull cursors.
QString historyCursorKey(const QString& type) {
    return type + QStringLiteral("/_history");
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

QFuture<core::Result<SyncReport>> SyncEngine::pullDeletions(const QString& type) {
    auto state = std::make_shared<HistoryState>();
    state->type = type;
    state->promise.start();
    auto future = state->promise.future();
    withCapabilities([this, state](const core::Result<fhir::Capabilities>& c) {
        if (!c)
            return finish(state, c.error());
        if (!c->supports(state->type, QStringLiteral("history-type"))) {
            if (!m_historyMissingSaid.contains(state->type)) {
                m_historyMissingSaid.insert(state->type);
                qCInfo(lcSync) << "the server offers no history of" << state->type
                               << "resources: their deletions there cannot be followed";
            }
            return finish(state, state->report);
        }
        const auto cursor = m_store.cursor(historyCursorKey(state->type));
        if (!cursor)
            return finish(state, cursor.error());
        QString since = *cursor;
        if (since.isEmpty()) {
            // No deletion of a resource held here came before the resource reached this
            // workstation, so the first read starts at the oldest of them, not at the beginning
            // of the national history.
            const auto oldest = m_store.oldestFromServer(state->type);
            if (!oldest)
                return finish(state, oldest.error());
            since = cursorText(*oldest);
            state->presentOnly = since.isEmpty();
            // Only the server's present is wanted (the Bundle's time, or the newest entry's):
            // a recent _since spares the server counting every version of the type. A wrong
            // clock here costs at most an empty read, tried again next cycle.
            if (state->presentOnly)
                since = cursorText(QDateTime::currentDateTimeUtc().addDays(-1));
        }
        QUrlQuery query;
        // Inclusive: what shares the cursor's millisecond comes again, and changes nothing.
        if (!since.isEmpty())
            query.addQueryItem(QStringLiteral("_since"), since);
        query.addQueryItem(QStringLiteral("_count"),
                           state->presentOnly ? QStringLiteral("1") : QStringLiteral("100"));
        m_client.historyFirst(state->type, query)
            .then(this, [this, state](const core::Result<fhir::FhirClient::HistoryPage>& page) {
                onHistoryPage(state, page);
            });
    });
    return future;
}

void SyncEngine::onHistoryPage(const std::shared_ptr<HistoryState>& state,
                               const core::Result<fhir::FhirClient::HistoryPage>& page) {
    if (!page)
        return finish(state, page.error());
    if (state->firstPage)
        state->readAt = readTime(page->asOfUtc, page->answeredUtc);
    state->firstPage = false;
    QList<storage::ServerDeletion> deletions;
    for (const fhir::FhirClient::HistoryEntry& e : page->entries) {
        if (e.type != state->type)
            return finish(
                state, fhir::FhirClient::malformed(
                           QStringLiteral("a %1 in the history of %2").arg(e.type, state->type)));
        if (e.atUtc.isValid() && (!state->newestSeen.isValid() || e.atUtc > state->newestSeen))
            state->newestSeen = e.atUtc;
        if (!e.deleted)
            state->later.insert(e.id);
        else if (!state->later.contains(e.id))
            deletions << storage::ServerDeletion{e.type, e.id, e.versionId};
    }
    // Servers give history newest first: only once the last page is applied has everything up
    // to the time of the read been seen.
    std::optional<storage::ResourceStore::Cursor> cursor;
    // Up to the server's read, settled; with no read time, the newest version seen.
    const QDateTime through =
        state->readAt.isValid() ? state->readAt.addSecs(-kSettleSecs) : state->newestSeen;
    const bool last = state->presentOnly || !page->next.isValid();
    if (last && through.isValid())
        cursor = storage::ResourceStore::Cursor{historyCursorKey(state->type), cursorText(through)};
    const auto applied = m_store.applyDeletionsFromServer(deletions, cursor);
    if (!applied)
        return finish(state, applied.error());
    state->report.removed += applied->removed;
    state->report.conflicts += applied->conflicts;
    if (applied->removed > 0 || applied->conflicts > 0)
        qCInfo(lcSync) << "deleted on the server:" << applied->removed << state->type
                       << "removed here," << applied->conflicts << "kept as conflicts";
    if (last)
        return finish(state, state->report);
    m_client.historyNext(page->next)
        .then(this, [this, state](const core::Result<fhir::FhirClient::HistoryPage>& next) {
            onHistoryPage(state, next);
        });
}

} // namespace sijil::sync
