#include "CsvLine.h"

#include <sijil/registry/PatientImport.h>
#include <sijil/registry/PatientMapping.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace sijil::registry {

namespace {

constexpr const char* kCtx = "sijil::registry::PatientImport";
using Script = core::PersonName::Script;

core::Error fileError(const char* code, core::UserText text, const QString& detail) {
    return core::Error(code, std::move(text), detail);
}

core::Error lineError(const char* code, const char* source, int line, const QString& value,
                      const QString& more = {}) {
    core::UserText text = core::UserText(kCtx, source).arg(QString::number(line)).arg(value);
    if (!more.isEmpty())
        text = text.arg(more);
    return core::Error(code, std::move(text),
                       QStringLiteral("line %1: %2").arg(line).arg(QLatin1String(code)));
}

core::Result<QByteArray> readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError("registry/import-unreadable",
                         core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                "Impossible de lire le fichier "
                                                                "« %1 »."))
                             .arg(path),
                         file.errorString());
    return file.readAll();
}

std::optional<core::PartialDate> dateOf(const QString& text) {
    if (text.isEmpty())
        return core::PartialDate();
    if (auto iso = core::PartialDate::fromIso(text))
        return iso;
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (auto m = dmy.match(text); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return core::PartialDate::fromDate(d);
    }
    return std::nullopt;
}

std::optional<core::Sex> sexOf(const QString& text) {
    const QString t = text.toLower();
    if (t.isEmpty() || t == u"u" || t == u"unknown")
        return core::Sex::Unknown;
    if (t == u"f" || t == u"female" || t == u"féminin")
        return core::Sex::Female;
    if (t == u"m" || t == u"male" || t == u"h" || t == u"masculin")
        return core::Sex::Male;
    if (t == u"other" || t == u"x")
        return core::Sex::Other;
    return std::nullopt;
}

using Setter = std::function<bool(PatientRecord&, const QString&)>;

const QHash<QString, Setter>& setters() {
    static const QHash<QString, Setter> map = {
        {QStringLiteral("ipp"),
         [](PatientRecord& r, const QString& v) {
             r.ipp = v;
             return true;
         }},
        {QStringLiteral("document_type"),
         [](PatientRecord& r, const QString& v) {
             r.documentType = documentTypeFromCode(v.toLower());
             return v.isEmpty() || v.toLower() == u"none" || r.documentType != DocumentType::None;
         }},
        {QStringLiteral("document_number"),
         [](PatientRecord& r, const QString& v) {
             r.documentNumber = v;
             return true;
         }},
        {QStringLiteral("document_expiry"),
         [](PatientRecord& r, const QString& v) {
             r.documentExpiry = QDate::fromString(v, Qt::ISODate);
             return v.isEmpty() || r.documentExpiry.isValid();
         }},
        {QStringLiteral("document_country"),
         [](PatientRecord& r, const QString& v) {
             r.documentCountry = v;
             return true;
         }},
        {QStringLiteral("family_latin"),
         [](PatientRecord& r, const QString& v) {
             r.name.setFamily(Script::Latin, v);
             return true;
         }},
        {QStringLiteral("given_latin"),
         [](PatientRecord& r, const QString& v) {
             r.name.setGiven(Script::Latin, v);
             return true;
         }},
        {QStringLiteral("family_arabic"),
         [](PatientRecord& r, const QString& v) {
             r.name.setFamily(Script::Arabic, v);
             return true;
         }},
        {QStringLiteral("given_arabic"),
         [](PatientRecord& r, const QString& v) {
             r.name.setGiven(Script::Arabic, v);
             return true;
         }},
        {QStringLiteral("sex"),
         [](PatientRecord& r, const QString& v) {
             const auto s = sexOf(v);
             r.sex = s.value_or(core::Sex::Unknown);
             return s.has_value();
         }},
        {QStringLiteral("birth_date"),
         [](PatientRecord& r, const QString& v) {
             const auto d = dateOf(v);
             r.birthDate = d.value_or(core::PartialDate());
             return d.has_value();
         }},
        {QStringLiteral("birth_city"),
         [](PatientRecord& r, const QString& v) {
             r.birthCity = v;
             return true;
         }},
        {QStringLiteral("birth_country"),
         [](PatientRecord& r, const QString& v) {
             r.birthCountry = v;
             return true;
         }},
        {QStringLiteral("nationality"),
         [](PatientRecord& r, const QString& v) {
             r.nationality = v;
             return true;
         }},
        {QStringLiteral("address"),
         [](PatientRecord& r, const QString& v) {
             r.address = v;
             return true;
         }},
        {QStringLiteral("city"),
         [](PatientRecord& r, const QString& v) {
             r.city = v;
             return true;
         }},
        {QStringLiteral("commune"),
         [](PatientRecord& r, const QString& v) {
             r.commune = v;
             return true;
         }},
        {QStringLiteral("province"),
         [](PatientRecord& r, const QString& v) {
             r.province = v.toUpper();
             return true;
         }},
        {QStringLiteral("phone"),
         [](PatientRecord& r, const QString& v) {
             r.phone = v;
             return true;
         }},
        {QStringLiteral("emergency_name"),
         [](PatientRecord& r, const QString& v) {
             r.emergencyName = v;
             return true;
         }},
        {QStringLiteral("emergency_relationship"),
         [](PatientRecord& r, const QString& v) {
             r.emergencyRelationship = v.toUpper();
             return true;
         }},
        {QStringLiteral("emergency_phone"),
         [](PatientRecord& r, const QString& v) {
             r.emergencyPhone = v;
             return true;
         }},
        {QStringLiteral("accounting_category"),
         [](PatientRecord& r, const QString& v) {
             r.accountingCategory = v.toUpper();
             return true;
         }},
        {QStringLiteral("coverage_regime"),
         [](PatientRecord& r, const QString& v) {
             r.coverageRegime = v.toUpper();
             return true;
         }},
        {QStringLiteral("affiliation_number"),
         [](PatientRecord& r, const QString& v) {
             r.affiliationNumber = v;
             return true;
         }},
    };
    return map;
}

} // namespace

QString PatientImport::csvColumnOf(const QString& field) {
    QString column;
    for (const QChar c : field)
        column += c.isUpper() ? QStringLiteral("_") + c.toLower() : QString(c);
    return setters().contains(column) ? column : field;
}

QStringList PatientImport::csvColumns() {
    QStringList names = setters().keys();
    names.sort();
    return names;
}

core::Result<ImportFile> PatientImport::readCsv(const QString& path) {
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(*bytes);
    if (utf8.hasError())
        return fileError("registry/import-encoding",
                         core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                "Le fichier n'est pas en UTF-8 : "
                                                                "enregistrez-le en CSV UTF-8.")),
                         path);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator =
        csv::detectSeparator(text.section(QRegularExpression(QStringLiteral("[\r\n]")), 0, 0));
    const csv::Records read = csv::splitRecords(text, separator);
    const auto unclosed = [&](int line) {
        return lineError("registry/import-quote",
                         QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                           "Ligne %1 : guillemet non fermé.%2"),
                         line, QString());
    };
    if (read.records.isEmpty() || read.records.first().line != 1) {
        if (read.unclosedAt == 1)
            return unclosed(1);
        return fileError("registry/import-empty",
                         core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                "Le fichier est vide : la "
                                                                "première ligne doit nommer les "
                                                                "colonnes.")),
                         path);
    }
    // A quote never closed leaves the rest of the file in one value: nothing is read.
    if (read.unclosedAt)
        return unclosed(*read.unclosedAt);
    const QStringList& header = read.records.first().fields;
    QList<Setter> columns;
    for (const QString& name : header) {
        const auto it = setters().constFind(name.toLower());
        if (it == setters().constEnd())
            return lineError("registry/import-column",
                             QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                               "Ligne %1 : colonne inconnue « %2 ». Colonnes "
                                               "connues : %3."),
                             1, name, PatientImport::csvColumns().join(QStringLiteral(", ")));
        columns << *it;
    }
    ImportFile out;
    for (qsizetype i = 1; i < read.records.size(); ++i) {
        const csv::Record& row = read.records[i];
        // A row of separators only: what a spreadsheet leaves after its last filled row.
        if (std::all_of(row.fields.cbegin(), row.fields.cend(),
                        [](const QString& f) { return f.isEmpty(); }))
            continue;
        // A row that cannot be read is refused alone, named by its line; the others are read.
        if (row.fields.size() != columns.size()) {
            out.refused << qMakePair(
                row.line,
                core::Error("registry/import-columns",
                            core::UserText(
                                kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                        "%1 valeurs au lieu de %2 (une par colonne "
                                                        "de l'en-tête)."))
                                .arg(QString::number(row.fields.size()))
                                .arg(QString::number(columns.size())),
                            QStringLiteral("line %1").arg(row.line)));
            continue;
        }
        PatientRecord r;
        std::optional<core::Error> unreadable;
        for (qsizetype c = 0; c < columns.size() && !unreadable; ++c) {
            // A cell's lines (Alt+Enter) read as one line: an address as written on a label, a
            // name as the words of one name.
            QStringList lines = row.fields[c].split(u'\n');
            for (QString& l : lines)
                l = l.trimmed();
            lines.removeAll(QString());
            const QString column = header[c].toLower();
            const bool name = column.startsWith(u"family_") || column.startsWith(u"given_") ||
                              column == u"emergency_name";
            const QString value = lines.join(name ? QStringLiteral(" ") : QStringLiteral(", "));
            if (!columns[c](r, value))
                unreadable =
                    core::Error(
                        "registry/import-value",
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                               "Valeur illisible « %1 »."))
                            .arg(value),
                        QStringLiteral("line %1").arg(row.line))
                        .withField(header[c].toLower());
        }
        if (unreadable) {
            out.refused << qMakePair(row.line, *unreadable);
            continue;
        }
        out.records << r;
        out.lines << row.line;
    }
    return out;
}

core::Result<ImportFile> PatientImport::readBundle(const QString& path) {
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError parse{};
    const QJsonObject bundle = QJsonDocument::fromJson(*bytes, &parse).object();
    if (parse.error != QJsonParseError::NoError ||
        bundle.value(QStringLiteral("resourceType")).toString() != u"Bundle")
        return fileError("registry/import-bundle",
                         core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                "Le fichier n'est pas un Bundle "
                                                                "FHIR en JSON.")),
                         parse.errorString());
    QHash<QString, QJsonObject> coverages; // by beneficiary id
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue& e : entries) {
        const QJsonObject res = e.toObject().value(QStringLiteral("resource")).toObject();
        if (res.value(QStringLiteral("resourceType")).toString() == u"Coverage")
            coverages.insert(res.value(QStringLiteral("beneficiary"))
                                 .toObject()
                                 .value(QStringLiteral("reference"))
                                 .toString()
                                 .section(u'/', 1),
                             res);
    }
    ImportFile out;
    out.entries = true;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject res = entries[i].toObject().value(QStringLiteral("resource")).toObject();
        if (res.value(QStringLiteral("resourceType")).toString() != u"Patient")
            continue;
        out.records << PatientMapping::fromFhir(
            res, coverages.value(res.value(QStringLiteral("id")).toString()));
        out.lines << int(i + 1);
    }
    return out;
}

} // namespace sijil::registry
