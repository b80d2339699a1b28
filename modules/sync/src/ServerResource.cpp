#include <sijil/sync/ServerResource.h>

#include <QJsonDocument>

namespace sijil::sync {

QString ServerResource::patientOf(const QJsonObject& r) {
    return storage::compartmentOf(r);
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
