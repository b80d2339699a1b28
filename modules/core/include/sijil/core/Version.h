#pragma once

#include <sijil/core/VersionInfo.h>

#include <QString>

namespace sijil::core {

// The product version shown by the UI, sijilctl and the package.
inline QString versionString() {
    return QStringLiteral(SIJIL_VERSION_STRING);
}
inline QString applicationId() {
    return QStringLiteral(SIJIL_APP_ID);
}

} // namespace sijil::core
