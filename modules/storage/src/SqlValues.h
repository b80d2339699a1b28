#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace sijil::storage {

// Qt Sql binds a null QString as SQL NULL; columns declared NOT NULL want '' for "no value".
inline QVariant textValue(const QString& s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Times are stored as ISO 8601 UTC with milliseconds, '' when unknown; they sort as text.
inline QString isoTime(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

inline QDateTime fromIsoTime(const QVariant& v) {
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

} // namespace sijil::storage
