#pragma once

#include <QString>
#include <QVariant>

namespace sijil::storage {

// Qt Sql binds a null QString as SQL NULL; columns declared NOT NULL want '' for "no value".
inline QVariant textValue(const QString& s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace sijil::storage
