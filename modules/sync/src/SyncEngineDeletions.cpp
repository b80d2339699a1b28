// SyncEngine's read of the deletions on the server, from the history of a type ([type]/_history,
// which searches never show).
#include "EngineFinish.h"
#include "PullTimes.h"
#include "SyncLog.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QPromise>
#include <QSet>
#include <QUrlQuery>

namespace sijil::sync {

using detail::cursorText;
using detail::finish;
using detail::kSettleSecs;
using detail::readTime;

namespace {

// The history of a type has its own position, kept with the pull cursors.
QString historyCursorKey(const QString& type) {
    return type + QStringLiteral("/_history");
}

} // namespace

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
