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

// A copy of `source` whose display comes from a VOI LUT of its own (256 entries from 0, a ramp
// over 16 bits, explained "SIJIL TEST") instead of a window, written with Debian's pydicom (the
// Python that runs the tests may not have it).
inline bool writeWithVoiLut(const QString& source, const QString& target) {
    return runTool(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import sys, pydicom\n"
                                   "from pydicom.dataset import Dataset\n"
                                   "from pydicom.sequence import Sequence\n"
                                   "ds = pydicom.dcmread(sys.argv[1])\n"
                                   "lut = Dataset()\n"
                                   "lut.add_new(0x00283002, 'US', [256, 0, 16])\n"
                                   "lut.add_new(0x00283006, 'US', [i * 256 for i in range(256)])\n"
                                   "lut.LUTExplanation = 'SIJIL TEST'\n"
                                   "ds.VOILUTSequence = Sequence([lut])\n"
                                   "for k in ('WindowCenter', 'WindowWidth'):\n"
                                   "    if k in ds: delattr(ds, k)\n"
                                   "ds.save_as(sys.argv[2])\n"),
                    source, target});
}

} // namespace sijil::testing
