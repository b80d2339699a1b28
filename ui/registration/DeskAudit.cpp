#include "DeskAudit.h"

#include <sijil/access/SessionManager.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/storage/AuditWriter.h>

#include <shell/FieldMessage.h>

namespace sijil::ui {

void auditShown(const RegistrationServices& services, const char* subtype,
                const QStringList& patientIds, const QString& detail, FieldMessage* message) {
    const auto& session = services.session.session();
    if (!session || patientIds.isEmpty())
        return;
    storage::AuditWriter::Failed told;
    if (message)                               // nowhere to say it otherwise: the failure is logged
        told = [message](const core::Error&) { // told only while `message` lives
            message->show(core::UserText("sijil::ui::DeskAudit",
                                         QT_TRANSLATE_NOOP("sijil::ui::DeskAudit",
                                                           "Les dossiers consultés n'ont pas pu "
                                                           "être inscrits au journal d'audit. "
                                                           "Prévenez l'administrateur du site.")),
                          FieldMessage::Kind::Warning);
        };
    services.auditWriter.append(
        registry::PatientRegistry::readEntries(*session, subtype, patientIds, detail), message,
        std::move(told));
}

void auditShown(const RegistrationServices& services, const char* subtype,
                const QList<registry::PatientHit>& hits, const QString& detail,
                FieldMessage* message) {
    QStringList ids;
    ids.reserve(hits.size());
    for (const registry::PatientHit& h : hits)
        ids << h.record.id;
    auditShown(services, subtype, ids, detail, message);
}

} // namespace sijil::ui
