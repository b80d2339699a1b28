#include "RefDataJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sijil::registry::refdata {

namespace {

// A non-empty string member, or nothing.
std::optional<QString> text(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return std::nullopt;
    return v.toString().trimmed();
}

// {"fr", "ar", "en"}: French always, the others when `required` says so.
std::optional<Labels> labels(const QJsonValue& value, bool arabicRequired, bool englishRequired) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    for (const QString& key : o.keys()) {
        if (!o.value(key).isString())
            return std::nullopt;
    }
    Labels l{text(o, QStringLiteral("fr")).value_or(QString()),
             text(o, QStringLiteral("ar")).value_or(QString()),
             text(o, QStringLiteral("en")).value_or(QString())};
    if (l.fr.isEmpty() || (arabicRequired && l.ar.isEmpty()) || (englishRequired && l.en.isEmpty()))
        return std::nullopt;
    return l;
}

std::optional<QJsonArray> array(const QJsonObject& doc, const char* key, QString& why) {
    const QJsonValue v = doc.value(QLatin1String(key));
    if (!v.isArray()) {
        why = QStringLiteral("'%1' is not a list").arg(QLatin1String(key));
        return std::nullopt;
    }
    return v.toArray();
}

QString entryError(qsizetype index, const char* what) {
    return QStringLiteral("entry %1: %2").arg(index + 1).arg(QLatin1String(what));
}

} // namespace

std::optional<QJsonObject> readJsonObject(const QString& path, QString& why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        why = file.errorString();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        why = QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        why = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QList<Country>> parseCountries(const QJsonObject& doc, QString& why) {
    const auto entries = array(doc, "countries", why);
    if (!entries)
        return std::nullopt;
    QList<Country> out;
    out.reserve(entries->size());
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QJsonObject o = entries->at(i).toObject();
        const auto alpha2 = text(o, QStringLiteral("alpha2"));
        const auto alpha3 = text(o, QStringLiteral("alpha3"));
        const auto name = labels(o.value(QLatin1String("name")), true, true);
        if (!alpha2 || alpha2->size() != 2 || !alpha3 || alpha3->size() != 3 || !name) {
            why = entryError(i, "country without alpha-2, alpha-3 or names");
            return std::nullopt;
        }
        out.append({*alpha2, *alpha3, *name});
    }
    return out;
}

std::optional<QList<Subdivision>> parseSubdivisions(const QJsonObject& doc, QString& why) {
    const auto entries = array(doc, "subdivisions", why);
    if (!entries)
        return std::nullopt;
    QList<Subdivision> out;
    out.reserve(entries->size());
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QJsonObject o = entries->at(i).toObject();
        const auto code = text(o, QStringLiteral("code"));
        const auto kind = text(o, QStringLiteral("kind"));
        const auto name = labels(o.value(QLatin1String("name")), true, false);
        if (!code || !kind || !name) {
            why = entryError(i, "subdivision without code, kind or names");
            return std::nullopt;
        }
        Subdivision s{*code, Subdivision::Kind::Region, o.value(QLatin1String("parent")).toString(),
                      *name};
        if (*kind == QLatin1String("prefecture"))
            s.kind = Subdivision::Kind::Prefecture;
        else if (*kind == QLatin1String("province"))
            s.kind = Subdivision::Kind::Province;
        else if (*kind != QLatin1String("region")) {
            why = entryError(i, "unknown subdivision kind");
            return std::nullopt;
        }
        out.append(s);
    }
    return out;
}

std::optional<QList<CodedItem>> parseCodedList(const QJsonValue& value, QString& why) {
    if (!value.isArray()) {
        why = QStringLiteral("not a list");
        return std::nullopt;
    }
    const QJsonArray entries = value.toArray();
    QList<CodedItem> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const auto code = text(o, QStringLiteral("code"));
        const auto label = labels(o.value(QLatin1String("label")), false, false);
        if (!code || !label) {
            why = entryError(i, "needs a \"code\" and a \"label\" with at least \"fr\"");
            return std::nullopt;
        }
        for (const CodedItem& seen : std::as_const(out)) {
            if (seen.code == *code) {
                why = entryError(i, "code given twice");
                return std::nullopt;
            }
        }
        out.append({*code, *label});
    }
    return out;
}

void mergeCodedList(QList<CodedItem>& base, const QList<CodedItem>& extra) {
    for (const CodedItem& item : extra) {
        auto it = std::find_if(base.begin(), base.end(),
                               [&](const CodedItem& b) { return b.code == item.code; });
        if (it != base.end())
            it->label = item.label;
        else
            base.append(item);
    }
}

std::optional<QList<Commune>> parseCommunes(const QJsonObject& doc, QString& why) {
    const auto entries = array(doc, "communes", why);
    if (!entries)
        return std::nullopt;
    QList<Commune> out;
    out.reserve(entries->size());
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QJsonObject o = entries->at(i).toObject();
        const auto code = text(o, QStringLiteral("code"));
        const auto name = labels(o.value(QLatin1String("name")), true, false);
        const auto province = text(o, QStringLiteral("province"));
        if (!code || !name || !province) {
            why = entryError(i, "commune without code, names or province");
            return std::nullopt;
        }
        out.append({*code, *name, *province});
    }
    return out;
}

QJsonObject communesToJson(const QList<Commune>& communes) {
    QJsonArray entries;
    for (const Commune& c : communes) {
        entries.append(
            QJsonObject{{QStringLiteral("code"), c.code},
                        {QStringLiteral("name"), QJsonObject{{QStringLiteral("fr"), c.name.fr},
                                                             {QStringLiteral("ar"), c.name.ar}}},
                        {QStringLiteral("province"), c.provinceCode}});
    }
    return QJsonObject{{QStringLiteral("communes"), entries}};
}

} // namespace sijil::registry::refdata
