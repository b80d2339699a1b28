#include "MrzFields.h"

#include <sijil/identity/MrzParser.h>

#include <QStringList>

#include <algorithm>
#include <initializer_list>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::MrzParser";
using mrz::kFiller;
using Format = MrzData::Format;

core::Error error(const char* code, const char* message, const QString& detail) {
    return core::Error(code, core::UserText(kCtx, message), detail);
}

QString formatName(Format format) {
    switch (format) {
    case Format::TD1:
        return QStringLiteral("TD1");
    case Format::TD2:
        return QStringLiteral("TD2");
    case Format::TD3:
        return QStringLiteral("TD3");
    }
    return {};
}

// Uppercase ASCII only: QString::toUpper would turn 'ß' into "SS" and shift every column.
QString normalizedLine(QStringView raw) {
    QString line;
    line.reserve(raw.size());
    for (QChar c : raw)
        line += (c.unicode() >= u'a' && c.unicode() <= u'z') ? QChar(c.unicode() - 32) : c;
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && !mrz::isMrzCharacter(line.at(begin)))
        ++begin;
    while (end > begin && !mrz::isMrzCharacter(line.at(end - 1)))
        --end;
    return line.sliced(begin, end - begin);
}

core::Result<QStringList> splitLines(const QString& text) {
    QStringList lines;
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (QStringView raw : QStringView(unified).split(u'\n')) {
        const QString line = normalizedLine(raw);
        if (!line.isEmpty())
            lines << line;
    }
    // Some scanners send the whole zone as one run of characters.
    if (lines.size() == 1) {
        const QString all = lines.takeFirst();
        const qsizetype width = all.size() == 90   ? 30
                                : all.size() == 72 ? 36
                                : all.size() == 88 ? 44
                                                   : all.size();
        for (qsizetype i = 0; i < all.size(); i += width)
            lines << all.sliced(i, width);
    }
    if (lines.isEmpty())
        return error("identity/mrz-format",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "Aucune zone lisible par machine n'a été reçue."),
                     QStringLiteral("no MRZ text"));
    if (lines.size() != 2 && lines.size() != 3)
        return core::Error("identity/mrz-format",
                           core::UserText(kCtx,
                                          QT_TRANSLATE_N_NOOP("sijil::identity::MrzParser",
                                                              "Une zone lisible par machine compte "
                                                              "2 lignes (passeport) ou 3 lignes "
                                                              "(carte d'identité) ; %n ligne(s) "
                                                              "lue(s)."),
                                          static_cast<int>(lines.size())),
                           QStringLiteral("%1 lines").arg(lines.size()));
    return lines;
}

core::Status checkAlphabet(const QStringList& lines) {
    for (qsizetype l = 0; l < lines.size(); ++l) {
        for (qsizetype i = 0; i < lines.at(l).size(); ++i) {
            const QChar c = lines.at(l).at(i);
            if (mrz::isMrzCharacter(c))
                continue;
            return core::Error(
                "identity/mrz-bad-character",
                core::UserText(kCtx,
                               QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                                 "Caractère « %1 » non admis en ligne %2, "
                                                 "position %3 : une zone lisible par machine ne "
                                                 "contient que A à Z, 0 à 9 et « < »."))
                    .arg(QString(c))
                    .arg(QString::number(l + 1))
                    .arg(QString::number(i + 1)),
                QStringLiteral("character U+%1 at line %2 column %3")
                    .arg(uint(c.unicode()), 4, 16, QChar(u'0'))
                    .arg(l + 1)
                    .arg(i + 1));
        }
    }
    return {};
}

core::Error lineLengthError(qsizetype line, qsizetype length, int expected) {
    return core::Error(
        "identity/mrz-format",
        core::UserText(kCtx,
                       QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                         "La ligne %1 de la zone lisible par machine compte %2 "
                                         "caractères au lieu de %3 : un caractère a été perdu ou "
                                         "ajouté à la lecture."))
            .arg(QString::number(line + 1))
            .arg(QString::number(length))
            .arg(QString::number(expected)),
        QStringLiteral("line %1 has %2 characters, %3 expected")
            .arg(line + 1)
            .arg(length)
            .arg(expected));
}

core::Result<Format> detectFormat(const QStringList& lines) {
    if (lines.size() == 3) {
        for (qsizetype l = 0; l < 3; ++l) {
            if (lines.at(l).size() != 30)
                return lineLengthError(l, lines.at(l).size(), 30);
        }
        return Format::TD1;
    }
    // Two lines: the line that has a valid length tells the format the other should have.
    const auto widthOf = [](qsizetype size) {
        return size == 36 || size == 44 ? int(size) : 0;
    };
    const int width =
        widthOf(lines.at(0).size()) ? widthOf(lines.at(0).size()) : widthOf(lines.at(1).size());
    if (width == 0)
        return core::Error(
            "identity/mrz-format",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                                   "Les lignes d'une zone lisible par machine de 2 "
                                                   "lignes comptent 36 ou 44 caractères ; elles en "
                                                   "comptent ici %1 et %2."))
                .arg(QString::number(lines.at(0).size()))
                .arg(QString::number(lines.at(1).size())),
            QStringLiteral("2 lines of %1 and %2 characters")
                .arg(lines.at(0).size())
                .arg(lines.at(1).size()));
    for (qsizetype l = 0; l < 2; ++l) {
        if (lines.at(l).size() != width)
            return lineLengthError(l, lines.at(l).size(), width);
    }
    return width == 36 ? Format::TD2 : Format::TD3;
}

// Where the fields sit in one layout (ICAO 9303 parts 4, 5 and 6).
struct Fields {
    QStringView documentCode;
    QStringView issuingState;
    QStringView documentNumber;
    QChar documentNumberCheck;
    QStringView optional1; // TD1 and TD2: starts with the overflow of a long document number
    QStringView optional2;
    bool optional1Checked = false; // TD3 only
    QChar optional1Check;
    QStringView birth;
    QChar birthCheck;
    QChar sex;
    QStringView expiry;
    QChar expiryCheck;
    QStringView nationality;
    QStringView name;
    int nameLine = 0;
    int nameColumn = 0;
    QString compositeInput;
    QChar compositeCheck;
};

QString concat(std::initializer_list<QStringView> parts) {
    QString out;
    for (QStringView part : parts)
        out += part;
    return out;
}

Fields layout(Format format, const QStringList& lines) {
    const QStringView l1 = lines.at(0);
    const QStringView l2 = lines.at(1);
    Fields f;
    f.documentCode = l1.sliced(0, 2);
    f.issuingState = l1.sliced(2, 3);
    if (format == Format::TD1) {
        f.documentNumber = l1.sliced(5, 9);
        f.documentNumberCheck = l1.at(14);
        f.optional1 = l1.sliced(15, 15);
        f.birth = l2.sliced(0, 6);
        f.birthCheck = l2.at(6);
        f.sex = l2.at(7);
        f.expiry = l2.sliced(8, 6);
        f.expiryCheck = l2.at(14);
        f.nationality = l2.sliced(15, 3);
        f.optional2 = l2.sliced(18, 11);
        f.compositeCheck = l2.at(29);
        f.compositeInput =
            concat({l1.sliced(5, 25), l2.sliced(0, 7), l2.sliced(8, 7), l2.sliced(18, 11)});
        f.name = lines.at(2);
        f.nameLine = 3;
        f.nameColumn = 1;
        return f;
    }
    // TD2 and TD3 share their first 28 columns of line 2.
    const qsizetype width = l1.size();
    f.name = l1.sliced(5);
    f.nameLine = 1;
    f.nameColumn = 6;
    f.documentNumber = l2.sliced(0, 9);
    f.documentNumberCheck = l2.at(9);
    f.nationality = l2.sliced(10, 3);
    f.birth = l2.sliced(13, 6);
    f.birthCheck = l2.at(19);
    f.sex = l2.at(20);
    f.expiry = l2.sliced(21, 6);
    f.expiryCheck = l2.at(27);
    f.compositeCheck = l2.at(width - 1);
    f.compositeInput = concat({l2.sliced(0, 10), l2.sliced(13, 7), l2.sliced(21, width - 22)});
    if (format == Format::TD2) {
        f.optional1 = l2.sliced(28, 7);
    } else {
        f.optional1 = l2.sliced(28, 14);
        f.optional1Checked = true;
        f.optional1Check = l2.at(42);
    }
    return f;
}

bool checkDigitMatches(QStringView data, QChar check) {
    const int expected = MrzParser::checkDigit(data);
    return expected >= 0 && check.unicode() == u'0' + expected;
}

core::Error checkError(const char* code, const char* message, Format format, const char* field) {
    return error(code, message,
                 QStringLiteral("%1: %2 check digit does not match")
                     .arg(formatName(format), QLatin1String(field)));
}

core::Error documentNumberCheckError(Format format) {
    return checkError("identity/mrz-check-document-number",
                      QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                        "Le chiffre de contrôle du numéro de document ne "
                                        "correspond pas : le numéro a été mal lu."),
                      format, "document number");
}

// The document number, and the optional data 1 that follows any overflow of it.
struct DocumentNumber {
    QString number;
    QString optional1;
};

core::Result<DocumentNumber> readDocumentNumber(Format format, const Fields& f) {
    if (f.documentNumberCheck != kFiller || format == Format::TD3) {
        if (!checkDigitMatches(f.documentNumber, f.documentNumberCheck))
            return documentNumberCheckError(format);
        return DocumentNumber{mrz::withoutTrailingFillers(f.documentNumber),
                              mrz::withoutTrailingFillers(f.optional1)};
    }
    // A number longer than 9 characters (parts 5 and 6): its remaining characters open the
    // optional data, followed by its check digit and a filler.
    qsizetype end = 0;
    while (end < f.optional1.size() && f.optional1.at(end) != kFiller)
        ++end;
    if (end < 2)
        return documentNumberCheckError(format);
    const QString number = f.documentNumber.toString() + f.optional1.first(end - 1).toString();
    if (!checkDigitMatches(number, f.optional1.at(end - 1)))
        return documentNumberCheckError(format);
    const qsizetype rest = std::min(end + 1, f.optional1.size());
    return DocumentNumber{number, mrz::withoutTrailingFillers(f.optional1.sliced(rest))};
}

core::Status checkDigits(Format format, const Fields& f) {
    if (!checkDigitMatches(f.birth, f.birthCheck))
        return checkError("identity/mrz-check-birth-date",
                          QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                            "Le chiffre de contrôle de la date de naissance ne "
                                            "correspond pas : la date a été mal lue."),
                          format, "birth date");
    if (!checkDigitMatches(f.expiry, f.expiryCheck))
        return checkError("identity/mrz-check-expiry",
                          QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                            "Le chiffre de contrôle de la date d'expiration ne "
                                            "correspond pas : la date a été mal lue."),
                          format, "expiry date");
    if (f.optional1Checked) {
        // Part 4: an empty personal number may have '<' as its check digit.
        const bool empty = mrz::withoutTrailingFillers(f.optional1).isEmpty();
        if (!(empty && f.optional1Check == kFiller) &&
            !checkDigitMatches(f.optional1, f.optional1Check))
            return checkError("identity/mrz-check-optional-data",
                              QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                                "Le chiffre de contrôle du numéro personnel ne "
                                                "correspond pas : le numéro a été mal lu."),
                              format, "personal number");
    }
    if (!checkDigitMatches(f.compositeInput, f.compositeCheck))
        return checkError("identity/mrz-check-composite",
                          QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                            "Le chiffre de contrôle final ne correspond pas : une "
                                            "partie de la zone a été mal lue."),
                          format, "composite");
    return {};
}

core::Status checkDocumentCode(Format format, const QStringList& lines) {
    const QChar first = lines.at(0).at(0);
    if (first.unicode() < u'A' || first.unicode() > u'Z')
        return error("identity/mrz-bad-document-code",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "Le type de document, en tête de la zone, est illisible."),
                     QStringLiteral("document code does not start with a letter"));
    if (first == u'V')
        return error("identity/mrz-visa",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "Cette zone est celle d'un visa, pas d'une pièce "
                                       "d'identité : lisez celle du passeport."),
                     QStringLiteral("visa MRZ"));
    // The French identity card issued until 2021 has 2 lines of 36 characters laid out otherwise.
    if (format == Format::TD2 && lines.at(0).startsWith(QStringLiteral("IDFRA")))
        return error("identity/mrz-unsupported",
                     QT_TRANSLATE_NOOP("sijil::identity::MrzParser",
                                       "L'ancienne carte d'identité française n'a pas une zone "
                                       "lisible conforme à la norme OACI 9303 : saisissez "
                                       "l'identité à la main."),
                     QStringLiteral("French identity card of the pre-2021 model"));
    return {};
}

} // namespace

int MrzParser::checkDigit(QStringView text) {
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = mrz::characterValue(text.at(i));
        if (value < 0)
            return -1;
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

core::Result<MrzData> MrzParser::parse(const QString& text, QDate today) {
    auto lines = splitLines(text);
    if (!lines)
        return lines.error();
    if (auto status = checkAlphabet(*lines); !status)
        return status.error();
    const auto format = detectFormat(*lines);
    if (!format)
        return format.error();
    if (auto status = checkDocumentCode(*format, *lines); !status)
        return status.error();

    const Fields f = layout(*format, *lines);
    const auto number = readDocumentNumber(*format, f);
    if (!number)
        return number.error();
    if (auto status = checkDigits(*format, f); !status)
        return status.error();

    const auto birth = mrz::decodeBirthDate(f.birth, today);
    if (!birth)
        return birth.error();
    const auto expiry = mrz::decodeExpiryDate(f.expiry, today);
    if (!expiry)
        return expiry.error();
    const auto sex = mrz::decodeSex(f.sex);
    if (!sex)
        return sex.error();
    const auto issuer = mrz::decodeCountry(f.issuingState, mrz::CountryField::IssuingState);
    if (!issuer)
        return issuer.error();
    const auto nationality = mrz::decodeCountry(f.nationality, mrz::CountryField::Nationality);
    if (!nationality)
        return nationality.error();
    const auto name = mrz::decodeName(f.name, f.nameLine, f.nameColumn);
    if (!name)
        return name.error();

    MrzData data;
    data.format = *format;
    data.documentCode = mrz::withoutTrailingFillers(f.documentCode);
    data.issuingState = *issuer;
    data.documentNumber = number->number;
    data.optionalData1 = number->optional1;
    data.optionalData2 = mrz::withoutTrailingFillers(f.optional2);
    data.familyName = name->family;
    data.givenNames = name->given;
    data.nationality = *nationality;
    data.birthDate = *birth;
    data.sex = *sex;
    data.expiryDate = *expiry;
    return data;
}

} // namespace sijil::identity
