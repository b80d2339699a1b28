#include <sijil/sync/ServerResource.h>

#include <QJsonDocument>

namespace sijil::sync {

namespace {

QString referencedPatient(const QJsonValue& reference) {
    const QString ref = reference.toObject().value(QStringLiteral("reference")).toString();
    const QString prefix = QStringLiteral("Patient/");
    // Absolute references to our server end with the same relative part.
    const qsizetype at = ref.lastIndexOf(prefix);
    if (at < 0)
        return {};
    return ref.mid(at + prefix.size()).section(u'/', 0, 0);
}

} // namespace

QString ServerResource::patientOf(const QJsonObject& r) {
    if (r.value(QStringLiteral("resourceType")).toString() == u"Patient")
        return r.value(QStringLiteral("id")).toString();
    for (const char* field : {"subject", "patient", "beneficiary"}) {
        const QString id = referencedPatient(r.value(QLatin1String(field)));
        if (!id.isEmpty())
            return id;
    }
    return {};
}

QString ServerResource::versionOf(const QJsonObject& r) {
    return r.value(QStringLiteral("meta")).toObject().value(QStringLiteral("versionId")).toString();
}

QString ServerResource::lastUpdatedOf(const QJsonObject& r) {
    return r.value(QStringLiteral("meta"))
        .toObject()
        .value(QStringLiteral("lastUpdated"))
        .toString();
}

bool ServerResource::sameContent(const QJsonObject& first, const QJsonObject& second) {
    QJsonObject a = first;
    QJsonObject b = second;
    a.remove(QStringLiteral("meta"));
    b.remove(QStringLiteral("meta"));
    return a == b;
}

storage::StoredResource ServerResource::toStored(const QJsonObject& r) {
    storage::StoredResource s;
    s.type = r.value(QStringLiteral("resourceType")).toString();
    s.id = r.value(QStringLiteral("id")).toString();
    s.versionId = versionOf(r);
    s.lastUpdatedUtc = QDateTime::fromString(lastUpdatedOf(r), Qt::ISODateWithMs).toUTC();
    s.patientId = patientOf(r);
    s.json = QJsonDocument(r).toJson(QJsonDocument::Compact);
    return s;
}

} // namespace sijil::sync
