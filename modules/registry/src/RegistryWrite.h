#pragma once

// What registration and correction share (PatientRegistryWrite.cpp, PatientRegistryUpdate.cpp).

#include <sijil/core/Error.h>
#include <sijil/registry/PatientRecord.h>
#include <sijil/registry/PatientValidator.h>
#include <sijil/storage/ResourceStore.h>

namespace sijil::registry {

class PatientRegistry;

namespace detail {

// A validation error as the registry returns it, naming its field.
core::Error invalid(const ValidationIssue& issue);
// A dependant shares the insured's regime and affiliation number.
core::Status followInsured(const PatientRegistry& registry, PatientRecord& r);
// The Coverage write a record needs: created, updated, or deleted when it has none.
storage::LocalChange coverageChange(const PatientRecord& r, bool existed, const QString& actor);

} // namespace detail
} // namespace sijil::registry
