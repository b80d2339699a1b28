// The ICAO 9303 machine-readable zone: the specimens of the standard, a Moroccan CNIE, and every
// way a zone can be misread.
#include "IcaoCheckDigit.h"

#include <sijil/identity/MrzParser.h>

#include <QtTest>

using namespace sijil;
using identity::MrzData;
using identity::MrzParser;
using Format = MrzData::Format;
using namespace Qt::StringLiterals;

namespace {

QString digit(const QString& text) {
    return test::icaoCheckDigit(text);
}

QString pad(const QString& text, int width) {
    return text.leftJustified(width, u'<', true);
}

// A passport zone with correct check digits; each field as printed, padded here.
struct Td3 {
    QString code = QStringLiteral("P");
    QString state = QStringLiteral("UTO");
    QString name = QStringLiteral("ERIKSSON<<ANNA<MARIA");
    QString number = QStringLiteral("L898902C3");
    QString nationality = QStringLiteral("UTO");
    QString birth = QStringLiteral("740812");
    QString sex = QStringLiteral("F");
    QString expiry = QStringLiteral("120415");
    QString optional = QStringLiteral("ZE184226B");

    [[nodiscard]] QString text() const {
        const QString l1 = pad(code, 2) + pad(state, 3) + pad(name, 39);
        const QString n = pad(number, 9) + digit(pad(number, 9));
        const QString b = birth + digit(birth);
        const QString e = expiry + digit(expiry);
        const QString o = pad(optional, 14) + digit(pad(optional, 14));
        const QString l2 = n + pad(nationality, 3) + b + sex + e + o + digit(n + b + e + o);
        return l1 + u'\n' + l2;
    }
};

// An ID card zone with correct check digits; a number longer than 9 overflows into optional1.
struct Td1 {
    QString code = QStringLiteral("I");
    QString state = QStringLiteral("UTO");
    QString number = QStringLiteral("D23145890");
    QString optional1;
    QString birth = QStringLiteral("740812");
    QString sex = QStringLiteral("F");
    QString expiry = QStringLiteral("120415");
    QString nationality = QStringLiteral("UTO");
    QString optional2;
    QString name = QStringLiteral("ERIKSSON<<ANNA<MARIA");

    [[nodiscard]] QString text() const {
        QString numberPart;
        if (number.size() <= 9)
            numberPart = pad(number, 9) + digit(pad(number, 9)) + pad(optional1, 15);
        else
            numberPart = number.first(9) + u'<' +
                         pad(number.sliced(9) + digit(number) + u'<' + optional1, 15);
        const QString l1 = pad(code, 2) + pad(state, 3) + numberPart;
        const QString b = birth + digit(birth);
        const QString e = expiry + digit(expiry);
        const QString o2 = pad(optional2, 11);
        const QString composite = digit(numberPart + b + e + o2);
        const QString l2 = b + sex + e + pad(nationality, 3) + o2 + composite;
        return l1 + u'\n' + l2 + u'\n' + pad(name, 30);
    }
};

QString replaced(QString text, int line, int column, QChar c) {
    const QStringList lines = text.split(u'\n');
    qsizetype offset = 0;
    for (int l = 1; l < line; ++l)
        offset += lines.at(l - 1).size() + 1;
    text[offset + column - 1] = c;
    return text;
}

// What a valid zone must decode to.
struct Expected {
    Format format = Format::TD3;
    QString code;
    QString state;
    QString number;
    QString optional1;
    QString optional2;
    QString family;
    QString given;
    QString nationality;
    QString birth; // PartialDate::toIso()
    QString sex;   // core::sexCode()
    QDate expiry;
    QString personal;
};

const QDate kToday(2025, 6, 15);

const QString kTd3Specimen = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                            "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QString kTd2Specimen = QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
                                            "D231458907UTO7408122F1204159<<<<<<<6");
const QString kTd1Specimen = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                            "7408122F1204159UTO<<<<<<<<<<<6\n"
                                            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");

} // namespace

Q_DECLARE_METATYPE(Expected)

class MrzParserTest : public QObject {
    Q_OBJECT

private slots:
    void checkDigit_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        // Values printed in the ICAO 9303 specimens.
        QTest::newRow("passport number") << "L898902C3" << 6;
        QTest::newRow("birth date") << "740812" << 2;
        QTest::newRow("expiry date") << "120415" << 9;
        QTest::newRow("personal number with fillers") << "ZE184226B<<<<<" << 1;
        QTest::newRow("long document number") << "D23145890734" << 9;
        QTest::newRow("German passport number") << "C01X00T47" << 8;
        // The weights by hand: 'Z' = 35 at weight 7, '1' at 3, 'A' = 10 at 1.
        QTest::newRow("Z1A") << "Z1A" << (35 * 7 + 1 * 3 + 10 * 1) % 10;
        QTest::newRow("weights restart after 3") << "0001" << 7;
        QTest::newRow("fillers are zero") << "<<<<<<" << 0;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("lowercase is not MRZ") << "l898902c3" << -1;
        QTest::newRow("space is not MRZ") << "L89 8902C3" << -1;
    }

    void checkDigit() {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(MrzParser::checkDigit(text), expected);
    }

    void parsesValidZones_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expected>("expected");

        // The holder of the ICAO specimens, as each format prints her.
        const Expected anna{Format::TD3,     u"P"_s,          u"UTO"_s,
                            u"L898902C3"_s,  u"ZE184226B"_s,  {},
                            u"ERIKSSON"_s,   u"ANNA MARIA"_s, u"UTO"_s,
                            u"1974-08-12"_s, u"female"_s,     QDate(2012, 4, 15),
                            u"ZE184226B"_s};
        Expected annaTd2 = anna;
        annaTd2.format = Format::TD2;
        annaTd2.code = u"I"_s;
        annaTd2.number = u"D23145890"_s;
        annaTd2.optional1.clear();
        annaTd2.personal.clear();
        Expected annaTd1 = annaTd2;
        annaTd1.format = Format::TD1;

        QTest::newRow("ICAO TD3 specimen") << kTd3Specimen << anna;
        QTest::newRow("ICAO TD2 specimen") << kTd2Specimen << annaTd2;
        QTest::newRow("ICAO TD1 specimen") << kTd1Specimen << annaTd1;

        // ICAO 9303 part 11, appendix D.2: a 12-character document number.
        const Expected peter{Format::TD1,
                             u"I"_s,
                             u"UTO"_s,
                             u"D23145890734"_s,
                             {},
                             {},
                             u"STEVENSON"_s,
                             u"PETER JOHN"_s,
                             u"UTO"_s,
                             u"1934-07-12"_s,
                             u"male"_s,
                             QDate(1995, 7, 12),
                             {}};
        QTest::newRow("ICAO TD1 long document number") << u"I<UTOD23145890<7349<<<<<<<<<<<\n"
                                                          u"3407127M9507122UTO<<<<<<<<<<<2\n"
                                                          u"STEVENSON<<PETER<JOHN<<<<<<<<<"_s
                                                       << peter;
        Expected peterTd2 = peter;
        peterTd2.format = Format::TD2;
        QTest::newRow("ICAO TD2 long document number") << u"I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
                                                          u"D23145890<UTO3407127M95071227349<<<8"_s
                                                       << peterTd2;

        // German specimen: "D" padded with fillers, an empty personal number checked by '<'.
        QTest::newRow("German passport") << u"P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
                                            u"C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"_s
                                         << Expected{Format::TD3,
                                                     u"P"_s,
                                                     u"D"_s,
                                                     u"C01X00T47"_s,
                                                     {},
                                                     {},
                                                     u"MUSTERMANN"_s,
                                                     u"ERIKA"_s,
                                                     u"D"_s,
                                                     u"1964-08-12"_s,
                                                     u"female"_s,
                                                     QDate(2027, 2, 28),
                                                     {}};

        // A Moroccan CNIE as issued: card number in the document number field, CNIE number at
        // the start of the line-1 optional data. Synthetic values, real layout.
        Td1 cnie;
        cnie.code = u"ID"_s;
        cnie.state = u"MAR"_s;
        cnie.number = u"AA0012345"_s;
        cnie.optional1 = u"BE123456"_s;
        cnie.birth = u"900215"_s;
        cnie.expiry = u"310214"_s;
        cnie.nationality = u"MAR"_s;
        cnie.name = u"EL<IDRISSI<<FATIMA<ZAHRA"_s;
        const Expected fatima{Format::TD1,     u"ID"_s,           u"MAR"_s,
                              u"AA0012345"_s,  u"BE123456"_s,     {},
                              u"EL IDRISSI"_s, u"FATIMA ZAHRA"_s, u"MAR"_s,
                              u"1990-02-15"_s, u"female"_s,       QDate(2031, 2, 14),
                              u"BE123456"_s};
        QTest::newRow("Moroccan CNIE") << cnie.text() << fatima;

        Td1 cnieOneLetter = cnie;
        cnieOneLetter.optional1 = u"J123456"_s;
        cnieOneLetter.sex = u"M"_s;
        cnieOneLetter.name = u"BENNANI<<MOHAMED<AMINE<YOUSSEF"_s;
        Expected mohamed = fatima;
        mohamed.optional1 = mohamed.personal = u"J123456"_s;
        mohamed.sex = u"male"_s;
        mohamed.family = u"BENNANI"_s;
        mohamed.given = u"MOHAMED AMINE YOUSSEF"_s;
        QTest::newRow("Moroccan CNIE, one-letter number, three given names")
            << cnieOneLetter.text() << mohamed;

        Td1 cnieMore = cnie;
        cnieMore.optional1 = u"BE123456<9X"_s;
        Expected fatimaMore = fatima;
        fatimaMore.optional1 = u"BE123456<9X"_s;
        QTest::newRow("Moroccan CNIE, more optional data after the number")
            << cnieMore.text() << fatimaMore;
        Td1 marOther = cnieMore;
        marOther.code = u"AR"_s;
        Expected notCnie = fatimaMore;
        notCnie.code = u"AR"_s;
        notCnie.personal = u"BE123456<9X"_s;
        QTest::newRow("Moroccan document that is not a CNIE") << marOther.text() << notCnie;

        // Optional data and fillers.
        Td1 optional;
        optional.optional1 = u"<<12<34"_s;
        optional.optional2 = u"X9<1<<<<<<7"_s;
        Expected optionalData = annaTd1;
        optionalData.optional1 = u"<<12<34"_s;
        optionalData.optional2 = u"X9<1<<<<<<7"_s;
        optionalData.personal = u"12<34"_s;
        QTest::newRow("TD1 optional data keeps inner fillers") << optional.text() << optionalData;
        Td1 second;
        second.optional2 = u"<<4455"_s;
        Expected secondData = annaTd1;
        secondData.optional2 = u"<<4455"_s;
        secondData.personal = u"4455"_s;
        QTest::newRow("TD1 personal number from line 2") << second.text() << secondData;
        Td1 longWithData;
        longWithData.number = u"D231458901"_s;
        longWithData.optional1 = u"AB12"_s;
        Expected longData = annaTd1;
        longData.number = u"D231458901"_s;
        longData.optional1 = longData.personal = u"AB12"_s;
        QTest::newRow("TD1 long document number followed by optional data")
            << longWithData.text() << longData;
        Td3 leading;
        leading.optional = u"<<<77<88"_s;
        Expected leadingData = anna;
        leadingData.optional1 = u"<<<77<88"_s;
        leadingData.personal = u"77<88"_s;
        QTest::newRow("TD3 personal number with leading fillers") << leading.text() << leadingData;

        // Names and sex.
        Td3 names;
        names.name = u"DE<LA<CRUZ<<MARIA<<JOSE<<<LUISA"_s;
        names.optional.clear();
        names.sex = u"X"_s;
        Expected namesData = anna;
        namesData.family = u"DE LA CRUZ"_s;
        namesData.given = u"MARIA JOSE LUISA"_s;
        namesData.sex = u"other"_s;
        namesData.optional1.clear();
        namesData.personal.clear();
        QTest::newRow("several components, stray fillers in given names, sex X")
            << names.text() << namesData;
        Td3 single;
        single.name = u"MADONNA"_s;
        single.sex = u"<"_s;
        Expected singleData = anna;
        singleData.family = u"MADONNA"_s;
        singleData.given.clear();
        singleData.sex = u"unknown"_s;
        QTest::newRow("primary identifier only, sex unspecified") << single.text() << singleData;
        Td3 full;
        full.name = u"BENABDELJALIL<EL<OUAZZANI<<ABDELKARIMOU"_s; // 39 characters, no filler
        Expected fullData = anna;
        fullData.family = u"BENABDELJALIL EL OUAZZANI"_s;
        fullData.given = u"ABDELKARIMOU"_s;
        QTest::newRow("name filling the whole field") << full.text() << fullData;

        // What scanners and OCR engines deliver.
        QTest::newRow("lowercase, CRLF, blank lines, spaces and noise at line ends")
            << u"\r\n  p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<  \r\n"
               u"\r\n\t»l898902c36uto7408122f1204159ze184226b<<<<<10 .\r\n\r\n"_s
            << anna;
        QTest::newRow("old Mac line ends")
            << QString(kTd2Specimen).replace(u'\n', u'\r') << annaTd2;
        QTest::newRow("TD1 as one run of 90 characters")
            << QString(kTd1Specimen).remove(u'\n') << annaTd1;
        QTest::newRow("TD2 as one run of 72 characters")
            << QString(kTd2Specimen).remove(u'\n') << annaTd2;
        QTest::newRow("TD3 as one run of 88 characters")
            << QString(kTd3Specimen).remove(u'\n') << anna;
    }

    void parsesValidZones() {
        QFETCH(QString, text);
        QFETCH(Expected, expected);
        const auto result = MrzParser::parse(text, kToday);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        const MrzData& d = *result;
        QCOMPARE(d.format, expected.format);
        QCOMPARE(d.documentCode, expected.code);
        QCOMPARE(d.issuingState, expected.state);
        QCOMPARE(d.documentNumber, expected.number);
        QCOMPARE(d.optionalData1, expected.optional1);
        QCOMPARE(d.optionalData2, expected.optional2);
        QCOMPARE(d.familyName, expected.family);
        QCOMPARE(d.givenNames, expected.given);
        QCOMPARE(d.nationality, expected.nationality);
        QCOMPARE(d.birthDate.toIso(), expected.birth);
        QCOMPARE(core::sexCode(d.sex), expected.sex);
        QCOMPARE(d.expiryDate, expected.expiry);
        QCOMPARE(d.personalNumber(), expected.personal);
    }

    void centuryOfBirthDate_data() {
        QTest::addColumn<QString>("yymmdd");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        QTest::newRow("last century") << "740812" << kToday << "1974-08-12";
        QTest::newRow("this century") << "050101" << kToday << "2005-01-01";
        QTest::newRow("born today") << "250615" << kToday << "2025-06-15";
        QTest::newRow("tomorrow means a century ago") << "250616" << kToday << "1925-06-16";
        QTest::newRow("leap day 2000") << "000229" << kToday << "2000-02-29";
        QTest::newRow("last day of 1999") << "991231" << kToday << "1999-12-31";
        QTest::newRow("early in a century") << "010102" << QDate(2001, 1, 1) << "1901-01-02";
        QTest::newRow("next century") << "050101" << QDate(2105, 3, 1) << "2105-01-01";
        // Unknown parts, written "<<" in the zone.
        QTest::newRow("unknown day") << "7408<<" << kToday << "1974-08";
        QTest::newRow("unknown month and day") << "74<<<<" << kToday << "1974";
        QTest::newRow("unknown month, day ignored") << "74<<12" << kToday << "1974";
        QTest::newRow("this year, unknown month") << "25<<<<" << kToday << "2025";
        QTest::newRow("this month, unknown day") << "2506<<" << kToday << "2025-06";
        QTest::newRow("next month, unknown day") << "2507<<" << kToday << "1925-07";
        QTest::newRow("wholly unknown") << "<<<<<<" << kToday << "";
    }

    void centuryOfBirthDate() {
        QFETCH(QString, yymmdd);
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        Td3 zone;
        zone.birth = yymmdd;
        const auto result = MrzParser::parse(zone.text(), today);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        QCOMPARE(result->birthDate.toIso(), expected);
        QCOMPARE(result->birthDate.isValid(), !expected.isEmpty());
    }

    void centuryOfExpiryDate_data() {
        QTest::addColumn<QString>("yymmdd");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("expired long ago") << "120415" << kToday << QDate(2012, 4, 15);
        QTest::newRow("valid ten years") << "350101" << kToday << QDate(2035, 1, 1);
        QTest::newRow("last day of the window") << "450614" << kToday << QDate(2045, 6, 14);
        QTest::newRow("past the window") << "450615" << kToday << QDate(1945, 6, 15);
        QTest::newRow("expired last century") << "990101" << kToday << QDate(1999, 1, 1);
        QTest::newRow("into the next century")
            << "050101" << QDate(2095, 1, 1) << QDate(2105, 1, 1);
        QTest::newRow("late last century") << "990101" << QDate(2095, 1, 1) << QDate(2099, 1, 1);
    }

    void centuryOfExpiryDate() {
        QFETCH(QString, yymmdd);
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        Td3 zone;
        zone.expiry = yymmdd;
        const auto result = MrzParser::parse(zone.text(), today);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        QCOMPARE(result->expiryDate, expected);
    }

    void rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // a part of the French message

        const QString td1 = kTd1Specimen;
        const QString td2 = kTd2Specimen;
        const QString td3 = kTd3Specimen;

        // Shape.
        QTest::newRow("nothing") << " \n\r\n " << kToday << "identity/mrz-format"
                                 << "Aucune zone";
        QTest::newRow("one line") << td3.section(u'\n', 0, 0) << kToday << "identity/mrz-format"
                                  << "1 ligne(s) lue(s)";
        QTest::newRow("four lines")
            << td1 + QStringLiteral("\nI<UTO") << kToday << "identity/mrz-format"
            << "4 ligne(s) lue(s)";
        QTest::newRow("TD1 line 2 one short")
            << replaced(td1, 2, 30, u'.') << kToday << "identity/mrz-format"
            << "La ligne 2 de la zone lisible par machine compte 29 caractères au lieu de 30";
        QTest::newRow("TD3 line 1 one long")
            << QString(td3).insert(10, u'<') << kToday << "identity/mrz-format"
            << "La ligne 1 de la zone lisible par machine "
               "compte 45 caractères au lieu de 44";
        QTest::newRow("TD2 line 2 one short") << td2.chopped(1) << kToday << "identity/mrz-format"
                                              << "La ligne 2 de la zone lisible par machine "
                                                 "compte 35 caractères au lieu de 36";
        QTest::newRow("two lines of neither width")
            << QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<\nD231458907UTO7408122F1204159<<")
            << kToday << "identity/mrz-format"
            << "elles en comptent ici 30 et 30";
        QTest::newRow("TD1 line 3 long")
            << td1 + u'<' << kToday << "identity/mrz-format"
            << "La ligne 3 de la zone lisible par machine compte 31 caractères au lieu de 30";

        // Characters.
        QTest::newRow("question mark")
            << replaced(td1, 1, 15, u'?') << kToday << "identity/mrz-bad-character"
            << "Caractère « ? » non admis en ligne 1, position 15";
        QTest::newRow("space inside a line")
            << replaced(td3, 2, 38, u' ') << kToday << "identity/mrz-bad-character"
            << "Caractère «   » non admis en ligne 2, position 38";
        QTest::newRow("accented letter")
            << replaced(td2, 1, 8, u'é') << kToday << "identity/mrz-bad-character"
            << "Caractère « é » non admis en ligne 1, position 8";
        QTest::newRow("guillemet for fillers")
            << replaced(td3, 1, 30, u'«') << kToday << "identity/mrz-bad-character"
            << "« « » non admis en ligne 1, position 30";

        // Document codes this parser must not read as identity documents.
        QTest::newRow("document code starts with a digit")
            << replaced(td3, 1, 1, u'1') << kToday << "identity/mrz-bad-document-code"
            << "Le type de document";
        QTest::newRow("visa") << replaced(td3, 1, 1, u'V') << kToday << "identity/mrz-visa"
                              << "visa";
        QTest::newRow("French identity card before 2021")
            << QStringLiteral("IDFRADUPONT<<<<<<<<<<<<<<<<<<<<<<<<<\n") +
                   QStringLiteral("8806923102858") + pad(QStringLiteral("JEAN<<PIERRE"), 14) +
                   QStringLiteral("8001014M5")
            << kToday << "identity/mrz-unsupported"
            << "ancienne carte d'identité française";

        // Check digits, each format.
        QTest::newRow("TD3 document number check")
            << replaced(td3, 2, 10, u'7') << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD3 document number misread")
            << replaced(td3, 2, 9, u'8') << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD3 filler as document number check")
            << replaced(td3, 2, 10, u'<') << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD3 birth date check")
            << replaced(td3, 2, 20, u'3') << kToday << "identity/mrz-check-birth-date"
            << "date de naissance";
        QTest::newRow("TD3 birth date misread")
            << replaced(td3, 2, 16, u'8') << kToday << "identity/mrz-check-birth-date"
            << "date de naissance";
        QTest::newRow("TD3 expiry check")
            << replaced(td3, 2, 28, u'0') << kToday << "identity/mrz-check-expiry"
            << "date d'expiration";
        QTest::newRow("TD3 letter O as expiry check")
            << replaced(td3, 2, 28, u'O') << kToday << "identity/mrz-check-expiry"
            << "date d'expiration";
        QTest::newRow("TD3 personal number check")
            << replaced(td3, 2, 43, u'2') << kToday << "identity/mrz-check-optional-data"
            << "numéro personnel";
        QTest::newRow("TD3 personal number misread")
            << replaced(td3, 2, 30, u'F') << kToday << "identity/mrz-check-optional-data"
            << "numéro personnel";
        QTest::newRow("TD3 filler as check of a personal number")
            << replaced(td3, 2, 43, u'<') << kToday << "identity/mrz-check-optional-data"
            << "numéro personnel";
        QTest::newRow("TD3 composite")
            << replaced(td3, 2, 44, u'1') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        QTest::newRow("TD2 document number check")
            << replaced(td2, 2, 10, u'1') << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD2 birth date check")
            << replaced(td2, 2, 20, u'1') << kToday << "identity/mrz-check-birth-date"
            << "date de naissance";
        QTest::newRow("TD2 expiry check")
            << replaced(td2, 2, 28, u'1') << kToday << "identity/mrz-check-expiry"
            << "date d'expiration";
        QTest::newRow("TD2 composite")
            << replaced(td2, 2, 36, u'1') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        // 'B' rather than 'A': A counts 10, which weighs like the filler modulo 10, so no check
        // digit can tell them apart.
        QTest::newRow("TD2 optional data misread: only the composite sees it")
            << replaced(td2, 2, 30, u'B') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        QTest::newRow("TD1 document number check")
            << replaced(td1, 1, 15, u'1') << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD1 birth date check")
            << replaced(td1, 2, 7, u'1') << kToday << "identity/mrz-check-birth-date"
            << "date de naissance";
        QTest::newRow("TD1 expiry check")
            << replaced(td1, 2, 15, u'1') << kToday << "identity/mrz-check-expiry"
            << "date d'expiration";
        QTest::newRow("TD1 composite")
            << replaced(td1, 2, 30, u'1') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        QTest::newRow("TD1 optional data 1 misread: only the composite sees it")
            << replaced(td1, 1, 20, u'B') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        QTest::newRow("TD1 optional data 2 misread: only the composite sees it")
            << replaced(td1, 2, 25, u'B') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        QTest::newRow("TD1 last optional character misread")
            << replaced(td1, 2, 29, u'B') << kToday << "identity/mrz-check-composite"
            << "contrôle final";
        QTest::newRow("TD1 long document number, wrong check")
            << QStringLiteral("I<UTOD23145890<7348<<<<<<<<<<<\n"
                              "3407127M9507122UTO<<<<<<<<<<<2\n"
                              "STEVENSON<<PETER<JOHN<<<<<<<<<")
            << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD1 long document number, nothing after it")
            << QStringLiteral("I<UTOD23145890<<<<<<<<<<<<<<<<\n"
                              "7408122F1204159UTO<<<<<<<<<<<6\n"
                              "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
            << kToday << "identity/mrz-check-document-number"
            << "numéro de document";
        QTest::newRow("TD2 long document number, wrong check")
            << QStringLiteral("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
                              "D23145890<UTO3407127M95071227348<<<8")
            << kToday << "identity/mrz-check-document-number"
            << "numéro de document";

        // Dates with correct check digits that are still no dates.
        const auto withBirth = [](const QString& yymmdd) {
            Td3 zone;
            zone.birth = yymmdd;
            return zone.text();
        };
        const auto withExpiry = [](const QString& yymmdd) {
            Td3 zone;
            zone.expiry = yymmdd;
            return zone.text();
        };
        QTest::newRow("birth month 13")
            << withBirth(QStringLiteral("741312")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("birth month 00")
            << withBirth(QStringLiteral("740012")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("birth day 32")
            << withBirth(QStringLiteral("740832")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("birth day 00")
            << withBirth(QStringLiteral("740800")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("30 February")
            << withBirth(QStringLiteral("740230")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("29 February 1900")
            << withBirth(QStringLiteral("000229")) << QDate(1999, 6, 1) << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("half-unknown year")
            << withBirth(QStringLiteral("7<0812")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("letters in birth date")
            << withBirth(QStringLiteral("74O812")) << kToday << "identity/mrz-bad-date"
            << "date de naissance";
        QTest::newRow("expiry month 13")
            << withExpiry(QStringLiteral("121315")) << kToday << "identity/mrz-bad-date"
            << "date d'expiration";
        QTest::newRow("31 April expiry")
            << withExpiry(QStringLiteral("300431")) << kToday << "identity/mrz-bad-date"
            << "date d'expiration";
        QTest::newRow("unknown expiry day")
            << withExpiry(QStringLiteral("3004<<")) << kToday << "identity/mrz-bad-date"
            << "date d'expiration";

        // Other fields.
        Td3 badSex;
        badSex.sex = QStringLiteral("Q");
        QTest::newRow("sex Q") << badSex.text() << kToday << "identity/mrz-bad-sex"
                               << "sexe";
        Td3 badNationality;
        badNationality.nationality = QStringLiteral("U1O");
        QTest::newRow("digit in nationality")
            << badNationality.text() << kToday << "identity/mrz-bad-country"
            << "nationalité";
        Td3 noNationality;
        noNationality.nationality = QStringLiteral("<<<");
        QTest::newRow("no nationality")
            << noNationality.text() << kToday << "identity/mrz-bad-country"
            << "nationalité";
        Td3 fillerFirst;
        fillerFirst.state = QStringLiteral("<UT");
        QTest::newRow("issuing state after a filler")
            << fillerFirst.text() << kToday << "identity/mrz-bad-country"
            << "pays émetteur";
        Td3 digitInName;
        digitInName.name = QStringLiteral("ERIKSS0N<<ANNA<MARIA");
        QTest::newRow("zero for O in the name")
            << digitInName.text() << kToday << "identity/mrz-bad-name"
            << "Le nom contient un chiffre (ligne 1, position 12)";
        Td1 digitInTd1Name;
        digitInTd1Name.name = QStringLiteral("ERIKSSON<<ANNA<MAR1A");
        QTest::newRow("one for I in a TD1 name")
            << digitInTd1Name.text() << kToday << "identity/mrz-bad-name"
            << "Le nom contient un chiffre (ligne 3, position 19)";
        Td3 noName;
        noName.name = QString();
        QTest::newRow("no name") << noName.text() << kToday << "identity/mrz-bad-name"
                                 << "nom du titulaire";
    }

    void rejects() {
        QFETCH(QString, text);
        QFETCH(QDate, today);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto result = MrzParser::parse(text, today);
        QVERIFY2(!result.ok(), "a zone that should be refused was accepted");
        QCOMPARE(QString::fromLatin1(result.error().code()), code);
        const QString shown = result.error().userMessage();
        QVERIFY2(shown.contains(message, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("message: %1").arg(shown)));
        QCOMPARE(result.error().message().context(), "sijil::identity::MrzParser");
        QVERIFY(!result.error().detail().isEmpty());
    }

    void errorDetailsCarryNoPatientData() {
        Td3 zone;
        zone.name = QStringLiteral("ERIKSS0N<<ANNA<MARIA");
        const auto badName = MrzParser::parse(zone.text(), kToday);
        QVERIFY(!badName.ok());
        QVERIFY(!badName.error().detail().contains(QStringLiteral("ERIKSS")));
        const auto badCheck = MrzParser::parse(replaced(kTd3Specimen, 2, 10, u'7'), kToday);
        QVERIFY(!badCheck.ok());
        QVERIFY(!badCheck.error().detail().contains(QStringLiteral("L898902C3")));
        QVERIFY(!badCheck.error().userMessage().contains(QStringLiteral("L898902C3")));
    }

    void defaultTodayIsTheCurrentDate() {
        // The specimen was born in 1974 whatever the current date; its expiry of 2012 is past.
        const auto result = MrzParser::parse(kTd3Specimen);
        QVERIFY(result.ok());
        QCOMPARE(result->birthDate, core::PartialDate::fromDate(QDate(1974, 8, 12)));
        QCOMPARE(result->expiryDate, QDate(2012, 4, 15));
    }
};

QTEST_GUILESS_MAIN(MrzParserTest)
#include "tst_MrzParser.moc"
