#include "SyncLog.h"

#include <sijil/access/SessionAudit.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/sync/ConflictResolver.h>
#include <sijil/sync/ServerResource.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sijil::sync {

namespace {

// The server's bookkeeping, not content a person chooses between.
bool isBookkeeping(const QString& element) {
    return element == u"meta" || element == u"id" || element == u"resourceType" ||
           element == u"text";
}

QJsonObject parse(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

const char* choiceCode(ConflictResolver::Choice choice) {
    switch (choice) {
    case ConflictResolver::Choice::KeepLocal:
        return "kept-local";
    case ConflictResolver::Choice::KeepServer:
        return "kept-server";
    case ConflictResolver::Choice::Merge:
        return "merged";
    }
    return "";
}

} // namespace

ConflictResolver::ConflictResolver(storage::ResourceStore& store, storage::AuditTrail& audit)
    : m_store(store)
    , m_audit(audit) {}

bool ConflictResolver::mayResolve(const access::User& user, const QString& resourceType) {
    using access::Role;
    if (user.hasRole(Role::SiteAdministrator) || user.hasRole(Role::Physician))
        return true;
    static const QSet<QString> registry = {
        QStringLiteral("Patient"), QStringLiteral("RelatedPerson"), QStringLiteral("Coverage")};
    return user.hasRole(Role::AdmissionClerk) && registry.contains(resourceType);
}

QList<FieldDifference> ConflictResolver::differences(const storage::Conflict& conflict) {
    const QJsonObject local = parse(conflict.localJson);
    const QJsonObject server = parse(conflict.serverJson);
    QStringList elements = local.keys() + server.keys();
    std::sort(elements.begin(), elements.end());
    elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
    QList<FieldDifference> out;
    for (const QString& element : elements) {
        if (isBookkeeping(element) || local.value(element) == server.value(element))
            continue;
        out.append({element, local.value(element), server.value(element)});
    }
    return out;
}

QByteArray ConflictResolver::merged(const storage::Conflict& conflict,
                                    const QSet<QString>& fromServer) {
    QJsonObject result = parse(conflict.localJson);
    const QJsonObject server = parse(conflict.serverJson);
    for (const QString& element : fromServer) {
        if (isBookkeeping(element))
            continue;
        if (server.contains(element))
            result.insert(element, server.value(element));
        else
            result.remove(element);
    }
    return QJsonDocument(result).toJson(QJsonDocument::Compact);
}

core::Result<QList<storage::Conflict>> ConflictResolver::conflicts() const {
    return m_store.conflicts();
}

core::Status ConflictResolver::resolve(const storage::Conflict& conflict, Choice choice,
                                       const QSet<QString>& fromServer,
                                       const access::SessionInfo& session) {
    if (!mayResolve(session.user, conflict.type))
        return core::Error(
            "sync/not-allowed",
            core::UserText("sijil::sync",
                           QT_TRANSLATE_NOOP("sijil::sync", "Votre rôle ne permet pas de résoudre "
                                                            "ce conflit. Faites appel à un "
                                                            "médecin ou à l'administrateur du "
                                                            "site.")),
            QStringLiteral("%1 may not resolve %2").arg(session.user.id, conflict.type));
    QByteArray chosen;
    switch (choice) {
    case Choice::KeepLocal:
        // A deletion made here stands: it is sent again (resolveConflict with nothing chosen).
        if (conflict.localState != storage::LocalState::Deleted)
            chosen = conflict.localJson;
        break;
    case Choice::KeepServer:
        chosen = conflict.serverJson;
        break;
    case Choice::Merge:
        if (conflict.localState == storage::LocalState::Deleted || conflict.serverDeleted())
            return core::Error(
                "sync/merge-deleted",
                core::UserText("sijil::sync",
                               QT_TRANSLATE_NOOP("sijil::sync",
                                                 "Un élément supprimé, sur ce poste ou sur le "
                                                 "serveur central, ne se fusionne pas : gardez "
                                                 "l'une des deux versions.")),
                conflict.type);
        chosen = merged(conflict, fromServer);
        break;
    }
    // Audited first: a choice that changes the record must never be untraceable.
    storage::AuditEntry e =
        access::auditEntryFor(session, QStringLiteral("U"), QStringLiteral("conflict-resolution"));
    e.patientId = ServerResource::patientOf(parse(chosen.isEmpty() ? conflict.localJson : chosen));
    e.entityType = conflict.type;
    e.entityId = conflict.id;
    QStringList taken(fromServer.cbegin(), fromServer.cend());
    taken.sort();
    e.detail =
        QString::fromLatin1(choiceCode(choice)) +
        (choice == Choice::Merge ? QStringLiteral(" server:") + taken.join(u',') : QString()) +
        (conflict.localState == storage::LocalState::Deleted ? QStringLiteral(" local-deletion")
                                                             : QString()) +
        (conflict.serverDeleted() ? QStringLiteral(" server-deletion") : QString()) +
        // Part of a change sent together: the others go with the choice, or without the
        // resource when the server's version is kept.
        (conflict.together > 0 ? QStringLiteral(" together:%1").arg(conflict.together) : QString());
    if (auto a = m_audit.append(e); !a)
        return a.error();
    // The server's version needs nothing sent: it is held as pulled (a deletion on the server
    // accepted is resolveConflict's, with nothing chosen).
    const bool asServer = choice == Choice::KeepServer && !conflict.serverDeleted();
    if (auto s = asServer ? m_store.keepServerVersion(
                                conflict, ServerResource::toStored(parse(conflict.serverJson)))
                          : m_store.resolveConflict(conflict, chosen, session.user.id);
        !s) {
        // Not applied. Versions that changed since they were shown are a refusal (minor failure:
        // the person compares again); anything else is serious.
        e.outcome = s.error().code() == "storage/conflict-changed" ? 4 : 8;
        e.detail += QStringLiteral(" failed");
        if (auto a = m_audit.append(e); !a)
            qCWarning(lcSync) << "audit of a failed resolution not written:" << a.error();
        return s;
    }
    qCInfo(lcSync) << "conflict resolved:" << choiceCode(choice);
    return {};
}

} // namespace sijil::sync
