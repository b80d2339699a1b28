// The client learns what the server offers from its CapabilityStatement rather than assuming.
#include <sijil/fhir/Capabilities.h>

#include <QFile>
#include <QtTest>

using sijil::fhir::Capabilities;

class CapabilitiesTest : public QObject {
    Q_OBJECT

    static QByteArray fixture() {
        QFile f(QStringLiteral(SIJIL_FIXTURES "/fhir/capability-statement.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return f.readAll();
    }

private slots:
    void readsWhatTheServerOffers() {
        const auto c = Capabilities::fromJson(fixture());
        QVERIFY(c.has_value());
        QCOMPARE(c->fhirVersion(), QStringLiteral("4.0.1"));
        QVERIFY(c->isR4());
        QVERIFY(c->supports(QStringLiteral("Patient"), QStringLiteral("vread")));
        QVERIFY(c->supports(QStringLiteral("Patient"), QStringLiteral("search-type")));
        QVERIFY(!c->supports(QStringLiteral("Patient"), QStringLiteral("delete")));
        QVERIFY(!c->supports(QStringLiteral("Encounter"), QStringLiteral("read")));
        QVERIFY(c->supportsConditionalCreate(QStringLiteral("Patient")));
        QVERIFY(!c->supportsConditionalCreate(QStringLiteral("AuditEvent")));
        QVERIFY(c->supportsSystem(QStringLiteral("transaction")));
        QVERIFY(c->supportsSystem(QStringLiteral("batch")));
        QVERIFY(!c->supportsSystem(QStringLiteral("search-system")));
        // Operation names with or without '$', on the type or the whole server.
        QVERIFY(c->supportsOperation(QStringLiteral("Patient"), QStringLiteral("everything")));
        QVERIFY(c->supportsOperation(QStringLiteral("Patient"), QStringLiteral("match")));
        QVERIFY(c->supportsOperation(QStringLiteral("Observation"), QStringLiteral("meta")));
        QVERIFY(!c->supportsOperation(QStringLiteral("AuditEvent"), QStringLiteral("match")));
        QVERIFY(c->supportsSearchParam(QStringLiteral("Patient"), QStringLiteral("_lastUpdated")));
        QVERIFY(!c->supportsSearchParam(QStringLiteral("Patient"), QStringLiteral("phonetic")));
    }

    void onlyTheServerSideCounts() {
        const auto c = Capabilities::fromJson(fixture());
        // The client-mode block lists Observation delete: that is not the server's offer.
        QVERIFY(!c->supports(QStringLiteral("Observation"), QStringLiteral("delete")));
    }

    void otherDocumentsAreRefused() {
        QVERIFY(!Capabilities::fromJson(R"({"resourceType":"Patient"})").has_value());
        QVERIFY(!Capabilities::fromJson("not json").has_value());
        QVERIFY(!Capabilities::fromJson({}).has_value());
        const auto stu3 = Capabilities::fromJson(
            R"({"resourceType":"CapabilityStatement","fhirVersion":"3.0.2"})");
        QVERIFY(stu3.has_value());
        QVERIFY(!stu3->isR4());
    }
};

QTEST_GUILESS_MAIN(CapabilitiesTest)
#include "tst_Capabilities.moc"
