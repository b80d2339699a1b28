#include "SyncLog.h"

#include <sijil/access/SessionAudit.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/sync/ConflictResolver.h>
#include <sijil/sync/ServerResource.h>

#include <QJsonArray>
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

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A Patient's merge state: whether it is in use, the links a merge writes, and what a merge moved
// to the survivor (kept on the replaced record so that unmerge can move it back: the registry's
// merge-moved extension). A choice between versions never changes it.
bool isMergeLink(const QJsonValue& link) {
    const QString type = link.toObject().value(QStringLiteral("type")).toString();
    return type == u"replaced-by" || type == u"replaces";
}

bool isMergeMoved(const QJsonValue& extension) {
    return extension.toObject()
        .value(QStringLiteral("url"))
        .toString()
        .endsWith(u"/StructureDefinition/merge-moved");
}

// `element` of `patient` with the entries `ofMerge` picks taken from `from` in place of its own.
void takeEntries(QJsonObject& patient, const QJsonObject& from, const QString& element,
                 bool (*ofMerge)(const QJsonValue&)) {
    QJsonArray out;
    for (const QJsonValue& v : patient.value(element).toArray()) {
        if (!ofMerge(v))
            out.append(v);
    }
    for (const QJsonValue& v : from.value(element).toArray()) {
        if (ofMerge(v))
            out.append(v);
    }
    if (out.isEmpty())
        patient.remove(element);
    else
        patient.insert(element, out);
}

// `patient` (a version chosen) with the merge state of `server`: the local edit carried over onto
// the merges as the server has them.
QJsonObject withMergeStateOf(QJsonObject patient, const QJsonObject& server) {
    const QString active = QStringLiteral("active");
    if (server.contains(active))
        patient.insert(active, server.value(active));
    else
        patient.remove(active);
    takeEntries(patient, server, QStringLiteral("link"), isMergeLink);
    takeEntries(patient, server, QStringLiteral("extension"), isMergeMoved);
    return patient;
}

// The merge state alone, to compare two versions (a record says it is in use by saying nothing).
QJsonObject mergeStateOf(const QJsonObject& patient) {
    QJsonObject state = withMergeStateOf({}, patient);
    if (!state.contains(QStringLiteral("active")))
        state.insert(QStringLiteral("active"), true);
    return state;
}

bool isMergedAway(const QJsonObject& patient) {
    const QJsonArray links = patient.value(QStringLiteral("link")).toArray();
    return std::any_of(links.cbegin(), links.cend(), [](const QJsonValue& l) {
        return l.toObject().value(QStringLiteral("type")).toString() == u"replaced-by";
    });
}

core::Error refused(const char* code, const char* why, const storage::Conflict& conflict) {
    return core::Error(code, core::UserText("sijil::sync", why),
                       conflict.type + u'/' + conflict.id);
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

std::optional<core::Error> ConflictResolver::refusal(const access::User& user,
                                                     const storage::Conflict& conflict) {
    // A merge made here, or its undoing: whoever settles it decides whether one record stands
    // for another, which only a person who may merge decides (as at the duplicate review).
    if (conflict.group != 0 && conflict.patientsTogether > 0 && !user.mayMergeRecords())
        return refused("sync/merge-not-allowed",
                       QT_TRANSLATE_NOOP("sijil::sync",
                                         "Ce conflit porte sur une fusion de dossiers (ou son "
                                         "annulation) faite sur ce poste : seul "
                                         "l'administrateur du site peut le résoudre."),
                       conflict);
    if (!mayResolve(user, conflict.type))
        return core::Error(
            "sync/not-allowed",
            core::UserText("sijil::sync",
                           QT_TRANSLATE_NOOP("sijil::sync", "Votre rôle ne permet pas de résoudre "
                                                            "ce conflit. Faites appel à un "
                                                            "médecin ou à l'administrateur du "
                                                            "site.")),
            QStringLiteral("%1 may not resolve %2").arg(user.id, conflict.type));
    return std::nullopt;
}

core::Status ConflictResolver::check(const storage::Conflict& conflict, Choice choice) {
    // The server's version carries its own merge state; a deletion there has none to keep.
    if (conflict.type != u"Patient" || choice == Choice::KeepServer || conflict.serverDeleted())
        return {};
    const QJsonObject local = parse(conflict.localJson);
    const QJsonObject server = parse(conflict.serverJson);
    const bool deletedHere = conflict.localState == storage::LocalState::Deleted;
    // A merge made here on a version the server has since changed: sent with the server's merge
    // state it would go in part (the survivor replacing a record that is not replaced), sent
    // with its own it would undo what the server holds. It is given up and made again.
    if (conflict.group != 0 && conflict.patientsTogether > 0 &&
        (deletedHere || mergeStateOf(local) != mergeStateOf(server)))
        return refused("sync/merge-to-redo",
                       QT_TRANSLATE_NOOP("sijil::sync",
                                         "Ce dossier fait partie d'une fusion de dossiers (ou de "
                                         "son annulation) faite sur ce poste, et le serveur "
                                         "central en a une autre version : cette fusion ne peut "
                                         "pas partir telle quelle. Gardez la version du serveur "
                                         "(la fusion est alors abandonnée sur ce poste), puis "
                                         "refaites-la si elle reste justifiée."),
                       conflict);
    // Merged away there: an edit kept on it would be lost on a record nobody opens (and would
    // bring it back into use when sent with its own merge state).
    if (isMergedAway(server))
        return refused("sync/merged-on-server",
                       QT_TRANSLATE_NOOP("sijil::sync",
                                         "Sur le serveur central, ce dossier a été fusionné dans "
                                         "un autre : la modification faite sur ce poste ne peut "
                                         "pas y être gardée. Gardez la version du serveur, puis "
                                         "refaites la modification sur le dossier conservé."),
                       conflict);
    // Deleted here, a survivor there: its merges would be left pointing at nothing.
    if (deletedHere && mergeStateOf(server) != mergeStateOf({}))
        return refused("sync/merged-on-server",
                       QT_TRANSLATE_NOOP("sijil::sync",
                                         "Sur le serveur central, ce dossier en remplace "
                                         "d'autres (fusion) : il ne peut pas être supprimé par "
                                         "ce choix. Gardez la version du serveur."),
                       conflict);
    return {};
}

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
    if (conflict.type == u"Patient" && !conflict.serverDeleted())
        result = withMergeStateOf(result, server);
    return compact(result);
}

core::Result<QList<storage::Conflict>> ConflictResolver::conflicts() const {
    return m_store.conflicts();
}

core::Status ConflictResolver::resolve(const storage::Conflict& conflict, Choice choice,
                                       const QSet<QString>& fromServer,
                                       const access::SessionInfo& session) {
    if (auto refusedHere = refusal(session.user, conflict))
        return *refusedHere;
    if (auto s = check(conflict, choice); !s)
        return s;
    QByteArray chosen;
    switch (choice) {
    case Choice::KeepLocal:
        // A deletion made here stands: it is sent again (resolveConflict with nothing chosen).
        // A Patient's edit goes on the server's merge state (check refused what that would split).
        if (conflict.localState != storage::LocalState::Deleted)
            chosen = conflict.type == u"Patient" && !conflict.serverDeleted()
                         ? compact(withMergeStateOf(parse(conflict.localJson),
                                                    parse(conflict.serverJson)))
                         : conflict.localJson;
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
        // Part of a change sent together: the others go with the choice, or are given up with
        // it when the server's version is kept (ResourceStore::keepServerVersion).
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
