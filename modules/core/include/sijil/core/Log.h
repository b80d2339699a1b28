#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per module ("sijil.<module>"); this is core's own.
Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace sijil::core {

struct LogOptions {
    // Where log lines are appended; empty means stderr only.
    QString filePath;
    // Rotated when larger than this; `keepFiles` older files are kept beside it.
    qint64 maxFileBytes = 5 * 1024 * 1024;
    int keepFiles = 3;
};

// Installs the process-wide message handler: every line goes through Redactor::scrub() before it
// reaches stderr or the log file, then on to the handler that was installed before.
void installLogging(const LogOptions& options = {});

} // namespace sijil::core
