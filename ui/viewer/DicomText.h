#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace sijil::ui {

// A DICOM person name (PN: family^given^middle^prefix^suffix, "=" before the ideographic and
// phonetic forms) as people read it: its alphabetic form, components separated by spaces.
inline QString dicomPersonName(const QString& dicomName) {
    QStringList parts = dicomName.section(u'=', 0, 0).split(u'^');
    while (!parts.isEmpty() && parts.last().trimmed().isEmpty())
        parts.removeLast();
    return parts.join(u' ').simplified();
}

// A DICOM date (DA, YYYYMMDD) in the user's short format; as written when it is not one.
inline QString dicomDate(const QString& date) {
    const QDate d = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : date;
}

// A measured value in the user's locale ("12,5" in French), without a group separator: Moroccan
// French and Arabic group thousands with a dot, and a window width of 1500 shown as "1.500" beside
// a position of "75,7" reads as one and a half.
inline QString localNumber(double value, int decimals = 0) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

} // namespace sijil::ui
