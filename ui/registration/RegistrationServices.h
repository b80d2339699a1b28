#pragma once

#include <QString>

#include <functional>

namespace sijil::access {
class SessionManager;
}
namespace sijil::core {
class PatientContext;
}
namespace sijil::registry {
class PatientRegistry;
class ReferenceData;
class RemotePatientSearch;
} // namespace sijil::registry
namespace sijil::storage {
class AuditWriter;
}

namespace sijil::ui {

// What the admission screens need, built by the composition root.
struct RegistrationServices {
    registry::PatientRegistry& registry;
    const registry::ReferenceData& reference;
    access::SessionManager& session;
    core::PatientContext& patient;
    // Who saw which patients at the desk (search lists, records opened or compared) is audited
    // through it, off the GUI thread (DeskAudit).
    storage::AuditWriter& auditWriter;
    QString facilityName; // printed on patient labels
    // The central registry, searched after the local store while `serverReachable` says the
    // link is up; none on a workstation without a central server.
    registry::RemotePatientSearch* remoteSearch = nullptr;
    std::function<bool()> serverReachable = nullptr;
};

} // namespace sijil::ui
