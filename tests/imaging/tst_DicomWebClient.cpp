// DicomWebClient against a real PACS: Orthanc's DICOMweb plugin (tests/peers/orthanc.sh, fixture
// orthanc). pydicom's samples are copied and given fresh UIDs, a patient ID of this run and known
// study dates with dcmodify, then sent with the client's own STOW-RS; the expected identifiers
// are read back from the copies with dcmdump.

#include <sijil/imaging/DicomWebClient.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <PeerEnv.h>
#include <optional>

using namespace sijil::imaging;
using sijil::core::Result;

namespace {

const QString kSamples = QStringLiteral(SIJIL_PYDICOM_TEST_FILES);

template <typename T>
QString detailOf(const Result<T>& r) {
    if (r)
        return {};
    return QStringLiteral("%1: %2 (%3)")
        .arg(QString::fromLatin1(r.error().code()), r.error().userMessage(), r.error().detail());
}

QString dumped(const QString& dump, const QString& tag) {
    const QRegularExpression re(
        QStringLiteral("^\\(%1\\) \\w\\w \\[([^\\]]*)\\]").arg(QRegularExpression::escape(tag)),
        QRegularExpression::MultilineOption);
    return re.match(dump).captured(1).trimmed();
}

bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

struct Sample {
    QString path;
    QString patientId;
    QString patientName;
    QString studyUid;
    QString seriesUid;
    QString sopUid;
    QString studyDate;
    QString modality;
};

QByteArray sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// Waits for the callback of one call; the callback must not run inside the call itself.
template <typename T, typename Start>
std::optional<Result<T>> wait(Start start, int ms = 60000) {
    std::optional<Result<T>> out;
    bool inCall = true;
    bool calledInside = false;
    QEventLoop loop;
    start([&](Result<T> r) {
        calledInside = inCall;
        out = std::move(r);
        loop.quit();
    });
    inCall = false;
    if (calledInside)
        return std::nullopt;
    if (!out) {
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

} // namespace

class TestDicomWebClient : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_env;
    PacsNode m_node;
    QTemporaryDir m_dir;
    QString m_patientId;
    Sample m_ct;
    Sample m_mr;
    Sample m_multiframe;
    QList<Sample> m_bulk; // one study of many instances, another patient

    bool readSample(Sample& s) {
        QByteArray out;
        if (!run(QStringLiteral(SIJIL_DCMDUMP),
                 {QStringLiteral("-q"), QStringLiteral("+U8"), s.path}, &out))
            return false;
        const QString dump = QString::fromUtf8(out);
        s.patientId = dumped(dump, QStringLiteral("0010,0020"));
        s.patientName = dumped(dump, QStringLiteral("0010,0010"));
        s.studyUid = dumped(dump, QStringLiteral("0020,000d"));
        s.seriesUid = dumped(dump, QStringLiteral("0020,000e"));
        s.sopUid = dumped(dump, QStringLiteral("0008,0018"));
        s.studyDate = dumped(dump, QStringLiteral("0008,0020"));
        s.modality = dumped(dump, QStringLiteral("0008,0060"));
        return !s.studyUid.isEmpty() && !s.sopUid.isEmpty() && !s.seriesUid.isEmpty();
    }

    // A copy of a sample with new study, series and instance UIDs (or the given study/series).
    bool forge(const QString& name, const QString& copyName, const QString& patientId,
               const QString& date, Sample& s, const QString& studyUid = {},
               const QString& seriesUid = {}) {
        s.path = m_dir.filePath(copyName);
        QFile::remove(s.path);
        if (!QFile::copy(kSamples + u'/' + name, s.path))
            return false;
        QFile(s.path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QStringList args{QStringLiteral("-nb"), QStringLiteral("-gin")};
        if (studyUid.isEmpty())
            args << QStringLiteral("-gst") << QStringLiteral("-gse");
        else
            args << QStringLiteral("-m") << QStringLiteral("(0020,000d)=") + studyUid
                 << QStringLiteral("-m") << QStringLiteral("(0020,000e)=") + seriesUid;
        args << QStringLiteral("-m") << QStringLiteral("(0010,0020)=") + patientId
             << QStringLiteral("-m") << QStringLiteral("(0008,0020)=") + date << s.path;
        return run(QStringLiteral(SIJIL_DCMODIFY), args) && readSample(s);
    }

    static QSet<QString> studyUids(const FindResult& found) {
        QSet<QString> out;
        for (const StudyResult& s : found.studies)
            out.insert(s.studyInstanceUid);
        return out;
    }

    std::optional<Result<FindResult>> search(const StudyQuery& q, const PacsNode& node) {
        DicomWebClient client(node);
        return wait<FindResult>([&](auto done) { client.searchStudies(q, done); });
    }

private slots:
    void initTestCase() {
        const QString envFile = qEnvironmentVariable("SIJIL_ORTHANC_ENV");
        QVERIFY2(!envFile.isEmpty(), "SIJIL_ORTHANC_ENV is not set: run through ctest "
                                     "(fixture orthanc)");
        m_env = sijil::testing::readPeerEnv(envFile);
        QVERIFY2(m_env.contains(QStringLiteral("ORTHANC_DICOMWEB_URL")),
                 qPrintable(QStringLiteral("no Orthanc described in %1").arg(envFile)));
        m_node.dicomWebUrl = QUrl(m_env.value(QStringLiteral("ORTHANC_DICOMWEB_URL")));
        m_node.username = m_env.value(QStringLiteral("ORTHANC_USER"));
        m_node.password = m_env.value(QStringLiteral("ORTHANC_PASSWORD"));
        QVERIFY(m_dir.isValid());

        // A patient of this run only: the fixture's server is shared with other tests.
        const QString tag = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        m_patientId = QStringLiteral("DW") + tag;
        QVERIFY(forge(QStringLiteral("CT_small.dcm"), QStringLiteral("ct.dcm"), m_patientId,
                      QStringLiteral("20200101"), m_ct));
        QVERIFY(forge(QStringLiteral("MR_small.dcm"), QStringLiteral("mr.dcm"), m_patientId,
                      QStringLiteral("20200215"), m_mr));
        QVERIFY(forge(QStringLiteral("SC_rgb_rle_2frame.dcm"), QStringLiteral("mf.dcm"),
                      m_patientId, QStringLiteral("20200301"), m_multiframe));
        QCOMPARE(m_ct.modality, QStringLiteral("CT"));
        QCOMPARE(m_mr.modality, QStringLiteral("MR"));
        QVERIFY(m_multiframe.modality != m_ct.modality && m_multiframe.modality != m_mr.modality);

        Sample first;
        QVERIFY(forge(QStringLiteral("CT_small.dcm"), QStringLiteral("bulk-0.dcm"),
                      QStringLiteral("DWBULK") + tag, QStringLiteral("20210101"), first));
        m_bulk.append(first);
        for (int i = 1; i < 24; ++i) {
            Sample s;
            QVERIFY(forge(QStringLiteral("CT_small.dcm"), QStringLiteral("bulk-%1.dcm").arg(i),
                          QStringLiteral("DWBULK") + tag, QStringLiteral("20210101"), s,
                          first.studyUid, first.seriesUid));
            m_bulk.append(s);
        }
    }

    // STOW-RS: every file stored, each outcome tied to its file by SOP Instance UID.
    void storeSendsEveryFile() {
        DicomWebClient client(m_node);
        const QList<Sample*> samples{&m_ct, &m_mr, &m_multiframe};
        QStringList files;
        for (const Sample* s : samples)
            files << s->path;
        const auto stored =
            wait<QList<WebStoreOutcome>>([&](auto done) { client.store(files, done); });
        QVERIFY(stored);
        QVERIFY2(*stored, qPrintable(detailOf(*stored)));
        QCOMPARE((*stored)->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const WebStoreOutcome& o = (*stored)->at(i);
            QCOMPARE(o.file, samples[i]->path);
            QCOMPARE(o.sopInstanceUid, samples[i]->sopUid);
            QVERIFY2(o.stored, qPrintable(o.file));
            QCOMPARE(o.failureReason, -1);
        }

        QStringList bulk;
        for (const Sample& s : m_bulk)
            bulk << s.path;
        const auto bulkStored =
            wait<QList<WebStoreOutcome>>([&](auto done) { client.store(bulk, done); });
        QVERIFY(bulkStored);
        QVERIFY2(*bulkStored, qPrintable(detailOf(*bulkStored)));
        QCOMPARE((*bulkStored)->size(), m_bulk.size());
        for (const WebStoreOutcome& o : **bulkStored)
            QVERIFY2(o.stored, qPrintable(o.file));
    }

    // A file that is not DICOM next to a good one: one outcome each, not a failure of the call.
    void storeReportsAFailedInstance() {
        const QString junk = m_dir.filePath(QStringLiteral("junk.dcm"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        DicomWebClient client(m_node);
        const auto stored = wait<QList<WebStoreOutcome>>([&](auto done) {
            client.store({m_ct.path, junk}, done);
        });
        QVERIFY(stored);
        // Orthanc answers 400 with the report: the good file stored, the junk one not listed.
        QVERIFY2(*stored, qPrintable(detailOf(*stored)));
        QCOMPARE((*stored)->size(), 2);
        QVERIFY((*stored)->at(0).stored);
        QVERIFY(!(*stored)->at(1).stored);
        QVERIFY((*stored)->at(1).sopInstanceUid.isEmpty());
    }

    void qidoByPatientIdReturnsExactlyTheStudies() {
        StudyQuery q;
        q.patientId = m_patientId;
        const auto found = search(q, m_node);
        QVERIFY(found);
        QVERIFY2(*found, qPrintable(detailOf(*found)));
        QCOMPARE(studyUids(**found),
                 (QSet<QString>{m_ct.studyUid, m_mr.studyUid, m_multiframe.studyUid}));
        QVERIFY(!(*found)->truncated);
        for (const StudyResult& s : (*found)->studies) {
            const Sample& sample = s.studyInstanceUid == m_ct.studyUid   ? m_ct
                                   : s.studyInstanceUid == m_mr.studyUid ? m_mr
                                                                         : m_multiframe;
            QCOMPARE(s.patientId, m_patientId);
            QCOMPARE(s.patientName, sample.patientName);
            QCOMPARE(s.studyDate, QDate::fromString(sample.studyDate, u"yyyyMMdd"));
            QCOMPARE(s.modalities, QStringList{sample.modality});
            QCOMPARE(s.seriesCount, 1);
            QCOMPARE(s.instanceCount, 1);
        }
    }

    void qidoByModalityAndDate() {
        StudyQuery q;
        q.patientId = m_patientId;
        q.modality = QStringLiteral("MR");
        auto found = search(q, m_node);
        QVERIFY(found && *found);
        QCOMPARE(studyUids(**found), QSet<QString>{m_mr.studyUid});

        q.modality.clear();
        q.from = QDate(2020, 1, 1);
        q.to = QDate(2020, 2, 20);
        found = search(q, m_node);
        QVERIFY(found && *found);
        QCOMPARE(studyUids(**found), (QSet<QString>{m_ct.studyUid, m_mr.studyUid}));

        q.from = QDate(2020, 2, 16);
        q.to.reset();
        found = search(q, m_node);
        QVERIFY(found && *found);
        QCOMPARE(studyUids(**found), QSet<QString>{m_multiframe.studyUid});
    }

    void qidoLimitAndOffset() {
        StudyQuery q;
        q.patientId = m_patientId;
        q.maxResults = 2;
        DicomWebClient client(m_node);
        const auto first = wait<FindResult>([&](auto done) { client.searchStudies(q, done); });
        QVERIFY(first && *first);
        QCOMPARE((*first)->studies.size(), 2);
        QVERIFY((*first)->truncated);
        const auto rest = wait<FindResult>([&](auto done) { client.searchStudies(q, done, 2); });
        QVERIFY(rest && *rest);
        QCOMPARE((*rest)->studies.size(), 1);
        QVERIFY(!(*rest)->truncated);
        QCOMPARE(studyUids(**first) + studyUids(**rest),
                 (QSet<QString>{m_ct.studyUid, m_mr.studyUid, m_multiframe.studyUid}));
    }

    void qidoSeriesAndInstances() {
        DicomWebClient client(m_node);
        const auto series = wait<QList<SeriesResult>>(
            [&](auto done) { client.searchSeries(m_bulk[0].studyUid, done); });
        QVERIFY(series);
        QVERIFY2(*series, qPrintable(detailOf(*series)));
        QCOMPARE((*series)->size(), 1);
        QCOMPARE((*series)->at(0).seriesInstanceUid, m_bulk[0].seriesUid);
        QCOMPARE((*series)->at(0).modality, QStringLiteral("CT"));
        QCOMPARE((*series)->at(0).instanceCount, m_bulk.size());

        const auto instances = wait<QList<InstanceResult>>([&](auto done) {
            client.searchInstances(m_bulk[0].studyUid, m_bulk[0].seriesUid, done);
        });
        QVERIFY(instances && *instances);
        QSet<QString> got, expected;
        for (const InstanceResult& i : **instances) {
            got.insert(i.sopInstanceUid);
            QCOMPARE(i.sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2")); // CT Image
        }
        for (const Sample& s : m_bulk)
            expected.insert(s.sopUid);
        QCOMPARE(got, expected);
    }

    void metadata() {
        DicomWebClient client(m_node);
        const auto meta =
            wait<QJsonArray>([&](auto done) { client.retrieveMetadata(m_mr.studyUid, done); });
        QVERIFY(meta && *meta);
        QCOMPARE((*meta)->size(), 1);
        const QJsonObject ds = (*meta)->at(0).toObject();
        QCOMPARE(ds.value(u"00080018").toObject().value(u"Value").toArray().at(0).toString(),
                 m_mr.sopUid);
    }

    // WADO-RS with transfer-syntax=*: Orthanc sends the files as stored, byte for byte.
    void retrieveWritesTheFiles() {
        for (const Sample* s : {&m_ct, &m_multiframe}) {
            QTemporaryDir out;
            DicomWebClient client(m_node);
            QSignalSpy progress(&client, &DicomWebClient::progress);
            const auto got = wait<WebRetrieveResult>(
                [&](auto done) { client.retrieveStudy(s->studyUid, out.path(), done); });
            QVERIFY(got);
            QVERIFY2(*got, qPrintable(detailOf(*got)));
            const QString expected = QDir(out.path()).filePath(s->sopUid + QStringLiteral(".dcm"));
            QCOMPARE((*got)->files, QStringList{expected});
            QCOMPARE((*got)->bytes, QFileInfo(s->path).size());
            QCOMPARE(sha256(expected), sha256(s->path));
            QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
            QVERIFY(!progress.isEmpty());
            QCOMPARE(progress.last().at(1).toLongLong(), (*got)->bytes);
            QCOMPARE(progress.last().at(2).toInt(), 1);
        }
    }

    void retrieveSeriesAndInstance() {
        QTemporaryDir out;
        DicomWebClient client(m_node);
        const auto series = wait<WebRetrieveResult>([&](auto done) {
            client.retrieveSeries(m_bulk[0].studyUid, m_bulk[0].seriesUid, out.path(), done);
        });
        QVERIFY(series);
        QVERIFY2(*series, qPrintable(detailOf(*series)));
        QCOMPARE((*series)->files.size(), m_bulk.size());
        for (const Sample& s : m_bulk)
            QCOMPARE(sha256(QDir(out.path()).filePath(s.sopUid + QStringLiteral(".dcm"))),
                     sha256(s.path));

        QTemporaryDir one;
        const Sample& s = m_bulk[5];
        const auto instance = wait<WebRetrieveResult>([&](auto done) {
            client.retrieveInstance(s.studyUid, s.seriesUid, s.sopUid, one.path(), done);
        });
        QVERIFY(instance && *instance);
        QCOMPARE((*instance)->files.size(), 1);
        QCOMPARE(sha256((*instance)->files.first()), sha256(s.path));
    }

    // Cancelled in the middle of the third instance: the two complete files stay whole, the one
    // being written goes.
    void cancelLeavesNoHalfFile() {
        QTemporaryDir out;
        DicomWebClient client(m_node);
        DicomWebClient::Job job = 0;
        qint64 bytesAtTwo = -1;
        bool halfFileSeen = false;
        connect(&client, &DicomWebClient::progress, &client,
                [&](DicomWebClient::Job j, qint64 bytes, int instances) {
                    if (j != job || instances != 2)
                        return;
                    if (bytesAtTwo < 0) {
                        bytesAtTwo = bytes;
                    } else if (bytes > bytesAtTwo) {
                        halfFileSeen =
                            !QDir(out.path())
                                 .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden)
                                 .isEmpty();
                        client.cancel(job);
                    }
                });
        const auto got = wait<WebRetrieveResult>(
            [&](auto done) { job = client.retrieveStudy(m_bulk[0].studyUid, out.path(), done); });
        QVERIFY(got);
        QVERIFY(!*got);
        QCOMPARE((*got).error().code(), QByteArray("imaging/dicomweb-cancelled"));
        QVERIFY(halfFileSeen);
        const QStringList left = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), 2);
        QHash<QString, QString> byName;
        for (const Sample& s : m_bulk)
            byName.insert(s.sopUid + QStringLiteral(".dcm"), s.path);
        for (const QString& name : left) {
            QVERIFY2(byName.contains(name), qPrintable(name));
            QCOMPARE(sha256(QDir(out.path()).filePath(name)), sha256(byName.value(name)));
        }
    }

    void wrongPasswordIsUnauthorized() {
        PacsNode node = m_node;
        node.password = QStringLiteral("not-the-password");
        StudyQuery q;
        q.patientId = m_patientId;
        const auto found = search(q, node);
        QVERIFY(found && !*found);
        QCOMPARE((*found).error().code(), QByteArray("imaging/dicomweb-unauthorized"));
        // Nothing of the query in what may be shown or logged.
        QVERIFY(!(*found).error().detail().contains(m_patientId));

        DicomWebClient client(node);
        QTemporaryDir out;
        const auto got = wait<WebRetrieveResult>(
            [&](auto done) { client.retrieveStudy(m_ct.studyUid, out.path(), done); });
        QVERIFY(got && !*got);
        QCOMPARE((*got).error().code(), QByteArray("imaging/dicomweb-unauthorized"));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void unknownStudyIsNotFound() {
        DicomWebClient client(m_node);
        QTemporaryDir out;
        const auto got = wait<WebRetrieveResult>([&](auto done) {
            client.retrieveStudy(QStringLiteral("1.2.3.4.5.6.7.8.9"), out.path(), done);
        });
        QVERIFY(got && !*got);
        QCOMPARE((*got).error().code(), QByteArray("imaging/dicomweb-not-found"));
        const auto meta = wait<QJsonArray>(
            [&](auto done) { client.retrieveMetadata(QStringLiteral("1.2.3.4.5.6.7.8.9"), done); });
        QVERIFY(meta && !*meta);
        QCOMPARE((*meta).error().code(), QByteArray("imaging/dicomweb-not-found"));
    }

    // A UID that is not one never reaches a URL, and the callback still comes later.
    void badUidIsRefusedBeforeSending() {
        DicomWebClient client(m_node);
        const auto got = wait<QList<SeriesResult>>(
            [&](auto done) { client.searchSeries(QStringLiteral("1.2/../../x"), done); });
        QVERIFY(got && !*got);
        QCOMPARE((*got).error().code(), QByteArray("imaging/pacs-bad-query"));
    }

    void unreachablePortFailsQuickly() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        PacsNode node = m_node;
        node.dicomWebUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(port));
        QElapsedTimer timer;
        timer.start();
        const auto found = search(StudyQuery{}, node);
        QVERIFY(found && !*found);
        QCOMPARE((*found).error().code(), QByteArray("imaging/dicomweb-unreachable"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    // A server that accepts the connection and never answers.
    void silentServerTimesOut() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, &silent,
                [&] { held.append(silent.nextPendingConnection()); });
        PacsNode node = m_node;
        node.dicomWebUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(silent.serverPort()));
        DicomWebClient client(node);
        client.setTimeoutMs(700);
        QElapsedTimer timer;
        timer.start();
        const auto found = wait<FindResult>([&](auto done) { client.searchStudies({}, done); });
        QVERIFY(found && !*found);
        QCOMPARE((*found).error().code(), QByteArray("imaging/dicomweb-timeout"));
        QVERIFY(timer.elapsed() >= 600);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // TLS is verified, always: a server whose certificate nobody vouches for is refused, even on
    // loopback and with the right host name.
    void untrustedCertificateIsRefused() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString crt = dir.filePath(QStringLiteral("crt.pem"));
        QVERIFY(run(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                     QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                     crt}));
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(crt);
        QCOMPARE(certs.size(), 1);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(certs.first());
        conf.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(conf);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int accepted = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, &server, [&] { ++accepted; });

        PacsNode node = m_node;
        node.dicomWebUrl =
            QUrl(QStringLiteral("https://127.0.0.1:%1/dicom-web").arg(server.serverPort()));
        const auto found = search(StudyQuery{}, node);
        QVERIFY(found && !*found);
        QCOMPARE((*found).error().code(), QByteArray("imaging/dicomweb-unreachable"));
        QVERIFY2((*found).error().detail().contains(u"TLS"), qPrintable(detailOf(*found)));
        QVERIFY(accepted > 0); // the connection was made: the refusal is the certificate's
    }
};

QTEST_GUILESS_MAIN(TestDicomWebClient)
#include "tst_DicomWebClient.moc"
