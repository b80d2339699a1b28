#pragma once

#include <sijil/core/Result.h>

#include <QFuture>
#include <QList>
#include <QStringList>

namespace sijil::storage {
class AuditTrail;
}
namespace sijil::fhir {
class FhirClient;
}

namespace sijil::sync {

// What the central server's copies say of the entries this workstation sent.
struct AuditServerReport {
    qint64 checked = 0;         // sent entries whose server copy matches them
    qint64 unfingerprinted = 0; // copies sent before fingerprints were: nothing to compare
    QList<qint64> altered;      // the copy as first sent vouches for other content
    QList<qint64> absent;       // marked sent, yet no copy under their id
    // The copy was changed on the server since, and its first version cannot be read there
    // (a server whose version ids are not 1, 2, 3...): neither vouched for nor proved altered.
    QList<qint64> unverifiable;
    // Ids of this workstation's AuditEvents on the server, recorded after the last entry sent
    // that is still here and not among this trail's: the end of the trail cut off.
    QStringList missingHere;
    // The server had more events to look through than the check's cap: those past it were not
    // seen, so the check is incomplete (never a silent success).
    bool incomplete = false;
    [[nodiscard]] bool ok() const {
        return altered.isEmpty() && absent.isEmpty() && missingHere.isEmpty() && !incomplete;
    }
};

// The local chain's key sits with the database, so whoever can rewrite one can rewrite the
// other. What was sent cannot be: each AuditEvent carries its entry's fingerprint, and this
// compares every entry marked sent with the copy the server first received (version "1", as
// HAPI and most servers number them: a copy overwritten later does not vouch). An entry edited
// here, even re-signed with the key, or whose number or time was changed (its id with them), is
// reported; so are the workstation's events on the server newer than the last one sent that is
// still here (entries cut off the end), or all of them when nothing sent is left here (a trail
// emptied with its head).
class AuditServerCheck {
public:
    // This workstation as its entries name it (source.site and source.observer): what is looked
    // for on the server when no entry sent is left here to say it.
    struct Origin {
        QString facilityId;
        QString workstation;
    };
    // `batch` entries per search (by `_id`, paged by the server's own links). Fifty ids keep
    // the request line near 2.5 kB, under what proxies commonly accept. At most `historyCap`
    // of the server's newer events (the site's whole history when nothing sent is left here)
    // are looked through; more makes the report incomplete.
    [[nodiscard]] static QFuture<core::Result<AuditServerReport>>
    run(const storage::AuditTrail& trail, fhir::FhirClient& client, const Origin& origin,
        int batch = 50, int historyCap = 100'000);
};

} // namespace sijil::sync
