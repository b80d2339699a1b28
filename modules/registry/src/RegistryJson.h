#pragma once

// What the registry's source files share: the resources it writes and their JSON.
#include <sijil/core/Error.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/storage/ResourceStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sijil::registry::detail {

inline constexpr const char* kCtx = "sijil::registry::PatientRegistry";
inline const QString kPatient = QStringLiteral("Patient");
inline const QString kCoverage = QStringLiteral("Coverage");
using Op = storage::LocalChange::Operation;

inline QJsonObject parse(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

// A stored resource's JSON object, or an error when the row holds none (a damaged store): read as
// empty, it would be compared, shown or merged as a patient with no data.
inline core::Result<QJsonObject> parseStored(const storage::StoredResource& stored) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored.json, &parseError);
    if (document.isObject())
        return document.object();
    return core::Error(
        "registry/record-unreadable",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                               "Ce dossier est illisible : la base locale est "
                                               "endommagée. Restaurez-la depuis une sauvegarde.")),
        stored.type + u'/' + stored.id + QStringLiteral(": ") +
            (parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                          : QStringLiteral("not a JSON object")));
}

inline QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline core::Error notFound(const QString& id) {
    return core::Error("registry/not-found",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Ce patient est introuvable dans "
                                                              "le registre local.")),
                       id);
}

inline constexpr char kSurvivorMissing[] = "registry/survivor-missing";

// A merged record's survivor is not in this store (merged at another site, not pulled yet).
inline core::Error survivorMissing(const QString& survivorId) {
    return core::Error(kSurvivorMissing,
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Ce dossier a été fusionné dans un "
                                                              "autre, qui n'est pas encore sur ce "
                                                              "poste. Cherchez le patient avec "
                                                              "le serveur central en ligne, ou "
                                                              "après la prochaine "
                                                              "synchronisation.")),
                       survivorId);
}

inline constexpr char kMergeCycle[] = "registry/merge-cycle";

// Links of merges that lead back to a record already passed (A replaced by B, B by A: two sites
// merged the same pair crosswise): no record stands for the others, and none may be opened as
// if it did.
inline core::Error mergeCycle(const QString& id) {
    return core::Error(kMergeCycle,
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Les fusions de ce dossier forment "
                                                              "une boucle (deux dossiers "
                                                              "fusionnés l'un dans l'autre, sur "
                                                              "deux sites) : aucun dossier "
                                                              "conservé ne peut être ouvert. "
                                                              "L'administrateur du site doit "
                                                              "annuler l'une de ces fusions.")),
                       id);
}

// What may come before "Patient/<id>" in an absolute reference: a server's address
// ("https://server/fhir/"). storage::compartmentOf reads both forms as the same patient.
inline constexpr char kServerAddress[] = R"([A-Za-z][A-Za-z0-9+.\-]*://[^"\\]*/)";

// The id of the Patient a reference names, relative ("Patient/X") or absolute
// ("https://server/fhir/Patient/X"), a version ("/_history/2") left aside; empty for another.
inline QString patientIdOf(const QString& reference) {
    static const QRegularExpression form(
        QStringLiteral("^(?:") + QString::fromLatin1(kServerAddress) +
        QStringLiteral(R"()?Patient/([^/]+)(?:/_history/[^/]+)?$)"));
    return form.match(reference).captured(1);
}

// The record that replaced a merged one; empty for a record in use.
inline QString replacedBy(const QJsonObject& patient) {
    for (const QJsonValue& l : patient.value(QStringLiteral("link")).toArray()) {
        const QJsonObject link = l.toObject();
        if (link.value(QStringLiteral("type")).toString() == u"replaced-by")
            return patientIdOf(link.value(QStringLiteral("other"))
                                   .toObject()
                                   .value(QStringLiteral("reference"))
                                   .toString());
    }
    return {};
}

// The IPP by which a message names a record to the user; its id when it has none.
inline core::Result<QString> shownIpp(const storage::ResourceStore& store, const QString& id) {
    auto stored = store.get(kPatient, id);
    if (!stored)
        return stored.error();
    const QString ipp = *stored ? PatientMapping::fromFhir(parse((*stored)->json)).ipp : QString();
    return ipp.isEmpty() ? id : ipp;
}

} // namespace sijil::registry::detail
