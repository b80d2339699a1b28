#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientValidator.h>
#include <sijil/registry/ReferenceData.h>

#include <QHash>
#include <QRegularExpression>

namespace sijil::registry {

namespace {

constexpr const char* kCtx = "sijil::registry::PatientValidator";

// Messages are marked where they are written so that lupdate finds them.
core::UserText msg(const char* source) {
    return core::UserText(kCtx, source);
}

constexpr int kMaxName = 60;

using Severity = ValidationIssue::Severity;
using Script = core::PersonName::Script;

class Issues {
public:
    void error(const char* field, const char* code, core::UserText message) {
        add(Severity::Error, field, code, std::move(message));
    }
    void warning(const char* field, const char* code, core::UserText message) {
        add(Severity::Warning, field, code, std::move(message));
    }
    QList<ValidationIssue> list;

private:
    void add(Severity severity, const char* field, const char* code, core::UserText message) {
        list << ValidationIssue{severity, QString::fromLatin1(field),
                                QByteArray("registry/") + code, std::move(message)};
    }
};

bool matches(const char* pattern, const QString& text) {
    // Compiled once per thread and pattern (the patterns are literals): imports validate
    // every record.
    thread_local QHash<const char*, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(
                                          QString::fromLatin1(pattern))));
    return it->match(text).hasMatch();
}

bool isArabicLetter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x0620 && u <= 0x064A) || (u >= 0x064B && u <= 0x065F) || u == 0x0640 ||
           (u >= 0x0671 && u <= 0x06D3) || u == 0x06A4 || u == 0x06AD || u == 0x06AF;
}

bool isLatinNameChar(QChar c) {
    if (c == u' ' || c == u'-' || c == u'\'' || c == u'’')
        return true;
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

bool isArabicNameChar(QChar c) {
    return c == u' ' || c == u'-' || isArabicLetter(c);
}

// Combining marks a name may carry on a letter of its script (Unicode gives them the
// "inherited" script): Latin accents left apart by NFC, and the harakat, superscript alef
// (عبد الرحمٰن) and other marks of Arabic spelling.
bool isLatinMark(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x0300 && u <= 0x036F) || (u >= 0x1AB0 && u <= 0x1AFF) ||
           (u >= 0x1DC0 && u <= 0x1DFF);
}

bool isArabicMark(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x0610 && u <= 0x061A) || (u >= 0x064B && u <= 0x065F) || u == 0x0670 ||
           (u >= 0x06D6 && u <= 0x06DC) || (u >= 0x06DF && u <= 0x06E4) || u == 0x06E7 ||
           u == 0x06E8 || (u >= 0x06EA && u <= 0x06ED);
}

QString composed(const QString& name) {
    return name.normalized(QString::NormalizationForm_C);
}

void checkName(Issues& out, const QString& name, const char* field, Script script) {
    // A name pasted in decomposed form (e + U+0301) is the same name as the one typed.
    const QString value = composed(name);
    if (value.isEmpty())
        return;
    if (value.size() > kMaxName) {
        out.error(field, "name-too-long",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Ce nom est trop long (60 caractères au plus).")));
        return;
    }
    const bool latin = script == Script::Latin;
    bool afterLetter = false; // a mark belongs to the letter before it (and its other marks)
    for (const QChar c : value) {
        bool valid = false;
        if (latin ? isLatinMark(c) : isArabicMark(c)) {
            valid = afterLetter;
        } else {
            valid = latin ? isLatinNameChar(c) : isArabicNameChar(c);
            afterLetter = valid && c.isLetter();
        }
        if (!valid) {
            out.error(field, latin ? "name-not-latin" : "name-not-arabic",
                      latin
                          ? msg(QT_TRANSLATE_NOOP(
                                "sijil::registry::PatientValidator",
                                "Écrivez ce nom en lettres latines (lettres, espaces, tirets ou "
                                "apostrophes)."))
                          : msg(QT_TRANSLATE_NOOP(
                                "sijil::registry::PatientValidator",
                                "Écrivez ce nom en lettres arabes (lettres, espaces ou tirets).")));
            return;
        }
    }
}

QString compact(const QString& s) {
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

void checkDocument(Issues& out, const PatientRecord& r, QDate today) {
    const QString number = compact(r.documentNumber);
    if (r.documentType == DocumentType::None) {
        if (!number.isEmpty())
            out.error(
                "documentType", "document-type-missing",
                msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                      "Choisissez le type de la pièce d'identité de ce numéro.")));
        return;
    }
    if (number.isEmpty()) {
        out.error("documentNumber", "document-number-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Saisissez le numéro de la pièce d'identité.")));
        return;
    }
    switch (r.documentType) {
    case DocumentType::Cnie:
        if (!matches("[A-Z]{1,2}[0-9]{1,6}", number))
            out.error("documentNumber", "cnie-format",
                      msg(QT_TRANSLATE_NOOP(
                          "sijil::registry::PatientValidator",
                          "Le numéro de CNIE s'écrit avec une ou deux lettres suivies de six "
                          "chiffres au plus (ex. : BE123456).")));
        break;
    case DocumentType::Passport:
        if (!matches("[A-Z0-9]{6,12}", number))
            out.error("documentNumber", "passport-format",
                      msg(QT_TRANSLATE_NOOP(
                          "sijil::registry::PatientValidator",
                          "Le numéro de passeport comporte de 6 à 12 lettres ou chiffres.")));
        break;
    case DocumentType::ResidenceCard:
        if (!matches("[A-Z0-9]{5,15}", number))
            out.error("documentNumber", "residence-card-format",
                      msg(QT_TRANSLATE_NOOP(
                          "sijil::registry::PatientValidator",
                          "Le numéro de carte de séjour comporte de 5 à 15 lettres ou chiffres.")));
        break;
    case DocumentType::BirthRecord:
        if (!matches("[0-9]{1,6}/[0-9]{4}", number))
            out.error(
                "documentNumber", "birth-record-format",
                msg(QT_TRANSLATE_NOOP(
                    "sijil::registry::PatientValidator",
                    "Le numéro d'acte de naissance s'écrit numéro/année (ex. : 1234/2015).")));
        else if (r.birthDate.isValid() && r.birthDate.ageOn(today) >= 18)
            out.warning("documentType", "birth-record-adult",
                        msg(QT_TRANSLATE_NOOP(
                            "sijil::registry::PatientValidator",
                            "L'extrait d'acte de naissance sert aux mineurs : ce patient est "
                            "majeur. Demandez sa CNIE si possible.")));
        break;
    case DocumentType::None:
        break;
    }
    if (r.documentExpiry.isValid() && r.documentExpiry < today)
        out.warning("documentExpiry", "document-expired",
                    core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                                           "Cette pièce a expiré le %1 : "
                                                           "l'admission reste possible."))
                        .arg(QLocale().toString(r.documentExpiry, QLocale::ShortFormat)));
}

void checkIdentity(Issues& out, const PatientRecord& r, QDate today) {
    checkName(out, r.name.family(Script::Latin), "familyLatin", Script::Latin);
    checkName(out, r.name.given(Script::Latin), "givenLatin", Script::Latin);
    checkName(out, r.name.family(Script::Arabic), "familyArabic", Script::Arabic);
    checkName(out, r.name.given(Script::Arabic), "givenArabic", Script::Arabic);
    if (!r.unidentified && !r.name.hasCompleteName())
        out.error("name", "name-incomplete",
                  msg(QT_TRANSLATE_NOOP(
                      "sijil::registry::PatientValidator",
                      "Saisissez au moins un nom et un prénom, en lettres latines ou arabes.")));
    if (!r.unidentified && r.sex == core::Sex::Unknown)
        out.error("sex", "sex-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator", "Indiquez le sexe.")));
    if (!r.birthDate.isValid()) {
        if (!r.unidentified)
            out.error(
                "birthDate", "birth-date-missing",
                msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                      "Saisissez la date de naissance, ou au moins l'année.")));
    } else if (r.birthDate.earliest() > today) {
        out.error("birthDate", "birth-date-future",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "La date de naissance est dans le futur.")));
    } else if (r.birthDate.yearValue() < 1900) {
        out.error("birthDate", "birth-date-too-old",
                  msg(QT_TRANSLATE_NOOP(
                      "sijil::registry::PatientValidator",
                      "La date de naissance est antérieure à 1900 : vérifiez l'année.")));
    }
}

void checkPlaces(Issues& out, const PatientRecord& r, const ReferenceData& ref) {
    if (!r.birthCountry.isEmpty() && !ref.country(r.birthCountry))
        out.error("birthCountry", "country-unknown",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Ce pays ne figure pas dans la liste.")));
    if (r.nationality.isEmpty()) {
        if (!r.unidentified)
            out.error("nationality", "nationality-missing",
                      msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                            "Indiquez la nationalité.")));
    } else if (!ref.country(r.nationality)) {
        out.error("nationality", "nationality-unknown",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Cette nationalité ne figure pas dans la liste.")));
    }
    if (!r.province.isEmpty() && !ref.subdivision(r.province))
        out.error(
            "province", "province-unknown",
            msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                  "Cette préfecture ou province ne figure pas dans la liste.")));
    if (!r.commune.isEmpty() && !ref.isKnownCommune(r.commune, r.province))
        out.warning("commune", "commune-unknown",
                    msg(QT_TRANSLATE_NOOP(
                        "sijil::registry::PatientValidator",
                        "Cette commune ne figure pas dans la liste de référence : vérifiez son "
                        "orthographe.")));
}

void checkContacts(Issues& out, const PatientRecord& r) {
    const auto badPhone = msg(QT_TRANSLATE_NOOP(
        "sijil::registry::PatientValidator",
        "Numéro de téléphone invalide : saisissez un numéro marocain (ex. : 06 12 34 56 78) ou "
        "international commençant par + ou 00."));
    if (!r.phone.trimmed().isEmpty() && !PatientValidator::phoneE164(r.phone))
        out.error("phone", "phone-invalid", badPhone);
    const bool hasName = !r.emergencyName.trimmed().isEmpty();
    const bool hasPhone = !r.emergencyPhone.trimmed().isEmpty();
    if (hasPhone && !PatientValidator::phoneE164(r.emergencyPhone))
        out.error("emergencyPhone", "phone-invalid", badPhone);
    if (hasName && !hasPhone)
        out.error("emergencyPhone", "emergency-phone-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Saisissez le téléphone de la personne à prévenir.")));
    if (hasPhone && !hasName)
        out.error("emergencyName", "emergency-name-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Saisissez le nom de la personne à prévenir.")));
    if (!r.emergencyRelationship.isEmpty() &&
        !PatientValidator::relationshipCodes().contains(r.emergencyRelationship))
        out.error("emergencyRelationship", "relationship-unknown",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Ce lien de parenté ne figure pas dans la liste.")));
}

void checkCoverage(Issues& out, const PatientRecord& r, const ReferenceData& ref) {
    if (r.accountingCategory.isEmpty())
        out.error("accountingCategory", "accounting-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Choisissez la catégorie de prise en charge.")));
    else if (!ref.accountingCategory(r.accountingCategory))
        out.error("accountingCategory", "accounting-unknown",
                  msg(QT_TRANSLATE_NOOP(
                      "sijil::registry::PatientValidator",
                      "Cette catégorie de prise en charge ne figure pas dans la liste.")));
    const bool dependant = r.dependantRelation != DependantRelation::None;
    if (dependant && r.insuredId.isEmpty())
        out.error("insuredId", "insured-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Choisissez l'assuré dont dépend ce patient.")));
    if (dependant && !r.insuredId.isEmpty() && r.insuredId == r.id)
        out.error("insuredId", "insured-self",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Un patient ne peut pas être son propre assuré.")));
    if (r.coverageRegime.isEmpty()) {
        out.error("coverageRegime", "regime-missing",
                  msg(QT_TRANSLATE_NOOP(
                      "sijil::registry::PatientValidator",
                      "Choisissez le régime de couverture sociale (« Aucune » s'il n'en a pas).")));
        return;
    }
    if (!ref.coverageRegime(r.coverageRegime)) {
        out.error("coverageRegime", "regime-unknown",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Ce régime de couverture ne figure pas dans la liste.")));
        return;
    }
    if (r.coverageRegime == u"NONE") {
        if (dependant)
            out.error("coverageRegime", "dependant-without-regime",
                      msg(QT_TRANSLATE_NOOP(
                          "sijil::registry::PatientValidator",
                          "Un ayant droit suit le régime de son assuré : choisissez ce régime.")));
        return;
    }
    const QString number = compact(r.affiliationNumber);
    if (number.isEmpty()) {
        out.error("affiliationNumber", "affiliation-missing",
                  msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                        "Saisissez le numéro d'immatriculation de l'assuré.")));
    } else if (r.coverageRegime == u"AMO-CNSS" && !matches("[0-9]{9}", number)) {
        out.error(
            "affiliationNumber", "affiliation-cnss",
            msg(QT_TRANSLATE_NOOP("sijil::registry::PatientValidator",
                                  "Le numéro d'immatriculation à la CNSS comporte 9 chiffres.")));
    } else if (!matches("[A-Z0-9/-]{4,20}", number)) {
        out.error(
            "affiliationNumber", "affiliation-format",
            msg(QT_TRANSLATE_NOOP(
                "sijil::registry::PatientValidator",
                "Le numéro d'immatriculation comporte de 4 à 20 lettres, chiffres, / ou -.")));
    }
}

} // namespace

PatientValidator::PatientValidator(const ReferenceData& reference, QDate today)
    : m_reference(reference)
    , m_today(today) {}

QStringList PatientValidator::relationshipCodes() {
    // v3 RoleCode: mother, father, spouse, child, brother, sister, family member, friend,
    // neighbour.
    return {QStringLiteral("MTH"),     QStringLiteral("FTH"),  QStringLiteral("SPS"),
            QStringLiteral("CHILD"),   QStringLiteral("BRO"),  QStringLiteral("SIS"),
            QStringLiteral("FAMMEMB"), QStringLiteral("FRND"), QStringLiteral("NBOR")};
}

QList<ValidationIssue> PatientValidator::validate(const PatientRecord& r) const {
    Issues out;
    if (!r.ipp.isEmpty() && !Ipp::isValid(r.ipp))
        out.error("ipp", "ipp-invalid",
                  msg(QT_TRANSLATE_NOOP(
                      "sijil::registry::PatientValidator",
                      "Cet IPP est invalide : vérifiez les chiffres (le dernier caractère est une "
                      "clé de contrôle).")));
    checkDocument(out, r, m_today);
    checkIdentity(out, r, m_today);
    checkPlaces(out, r, m_reference);
    checkContacts(out, r);
    checkCoverage(out, r, m_reference);
    return out.list;
}

bool PatientValidator::hasErrors(const QList<ValidationIssue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue& i) { return i.severity == Severity::Error; });
}

PatientRecord PatientValidator::normalized(const PatientRecord& record) {
    PatientRecord r = record;
    r.ipp = Ipp::normalized(r.ipp);
    r.documentNumber = compact(r.documentNumber);
    for (const Script script : {Script::Latin, Script::Arabic}) {
        r.name.setFamily(script, composed(r.name.family(script)));
        r.name.setGiven(script, composed(r.name.given(script)));
    }
    r.affiliationNumber = compact(r.affiliationNumber);
    for (QString* phone : {&r.phone, &r.emergencyPhone}) {
        if (auto e164 = phoneE164(*phone))
            *phone = *e164;
        else
            *phone = phone->trimmed();
    }
    for (QString* text : {&r.birthCity, &r.address, &r.city, &r.commune, &r.emergencyName,
                          &r.documentCountry, &r.birthCountry, &r.nationality})
        *text = text->simplified();
    r.documentCountry = r.documentCountry.toUpper();
    r.birthCountry = r.birthCountry.toUpper();
    r.nationality = r.nationality.toUpper();
    return r;
}

} // namespace sijil::registry
