#pragma once

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

} // namespace sijil::ui
