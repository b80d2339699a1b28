#pragma once

#include <sijil/core/Result.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Outbox.h>

#include <QByteArray>
#include <QList>

namespace sijil::sync {

// Outbox entries sent together as one FHIR transaction: all accepted or none, in order, with the
// same per-resource rules as single requests (PUT with the client's id for creates, If-Match on
// the base version for updates and deletes). A transaction holds at most one entry per resource:
// a later change to the same resource needs the version the earlier one gets.
class TransactionBatch {
public:
    static constexpr int kMaxEntries = 100;

    // Takes from the front of `queue` the entries that can share one transaction: never sent
    // before (a retried entry is checked on its own; a retried change sent together comes alone,
    // when it is first), at most one per resource, at most `max`.
    // A change sent together (OutboxEntry::group) is never cut: it goes whole, past `max` if it
    // is larger, or waits for the next transaction.
    [[nodiscard]] static QList<storage::OutboxEntry> take(QList<storage::OutboxEntry>& queue,
                                                          int max = kMaxEntries);
    // Each entry's fullUrl is its absolute URL on the server at `baseUrl`.
    [[nodiscard]] static QByteArray toBundle(const QList<storage::OutboxEntry>& entries,
                                             const QUrl& baseUrl);
    // The server's transaction-response, entry by entry, as outbox acknowledgements.
    [[nodiscard]] static core::Result<QList<storage::Outbox::Acknowledgement>>
    acknowledgements(const QList<storage::OutboxEntry>& entries, const fhir::Response& response);
};

} // namespace sijil::sync
