#pragma once

#include <sijil/core/Error.h>

#include <QString>

// The imaging module's errors, with their French messages in one place.
namespace sijil::imaging::errors {

core::Error unreadable(const QString& path, const QString& detail);
core::Error notDicom(const QString& detail);
core::Error notImage(const QString& detail);
core::Error unsupportedSyntax(const QString& syntaxName, const QString& detail);
core::Error corrupt(const QString& detail);
core::Error tooLarge(int columns, int rows, const QString& detail);
core::Error badFrame(int frame, int frames);
core::Error badWindow(const QString& detail);
// Media scanning (MediaScanner).
core::Error outsideMedium(const QString& fileId);
core::Error duplicateInstance(const QString& firstPath);
core::Error noImages(const QString& path, qsizetype skipped);
core::Error tooManyFiles(const QString& path);
core::Error cancelled();

} // namespace sijil::imaging::errors
