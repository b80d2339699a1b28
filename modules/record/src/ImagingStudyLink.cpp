#include <sijil/record/ImagingStudyLink.h>

#include <QJsonArray>

namespace sijil::record {

namespace {

constexpr const char* kCtx = "sijil::record::ImagingStudyLink";

core::Error error(const char* code, const char* message, const QString& detail) {
    return core::Error(code, core::UserText(kCtx, message), detail);
}

// A DICOM UID: digits and dots, at most 64 characters (PS3.5 9.1).
bool isDicomUid(const QString& uid) {
    if (uid.isEmpty() || uid.size() > 64)
        return false;
    for (const QChar c : uid) {
        if (!(c.isDigit() || c == u'.'))
            return false;
    }
    return true;
}

QString studyUid(const QJsonObject& study) {
    for (const QJsonValue& v : study.value(QStringLiteral("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        if (id.value(QStringLiteral("system")).toString() != u"urn:dicom:uid")
            continue;
        QString value = id.value(QStringLiteral("value")).toString().trimmed();
        if (value.startsWith(u"urn:oid:"))
            value = value.mid(8);
        if (isDicomUid(value))
            return value;
    }
    return {};
}

// The WADO-RS address of an Endpoint, if it is one that is usable.
std::optional<QUrl> wadoRsAddress(const QJsonObject& endpoint) {
    if (endpoint.value(QStringLiteral("resourceType")).toString() != u"Endpoint")
        return std::nullopt;
    const QString status = endpoint.value(QStringLiteral("status")).toString();
    if (!status.isEmpty() && status != u"active")
        return std::nullopt; // off, suspended, error, entered-in-error
    // R4: one Coding (R5 made it a list: both are read).
    const QJsonValue type = endpoint.value(QStringLiteral("connectionType"));
    QJsonArray codings = type.isArray() ? type.toArray() : QJsonArray{type};
    bool wadoRs = false;
    for (const QJsonValue& c : codings) {
        const QJsonObject coding =
            c.toObject().contains(QStringLiteral("coding"))
                ? c.toObject().value(QStringLiteral("coding")).toArray().first().toObject()
                : c.toObject();
        wadoRs = wadoRs || coding.value(QStringLiteral("code")).toString() == u"dicom-wado-rs";
    }
    if (!wadoRs)
        return std::nullopt;
    const QUrl address(endpoint.value(QStringLiteral("address")).toString(), QUrl::StrictMode);
    if (!address.isValid() || address.host().isEmpty() ||
        (address.scheme() != u"https" && address.scheme() != u"http"))
        return std::nullopt;
    return address;
}

std::optional<QUrl> firstWadoRs(const QJsonArray& references, const QJsonObject& study,
                                const ReferenceResolver& resolve) {
    for (const QJsonValue& r : references) {
        const QString reference = r.toObject().value(QStringLiteral("reference")).toString();
        std::optional<QJsonObject> endpoint;
        if (reference.startsWith(u'#')) {
            for (const QJsonValue& c : study.value(QStringLiteral("contained")).toArray()) {
                if (u'#' + c.toObject().value(QStringLiteral("id")).toString() == reference)
                    endpoint = c.toObject();
            }
        } else if (!reference.isEmpty() && resolve) {
            endpoint = resolve(reference);
        }
        if (endpoint) {
            if (auto address = wadoRsAddress(*endpoint))
                return address;
        }
    }
    return std::nullopt;
}

QString codeOf(const QJsonValue& coding) {
    return coding.toObject().value(QStringLiteral("code")).toString();
}

} // namespace

core::Result<ImagingStudyLink> readImagingStudy(const QJsonObject& study,
                                                const ReferenceResolver& resolve) {
    if (study.value(QStringLiteral("resourceType")).toString() != u"ImagingStudy")
        return error("record/not-imaging-study",
                     QT_TRANSLATE_NOOP("sijil::record::ImagingStudyLink",
                                       "Ce n'est pas un examen d'imagerie."),
                     QStringLiteral("resourceType is not ImagingStudy"));
    ImagingStudyLink link;
    link.resourceId = study.value(QStringLiteral("id")).toString();
    link.studyInstanceUid = studyUid(study);
    if (link.studyInstanceUid.isEmpty())
        return error(
            "record/no-study-uid",
            QT_TRANSLATE_NOOP("sijil::record::ImagingStudyLink",
                              "Cet examen ne donne pas son identifiant DICOM : ses images "
                              "ne peuvent pas être demandées au PACS."),
            QStringLiteral("ImagingStudy/%1 has no urn:dicom:uid identifier").arg(link.resourceId));
    const QJsonArray series = study.value(QStringLiteral("series")).toArray();
    auto base = firstWadoRs(study.value(QStringLiteral("endpoint")).toArray(), study, resolve);
    for (qsizetype i = 0; !base && i < series.size(); ++i)
        base = firstWadoRs(series.at(i).toObject().value(QStringLiteral("endpoint")).toArray(),
                           study, resolve);
    if (!base)
        return error("record/no-image-endpoint",
                     QT_TRANSLATE_NOOP("sijil::record::ImagingStudyLink",
                                       "Cet examen n'indique pas de service DICOMweb (WADO-RS) "
                                       "qui conserve ses images."),
                     QStringLiteral("ImagingStudy/%1 has no active dicom-wado-rs endpoint")
                         .arg(link.resourceId));
    link.wadoRsBase = *base;
    link.started =
        QDateTime::fromString(study.value(QStringLiteral("started")).toString(), Qt::ISODate);
    link.description = study.value(QStringLiteral("description")).toString();
    for (const QJsonValue& m : study.value(QStringLiteral("modality")).toArray())
        link.modalities << codeOf(m);
    for (const QJsonValue& s : series) {
        const QString modality = codeOf(s.toObject().value(QStringLiteral("modality")));
        if (!modality.isEmpty() && !link.modalities.contains(modality))
            link.modalities << modality;
    }
    link.modalities.removeAll(QString());
    link.numberOfSeries = study.value(QStringLiteral("numberOfSeries")).toInt(-1);
    link.numberOfInstances = study.value(QStringLiteral("numberOfInstances")).toInt(-1);
    return link;
}

} // namespace sijil::record
