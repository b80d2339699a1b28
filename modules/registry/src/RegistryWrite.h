#pragma once

// What registration and correction share (PatientRegistryWrite.cpp, PatientRegistryUpdate.cpp).

#include <sijil/core/Error.h>
#include <sijil/registry/PatientRecord.h>
#include <sijil/registry/PatientValidator.h>
#include <sijil/storage/ResourceStore.h>

#include <QHash>

namespace sijil::storage {
class IdentifierBlocks;
}

namespace sijil::registry {

class PatientRegistry;

namespace detail {

// A validation error as the registry returns it, naming its field.
core::Error invalid(const ValidationIssue& issue);
// A dependant shares the insured's regime and affiliation number.
core::Status followInsured(const PatientRegistry& registry, PatientRecord& r);
// The same in an import: the insured may be a record of the file accepted before (by its id).
core::Status followInsuredInFile(const PatientRegistry& registry, PatientRecord& r,
                                 const QHash<QString, PatientRecord>& acceptedById);
// The Coverage write a record needs: created, updated, or deleted when it has none.
storage::LocalChange coverageChange(const PatientRecord& r, bool existed, const QString& actor);
// The refusal, if any, of a record's IPP: another patient holds it, or it is one of this site's
// own numbers not handed out yet.
core::Result<std::optional<core::Error>> ippRefused(const storage::IdentifierBlocks& identifiers,
                                                    const PatientRecord& r);
core::Error ippTaken(const QString& ipp);
// The IPP of a number of the site's blocks, as patients hold it.
QString ippOf(qint64 number);
// `count` new IPPs, passing over numbers a patient already holds; committed when returned.
core::Result<QList<QString>> drawIpps(storage::IdentifierBlocks& identifiers, int count);

} // namespace detail
} // namespace sijil::registry
