// Patient data never reaches a log line: Sensitive digests, the Redactor's safety net, and the
// process-wide message handler that applies it to every line, on screen and in the log file.
#include <sijil/core/Log.h>
#include <sijil/core/PersonName.h>
#include <sijil/core/Redaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::core;

// A category of the test's own: ctest turns sijil.*.info off, and this must print.
Q_LOGGING_CATEGORY(lcTest, "test.redaction", QtInfoMsg)

namespace {

QStringList& captured() {
    static QStringList lines;
    return lines;
}

void capture(QtMsgType, const QMessageLogContext&, const QString& message) {
    captured() << message;
}

// Values a log line must never show in clear.
const QStringList& clearValues() {
    static const QStringList v = {
        QStringLiteral("06 12 34 56 78"), QStringLiteral("0612345678"), QStringLiteral("12 34 56"),
        QStringLiteral("Benali"),         QStringLiteral("BENALI"),     QStringLiteral("Fatima"),
        QStringLiteral("فاطمة"),          QStringLiteral("AB123456"),
    };
    return v;
}

QString readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class RedactionTest : public QObject {
    Q_OBJECT

private slots:
    void digestShape() {
        const QString d = Sensitive(QStringLiteral("Fatima Benali")).digest();
        static const QRegularExpression shape(QStringLiteral("^«r:[a-z]{6}»$"));
        QVERIFY2(shape.match(d).hasMatch(), qPrintable(d));
        QVERIFY(!d.contains(QStringLiteral("Fatima")));
        QVERIFY(!d.contains(QStringLiteral("Benali")));
    }

    void digestIsStableWithinTheRun() {
        QCOMPARE(sensitive(QStringLiteral("0612345678")).digest(),
                 sensitive(QStringLiteral("0612345678")).digest());
    }

    void digestDiffersForDifferentValues() {
        const QStringList values = {QStringLiteral("Fatima"),   QStringLiteral("Fatimа"),
                                    QStringLiteral("fatima"),   QStringLiteral("Karim"),
                                    QStringLiteral("AB123456"), QStringLiteral("AB123457")};
        QSet<QString> digests;
        for (const QString& v : values)
            digests.insert(sensitive(v).digest());
        QCOMPARE(digests.size(), values.size());
    }

    void digestSurvivesScrub() {
        // Letters only: the safety net must not mangle the correlation key.
        const QString d = sensitive(QStringLiteral("AB123456")).digest();
        QCOMPARE(Redactor::scrub(d), d);
    }

    void debugPrintsTheDigestOnly() {
        QString out;
        QDebug(&out) << "name" << sensitive(QStringLiteral("Fatima Benali"));
        QVERIFY2(!out.contains(QStringLiteral("Fatima")), qPrintable(out));
        QVERIFY2(out.contains(sensitive(QStringLiteral("Fatima Benali")).digest()),
                 qPrintable(out));
    }

    void scrubMasks_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mask");

        QTest::newRow("mobile with spaces")
            << QStringLiteral("rappeler le 06 12 34 56 78 demain")
            << QStringLiteral("06 12 34 56 78") << QStringLiteral("«phone»");
        QTest::newRow("international")
            << QStringLiteral("tel: +212 6 12 34 56 78") << QStringLiteral("6 12 34 56 78")
            << QStringLiteral("«phone»");
        QTest::newRow("international 00")
            << QStringLiteral("tel 00212612345678") << QStringLiteral("212612345678")
            << QStringLiteral("«phone»");
        QTest::newRow("compact mobile")
            << QStringLiteral("tel=0612345678") << QStringLiteral("0612345678")
            << QStringLiteral("«phone»");
        QTest::newRow("dotted") << QStringLiteral("fixe 05.22.12.34.56")
                                << QStringLiteral("22.12.34") << QStringLiteral("«phone»");
        QTest::newRow("cnie two letters") << QStringLiteral("CNIE AB123456 lue")
                                          << QStringLiteral("AB123456") << QStringLiteral("«id»");
        QTest::newRow("cnie one letter") << QStringLiteral("carte K123456")
                                         << QStringLiteral("K123456") << QStringLiteral("«id»");
        QTest::newRow("cnie lower case") << QStringLiteral("cnie=bk654321")
                                         << QStringLiteral("654321") << QStringLiteral("«id»");
        QTest::newRow("mrz line") << QStringLiteral("mrz IDMARAB1234567<<<<<<<<<<<<<<<< ok")
                                  << QStringLiteral("AB1234567") << QStringLiteral("«mrz»");
        QTest::newRow("mrz second line") << QStringLiteral("8501012F3012315MAR<<<<<<<<<<<8")
                                         << QStringLiteral("8501012") << QStringLiteral("«mrz»");
        QTest::newRow("email") << QStringLiteral("envoyé à fatima.benali+rdv@example.ma.")
                               << QStringLiteral("fatima.benali") << QStringLiteral("«email»");
        QTest::newRow("ipp digit run") << QStringLiteral("IPP 2024000123 créé")
                                       << QStringLiteral("2024000123") << QStringLiteral("«");
        QTest::newRow("six digits") << QStringLiteral("dossier 123456") << QStringLiteral("123456")
                                    << QStringLiteral("«number»");
    }

    void scrubMasks() {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        QFETCH(QString, mask);
        const QString out = Redactor::scrub(message);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(mask), qPrintable(out));
    }

    void scrubKeepsOrdinaryText_data() {
        QTest::addColumn<QString>("message");
        QTest::newRow("sentence") << QStringLiteral("session locked after inactivity");
        QTest::newRow("error code") << QStringLiteral("refused: access/invalid-credentials");
        QTest::newRow("schema") << QStringLiteral("local store migrated to schema 3");
        QTest::newRow("version") << QStringLiteral("Sijil 0.1.0 started");
        QTest::newRow("count") << QStringLiteral("consecutive failures: 4, retry in 5000 ms");
        QTest::newRow("port") << QStringLiteral("PACS at pacs.local:104");
        QTest::newRow("french") << QStringLiteral("Le fichier « site.json » est invalide");
        QTest::newRow("arabic") << QStringLiteral("تم قفل الجلسة");
        QTest::newRow("empty") << QString();
    }

    void scrubKeepsOrdinaryText() {
        QFETCH(QString, message);
        QCOMPARE(Redactor::scrub(message), message);
    }

    void loggingHandlerScrubsEveryLine() {
        captured().clear();
        const QtMessageHandler testHandler = qInstallMessageHandler(capture);
        installLogging(); // on top of `capture`, which now receives the scrubbed lines

        const PersonName name(QStringLiteral("Benali"), QStringLiteral("Fatima"),
                              QStringLiteral("بنعلي"), QStringLiteral("فاطمة"));
        qCInfo(lcTest) << "patient phone" << QStringLiteral("06 12 34 56 78") << "name"
                       << sensitive(QStringLiteral("Fatima Benali")) << name;
        qWarning("callback to %s for CNIE %s", "0612345678", "AB123456");
        qCInfo(lcTest).noquote() << "plain" << QStringLiteral("12 34 56 78 90");

        qInstallMessageHandler(testHandler);
        const QString all = captured().join(u'\n');
        QCOMPARE(captured().size(), 3);
        for (const QString& v : clearValues())
            QVERIFY2(!all.contains(v), qPrintable(QStringLiteral("%1 leaked in: %2").arg(v, all)));
        // The lines did go through the handler, masked rather than dropped.
        QVERIFY2(all.contains(QStringLiteral("«phone»")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("«id»")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("patient phone")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("«r:")), qPrintable(all));
    }

    void logFileGetsScrubbedLinesAndRotates() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("logs/sijil.log"));
        captured().clear();
        const QtMessageHandler testHandler = qInstallMessageHandler(capture);
        LogOptions options;
        options.filePath = path;
        options.maxFileBytes = 400;
        options.keepFiles = 2;
        installLogging(options);

        qCInfo(lcTest) << "first line, phone" << QStringLiteral("0612345678");
        const QString firstFile = readAll(path);

        for (int i = 0; i < 40; ++i)
            qCWarning(lcTest) << "line" << i << "for CNIE" << QStringLiteral("AB123456");

        installLogging({}); // closes the file
        qInstallMessageHandler(testHandler);

        // The file line is scrubbed and says what kind of line, from which category.
        QVERIFY2(firstFile.contains(QStringLiteral("info test.redaction:")), qPrintable(firstFile));
        QVERIFY2(firstFile.contains(QStringLiteral("«phone»")), qPrintable(firstFile));
        QVERIFY(!firstFile.contains(QStringLiteral("0612345678")));

        // 40 lines of ~90 bytes against a 400-byte limit: rotated, and no more than keepFiles
        // older files kept.
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        for (const QString& file :
             {path, path + QStringLiteral(".1"), path + QStringLiteral(".2")}) {
            const QString text = readAll(file);
            QVERIFY2(!text.isEmpty(), qPrintable(file));
            QVERIFY2(!text.contains(QStringLiteral("AB123456")), qPrintable(text));
            QVERIFY(QFileInfo(file).size() < options.maxFileBytes + 200);
        }
        // The newest lines are in the current file.
        QVERIFY(readAll(path).contains(QStringLiteral("line 39")));
        QCOMPARE(captured().size(), 41); // the previous handler still sees every line
    }
};

QTEST_GUILESS_MAIN(RedactionTest)
#include "tst_Redaction.moc"
