#pragma once

#include <sijil/core/Result.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace sijil::storage {

class Database;

// A range of numbers the central registry reserved for this site.
struct IdentifierBlock {
    QString system;
    qint64 first = 0;
    qint64 last = 0; // inclusive
    qint64 next = 0; // the next number to hand out; last + 1 when used up
    QDateTime addedAtUtc;
    // Numbers from `next` on that a patient holds already (received from the server, imported
    // before the block was added): draw() passes over them. Counted when blocks() is given how
    // numbers are written.
    qint64 held = 0;
    [[nodiscard]] qint64 remaining() const { return last - next + 1 - held; }
};

// Numbers drawn from reserved blocks (as OpenMRS's identifier pools): a workstation offline for
// days still hands out identifiers no other site can, and a number once drawn is never drawn again
// even if the program dies before using it.
class IdentifierBlocks {
public:
    explicit IdentifierBlocks(Database& database);

    // Refuses an empty range and one overlapping a block already held for the same system.
    core::Status add(const QString& system, qint64 first, qint64 last);
    // A number as a patient's identifier writes it (its check character added): with it, draw()
    // passes over the numbers a patient already holds (see identifiers_held).
    using ValueOf = std::function<QString(qint64)>;

    // The next free number, from the oldest block that has one; committed before it is returned.
    core::Result<qint64> draw(const QString& system, const ValueOf& valueOf = {});
    // `count` numbers in one transaction (bulk imports), across blocks if needed; all or none.
    core::Result<QList<qint64>> draw(const QString& system, int count, const ValueOf& valueOf = {});
    // The patient holding an identifier of a system one patient only may hold (the IPP), written
    // with the patient's record; empty when none does.
    [[nodiscard]] core::Result<QString> holder(const QString& system, const QString& value) const;
    // With `valueOf`, each block's `held` is counted: values written at a fixed width, so that
    // their order as text is the numbers' order (an IPP: nine digits and a check character).
    [[nodiscard]] core::Result<QList<IdentifierBlock>> blocks(const QString& system,
                                                              const ValueOf& valueOf = {}) const;
    [[nodiscard]] core::Result<qint64> remaining(const QString& system,
                                                 const ValueOf& valueOf = {}) const;

private:
    Database& m_database;
};

} // namespace sijil::storage
