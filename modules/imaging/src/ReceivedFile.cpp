#include "ReceivedFile.h"

#include "ImagingErrors.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <filesystem>
#include <system_error>

namespace sijil::imaging::received {

core::Status prepareFolder(const QString& folder) {
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return errors::folderNotWritable(folder, QStringLiteral("cannot create the folder"));
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".sijil-probe-XXXXXX")));
    if (!probe.open())
        return errors::folderNotWritable(folder, probe.errorString());
    return {};
}

QString temporaryPath(const QString& folder, const QString& uid) {
    return QDir(folder).filePath(
        QStringLiteral(".%1.%2.part")
            .arg(uid, QString::number(QRandomGenerator::global()->generate64(), 36)));
}

QString commit(const QString& temporary, const QString& folder, const QString& uid, QString& why) {
    // Only the header is read: enough to know the file is DICOM and which instance it holds.
    DcmFileFormat file;
    OFCondition cond =
        file.loadFileUntilTag(temporary.toStdString().c_str(), EXS_Unknown, EGL_noChange,
                              DCM_MaxReadLength, ERM_autoDetect, DCM_PixelData);
    OFString sopInstance;
    if (cond.good())
        cond = file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, sopInstance);
    if (cond.bad()) {
        why = QStringLiteral("received file unreadable: %1").arg(QString::fromLatin1(cond.text()));
    } else if (QString::fromLatin1(sopInstance.c_str()).trimmed() != uid) {
        why = QStringLiteral("the data set's SOP Instance UID is not the one announced");
    } else {
        const QString final = QDir(folder).filePath(uid + QStringLiteral(".dcm"));
        std::error_code error;
        // rename(2) replaces an older copy in one step (MoveFileEx with REPLACE_EXISTING on
        // Windows), unlike QFile::rename.
        std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                                std::filesystem::path(final.toStdU16String()), error);
        if (!error)
            return final;
        why = QStringLiteral("rename failed: %1").arg(QString::fromStdString(error.message()));
    }
    QFile::remove(temporary);
    return {};
}

} // namespace sijil::imaging::received
