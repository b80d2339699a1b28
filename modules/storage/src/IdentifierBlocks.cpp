#include "SqlError.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <sijil/storage/Database.h>
#include <sijil/storage/IdentifierBlocks.h>

#include <QSqlError>
#include <QSqlQuery>

namespace sijil::storage {

namespace {
constexpr const char* kCtx = "sijil::storage::IdentifierBlocks";
}

IdentifierBlocks::IdentifierBlocks(Database& database)
    : m_database(database) {}

core::Status IdentifierBlocks::add(const QString& system, qint64 first, qint64 last) {
    if (system.isEmpty() || first <= 0 || last < first)
        return core::Error(
            "storage/identifier-block-invalid",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::IdentifierBlocks",
                                                   "La plage d'identifiants est "
                                                   "invalide : le premier numéro "
                                                   "doit être positif et ne pas "
                                                   "dépasser le dernier.")),
            QStringLiteral("%1..%2").arg(first).arg(last));
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s;
    QSqlQuery q(tx.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM identifier_blocks WHERE system = ? AND "
                             "first <= ? AND last >= ?"));
    q.addBindValue(system);
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError(), "read identifier blocks");
    if (q.value(0).toInt() > 0)
        return core::Error(
            "storage/identifier-block-overlap",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::IdentifierBlocks",
                                                   "Cette plage chevauche une plage "
                                                   "d'identifiants déjà enregistrée.")),
            QStringLiteral("%1..%2").arg(first).arg(last));
    q.finish();
    QSqlQuery insert(tx.db());
    insert.prepare(QStringLiteral("INSERT INTO identifier_blocks(system, first, last, next, "
                                  "added_at) VALUES (?,?,?,?,?)"));
    insert.addBindValue(system);
    insert.addBindValue(first);
    insert.addBindValue(last);
    insert.addBindValue(first);
    insert.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!insert.exec())
        return sqlError(insert.lastError(), "write identifier block");
    return tx.commit();
}

core::Result<qint64> IdentifierBlocks::draw(const QString& system, const ValueOf& valueOf) {
    auto numbers = draw(system, 1, valueOf);
    if (!numbers)
        return numbers.error();
    return numbers->first();
}

core::Result<QList<qint64>> IdentifierBlocks::draw(const QString& system, int count,
                                                   const ValueOf& valueOf) {
    Transaction tx(m_database.connectionName());
    if (auto s = tx.begun(); !s)
        return s.error();
    QSqlQuery held(tx.db());
    if (valueOf)
        held.prepare(QStringLiteral(
            "SELECT 1 FROM identifiers_held WHERE system = ? AND value = ? LIMIT 1"));
    QList<qint64> numbers;
    while (numbers.size() < count) {
        QSqlQuery q(tx.db());
        q.prepare(QStringLiteral("SELECT first, next, last FROM identifier_blocks WHERE system = ? "
                                 "AND next <= last ORDER BY added_at, first LIMIT 1"));
        q.addBindValue(system);
        if (!q.exec())
            return sqlError(q.lastError(), "read identifier blocks");
        if (!q.next())
            return core::Error(
                "storage/identifiers-exhausted",
                core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::storage::IdentifierBlocks",
                                                       "Plus aucun identifiant réservé pour ce "
                                                       "site : l'administrateur du site doit en "
                                                       "obtenir une nouvelle plage auprès du "
                                                       "registre central.")),
                system);
        const qint64 first = q.value(0).toLongLong();
        qint64 next = q.value(1).toLongLong();
        const qint64 last = q.value(2).toLongLong();
        q.finish();
        // A number a patient already holds (typed in, imported, or received from the server) is
        // passed over: it stays used, never handed out a second time.
        for (; next <= last && numbers.size() < count; ++next) {
            if (valueOf) {
                held.addBindValue(system);
                held.addBindValue(valueOf(next));
                if (!held.exec())
                    return sqlError(held.lastError(), "read identifiers held");
                const bool taken = held.next();
                held.finish();
                if (taken)
                    continue;
            }
            numbers << next;
        }
        QSqlQuery update(tx.db());
        update.prepare(
            QStringLiteral("UPDATE identifier_blocks SET next = ? WHERE system = ? AND first = ?"));
        update.addBindValue(next);
        update.addBindValue(system);
        update.addBindValue(first);
        if (!update.exec())
            return sqlError(update.lastError(), "draw identifiers");
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return numbers;
}

core::Result<QString> IdentifierBlocks::holder(const QString& system, const QString& value) const {
    QSqlQuery q(QSqlDatabase::database(m_database.connectionName()));
    q.prepare(
        QStringLiteral("SELECT patient_id FROM identifiers_held WHERE system = ? AND value = ?"));
    q.addBindValue(system);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), "read identifiers held");
    return q.next() ? q.value(0).toString() : QString();
}

core::Result<QList<IdentifierBlock>> IdentifierBlocks::blocks(const QString& system,
                                                              const ValueOf& valueOf) const {
    const QSqlDatabase db = QSqlDatabase::database(m_database.connectionName());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT first, last, next, added_at FROM identifier_blocks WHERE "
                             "system = ? ORDER BY added_at, first"));
    q.addBindValue(system);
    if (!q.exec())
        return sqlError(q.lastError(), "read identifier blocks");
    QList<IdentifierBlock> out;
    while (q.next())
        out << IdentifierBlock{system, q.value(0).toLongLong(), q.value(1).toLongLong(),
                               q.value(2).toLongLong(), fromIsoTime(q.value(3))};
    if (!valueOf)
        return out;
    QSqlQuery held(db);
    held.prepare(QStringLiteral("SELECT count(*) FROM identifiers_held WHERE system = ? AND "
                                "value BETWEEN ? AND ?"));
    for (IdentifierBlock& b : out) {
        if (b.next > b.last)
            continue;
        held.addBindValue(system);
        held.addBindValue(valueOf(b.next));
        held.addBindValue(valueOf(b.last));
        if (!held.exec() || !held.next())
            return sqlError(held.lastError(), "read identifiers held");
        b.held = held.value(0).toLongLong();
        held.finish();
    }
    return out;
}

core::Result<qint64> IdentifierBlocks::remaining(const QString& system,
                                                 const ValueOf& valueOf) const {
    auto list = blocks(system, valueOf);
    if (!list)
        return list.error();
    qint64 n = 0;
    for (const IdentifierBlock& b : *list)
        n += b.remaining();
    return n;
}

} // namespace sijil::storage
