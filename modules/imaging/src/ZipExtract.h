#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/DicomCatalog.h>

#include <QList>
#include <QString>

namespace sijil::imaging {

// Whether a file starts like a ZIP archive (a local file header or an empty archive's end).
bool looksLikeZip(const QString& path);

// Unpacks `zip` into `folder` with libzip, under MediaScanner's rules (see DicomCatalog.h);
// returns the entries skipped and why.
core::Result<QList<SkippedFile>> extractZip(const QString& zip, const QString& folder,
                                            const ScanProgress& progress);

} // namespace sijil::imaging
