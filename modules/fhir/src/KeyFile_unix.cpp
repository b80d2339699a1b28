#include "KeyFile.h"

#include <QFile>

namespace sijil::fhir {

bool othersCanUse(const QString& path) {
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                        QFileDevice::WriteOther;
    return (QFile::permissions(path) & others) != 0;
}

} // namespace sijil::fhir
