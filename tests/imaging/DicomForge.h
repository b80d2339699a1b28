#pragma once

// Test files made from pydicom's samples (Debian python3-pydicom) with DCMTK's command-line
// tools, run at test time. The including target defines SIJIL_PYDICOM_TEST_FILES and
// SIJIL_DCMODIFY.

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace sijil::testing {

inline QString pydicomSample(const char* name) {
    return QDir(QStringLiteral(SIJIL_PYDICOM_TEST_FILES)).filePath(QString::fromLatin1(name));
}

inline bool runTool(const QString& program, const QStringList& args, const QString& workDir = {}) {
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return false;
    }
    return true;
}

// A copy of `source` at `target` (folders made as needed) with DICOM attributes inserted or
// replaced: "(gggg,eeee)=value".
inline bool forgeDicom(const QString& source, const QString& target, const QStringList& changes) {
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::copy(source, target))
        return false;
    QStringList args{QStringLiteral("-nb")};
    for (const QString& c : changes)
        args << QStringLiteral("-i") << c;
    return runTool(QStringLiteral(SIJIL_DCMODIFY), args << target);
}

} // namespace sijil::testing
