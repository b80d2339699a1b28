#pragma once

#include <sijil/core/Result.h>
#include <sijil/fhir/FhirClient.h>

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace sijil::storage {
class Outbox;
class ResourceStore;
struct OutboxEntry;
} // namespace sijil::storage

namespace sijil::sync {

// What one pull reads: a resource type, narrowed to what this site needs.
struct PullSpec {
    QString type;
    QUrlQuery scope;
};

struct SyncReport {
    int pushed = 0;
    int conflicts = 0; // kept for a person, in push or pull
    int pulled = 0;    // inserted or updated locally
    int unchanged = 0;
    int removed = 0; // held here, deleted on the server: removed here too
    // Changes the server refused (invalid, forbidden): they stay in the outbox, their resource's
    // later changes with them, and are sent again next cycle unless a later change to the
    // resource replaces them (Outbox::recordRefusal); the first refusal says why.
    int refused = 0;
    std::optional<core::Error> refusal;
    // Resources pulled for the first time by an incremental pull (the type had been pulled
    // before): a patient new to the facility, whose older records the cursors have passed.
    QStringList arrived;
};

// One sync cycle's work. Push sends the outbox in order, up to 100 changes per FHIR transaction
// when the server's CapabilityStatement offers transactions, each change recorded as attempted
// before it is sent so that a crash at any point is followed by a check, never a duplicate:
// resources made here carry client-assigned ids and are created with PUT, so a resend cannot
// create a second copy; as that PUT has no precondition, a create that may have arrived (alone or
// in a change sent together) is read first, never written over another site's later edit. A
// transaction the server refuses as a whole is sent again one change at a time: a stale version
// (409/412) then keeps both versions and moves on to the next resource. A
// change the server refuses (400, 403, 404, 422) is set aside for the cycle with its resource's
// later changes, so that one resource never holds back a whole site: changes to a resource never
// overtake each other, and a change referring to one set aside is refused by the server in turn.
// Any other failure (the link, the server's own errors) stops the push.
// Pull reads what changed on the server since the last complete pull, page by page.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(storage::ResourceStore& store, storage::Outbox& outbox, fhir::FhirClient& client,
               QObject* parent = nullptr);

    QFuture<core::Result<SyncReport>> push();
    // The pulls that the arrival of these resources makes necessary (see SyncReport::arrived).
    using CatchUpPlan = std::function<QList<PullSpec>(const QStringList& arrivedIds)>;

    // `scope` narrows the pull (e.g. the facility's patients); _lastUpdated and paging are added.
    // The pulls `catchUp` names are kept in the store (ResourceStore::pendingPulls) with the page
    // that brought the arrivals, so that no crash can lose them once the cursor has passed.
    QFuture<core::Result<SyncReport>> pull(const QString& type, const QUrlQuery& scope = {},
                                           const CatchUpPlan& catchUp = {});
    // Everything `scope` finds, whatever the cursor, which stays where it is (the records of a
    // patient who has just arrived).
    QFuture<core::Result<SyncReport>> pullAll(const QString& type, const QUrlQuery& scope);
    // The deletions of resources of `type` on the server since the last read, from its history
    // ([type]/_history, which searches never show), applied to what is held here (see
    // ResourceStore::applyDeletionsFromServer). Where the server's CapabilityStatement offers no
    // history-type for the type, nothing is read (said once in the log). The history is read in
    // windows of the server's time ([type]/_history?_at=geFROM&_at=ltTO), oldest first, each
    // window's deletions applied with the cursor moved to its end: a read cut short keeps the
    // windows done and goes on from there. A window of more than a few pages is read again
    // shorter; windows of few pages grow. Where the server refuses or ignores _at (an answer
    // outside the window), the history is read in one read from the cursor with _since, its
    // cursor moved when its last page is applied (said once in the log). The first read starts
    // at the oldest server time held here; with nothing held, it reads one entry to start the
    // cursor at the server's present (call it before the type's first pull).
    QFuture<core::Result<SyncReport>> pullDeletions(const QString& type);
    // The server's CapabilityStatement, once a push (or a deletions read) has read it.
    [[nodiscard]] const std::optional<fhir::Capabilities>& capabilities() const {
        return m_capabilities;
    }

private:
    struct PushState;
    struct PullState;
    void pushNext(const std::shared_ptr<PushState>& state);
    void pushChunk(const std::shared_ptr<PushState>& state, QList<storage::OutboxEntry> chunk);
    // A change sent together that the server refused whole: its conflicts found and kept, or the
    // whole change set aside; never sent piecemeal.
    void settleRefused(const std::shared_ptr<PushState>& state,
                       const QList<storage::OutboxEntry>& change, const core::Error& why);
    void findConflicts(const std::shared_ptr<PushState>& state,
                       const QList<storage::OutboxEntry>& change, const core::Error& why,
                       qsizetype next, int found);
    // A change sent together with creates, sent before (its answer lost): each create read
    // (`found`, nullopt where absent) before anything of it goes again.
    void checkResent(const std::shared_ptr<PushState>& state,
                     const QList<storage::OutboxEntry>& change,
                     const QList<std::optional<fhir::Response>>& found);
    void settleResent(const std::shared_ptr<PushState>& state,
                      const QList<storage::OutboxEntry>& change,
                      const QList<std::optional<fhir::Response>>& found);
    QFuture<core::Result<SyncReport>> pull(const QString& type, const QUrlQuery& scope,
                                           bool incremental, const CatchUpPlan& catchUp);
    void pullPage(const std::shared_ptr<PullState>& state, const QUrl& next);
    void onPage(const std::shared_ptr<PullState>& state,
                const core::Result<fhir::FhirClient::Page>& page);
    struct HistoryState;
    void readHistory(const std::shared_ptr<HistoryState>& state);
    void readUnwindowed(const std::shared_ptr<HistoryState>& state, const char* why);
    void onHistoryPage(const std::shared_ptr<HistoryState>& state,
                       const core::Result<fhir::FhirClient::HistoryPage>& page);
    // The server's CapabilityStatement, read once.
    void withCapabilities(std::function<void(const core::Result<fhir::Capabilities>&)> then);

    storage::ResourceStore& m_store;
    storage::Outbox& m_outbox;
    fhir::FhirClient& m_client;
    std::optional<fhir::Capabilities> m_capabilities;
    QSet<QString> m_historyMissingSaid; // types whose deletions cannot be followed, logged once
    QSet<QString> m_historyUnwindowed;  // types whose history the server will not read by _at
};

} // namespace sijil::sync
