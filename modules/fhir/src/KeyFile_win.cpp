#include "KeyFile.h"

#include <QFile>

// Qt reads NTFS access lists only while this is raised; without it, every file reads as open
// to all (Qt 6.4 has no scoped guard yet).
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;

namespace sijil::fhir {

bool othersCanUse(const QString& path) {
    ++qt_ntfs_permission_lookup;
    const auto permissions = QFile::permissions(path);
    --qt_ntfs_permission_lookup;
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther;
    return (permissions & others) != 0;
}

} // namespace sijil::fhir
