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
    // The patients the desk's search lists are audited through it, off the GUI thread.
    storage::AuditWriter& auditWriter;
    QString facilityName; // printed on patient labels
};

} // namespace sijil::ui
