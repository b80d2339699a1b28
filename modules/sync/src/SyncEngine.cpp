#include "SyncLog.h"
#include "TransactionBatch.h"

#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ServerResource.h>
#include <sijil/sync/SyncEngine.h>

#include <QJsonDocument>
#include <QPromise>

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
};

struct SyncEngine::PullState {
    QPromise<core::Result<SyncReport>> promise;
    SyncReport report;
    QString type;
    QString newestSeen;
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
    if (m_transactions.has_value()) {
        pushNext(state);
        return future;
    }
    // Whether the server takes transactions is read from its CapabilityStatement, once.
    m_client.capabilities().then(this, [this, state](const core::Result<fhir::Capabilities>& c) {
        if (!c)
            return finish(state, c.error());
        m_transactions = c->supportsSystem(QStringLiteral("transaction"));
        qCInfo(lcSync) << "server transactions:" << *m_transactions;
        pushNext(state);
    });
    return future;
}

void SyncEngine::pushChunk(const std::shared_ptr<PushState>& state,
                           const QList<storage::OutboxEntry>& chunk) {
    QList<qint64> seqs;
    for (const auto& e : chunk)
        seqs << e.seq;
    if (auto s = m_outbox.markAttempts(seqs); !s)
        return finish(state, s.error());
    m_client.postBundle(TransactionBatch::toBundle(chunk, m_client.baseUrl()), true)
        .then(this, [this, state, chunk](const core::Result<fhir::Response>& r) {
            if (!r) {
                // Only a refusal proves nothing was applied; after a lost or unreadable answer the
                // next push checks each entry first (they are marked as attempted).
                const QByteArray code = r.error().code();
                const bool refused = code == "fhir/conflict" || code == "fhir/bad-request" ||
                                     code == "fhir/unprocessable" || code == "fhir/not-found";
                if (!refused) {
                    if (auto s = m_outbox.recordFailure(chunk.first().seq, r.error().detail()); !s)
                        qCWarning(lcSync) << "failure not recorded:" << s.error();
                    qCInfo(lcSync) << "push stopped:" << r.error();
                    return finish(state, r.error());
                }
                // Refused as a whole (a stale version, an invalid resource): nothing of it was
                // applied, so its entries go again one by one to find which one and why.
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
            carryVersions(state->queue, chunk, *acks);
            state->report.pushed += int(chunk.size());
            pushNext(state);
        });
}

void SyncEngine::pushNext(const std::shared_ptr<PushState>& state) {
    if (state->queue.isEmpty()) {
        auto batch = m_outbox.next(100);
        if (!batch)
            return finish(state, batch.error());
        if (batch->isEmpty())
            return finish(state, state->report);
        state->queue = *batch;
    }
    if (*m_transactions && state->queue.first().seq > state->singleUntil) {
        const auto chunk = TransactionBatch::take(state->queue);
        if (chunk.size() > 1)
            return pushChunk(state, chunk);
        state->queue = chunk + state->queue;
    }
    const storage::OutboxEntry entry = state->queue.takeFirst();
    const bool triedBefore = entry.attempts > 0;
    if (auto s = m_outbox.markAttempt(entry.seq); !s)
        return finish(state, s.error());

    // The server accepted the change: the entry leaves the outbox with the version it got.
    auto accepted = [this, state, entry](const fhir::Response& r) {
        const QJsonObject body = r.json();
        QString version = r.versionId();
        if (version.isEmpty())
            version = ServerResource::versionOf(body);
        const QDateTime updated =
            QDateTime::fromString(ServerResource::lastUpdatedOf(body), Qt::ISODateWithMs);
        if (auto s = m_outbox.acknowledge(entry.seq, version, updated); !s)
            return finish(state, s.error());
        carryVersions(state->queue, {entry}, {{entry.seq, version, updated}});
        ++state->report.pushed;
        pushNext(state);
    };
    // The server has another version: keep both, go on with other resources.
    auto conflicted = [this, state, entry, accepted] {
        m_client.read(entry.type, entry.id)
            .then(this,
                  [this, state, entry, accepted](const core::Result<fhir::Response>& current) {
                      if (!current)
                          return finish(state, current.error());
                      QString version = current->versionId();
                      if (version.isEmpty())
                          version = ServerResource::versionOf(current->json());
                      // Our own change, applied before a crash or a lost answer: not a conflict.
                      if (ServerResource::sameContent(current->json(),
                                                      QJsonDocument::fromJson(entry.json).object()))
                          return accepted(*current);
                      if (auto s = m_outbox.recordConflict(entry.seq, current->body, version); !s)
                          return finish(state, s.error());
                      ++state->report.conflicts;
                      qCInfo(lcSync) << "conflict kept for a" << entry.type;
                      state->queue.clear(); // the conflict holds back the resource's later entries
                      pushNext(state);
                  });
    };
    auto failed = [this, state, entry](const core::Error& error) {
        // Kept for the sync log; the push's own error is what the caller needs.
        if (auto s = m_outbox.recordFailure(entry.seq, error.detail()); !s)
            qCWarning(lcSync) << "failure not recorded:" << s.error();
        qCInfo(lcSync) << "push stopped:" << error;
        finish(state, error);
    };
    auto handle = [accepted, conflicted, failed](const core::Result<fhir::Response>& r) {
        if (r)
            return accepted(*r);
        if (r.error().is("fhir/conflict"))
            return conflicted();
        failed(r.error());
    };

    switch (entry.operation) {
    case Op::Create: {
        auto put = [this, entry, handle] {
            m_client.update(entry.type, entry.id, entry.json).then(this, handle);
        };
        if (!triedBefore)
            return put();
        // It may have reached the server before a crash: look before sending it again.
        m_client.read(entry.type, entry.id)
            .then(this, [put, accepted, failed](const core::Result<fhir::Response>& r) {
                if (r)
                    return accepted(*r);
                if (r.error().is("fhir/not-found"))
                    return put();
                failed(r.error());
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

QFuture<core::Result<SyncReport>> SyncEngine::pull(const QString& type, const QUrlQuery& scope) {
    auto state = std::make_shared<PullState>();
    state->type = type;
    state->promise.start();
    auto future = state->promise.future();
    auto cursor = m_store.cursor(type);
    if (!cursor) {
        finish(state, cursor.error());
        return future;
    }
    state->newestSeen = *cursor;
    QUrlQuery query = scope;
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    // "ge", not "gt": several resources may share the cursor's millisecond; those already here
    // come back unchanged.
    if (!cursor->isEmpty())
        query.addQueryItem(QStringLiteral("_lastUpdated"), QStringLiteral("ge") + *cursor);
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
    QList<storage::StoredResource> batch;
    for (const QJsonObject& r : page->resources) {
        batch << ServerResource::toStored(r);
        const QString at = ServerResource::lastUpdatedOf(r);
        if (at > state->newestSeen)
            state->newestSeen = at;
    }
    // The cursor moves only with the last page: a pull cut short is redone, and the pages
    // already applied come back unchanged.
    std::optional<storage::ResourceStore::Cursor> cursor;
    if (!page->next.isValid())
        cursor = storage::ResourceStore::Cursor{state->type, state->newestSeen};
    auto applied = m_store.applyFromServer(batch, cursor);
    if (!applied)
        return finish(state, applied.error());
    state->report.pulled += applied->inserted + applied->updated;
    state->report.unchanged += applied->unchanged;
    state->report.conflicts += applied->conflicts;
    if (page->next.isValid())
        return pullPage(state, page->next);
    finish(state, state->report);
}

} // namespace sijil::sync
