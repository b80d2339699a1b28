#include <sijil/core/PartialDate.h>

#include <QRegularExpression>

namespace sijil::core {

PartialDate PartialDate::year(int year) {
    PartialDate d;
    if (year >= 1 && year <= 9999) {
        d.m_year = year;
        d.m_precision = Precision::Year;
    }
    return d;
}

PartialDate PartialDate::yearMonth(int year, int month) {
    PartialDate d;
    if (year >= 1 && year <= 9999 && month >= 1 && month <= 12) {
        d.m_year = year;
        d.m_month = month;
        d.m_precision = Precision::Month;
    }
    return d;
}

PartialDate PartialDate::fromDate(QDate date) {
    PartialDate d;
    if (date.isValid() && date.year() >= 1) {
        d.m_year = date.year();
        d.m_month = date.month();
        d.m_day = date.day();
        d.m_precision = Precision::Day;
    }
    return d;
}

std::optional<PartialDate> PartialDate::fromIso(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    PartialDate d;
    if (m.captured(2).isEmpty())
        d = year(y);
    else if (m.captured(3).isEmpty())
        d = yearMonth(y, m.captured(2).toInt());
    else
        d = fromDate(QDate(y, m.captured(2).toInt(), m.captured(3).toInt()));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString PartialDate::toIso() const {
    if (!isValid())
        return {};
    QString s = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_precision != Precision::Year)
        s += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_precision == Precision::Day)
        s += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return s;
}

QString PartialDate::toDisplayString(const QLocale& locale) const {
    switch (isValid() ? m_precision : Precision::Year) {
    case Precision::Day:
        return locale.toString(QDate(m_year, m_month, m_day), QLocale::ShortFormat);
    case Precision::Month:
        return QStringLiteral("%1/%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Year:
        return isValid() ? QString::number(m_year) : QString();
    }
    return {};
}

QDate PartialDate::earliest() const {
    if (!isValid())
        return {};
    return QDate(m_year, m_precision == Precision::Year ? 1 : m_month,
                 m_precision == Precision::Day ? m_day : 1);
}

QDate PartialDate::latest() const {
    if (!isValid())
        return {};
    if (m_precision == Precision::Day)
        return earliest();
    const int month = m_precision == Precision::Year ? 12 : m_month;
    const QDate first(m_year, month, 1);
    return QDate(m_year, month, first.daysInMonth());
}

int PartialDate::ageOn(QDate today) const {
    const QDate born = latest();
    if (!born.isValid() || today < born)
        return 0;
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    return age;
}

} // namespace sijil::core
