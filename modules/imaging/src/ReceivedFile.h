#pragma once

#include <sijil/core/Result.h>

#include <QString>

// Where a received instance goes (C-GET and Sijil's storage SCP): written under a hidden
// temporary name, checked, then renamed to <SOP Instance UID>.dcm in one step, so that a folder
// never holds a partial file under a final name.
namespace sijil::imaging::received {

// Creates `folder` if needed and checks that files can be created in it.
core::Status prepareFolder(const QString& folder);

// A fresh hidden temporary path in `folder` for the instance `uid` (a safe UID).
QString temporaryPath(const QString& folder, const QString& uid);

// Checks the complete file at `temporary` (a DICOM file whose SOP Instance UID is `uid`) and
// renames it to <uid>.dcm in `folder`, replacing an older copy. Returns the final path, or an
// empty string after removing the temporary file (`why` says what was wrong).
QString commit(const QString& temporary, const QString& folder, const QString& uid, QString& why);

} // namespace sijil::imaging::received
