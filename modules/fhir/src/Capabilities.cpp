#include <sijil/fhir/Capabilities.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sijil::fhir {

namespace {

QSet<QString> codes(const QJsonArray& items, const QString& key) {
    QSet<QString> out;
    for (const QJsonValue& v : items)
        out.insert(v.toObject().value(key).toString());
    out.remove(QString());
    return out;
}

QString operationName(const QJsonObject& op) {
    // Names are declared with or without the '$'; definitions end in the operation's code.
    QString name = op.value(QStringLiteral("name")).toString();
    if (name.startsWith(u'$'))
        name.remove(0, 1);
    return name;
}

} // namespace

std::optional<Capabilities> Capabilities::fromJson(const QByteArray& body) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QStringLiteral("resourceType")).toString() != u"CapabilityStatement")
        return std::nullopt;
    Capabilities c;
    c.m_fhirVersion = root.value(QStringLiteral("fhirVersion")).toString();
    for (const QJsonValue& restValue : root.value(QStringLiteral("rest")).toArray()) {
        const QJsonObject rest = restValue.toObject();
        if (rest.value(QStringLiteral("mode")).toString() != u"server")
            continue;
        c.m_system.unite(
            codes(rest.value(QStringLiteral("interaction")).toArray(), QStringLiteral("code")));
        for (const QJsonValue& op : rest.value(QStringLiteral("operation")).toArray())
            c.m_systemOperations.insert(operationName(op.toObject()));
        for (const QJsonValue& resValue : rest.value(QStringLiteral("resource")).toArray()) {
            const QJsonObject res = resValue.toObject();
            Resource& r = c.m_resources[res.value(QStringLiteral("type")).toString()];
            r.interactions =
                codes(res.value(QStringLiteral("interaction")).toArray(), QStringLiteral("code"));
            r.searchParams =
                codes(res.value(QStringLiteral("searchParam")).toArray(), QStringLiteral("name"));
            for (const QJsonValue& op : res.value(QStringLiteral("operation")).toArray())
                r.operations.insert(operationName(op.toObject()));
            r.conditionalCreate = res.value(QStringLiteral("conditionalCreate")).toBool();
        }
    }
    return c;
}

bool Capabilities::supports(const QString& resourceType, const QString& interaction) const {
    const auto it = m_resources.constFind(resourceType);
    return it != m_resources.cend() && it->interactions.contains(interaction);
}

bool Capabilities::supportsConditionalCreate(const QString& resourceType) const {
    const auto it = m_resources.constFind(resourceType);
    return it != m_resources.cend() && it->conditionalCreate;
}

bool Capabilities::supportsSystem(const QString& interaction) const {
    return m_system.contains(interaction);
}

bool Capabilities::supportsOperation(const QString& resourceType, const QString& name) const {
    const auto it = m_resources.constFind(resourceType);
    return (it != m_resources.cend() && it->operations.contains(name)) ||
           m_systemOperations.contains(name);
}

bool Capabilities::supportsSearchParam(const QString& resourceType, const QString& name) const {
    const auto it = m_resources.constFind(resourceType);
    return it != m_resources.cend() && it->searchParams.contains(name);
}

} // namespace sijil::fhir
