#include "EngineFinish.h"
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
using detail::finish;

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

// A change sent together whose creates may have reached the server already (sent before, the
// answer lost): they carry no precondition, so it is looked at before it goes again.
bool resentWithCreates(const QList<storage::OutboxEntry>& chunk) {
    const auto tried = [](const storage::OutboxEntry& e) {
        return e.attempts > 0;
    };
    const auto create = [](const storage::OutboxEntry& e) {
        return e.operation == Op::Create;
    };
    return chunk.first().group != 0 && std::any_of(chunk.cbegin(), chunk.cend(), tried) &&
           std::any_of(chunk.cbegin(), chunk.cend(), create);
}

// Sent again blind after a lost answer, a PUT without If-Match could overwrite what another site
// wrote in between: such a send fails instead, and the next push looks first.
fhir::FhirClient::Resend resendOf(const QList<storage::OutboxEntry>& chunk) {
    const bool creates = std::any_of(chunk.cbegin(), chunk.cend(),
                                     [](const auto& e) { return e.operation == Op::Create; });
    return creates ? fhir::FhirClient::Resend::CallerChecks : fhir::FhirClient::Resend::Blind;
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
    m_client
        .postBundle(TransactionBatch::toBundle(chunk, m_client.baseUrl()), true, resendOf(chunk))
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
        if (auto s = m_outbox.recordRefusal(e.seq, why.detail()); !s)
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

void SyncEngine::checkResent(const std::shared_ptr<PushState>& state,
                             const QList<storage::OutboxEntry>& change,
                             const QList<std::optional<fhir::Response>>& found) {
    const qsizetype next = found.size();
    if (next == change.size())
        return settleResent(state, change, found);
    const storage::OutboxEntry& entry = change[next];
    auto more = found;
    if (entry.operation != Op::Create) {
        more.append(std::nullopt);
        return checkResent(state, change, more);
    }
    m_client.read(entry.type, entry.id)
        .then(this, [this, state, change, more](const core::Result<fhir::Response>& r) {
            if (!r && !r.error().is("fhir/not-found"))
                return finish(state, r.error());
            auto got = more;
            got.append(r ? std::optional<fhir::Response>(*r) : std::nullopt);
            checkResent(state, change, got);
        });
}

// Read, rather than the creates turned into updates with If-Match on the version read: that would
// write over whatever that version holds (another site's edit) just the same. A transaction is
// applied all or none, so one create found there means the whole change was: what is left is to
// recognise it as ours or keep both versions, never to write part of it again. None found: none
// of it was applied, and it goes whole, as one transaction.
void SyncEngine::settleResent(const std::shared_ptr<PushState>& state,
                              const QList<storage::OutboxEntry>& change,
                              const QList<std::optional<fhir::Response>>& found) {
    if (std::none_of(found.cbegin(), found.cend(), [](const auto& f) { return f.has_value(); }))
        return pushChunk(state, change);
    QList<storage::OutboxEntry> rest;
    int kept = 0;
    for (qsizetype i = 0; i < change.size(); ++i) {
        const storage::OutboxEntry& e = change[i];
        if (e.operation != Op::Create) {
            rest << e;
            continue;
        }
        const QString version = found[i] ? versionOf(*found[i]) : QString();
        if (found[i] && version.isEmpty())
            return finish(state,
                          fhir::FhirClient::malformed(
                              QStringLiteral("%1/%2 read without a version").arg(e.type, e.id)));
        if (found[i] && ServerResource::sameContent(found[i]->json(),
                                                    QJsonDocument::fromJson(e.json).object())) {
            const QDateTime updated = QDateTime::fromString(
                ServerResource::lastUpdatedOf(found[i]->json()), Qt::ISODateWithMs);
            if (auto s = m_outbox.acknowledge(e.seq, version, updated); !s)
                return finish(state, s.error());
            carryVersions(state->queue, {e}, {{e.seq, version, updated}});
            ++state->report.pushed;
            continue;
        }
        // Changed there since, or deleted since (it was there: the change was applied): both
        // versions kept for a person, an empty one being the server's deletion.
        if (auto s = m_outbox.recordConflict(
                e.seq, found[i] ? found[i]->body : QByteArrayLiteral(""), version);
            !s)
            return finish(state, s.error());
        ++state->report.conflicts;
        ++kept;
        qCInfo(lcSync) << "conflict kept for a" << e.type << "of a change sent again";
    }
    if (kept == 0 && !rest.isEmpty()) // applied too: refused as stale, then found ours
        return pushChunk(state, rest);
    // A conflict holds back the rest of the change (Outbox::next) until a person decides.
    state->done = change.last().seq;
    state->queue.clear();
    pushNext(state);
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
            return resentWithCreates(chunk) ? checkResent(state, chunk, {})
                                            : pushChunk(state, chunk);
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
        if (auto s = m_outbox.recordRefusal(entry.seq, error.detail()); !s)
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
            m_client.update(entry.type, entry.id, json, {}, fhir::FhirClient::Resend::CallerChecks)
                .then(this, handle);
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

} // namespace sijil::sync
