#include "MrzFields.h"

#include <tuple>

namespace sijil::identity::mrz {

namespace {

constexpr const char* kCtx = "sijil::identity::MrzParser";

core::Error error(const char* code, const char* message, const QString& detail) {
    return core::Error(code, core::UserText(kCtx, message), detail);
}

// A pair of digits, or -1 for "<<" (unknown), or -2 for anything else.
int twoDigits(QStringView pair) {
    if (pair.at(0) == kFiller && pair.at(1) == kFiller)
        return -1;
    const int tens = characterValue(pair.at(0));
    const int units = characterValue(pair.at(1));
    if (tens < 0 || tens > 9 || units < 0 || units > 9 || pair.at(0) == kFiller ||
        pair.at(1) == kFiller)
        return -2;
    return tens * 10 + units;
}

using Ymd = std::tuple<int, int, int>;

Ymd ymd(QDate date) {
    return {date.year(), date.month(), date.day()};
}

} // namespace

int characterValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u == u'<')
        return 0;
    return -1;
}

QString withoutTrailingFillers(QStringView field) {
    qsizetype end = field.size();
    while (end > 0 && field.at(end - 1) == kFiller)
        --end;
    return field.first(end).toString();
}

QString withoutFillers(QStringView field) {
    qsizetype begin = 0;
    while (begin < field.size() && field.at(begin) == kFiller)
        ++begin;
    return withoutTrailingFillers(field.sliced(begin));
}

core::Result<core::PartialDate> decodeBirthDate(QStringView yymmdd, QDate today) {
    const int yy = twoDigits(yymmdd.sliced(0, 2));
    const int mm = twoDigits(yymmdd.sliced(2, 2));
    const int dd = twoDigits(yymmdd.sliced(4, 2));
    const auto bad = [] {
        return error("identity/mrz-bad-date",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "La date de naissance lue n'existe pas (jour, mois ou "
                                       "chiffres impossibles) : relisez la zone."),
                     QStringLiteral("birth date is not a date"));
    };
    if (yy == -2 || mm == -2 || dd == -2)
        return bad();
    // A wholly unknown birth date is allowed (ICAO fills it with '<'); nothing can be kept of it.
    if (yy == -1)
        return core::PartialDate();
    if (mm == 0 || mm > 12 || dd == 0 || dd > 31)
        return bad();
    // The century: the latest whose date is not after today. An unknown month or day counts as
    // the earliest possible, so that a year alone is placed as late as it can be.
    const int century = today.year() - today.year() % 100;
    int year = century + yy;
    if (Ymd(year, mm > 0 ? mm : 1, mm > 0 && dd > 0 ? dd : 1) > ymd(today))
        year -= 100;
    if (mm == -1)
        return core::PartialDate::year(year);
    if (dd == -1)
        return core::PartialDate::yearMonth(year, mm);
    const QDate date(year, mm, dd);
    if (!date.isValid())
        return bad(); // 29 February of a year that has none, 31 April...
    return core::PartialDate::fromDate(date);
}

core::Result<QDate> decodeExpiryDate(QStringView yymmdd, QDate today) {
    const int yy = twoDigits(yymmdd.sliced(0, 2));
    const int mm = twoDigits(yymmdd.sliced(2, 2));
    const int dd = twoDigits(yymmdd.sliced(4, 2));
    if (yy < 0 || mm < 1 || mm > 12 || dd < 1 || dd > 31)
        return error("identity/mrz-bad-date",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "La date d'expiration lue n'existe pas (jour, mois ou "
                                       "chiffres impossibles) : relisez la zone."),
                     QStringLiteral("expiry date is not a complete date"));
    // Documents are valid for 10 years, rarely more; expired ones may be decades old. The window
    // [today - 80 years, today + 20 years) holds exactly one of the candidate centuries.
    const int century = today.year() - today.year() % 100;
    const Ymd low(today.year() - 80, today.month(), today.day());
    int year = century - 100 + yy;
    while (Ymd(year, mm, dd) < low)
        year += 100;
    const QDate date(year, mm, dd);
    if (!date.isValid())
        return error("identity/mrz-bad-date",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "La date d'expiration lue n'existe pas (jour, mois ou "
                                       "chiffres impossibles) : relisez la zone."),
                     QStringLiteral("expiry date does not exist"));
    return date;
}

core::Result<core::Sex> decodeSex(QChar c) {
    switch (c.unicode()) {
    case u'M':
        return core::Sex::Male;
    case u'F':
        return core::Sex::Female;
    case u'X':
        return core::Sex::Other;
    case u'<':
        return core::Sex::Unknown;
    default:
        return error("identity/mrz-bad-sex",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "Le sexe lu n'est ni M, ni F, ni X, ni « < » : relisez la "
                                       "zone."),
                     QStringLiteral("sex field is not M, F, X or <"));
    }
}

core::Result<QString> decodeCountry(QStringView field, CountryField which) {
    const QString code = withoutTrailingFillers(field);
    bool ok = !code.isEmpty();
    for (QChar c : code)
        ok = ok && c.unicode() >= u'A' && c.unicode() <= u'Z';
    if (ok)
        return code;
    if (which == CountryField::IssuingState)
        return error("identity/mrz-bad-country",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "Le code du pays émetteur n'est pas un code de trois "
                                       "lettres : relisez la zone."),
                     QStringLiteral("issuing state is not letters followed by fillers"));
    return error("identity/mrz-bad-country",
                 QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                   "Le code de nationalité n'est pas un code de trois lettres : "
                                   "relisez la zone."),
                 QStringLiteral("nationality is not letters followed by fillers"));
}

core::Result<Name> decodeName(QStringView field, int line, int firstColumn) {
    // No check digit covers the name: a digit there is the one sign of a misread we can catch.
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i).isDigit()) {
            const int column = firstColumn + static_cast<int>(i);
            return core::Error(
                "identity/mrz-bad-name",
                core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                                       "Le nom contient un chiffre (ligne %1, "
                                                       "position %2) : la zone a été mal lue."))
                    .arg(QString::number(line))
                    .arg(QString::number(column)),
                QStringLiteral("digit in the name field at line %1 column %2")
                    .arg(line)
                    .arg(column));
        }
    }
    const QString text = field.toString();
    const qsizetype separator = text.indexOf(QStringLiteral("<<"));
    const QString primary = separator < 0 ? text : text.first(separator);
    const QString secondary = separator < 0 ? QString() : text.sliced(separator + 2);
    Name name;
    name.family = primary.split(kFiller, Qt::SkipEmptyParts).join(u' ');
    name.given = secondary.split(kFiller, Qt::SkipEmptyParts).join(u' ');
    if (name.family.isEmpty() && name.given.isEmpty())
        return error("identity/mrz-bad-name",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "La zone lisible ne contient pas le nom du titulaire."),
                     QStringLiteral("name field holds only fillers"));
    return name;
}

} // namespace sijil::identity::mrz
