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

core::Error emptyRegion() {
    return {"imaging/empty-region",
            core::UserText(kContext, QT_TRANSLATE_NOOP("sijil::imaging::DicomImage",
                                                       "La région tracée ne contient aucun "
                                                       "pixel de l'image.")),
            QStringLiteral("no pixel centre inside the region")};
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

core::Error archiveUnreadable(const QString& path, const QString& detail) {
    return {"imaging/archive-unreadable",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                             "L'archive « %1 » est illisible ou endommagée."))
                .arg(path),
            detail};
}

core::Error archiveTooLarge(const QString& path, qint64 bytes) {
    return {"imaging/archive-too-large",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                             "L'archive « %1 » occuperait %2 Mo une fois "
                                             "décompressée : c'est plus que la limite ou que "
                                             "l'espace libre."))
                .arg(path)
                .arg(QString::number(bytes / (1024 * 1024))),
            QStringLiteral("%1 bytes unpacked").arg(bytes)};
}

core::Error archiveEntryRefused(const QString& name, const QString& detail) {
    return {"imaging/archive-entry-refused",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner",
                                             "Fichier « %1 » de l'archive ignoré : chemin hors de "
                                             "l'archive, lien, fichier chiffré ou compression "
                                             "anormale."))
                .arg(name),
            detail};
}

core::Error cancelled() {
    return {"imaging/cancelled",
            core::UserText(kScanContext,
                           QT_TRANSLATE_NOOP("sijil::imaging::MediaScanner", "Lecture annulée.")),
            QStringLiteral("cancelled")};
}

} // namespace sijil::imaging::errors

namespace sijil::imaging::errors {

namespace {
constexpr const char* kPacs = "sijil::imaging::DimseClient";
} // namespace

core::Error pacsBadNode(const QString& field, const QString& detail) {
    const char* source = nullptr;
    if (field == u"aeTitle")
        source = QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                   "Le titre AE du PACS doit compter de 1 à 16 caractères ASCII, "
                                   "sans barre oblique inverse.");
    else if (field == u"callingAeTitle")
        source = QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                   "Le titre AE de Sijil doit compter de 1 à 16 caractères ASCII, "
                                   "sans barre oblique inverse.");
    else if (field == u"destinationAe")
        source = QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                   "Le titre AE de destination doit compter de 1 à 16 caractères "
                                   "ASCII, sans barre oblique inverse.");
    else if (field == u"host")
        source = QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                   "Indiquez le nom ou l'adresse du serveur PACS.");
    else
        source = QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                   "Le port du PACS doit être un nombre de 1 à 65535.");
    return core::Error{"imaging/pacs-bad-node", core::UserText(kPacs, source), detail}.withField(
        field);
}

core::Error pacsBadQuery(const QString& field, const QString& detail) {
    return core::Error{"imaging/pacs-bad-query",
                       core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                               "Critère de recherche invalide : "
                                                               "trop long, ou contenant une barre "
                                                               "oblique inverse ou un caractère de "
                                                               "contrôle.")),
                       detail}
        .withField(field);
}

core::Error pacsUnreachable(const QString& host, int port, const QString& detail) {
    return {"imaging/pacs-unreachable",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Le PACS (%1, port %2) est injoignable : "
                                                    "vérifiez l'adresse, le port et le réseau."))
                .arg(host)
                .arg(QString::number(port)),
            detail};
}

core::Error pacsTimeout(const QString& host, int port, const QString& detail) {
    return {"imaging/pacs-timeout",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Le PACS (%1, port %2) ne répond pas dans le "
                                                    "délai imparti."))
                .arg(host)
                .arg(QString::number(port)),
            detail};
}

core::Error pacsCalledAeRefused(const QString& aeTitle, const QString& detail) {
    return core::Error{"imaging/pacs-called-ae-refused",
                       core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                               "Le PACS refuse la connexion : il "
                                                               "ne se reconnaît pas sous le titre "
                                                               "AE « %1 »."))
                           .arg(aeTitle),
                       detail}
        .withField(QStringLiteral("aeTitle"));
}

core::Error pacsCallingAeRefused(const QString& callingAeTitle, const QString& detail) {
    return core::Error{"imaging/pacs-calling-ae-refused",
                       core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                               "Le PACS refuse la connexion : il "
                                                               "ne connaît pas le titre AE de "
                                                               "Sijil « %1 ». Faites-le déclarer "
                                                               "sur le PACS."))
                           .arg(callingAeTitle),
                       detail}
        .withField(QStringLiteral("callingAeTitle"));
}

core::Error pacsRejected(bool transient, const QString& detail) {
    return {"imaging/pacs-rejected",
            transient ? core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                                "Le PACS refuse la connexion pour "
                                                                "le moment (surchargé) : "
                                                                "réessayez plus tard."))
                      : core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                                "Le PACS refuse la connexion.")),
            detail};
}

core::Error pacsUnsupported(const QString& detail) {
    return {"imaging/pacs-unsupported",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Le PACS n'accepte pas ce service (ou pas "
                                                    "depuis Sijil).")),
            detail};
}

core::Error pacsAborted(const QString& detail) {
    return {"imaging/pacs-aborted",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Le PACS a interrompu la communication.")),
            detail};
}

core::Error pacsStatus(quint16 status, const QString& detail) {
    return {"imaging/pacs-status",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Le PACS a refusé la requête (statut DICOM "
                                                    "%1)."))
                .arg(QStringLiteral("%1").arg(status, 4, 16, QLatin1Char('0')).toUpper()),
            detail};
}

core::Error pacsProtocol(const QString& detail) {
    return {"imaging/pacs-protocol",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Erreur de communication DICOM avec le PACS.")),
            detail};
}

namespace {
QString hexStatus(quint16 status) {
    return QStringLiteral("%1").arg(status, 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

core::Error pacsBadUid(const QString& detail) {
    return core::Error{"imaging/pacs-bad-uid",
                       core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                               "Identifiant DICOM (UID) invalide : "
                                                               "chiffres et points seulement, 64 "
                                                               "caractères au plus.")),
                       detail}
        .withField(QStringLiteral("uids"));
}

core::Error pacsMoveFailed(const QString& destinationAe, quint16 status, const QString& detail) {
    return {"imaging/pacs-move-failed",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Le PACS n'a pas envoyé les images vers « %1 » "
                                                    "(statut DICOM %2) : vérifiez que ce titre AE "
                                                    "de destination est déclaré sur le PACS, avec "
                                                    "la bonne adresse et le bon port."))
                .arg(destinationAe)
                .arg(hexStatus(status)),
            detail};
}

core::Error pacsMoveDestinationUnknown(const QString& destinationAe, const QString& detail) {
    return {
        "imaging/pacs-move-destination-unknown",
        core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                "Le PACS ne connaît pas la destination « %1 » : "
                                                "faites déclarer ce titre AE sur le PACS."))
            .arg(destinationAe),
        detail};
}

core::Error folderNotWritable(const QString& folder, const QString& detail) {
    return {"imaging/folder-not-writable",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Impossible d'écrire les images dans le "
                                                    "dossier « %1 »."))
                .arg(folder),
            detail};
}

core::Error scpCannotListen(int port, const QString& detail) {
    return {"imaging/scp-cannot-listen",
            core::UserText(kPacs, QT_TRANSLATE_NOOP("sijil::imaging::DimseClient",
                                                    "Sijil ne peut pas recevoir d'images sur le "
                                                    "port %1 : il est déjà utilisé ou réservé."))
                .arg(QString::number(port)),
            detail};
}

namespace {
constexpr const char* kWeb = "sijil::imaging::DicomWebClient";
} // namespace

core::Error dicomWebUnreachable(const QString& host, const QString& detail) {
    return {"imaging/dicomweb-unreachable",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Le serveur DICOMweb (%1) est injoignable : "
                                                   "vérifiez l'adresse, le réseau et son "
                                                   "certificat."))
                .arg(host),
            detail};
}

core::Error dicomWebTimeout(const QString& host, const QString& detail) {
    return {"imaging/dicomweb-timeout",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Le serveur DICOMweb (%1) ne répond pas dans "
                                                   "le délai imparti."))
                .arg(host),
            detail};
}

core::Error dicomWebUnauthorized(int status, const QString& detail) {
    return {"imaging/dicomweb-unauthorized",
            status == 403
                ? core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                         "Le serveur DICOMweb refuse cet accès à "
                                                         "ce compte."))
                : core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                         "Le serveur DICOMweb refuse "
                                                         "l'identifiant ou le mot de passe.")),
            detail};
}

core::Error dicomWebNotFound(const QString& detail) {
    return {"imaging/dicomweb-not-found",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Le PACS ne connaît pas cet examen (ou cette "
                                                   "série, cette image).")),
            detail};
}

core::Error dicomWebBadResponse(const QString& detail) {
    return {"imaging/dicomweb-bad-response",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Réponse inattendue du serveur DICOMweb.")),
            detail};
}

core::Error dicomWebServer(int status, const QString& detail) {
    return {"imaging/dicomweb-server",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Le serveur DICOMweb est en erreur (HTTP %1) "
                                                   ": réessayez plus tard."))
                .arg(QString::number(status)),
            detail};
}

core::Error dicomWebCancelled() {
    return {"imaging/dicomweb-cancelled",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Échange avec le PACS annulé.")),
            QStringLiteral("cancelled")};
}

core::Error dicomWebFile(const QString& path, const QString& detail) {
    return {"imaging/dicomweb-file",
            core::UserText(kWeb, QT_TRANSLATE_NOOP("sijil::imaging::DicomWebClient",
                                                   "Impossible de lire ou d'écrire le fichier "
                                                   "« %1 »."))
                .arg(path),
            detail};
}

} // namespace sijil::imaging::errors
