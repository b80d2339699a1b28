#include "CsvLine.h"

#include <sijil/registry/PatientImport.h>
#include <sijil/registry/PatientMapping.h>

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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

QString sha256Of(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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

// A day written as French registers write it (17/05/1980); invalid when it is none.
QDate dayMonthYear(const QString& text) {
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (auto m = dmy.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

std::optional<core::PartialDate> dateOf(const QString& text) {
    if (text.isEmpty())
        return core::PartialDate();
    if (auto iso = core::PartialDate::fromIso(text))
        return iso;
    if (const QDate d = dayMonthYear(text); d.isValid())
        return core::PartialDate::fromDate(d);
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
             // Written as the birth dates of the same file may be.
             r.documentExpiry = QDate::fromString(v, Qt::ISODate);
             if (!r.documentExpiry.isValid())
                 r.documentExpiry = dayMonthYear(v);
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
    // Empty names after the last column: what a spreadsheet leaves after it (";;"); the values
    // under them must be empty too.
    QStringList header = read.records.first().fields;
    const qsizetype written = header.size();
    while (!header.isEmpty() && header.last().trimmed().isEmpty())
        header.removeLast();
    QList<Setter> columns;
    QSet<QString> named;
    for (const QString& name : header) {
        if (named.contains(name.toLower()))
            return lineError("registry/import-column-twice",
                             QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                               "Ligne %1 : la colonne « %2 » figure deux fois : "
                                               "laquelle garder ?"),
                             1, name);
        named.insert(name.toLower());
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
    out.source = sha256Of(*bytes);
    QHash<QStringList, int> seenAt; // a row's values -> the line where they first stand
    for (qsizetype i = 1; i < read.records.size(); ++i) {
        csv::Record row = read.records[i];
        if (row.fields.size() == written && written > header.size() &&
            std::all_of(row.fields.cbegin() + header.size(), row.fields.cend(),
                        [](const QString& f) { return f.isEmpty(); }))
            row.fields.resize(header.size());
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
        // The same values twice: one patient written twice (a copy and paste), however little
        // the row says of him.
        if (const auto first = seenAt.constFind(row.fields); first != seenAt.cend()) {
            out.refused << qMakePair(
                row.line,
                core::Error("registry/import-row-repeated",
                            core::UserText(
                                kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                        "Ligne identique à la ligne %1 : elle n'a "
                                                        "pas été importée deux fois."))
                                .arg(QString::number(*first)),
                            QStringLiteral("line %1 = line %2").arg(row.line).arg(*first)));
            continue;
        }
        seenAt.insert(row.fields, row.line);
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
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    // Each Patient entry under every name a reference in the bundle may give it: its fullUrl
    // ("urn:uuid:…" in a transaction bundle, or an absolute URL) and "Patient/<id>".
    QHash<QString, qsizetype> patientEntry;
    // The id each Patient entry is kept under: its own, or for one without (a transaction
    // bundle's), the UUID of its "urn:uuid:" fullUrl, a client-assigned id as the registry's own
    // are; by it a dependant names its insured, and the same file imported again is recognised.
    QHash<qsizetype, QString> idOf;
    static const QRegularExpression urnUuid(
        QStringLiteral("^urn:uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{12})$"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries[i].toObject();
        const QJsonObject res = entry.value(QStringLiteral("resource")).toObject();
        if (res.value(QStringLiteral("resourceType")).toString() != u"Patient")
            continue;
        const QString fullUrl = entry.value(QStringLiteral("fullUrl")).toString();
        if (!fullUrl.isEmpty())
            patientEntry.insert(fullUrl, i);
        const QString id = res.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            patientEntry.insert(QStringLiteral("Patient/") + id, i);
        if (!res.contains(QStringLiteral("id"))) {
            if (const auto m = urnUuid.match(fullUrl); m.hasMatch())
                idOf.insert(i, m.captured(1).toLower());
        } else {
            idOf.insert(i, id);
        }
    }
    ImportFile out;
    out.entries = true;
    out.source = sha256Of(*bytes);
    // A Coverage goes with the Patient its beneficiary names, found as above and never by a
    // part of the reference: a reference that names no Patient of the file is refused, so that
    // no patient is given another's affiliation number.
    QHash<qsizetype, QJsonObject> coverageOf; // by the Patient's entry
    for (qsizetype j = 0; j < entries.size(); ++j) {
        const QJsonObject res = entries[j].toObject().value(QStringLiteral("resource")).toObject();
        if (res.value(QStringLiteral("resourceType")).toString() != u"Coverage")
            continue;
        const QString reference = res.value(QStringLiteral("beneficiary"))
                                      .toObject()
                                      .value(QStringLiteral("reference"))
                                      .toString();
        const auto patient = patientEntry.constFind(reference);
        if (reference.isEmpty() || patient == patientEntry.constEnd()) {
            out.refused << qMakePair(
                int(j + 1),
                core::Error("registry/import-coverage-unresolved",
                            core::UserText(kCtx, QT_TRANSLATE_NOOP(
                                                     "sijil::registry::PatientImport",
                                                     "Cette couverture (Coverage) désigne un "
                                                     "bénéficiaire « %1 » qui n'est aucun patient "
                                                     "du fichier : elle n'a été donnée à "
                                                     "personne."))
                                .arg(reference),
                            QStringLiteral("entry %1: beneficiary %2").arg(j + 1).arg(reference))
                    .withField(QStringLiteral("beneficiary")));
            continue;
        }
        // A dependant's insured, named the same ways, becomes the id it is kept under.
        QJsonObject coverage = res;
        const QString subscriber = res.value(QStringLiteral("subscriber"))
                                       .toObject()
                                       .value(QStringLiteral("reference"))
                                       .toString();
        if (const auto insured = patientEntry.constFind(subscriber);
            insured != patientEntry.constEnd() && idOf.contains(*insured))
            coverage.insert(QStringLiteral("subscriber"),
                            QJsonObject{{QStringLiteral("reference"),
                                         QStringLiteral("Patient/") + idOf.value(*insured)}});
        coverageOf.insert(*patient, coverage);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject res = entries[i].toObject().value(QStringLiteral("resource")).toObject();
        if (res.value(QStringLiteral("resourceType")).toString() != u"Patient")
            continue;
        // The id becomes the record's id here and on the server: FHIR's id syntax only.
        static const QRegularExpression fhirId(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
        const QString id = res.value(QStringLiteral("id")).toString();
        if (res.contains(QStringLiteral("id")) && !fhirId.match(id).hasMatch()) {
            out.refused << qMakePair(
                int(i + 1),
                core::Error("registry/import-id",
                            core::UserText(kCtx, QT_TRANSLATE_NOOP(
                                                     "sijil::registry::PatientImport",
                                                     "Identifiant de ressource « %1 » invalide : "
                                                     "1 à 64 lettres latines, chiffres, points "
                                                     "ou tirets."))
                                .arg(id),
                            QStringLiteral("entry %1: id").arg(i + 1))
                    .withField(QStringLiteral("id")));
            continue;
        }
        PatientRecord r = PatientMapping::fromFhir(res, coverageOf.value(i));
        r.id = idOf.value(i);
        out.records << r;
        out.lines << int(i + 1);
    }
    return out;
}

} // namespace sijil::registry
