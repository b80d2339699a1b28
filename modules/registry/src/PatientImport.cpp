#include <sijil/registry/PatientImport.h>
#include <sijil/registry/PatientMapping.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sijil::registry {

namespace {

constexpr const char* kCtx = "sijil::registry::PatientImport";
using Script = core::PersonName::Script;

core::Error fileError(const char* code, core::UserText text, const QString& detail) {
    return core::Error(code, std::move(text), detail);
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

} // namespace

core::Result<ImportFile> PatientImport::readBundle(const QString& path) {
    // A bundle is one JSON document, parsed whole (Qt reads JSON no other way): its size is
    // bounded so that the parse fits in memory; a larger register comes as CSV, read in chunks.
    if (const qint64 size = QFileInfo(path).size(); size > kMaxBundleBytes)
        return fileError(
            "registry/import-bundle-size",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                   "Ce Bundle FHIR fait %1 Mo : un Bundle est lu "
                                                   "entier en mémoire, %2 Mo au plus. Découpez-le "
                                                   "en plusieurs Bundles, ou importez le registre "
                                                   "en CSV, lu par morceaux quelle que soit sa "
                                                   "taille."))
                .arg(QString::number(size / (1024 * 1024)))
                .arg(QString::number(kMaxBundleBytes / (1024 * 1024))),
            QStringLiteral("%1 bytes").arg(size));
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
        const QString type = res.value(QStringLiteral("resourceType")).toString();
        if (type != u"Patient") {
            if (type != u"Coverage") // said, not lost unseen
                ++out.ignored[type.isEmpty() ? QStringLiteral("?") : type];
            continue;
        }
        // A birth date that is no date is said to be one, not taken for a date missing.
        if (const QJsonValue birth = res.value(QStringLiteral("birthDate"));
            !birth.isUndefined() && !core::PartialDate::fromIso(birth.toString())) {
            const QString written =
                birth.isString()
                    ? birth.toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{birth}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            out.refused << qMakePair(
                int(i + 1),
                core::Error("registry/import-value",
                            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                   "Valeur illisible « %1 »."))
                                .arg(written),
                            QStringLiteral("entry %1: birthDate").arg(i + 1))
                    .withField(QStringLiteral("birthDate")));
            continue;
        }
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
