// Every normalisation and variant rule of Moroccan names, one table row per rule.
#include <sijil/registry/NameNormalizer.h>

#include <QtTest>

using sijil::registry::NameNormalizer;

class NameNormalizerTest : public QObject {
    Q_OBJECT

private slots:
    void arabic_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("hamza above alef") << QStringLiteral("أحمد") << QStringLiteral("احمد");
        QTest::newRow("hamza below alef") << QStringLiteral("إدريس") << QStringLiteral("ادريس");
        QTest::newRow("madda") << QStringLiteral("آمنة") << QStringLiteral("امنه");
        QTest::newRow("wasla") << QStringLiteral("ٱلحسن") << QStringLiteral("الحسن");
        QTest::newRow("hamza on waw") << QStringLiteral("مؤمن") << QStringLiteral("مومن");
        QTest::newRow("hamza on yaa") << QStringLiteral("عائشة") << QStringLiteral("عايشه");
        QTest::newRow("taa marbuta") << QStringLiteral("فاطمة") << QStringLiteral("فاطمه");
        QTest::newRow("alef maqsura") << QStringLiteral("مصطفى") << QStringLiteral("مصطفي");
        QTest::newRow("harakat") << QStringLiteral("مُحَمَّد") << QStringLiteral("محمد");
        QTest::newRow("tanwin") << QStringLiteral("سعيدٌ") << QStringLiteral("سعيد");
        QTest::newRow("superscript alef") << QStringLiteral("رحمٰن") << QStringLiteral("رحمن");
        QTest::newRow("tatweel") << QStringLiteral("محـــمد") << QStringLiteral("محمد");
        QTest::newRow("persian kaf and yeh") << QStringLiteral("کریم") << QStringLiteral("كريم");
        QTest::newRow("spaces and hyphen")
            << QStringLiteral("  بن -  علي ") << QStringLiteral("بن علي");
    }
    void arabic() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(NameNormalizer::normalizeArabic(in), out);
        QCOMPARE(NameNormalizer::normalize(in), out);
    }

    void latin_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("accents") << QStringLiteral("Aït Saïd Hélène")
                                 << QStringLiteral("ait said helene");
        QTest::newRow("case") << QStringLiteral("EL FASSI") << QStringLiteral("el fassi");
        QTest::newRow("hyphen") << QStringLiteral("Ben-Ali") << QStringLiteral("ben ali");
        QTest::newRow("apostrophe") << QStringLiteral("Ma'rouf") << QStringLiteral("ma rouf");
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("Ma’rouf") << QStringLiteral("ma rouf");
        QTest::newRow("ligature") << QStringLiteral("Œuvre") << QStringLiteral("oeuvre");
        QTest::newRow("cedilla") << QStringLiteral("François") << QStringLiteral("francois");
        QTest::newRow("spaces") << QStringLiteral("  El   Idrissi ")
                                << QStringLiteral("el idrissi");
    }
    void latin() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(NameNormalizer::normalizeLatin(in), out);
    }

    void particlesAreSeparableTokens_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("el glued") << QStringLiteral("Elidrissi")
                                  << QStringList{QStringLiteral("el"), QStringLiteral("idrissi"),
                                                 QStringLiteral("elidrissi")};
        QTest::newRow("el apart") << QStringLiteral("El Idrissi")
                                  << QStringList{QStringLiteral("el"), QStringLiteral("idrissi"),
                                                 QStringLiteral("elidrissi")};
        QTest::newRow("ben glued") << QStringLiteral("Benali")
                                   << QStringList{QStringLiteral("ben"), QStringLiteral("ali")};
        QTest::newRow("ibn") << QStringLiteral("Ibn Battouta")
                             << QStringList{QStringLiteral("ibn"), QStringLiteral("ibnbattouta")};
        QTest::newRow("ait accented") << QStringLiteral("Aït Ahmed")
                                      << QStringList{QStringLiteral("ait"), QStringLiteral("ahmed"),
                                                     QStringLiteral("aitahmed")};
        QTest::newRow("ou apart") << QStringLiteral("Ou Ali")
                                  << QStringList{QStringLiteral("ou"), QStringLiteral("ouali")};
        QTest::newRow("arabic article")
            << QStringLiteral("الإدريسي")
            << QStringList{QStringLiteral("الادريسي"), QStringLiteral("ادريسي")};
        QTest::newRow("bel apart")
            << QStringLiteral("Bel Haj")
            << QStringList{QStringLiteral("bel"), QStringLiteral("haj"), QStringLiteral("belhaj")};
        QTest::newRow("bel hyphen") << QStringLiteral("Bel-Kadi")
                                    << QStringList{QStringLiteral("bel"), QStringLiteral("kadi"),
                                                   QStringLiteral("belkadi")};
        QTest::newRow("arabic ben") << QStringLiteral("بن علي")
                                    << QStringList{QStringLiteral("بن"), QStringLiteral("بنعلي")};
    }
    void particlesAreSeparableTokens() {
        QFETCH(QString, name);
        QFETCH(QStringList, mustContain);
        const QStringList tokens = NameNormalizer::tokens(name);
        for (const QString& t : mustContain)
            QVERIFY2(tokens.contains(t),
                     qPrintable(tokens.join(u',') + QStringLiteral(" lacks ") + t));
    }

    void wordsThatOnlyLookLikeParticlesStayWhole() {
        // "Ou" never splits a glued word: Oussama is not "ou" + "ssama".
        QCOMPARE(NameNormalizer::tokens(QStringLiteral("Oussama")),
                 QStringList{QStringLiteral("oussama")});
        // Too short a remainder: "Alia" stays one token.
        QCOMPARE(NameNormalizer::tokens(QStringLiteral("Alia")),
                 QStringList{QStringLiteral("alia")});
        // "Bel" is split off no glued word: Belkis (Balqis) and Belinda are no "bel" + name.
        QCOMPARE(NameNormalizer::tokens(QStringLiteral("Belkis")),
                 QStringList{QStringLiteral("belkis")});
        QCOMPARE(NameNormalizer::tokens(QStringLiteral("Belhaj")),
                 QStringList{QStringLiteral("belhaj")});
    }

    void particlesAreKnownInEitherScript_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("particle");
        for (const char* w : {"El", "al", "AL", "ال"})
            QTest::newRow(w) << QString::fromUtf8(w) << QStringLiteral("el");
        for (const char* w : {"Ben", "ibn", "bent", "بن", "ابن", "بنت"})
            QTest::newRow(w) << QString::fromUtf8(w) << QStringLiteral("ben");
        for (const char* w : {"Aït", "ait", "ou", "ايت", "أو"})
            QTest::newRow(w) << QString::fromUtf8(w) << QStringLiteral("ait");
        for (const char* w : {"ould", "Oulad", "أولاد"})
            QTest::newRow(w) << QString::fromUtf8(w) << QStringLiteral("oulad");
        QTest::newRow("Bel") << QStringLiteral("Bel") << QStringLiteral("bel");
        // Names, even those that sound like a particle or begin with one.
        for (const char* w :
             {"Ali", "Ouali", "Alaoui", "Benali", "Aly", "Belhaj", "Bella", "علي", "العلوي", ""})
            QTest::newRow(w) << QString::fromUtf8(w) << QString();
    }
    void particlesAreKnownInEitherScript() {
        QFETCH(QString, word);
        QFETCH(QString, particle);
        QCOMPARE(NameNormalizer::particle(word), particle);
    }

    void variantsShareAKey_data() {
        QTest::addColumn<QStringList>("spellings");
        QTest::newRow("Mohamed") << QStringList{
            QStringLiteral("Mohamed"), QStringLiteral("Mohammed"), QStringLiteral("Mohamad"),
            QStringLiteral("Mhamed"),  QStringLiteral("Mouhamad"), QStringLiteral("Muhammad"),
            QStringLiteral("محمد"),    QStringLiteral("مُحَمَّد")};
        QTest::newRow("Youssef") << QStringList{QStringLiteral("Youssef"), QStringLiteral("Yousef"),
                                                QStringLiteral("Youssouf"), QStringLiteral("Yusuf"),
                                                QStringLiteral("يوسف")};
        QTest::newRow("Fatima") << QStringList{QStringLiteral("Fatima"), QStringLiteral("Fatema"),
                                               QStringLiteral("Fatimah"), QStringLiteral("فاطمة")};
        QTest::newRow("Khadija") << QStringList{
            QStringLiteral("Khadija"), QStringLiteral("Khadidja"), QStringLiteral("Khadeeja"),
            QStringLiteral("خديجة")};
        QTest::newRow("Aicha") << QStringList{QStringLiteral("Aicha"), QStringLiteral("Aïcha"),
                                              QStringLiteral("Aisha"), QStringLiteral("عائشة")};
        QTest::newRow("Mustapha") << QStringList{
            QStringLiteral("Mustapha"), QStringLiteral("Mostafa"), QStringLiteral("Moustafa"),
            QStringLiteral("مصطفى")};
        QTest::newRow("Hassan") << QStringList{QStringLiteral("Hassan"), QStringLiteral("Hasan"),
                                               QStringLiteral("حسن")};
        QTest::newRow("Rachid") << QStringList{QStringLiteral("Rachid"), QStringLiteral("Rachide"),
                                               QStringLiteral("Rashid"), QStringLiteral("رشيد")};
        QTest::newRow("Othmane") << QStringList{QStringLiteral("Othmane"), QStringLiteral("Otmane"),
                                                QStringLiteral("Outhmane"),
                                                QStringLiteral("عثمان")};
        QTest::newRow("Zineb") << QStringList{QStringLiteral("Zineb"), QStringLiteral("Zaynab"),
                                              QStringLiteral("Zeineb"), QStringLiteral("زينب")};
        QTest::newRow("Ghita") << QStringList{QStringLiteral("Ghita"), QStringLiteral("Ghitah"),
                                              QStringLiteral("غيثة")};
        QTest::newRow("Said") << QStringList{QStringLiteral("Said"), QStringLiteral("Saïd"),
                                             QStringLiteral("Saeed"), QStringLiteral("سعيد")};
    }
    void variantsShareAKey() {
        QFETCH(QStringList, spellings);
        const QString key = NameNormalizer::phoneticKey(spellings.first());
        QVERIFY(!key.isEmpty());
        for (const QString& s : spellings)
            QVERIFY2(NameNormalizer::phoneticKey(s) == key,
                     qPrintable(s + QStringLiteral(" -> ") + NameNormalizer::phoneticKey(s) +
                                QStringLiteral(" vs ") + key));
    }

    void differentNamesDoNotShareAKey() {
        const QStringList names{
            QStringLiteral("Mohamed"), QStringLiteral("Ahmed"),   QStringLiteral("Hamid"),
            QStringLiteral("Youssef"), QStringLiteral("Yassine"), QStringLiteral("Fatima"),
            QStringLiteral("Fatiha"),  QStringLiteral("Karim"),   QStringLiteral("Khalid"),
            QStringLiteral("Said"),    QStringLiteral("Samir"),   QStringLiteral("Nadia"),
            QStringLiteral("Naima"),   QStringLiteral("Rachid"),  QStringLiteral("Hicham"),
            QStringLiteral("Hakim")};
        QSet<QString> keys;
        for (const QString& n : names)
            keys.insert(NameNormalizer::phoneticKey(n));
        QCOMPARE(keys.size(), names.size());
    }

    // A consonant skeleton cannot tell these apart. The scorer also compares Latin spellings, which
    // separates Mohamed from Mahmoud (see tst_MatchScorer); the others stay to the other fields.
    void knownSkeletonCollisions_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("Mohamed Mahmoud") << QStringLiteral("Mohamed") << QStringLiteral("Mahmoud");
        QTest::newRow("Said Saad") << QStringLiteral("Said") << QStringLiteral("Saad");
        QTest::newRow("Rachid Rachida") << QStringLiteral("Rachid") << QStringLiteral("Rachida");
    }
    void knownSkeletonCollisions() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(NameNormalizer::phoneticKey(a), NameNormalizer::phoneticKey(b));
    }

    void wholeNamesCompareAcrossParticlesAndScripts_data() {
        QTest::addColumn<QStringList>("spellings");
        QTest::newRow("El Idrissi") << QStringList{
            QStringLiteral("El Idrissi"), QStringLiteral("Elidrissi"), QStringLiteral("Al Idrissi"),
            QStringLiteral("El-Idrissi"), QStringLiteral("الإدريسي")};
        QTest::newRow("Ben Ali") << QStringList{QStringLiteral("Ben Ali"), QStringLiteral("Benali"),
                                                QStringLiteral("Ibn Ali"),
                                                QStringLiteral("بن علي")};
        QTest::newRow("Ait Ahmed") << QStringList{
            QStringLiteral("Aït Ahmed"), QStringLiteral("Ait Ahmed"), QStringLiteral("Ou Ahmed"),
            QStringLiteral("Aitahmed"), QStringLiteral("آيت أحمد")};
        QTest::newRow("Abdelkader")
            << QStringList{QStringLiteral("Abdelkader"), QStringLiteral("Abd El Kader"),
                           QStringLiteral("Abdelqader"), QStringLiteral("عبد القادر")};
        QTest::newRow("Abdellah") << QStringList{
            QStringLiteral("Abdellah"), QStringLiteral("Abdallah"), QStringLiteral("Abdella"),
            QStringLiteral("عبد الله")};
        // Bel (Ben el-) is its own particle, written apart or glued, in either script.
        QTest::newRow("Belhaj") << QStringList{QStringLiteral("Bel Haj"), QStringLiteral("Belhaj"),
                                               QStringLiteral("Bel-Haj"), QStringLiteral("بلحاج")};
        QTest::newRow("El Fassi") << QStringList{
            QStringLiteral("El Fassi"), QStringLiteral("Elfassi"), QStringLiteral("الفاسي")};
    }
    void wholeNamesCompareAcrossParticlesAndScripts() {
        QFETCH(QStringList, spellings);
        const QString key = NameNormalizer::nameKey(spellings.first());
        for (const QString& s : spellings)
            QVERIFY2(NameNormalizer::nameKey(s) == key,
                     qPrintable(s + QStringLiteral(" -> ") + NameNormalizer::nameKey(s) +
                                QStringLiteral(" vs ") + key));
    }
};

QTEST_GUILESS_MAIN(NameNormalizerTest)
#include "tst_NameNormalizer.moc"
