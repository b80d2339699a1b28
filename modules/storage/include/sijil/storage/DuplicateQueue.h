#pragma once

#include <sijil/core/Result.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sijil::storage {

class Database;

enum class DuplicateStatus { Open, Merged, NotDuplicate };

// Two patients that may be the same person, and what a person decided about them.
struct DuplicatePair {
    QString firstId; // the pair in one order: firstId < secondId
    QString secondId;
    double weight = 0;      // the matcher's score; stronger is likelier the same person
    QString classification; // the matcher's class code ("match", "possible")
    DuplicateStatus status = DuplicateStatus::Open;
    QDateTime foundAtUtc;
    QString decidedBy; // user id; empty while open
    QDateTime decidedAtUtc;
};

// The review queue of possible duplicates: filled by registration, imports and scans, emptied by
// the people who merge records or say they are two persons. A decided pair is never reopened by
// finding it again, so that a scan does not ask the same question twice.
class DuplicateQueue {
public:
    explicit DuplicateQueue(Database& database);

    struct Candidate {
        QString a;
        QString b;
        double weight = 0;
        QString classification;
    };
    // In one transaction: a new pair is queued open; an open pair takes the newer score; a decided
    // pair keeps its decision. Returns each pair's status afterwards, in the order given. A pair
    // of one record with itself is refused (nothing is written).
    core::Result<QList<DuplicateStatus>> enqueue(const QList<Candidate>& candidates);

    // Open pairs strongest first; decided ones latest decision first.
    [[nodiscard]] core::Result<QList<DuplicatePair>> list(DuplicateStatus status, int offset,
                                                          int limit) const;
    [[nodiscard]] core::Result<int> count(DuplicateStatus status) const;
    [[nodiscard]] core::Result<std::optional<DuplicatePair>> find(const QString& a,
                                                                  const QString& b) const;
    // Records a decision on the pair (queued first if it was not, without a score). Open reopens
    // it: the decision is forgotten (an unmerge).
    core::Status decide(const QString& a, const QString& b, DuplicateStatus status,
                        const QString& actorId);

    // Patients whose duplicate check ran while the search index was incomplete (a rebuild under
    // way) are marked, then checked again once it is whole; the marks survive a restart.
    core::Status markForRecheck(const QStringList& patientIds);
    [[nodiscard]] core::Result<QStringList> toRecheck(int limit) const;
    core::Status rechecked(const QStringList& patientIds);

    // Where a scan of the whole register stands: the patients up to `afterId` (in id order) were
    // compared and their pairs queued, `done` of them. None when no scan is under way.
    struct ScanCursor {
        QString afterId;
        qint64 done = 0;
        QDateTime startedAtUtc;
    };
    [[nodiscard]] core::Result<std::optional<ScanCursor>> scanCursor() const;
    core::Status saveScanCursor(const ScanCursor& cursor);
    core::Status clearScanCursor(); // the scan finished, or starts over

    [[nodiscard]] static std::pair<QString, QString> canonical(const QString& a, const QString& b);
    [[nodiscard]] static QString statusCode(DuplicateStatus status);

private:
    Database& m_database;
};

} // namespace sijil::storage
