// The site file: every field checked, every refusal says which field or where, unknown keys only
// warn, and the embedded default stands in when there is no file.
#include <sijil/core/SiteConfig.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::core;

namespace {

const QByteArray kFullFile = "{\n"
                             "  \"$comment\": \"Khénifra provincial hospital\",\n"
                             "  \"facility\": { \"id\": \"CHP-KHENIFRA\", \"name\": \"Centre "
                             "hospitalier provincial de Khénifra\" },\n"
                             "  \"centralServer\": { \"url\": \"https://dpp.example.ma/fhir\", "
                             "\"caCertificates\": \"/etc/sijil/ca.pem\",\n"
                             "    \"clientCertificate\": \"/etc/sijil/desk.crt\", "
                             "\"clientKey\": \"/etc/sijil/desk.key\" },\n"
                             "  \"pacs\": { \"aeTitle\": \"PACS_CHP\", \"host\": \"pacs.local\", "
                             "\"port\": 11112, \"localAeTitle\": \"SIJIL01\",\n"
                             "            \"dicomWebUrl\": \"https://pacs.local/dicom-web\" },\n"
                             "  \"imageCache\": { \"maxAgeDays\": 14, \"maxSizeGB\": 50 },\n"
                             "  \"video\": { \"url\": \"wss://video.example.ma/janus\" },\n"
                             "  \"session\": { \"idleLockMinutes\": 12 },\n"
                             "  \"mrzReader\": { \"serialPort\": \"/dev/ttyACM0\", \"baudRate\": "
                             "115200, \"dataBits\": 7, \"parity\": \"even\", \"stopBits\": 2 },\n"
                             "  \"defaultLanguage\": \"ar\"\n"
                             "}";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class SiteConfigTest : public QObject {
    Q_OBJECT

private slots:
    void fullFileIsRead() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("site.json"), kFullFile);
        QVERIFY(!path.isEmpty());
        const auto r = SiteConfig::load(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        const SiteConfig& c = *r;
        QCOMPARE(c.facility.id, QStringLiteral("CHP-KHENIFRA"));
        QCOMPARE(c.facility.name, QStringLiteral("Centre hospitalier provincial de Khénifra"));
        QCOMPARE(c.centralServer.url, QUrl(QStringLiteral("https://dpp.example.ma/fhir")));
        QCOMPARE(c.centralServer.caCertificates, QStringLiteral("/etc/sijil/ca.pem"));
        QCOMPARE(c.centralServer.clientCertificate, QStringLiteral("/etc/sijil/desk.crt"));
        QCOMPARE(c.centralServer.clientKey, QStringLiteral("/etc/sijil/desk.key"));
        QVERIFY(c.hasCentralServer());
        QCOMPARE(c.pacs.size(), 1);
        QCOMPARE(c.pacs.at(0).aeTitle, QStringLiteral("PACS_CHP"));
        QCOMPARE(c.pacs.at(0).host, QStringLiteral("pacs.local"));
        QCOMPARE(c.pacs.at(0).port, 11112);
        QCOMPARE(c.pacs.at(0).localAeTitle, QStringLiteral("SIJIL01"));
        QCOMPARE(c.pacs.at(0).dicomWebUrl, QUrl(QStringLiteral("https://pacs.local/dicom-web")));
        QCOMPARE(c.imageCache.maxAgeDays, 14);
        QCOMPARE(c.imageCache.maxSizeGB, 50);
        QCOMPARE(c.video.url, QUrl(QStringLiteral("wss://video.example.ma/janus")));
        QCOMPARE(c.idleLockMinutes, 12);
        QCOMPARE(c.mrzReader.serialPort, QStringLiteral("/dev/ttyACM0"));
        QCOMPARE(c.mrzReader.baudRate, 115200);
        QCOMPARE(c.mrzReader.dataBits, 7);
        QCOMPARE(c.mrzReader.parity, QStringLiteral("even"));
        QCOMPARE(c.mrzReader.stopBits, 2);
        QCOMPARE(c.defaultLanguage, QStringLiteral("ar"));
        QCOMPARE(c.sourcePath, path);
        QVERIFY(c.warnings.empty()); // "$comment" is allowed
    }

    void embeddedDefaults() {
        const SiteConfig d = SiteConfig::defaults();
        QCOMPARE(d.facility.id, QStringLiteral("local"));
        QVERIFY(d.facility.name.isEmpty());
        QVERIFY(!d.hasCentralServer());
        QVERIFY(d.pacs.isEmpty());
        QCOMPARE(SiteConfig::Pacs{}.port, 104);
        QCOMPARE(SiteConfig::Pacs{}.localAeTitle, QStringLiteral("SIJIL"));
        QVERIFY(d.video.url.isEmpty());
        QCOMPARE(d.imageCache.maxAgeDays, 30);
        QCOMPARE(d.imageCache.maxSizeGB, 20);
        QCOMPARE(d.idleLockMinutes, 5);
        // No serial MRZ reader; when one is named, 9600 8N1 as most desk readers.
        QVERIFY(d.mrzReader.serialPort.isEmpty());
        QCOMPARE(d.mrzReader.baudRate, 9600);
        QCOMPARE(d.mrzReader.dataBits, 8);
        QCOMPARE(d.mrzReader.parity, QStringLiteral("none"));
        QCOMPARE(d.mrzReader.stopBits, 1);
        QCOMPARE(d.defaultLanguage, QStringLiteral("fr"));
        QVERIFY(d.sourcePath.isEmpty());
        QVERIFY(d.warnings.empty());

        // An empty object means "all defaults"; so does a file with null values.
        for (const QByteArray& json :
             {QByteArray("{}"), QByteArray("{\"facility\": null, \"session\":\n"
                                           "                                                     "
                                           "{\"idleLockMinutes\": null}}")}) {
            const auto r = SiteConfig::fromJson(json);
            QVERIFY(r.ok());
            QCOMPARE(r->facility.id, d.facility.id);
            QCOMPARE(r->idleLockMinutes, d.idleLockMinutes);
            QCOMPARE(r->defaultLanguage, d.defaultLanguage);
            QVERIFY(r->pacs.isEmpty());
            QVERIFY(!r->hasCentralServer());
        }
    }

    void malformedJsonSaysWhere_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("garbage after the object")
            << QByteArray("{\n  \"facility\": {}\n}\n  x") << QStringLiteral("4:3");
        QTest::newRow("first line") << QByteArray("{} x") << QStringLiteral("1:4");
        // Columns count characters, as an editor shows them, not UTF-8 bytes.
        QTest::newRow("after accents") << QByteArray("{\"n\": \"é\"} x") << QStringLiteral("1:12");
    }

    void malformedJsonSaysWhere() {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto r = SiteConfig::fromJson(json, QStringLiteral("/etc/sijil/site.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("core/site-config-invalid"));
        const QString message = r.error().userMessage();
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("/etc/sijil/site.json")), qPrintable(message));
        QVERIFY2(r.error().detail().contains(where), qPrintable(r.error().detail()));
    }

    void missingCommaPointsAtTheRightLine() {
        const auto r =
            SiteConfig::fromJson("{\n  \"facility\": { \"id\": \"X\" }\n  \"pacs\": {}\n}\n");
        QVERIFY(!r.ok());
        static const QRegularExpression line3(QStringLiteral("\\b3:\\d+"));
        QVERIFY2(line3.match(r.error().userMessage()).hasMatch(),
                 qPrintable(r.error().userMessage()));
    }

    void documentMustBeAnObject_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("array of object") << QByteArray("[{\"facility\": {\"id\": \"X\"}}]");
    }

    void documentMustBeAnObject() {
        QFETCH(QByteArray, json);
        const auto r = SiteConfig::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("core/site-config-invalid"));
        QVERIFY2(r.error().userMessage().contains(QStringLiteral("objet")),
                 qPrintable(r.error().userMessage()));
    }

    void wrongFieldIsRefusedByName_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");

        QTest::newRow("http central server")
            << QByteArray("{\"centralServer\": {\"url\": \"http://dpp.example.ma/fhir\"}}")
            << QStringLiteral("centralServer.url");
        QTest::newRow("central server without host")
            << QByteArray("{\"centralServer\": {\"url\": \"https://\"}}")
            << QStringLiteral("centralServer.url");
        QTest::newRow("central server not a url")
            << QByteArray("{\"centralServer\": {\"url\": \"dpp.example.ma\"}}")
            << QStringLiteral("centralServer.url");
        QTest::newRow("cache age 0") << QByteArray("{\"imageCache\": {\"maxAgeDays\": 0}}")
                                     << QStringLiteral("imageCache.maxAgeDays");
        QTest::newRow("cache size text") << QByteArray("{\"imageCache\": {\"maxSizeGB\": \"20\"}}")
                                         << QStringLiteral("imageCache.maxSizeGB");
        QTest::newRow("port 0") << QByteArray("{\"pacs\": {\"port\": 0}}")
                                << QStringLiteral("pacs.port");
        QTest::newRow("port 70000")
            << QByteArray("{\"pacs\": {\"port\": 70000}}") << QStringLiteral("pacs.port");
        QTest::newRow("port huge")
            << QByteArray("{\"pacs\": {\"port\": 1e12}}") << QStringLiteral("pacs.port");
        QTest::newRow("port string")
            << QByteArray("{\"pacs\": {\"port\": \"abc\"}}") << QStringLiteral("pacs.port");
        QTest::newRow("port numeric string")
            << QByteArray("{\"pacs\": {\"port\": \"104\"}}") << QStringLiteral("pacs.port");
        QTest::newRow("idle 0") << QByteArray("{\"session\": {\"idleLockMinutes\": 0}}")
                                << QStringLiteral("session.idleLockMinutes");
        QTest::newRow("idle 241") << QByteArray("{\"session\": {\"idleLockMinutes\": 241}}")
                                  << QStringLiteral("session.idleLockMinutes");
        QTest::newRow("idle 1.5") << QByteArray("{\"session\": {\"idleLockMinutes\": 1.5}}")
                                  << QStringLiteral("session.idleLockMinutes");
        QTest::newRow("idle negative") << QByteArray("{\"session\": {\"idleLockMinutes\": -5}}")
                                       << QStringLiteral("session.idleLockMinutes");
        QTest::newRow("language de")
            << QByteArray("{\"defaultLanguage\": \"de\"}") << QStringLiteral("defaultLanguage");
        QTest::newRow("language upper case")
            << QByteArray("{\"defaultLanguage\": \"FR\"}") << QStringLiteral("defaultLanguage");
        QTest::newRow("ae title 17 chars")
            << QByteArray("{\"pacs\": {\"aeTitle\": \"ABCDEFGHIJKLMNOPQ\"}}")
            << QStringLiteral("pacs.aeTitle");
        QTest::newRow("local ae title backslash")
            << QByteArray("{\"pacs\": {\"localAeTitle\": \"SIJIL\\\\01\"}}")
            << QStringLiteral("pacs.localAeTitle");
        QTest::newRow("video ws") << QByteArray("{\"video\": {\"url\": \"ws://video.example.ma\"}}")
                                  << QStringLiteral("video.url");
        QTest::newRow("video https")
            << QByteArray("{\"video\": {\"url\": \"https://video.example.ma\"}}")
            << QStringLiteral("video.url");
        QTest::newRow("dicomweb ftp")
            << QByteArray("{\"pacs\": {\"dicomWebUrl\": \"ftp://pacs.local/dicom\"}}")
            << QStringLiteral("pacs.dicomWebUrl");
        QTest::newRow("facility id number")
            << QByteArray("{\"facility\": {\"id\": 12}}") << QStringLiteral("facility.id");
        QTest::newRow("facility not an object")
            << QByteArray("{\"facility\": \"CHP\"}") << QStringLiteral("facility");
        QTest::newRow("mrz baud 0") << QByteArray("{\"mrzReader\": {\"baudRate\": 0}}")
                                    << QStringLiteral("mrzReader.baudRate");
        QTest::newRow("mrz baud string") << QByteArray("{\"mrzReader\": {\"baudRate\": \"9600\"}}")
                                         << QStringLiteral("mrzReader.baudRate");
        QTest::newRow("mrz data bits 9") << QByteArray("{\"mrzReader\": {\"dataBits\": 9}}")
                                         << QStringLiteral("mrzReader.dataBits");
        QTest::newRow("mrz stop bits 3") << QByteArray("{\"mrzReader\": {\"stopBits\": 3}}")
                                         << QStringLiteral("mrzReader.stopBits");
        QTest::newRow("mrz parity N") << QByteArray("{\"mrzReader\": {\"parity\": \"N\"}}")
                                      << QStringLiteral("mrzReader.parity");
        QTest::newRow("mrz port number") << QByteArray("{\"mrzReader\": {\"serialPort\": 1}}")
                                         << QStringLiteral("mrzReader.serialPort");
        QTest::newRow("session not an object")
            << QByteArray("{\"session\": 5}") << QStringLiteral("session");
    }

    void wrongFieldIsRefusedByName() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto r = SiteConfig::fromJson(json, QStringLiteral("site.json"));
        QVERIFY2(!r.ok(), json.constData());
        QCOMPARE(r.error().code(), QByteArray("core/site-config-invalid"));
        const QString message = r.error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("« %1 »").arg(field)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("site.json")), qPrintable(message));
        QVERIFY2(r.error().detail().contains(field), qPrintable(r.error().detail()));
    }

    void boundaryValuesAreAccepted_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("idle 1") << QByteArray("{\"session\": {\"idleLockMinutes\": 1}}");
        QTest::newRow("idle 240") << QByteArray("{\"session\": {\"idleLockMinutes\": 240}}");
        QTest::newRow("port 1") << QByteArray("{\"pacs\": {\"port\": 1}}");
        QTest::newRow("port 65535") << QByteArray("{\"pacs\": {\"port\": 65535}}");
        QTest::newRow("ae title 16 chars")
            << QByteArray("{\"pacs\": {\"aeTitle\": \"ABCDEFGHIJKLMNOP\"}}");
        QTest::newRow("dicomweb http")
            << QByteArray("{\"pacs\": {\"dicomWebUrl\": \"http://p/d\"}}");
        QTest::newRow("mrz 300 5N1")
            << QByteArray("{\"mrzReader\": {\"baudRate\": 300, \"dataBits\": 5}}");
        QTest::newRow("mrz 921600 space")
            << QByteArray("{\"mrzReader\": {\"baudRate\": 921600, \"parity\": \"space\"}}");
        QTest::newRow("language en") << QByteArray("{\"defaultLanguage\": \"en\"}");
    }

    void boundaryValuesAreAccepted() {
        QFETCH(QByteArray, json);
        const auto r = SiteConfig::fromJson(json);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
    }

    void unknownKeysAreWarningsNotErrors() {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("site configuration:.*futureFeature")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "site configuration:.*facility\\.colour")));
        const auto r = SiteConfig::fromJson(
            "{\"facility\": {\"id\": \"CHP-X\", \"colour\": \"blue\"}, \"futureFeature\": true}");
        QVERIFY(r.ok());
        QCOMPARE(r->facility.id, QStringLiteral("CHP-X"));
        QCOMPARE(int(r->warnings.size()), 2);
        QStringList texts;
        for (const UserText& w : r->warnings)
            texts << w.toString();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("futureFeature")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("facility.colour")), qPrintable(all));
    }

    void missingFileIsUnreadable() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.json"));
        const auto r = SiteConfig::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("core/site-config-unreadable"));
        QVERIFY2(r.error().userMessage().contains(path), qPrintable(r.error().userMessage()));
    }

    void oversizedFileIsRefused() {
        QTemporaryDir dir;
        // Valid JSON, so only the size can be the reason.
        QByteArray big = "{\"facility\": {\"id\": \"CHP-X\"}}";
        big.append(QByteArray(1024 * 1024, ' '));
        const QString path = writeFile(dir, QStringLiteral("big.json"), big);
        QVERIFY(!path.isEmpty());
        const auto r = SiteConfig::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("core/site-config-invalid"));
        QCOMPARE(r.error().detail(), QStringLiteral("file too large"));

        // Just under the limit it loads.
        big.chop(big.size() - 1024 * 1024);
        const QString fits = writeFile(dir, QStringLiteral("fits.json"), big);
        QVERIFY(SiteConfig::load(fits).ok());
    }

    // Several PACS: an array, in the site's order, each with its own name; the DICOMweb account
    // name is read, a password never is (the key is unknown, so warned about).
    void severalPacsNodes() {
        const auto r = SiteConfig::fromJson(
            "{\"pacs\": [{\"name\": \"PACS du CHP\", \"aeTitle\": \"PACS_CHP\", "
            "\"host\": \"pacs.local\", \"port\": 11112},\n"
            "          {\"name\": \"Radiologie CHU\", \"dicomWebUrl\": "
            "\"https://chu.example.ma/dicom-web\", \"username\": \"sijil-chp\", "
            "\"password\": \"x\"}]}");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().userMessage()));
        QCOMPARE(r->pacs.size(), 2);
        QCOMPARE(r->pacs.at(0).name, QStringLiteral("PACS du CHP"));
        QCOMPARE(r->pacs.at(0).port, 11112);
        QVERIFY(r->pacs.at(0).dicomWebUrl.isEmpty());
        QCOMPARE(r->pacs.at(1).name, QStringLiteral("Radiologie CHU"));
        QVERIFY(r->pacs.at(1).aeTitle.isEmpty());
        QCOMPARE(r->pacs.at(1).username, QStringLiteral("sijil-chp"));
        QCOMPARE(r->warnings.size(), std::size_t(1));
        QVERIFY(r->warnings.front().toString().contains(QStringLiteral("pacs[1].password")));

        const auto twins = SiteConfig::fromJson(
            "{\"pacs\": [{\"name\": \"PACS\", \"aeTitle\": \"A\", \"host\": \"a\"},"
            " {\"name\": \"pacs\", \"aeTitle\": \"B\", \"host\": \"b\"}]}");
        QVERIFY(!twins.ok());
        QVERIFY2(twins.error().userMessage().contains(QStringLiteral("pacs[1].name")),
                 qPrintable(twins.error().userMessage()));
        const auto notObject = SiteConfig::fromJson("{\"pacs\": [\"PACS\"]}");
        QVERIFY(!notObject.ok());
        QVERIFY(notObject.error().userMessage().contains(QStringLiteral("pacs[0]")));
        const auto badPort =
            SiteConfig::fromJson("{\"pacs\": [{}, {\"aeTitle\": \"B\", \"port\": 0}]}");
        QVERIFY(!badPort.ok());
        QVERIFY(badPort.error().userMessage().contains(QStringLiteral("pacs[1].port")));
    }

    void toJsonRoundTrip() {
        const auto first = SiteConfig::fromJson(kFullFile, QStringLiteral("/etc/sijil/site.json"));
        QVERIFY(first.ok());
        QJsonObject json = first->toJson();
        QCOMPARE(json.value(QStringLiteral("source")).toString(),
                 QStringLiteral("/etc/sijil/site.json"));
        // "source" says where the values came from; it is output only.
        json.remove(QStringLiteral("source"));
        const auto second = SiteConfig::fromJson(QJsonDocument(json).toJson());
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().userMessage()));
        QVERIFY(second->warnings.empty());
        QCOMPARE(second->facility.id, first->facility.id);
        QCOMPARE(second->facility.name, first->facility.name);
        QCOMPARE(second->centralServer.url, first->centralServer.url);
        QCOMPARE(second->centralServer.caCertificates, first->centralServer.caCertificates);
        QCOMPARE(second->pacs.size(), first->pacs.size());
        QCOMPARE(second->pacs.at(0).aeTitle, first->pacs.at(0).aeTitle);
        QCOMPARE(second->pacs.at(0).port, first->pacs.at(0).port);
        QCOMPARE(second->pacs.at(0).dicomWebUrl, first->pacs.at(0).dicomWebUrl);
        QCOMPARE(second->video.url, first->video.url);
        QCOMPARE(second->imageCache.maxAgeDays, first->imageCache.maxAgeDays);
        QCOMPARE(second->imageCache.maxSizeGB, first->imageCache.maxSizeGB);
        QCOMPARE(second->idleLockMinutes, first->idleLockMinutes);
        QCOMPARE(second->mrzReader.serialPort, first->mrzReader.serialPort);
        QCOMPARE(second->mrzReader.baudRate, first->mrzReader.baudRate);
        QCOMPARE(second->mrzReader.dataBits, first->mrzReader.dataBits);
        QCOMPARE(second->mrzReader.parity, first->mrzReader.parity);
        QCOMPARE(second->mrzReader.stopBits, first->mrzReader.stopBits);
        QCOMPARE(second->defaultLanguage, first->defaultLanguage);

        // The embedded default survives the trip too, and says it is the default.
        QJsonObject d = SiteConfig::defaults().toJson();
        QCOMPARE(d.value(QStringLiteral("source")).toString(),
                 QStringLiteral("(embedded default)"));
        d.remove(QStringLiteral("source"));
        const auto third = SiteConfig::fromJson(QJsonDocument(d).toJson());
        QVERIFY(third.ok());
        QVERIFY(!third->hasCentralServer());
        QCOMPARE(third->facility.id, QStringLiteral("local"));
    }
    void plainHttpOnlyOnLoopback() {
        for (const char* url : {"http://127.0.0.1:8080/fhir", "http://localhost/fhir"}) {
            const auto c =
                SiteConfig::fromJson(QByteArray("{\"centralServer\": {\"url\": \"") + url + "\"}}");
            QVERIFY2(c.ok(), url);
            QCOMPARE(c->centralServer.url.toString(), QString::fromLatin1(url));
        }
        // Private addresses are networks all the same.
        const auto lan =
            SiteConfig::fromJson("{\"centralServer\": {\"url\": \"http://10.0.0.5/fhir\"}}");
        QCOMPARE(lan.error().code(), QByteArray("core/site-config-invalid"));
        const auto video =
            SiteConfig::fromJson("{\"video\": {\"url\": \"http://127.0.0.1/janus\"}}");
        QVERIFY(!video.ok());
    }
};

QTEST_GUILESS_MAIN(SiteConfigTest)
#include "tst_SiteConfig.moc"
