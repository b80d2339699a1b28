// DimseClient against a real PACS: Orthanc from tests/peers/orthanc.sh (fixture orthanc), loaded
// with pydicom's sample files over its REST API. The expected identifiers are read from the files
// themselves with DCMTK's dcmdump.

#include <sijil/imaging/DimseClient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <PeerEnv.h>

using namespace sijil::imaging;

namespace {

const QString kSamples = QStringLiteral(SIJIL_PYDICOM_TEST_FILES);

QString detailOf(const sijil::core::Error& e) {
    return QStringLiteral("%1: %2 (%3)")
        .arg(QString::fromLatin1(e.code()), e.userMessage(), e.detail());
}

// The file's own identifiers, as dcmdump prints them.
struct Sample {
    QString path;
    QString patientId;
    QString patientName;
    QString studyInstanceUid;
    QString studyDate;
    QString modality;
};

QString dumped(const QString& dump, const QString& tag) {
    const QRegularExpression re(
        QStringLiteral("^\\(%1\\) \\w\\w \\[([^\\]]*)\\]").arg(QRegularExpression::escape(tag)),
        QRegularExpression::MultilineOption);
    return re.match(dump).captured(1).trimmed();
}

} // namespace

class TestDimseClient : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_env;
    PacsNode m_node;
    Sample m_ct;
    Sample m_mr;

    bool readSample(const QString& name, Sample& sample) {
        sample.path = kSamples + u'/' + name;
        QProcess dump;
        dump.start(QStringLiteral(SIJIL_DCMDUMP),
                   {QStringLiteral("-q"), QStringLiteral("+U8"), sample.path});
        if (!dump.waitForFinished(30000) || dump.exitCode() != 0)
            return false;
        // +U8: dcmdump converts the values from the file's character set to UTF-8.
        const QString out = QString::fromUtf8(dump.readAllStandardOutput());
        sample.patientId = dumped(out, QStringLiteral("0010,0020"));
        sample.patientName = dumped(out, QStringLiteral("0010,0010"));
        sample.studyInstanceUid = dumped(out, QStringLiteral("0020,000d"));
        sample.studyDate = dumped(out, QStringLiteral("0008,0020"));
        sample.modality = dumped(out, QStringLiteral("0008,0060"));
        return !sample.patientId.isEmpty() && !sample.studyInstanceUid.isEmpty() &&
               !sample.modality.isEmpty();
    }

    // POST /instances with curl; Orthanc answers 200 also when it already has the instance.
    bool upload(const Sample& sample) {
        const QString credentials = m_env.value(QStringLiteral("ORTHANC_USER")) + u':' +
                                    m_env.value(QStringLiteral("ORTHANC_PASSWORD"));
        const QString file = u'@' + sample.path;
        const QString url =
            m_env.value(QStringLiteral("ORTHANC_HTTP_URL")) + QStringLiteral("/instances");
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   QStringList{QStringLiteral("-sS"), QStringLiteral("-f"), QStringLiteral("-u"),
                               credentials, QStringLiteral("-X"), QStringLiteral("POST"),
                               QStringLiteral("--data-binary"), file, url});
        if (!curl.waitForFinished(30000) || curl.exitCode() != 0) {
            qWarning().noquote() << curl.readAllStandardError();
            return false;
        }
        return true;
    }

    const StudyResult* studyWithUid(const FindResult& found, const QString& uid) {
        for (const StudyResult& s : found.studies) {
            if (s.studyInstanceUid == uid)
                return &s;
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        const QString envFile = qEnvironmentVariable("SIJIL_ORTHANC_ENV");
        QVERIFY2(!envFile.isEmpty(), "SIJIL_ORTHANC_ENV is not set: run through ctest "
                                     "(fixture orthanc)");
        m_env = sijil::testing::readPeerEnv(envFile);
        QVERIFY2(m_env.contains(QStringLiteral("ORTHANC_DICOM_PORT")),
                 qPrintable(QStringLiteral("no Orthanc described in %1").arg(envFile)));
        m_node.aeTitle = m_env.value(QStringLiteral("ORTHANC_AET"));
        m_node.host = m_env.value(QStringLiteral("ORTHANC_HOST"));
        m_node.port = m_env.value(QStringLiteral("ORTHANC_DICOM_PORT")).toInt();
        m_node.callingAeTitle = m_env.value(QStringLiteral("ORTHANC_CALLING_AET"));

        QVERIFY(readSample(QStringLiteral("CT_small.dcm"), m_ct));
        QVERIFY(readSample(QStringLiteral("MR_small.dcm"), m_mr));
        QVERIFY(!m_ct.studyDate.isEmpty() && !m_mr.studyDate.isEmpty());
        QVERIFY(m_ct.patientId != m_mr.patientId);
        QVERIFY(upload(m_ct));
        QVERIFY(upload(m_mr));
    }

    void echoSucceeds() {
        const auto echoed = DimseClient().echo(m_node);
        QVERIFY2(echoed.ok(), qPrintable(echoed.ok() ? QString() : detailOf(echoed.error())));
    }

    void echoWithAWrongCalledAeTitleIsRefused() {
        PacsNode node = m_node;
        node.aeTitle = QStringLiteral("NOT_THE_PACS");
        const auto echoed = DimseClient().echo(node);
        QVERIFY(!echoed.ok());
        QCOMPARE(echoed.error().code(), QByteArray("imaging/pacs-called-ae-refused"));
        QCOMPARE(echoed.error().field(), QStringLiteral("aeTitle"));
        QVERIFY2(echoed.error().userMessage().contains(u"NOT_THE_PACS"),
                 qPrintable(echoed.error().userMessage()));
    }

    void echoWithAnUnknownCallingAeTitleIsRefused() {
        PacsNode node = m_node;
        node.callingAeTitle = QStringLiteral("STRANGER");
        const auto echoed = DimseClient().echo(node);
        QVERIFY(!echoed.ok());
        QCOMPARE(echoed.error().code(), QByteArray("imaging/pacs-calling-ae-refused"));
        QCOMPARE(echoed.error().field(), QStringLiteral("callingAeTitle"));
    }

    void findByPatientIdReturnsExactlyTheStudy() {
        StudyQuery query;
        query.patientId = m_ct.patientId;
        const auto found = DimseClient().find(m_node, query);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : detailOf(found.error())));
        QCOMPARE(found->studies.size(), 1);
        QVERIFY(!found->truncated);
        const StudyResult& study = found->studies.first();
        QCOMPARE(study.patientId, m_ct.patientId);
        QCOMPARE(study.studyInstanceUid, m_ct.studyInstanceUid);
        QCOMPARE(study.studyDate, QDate::fromString(m_ct.studyDate, u"yyyyMMdd"));
        QVERIFY(study.studyDate.isValid());
        QCOMPARE(study.modalities, QStringList{m_ct.modality});
        QVERIFY(!study.patientName.isEmpty());
        // One file uploaded: one series, one instance (uploading it again changes nothing).
        QCOMPARE(study.seriesCount, 1);
        QCOMPARE(study.instanceCount, 1);
    }

    void findByModalityFilters() {
        for (const Sample* wanted : {&m_ct, &m_mr}) {
            const Sample* other = wanted == &m_ct ? &m_mr : &m_ct;
            StudyQuery query;
            query.patientId = QStringLiteral("*");
            query.modality = wanted->modality;
            const auto found = DimseClient().find(m_node, query);
            QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : detailOf(found.error())));
            QVERIFY(studyWithUid(*found, wanted->studyInstanceUid) != nullptr);
            QVERIFY(studyWithUid(*found, other->studyInstanceUid) == nullptr);
            for (const StudyResult& s : found->studies)
                QVERIFY2(s.modalities.contains(wanted->modality),
                         qPrintable(s.modalities.join(u',')));
        }
    }

    void findByDateRange() {
        const QDate ct = QDate::fromString(m_ct.studyDate, u"yyyyMMdd");
        const QDate mr = QDate::fromString(m_mr.studyDate, u"yyyyMMdd");
        QVERIFY(ct != mr);
        StudyQuery query;
        query.from = ct;
        query.to = ct;
        const auto sameDay = DimseClient().find(m_node, query);
        QVERIFY2(sameDay.ok(), qPrintable(sameDay.ok() ? QString() : detailOf(sameDay.error())));
        QVERIFY(studyWithUid(*sameDay, m_ct.studyInstanceUid) != nullptr);
        QVERIFY(studyWithUid(*sameDay, m_mr.studyInstanceUid) == nullptr);

        // Open-ended: from the later of the two dates on.
        StudyQuery after;
        after.from = std::max(ct, mr);
        const auto found = DimseClient().find(m_node, after);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : detailOf(found.error())));
        const Sample& later = ct > mr ? m_ct : m_mr;
        const Sample& earlier = ct > mr ? m_mr : m_ct;
        QVERIFY(studyWithUid(*found, later.studyInstanceUid) != nullptr);
        QVERIFY(studyWithUid(*found, earlier.studyInstanceUid) == nullptr);
    }

    void accentedNamesRoundTrip() {
        // pydicom's French sample (Patient's Name Buc^Jérôme, in UTF-8): Orthanc stores it and
        // answers in its default encoding, Latin-1; the query is sent in UTF-8 (ISO_IR 192).
        Sample french;
        QVERIFY(readSample(QStringLiteral("../charset_files/chrFren.dcm"), french));
        const QString name = french.patientName;
        QVERIFY2(name.contains(QChar(0xe9)), qPrintable(name)); // é: the point of this test
        QVERIFY(upload(french));
        StudyQuery query;
        query.patientName = name;
        const auto found = DimseClient().find(m_node, query);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : detailOf(found.error())));
        QCOMPARE(found->studies.size(), 1);
        QCOMPARE(found->studies.first().patientName, name);
        QCOMPARE(found->studies.first().patientId, french.patientId);
        QCOMPARE(found->studies.first().studyInstanceUid, french.studyInstanceUid);

        // A wildcard in ASCII finds it too, and the name still comes back whole.
        query.patientName = name.left(2).toUpper() + u'*';
        const auto wildcard = DimseClient().find(m_node, query);
        QVERIFY2(wildcard.ok(), qPrintable(wildcard.ok() ? QString() : detailOf(wildcard.error())));
        QCOMPARE(wildcard->studies.size(), 1);
        QCOMPARE(wildcard->studies.first().patientName, name);
    }

    void findByUnknownAccessionNumberFindsNothing() {
        StudyQuery query;
        query.accessionNumber = QStringLiteral("NO-SUCH-ACC");
        const auto found = DimseClient().find(m_node, query);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : detailOf(found.error())));
        QVERIFY(found->studies.isEmpty());
    }

    void findStopsAtMaxResults() {
        StudyQuery query;
        query.patientId = QStringLiteral("*");
        query.maxResults = 1;
        const auto found = DimseClient().find(m_node, query);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : detailOf(found.error())));
        QCOMPARE(found->studies.size(), 1);
        QVERIFY(found->truncated);
        // The association was aborted, not left half-read: the next call works.
        QVERIFY(DimseClient().echo(m_node).ok());
    }

    void unreachablePortFailsQuickly() {
        // A port nobody listens on: bound, then released.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        PacsNode node = m_node;
        node.port = probe.serverPort();
        probe.close();
        QElapsedTimer timer;
        timer.start();
        const auto echoed = DimseClient().echo(node);
        QVERIFY(!echoed.ok());
        QCOMPARE(echoed.error().code(), QByteArray("imaging/pacs-unreachable"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(echoed.error().userMessage().contains(QString::number(node.port)));
    }

    void silentPeerTimesOut() {
        // Listening but never answering: the kernel completes the TCP handshake (no event loop
        // runs here to accept), so the association request waits for an answer that never comes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PacsNode node = m_node;
        node.port = silent.serverPort();
        DimseClient::Timeouts timeouts;
        timeouts.connectSeconds = 2;
        timeouts.acseSeconds = 1;
        timeouts.dimseSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const auto echoed = DimseClient(timeouts).echo(node);
        QVERIFY(!echoed.ok());
        QCOMPARE(echoed.error().code(), QByteArray("imaging/pacs-timeout"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDimseClient)
#include "tst_DimseClient.moc"
