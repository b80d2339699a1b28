#pragma once

#include <QString>

namespace sijil::access {
class SessionManager;
}
namespace sijil::core {
class PatientContext;
}
namespace sijil::registry {
class PatientRegistry;
class ReferenceData;
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
};

} // namespace sijil::ui
