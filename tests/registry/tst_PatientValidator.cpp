// Every field of the registration: valid and invalid values, each with its exact message.
#include <sijil/registry/PatientValidator.h>
#include <sijil/registry/ReferenceData.h>

#include <QtTest>

#include <functional>

using namespace sijil::registry;
using sijil::core::PartialDate;
using sijil::core::PersonName;
using sijil::core::Sex;
using Edit = std::function<void(PatientRecord&)>;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Edit)

namespace {

const QDate kToday(2026, 11, 30);

PatientRecord valid() {
    PatientRecord r;
    r.id = QStringLiteral("p1");
    r.documentType = DocumentType::Cnie;
    r.documentNumber = QStringLiteral("BE123456");
    r.documentExpiry = QDate(2030, 1, 1);
    r.name = PersonName(QStringLiteral("El Idrissi"), QStringLiteral("Fatima Zahra"),
                        QStringLiteral("الإدريسي"), QStringLiteral("فاطمة الزهراء"));
    r.sex = Sex::Female;
    r.birthDate = PartialDate::fromDate(QDate(1980, 5, 17));
    r.birthCity = QStringLiteral("Fès");
    r.birthCountry = QStringLiteral("MA");
    r.nationality = QStringLiteral("MA");
    r.address = QStringLiteral("12 rue Oued Fès");
    r.city = QStringLiteral("Rabat");
    r.province = QStringLiteral("MA-RAB");
    r.phone = QStringLiteral("06 12 34 56 78");
    r.emergencyName = QStringLiteral("Ahmed El Idrissi");
    r.emergencyRelationship = QStringLiteral("SPS");
    r.emergencyPhone = QStringLiteral("+33 6 12 34 56 78");
    r.accountingCategory = QStringLiteral("TIERS-PAYANT");
    r.coverageRegime = QStringLiteral("AMO-CNSS");
    r.affiliationNumber = QStringLiteral("123456789");
    return r;
}

} // namespace

class PatientValidatorTest : public QObject {
    Q_OBJECT

    std::optional<ReferenceData> m_ref;

    QList<ValidationIssue> check(const PatientRecord& r) const {
        return PatientValidator(*m_ref, kToday).validate(r);
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(
            QLocale(QLocale::French, QLocale::Morocco)); // dates as the UI shows them
        auto ref = ReferenceData::load({});
        QVERIFY(ref.ok());
        m_ref = *ref;
    }

    void aCompleteRecordIsValid() { QVERIFY(check(valid()).isEmpty()); }

    void namesAsTheyAreWritten_data() {
        QTest::addColumn<bool>("arabic");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("message"); // empty: accepted
        const QString notLatin = QStringLiteral(
            "Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).");
        const QString notArabic =
            QStringLiteral("Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).");
        QTest::newRow("superscript alef") << true << u"عبد الرحمٰن"_s << QString();
        QTest::newRow("harakat and shadda") << true << u"مُحَمَّد"_s << QString();
        QTest::newRow("decomposed acute") << false << u"Jose\u0301"_s << QString();
        QTest::newRow("decomposed accents") << false << u"He\u0301le\u0300ne"_s << QString();
        QTest::newRow("mark with no composed form") << false << u"Ban\u0308a"_s << QString();
        QTest::newRow("latin mark first") << false << u"\u0301Ali"_s << notLatin;
        QTest::newRow("latin mark after a space") << false << u"Ali \u0301"_s << notLatin;
        QTest::newRow("arabic mark on a latin name") << false << u"Ali\u0670"_s << notLatin;
        QTest::newRow("superscript alef first") << true << u"\u0670علي"_s << notArabic;
        QTest::newRow("latin mark on an arabic name") << true << u"علي\u0301"_s << notArabic;
    }
    void namesAsTheyAreWritten() {
        QFETCH(bool, arabic);
        QFETCH(QString, given);
        QFETCH(QString, message);
        PatientRecord r = valid();
        const auto script = arabic ? PersonName::Script::Arabic : PersonName::Script::Latin;
        r.name.setGiven(script, given);
        const QList<ValidationIssue> issues = check(r);
        if (message.isEmpty()) {
            QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : issues[0].code.constData());
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues[0].field, QString::fromLatin1(arabic ? "givenArabic" : "givenLatin"));
            QCOMPARE(issues[0].message.toString(), message);
        }
        // Stored composed, as typed at the desk: the same name compares equal.
        QCOMPARE(PatientValidator::normalized(r).name.given(script),
                 given.normalized(QString::NormalizationForm_C));
    }

    void fields_data() {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* tag, Edit e, const char* field, bool error,
                            const char* message) {
            QTest::newRow(tag) << e << QString::fromLatin1(field) << error
                               << QString::fromUtf8(message);
        };
        row(
            "ipp bad check", [](PatientRecord& r) { r.ipp = QStringLiteral("0216942330"); }, "ipp",
            true,
            "Cet IPP est invalide : vérifiez les chiffres (le dernier caractère est une clé de "
            "contrôle).");
        row(
            "number without type", [](PatientRecord& r) { r.documentType = DocumentType::None; },
            "documentType", true, "Choisissez le type de la pièce d'identité de ce numéro.");
        row(
            "type without number", [](PatientRecord& r) { r.documentNumber.clear(); },
            "documentNumber", true, "Saisissez le numéro de la pièce d'identité.");
        row(
            "cnie digits only",
            [](PatientRecord& r) { r.documentNumber = QStringLiteral("123456"); }, "documentNumber",
            true,
            "Le numéro de CNIE s'écrit avec une ou deux lettres suivies de six chiffres au plus "
            "(ex. : BE123456).");
        row(
            "cnie three letters",
            [](PatientRecord& r) { r.documentNumber = QStringLiteral("ABC12345"); },
            "documentNumber", true,
            "Le numéro de CNIE s'écrit avec une ou deux lettres suivies de six chiffres au plus "
            "(ex. : BE123456).");
        row(
            "passport short",
            [](PatientRecord& r) {
                r.documentType = DocumentType::Passport;
                r.documentNumber = QStringLiteral("AB12");
            },
            "documentNumber", true,
            "Le numéro de passeport comporte de 6 à 12 lettres ou chiffres.");
        row(
            "residence card symbols",
            [](PatientRecord& r) {
                r.documentType = DocumentType::ResidenceCard;
                r.documentNumber = QStringLiteral("AB-12");
            },
            "documentNumber", true,
            "Le numéro de carte de séjour comporte de 5 à 15 lettres ou chiffres.");
        row(
            "birth record without year",
            [](PatientRecord& r) {
                r.documentType = DocumentType::BirthRecord;
                r.documentNumber = QStringLiteral("1234");
            },
            "documentNumber", true,
            "Le numéro d'acte de naissance s'écrit numéro/année (ex. : 1234/2015).");
        row(
            "birth record for an adult",
            [](PatientRecord& r) {
                r.documentType = DocumentType::BirthRecord;
                r.documentNumber = QStringLiteral("1234/1980");
            },
            "documentType", false,
            "L'extrait d'acte de naissance sert aux mineurs : ce patient est majeur. Demandez "
            "sa CNIE si possible.");
        row(
            "expired document", [](PatientRecord& r) { r.documentExpiry = QDate(2020, 1, 2); },
            "documentExpiry", false,
            "Cette pièce a expiré le 02/01/2020 : l'admission reste possible.");
        row(
            "latin name with arabic",
            [](PatientRecord& r) {
                r.name.setFamily(PersonName::Script::Latin, QStringLiteral("Idrissi محمد"));
            },
            "familyLatin", true,
            "Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).");
        row(
            "latin name with digits",
            [](PatientRecord& r) {
                r.name.setGiven(PersonName::Script::Latin, QStringLiteral("Fatima2"));
            },
            "givenLatin", true,
            "Écrivez ce nom en lettres latines (lettres, espaces, tirets ou apostrophes).");
        row(
            "arabic name with latin",
            [](PatientRecord& r) {
                r.name.setFamily(PersonName::Script::Arabic, QStringLiteral("Idrissi"));
            },
            "familyArabic", true, "Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).");
        row(
            "name too long",
            [](PatientRecord& r) { r.name.setGiven(PersonName::Script::Latin, QString(61, u'a')); },
            "givenLatin", true, "Ce nom est trop long (60 caractères au plus).");
        row(
            "no complete name",
            [](PatientRecord& r) {
                r.name = PersonName(QStringLiteral("Idrissi"), {}, {}, QStringLiteral("فاطمة"));
            },
            "name", true, "Saisissez au moins un nom et un prénom, en lettres latines ou arabes.");
        row(
            "sex missing", [](PatientRecord& r) { r.sex = Sex::Unknown; }, "sex", true,
            "Indiquez le sexe.");
        row(
            "birth date missing", [](PatientRecord& r) { r.birthDate = {}; }, "birthDate", true,
            "Saisissez la date de naissance, ou au moins l'année.");
        row(
            "born tomorrow",
            [](PatientRecord& r) { r.birthDate = PartialDate::fromDate(kToday.addDays(1)); },
            "birthDate", true, "La date de naissance est dans le futur.");
        row(
            "born next year (year only)",
            [](PatientRecord& r) { r.birthDate = PartialDate::year(2027); }, "birthDate", true,
            "La date de naissance est dans le futur.");
        row(
            "born 1890", [](PatientRecord& r) { r.birthDate = PartialDate::year(1890); },
            "birthDate", true, "La date de naissance est antérieure à 1900 : vérifiez l'année.");
        row(
            "birth country unknown",
            [](PatientRecord& r) { r.birthCountry = QStringLiteral("XX"); }, "birthCountry", true,
            "Ce pays ne figure pas dans la liste.");
        row(
            "nationality missing", [](PatientRecord& r) { r.nationality.clear(); }, "nationality",
            true, "Indiquez la nationalité.");
        row(
            "nationality unknown", [](PatientRecord& r) { r.nationality = QStringLiteral("EH"); },
            "nationality", true, "Cette nationalité ne figure pas dans la liste.");
        row(
            "province unknown", [](PatientRecord& r) { r.province = QStringLiteral("MA-XXX"); },
            "province", true, "Cette préfecture ou province ne figure pas dans la liste.");
        row(
            "commune not in the list",
            [](PatientRecord& r) { r.commune = QStringLiteral("Hay Riad"); }, "commune", false,
            "Cette commune ne figure pas dans la liste de référence : vérifiez son orthographe.");
        row(
            "phone too short", [](PatientRecord& r) { r.phone = QStringLiteral("061234567"); },
            "phone", true,
            "Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) "
            "ou international commençant par + ou 00.");
        row(
            "phone letters", [](PatientRecord& r) { r.emergencyPhone = QStringLiteral("abc"); },
            "emergencyPhone", true,
            "Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) "
            "ou international commençant par + ou 00.");
        row(
            "contact without phone", [](PatientRecord& r) { r.emergencyPhone.clear(); },
            "emergencyPhone", true, "Saisissez le téléphone de la personne à prévenir.");
        row(
            "contact without name", [](PatientRecord& r) { r.emergencyName.clear(); },
            "emergencyName", true, "Saisissez le nom de la personne à prévenir.");
        row(
            "relationship unknown",
            [](PatientRecord& r) { r.emergencyRelationship = QStringLiteral("BOSS"); },
            "emergencyRelationship", true, "Ce lien de parenté ne figure pas dans la liste.");
        row(
            "accounting missing", [](PatientRecord& r) { r.accountingCategory.clear(); },
            "accountingCategory", true, "Choisissez la catégorie de prise en charge.");
        row(
            "accounting unknown",
            [](PatientRecord& r) { r.accountingCategory = QStringLiteral("VIP"); },
            "accountingCategory", true,
            "Cette catégorie de prise en charge ne figure pas dans la liste.");
        row(
            "regime missing", [](PatientRecord& r) { r.coverageRegime.clear(); }, "coverageRegime",
            true, "Choisissez le régime de couverture sociale (« Aucune » s'il n'en a pas).");
        row(
            "regime unknown", [](PatientRecord& r) { r.coverageRegime = QStringLiteral("RAMED"); },
            "coverageRegime", true, "Ce régime de couverture ne figure pas dans la liste.");
        row(
            "affiliation missing", [](PatientRecord& r) { r.affiliationNumber.clear(); },
            "affiliationNumber", true, "Saisissez le numéro d'immatriculation de l'assuré.");
        row(
            "cnss affiliation not 9 digits",
            [](PatientRecord& r) { r.affiliationNumber = QStringLiteral("12345"); },
            "affiliationNumber", true,
            "Le numéro d'immatriculation à la CNSS comporte 9 chiffres.");
        row(
            "cnops affiliation symbols",
            [](PatientRecord& r) {
                r.coverageRegime = QStringLiteral("AMO-CNOPS");
                r.affiliationNumber = QStringLiteral("12#45");
            },
            "affiliationNumber", true,
            "Le numéro d'immatriculation comporte de 4 à 20 lettres, chiffres, / ou -.");
        row(
            "dependant without insured",
            [](PatientRecord& r) { r.dependantRelation = DependantRelation::Child; }, "insuredId",
            true, "Choisissez l'assuré dont dépend ce patient.");
        row(
            "own insured",
            [](PatientRecord& r) {
                r.dependantRelation = DependantRelation::Spouse;
                r.insuredId = r.id;
            },
            "insuredId", true, "Un patient ne peut pas être son propre assuré.");
        row(
            "dependant without regime",
            [](PatientRecord& r) {
                r.dependantRelation = DependantRelation::Spouse;
                r.insuredId = QStringLiteral("p2");
                r.coverageRegime = QStringLiteral("NONE");
            },
            "coverageRegime", true,
            "Un ayant droit suit le régime de son assuré : choisissez ce régime.");
    }
    void fields() {
        QFETCH(Edit, edit);
        QFETCH(QString, field);
        QFETCH(bool, isError);
        QFETCH(QString, message);
        PatientRecord r = valid();
        edit(r);
        const QList<ValidationIssue> issues = check(r);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].field, field);
        QCOMPARE(issues[0].severity == ValidationIssue::Severity::Error, isError);
        QCOMPARE(issues[0].message.toString(), message);
        QVERIFY(issues[0].code.startsWith("registry/"));
        QCOMPARE(PatientValidator::hasErrors(issues), isError);
    }

    void goodValuesPass_data() {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("ipp valid")
            << Edit([](PatientRecord& r) { r.ipp = QStringLiteral("021694233X"); });
        QTest::newRow("cnie one letter")
            << Edit([](PatientRecord& r) { r.documentNumber = QStringLiteral("a 12345"); });
        QTest::newRow("passport") << Edit([](PatientRecord& r) {
            r.documentType = DocumentType::Passport;
            r.documentNumber = QStringLiteral("UZ1234567");
            r.documentCountry = QStringLiteral("FR");
        });
        QTest::newRow("birth record minor") << Edit([](PatientRecord& r) {
            r.documentType = DocumentType::BirthRecord;
            r.documentNumber = QStringLiteral("1234/2020");
            r.birthDate = PartialDate::year(2020);
        });
        QTest::newRow("no document") << Edit([](PatientRecord& r) {
            r.documentType = DocumentType::None;
            r.documentNumber.clear();
        });
        QTest::newRow("arabic only") << Edit([](PatientRecord& r) {
            r.name = PersonName({}, {}, QStringLiteral("العلوي"), QStringLiteral("محمد"));
        });
        QTest::newRow("latin only with apostrophe") << Edit([](PatientRecord& r) {
            r.name = PersonName(QStringLiteral("Aït M'barek"), QStringLiteral("Hélène-Marie"));
        });
        QTest::newRow("year only")
            << Edit([](PatientRecord& r) { r.birthDate = PartialDate::year(1950); });
        QTest::newRow("month and year")
            << Edit([](PatientRecord& r) { r.birthDate = PartialDate::yearMonth(1950, 4); });
        QTest::newRow("landline") << Edit(
            [](PatientRecord& r) { r.phone = QStringLiteral("0522 12 34 56"); });
        QTest::newRow("00 prefix")
            << Edit([](PatientRecord& r) { r.phone = QStringLiteral("0033 6 12 34 56 78"); });
        QTest::newRow("no emergency contact") << Edit([](PatientRecord& r) {
            r.emergencyName.clear();
            r.emergencyPhone.clear();
            r.emergencyRelationship.clear();
        });
        QTest::newRow("uninsured") << Edit([](PatientRecord& r) {
            r.coverageRegime = QStringLiteral("NONE");
            r.affiliationNumber.clear();
        });
        QTest::newRow("dependant") << Edit([](PatientRecord& r) {
            r.dependantRelation = DependantRelation::Child;
            r.insuredId = QStringLiteral("p0");
        });
    }
    void goodValuesPass() {
        QFETCH(Edit, edit);
        PatientRecord r = valid();
        edit(r);
        const auto issues = check(r);
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : issues[0].code.constData());
    }

    void anUnidentifiedPatientNeedsNoIdentity() {
        PatientRecord r;
        r.unidentified = true;
        r.accountingCategory = QStringLiteral("URGENCE");
        r.coverageRegime = QStringLiteral("NONE");
        QVERIFY(check(r).isEmpty());
    }

    void normalisationForStorage() {
        PatientRecord r = valid();
        r.documentNumber = QStringLiteral(" be 123 456 ");
        r.nationality = QStringLiteral("ma");
        const PatientRecord n = PatientValidator::normalized(r);
        QCOMPARE(n.documentNumber, QStringLiteral("BE123456"));
        QCOMPARE(n.phone, QStringLiteral("+212612345678"));
        QCOMPARE(n.emergencyPhone, QStringLiteral("+33612345678"));
        QCOMPARE(n.nationality, QStringLiteral("MA"));
        r.phone = QStringLiteral(" 12 ");
        QCOMPARE(PatientValidator::normalized(r).phone, QStringLiteral("12")); // kept as typed
    }
};

QTEST_GUILESS_MAIN(PatientValidatorTest)
#include "tst_PatientValidator.moc"
