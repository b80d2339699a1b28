#include "Commands.h"
#include "CtlContext.h"

#include <sijil/imaging/DicomCatalog.h>
#include <sijil/imaging/DicomImage.h>

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace sijil::app {

namespace {

using imaging::DicomImage;
using imaging::DicomTags;

QJsonObject toJson(const DicomTags& t) {
    QJsonArray windows;
    for (const imaging::Window& w : t.windows)
        windows.append(
            QJsonObject{{QStringLiteral("centre"), w.centre}, {QStringLiteral("width"), w.width}});
    QJsonValue spacing = QJsonValue::Null;
    if (t.pixelSpacing)
        spacing = QJsonArray{t.pixelSpacing->first, t.pixelSpacing->second};
    return QJsonObject{{QStringLiteral("patientId"), t.patientId},
                       {QStringLiteral("studyInstanceUid"), t.studyInstanceUid},
                       {QStringLiteral("seriesInstanceUid"), t.seriesInstanceUid},
                       {QStringLiteral("sopInstanceUid"), t.sopInstanceUid},
                       {QStringLiteral("sopClassUid"), t.sopClassUid},
                       {QStringLiteral("transferSyntaxUid"), t.transferSyntaxUid},
                       {QStringLiteral("modality"), t.modality},
                       {QStringLiteral("rows"), t.rows},
                       {QStringLiteral("columns"), t.columns},
                       {QStringLiteral("frames"), t.frames},
                       {QStringLiteral("samplesPerPixel"), t.samplesPerPixel},
                       {QStringLiteral("bitsAllocated"), t.bitsAllocated},
                       {QStringLiteral("bitsStored"), t.bitsStored},
                       {QStringLiteral("photometricInterpretation"), t.photometricInterpretation},
                       {QStringLiteral("pixelSpacing"), spacing},
                       {QStringLiteral("rescaleSlope"), t.rescaleSlope},
                       {QStringLiteral("rescaleIntercept"), t.rescaleIntercept},
                       {QStringLiteral("windows"), windows}};
}

QJsonObject toJson(const imaging::DicomCatalog& catalog) {
    QJsonArray patients;
    for (const imaging::CatalogPatient& p : catalog.patients) {
        QJsonArray studies;
        for (const imaging::CatalogStudy& st : p.studies) {
            QJsonArray seriesList;
            for (const imaging::CatalogSeries& se : st.series) {
                QJsonArray instances;
                for (const imaging::CatalogInstance& i : se.instances)
                    instances.append(QJsonObject{
                        {QStringLiteral("path"), i.path},
                        {QStringLiteral("sopInstanceUid"), i.sopInstanceUid},
                        {QStringLiteral("sopClassUid"), i.sopClassUid},
                        {QStringLiteral("instanceNumber"), i.instanceNumber},
                        {QStringLiteral("frames"), i.frames},
                        {QStringLiteral("slicePosition"),
                         i.slicePosition ? QJsonValue(*i.slicePosition) : QJsonValue()}});
                seriesList.append(
                    QJsonObject{{QStringLiteral("seriesInstanceUid"), se.seriesInstanceUid},
                                {QStringLiteral("seriesNumber"), se.seriesNumber},
                                {QStringLiteral("modality"), se.modality},
                                {QStringLiteral("description"), se.description},
                                {QStringLiteral("frameOfReferenceUid"), se.frameOfReferenceUid},
                                {QStringLiteral("instances"), instances}});
            }
            studies.append(QJsonObject{{QStringLiteral("studyInstanceUid"), st.studyInstanceUid},
                                       {QStringLiteral("studyDate"), st.studyDate},
                                       {QStringLiteral("description"), st.description},
                                       {QStringLiteral("accessionNumber"), st.accessionNumber},
                                       {QStringLiteral("series"), seriesList}});
        }
        patients.append(QJsonObject{{QStringLiteral("patientId"), p.patientId},
                                    {QStringLiteral("patientName"), p.patientName},
                                    {QStringLiteral("birthDate"), p.birthDate},
                                    {QStringLiteral("sex"), p.sex},
                                    {QStringLiteral("studies"), studies}});
    }
    QJsonArray skipped;
    for (const imaging::SkippedFile& f : catalog.skipped)
        skipped.append(QJsonObject{{QStringLiteral("path"), f.path},
                                   {QStringLiteral("code"), QString::fromLatin1(f.reason.code())},
                                   {QStringLiteral("message"), f.reason.userMessage()}});
    return QJsonObject{{QStringLiteral("patients"), patients},
                       {QStringLiteral("instances"), catalog.instanceCount()},
                       {QStringLiteral("skipped"), skipped}};
}

// A folder or a DICOMDIR: what it holds, grouped and in viewing order.
int catalogInfo(const QString& path) {
    QTemporaryDir unpacked; // for a ZIP archive, removed on return
    const auto catalog =
        imaging::MediaScanner::scan(path, {}, imaging::ScanOptions{unpacked.path()});
    if (!catalog) {
        CtlContext::printError(catalog.error());
        return Commands::Failed;
    }
    QTextStream(stdout) << QJsonDocument(toJson(*catalog)).toJson(QJsonDocument::Indented);
    return Commands::Ok;
}

int info(const QString& path) {
    const QFileInfo file(path);
    if (file.isDir() || file.fileName().compare(u"DICOMDIR", Qt::CaseInsensitive) == 0 ||
        file.suffix().compare(u"zip", Qt::CaseInsensitive) == 0)
        return catalogInfo(path);
    const auto image = DicomImage::load(path);
    if (!image) {
        CtlContext::printError(image.error());
        return Commands::Failed;
    }
    QTextStream(stdout) << QJsonDocument(toJson(image->tags())).toJson(QJsonDocument::Indented);
    return Commands::Ok;
}

struct RenderArgs {
    QString input;
    QString output;
    int frame = 1; // 1-based, as DICOM numbers frames
    std::optional<imaging::Window> window;
    bool invert = false;
};

std::optional<RenderArgs> parseRender(const QStringList& args) {
    RenderArgs r;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--frame" && hasValue) {
            bool ok = false;
            r.frame = args.at(++i).toInt(&ok);
            if (!ok)
                return std::nullopt;
        } else if (a == u"--wl" && hasValue) {
            const QStringList parts = args.at(++i).split(u',');
            bool okC = false;
            bool okW = false;
            if (parts.size() != 2)
                return std::nullopt;
            r.window = imaging::Window{parts.at(0).toDouble(&okC), parts.at(1).toDouble(&okW)};
            if (!okC || !okW)
                return std::nullopt;
        } else if (a == u"--invert") {
            r.invert = true;
        } else if (a == u"-o" && hasValue) {
            r.output = args.at(++i);
        } else if (r.input.isEmpty() && !a.startsWith(u'-')) {
            r.input = a;
        } else {
            return std::nullopt;
        }
    }
    if (r.input.isEmpty() || r.output.isEmpty())
        return std::nullopt;
    return r;
}

int render(const RenderArgs& r) {
    const auto image = DicomImage::load(r.input);
    if (!image) {
        CtlContext::printError(image.error());
        return Commands::Failed;
    }
    const auto rendered = image->render(r.frame - 1, r.window, r.invert);
    if (!rendered) {
        CtlContext::printError(rendered.error());
        return Commands::Failed;
    }
    // QImage lives here, in the app layer: the imaging module hands out plain bytes.
    const QImage picture(reinterpret_cast<const uchar*>(rendered->bytes.constData()),
                         rendered->width, rendered->height, rendered->bytesPerLine(),
                         rendered->channels == 1 ? QImage::Format_Grayscale8
                                                 : QImage::Format_RGB888);
    if (!picture.save(r.output, "PNG")) {
        CtlContext::printError(
            Commands::tr("Impossible d'écrire l'image PNG « %1 ».").arg(r.output));
        return Commands::Failed;
    }
    return Commands::Ok;
}

} // namespace

int Commands::dicom(CtlContext& /*ctx*/, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"info" && args.size() == 2)
        return info(args.at(1));
    if (sub == u"render") {
        if (const auto r = parseRender(args))
            return render(*r);
    }
    CtlContext::printError(
        tr("usage : sijilctl dicom info FICHIER|DOSSIER|DICOMDIR|ZIP | dicom render FICHIER "
           "[--frame N] [--wl CENTRE,LARGEUR] [--invert] -o SORTIE.png"));
    return Usage;
}

} // namespace sijil::app
