#include <sijil/registry/Ipp.h>
#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientValidator.h>
#include <sijil/registry/SearchQuery.h>

#include <QRegularExpression>

namespace sijil::registry {

namespace {

std::optional<core::PartialDate> dateOf(const QString& word) {
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression my(QStringLiteral("^(\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression year(QStringLiteral("^(19|20)\\d{2}$"));
    if (auto m = dmy.match(word); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return core::PartialDate::fromDate(d);
        return std::nullopt;
    }
    if (auto m = my.match(word); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        if (month >= 1 && month <= 12)
            return core::PartialDate::yearMonth(m.captured(2).toInt(), month);
        return std::nullopt;
    }
    if (year.match(word).hasMatch())
        return core::PartialDate::year(word.toInt());
    if (auto iso = core::PartialDate::fromIso(word); iso && word.size() == 10)
        return iso;
    return std::nullopt;
}

} // namespace

bool SearchQuery::isEmpty() const {
    return ipp.isEmpty() && documentNumber.isEmpty() && phone.isEmpty() && !birthDate.isValid() &&
           nameTokens.isEmpty() && digits.isEmpty();
}

SearchQuery SearchQuery::parse(const QString& text) {
    SearchQuery q;
    const QString trimmed = text.simplified();
    // A phone number is typed with spaces ("06 12 34 56 78"): try the whole box first.
    static const QRegularExpression phoneLike(QStringLiteral("^[+0][0-9 .-]{8,}$"));
    if (phoneLike.match(trimmed).hasMatch()) {
        if (auto e164 = PatientValidator::phoneE164(trimmed)) {
            q.phone = *e164;
            // IPPs are ten digits too, and from 001… on they also read as international numbers
            // ("0027822611": "00", then +27…). A valid check character says it may be an IPP:
            // both are looked up.
            if (Ipp::isValid(trimmed))
                q.ipp = Ipp::normalized(trimmed);
            return q;
        }
    }
    static const QRegularExpression document(QStringLiteral("^[A-Za-z]{1,2}[0-9]{3,}$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+[Xx]?$"));
    QStringList nameWords;
    bool lastIsName = false;
    for (const QString& word : trimmed.split(u' ', Qt::SkipEmptyParts)) {
        lastIsName = false;
        if (Ipp::isValid(word)) {
            q.ipp = Ipp::normalized(word);
        } else if (auto d = dateOf(word)) {
            q.birthDate = *d;
        } else if (document.match(word).hasMatch()) {
            q.documentNumber = word.toUpper();
        } else if (digitsOnly.match(word).hasMatch()) {
            q.digits = word.toLower();
        } else {
            nameWords << word;
            lastIsName = true;
        }
    }
    q.nameTokens = NameNormalizer::tokens(nameWords.join(u' '), false);
    q.namesComplete = !q.nameTokens.isEmpty() && (!lastIsName || text.back().isSpace());
    return q;
}

} // namespace sijil::registry
