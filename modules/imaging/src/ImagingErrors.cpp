#include "ImagingErrors.h"

#include <sijil/imaging/DicomCatalog.h>
#include <sijil/imaging/DicomImage.h>

namespace sijil::imaging::errors {

namespace {
constexpr const char* kContext = "sijil::imaging::DicomImage";
} // namespace

core::Error unreadable(const QString& path, const QString& detail) {
    return {"imaging/unreadable",
            core::UserText(kContext, QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                                       "Impossible d'ouvrir le fichier « %1 »."))
                .arg(path),
            detail};
}

core::Error notDicom(const QString& detail) {
    return {"imaging/not-dicom",
            core::UserText(kContext, QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                                       "Ce fichier n'est pas un fichier DICOM.")),
            detail};
}

core::Error notImage(const QString& detail) {
    return {"imaging/not-image",
            core::UserText(kContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                             "Ce fichier DICOM ne contient pas d'image (compte "
                                             "rendu structuré, répertoire, tracé...).")),
            detail};
}

core::Error unsupportedSyntax(const QString& syntaxName, const QString& detail) {
    return {"imaging/unsupported-syntax",
            core::UserText(kContext, QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                                       "Le codage de cette image (%1) n'est pas "
                                                       "pris en charge."))
                .arg(syntaxName),
            detail};
}

core::Error corrupt(const QString& detail) {
    return {
        "imaging/corrupt",
        core::UserText(kContext, QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                                   "Le fichier DICOM est endommagé ou incomplet.")),
        detail};
}

core::Error tooLarge(int columns, int rows, const QString& detail) {
    return {"imaging/too-large",
            core::UserText(kContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                             "Image trop grande (%1 × %2 pixels) : la limite est "
                                             "de %3 pixels de côté et %4 millions de pixels."))
                .arg(QString::number(columns))
                .arg(QString::number(rows))
                .arg(QString::number(DicomImage::kMaxSide))
                .arg(QString::number(DicomImage::kMaxPixelsPerFrame / 1'000'000)),
            detail};
}

core::Error badFrame(int frame, int frames) {
    return {"imaging/bad-frame",
            core::UserText(kContext, QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                                       "L'image n° %1 n'existe pas : ce fichier "
                                                       "en contient %2."))
                .arg(QString::number(frame + 1))
                .arg(QString::number(frames)),
            QStringLiteral("frame index %1 of %2").arg(frame).arg(frames)};
}

core::Error badWindow(const QString& detail) {
    return {"imaging/bad-window",
            core::UserText(kContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                             "Fenêtre invalide : la largeur doit être d'au moins "
                                             "1.")),
            detail};
}

namespace {
constexpr const char* kScanContext = "sijil::imaging::MediaScanner";
} // namespace

core::Error outsideMedium(const QString& fileId) {
    return {"imaging/outside-medium",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                             "Le répertoire DICOMDIR désigne un fichier hors du "
                                             "support (« %1 ») : ignoré."))
                .arg(fileId),
            QStringLiteral("file ID %1 leaves the medium").arg(fileId)};
}

core::Error duplicateInstance(const QString& firstPath) {
    return {
        "imaging/duplicate-instance",
        core::UserText(kScanContext, QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                                       "Copie d'une image déjà lue dans « %1 » : "
                                                       "ignorée."))
            .arg(firstPath),
        QStringLiteral("same SOP instance as %1").arg(firstPath)};
}

core::Error noImages(const QString& path, qsizetype skipped) {
    return {"imaging/no-images",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                             "Aucun fichier DICOM lisible dans « %1 » (%2 "
                                             "fichier(s) ignoré(s))."))
                .arg(path)
                .arg(QString::number(skipped)),
            QStringLiteral("%1 files skipped").arg(skipped)};
}

core::Error tooManyFiles(const QString& path) {
    return {"imaging/too-many-files",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                             "« %1 » contient plus de %2 fichiers : choisissez "
                                             "un dossier plus précis."))
                .arg(path)
                .arg(QString::number(MediaScanner::kMaxFiles)),
            QStringLiteral("more than %1 files").arg(MediaScanner::kMaxFiles)};
}

core::Error cancelled() {
    return {"imaging/cancelled",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner", "Lecture annulée.")),
            QStringLiteral("cancelled")};
}

} // namespace sijil::imaging::errors
