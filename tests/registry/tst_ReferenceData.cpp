// Reference data of registration: Morocco's 12 regions and 75 prefectures and provinces with
// French and Arabic names and a region parent, countries from iso-codes, coverage lists a site
// extends, and the communes CSV import: every refusal names its line, and a refused or failed
// import leaves the previous list as it was.
#include <sijil/registry/ReferenceData.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil;
using namespace Qt::StringLiterals;
using namespace sijil::registry;

namespace {

bool writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ReferenceData loadOrFail(const QString& dir) {
    auto r = ReferenceData::load(dir);
    if (!r.ok())
        qFatal("ReferenceData::load failed: %s", qPrintable(r.error().detail()));
    return std::move(r).value();
}

QStringList codes(const QList<CodedItem>& items) {
    QStringList out;
    for (const CodedItem& i : items)
        out << i.code;
    return out;
}

// Three communes: a BOM, a header, semicolons as a French spreadsheet writes them, CRLF line ends,
// a quoted name holding the separator and a doubled quote, a blank line, provinces given with and
// without the "MA-" prefix.
const QByteArray kGoodCsv = "\xEF\xBB\xBF"
                            "code;name_fr;name_ar;province\r\n"
                            "061101;Tahannaout;تحناوت;MA-HAO\r\n"
                            "\r\n"
                            "141201;\"Ain Chock; \"\"centre\"\"\";عين الشق;cas\r\n"
                            "091302;Sidi Bennour;سيدي بنور;MA-SIB\r\n";

const QByteArray kSiteCoverage = R"json({
    "coverageRegimes": [
        {"code": "MUTUELLE-OCP", "label": {"fr": "Mutuelle OCP", "ar": "تعاضدية"}}
    ],
    "accountingCategories": [
        {"code": "PAYANT", "label": {"fr": "Payant (caisse)", "ar": "أداء", "en": "Cash"}}
    ]
})json";

} // namespace

class ReferenceDataTest : public QObject {
    Q_OBJECT

private slots:
    void twelveRegions() {
        const ReferenceData ref = loadOrFail({});
        const QList<Subdivision> regions = ref.regions();
        QCOMPARE(regions.size(), 12);
        for (const Subdivision& r : regions) {
            QCOMPARE(r.kind, Subdivision::Kind::Region);
            QVERIFY(r.parentCode.isEmpty());
            QVERIFY2(!r.name.fr.isEmpty() && !r.name.ar.isEmpty(), qPrintable(r.code));
            QVERIFY2(r.name.ar.startsWith(QStringLiteral("جهة ")), qPrintable(r.code));
            QVERIFY2(!r.name.fr.contains(u'('),
                     qPrintable(r.name.fr)); // no "(EH-partial)"
        }
        const auto casa = ref.subdivision(QStringLiteral("MA-06"));
        QVERIFY(casa);
        QCOMPARE(casa->name.fr, QStringLiteral("Casablanca-Settat"));
        QCOMPARE(casa->name.ar, QStringLiteral("جهة الدار البيضاء-سطات"));
        QCOMPARE(ref.subdivision(QStringLiteral("MA-11"))->name.fr,
                 QStringLiteral("Laâyoune-Sakia El Hamra"));
    }

    void seventyFiveProvincesWithNamesAndRegion() {
        const ReferenceData ref = loadOrFail({});
        QSet<QString> regionCodes;
        for (const Subdivision& r : ref.regions())
            regionCodes.insert(r.code);
        const QList<Subdivision> provinces = ref.provinces();
        QCOMPARE(provinces.size(), 75);
        int prefectures = 0;
        QSet<QString> seen;
        for (const Subdivision& p : provinces) {
            QVERIFY2(!p.name.fr.isEmpty() && !p.name.ar.isEmpty(), qPrintable(p.code));
            QVERIFY2(!p.name.fr.contains(u'('), qPrintable(p.name.fr));
            QVERIFY2(regionCodes.contains(p.parentCode), qPrintable(p.code));
            QVERIFY(!seen.contains(p.code));
            seen.insert(p.code);
            if (p.kind == Subdivision::Kind::Prefecture) {
                ++prefectures;
                QVERIFY2(p.name.ar.startsWith(QStringLiteral("عمالة ")), qPrintable(p.code));
            } else {
                QCOMPARE(p.kind, Subdivision::Kind::Province);
                QVERIFY2(p.name.ar.startsWith(QStringLiteral("إقليم ")), qPrintable(p.code));
            }
        }
        QCOMPARE(prefectures, 13);

        // The provinces of each region, as decree 2-15-40 composes them, add up to
        // the 75.
        const QHash<QString, int> perRegion{{u"MA-01"_s, 8}, {u"MA-02"_s, 8}, {u"MA-03"_s, 9},
                                            {u"MA-04"_s, 7}, {u"MA-05"_s, 5}, {u"MA-06"_s, 9},
                                            {u"MA-07"_s, 8}, {u"MA-08"_s, 5}, {u"MA-09"_s, 6},
                                            {u"MA-10"_s, 4}, {u"MA-11"_s, 4}, {u"MA-12"_s, 2}};
        for (auto it = perRegion.cbegin(); it != perRegion.cend(); ++it)
            QCOMPARE(ref.provinces(it.key()).size(), it.value());

        QCOMPARE(ref.subdivision(QStringLiteral("MA-CAS"))->name.ar,
                 QStringLiteral("عمالة الدار البيضاء"));
        QCOMPARE(ref.subdivision(QStringLiteral("ma-hao"))->name.ar, QStringLiteral("إقليم الحوز"));
        QCOMPARE(ref.subdivision(QStringLiteral("MA-HAO"))->name.fr, QStringLiteral("Al Haouz"));
        // iso-codes puts these two in the wrong region; the committed corrections
        // apply.
        QCOMPARE(ref.subdivision(QStringLiteral("MA-NOU"))->parentCode, QStringLiteral("MA-06"));
        QCOMPARE(ref.subdivision(QStringLiteral("MA-CHT"))->parentCode, QStringLiteral("MA-09"));
        QCOMPARE(ref.subdivision(QStringLiteral("MA-MOH"))->name.fr, QStringLiteral("Mohammedia"));
        QVERIFY(!ref.subdivision(QStringLiteral("MA-XYZ")));
    }

    void countriesFromIsoCodes() {
        const ReferenceData ref = loadOrFail({});
        const auto morocco = ref.country(QStringLiteral("MA"));
        QVERIFY(morocco);
        QCOMPARE(morocco->name.ar, QStringLiteral("المغرب"));
        QCOMPARE(morocco->name.fr, QStringLiteral("Maroc"));
        QCOMPARE(morocco->name.en, QStringLiteral("Morocco"));
        QCOMPARE(morocco->alpha3, QStringLiteral("MAR"));
        QCOMPARE(ref.country(QStringLiteral("ma"))->alpha2, QStringLiteral("MA"));
        QCOMPARE(ref.countryByAlpha3(QStringLiteral("FRA"))->name.fr, QStringLiteral("France"));
        QCOMPARE(ref.country(QStringLiteral("DZ"))->name.ar, QStringLiteral("الجزائر"));
        // The short name where iso-codes has one, not "Bolivie, état plurinational de".
        QCOMPARE(ref.country(QStringLiteral("BO"))->name.fr, QStringLiteral("Bolivie"));
        // Untranslated by iso-codes: from the committed fixes.
        QCOMPARE(ref.country(QStringLiteral("TR"))->name.ar, QStringLiteral("تركيا"));
        QVERIFY(!ref.country(QStringLiteral("XX")));

        const QList<Country> all = ref.countries();
        // iso-codes' 249 entries, less Western Sahara: the Southern Provinces are Morocco here.
        QVERIFY(all.size() >= 248);
        QVERIFY(!ref.country(QStringLiteral("EH")));
        for (const Country& c : all) {
            QVERIFY2(c.alpha2.size() == 2 && c.alpha3.size() == 3, qPrintable(c.alpha2));
            QVERIFY2(!c.name.fr.isEmpty() && !c.name.ar.isEmpty() && !c.name.en.isEmpty(),
                     qPrintable(c.alpha2));
        }
    }

    void labelFallsBackOnFrench() {
        const Labels full{QStringLiteral("Payant"), QStringLiteral("أداء مباشر"),
                          QStringLiteral("Self-paying")};
        QCOMPARE(ReferenceData::label(full, QLocale::French), full.fr);
        QCOMPARE(ReferenceData::label(full, QLocale::Arabic), full.ar);
        QCOMPARE(ReferenceData::label(full, QLocale::English), full.en);
        QCOMPARE(ReferenceData::label(full, QLocale::German), full.fr);
        const Labels frenchOnly{QStringLiteral("Tahannaout"), {}, {}};
        QCOMPARE(ReferenceData::label(frenchOnly, QLocale::Arabic), frenchOnly.fr);
        QCOMPARE(ReferenceData::label(frenchOnly, QLocale::English), frenchOnly.fr);
    }

    void builtInCoverageLists() {
        const ReferenceData ref = loadOrFail({});
        QCOMPARE(codes(ref.coverageRegimes()),
                 QStringList({u"AMO-CNSS"_s, u"AMO-CNOPS"_s, u"AMO-TADAMON"_s, u"AMO-TNS"_s,
                              u"FAR"_s, u"PRIVATE"_s, u"NONE"_s}));
        QCOMPARE(codes(ref.accountingCategories()),
                 QStringList({u"PAYANT"_s, u"TIERS-PAYANT"_s, u"GRATUIT"_s, u"URGENCE"_s,
                              u"CONVENTION"_s}));
        for (const CodedItem& i : ref.coverageRegimes() + ref.accountingCategories())
            QVERIFY2(!i.label.fr.isEmpty() && !i.label.ar.isEmpty() && !i.label.en.isEmpty(),
                     qPrintable(i.code));
        QCOMPARE(ref.coverageRegime(QStringLiteral("AMO-TADAMON"))->label.fr,
                 QStringLiteral("AMO Tadamon"));
        QVERIFY(!ref.accountingCategory(QStringLiteral("AMO-TADAMON")));
    }

    void siteExtensionMerges() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"coverage.json"_s), kSiteCoverage));
        const ReferenceData ref = loadOrFail(dir.path());
        const QList<CodedItem> regimes = ref.coverageRegimes();
        QCOMPARE(regimes.size(), 8);
        QCOMPARE(regimes.first().code, QStringLiteral("AMO-CNSS"));
        QCOMPARE(regimes.last().code, QStringLiteral("MUTUELLE-OCP"));
        QCOMPARE(ReferenceData::label(regimes.last().label, QLocale::English),
                 QStringLiteral("Mutuelle OCP"));
        const QList<CodedItem> categories = ref.accountingCategories();
        QCOMPARE(categories.size(), 5);
        QCOMPARE(categories.first().code,
                 QStringLiteral("PAYANT")); // relabelled in place
        QCOMPARE(categories.first().label.fr, QStringLiteral("Payant (caisse)"));
        QCOMPARE(categories.first().label.en, QStringLiteral("Cash"));
    }

    void invalidSiteExtensionIsRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{ \"coverageRegimes\": [");
        QTest::newRow("no French label")
            << QByteArray(R"json({"coverageRegimes": [{"code": "X", "label": {"ar": "س"}}]})json");
        QTest::newRow("no code") << QByteArray(
            R"json({"coverageRegimes": [{"label": {"fr": "X"}}]})json");
        QTest::newRow("code twice") << QByteArray(
            R"json({"accountingCategories": [{"code": "X", "label": {"fr": "X"}},
                                         {"code": "X", "label": {"fr": "Y"}}]})json");
        QTest::newRow("no list") << QByteArray(R"json({"regimes": []})json");
    }

    void invalidSiteExtensionIsRefused() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"coverage.json"_s), content));
        const auto r = ReferenceData::load(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("registry/site-coverage-invalid"));
        QVERIFY(r.error().userMessage().contains(dir.filePath(u"coverage.json"_s)));
    }

    void importCommunes() {
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        QVERIFY(writeFile(dir.filePath(u"communes.csv"_s), kGoodCsv));
        const auto n = ReferenceData::importCommunes(dir.filePath(u"communes.csv"_s), site);
        QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().userMessage()));
        QCOMPARE(*n, 3);

        const ReferenceData ref = loadOrFail(site);
        QCOMPARE(ref.communes().size(), 3);
        const QList<Commune> haouz = ref.communes(QStringLiteral("MA-HAO"));
        QCOMPARE(haouz.size(), 1);
        QCOMPARE(haouz.first().code, QStringLiteral("061101"));
        QCOMPARE(haouz.first().name.ar, QStringLiteral("تحناوت"));
        const QList<Commune> casa = ref.communes(QStringLiteral("MA-CAS"));
        QCOMPARE(casa.size(), 1);
        QCOMPARE(casa.first().name.fr, QStringLiteral("Ain Chock; \"centre\""));

        // The free-text rule: spelling variants match, unknown names and other
        // provinces do not.
        QVERIFY(ref.isKnownCommune(QStringLiteral("  sidi-BENNOUR ")));
        QVERIFY(ref.isKnownCommune(QStringLiteral("سيدي بنور"), QStringLiteral("MA-SIB")));
        QVERIFY(ref.isKnownCommune(QStringLiteral("Tahânnaout")));
        QVERIFY(!ref.isKnownCommune(QStringLiteral("Sidi Bennour"), QStringLiteral("MA-HAO")));
        QVERIFY(!ref.isKnownCommune(QStringLiteral("Tahannaoute")));
        QVERIFY(!ref.isKnownCommune(QString()));
        QCOMPARE(ref.findCommune(QStringLiteral("تحناوت"))->code, QStringLiteral("061101"));
    }

    // What other spreadsheets and old systems write: line ends of a carriage return alone (classic
    // Mac OS), a header whose first title only starts with "code", a quoted name spanning lines.
    void importCommunesOtherLineEndsAndSpanningCells() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"cr.csv"_s),
                          "Code commune;nom;الاسم;province\r"
                          "061101;Tahannaout;تحناوت;MA-HAO\r\r"
                          "091302;\"Sidi\rBennour\";سيدي بنور;MA-SIB\r"));
        const auto n = ReferenceData::importCommunes(dir.filePath(u"cr.csv"_s), dir.path());
        QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().userMessage()));
        QCOMPARE(*n, 2);
        const ReferenceData ref = loadOrFail(dir.path());
        QCOMPARE(ref.communes(QStringLiteral("MA-SIB")).value(0).name.fr, u"Sidi Bennour"_s);
    }

    void arabicSpellingVariantsMatch() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"c.csv"_s), "1,Ifrane,إفران,MA-IFR\n"
                                                    "2,Aït Ourir,آيت أورير,MA-HAO\n"
                                                    "3,Tamesna,تامسنا,MA-SKH\n"));
        QVERIFY(ReferenceData::importCommunes(dir.filePath(u"c.csv"_s), dir.path()).ok());
        const ReferenceData ref = loadOrFail(dir.path());
        QVERIFY(ref.isKnownCommune(QStringLiteral("افران")));     // hamza dropped
        QVERIFY(ref.isKnownCommune(QStringLiteral("إفْران")));     // with a sukun
        QVERIFY(ref.isKnownCommune(QStringLiteral("ايت اورير"))); // madda and hamza dropped
        QVERIFY(ref.isKnownCommune(QStringLiteral("Ait Ourir")));
        QVERIFY(ref.isKnownCommune(QStringLiteral("تامسـنا"))); // tatweel
        QVERIFY(!ref.isKnownCommune(QStringLiteral("تمارة")));
    }

    void importRefusesBadLines_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown province")
            << QByteArray("code,name_fr,name_ar,province\n1,Tahannaout,تحناوت,MA-HAO\n"
                          "2,Nulle part,لا مكان,MA-ZZZ\n")
            << QByteArray("registry/communes-unknown-province") << 3 << u"MA-ZZZ"_s;
        QTest::newRow("a region is not a province")
            << QByteArray("1,Tahannaout,تحناوت,MA-07\n")
            << QByteArray("registry/communes-unknown-province") << 1 << u"MA-07"_s;
        QTest::newRow("missing French name")
            << QByteArray("1,Tahannaout,تحناوت,MA-HAO\n2,  ,أمزميز,MA-HAO\n")
            << QByteArray("registry/communes-missing-name") << 2 << u"français"_s;
        QTest::newRow("missing Arabic name")
            << QByteArray("1,Tahannaout,,MA-HAO\n") << QByteArray("registry/communes-missing-name")
            << 1 << u"arabe"_s;
        QTest::newRow("missing code")
            << QByteArray("1,Tahannaout,تحناوت,MA-HAO\n\n,Amizmiz,أمزميز,MA-HAO\n")
            << QByteArray("registry/communes-missing-code") << 3 << u""_s;
        QTest::newRow("duplicate code")
            << QByteArray("code;fr;ar;province\n7;Tahannaout;تحناوت;MA-HAO\n8;Amizmiz;"
                          "أمزميز;MA-HAO\n"
                          "7;Asni;أسني;MA-HAO\n")
            << QByteArray("registry/communes-duplicate-code") << 4 << u"ligne 2"_s;
        QTest::newRow("three columns")
            << QByteArray("1,Tahannaout,تحناوت,MA-HAO\n2,Amizmiz,MA-HAO\n")
            << QByteArray("registry/communes-columns") << 2 << u"3 colonne"_s;
        QTest::newRow("unclosed quote")
            << QByteArray("1,Tahannaout,تحناوت,MA-HAO\n2,\"Amizmiz,أمزميز,MA-HAO\n")
            << QByteArray("registry/communes-quote") << 2 << u""_s;
        QTest::newRow("header not starting with code")
            << QByteArray("\n commune;nom;الاسم;province\n1;Tahannaout;تحناوت;MA-HAO\n")
            << QByteArray("registry/communes-header") << 2 << u"« code »"_s;
        QTest::newRow("CR line ends")
            << QByteArray(
                   "1,Tahannaout,تحناوت,MA-HAO\r2,Amizmiz,أمزميز,MA-HAO\r3,Asni,أسني,MA-ZZZ\r")
            << QByteArray("registry/communes-unknown-province") << 3 << u"MA-ZZZ"_s;
        QTest::newRow("after a cell spanning lines")
            << QByteArray("1,\"Ait\r\nOurir\",آيت أورير,MA-HAO\n2,Amizmiz,أمزميز,MA-ZZZ\n")
            << QByteArray("registry/communes-unknown-province") << 3 << u"MA-ZZZ"_s;
        QTest::newRow("not UTF-8 after CR line ends")
            << QByteArray("1,Tahannaout,تحناوت,MA-HAO\r2,F\xe8s,\xd5\xc7\xd3,MA-FES\r")
            << QByteArray("registry/communes-encoding") << 2 << u"UTF-8"_s;
        QTest::newRow("not UTF-8")
            << QByteArray("1,Tahannaout,تحناوت,MA-HAO\n2,F\xe8s,\xd5\xc7\xd3,MA-FES\n")
            << QByteArray("registry/communes-encoding") << 2 << u"UTF-8"_s;
    }

    void importRefusesBadLines() {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, code);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"c.csv"_s), csv));
        const auto r = ReferenceData::importCommunes(dir.filePath(u"c.csv"_s), dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), code);
        const QString message = r.error().userMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Ligne %1 :").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY(!QFile::exists(dir.filePath(u"communes.json"_s)));
    }

    void importRefusesEmptyOrMissingFile() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"empty.csv"_s), "code,name_fr,name_ar,province\n\n"));
        const auto empty = ReferenceData::importCommunes(dir.filePath(u"empty.csv"_s), dir.path());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code(), QByteArray("registry/communes-empty"));
        const auto missing = ReferenceData::importCommunes(dir.filePath(u"nope.csv"_s), dir.path());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), QByteArray("registry/communes-unreadable"));
        QVERIFY(!QFile::exists(dir.filePath(u"communes.json"_s)));
    }

    void refusedImportKeepsPreviousCommunes() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"good.csv"_s), kGoodCsv));
        QVERIFY(ReferenceData::importCommunes(dir.filePath(u"good.csv"_s), dir.path()).ok());
        const QByteArray before = readFile(dir.filePath(u"communes.json"_s));
        QVERIFY(!before.isEmpty());

        // A bad line at the end: the good lines before it are not written either.
        QVERIFY(writeFile(dir.filePath(u"bad.csv"_s),
                          "9,Amizmiz,أمزميز,MA-HAO\n10,Asni,أسني,MA-HAO\n"
                          "11,Ouirgane,ويركان,MA-ZZZ\n"));
        QVERIFY(!ReferenceData::importCommunes(dir.filePath(u"bad.csv"_s), dir.path()).ok());
        QCOMPARE(readFile(dir.filePath(u"communes.json"_s)), before);
        QCOMPARE(loadOrFail(dir.path()).communes().size(), 3);

        // A good import replaces the list whole and leaves no temporary file behind.
        QVERIFY(writeFile(dir.filePath(u"next.csv"_s), "9,Amizmiz,أمزميز,MA-HAO\n"));
        QCOMPARE(*ReferenceData::importCommunes(dir.filePath(u"next.csv"_s), dir.path()), 1);
        const ReferenceData ref = loadOrFail(dir.path());
        QCOMPARE(ref.communes().size(), 1);
        QCOMPARE(ref.communes().first().code, QStringLiteral("9"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList({u"bad.csv"_s, u"communes.json"_s, u"good.csv"_s, u"next.csv"_s}));
    }

    void failedWriteKeepsPreviousCommunes() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"good.csv"_s), kGoodCsv));
        // The site folder is a file: nothing can be written there, and nothing breaks.
        QVERIFY(writeFile(dir.filePath(u"site"_s), "not a folder"));
        const auto r =
            ReferenceData::importCommunes(dir.filePath(u"good.csv"_s), dir.filePath(u"site"_s));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("registry/communes-write"));
        QCOMPARE(readFile(dir.filePath(u"site"_s)), QByteArray("not a folder"));
    }

    void corruptCommunesFileIsRefusedAtLoad() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"communes.json"_s), "{\"communes\": [{\"code\": \"1\"}]}"));
        auto r = ReferenceData::load(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("registry/communes-corrupt"));
        // A province that is not one (edited by hand) is refused too.
        const QByteArray regionAsProvince =
            R"json({"communes": [{"code": "1", "name": {"fr": "A", "ar": "ب"},
                                            "province": "MA-06"}]})json";
        QVERIFY(writeFile(dir.filePath(u"communes.json"_s), regionAsProvince));
        r = ReferenceData::load(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QByteArray("registry/communes-corrupt"));
    }

    void withoutSiteFolderOnlyBuiltIns() {
        const ReferenceData ref = loadOrFail({});
        QVERIFY(ref.communes().isEmpty());
        QVERIFY(!ref.isKnownCommune(QStringLiteral("Tahannaout")));
        QCOMPARE(ref.coverageRegimes().size(), 7);
    }

    // The build-time generator refuses Arabic names that do not match iso-codes' codes.
    void generatorRefusesMismatchedArabicNames_data() {
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("added");
        QTest::addColumn<QString>("expected");
        QTest::newRow("code without its Arabic name") << u"MA-HAO"_s << u""_s << u"MA-HAO"_s;
        QTest::newRow("Arabic name for an unknown code") << u""_s << u"MA-XYZ"_s << u"MA-XYZ"_s;
    }

    void generatorRefusesMismatchedArabicNames() {
        QFETCH(QString, removed);
        QFETCH(QString, added);
        QFETCH(QString, expected);
        const QString src = QStringLiteral(SIJIL_REFDATA_SOURCE_DIR);
        QJsonObject arabic =
            QJsonDocument::fromJson(readFile(src + u"/ma_subdivisions_ar.json"_s)).object();
        QVERIFY(arabic.contains(QStringLiteral("MA-HAO")));
        if (!removed.isEmpty())
            arabic.remove(removed);
        if (!added.isEmpty())
            arabic.insert(added, QStringLiteral("إقليم س"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"ar.json"_s), QJsonDocument(arabic).toJson()));

        const auto run = [&](const QString& arabicPath) {
            QProcess p;
            p.start(QStringLiteral(SIJIL_PYTHON),
                    {src + u"/gen_ma_subdivisions.py"_s, u"--iso-json"_s,
                     QStringLiteral(SIJIL_ISO_3166_2_JSON), u"--arabic"_s, arabicPath, u"--fixes"_s,
                     src + u"/ma_subdivisions_fixes.json"_s, u"--output"_s,
                     dir.filePath(u"out.json"_s)});
            p.waitForFinished(60000);
            return std::pair{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                             QString::fromUtf8(p.readAllStandardError())};
        };
        const auto [code, stderrText] = run(dir.filePath(u"ar.json"_s));
        QVERIFY2(code == 1, qPrintable(stderrText));
        QVERIFY2(stderrText.contains(expected), qPrintable(stderrText));
        QVERIFY(!QFile::exists(dir.filePath(u"out.json"_s)));
        // The committed file passes: the refusal above is about the change alone.
        const auto [okCode, okText] = run(src + u"/ma_subdivisions_ar.json"_s);
        QVERIFY2(okCode == 0, qPrintable(okText));
        QVERIFY(QFile::exists(dir.filePath(u"out.json"_s)));
    }
};

QTEST_GUILESS_MAIN(ReferenceDataTest)
#include "tst_ReferenceData.moc"
