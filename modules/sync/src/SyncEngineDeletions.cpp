// SyncEngine's read of the deletions on the server, from the history of a type ([type]/_history,
// which searches never show): in windows of the server's time read oldest first, each one's
// cursor committed with its deletions, so that a read cut short keeps every window done.
#include "EngineFinish.h"
#include "PullTimes.h"
#include "SyncLog.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QPromise>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace sijil::sync {

using detail::cursorText;
using detail::finish;
using detail::kSettleSecs;
using detail::readTime;
using namespace Qt::StringLiterals;

namespace {

// A window's length at the start of each read; it doubles after a window of a few pages.
constexpr qint64 kFirstWindowMs = 3600 * 1000;
constexpr int kPageSize = 100;
// A window of more pages is cut shorter and read again from its start: at most this many pages
// are read again after a failure.
constexpr int kWindowPages = 10;
// A window this short is read to its end whatever its size: a transaction stamps all its
// resources with one time, and no window can part them.
constexpr qint64 kMinWindowMs = 1000;

// The history of a type has its own position, kept with the pull cursors.
QString historyCursorKey(const QString& type) {
    return type + QStringLiteral("/_history");
}

// A window to read instead of one too big, from the same start: long enough for about half the
// pages allowed at the rate the server showed (its count of the window's entries, or how far back
// the pages read came), but at least kMinWindowMs. `end` is where the window's versions end (its
// end, or the server's present if sooner).
qint64 shorterWindow(const QDateTime& from, const QDateTime& end, qint64 spanMs,
                     const QDateTime& oldestSeen, qint64 total) {
    qint64 span = std::min(spanMs, from.msecsTo(end)) / 2;
    if (total > 0)
        span = std::min(span, from.msecsTo(end) * kWindowPages * kPageSize / (2 * total));
    else if (oldestSeen.isValid())
        span = std::min(span, oldestSeen.msecsTo(end) / 2);
    return std::max(span, kMinWindowMs);
}

} // namespace

// The history is read either in windows [from, to) of the server's time, with _at=ge..&_at=lt..
// (HAPI refuses _at with _since), or, where the server does not honour _at, in one read from the
// cursor to the present with _since (a read cut short then starts again from the cursor).
struct SyncEngine::HistoryState {
    QPromise<core::Result<SyncReport>> promise;
    SyncReport report;
    QString type;
    // Nothing of the type held from the server yet: one entry is read for the server's present,
    // where the cursor starts; what is pulled from then on exists then.
    bool presentOnly = false;
    bool windowed = false;
    QDateTime from;                 // the window's start (the cursor), inclusive
    QDateTime to;                   // its end, exclusive
    qint64 spanMs = kFirstWindowMs; // the next window's length
    QString since;                  // where a read without windows starts, as sent

    // The read under way (a window, or the read without windows), from its first page.
    bool firstPage = true;
    int pages = 0;
    QDateTime newestSeen; // the newest version's time, when the server gives no read time
    QDateTime oldestSeen; // the oldest version's time: where a window cut short had come down to
    QDateTime readAt;     // when the server read its history (first page), if it says
    // Resources with a version newer than any deletion still to come in this read (history
    // comes newest first): made again since, not to be removed.
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
        state->since = since;
        state->from = QDateTime::fromString(since, Qt::ISODateWithMs).toUTC();
        state->windowed = !state->presentOnly && state->from.isValid() &&
                          !m_historyUnwindowed.contains(state->type);
        readHistory(state);
    });
    return future;
}

void SyncEngine::readHistory(const std::shared_ptr<HistoryState>& state) {
    state->firstPage = true;
    state->pages = 0;
    state->newestSeen = state->oldestSeen = state->readAt = QDateTime();
    state->later.clear();
    QUrlQuery query;
    if (state->windowed) {
        state->to = state->from.addMSecs(state->spanMs);
        // Inclusive start: what shares the cursor's millisecond comes again, and changes nothing.
        query.addQueryItem(QStringLiteral("_at"), u"ge"_s + cursorText(state->from));
        query.addQueryItem(QStringLiteral("_at"), u"lt"_s + cursorText(state->to));
    } else if (!state->since.isEmpty()) {
        query.addQueryItem(QStringLiteral("_since"), state->since);
    }
    query.addQueryItem(QStringLiteral("_count"),
                       state->presentOnly ? QStringLiteral("1") : QString::number(kPageSize));
    m_client.historyFirst(state->type, query)
        .then(this, [this, state](const core::Result<fhir::FhirClient::HistoryPage>& page) {
            onHistoryPage(state, page);
        });
}

// The window given up (nothing of the page that showed it applied), the history is read as
// before windows from the window's start; `why`, if any, is said once and kept for the type.
void SyncEngine::readUnwindowed(const std::shared_ptr<HistoryState>& state, const char* why) {
    if (why && !m_historyUnwindowed.contains(state->type)) {
        m_historyUnwindowed.insert(state->type);
        qCInfo(lcSync) << "the server" << why << "_at in the history of" << state->type
                       << "resources: it is read from its cursor to the present in one read";
    }
    state->windowed = false;
    state->since = cursorText(state->from);
    readHistory(state);
}

void SyncEngine::onHistoryPage(const std::shared_ptr<HistoryState>& state,
                               const core::Result<fhir::FhirClient::HistoryPage>& page) {
    if (!page) {
        if (state->windowed && state->firstPage &&
            page.error().code() == QByteArrayLiteral("fhir/bad-request"))
            return readUnwindowed(state, "refuses");
        return finish(state, page.error());
    }
    if (state->firstPage)
        state->readAt = readTime(page->asOfUtc, page->answeredUtc);
    if (state->windowed) {
        // Without the server's present, a window cannot be told from the last.
        if (!state->readAt.isValid())
            return readUnwindowed(state, nullptr);
        // A server that does not read _at as a time range (or ignores it) answers with versions
        // outside the window: their deletions would be taken for the window's.
        for (const fhir::FhirClient::HistoryEntry& e : page->entries) {
            if (e.atUtc.isValid() && (e.atUtc < state->from || e.atUtc >= state->to))
                return readUnwindowed(state, "ignores");
        }
    }
    state->firstPage = false;
    ++state->pages;
    // A later version within the read: the entries come newest first, so `later` holds every
    // version of the read newer than the deletion at hand. Windows are read oldest first, so no
    // window knows the versions of those after it: a version made again after a window's end is
    // told by the copy held here, whose server time is then at or past the window's end
    // (madeBeforeUtc); one made again before it is in the window, ahead of the deletion. The
    // set starts empty with each window: a version of an earlier window is older than the
    // deletions of this one.
    QList<storage::ServerDeletion> deletions;
    for (const fhir::FhirClient::HistoryEntry& e : page->entries) {
        if (e.type != state->type)
            return finish(
                state, fhir::FhirClient::malformed(
                           QStringLiteral("a %1 in the history of %2").arg(e.type, state->type)));
        if (e.atUtc.isValid() && (!state->newestSeen.isValid() || e.atUtc > state->newestSeen))
            state->newestSeen = e.atUtc;
        if (e.atUtc.isValid() && (!state->oldestSeen.isValid() || e.atUtc < state->oldestSeen))
            state->oldestSeen = e.atUtc;
        if (!e.deleted)
            state->later.insert(e.id);
        else if (!state->later.contains(e.id))
            deletions << storage::ServerDeletion{e.type, e.id, e.versionId,
                                                 state->windowed ? state->to : QDateTime()};
    }
    const bool last = state->presentOnly || !page->next.isValid();
    // A window too big to read in a few pages is read again shorter (its deletions applied so
    // far stay: nothing newer in it was missed); one the server counts too big, at once.
    const qint64 total = page->total.value_or(0);
    const bool tooBig = state->windowed && !last && state->spanMs > kMinWindowMs &&
                        (state->pages >= kWindowPages ||
                         (state->pages == 1 && total > qint64(kWindowPages) * kPageSize));
    // History comes newest first: only once a read's last page is applied has everything of it
    // been seen. A window's cursor moves to its end, but never past the server's read less the
    // settling window (a version stamped before the read may commit after it); without windows,
    // to there; with no read time, to the newest version seen.
    std::optional<storage::ResourceStore::Cursor> cursor;
    bool done = true;
    if (last) {
        QDateTime through =
            state->readAt.isValid() ? state->readAt.addSecs(-kSettleSecs) : state->newestSeen;
        if (state->windowed && state->to < through) {
            through = state->to;
            done = false;
        }
        if (through.isValid())
            cursor =
                storage::ResourceStore::Cursor{historyCursorKey(state->type), cursorText(through)};
    }
    const auto applied = m_store.applyDeletionsFromServer(deletions, cursor);
    if (!applied)
        return finish(state, applied.error());
    state->report.removed += applied->removed;
    state->report.conflicts += applied->conflicts;
    if (applied->removed > 0 || applied->conflicts > 0)
        qCInfo(lcSync) << "deleted on the server:" << applied->removed << state->type
                       << "removed here," << applied->conflicts << "kept as conflicts";
    if (tooBig) {
        state->spanMs = shorterWindow(state->from, std::min(state->readAt, state->to),
                                      state->spanMs, state->oldestSeen, total);
        return readHistory(state);
    }
    if (!last) {
        m_client.historyNext(page->next)
            .then(this, [this, state](const core::Result<fhir::FhirClient::HistoryPage>& next) {
                onHistoryPage(state, next);
            });
        return;
    }
    if (done)
        return finish(state, state->report);
    state->from = state->to;
    if (state->pages <= kWindowPages / 4)
        state->spanMs *= 2;
    readHistory(state);
}

} // namespace sijil::sync
