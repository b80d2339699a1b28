// DimseClient's C-STORE, C-GET and C-MOVE, and Sijil's StorageScp, against a real PACS: Orthanc
// from tests/peers/orthanc.sh (fixture orthanc). Each run sends its own copies of pydicom's
// samples, given fresh UIDs with dcmodify, so that nothing depends on other tests' data. The
// expected values are read from the files with DCMTK's dcmdump, and the pixel data compared item
// by item (dcmdump +W writes each item of the Pixel Data to a file).

#include "RelayPeer.h"

#include <sijil/imaging/DimseClient.h>
#include <sijil/imaging/StorageScp.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <PeerEnv.h>
#include <stop_token>
#include <thread>

using namespace sijil::imaging;

namespace {

const QString kSamples = QStringLiteral(SIJIL_PYDICOM_TEST_FILES);

QString detailOf(const sijil::core::Error& e) {
    return QStringLiteral("%1: %2 (%3)")
        .arg(QString::fromLatin1(e.code()), e.userMessage(), e.detail());
}

// Runs a tool; its standard output, or a null array when it failed.
QByteArray run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ') << p.readAllStandardError();
        return {};
    }
    QByteArray out = p.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

QString dumped(const QString& dump, const QString& tag) {
    const QRegularExpression re(
        QStringLiteral("^\\(%1\\) \\w\\w [\\[=]([^\\]\\s]*)").arg(QRegularExpression::escape(tag)),
        QRegularExpression::MultilineOption);
    return re.match(dump).captured(1).trimmed();
}

struct Instance {
    QString path;
    QString sopInstanceUid;
    QString transferSyntax; // dcmdump's name, e.g. JPEGLSLossless
    QString sopClass;       // dcmdump's name, e.g. CTImageStorage
};

Instance describe(const QString& path) {
    Instance i;
    i.path = path;
    const QString out = QString::fromLatin1(
        run(QStringLiteral(SIJIL_DCMDUMP), {QStringLiteral("-q"), QStringLiteral("-M"), path}));
    i.sopInstanceUid = dumped(out, QStringLiteral("0008,0018"));
    i.transferSyntax = dumped(out, QStringLiteral("0002,0010"));
    i.sopClass = dumped(out, QStringLiteral("0008,0016"));
    return i;
}

// The items of the Pixel Data (one for native data; the offset table and fragments when
// encapsulated), as dcmdump +W writes them.
QList<QByteArray> pixelItems(const QString& path) {
    QTemporaryDir dir;
    if (run(QStringLiteral(SIJIL_DCMDUMP),
            {QStringLiteral("-q"), QStringLiteral("+W"), dir.path(), path})
            .isNull())
        return {};
    QList<QByteArray> items;
    const QString base = QFileInfo(path).fileName();
    for (int n = 0;; ++n) {
        QFile raw(QDir(dir.path()).filePath(QStringLiteral("%1.%2.raw").arg(base).arg(n)));
        if (!raw.open(QIODevice::ReadOnly))
            break;
        items.append(raw.readAll());
    }
    return items;
}

int freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::Any))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestDimseRetrieve : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_env;
    PacsNode m_node;
    QTemporaryDir m_work;
    QString m_studyUid;
    QList<Instance> m_sent; // the study this run sends: CT (native), MR (JPEG-LS), SC (RLE)

    QByteArray orthanc(const QString& method, const QString& path, const QByteArray& body = {}) {
        const QString credentials = m_env.value(QStringLiteral("ORTHANC_USER")) + u':' +
                                    m_env.value(QStringLiteral("ORTHANC_PASSWORD"));
        QStringList args{QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-u"),
                         credentials,           QStringLiteral("-X"), method};
        if (!body.isNull())
            args << QStringLiteral("--data-binary") << QString::fromUtf8(body);
        args << m_env.value(QStringLiteral("ORTHANC_HTTP_URL")) + path;
        return run(QStringLiteral("curl"), args);
    }

    // Orthanc's own transfer syntax UID for the instance, or empty when it does not have it.
    QString orthancSyntaxOf(const QString& sopInstanceUid) {
        const QByteArray found = orthanc(QStringLiteral("POST"), QStringLiteral("/tools/lookup"),
                                         sopInstanceUid.toLatin1());
        const QJsonArray hits = QJsonDocument::fromJson(found).array();
        for (const QJsonValue& hit : hits) {
            if (hit.toObject().value(u"Type").toString() != u"Instance")
                continue;
            const QString id = hit.toObject().value(u"ID").toString();
            return QString::fromLatin1(
                orthanc(QStringLiteral("GET"),
                        QStringLiteral("/instances/%1/metadata/TransferSyntax").arg(id))
                    .trimmed());
        }
        return {};
    }

    static QString uidOfName(const QString& dumpName) {
        // dcmdump -M prints transfer syntax names; the UIDs Orthanc gives are compared by name.
        static const QHash<QString, QString> uids{
            {QStringLiteral("LittleEndianExplicit"), QStringLiteral("1.2.840.10008.1.2.1")},
            {QStringLiteral("JPEGLSLossless"), QStringLiteral("1.2.840.10008.1.2.4.80")},
            {QStringLiteral("RLELossless"), QStringLiteral("1.2.840.10008.1.2.5")}};
        return uids.value(dumpName);
    }

    // Every file of `folder` is one of the instances sent, complete, named by its SOP Instance
    // UID, in the syntax it was sent in and with the same pixel data; nothing else is there.
    void checkRetrievedFolder(const QString& folder, const QStringList& reported,
                              qsizetype expected) {
        const QStringList all =
            QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        QCOMPARE(all.size(), expected);
        QCOMPARE(reported.size(), expected);
        for (const QString& name : all) {
            QVERIFY2(name.endsWith(u".dcm") && !name.startsWith(u'.'), qPrintable(name));
            const QString path = QDir(folder).filePath(name);
            QVERIFY(reported.contains(path));
            const Instance got = describe(path);
            QCOMPARE(got.sopInstanceUid + QStringLiteral(".dcm"), name);
            const Instance* original = nullptr;
            for (const Instance& sent : m_sent) {
                if (sent.sopInstanceUid == got.sopInstanceUid)
                    original = &sent;
            }
            QVERIFY2(original != nullptr, qPrintable(name));
            QCOMPARE(got.transferSyntax, original->transferSyntax);
            const QList<QByteArray> pixels = pixelItems(path);
            QVERIFY(!pixels.isEmpty());
            QVERIFY2(pixels == pixelItems(original->path), qPrintable(name));
        }
    }

private slots:
    void initTestCase() {
        const QString envFile = qEnvironmentVariable("SIJIL_ORTHANC_ENV");
        QVERIFY2(!envFile.isEmpty(), "SIJIL_ORTHANC_ENV is not set: run through ctest "
                                     "(fixture orthanc)");
        m_env = sijil::testing::readPeerEnv(envFile);
        QVERIFY2(m_env.contains(QStringLiteral("ORTHANC_CALLING_PORT")),
                 qPrintable(QStringLiteral("no Orthanc described in %1").arg(envFile)));
        m_node.aeTitle = m_env.value(QStringLiteral("ORTHANC_AET"));
        m_node.host = m_env.value(QStringLiteral("ORTHANC_HOST"));
        m_node.port = m_env.value(QStringLiteral("ORTHANC_DICOM_PORT")).toInt();
        m_node.callingAeTitle = m_env.value(QStringLiteral("ORTHANC_CALLING_AET"));

        // One study of three instances, in three transfer syntaxes, new to this PACS.
        QVERIFY(m_work.isValid());
        const QString sendDir = m_work.filePath(QStringLiteral("send"));
        QVERIFY(QDir().mkpath(sendDir));
        m_studyUid = QStringLiteral("2.25.") + QString::number(QUuid::createUuid().data1) +
                     QString::number(QUuid::createUuid().data2);
        const QString patientId = QStringLiteral("SIJIL-RT-") + m_studyUid.right(8);
        for (const char* name :
             {"CT_small.dcm", "MR_small_jpeg_ls_lossless.dcm", "SC_rgb_rle.dcm"}) {
            const QString copy = QDir(sendDir).filePath(QString::fromLatin1(name));
            QVERIFY(QFile::copy(kSamples + u'/' + QString::fromLatin1(name), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(!run(QStringLiteral(SIJIL_DCMODIFY),
                         {QStringLiteral("-nb"), QStringLiteral("-m"),
                          QStringLiteral("StudyInstanceUID=") + m_studyUid, QStringLiteral("-m"),
                          QStringLiteral("PatientID=") + patientId, QStringLiteral("-gse"),
                          QStringLiteral("-gin"), copy})
                         .isNull());
            const Instance i = describe(copy);
            QVERIFY(!i.sopInstanceUid.isEmpty());
            m_sent.append(i);
        }
        QCOMPARE(m_sent.at(1).transferSyntax, QStringLiteral("JPEGLSLossless"));
        QCOMPARE(m_sent.at(2).transferSyntax, QStringLiteral("RLELossless"));
    }

    void storeSendsEachFileInItsOwnSyntax() {
        const QString text = m_work.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not DICOM at all\n");
        notes.close();
        const QString missing = m_work.filePath(QStringLiteral("missing.dcm"));
        QStringList files;
        for (const Instance& i : m_sent)
            files << i.path;
        files.insert(1, text);
        files << missing;

        QList<TransferProgress> steps;
        const auto stored =
            DimseClient().store(m_node, files, [&](const TransferProgress& p) { steps.append(p); });
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : detailOf(stored.error())));
        QCOMPARE(stored->files.size(), files.size());
        QVERIFY(!stored->cancelled);
        QCOMPARE(stored->count(StoreOutcome::Kind::Stored), 3);
        QCOMPARE(stored->count(StoreOutcome::Kind::Failed), 2);
        // The non-DICOM file and the missing one are reported in place, the rest went through.
        const StoreOutcome& notDicom = stored->files.at(1);
        QCOMPARE(notDicom.path, text);
        QCOMPARE(notDicom.kind, StoreOutcome::Kind::Failed);
        QVERIFY(notDicom.error.has_value());
        QCOMPARE(notDicom.error->code(), QByteArray("imaging/not-dicom"));
        QCOMPARE(stored->files.last().error->code(), QByteArray("imaging/unreadable"));
        for (const StoreOutcome& o : stored->files) {
            if (o.kind == StoreOutcome::Kind::Stored) {
                QCOMPARE(o.status, quint16(0));
                QVERIFY(!o.error.has_value());
            }
        }
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().completed, 3);
        QCOMPARE(steps.last().remaining, 0);

        // Orthanc has each instance, in the file's own transfer syntax: the compressed files
        // went compressed (no 0006:020e, no silent decompression).
        for (const Instance& i : m_sent)
            QCOMPARE(orthancSyntaxOf(i.sopInstanceUid), uidOfName(i.transferSyntax));
    }

    void getStudyWritesEachInstance() {
        const QString folder = m_work.filePath(QStringLiteral("get"));
        QList<TransferProgress> steps;
        const auto got = DimseClient().get(m_node, RetrieveLevel::Study, {m_studyUid}, folder,
                                           [&](const TransferProgress& p) { steps.append(p); });
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : detailOf(got.error())));
        QCOMPARE(got->completed, 3);
        QCOMPARE(got->failed, 0);
        QCOMPARE(got->warning, 0);
        QCOMPARE(got->status, quint16(0));
        QVERIFY(!got->cancelled);
        QVERIFY(steps.size() >= 2);
        checkRetrievedFolder(folder, got->files, 3);
    }

    // A study of a storage class outside DCMTK's common list (breast tomosynthesis): the C-GET
    // first learns the study's SOP classes (C-FIND, SOP Classes in Study) and accepts them.
    void getAcceptsTheStudysOwnSopClasses() {
        const QString tomo = m_work.filePath(QStringLiteral("tomo.dcm"));
        QVERIFY(QFile::copy(kSamples + QStringLiteral("/CT_small.dcm"), tomo));
        QFile::setPermissions(tomo, QFile::ReadOwner | QFile::WriteOwner);
        const QString studyUid = m_studyUid + QStringLiteral(".7");
        const QString tomoClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.13.1.3");
        QVERIFY(!run(QStringLiteral(SIJIL_DCMODIFY),
                     {QStringLiteral("-nb"), QStringLiteral("-m"),
                      QStringLiteral("SOPClassUID=") + tomoClass, QStringLiteral("-m"),
                      QStringLiteral("StudyInstanceUID=") + studyUid, QStringLiteral("-m"),
                      // A patient of its own: other tests count the sample's patient's studies.
                      QStringLiteral("PatientID=SIJIL-TOMO-") + m_studyUid.right(8),
                      QStringLiteral("-gse"), QStringLiteral("-gin"), tomo})
                     .isNull());
        const auto stored = DimseClient().store(m_node, {tomo});
        QVERIFY(stored && stored->count(StoreOutcome::Kind::Stored) == 1);

        StudyQuery q;
        q.studyInstanceUids = {studyUid};
        const auto found = DimseClient().find(m_node, q);
        QVERIFY(found);
        QCOMPARE(found->studies.size(), 1);
        QCOMPARE(found->studies.first().sopClasses, QStringList{tomoClass});

        const QString folder = m_work.filePath(QStringLiteral("get-tomo"));
        const auto got = DimseClient().get(m_node, RetrieveLevel::Study, {studyUid}, folder);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : detailOf(got.error())));
        QCOMPARE(got->completed, 1);
        QCOMPARE(got->failed, 0);
        QCOMPARE(describe(got->files.first()).sopClass,
                 QStringLiteral("BreastTomosynthesisImageStorage"));
    }

    void getOneInstance() {
        const QString folder = m_work.filePath(QStringLiteral("get-one"));
        const Instance& mr = m_sent.at(1);
        const auto got =
            DimseClient().get(m_node, RetrieveLevel::Instance, {mr.sopInstanceUid}, folder);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : detailOf(got.error())));
        QCOMPARE(got->completed, 1);
        checkRetrievedFolder(folder, got->files, 1);
    }

    void cancelDuringGetLeavesNoPartialFile() {
        const QString folder = m_work.filePath(QStringLiteral("get-cancelled"));
        std::stop_source stop;
        const auto got = DimseClient().get(
            m_node, RetrieveLevel::Study, {m_studyUid}, folder,
            [&](const TransferProgress& p) {
                if (p.completed >= 1)
                    stop.request_stop();
            },
            stop.get_token());
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : detailOf(got.error())));
        QVERIFY(got->cancelled);
        QCOMPARE(got->status, quint16(0xfe00));
        const QString counts = QStringLiteral("completed %1, remaining %2, files %3")
                                   .arg(got->completed)
                                   .arg(got->remaining)
                                   .arg(got->files.size());
        QVERIFY2(got->completed >= 1 && got->remaining >= 1, qPrintable(counts));
        // The PACS may have begun the next sub-operation before it read the C-CANCEL: that
        // instance arrives whole (and is kept) even if its count is not in the final answer.
        QVERIFY2(got->files.size() >= got->completed && got->files.size() < 3, qPrintable(counts));
        // Only whole files under final names, no temporary file left.
        checkRetrievedFolder(folder, got->files, got->files.size());

        // The association ended cleanly: the PACS answers the next request.
        QVERIFY(DimseClient().echo(m_node).ok());
    }

    void moveHereReceivesTheStudy() {
        const QString folder = m_work.filePath(QStringLiteral("move"));
        const int port = m_env.value(QStringLiteral("ORTHANC_CALLING_PORT")).toInt();
        const auto moved = DimseClient().moveHere(m_node, m_node.callingAeTitle, port,
                                                  RetrieveLevel::Study, {m_studyUid}, folder);
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : detailOf(moved.error())));
        QCOMPARE(moved->completed, 3);
        QCOMPARE(moved->failed, 0);
        QVERIFY(!moved->cancelled);
        checkRetrievedFolder(folder, moved->files, 3);
    }

    void cancelDuringMoveHereLeavesNoPartialFile() {
        const QString folder = m_work.filePath(QStringLiteral("move-cancelled"));
        const int port = m_env.value(QStringLiteral("ORTHANC_CALLING_PORT")).toInt();
        std::stop_source stop;
        const auto moved = DimseClient().moveHere(
            m_node, m_node.callingAeTitle, port, RetrieveLevel::Study, {m_studyUid}, folder,
            [&](const TransferProgress& p) {
                if (p.completed >= 1)
                    stop.request_stop();
            },
            stop.get_token());
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : detailOf(moved.error())));
        const QString counts = QStringLiteral("completed %1, remaining %2, files %3")
                                   .arg(moved->completed)
                                   .arg(moved->remaining)
                                   .arg(moved->files.size());
        // The PACS read the C-CANCEL (only a cancel ends with FE00). How many instances got
        // through first is its business: Orthanc's sub-operations, on their own association,
        // often finish all three small files before it reads the cancel.
        QVERIFY2(moved->cancelled && moved->status == 0xfe00, qPrintable(counts));
        QVERIFY2(moved->files.size() >= 1 && moved->files.size() >= moved->completed,
                 qPrintable(counts));
        checkRetrievedFolder(folder, moved->files, moved->files.size());
    }

    void moveToAnUnknownDestinationIsRefusedClearly() {
        const auto moved = DimseClient().move(m_node, QStringLiteral("NOBODY_HERE"),
                                              RetrieveLevel::Study, {m_studyUid});
        QVERIFY(!moved.ok());
        const QByteArray code = moved.error().code();
        QVERIFY2(code == "imaging/pacs-move-failed" ||
                     code == "imaging/pacs-move-destination-unknown",
                 qPrintable(detailOf(moved.error())));
        QVERIFY2(moved.error().userMessage().contains(u"« NOBODY_HERE »"),
                 qPrintable(moved.error().userMessage()));
    }

    void retrieveRefusesBadUidsBeforeConnecting() {
        for (const QStringList& uids : {QStringList{}, QStringList{QStringLiteral("1.2.3/../4")},
                                        QStringList{QStringLiteral("1.2.3"), QString()}}) {
            const auto got = DimseClient().get(m_node, RetrieveLevel::Study, uids,
                                               m_work.filePath(QStringLiteral("never")));
            QVERIFY(!got.ok());
            QCOMPARE(got.error().code(), QByteArray("imaging/pacs-bad-uid"));
        }
        QVERIFY(!QDir(m_work.filePath(QStringLiteral("never"))).exists());
    }

    void storageScpKeepsNoPartialFileWhenTheLinkIsCut() {
        // Sijil's SCP reached through tests/peers/relay.py slowed to 8 KB/s in 1 KB pieces: the
        // link is cut
        // while an instance is on its way, once its temporary file exists.
        const int port = freePort();
        QVERIFY(port > 0);
        const QString folder = m_work.filePath(QStringLiteral("scp-cut"));
        StorageScp scp;
        const auto started =
            scp.start(port, QStringLiteral("SIJIL_RX"), folder, {QStringLiteral("SENDER")}, 5);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : detailOf(started.error())));
        sijil::test::Relay relay;
        QVERIFY(relay.start(QUrl(QStringLiteral("dicom://127.0.0.1:%1").arg(port))));
        QCOMPARE(relay.command("rate 8000"), QByteArray("ok"));
        QCOMPARE(relay.command("chunk 1024"), QByteArray("ok"));
        PacsNode node;
        node.host = QStringLiteral("127.0.0.1");
        node.port = relay.port();
        node.aeTitle = QStringLiteral("SIJIL_RX");
        node.callingAeTitle = QStringLiteral("SENDER");
        const QString ct = m_sent.at(0).path; // about 39 KB: some five seconds at that rate

        std::optional<sijil::core::Result<StoreResult>> outcome;
        std::thread sender([&] { outcome = DimseClient().store(node, {ct}); });
        const auto hidden = [&] {
            return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!hidden().isEmpty(), 10000);
        QVERIFY2(hidden().first().endsWith(u".part"), qPrintable(hidden().join(u' ')));
        QCOMPARE(relay.command("cut"), QByteArray("ok"));
        sender.join();
        QVERIFY(outcome.has_value() && outcome->ok());
        QCOMPARE((*outcome)->files.first().kind, StoreOutcome::Kind::Failed);
        // The SCP notices the broken association and removes what it had received.
        QTRY_VERIFY_WITH_TIMEOUT(hidden().isEmpty(), 10000);
        QVERIFY(scp.receivedFiles().isEmpty());

        // It still serves: the same file sent again at full speed arrives whole.
        QCOMPARE(relay.command("rate 0"), QByteArray("ok"));
        const auto again = DimseClient().store(node, {ct});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : detailOf(again.error())));
        QCOMPARE(again->files.first().kind, StoreOutcome::Kind::Stored);
        QCOMPARE(scp.receivedFiles().size(), 1);
        QCOMPARE(hidden(), QStringList{m_sent.at(0).sopInstanceUid + QStringLiteral(".dcm")});
        QCOMPARE(pixelItems(scp.receivedFiles().first()), pixelItems(ct));
    }

    void storageScpAcceptsOnlyItsCallers() {
        // Sijil's SCP alone, reached with DimseClient's C-ECHO under various AE titles.
        const int port = freePort();
        QVERIFY(port > 0);
        StorageScp scp;
        const auto started =
            scp.start(port, QStringLiteral("SIJIL_RX"), m_work.filePath(QStringLiteral("scp")),
                      {QStringLiteral("MODALITY1")}, 5);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : detailOf(started.error())));
        QVERIFY(scp.isRunning());
        PacsNode node;
        node.host = QStringLiteral("127.0.0.1");
        node.port = port;
        node.aeTitle = QStringLiteral("SIJIL_RX");
        node.callingAeTitle = QStringLiteral("MODALITY1");
        const auto echoed = DimseClient().echo(node);
        QVERIFY2(echoed.ok(), qPrintable(echoed.ok() ? QString() : detailOf(echoed.error())));

        node.callingAeTitle = QStringLiteral("STRANGER");
        auto refused = DimseClient().echo(node);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("imaging/pacs-calling-ae-refused"));

        node.callingAeTitle = QStringLiteral("MODALITY1");
        node.aeTitle = QStringLiteral("SOMEONE_ELSE");
        refused = DimseClient().echo(node);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QByteArray("imaging/pacs-called-ae-refused"));
        QCOMPARE(scp.refusedAssociations(), 2);

        // A second SCP on the same port cannot start, and says which port.
        StorageScp second;
        const auto clash =
            second.start(port, QStringLiteral("SIJIL_RX"), m_work.filePath(QStringLiteral("scp2")),
                         {QStringLiteral("MODALITY1")});
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code(), QByteArray("imaging/scp-cannot-listen"));
        QVERIFY(clash.error().userMessage().contains(QString::number(port)));

        scp.stop();
        QVERIFY(!scp.isRunning());
        QVERIFY(!DimseClient().echo(node).ok());
    }
};

QTEST_GUILESS_MAIN(TestDimseRetrieve)
#include "tst_DimseRetrieve.moc"
