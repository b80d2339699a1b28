#pragma once

#include <sijil/core/Result.h>

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sijil::storage {
class IndexWriter;
}

namespace sijil::storage::detail {

// Where giving changes up starts: changes sent together (their groups), and resources whose
// changes alone are given up from an entry on ("type/id" -> that entry's seq).
struct GiveUpFrom {
    QSet<qint64> groups;
    QHash<QString, qint64> entries;
    // The resource the caller sets itself (a conflict's, held as the server has it): left alone.
    QString keptType;
    QString keptId;
};

// What giving up the changes `from` names would reach: every resource ("Type/id"), the patients
// they are filed under, and whether one of them would be removed (its first entry reached makes
// it).
struct Reached {
    QStringList resources;
    QStringList patients;
    bool creates = false;
    bool createsSince = false; // by a later change built on those given up
};
core::Result<Reached> reachedBy(QSqlDatabase& db, const GiveUpFrom& from);

// The changes `from` names are given up whole, in the caller's transaction: each resource of
// them is put back as it was before its first entry there (the server's version when it is in
// conflict; gone when the change created it; at the version the change was based on when what it
// was is not known, queued before it was kept), and its entries from there on leave the queue,
// with those of any other change sent together that one of them reaches (a second merge onto the
// same survivor): what was built on a change given up cannot go without it. Each resource put
// back gets a catch-up pull, so the server's present replaces what was put back. Returns how
// many resources were put back.
core::Result<int> giveUpChanges(QSqlDatabase& db, const GiveUpFrom& from, IndexWriter& index);

} // namespace sijil::storage::detail
