#include "SyncLog.h"
#include "TransactionBatch.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ServerResource.h>
#include <sijil/sync/SyncEngine.h>

#include <QJsonDocument>
#include <QPromise>
#include <QSet>

#include <algorithm>

namespace sijil::sync {

using storage::LocalChange;
using Op = storage::LocalChange::Operation;

struct SyncEngine::PushState {
    QPromise<core::Result<SyncReport>> promise;
    SyncReport report;
    QList<storage::OutboxEntry> queue;
    // Entries up to this one go one by one: their transaction was refused as a whole, and single
    // requests tell which resource is in conflict.
    qint64 singleUntil = 0;
    // Entries up to this one were dealt with in this push: sent, kept as a conflict or set aside.
    qint64 done = 0;
    // "Type/id" of the resources whose change the server refused: their later changes wait.
    QSet<QString> setAside;
    // Entries of the change sent together being looked into that the server already holds.
    qsizetype ours = 0;
};

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

// Later changes to a resource just accepted now apply to the version the server gave it (the
// outbox did the same in the store).
void carryVersions(QList<storage::OutboxEntry>& queue, const QList<storage::OutboxEntry>& sent,
                   const QList<storage::Outbox::Acknowledgement>& acks) {
    for (qsizetype i = 0; i < sent.size(); ++i) {
        for (storage::OutboxEntry& e : queue) {
            if (e.type == sent[i].type && e.id == sent[i].id)
                e.baseVersionId = acks[i].versionId;
        }
    }
}

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

QString keyOf(const storage::OutboxEntry& e) {
    return e.type + u'/' + e.id;
}

// The version the server gave: its ETag, or the resource's meta when it sent none.
QString versionOf(const fhir::Response& r) {
    const QString etag = r.versionId();
    return etag.isEmpty() ? ServerResource::versionOf(r.json()) : etag;
}

// A 409 on a resource the server has not changed: no version conflict, a refusal.
core::Error refusedUnchanged(const core::Error& answer) {
    return core::Error(
        "sync/refused",
        core::UserText("sijil::sync",
                       QT_TRANSLATE_NOOP("sijil::sync", "Le serveur central a refusé cette "
                                                        "modification sans que l'élément ait "
                                                        "changé (par exemple la suppression "
                                                        "d'un élément auquel d'autres se "
                                                        "réfèrent).")),
        answer.detail());
}

// The server understood the change and will not take it (invalid, forbidden, or its resource
// gone): sending it again as it is would be refused again, whatever the link.
bool refusedByServer(const core::Error& e) {
    return e.is("sync/refused") || e.is("fhir/bad-request") || e.is("fhir/forbidden") ||
           e.is("fhir/unprocessable") || e.is("fhir/not-found") || e.is("fhir/http-error") ||
           e.is("fhir/not-implemented");
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

// A change sent together goes whole or not at all: when one of its resources waits (set aside),
// all of it waits, and its other resources' later changes with it. Drops what waits from
// `entries`.
template <typename State>
void holdBackWhole(State& state, QList<storage::OutboxEntry>& entries) {
    for (bool grew = true; grew;) { // a group held may hold a resource of another group
        grew = false;
        QSet<qint64> held;
        for (const storage::OutboxEntry& e : entries) {
            if (e.group != 0 && state.setAside.contains(keyOf(e)))
                held.insert(e.group);
        }
        for (const storage::OutboxEntry& e : entries) {
            if (held.contains(e.group) && !state.setAside.contains(keyOf(e))) {
                state.setAside.insert(keyOf(e));
                grew = true;
            }
        }
    }
    entries.removeIf(
        [&state](const storage::OutboxEntry& e) { return state.setAside.contains(keyOf(e)); });
}

template <typename State>
void finish(const std::shared_ptr<State>& state, core::Result<SyncReport> result) {
    state->promise.addResult(std::move(result));
    state->promise.finish();
}

} // namespace

SyncEngine::SyncEngine(storage::ResourceStore& store, storage::Outbox& outbox,
                       fhir::FhirClient& client, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_client(client) {}

QFuture<core::Result<SyncReport>> SyncEngine::push() {
    auto state = std::make_shared<PushState>();
    state->promise.start();
    auto future = state->promise.future();
    // Whether the server takes transactions is read from its CapabilityStatement.
    withCapabilities([this, state](const core::Result<fhir::Capabilities>& c) {
        if (!c)
            return finish(state, c.error());
        pushNext(state);
    });
    return future;
}

void SyncEngine::withCapabilities(
    std::function<void(const core::Result<fhir::Capabilities>&)> then) {
    if (m_capabilities)
        return then(*m_capabilities);
    m_client.capabilities().then(
        this, [this, then = std::move(then)](const core::Result<fhir::Capabilities>& c) {
            if (c) {
                m_capabilities = *c;
                qCInfo(lcSync) << "server transactions:"
                               << c->supportsSystem(QStringLiteral("transaction"));
            }
            then(c);
        });
}

void SyncEngine::pushChunk(const std::shared_ptr<PushState>& state,
                           QList<storage::OutboxEntry> chunk) {
    if (auto s = m_outbox.claim(chunk); !s)
        return finish(state, s.error());
    if (chunk.isEmpty())
        return pushNext(state);
    m_client.postBundle(TransactionBatch::toBundle(chunk, m_client.baseUrl()), true)
        .then(this, [this, state, chunk](const core::Result<fhir::Response>& r) {
            if (!r) {
                // Only a refusal proves nothing was applied; after a lost or unreadable answer the
                // next push checks each entry first (they are marked as attempted).
                if (!r.error().is("fhir/conflict") && !refusedByServer(r.error())) {
                    if (auto s = m_outbox.recordFailure(chunk.first().seq, r.error().detail()); !s)
                        qCWarning(lcSync) << "failure not recorded:" << s.error();
                    qCInfo(lcSync) << "push stopped:" << r.error();
                    return finish(state, r.error());
                }
                // Refused as a whole (a stale version, an invalid resource): nothing of it was
                // applied, so its entries go again one by one to find which one and why; a
                // change sent together goes alone, still whole.
                const qint64 group = chunk.first().group;
                if (group != 0 && std::all_of(chunk.cbegin(), chunk.cend(),
                                              [group](const storage::OutboxEntry& e) {
                                                  return e.group == group;
                                              }))
                    return settleRefused(state, chunk, r.error());
                qCInfo(lcSync) << "transaction refused, sending its" << chunk.size()
                               << "entries one by one:" << r.error();
                state->singleUntil = chunk.last().seq;
                state->queue = chunk + state->queue;
                return pushNext(state);
            }
            const auto acks = TransactionBatch::acknowledgements(chunk, *r);
            if (!acks)
                return finish(state, acks.error());
            if (auto s = m_outbox.acknowledge(*acks); !s)
                return finish(state, s.error());
            state->done = chunk.last().seq;
            carryVersions(state->queue, chunk, *acks);
            state->report.pushed += int(chunk.size());
            pushNext(state);
        });
}

void SyncEngine::settleRefused(const std::shared_ptr<PushState>& state,
                               const QList<storage::OutboxEntry>& change, const core::Error& why) {
    if (auto s = m_outbox.release(change); !s)
        return finish(state, s.error());
    qCInfo(lcSync) << "a change of" << change.size() << "resources sent together refused:" << why;
    if (why.is("fhir/conflict")) {
        state->ours = 0;
        return findConflicts(state, change, why, 0, 0);
    }
    // Invalid, forbidden...: the whole change waits, with its resources' later changes.
    for (const storage::OutboxEntry& e : change) {
        if (auto s = m_outbox.recordFailure(e.seq, why.detail()); !s)
            qCWarning(lcSync) << "failure not recorded:" << s.error();
        state->setAside.insert(keyOf(e));
    }
    holdBackWhole(*state, state->queue);
    state->done = change.last().seq;
    ++state->report.refused;
    if (!state->report.refusal)
        state->report.refusal = why;
    pushNext(state);
}

void SyncEngine::findConflicts(const std::shared_ptr<PushState>& state,
                               const QList<storage::OutboxEntry>& change, const core::Error& why,
                               qsizetype next, int found) {
    if (next == change.size()) {
        // Everything already there as sent: a transaction whose answer was lost, sent again.
        if (found == 0 && state->ours == change.size()) {
            state->done = change.last().seq;
            return pushNext(state);
        }
        if (found == 0 && state->ours == 0) // no version moved on: refused for another reason
            return settleRefused(state, change, refusedUnchanged(why));
        // The conflicts hold back the rest of the change (Outbox::next) until a person decides.
        state->done = change.last().seq;
        state->queue.clear();
        return pushNext(state);
    }
    const storage::OutboxEntry entry = change[next];
    m_client.read(entry.type, entry.id)
        .then(this, [this, state, change, why, next, found,
                     entry](const core::Result<fhir::Response>& current) {
            QByteArray serverJson;
            QString version;
            bool moved = false;
            bool ours = false; // applied already: the answer to an earlier send was lost
            if (current) {
                version = versionOf(*current);
                serverJson = current->body;
                const bool asSent =
                    entry.operation != Op::Delete &&
                    ServerResource::sameContent(current->json(),
                                                QJsonDocument::fromJson(entry.json).object());
                ours = asSent && (entry.operation == Op::Create || version != entry.baseVersionId);
                moved = !ours && (entry.operation == Op::Create || version != entry.baseVersionId);
            } else if (current.error().is("fhir/not-found")) {
                // Deleted there since the version an update applies to; a delete already done.
                moved = entry.operation == Op::Update;
                ours = entry.operation == Op::Delete;
                serverJson = QByteArrayLiteral("");
            } else {
                return finish(state, current.error());
            }
            if (ours) {
                const QDateTime updated = QDateTime::fromString(
                    current ? ServerResource::lastUpdatedOf(current->json()) : QString(),
                    Qt::ISODateWithMs);
                if (auto s = m_outbox.acknowledge(entry.seq, version, updated); !s)
                    return finish(state, s.error());
                ++state->ours;
                ++state->report.pushed;
                carryVersions(state->queue, {entry}, {{entry.seq, version, updated}});
            }
            if (moved && version.isEmpty() && !serverJson.isEmpty())
                return finish(
                    state,
                    fhir::FhirClient::malformed(
                        QStringLiteral("%1/%2 read without a version").arg(entry.type, entry.id)));
            if (moved) {
                if (auto s = m_outbox.recordConflict(entry.seq, serverJson, version); !s)
                    return finish(state, s.error());
                ++state->report.conflicts;
                qCInfo(lcSync) << "conflict kept for a" << entry.type
                               << "of a change sent together";
            }
            findConflicts(state, change, why, next + 1, found + (moved ? 1 : 0));
        });
}

void SyncEngine::pushNext(const std::shared_ptr<PushState>& state) {
    while (state->queue.isEmpty()) {
        auto batch = m_outbox.next(100, state->done);
        if (!batch)
            return finish(state, batch.error());
        if (batch->isEmpty())
            return finish(state, state->report);
        state->queue = *batch;
        holdBackWhole(*state, state->queue);
        if (state->queue.isEmpty()) // all of them wait behind a refused change: look further
            state->done = batch->last().seq;
    }
    if (m_capabilities->supportsSystem(QStringLiteral("transaction"))) {
        QList<storage::OutboxEntry> chunk;
        if (state->queue.first().seq > state->singleUntil) {
            chunk = TransactionBatch::take(state->queue);
        } else if (const qint64 group = state->queue.first().group; group != 0) {
            while (!state->queue.isEmpty() && state->queue.first().group == group)
                chunk << state->queue.takeFirst();
        }
        if (chunk.size() > 1)
            return pushChunk(state, chunk);
        state->queue = chunk + state->queue;
    }
    QList<storage::OutboxEntry> one{state->queue.takeFirst()};
    if (auto s = m_outbox.claim(one); !s)
        return finish(state, s.error());
    if (one.isEmpty())
        return pushNext(state);
    const storage::OutboxEntry entry = one.first();
    const bool triedBefore = entry.attempts > 0; // as read before this claim

    // The server will not take this change: set aside with its resource's later changes, the
    // other resources go on.
    auto setAside = [this, state, entry](const core::Error& error) {
        if (auto s = m_outbox.recordFailure(entry.seq, error.detail()); !s)
            qCWarning(lcSync) << "failure not recorded:" << s.error();
        qCWarning(lcSync) << "a change to a" << entry.type << "refused by the server:" << error;
        state->setAside.insert(keyOf(entry));
        holdBackWhole(*state, state->queue);
        state->done = entry.seq;
        ++state->report.refused;
        if (!state->report.refusal)
            state->report.refusal = error;
        pushNext(state);
    };
    auto failed = [this, state, entry, setAside](const core::Error& error) {
        if (refusedByServer(error))
            return setAside(error);
        // Kept for the sync log; the push's own error is what the caller needs.
        if (auto s = m_outbox.recordFailure(entry.seq, error.detail()); !s)
            qCWarning(lcSync) << "failure not recorded:" << s.error();
        qCInfo(lcSync) << "push stopped:" << error;
        finish(state, error);
    };
    // The server accepted the change: the entry leaves the outbox with the version it got.
    auto accepted = [this, state, entry, failed](const fhir::Response& r) {
        const QString version = versionOf(r);
        // Without the version, the next change could not say which one it changes (If-Match).
        if (version.isEmpty() && entry.operation != Op::Delete)
            return failed(fhir::FhirClient::malformed(
                QStringLiteral("%1/%2 accepted without a version").arg(entry.type, entry.id)));
        const QDateTime updated =
            QDateTime::fromString(ServerResource::lastUpdatedOf(r.json()), Qt::ISODateWithMs);
        if (auto s = m_outbox.acknowledge(entry.seq, version, updated); !s)
            return finish(state, s.error());
        state->done = entry.seq;
        carryVersions(state->queue, {entry}, {{entry.seq, version, updated}});
        ++state->report.pushed;
        pushNext(state);
    };
    // What the server holds is our change (applied before a crash or a lost answer), or another
    // version: then both are kept for a person to decide, and the push goes on with other
    // resources.
    // An empty `serverJson` is the server's deletion.
    auto keep = [this, state, entry](const QByteArray& serverJson, const QString& version) {
        if (auto s = m_outbox.recordConflict(entry.seq, serverJson, version); !s)
            return finish(state, s.error());
        ++state->report.conflicts;
        state->done = entry.seq;
        qCInfo(lcSync) << "conflict kept for a" << entry.type;
        state->queue.clear(); // the conflict holds back the resource's later entries
        pushNext(state);
    };
    auto keepBoth = [entry, accepted, failed, keep](const fhir::Response& current) {
        if (ServerResource::sameContent(current.json(),
                                        QJsonDocument::fromJson(entry.json).object()))
            return accepted(current);
        const QString version = versionOf(current);
        if (version.isEmpty()) // choosing "mine" would then overwrite what nobody saw
            return failed(fhir::FhirClient::malformed(
                QStringLiteral("%1/%2 read without a version").arg(entry.type, entry.id)));
        keep(current.body, version);
    };
    auto conflicted = [this, entry, accepted, keepBoth, keep, failed,
                       setAside](const core::Error& why) {
        m_client.read(entry.type, entry.id)
            .then(this, [entry, accepted, keepBoth, keep, failed, setAside,
                         why](const core::Result<fhir::Response>& current) {
                // Still the version this change applies to: the 409 was no version
                // conflict but a refusal (a resource others refer to cannot be deleted).
                if (current && !entry.baseVersionId.isEmpty() &&
                    versionOf(*current) == entry.baseVersionId)
                    return setAside(refusedUnchanged(why));
                if (current)
                    return keepBoth(*current);
                // A delete sent again after a lost answer meets its own deletion: done.
                if (entry.operation == Op::Delete && current.error().is("fhir/not-found"))
                    return accepted(fhir::Response{});
                // A change to a resource deleted there since: both kept for a person, as a
                // deletion read in the server's history would be (a server may offer none).
                if (entry.operation == Op::Update && current.error().is("fhir/not-found"))
                    return keep(QByteArrayLiteral(""), QString());
                failed(current.error());
            });
    };
    auto handle = [accepted, conflicted, failed](const core::Result<fhir::Response>& r) {
        if (r)
            return accepted(*r);
        if (r.error().is("fhir/conflict"))
            return conflicted(r.error());
        failed(r.error());
    };

    switch (entry.operation) {
    case Op::Create: {
        auto put = [this, entry, handle](const QByteArray& json) {
            m_client.update(entry.type, entry.id, json).then(this, handle);
        };
        if (!triedBefore)
            return put(entry.json);
        // It may have reached the server before a crash: look before sending it again.
        m_client.read(entry.type, entry.id)
            .then(
                this, [this, entry, put, keepBoth, failed](const core::Result<fhir::Response>& r) {
                    if (r) // ours if it holds what we sent; changed since by someone else otherwise
                        return keepBoth(*r);
                    if (!r.error().is("fhir/not-found"))
                        return failed(r.error());
                    // Not there: what was sent before (kept if the resource changed since) never
                    // arrived, or was refused. The resource goes as it is now, with the clerk's
                    // corrections: a refused registration must not be sent as it was for ever.
                    auto now = m_store.get(entry.type, entry.id);
                    if (!now)
                        return failed(now.error());
                    put(*now && (*now)->state != storage::LocalState::Deleted ? (*now)->json
                                                                              : entry.json);
                });
        return;
    }
    case Op::Update:
        m_client.update(entry.type, entry.id, entry.json, entry.baseVersionId).then(this, handle);
        return;
    case Op::Delete:
        m_client.remove(entry.type, entry.id, entry.baseVersionId)
            .then(this, [handle, accepted](const core::Result<fhir::Response>& r) {
                // Already gone on the server: what this change wanted.
                if (!r && r.error().is("fhir/not-found"))
                    return accepted(fhir::Response{});
                handle(r);
            });
        return;
    }
}

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
