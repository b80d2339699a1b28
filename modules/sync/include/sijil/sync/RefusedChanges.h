#pragma once

#include <sijil/access/User.h>
#include <sijil/core/Result.h>
#include <sijil/storage/ResourceStore.h>

#include <QList>

namespace sijil::storage {
class AuditTrail;
}

namespace sijil::sync {

// The changes the central server refused for good (invalid, forbidden), for the site
// administrator: each would be refused again at every cycle and hold back the later changes to
// its records (a merge made here, above all, which no correction at the desk replaces). One may
// be given up, audited: its records are put back as they were and read again from the server.
class RefusedChanges {
public:
    RefusedChanges(storage::ResourceStore& store, storage::AuditTrail& audit);

    // Only the site administrator: giving up a merge decides whether one record stands for
    // another, and what is given up is lost to the server.
    [[nodiscard]] static bool mayGiveUp(const access::User& user);

    [[nodiscard]] core::Result<QList<storage::RefusedChange>> list() const;
    // A resource as held here ("Type/id"), to name what a change writes; empty when not held.
    [[nodiscard]] QByteArray held(const QString& reference) const;
    // Audited before it is applied (and its failure too). Returns how many records were put
    // back.
    core::Result<int> giveUp(const storage::RefusedChange& change,
                             const access::SessionInfo& session);

private:
    storage::ResourceStore& m_store;
    storage::AuditTrail& m_audit;
};

} // namespace sijil::sync
