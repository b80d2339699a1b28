// The value types every module shares: identifiers, names, partial dates, sex codes, and the two
// small observable objects (the open patient, the link to the central server).
#include <sijil/core/ConnectionStatus.h>
#include <sijil/core/Identifier.h>
#include <sijil/core/PartialDate.h>
#include <sijil/core/PatientContext.h>
#include <sijil/core/PersonName.h>
#include <sijil/core/Sex.h>

#include <QSignalSpy>
#include <QtTest>

using namespace sijil::core;
using Script = PersonName::Script;

namespace {

const QString kIpp = QStringLiteral("urn:oid:2.16.504.1.1");
const QString kCnie = QStringLiteral("urn:oid:2.16.504.1.2");

QString debugString(const auto& value) {
    QString out;
    QDebug(&out) << value;
    return out;
}

PatientSummary patient(const QString& localId, const QString& family) {
    PatientSummary p;
    p.localId = localId;
    p.ipp = Identifier(kIpp, QStringLiteral("2024000123"));
    p.name = PersonName(family, QStringLiteral("Fatima"));
    p.sex = Sex::Female;
    p.birthDate = PartialDate::year(1975);
    return p;
}

} // namespace

class ValueTypesTest : public QObject {
    Q_OBJECT

private slots:
    // --- Identifier ---
    void identifierTrimsItsValue() {
        const Identifier id(kCnie, QStringLiteral("  AB123456 \n"));
        QCOMPARE(id.value(), QStringLiteral("AB123456"));
        QCOMPARE(id.system(), kCnie);
        QVERIFY(!id.isEmpty());
        QVERIFY(Identifier().isEmpty());
        QVERIFY(Identifier(kCnie, QStringLiteral("   ")).isEmpty());
    }

    void identifierEqualityNeedsSystemAndValue() {
        const Identifier a(kCnie, QStringLiteral("AB123456"));
        QCOMPARE(a, Identifier(kCnie, QStringLiteral(" AB123456")));
        QVERIFY(a != Identifier(kIpp, QStringLiteral("AB123456")));
        QVERIFY(a != Identifier(kCnie, QStringLiteral("AB123457")));
    }

    void identifierDebugRedactsTheValue() {
        const QString out = debugString(Identifier(kCnie, QStringLiteral("AB123456")));
        QVERIFY2(out.contains(kCnie), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("AB123456")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("123456")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("«r:")), qPrintable(out));
    }

    // --- PersonName ---
    void nameDisplay() {
        const PersonName n(QStringLiteral("Benali"), QStringLiteral("Fatima Zahra"),
                           QStringLiteral("بنعلي"), QStringLiteral("فاطمة الزهراء"));
        QCOMPARE(n.display(Script::Latin), QStringLiteral("BENALI Fatima Zahra"));
        // Arabic has no case: the family name is shown as written.
        QCOMPARE(n.display(Script::Arabic), QStringLiteral("بنعلي فاطمة الزهراء"));
        QCOMPARE(n.displayPreferring(Script::Arabic), n.display(Script::Arabic));
        QCOMPARE(n.displayPreferring(Script::Latin), n.display(Script::Latin));

        const PersonName latinOnly(QStringLiteral("Alaoui"), QStringLiteral("Karim"));
        QVERIFY(latinOnly.display(Script::Arabic).isEmpty());
        QCOMPARE(latinOnly.displayPreferring(Script::Arabic), QStringLiteral("ALAOUI Karim"));

        QCOMPARE(PersonName(QStringLiteral("Alaoui"), {}).display(Script::Latin),
                 QStringLiteral("ALAOUI"));
        QCOMPARE(PersonName({}, QStringLiteral("Karim")).display(Script::Latin),
                 QStringLiteral("Karim"));
    }

    void nameWhitespaceIsSimplified() {
        PersonName n(QStringLiteral("  El   Idrissi "), QStringLiteral("\tAmina\n"));
        QCOMPARE(n.family(Script::Latin), QStringLiteral("El Idrissi"));
        QCOMPARE(n.given(Script::Latin), QStringLiteral("Amina"));
        n.setGiven(Script::Arabic, QStringLiteral("  أمينة  "));
        QCOMPARE(n.given(Script::Arabic), QStringLiteral("أمينة"));
        n.setFamily(Script::Latin, QStringLiteral("   "));
        QVERIFY(n.family(Script::Latin).isEmpty());
    }

    void nameCompleteness_data() {
        QTest::addColumn<PersonName>("name");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("empty");
        QTest::newRow("nothing") << PersonName() << false << true;
        QTest::newRow("blank") << PersonName(QStringLiteral(" "), QStringLiteral(" ")) << false
                               << true;
        QTest::newRow("latin complete")
            << PersonName(QStringLiteral("Alaoui"), QStringLiteral("Karim")) << true << false;
        QTest::newRow("arabic complete")
            << PersonName({}, {}, QStringLiteral("العلوي"), QStringLiteral("كريم")) << true
            << false;
        QTest::newRow("family only") << PersonName(QStringLiteral("Alaoui"), {}) << false << false;
        QTest::newRow("given only") << PersonName({}, QStringLiteral("Karim")) << false << false;
        // Half a name in each script is not a complete name in either.
        QTest::newRow("latin family, arabic given")
            << PersonName(QStringLiteral("Alaoui"), {}, {}, QStringLiteral("كريم")) << false
            << false;
    }

    void nameCompleteness() {
        QFETCH(PersonName, name);
        QFETCH(bool, complete);
        QFETCH(bool, empty);
        QCOMPARE(name.hasCompleteName(), complete);
        QCOMPARE(name.isEmpty(), empty);
    }

    void nameDebugIsRedacted() {
        const PersonName n(QStringLiteral("Benali"), QStringLiteral("Fatima"),
                           QStringLiteral("بنعلي"), QStringLiteral("فاطمة"));
        const QString out = debugString(n);
        for (const QString& part :
             {QStringLiteral("Benali"), QStringLiteral("BENALI"), QStringLiteral("Fatima"),
              QStringLiteral("بنعلي"), QStringLiteral("فاطمة")})
            QVERIFY2(!out.contains(part), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("«r:")), qPrintable(out));
        // Equal names print equal digests, so that log lines about one person correlate.
        QCOMPARE(debugString(PersonName(QStringLiteral("Benali"), QStringLiteral("Fatima"),
                                        QStringLiteral("بنعلي"), QStringLiteral("فاطمة"))),
                 out);
        QVERIFY(debugString(PersonName(QStringLiteral("Benali"), QStringLiteral("Karim"))) != out);
    }

    // --- PartialDate ---
    void fromIsoValid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("iso");
        QTest::newRow("year") << QStringLiteral("1975") << int(PartialDate::Precision::Year)
                              << QStringLiteral("1975");
        QTest::newRow("month") << QStringLiteral("1975-03") << int(PartialDate::Precision::Month)
                               << QStringLiteral("1975-03");
        QTest::newRow("day") << QStringLiteral("1975-03-15") << int(PartialDate::Precision::Day)
                             << QStringLiteral("1975-03-15");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29")
                                  << int(PartialDate::Precision::Day)
                                  << QStringLiteral("2024-02-29");
        QTest::newRow("surrounding space")
            << QStringLiteral(" 1975-03 ") << int(PartialDate::Precision::Month)
            << QStringLiteral("1975-03");
        QTest::newRow("small year") << QStringLiteral("0042") << int(PartialDate::Precision::Year)
                                    << QStringLiteral("0042");
    }

    void fromIsoValid() {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QString, iso);
        const auto d = PartialDate::fromIso(text);
        QVERIFY(d.has_value());
        QVERIFY(d->isValid());
        QCOMPARE(int(d->precision()), precision);
        QCOMPARE(d->toIso(), iso);
        QCOMPARE(PartialDate::fromIso(d->toIso()), d); // round trip
    }

    void fromIsoFields() {
        const auto d = PartialDate::fromIso(QStringLiteral("1975-03-15"));
        QVERIFY(d);
        QCOMPARE(d->yearValue(), 1975);
        QCOMPARE(d->monthValue(), 3);
        QCOMPARE(d->dayValue(), 15);
        QCOMPARE(*d, PartialDate::fromDate(QDate(1975, 3, 15)));
        QCOMPARE(*PartialDate::fromIso(QStringLiteral("1975-03")), PartialDate::yearMonth(1975, 3));
        QCOMPARE(*PartialDate::fromIso(QStringLiteral("1975")), PartialDate::year(1975));
        QVERIFY(PartialDate::year(1975) != PartialDate::yearMonth(1975, 1));
    }

    void fromIsoInvalid_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("30 February") << QStringLiteral("2023-02-30");
        QTest::newRow("29 February, not leap") << QStringLiteral("2023-02-29");
        QTest::newRow("month 13") << QStringLiteral("1975-13");
        QTest::newRow("month 00") << QStringLiteral("1975-00");
        QTest::newRow("day 00") << QStringLiteral("1975-03-00");
        QTest::newRow("day 32") << QStringLiteral("1975-01-32");
        QTest::newRow("year 0") << QStringLiteral("0000");
        QTest::newRow("two-digit year") << QStringLiteral("75");
        QTest::newRow("unpadded") << QStringLiteral("1975-3-5");
        QTest::newRow("french order") << QStringLiteral("15/03/1975");
        QTest::newRow("with time") << QStringLiteral("1975-03-15T10:00:00");
        QTest::newRow("letters") << QStringLiteral("abcd");
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٩٧٥");
    }

    void fromIsoInvalid() {
        QFETCH(QString, text);
        QVERIFY(!PartialDate::fromIso(text).has_value());
    }

    void factoriesRejectImpossibleValues() {
        QVERIFY(!PartialDate::year(0).isValid());
        QVERIFY(!PartialDate::year(10000).isValid());
        QVERIFY(!PartialDate::yearMonth(1975, 0).isValid());
        QVERIFY(!PartialDate::yearMonth(1975, 13).isValid());
        QVERIFY(!PartialDate::fromDate(QDate()).isValid());
        QVERIFY(!PartialDate().isValid());
        QVERIFY(PartialDate().toIso().isEmpty());
        QVERIFY(!PartialDate().earliest().isValid());
        QVERIFY(!PartialDate().latest().isValid());
    }

    void earliestAndLatest_data() {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("year") << QStringLiteral("1975") << QDate(1975, 1, 1) << QDate(1975, 12, 31);
        QTest::newRow("leap february")
            << QStringLiteral("2024-02") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("february") << QStringLiteral("2023-02") << QDate(2023, 2, 1)
                                  << QDate(2023, 2, 28);
        QTest::newRow("april") << QStringLiteral("1990-04") << QDate(1990, 4, 1)
                               << QDate(1990, 4, 30);
        QTest::newRow("day") << QStringLiteral("1975-03-15") << QDate(1975, 3, 15)
                             << QDate(1975, 3, 15);
    }

    void earliestAndLatest() {
        QFETCH(QString, iso);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const auto d = PartialDate::fromIso(iso);
        QVERIFY(d);
        QCOMPARE(d->earliest(), earliest);
        QCOMPARE(d->latest(), latest);
    }

    void ageOn_data() {
        QTest::addColumn<QString>("born");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("age");
        QTest::newRow("day before birthday")
            << QStringLiteral("2000-03-15") << QDate(2026, 3, 14) << 25;
        QTest::newRow("on birthday") << QStringLiteral("2000-03-15") << QDate(2026, 3, 15) << 26;
        QTest::newRow("month after") << QStringLiteral("2000-03-15") << QDate(2026, 4, 1) << 26;
        QTest::newRow("newborn") << QStringLiteral("2026-03-15") << QDate(2026, 3, 15) << 0;
        QTest::newRow("not yet born") << QStringLiteral("2026-03-15") << QDate(2026, 1, 1) << 0;
        // Born on 29 February: a year older from 1 March in common years.
        QTest::newRow("leap day, 28 Feb")
            << QStringLiteral("2004-02-29") << QDate(2025, 2, 28) << 20;
        QTest::newRow("leap day, 1 Mar") << QStringLiteral("2004-02-29") << QDate(2025, 3, 1) << 21;
        QTest::newRow("leap day, leap year")
            << QStringLiteral("2004-02-29") << QDate(2028, 2, 29) << 24;
        // Partial dates give the youngest age they allow.
        QTest::newRow("year only, mid-year") << QStringLiteral("1975") << QDate(2026, 6, 15) << 50;
        QTest::newRow("year only, 31 Dec") << QStringLiteral("1975") << QDate(2026, 12, 31) << 51;
        QTest::newRow("month only, within it")
            << QStringLiteral("1975-03") << QDate(2026, 3, 30) << 50;
        QTest::newRow("month only, last day")
            << QStringLiteral("1975-03") << QDate(2026, 3, 31) << 51;
        QTest::newRow("year only, same year") << QStringLiteral("2026") << QDate(2026, 6, 1) << 0;
    }

    void ageOn() {
        QFETCH(QString, born);
        QFETCH(QDate, today);
        QFETCH(int, age);
        const auto d = PartialDate::fromIso(born);
        QVERIFY(d);
        QCOMPARE(d->ageOn(today), age);
    }

    void displayString() {
        const QLocale fr(QLocale::French, QLocale::France);
        QCOMPARE(PartialDate::fromIso(QStringLiteral("1975-03-15"))->toDisplayString(fr),
                 QStringLiteral("15/03/1975"));
        QCOMPARE(PartialDate::fromIso(QStringLiteral("1975-03"))->toDisplayString(fr),
                 QStringLiteral("03/1975"));
        QCOMPARE(PartialDate::fromIso(QStringLiteral("1975"))->toDisplayString(fr),
                 QStringLiteral("1975"));
        QVERIFY(PartialDate().toDisplayString(fr).isEmpty());
        // A full date follows the locale; a partial one never becomes a made-up 1 January.
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(PartialDate::fromIso(QStringLiteral("1975-03-15"))->toDisplayString(us),
                 us.toString(QDate(1975, 3, 15), QLocale::ShortFormat));
        QCOMPARE(PartialDate::year(1975).toDisplayString(us), QStringLiteral("1975"));
    }

    // --- Sex ---
    void sexCodesRoundTrip() {
        for (Sex s : {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other})
            QCOMPARE(sexFromCode(sexCode(s)), s);
        QCOMPARE(sexCode(Sex::Female), QStringLiteral("female"));
        QCOMPARE(sexCode(Sex::Male), QStringLiteral("male"));
        QCOMPARE(sexCode(Sex::Other), QStringLiteral("other"));
        QCOMPARE(sexCode(Sex::Unknown), QStringLiteral("unknown"));
        // FHIR codes are exact: anything else is unknown rather than guessed.
        QCOMPARE(sexFromCode(QStringLiteral("F")), Sex::Unknown);
        QCOMPARE(sexFromCode(QStringLiteral("Male")), Sex::Unknown);
        QCOMPARE(sexFromCode(QString()), Sex::Unknown);
    }

    // --- PatientContext ---
    void patientContextSignals() {
        PatientContext context;
        QSignalSpy changed(&context, &PatientContext::patientChanged);
        QVERIFY(!context.hasPatient());

        const PatientSummary a = patient(QStringLiteral("p-1"), QStringLiteral("Benali"));
        context.open(a);
        QCOMPARE(changed.count(), 1);
        QVERIFY(context.hasPatient());
        QCOMPARE(*context.current(), a);

        context.open(a); // the same patient again: nothing changes on screen
        QCOMPARE(changed.count(), 1);

        const PatientSummary b = patient(QStringLiteral("p-2"), QStringLiteral("Alaoui"));
        context.open(b);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(context.current()->localId, QStringLiteral("p-2"));

        // Same record with a corrected name is a change the banner must show.
        PatientSummary b2 = b;
        b2.name.setGiven(Script::Latin, QStringLiteral("Fatima-Zahra"));
        context.open(b2);
        QCOMPARE(changed.count(), 3);

        context.close();
        QCOMPARE(changed.count(), 4);
        QVERIFY(!context.hasPatient());
        QVERIFY(!context.current().has_value());

        context.close(); // nothing open: no signal
        QCOMPARE(changed.count(), 4);
    }

    // --- ConnectionStatus ---
    void connectionIsOfflineWithoutServer() {
        ConnectionStatus status;
        QSignalSpy changed(&status, &ConnectionStatus::changed);
        QCOMPARE(status.state(), ConnectionStatus::State::Offline);
        QVERIFY(!status.serverConfigured());

        status.setState(ConnectionStatus::State::Online);
        QCOMPARE(status.state(), ConnectionStatus::State::Offline);
        QCOMPARE(changed.count(), 0);

        status.setServerConfigured(true);
        QCOMPARE(changed.count(), 1);
        status.setState(ConnectionStatus::State::Online);
        QCOMPARE(status.state(), ConnectionStatus::State::Online);
        QCOMPARE(changed.count(), 2);
        status.setState(ConnectionStatus::State::Online); // no change, no signal
        QCOMPARE(changed.count(), 2);
        status.setState(ConnectionStatus::State::Syncing);
        QCOMPARE(status.state(), ConnectionStatus::State::Syncing);
        QCOMPARE(changed.count(), 3);

        // The server is removed from the configuration: back to offline for good.
        status.setServerConfigured(false);
        QCOMPARE(status.state(), ConnectionStatus::State::Offline);
        QCOMPARE(changed.count(), 4);
        status.setState(ConnectionStatus::State::Syncing);
        QCOMPARE(status.state(), ConnectionStatus::State::Offline);
        QCOMPARE(changed.count(), 4);
    }

    void connectionCountersAndTimes() {
        ConnectionStatus status;
        QSignalSpy changed(&status, &ConnectionStatus::changed);
        status.setPendingCount(3);
        QCOMPARE(status.pendingCount(), 3);
        QCOMPARE(changed.count(), 1);
        status.setPendingCount(3);
        QCOMPARE(changed.count(), 1);
        status.setPendingCount(-2); // never negative
        QCOMPARE(status.pendingCount(), 0);
        QCOMPARE(changed.count(), 2);

        const QDateTime when(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC);
        status.setLastSuccessUtc(when);
        QCOMPARE(status.lastSuccessUtc(), when);
        QCOMPARE(changed.count(), 3);
    }
};

QTEST_GUILESS_MAIN(ValueTypesTest)
#include "tst_ValueTypes.moc"
