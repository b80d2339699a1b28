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

// A measured value in the user's locale ("12,5" in French).
inline QString localNumber(double value, int decimals = 0) {
    return QLocale().toString(value, 'f', decimals);
}

} // namespace sijil::ui
