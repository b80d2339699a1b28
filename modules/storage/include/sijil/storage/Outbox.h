#pragma once

#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sijil::storage {

class Database;

// One local change waiting to be sent, in the order it was made.
struct OutboxEntry {
    qint64 seq = 0;
    LocalChange::Operation operation = LocalChange::Operation::Create;
    QString type;
    QString id;
    QString
        baseVersionId; // the server version this change applies to (If-Match); empty for a create
    QByteArray json;
    QString actorId;
    QDateTime createdAtUtc;
    int attempts = 0;
    QString lastError;
    // Entries sent all or none (ResourceStore::Sending::Together) share the seq of the first;
    // 0 for an entry that stands alone.
    qint64 group = 0;
};

// The queue sync pushes from. Entries leave it only when the server has accepted them.
class Outbox {
public:
    explicit Outbox(Database& database);

    // The oldest sendable entries after `afterSeq`; entries of a resource in conflict wait for its
    // resolution.
    [[nodiscard]] core::Result<QList<OutboxEntry>> next(int limit, qint64 afterSeq = 0) const;
    // The entries as they are to be sent now, each marked as attempted (see markAttempt), in one
    // local commit: the store may have changed since next() read them (a change while earlier
    // entries were on the wire, from another connection). A create takes the content the store
    // holds then, so that what a later edit keeps (ResourceStore) is what was sent; an entry gone
    // meanwhile (a creation deleted before it left) is dropped. One transaction, so that no local
    // write lands between what is read and the mark. The entries' `attempts` stay as read.
    core::Status claim(QList<OutboxEntry>& entries);
    // The server refused these entries as a whole (one transaction): nothing of them was applied,
    // so they are as never sent (a change sent together then goes whole again, not piecemeal).
    core::Status release(const QList<OutboxEntry>& entries);
    [[nodiscard]] core::Result<int> pendingCount() const;

    // The server accepted entry `seq` as `versionId`: the entry leaves, the resource takes the
    // version, and later entries for it now apply to that version.
    core::Status acknowledge(qint64 seq, const QString& versionId, const QDateTime& lastUpdatedUtc);
    // The same for the entries of one transaction the server accepted, in one local commit.
    struct Acknowledgement {
        qint64 seq = 0;
        QString versionId;
        QDateTime lastUpdatedUtc;
    };
    core::Status acknowledge(const QList<Acknowledgement>& accepted);
    // Recorded durably before each send (claim does it for sync): after a crash, an entry with
    // attempts > 0 may already have reached the server, and sync checks before sending it again.
    // By itself for tools and tests that stand for a send cut short.
    core::Status markAttempt(qint64 seq);
    // The attempt failed in a way worth retrying; the entry stays, its error is kept for the log.
    core::Status recordFailure(qint64 seq, const QString& error);
    // The server refused the entry (invalid, forbidden): nothing of it was applied. It stays and
    // is sent again, unless a later change to its resource made here replaces it
    // (ResourceStore::writeLocal): a record corrected after a refusal goes as corrected.
    core::Status recordRefusal(qint64 seq, const QString& error);
    // The server has another version (HTTP 412): keep both for a person to resolve.
    core::Status recordConflict(qint64 seq, const QByteArray& serverJson,
                                const QString& serverVersionId);

private:
    Database& m_database;
};

} // namespace sijil::storage
