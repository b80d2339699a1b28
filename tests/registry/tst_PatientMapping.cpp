// The registry's patient as FHIR R4: every field survives the round trip, the resources use the
// standard elements and extensions, and what Sijil does not map is kept on update.
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/Systems.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sijil::registry;
using namespace Qt::StringLiterals;
using sijil::core::PartialDate;
using sijil::core::PersonName;
using sijil::core::Sex;

namespace {

PatientRecord full() {
    PatientRecord r;
    r.id = QStringLiteral("0b6c6d2e-1111-4222-8333-444455556666");
    r.ipp = QStringLiteral("021694233X");
    r.documentType = DocumentType::Cnie;
    r.documentNumber = QStringLiteral("BE123456");
    r.documentExpiry = QDate(2031, 6, 30);
    r.name = PersonName(QStringLiteral("El Idrissi"), QStringLiteral("Fatima Zahra"),
                        QStringLiteral("الإدريسي"), QStringLiteral("فاطمة الزهراء"));
    r.sex = Sex::Female;
    r.birthDate = PartialDate::yearMonth(1980, 5);
    r.birthCity = QStringLiteral("Fès");
    r.birthCountry = QStringLiteral("MA");
    r.nationality = QStringLiteral("MA");
    r.address = QStringLiteral("12 rue Oued Fès, Agdal");
    r.city = QStringLiteral("Rabat");
    r.commune = QStringLiteral("Agdal Riyad");
    r.province = QStringLiteral("MA-RAB");
    r.phone = QStringLiteral("+212612345678");
    r.emergencyName = QStringLiteral("Ahmed El Idrissi");
    r.emergencyRelationship = QStringLiteral("SPS");
    r.emergencyPhone = QStringLiteral("+33612345678");
    r.accountingCategory = QStringLiteral("TIERS-PAYANT");
    r.coverageRegime = QStringLiteral("AMO-CNSS");
    r.affiliationNumber = QStringLiteral("123456789");
    return r;
}

QJsonArray array(const QJsonObject& o, const char* key) {
    return o.value(QString::fromLatin1(key)).toArray();
}

} // namespace

class PatientMappingTest : public QObject {
    Q_OBJECT

private slots:
    void everyFieldSurvivesTheRoundTrip() {
        const PatientRecord r = full();
        const QJsonObject p = PatientMapping::toPatient(r, QStringLiteral("fac-1"));
        const QJsonObject c = PatientMapping::toCoverage(r);
        // Through JSON text, as the store and the server hold it.
        const auto reparse = [](const QJsonObject& o) {
            return QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
        };
        QCOMPARE(PatientMapping::fromFhir(reparse(p), reparse(c)), r);
    }

    void dependantsAndPassportsRoundTrip() {
        PatientRecord r = full();
        r.documentType = DocumentType::Passport;
        r.documentNumber = QStringLiteral("UZ1234567");
        r.documentCountry = QStringLiteral("FR");
        r.dependantRelation = DependantRelation::Child;
        r.insuredId = QStringLiteral("insured-1");
        r.unidentified = false;
        const QJsonObject c = PatientMapping::toCoverage(r);
        QCOMPARE(PatientMapping::fromFhir(PatientMapping::toPatient(r, {}), c), r);
        QCOMPARE(c.value(QStringLiteral("subscriber"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("Patient/insured-1"));
        QCOMPARE(c.value(QStringLiteral("beneficiary"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("Patient/") + r.id);
        QCOMPARE(array(c.value(QStringLiteral("relationship")).toObject(), "coding")[0]
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("child"));
        const QJsonArray ids = array(PatientMapping::toPatient(r, {}), "identifier");
        bool passport = false;
        for (const QJsonValue& v : ids)
            passport |= v.toObject().value(QStringLiteral("system")).toString() ==
                        systems::kPassport + QStringLiteral("/FR");
        QVERIFY(passport);
    }

    void standardElementsAreUsed() {
        const QJsonObject p = PatientMapping::toPatient(full(), QStringLiteral("fac-1"));
        QCOMPARE(p.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Patient"));
        QCOMPARE(p.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        QCOMPARE(p.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1980-05"));
        QCOMPARE(p.value(QStringLiteral("managingOrganization"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("Organization/fac-1"));
        QStringList urls;
        for (const QJsonValue& e : array(p, "extension"))
            urls << e.toObject().value(QStringLiteral("url")).toString();
        QVERIFY(urls.contains(
            QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-birthPlace")));
        QVERIFY(urls.contains(
            QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-nationality")));
        const QJsonArray names = array(p, "name");
        QCOMPARE(names.size(), 2);
        QCOMPARE(array(names[1].toObject(), "extension")[0]
                     .toObject()
                     .value(QStringLiteral("valueCode"))
                     .toString(),
                 QStringLiteral("ar"));
        const QJsonObject contact = array(p, "contact")[0].toObject();
        QCOMPARE(array(array(contact, "relationship")[0].toObject(), "coding")[0]
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("C"));
        QStringList idTypes;
        for (const QJsonValue& v : array(p, "identifier"))
            idTypes << array(v.toObject().value(QStringLiteral("type")).toObject(), "coding")[0]
                           .toObject()
                           .value(QStringLiteral("code"))
                           .toString();
        QCOMPARE(idTypes, (QStringList{QStringLiteral("PI"), QStringLiteral("NI")}));
        const QJsonObject c = PatientMapping::toCoverage(full());
        QCOMPARE(c.value(QStringLiteral("id")).toString(), PatientMapping::coverageId(full().id));
        QCOMPARE(c.value(QStringLiteral("subscriberId")).toString(), QStringLiteral("123456789"));
        QVERIFY(!array(c, "payor").isEmpty()); // 1..* in R4
    }

    void noCoverageWithoutRegime() {
        PatientRecord r = full();
        r.coverageRegime = QStringLiteral("NONE");
        QVERIFY(PatientMapping::toCoverage(r).isEmpty());
        QCOMPARE(PatientMapping::fromFhir(PatientMapping::toPatient(r, {})).coverageRegime,
                 QStringLiteral("NONE"));
    }

    void unidentifiedPatientsAreTaggedWithATemporaryIdentifier() {
        PatientRecord r;
        r.id = QStringLiteral("tmp-1");
        r.unidentified = true;
        r.sex = Sex::Male;
        const QJsonObject p = PatientMapping::toPatient(r, {});
        QCOMPARE(array(p.value(QStringLiteral("meta")).toObject(), "tag")[0]
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("unidentified"));
        QCOMPARE(array(p, "identifier")[0].toObject().value(QStringLiteral("system")).toString(),
                 systems::kTemporary);
        QVERIFY(PatientMapping::fromFhir(p).unidentified);
        // Identified later: the tag and the temporary identifier go.
        r.unidentified = false;
        r.ipp = QStringLiteral("021694233X");
        const QJsonObject later = PatientMapping::toPatient(r, {}, p);
        QVERIFY(!later.contains(QStringLiteral("meta")));
        QCOMPARE(array(later, "identifier").size(), 1);
    }

    void activeIsKeptOnUpdate() {
        QVERIFY(PatientMapping::toPatient(full(), {}).value(u"active"_s).toBool());
        // Made inactive by a merge or by the server: a correction does not bring it back.
        QJsonObject previous = PatientMapping::toPatient(full(), {});
        previous.insert(u"active"_s, false);
        PatientRecord changed = full();
        changed.phone = u"+212699999999"_s;
        QCOMPARE(PatientMapping::toPatient(changed, {}, previous).value(u"active"_s),
                 QJsonValue(false));
    }

    void unmappedContentIsKeptOnUpdate() {
        QJsonObject previous = PatientMapping::toPatient(full(), QStringLiteral("fac-1"));
        previous.insert(
            QStringLiteral("link"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("replaces")}}});
        QJsonArray ids = array(previous, "identifier");
        ids.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:oid:1.2.3")},
                               {QStringLiteral("value"), QStringLiteral("X")}});
        previous.insert(QStringLiteral("identifier"), ids);
        QJsonObject meta{
            {QStringLiteral("versionId"), QStringLiteral("3")},
            {QStringLiteral("tag"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:x")},
                                    {QStringLiteral("code"), QStringLiteral("y")}}}}};
        previous.insert(QStringLiteral("meta"), meta);
        PatientRecord changed = full();
        changed.phone = QStringLiteral("+212699999999");
        const QJsonObject p = PatientMapping::toPatient(changed, QStringLiteral("fac-2"), previous);
        QVERIFY(p.contains(QStringLiteral("link")));
        QCOMPARE(array(p, "identifier").size(), 3);
        QCOMPARE(p.value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("versionId"))
                     .toString(),
                 QStringLiteral("3"));
        QCOMPARE(array(p.value(QStringLiteral("meta")).toObject(), "tag").size(), 1);
        // The registering facility does not change when another one edits.
        QCOMPARE(p.value(QStringLiteral("managingOrganization"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("Organization/fac-1"));
        QCOMPARE(PatientMapping::fromFhir(p).phone, QStringLiteral("+212699999999"));
    }

    // A correction opened before another site's change: each side's change is kept, group by
    // group; a group both changed differently keeps the correction's values and is named.
    void aCorrectionAndAChangeMadeElsewhereAreMergedGroupByGroup() {
        const PatientRecord base = full();
        PatientRecord mine = base;
        mine.address = QStringLiteral("12 rue Atlas"); // the address group, edited here
        mine.phone = QStringLiteral("+212611111111");
        PatientRecord theirs = base;
        theirs.ipp = base.ipp;
        theirs.emergencyPhone = QStringLiteral("+212622222222"); // the contact, edited there
        theirs.phone = QStringLiteral("+212633333333");          // the phone, both sides
        theirs.name.setFamily(PersonName::Script::Arabic, QStringLiteral("العلوي"));

        const EditsMerged m = mergeEdits(base, mine, theirs);
        QCOMPARE(m.record.address, QStringLiteral("12 rue Atlas"));
        QCOMPARE(m.record.emergencyPhone, QStringLiteral("+212622222222"));
        QCOMPARE(m.record.emergencyName, base.emergencyName);
        QCOMPARE(m.record.name.family(PersonName::Script::Arabic), QStringLiteral("العلوي"));
        QCOMPARE(m.record.name.given(PersonName::Script::Arabic),
                 base.name.given(PersonName::Script::Arabic));
        QCOMPARE(m.record.phone, QStringLiteral("+212611111111"));
        QCOMPARE(m.fromStored, (QStringList{u"familyArabic"_s, u"givenArabic"_s, u"emergencyName"_s,
                                            u"emergencyRelationship"_s, u"emergencyPhone"_s}));
        QCOMPARE(m.changedBoth, QStringList{u"phone"_s});

        // The same change on both sides is no conflict; nothing changed there, nothing said.
        theirs = mine;
        const EditsMerged alike = mergeEdits(base, mine, theirs);
        QCOMPARE(alike.record, mine);
        QVERIFY(alike.fromStored.isEmpty() && alike.changedBoth.isEmpty());
        const EditsMerged untouched = mergeEdits(base, mine, base);
        QCOMPARE(untouched.record, mine);
        QVERIFY(untouched.fromStored.isEmpty() && untouched.changedBoth.isEmpty());
    }

    // The desk's "C'est ce patient": what was typed goes into the existing record's blanks only.
    void anEntryCompletesOnlyWhatTheRecordLeavesBlank() {
        PatientRecord existing;
        existing.name = PersonName(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"));
        existing.sex = Sex::Female;
        existing.birthDate = PartialDate::year(1980);
        existing.phone = QStringLiteral("+212600000000");
        existing.city = QStringLiteral("Salé"); // an address begun: not mixed with another one
        existing.coverageRegime = QStringLiteral("NONE");
        PatientRecord entry = full();
        entry.sex = Sex::Male;

        PatientRecord completed = existing;
        const QStringList filled = completeBlanks(completed, entry);
        QCOMPARE(QSet<QString>(filled.cbegin(), filled.cend()),
                 QSet<QString>({u"documentType"_s, u"documentNumber"_s, u"documentExpiry"_s,
                                u"familyArabic"_s, u"givenArabic"_s, u"birthDate"_s, u"birthCity"_s,
                                u"birthCountry"_s, u"nationality"_s, u"emergencyName"_s,
                                u"emergencyRelationship"_s, u"emergencyPhone"_s,
                                u"accountingCategory"_s}));
        QCOMPARE(completed.documentNumber, entry.documentNumber);
        QCOMPARE(completed.documentExpiry, entry.documentExpiry);
        QCOMPARE(completed.name.family(PersonName::Script::Arabic), QStringLiteral("الإدريسي"));
        // Held values stay, even where the entry says otherwise.
        QCOMPARE(completed.name.given(PersonName::Script::Latin), QStringLiteral("Fatima"));
        QCOMPARE(completed.sex, Sex::Female);
        QCOMPARE(completed.phone, existing.phone);
        QCOMPARE(completed.city, QStringLiteral("Salé"));
        QVERIFY(completed.address.isEmpty() && completed.commune.isEmpty());
        QCOMPARE(completed.coverageRegime, QStringLiteral("NONE"));
        QVERIFY(completed.affiliationNumber.isEmpty());
        // The birth year completed by a date within it.
        QCOMPARE(completed.birthDate, PartialDate::yearMonth(1980, 5));

        // A date outside the year held, or no more precise, changes nothing.
        PatientRecord other = existing;
        entry.birthDate = PartialDate::yearMonth(1981, 5);
        QVERIFY(!completeBlanks(other, entry).contains(QStringLiteral("birthDate")));
        entry.birthDate = PartialDate::year(1980);
        QVERIFY(!completeBlanks(other, entry).contains(QStringLiteral("birthDate")));
        QCOMPARE(other.birthDate, PartialDate::year(1980));

        // Nothing to add: nothing filled, nothing changed.
        PatientRecord same = full();
        QVERIFY(completeBlanks(same, full()).isEmpty());
        QCOMPARE(same, full());
    }

    void aDocumentAddsItsExpiryOnlyToTheSameDocument() {
        PatientRecord existing = full();
        existing.documentExpiry = QDate();
        PatientRecord entry = full();
        QCOMPARE(completeBlanks(existing, entry), QStringList{QStringLiteral("documentExpiry")});
        QCOMPARE(existing.documentExpiry, entry.documentExpiry);

        PatientRecord another = full();
        another.documentExpiry = QDate();
        entry.documentNumber = QStringLiteral("BK999999");
        QVERIFY(completeBlanks(another, entry).isEmpty());
        QCOMPARE(another.documentNumber, QStringLiteral("BE123456"));
        QVERIFY(!another.documentExpiry.isValid());
    }

    void aDependantLinkIsTakenOnlyWhereNoCoverageIsHeld() {
        PatientRecord entry = full();
        entry.coverageRegime.clear();
        entry.affiliationNumber.clear();
        entry.insuredId = QStringLiteral("insured-1");
        entry.dependantRelation = DependantRelation::Child;
        PatientRecord uncovered;
        uncovered.name = entry.name;
        const QStringList filled = completeBlanks(uncovered, entry);
        QVERIFY(filled.contains(QStringLiteral("insuredId")));
        QVERIFY(filled.contains(QStringLiteral("dependantRelation")));
        QCOMPARE(uncovered.insuredId, QStringLiteral("insured-1"));
        QCOMPARE(uncovered.dependantRelation, DependantRelation::Child);

        PatientRecord insured = full(); // holds its own regime: not made anyone's dependant
        QVERIFY(!completeBlanks(insured, entry).contains(QStringLiteral("insuredId")));
        QCOMPARE(insured.dependantRelation, DependantRelation::None);
    }
};

QTEST_GUILESS_MAIN(PatientMappingTest)
#include "tst_PatientMapping.moc"
