#include <sijil/core/Log.h>
#include <sijil/core/Redaction.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCore, "sijil.core", QtInfoMsg)

namespace sijil::core {

namespace {

struct LogState {
    QMutex mutex;
    LogOptions options;
    QFile file;
    QtMessageHandler previous = nullptr;
};

LogState& state() {
    static LogState s;
    return s;
}

const char* typeName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotateIfNeeded(LogState& s) {
    if (s.file.size() < s.options.maxFileBytes)
        return;
    s.file.close();
    const QString base = s.options.filePath;
    QFile::remove(base + u'.' + QString::number(s.options.keepFiles));
    for (int i = s.options.keepFiles - 1; i >= 1; --i)
        QFile::rename(base + u'.' + QString::number(i), base + u'.' + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    s.file.open(QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QString clean = Redactor::scrub(message);
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(typeName(type)),
                         QLatin1String(context.category ? context.category : "default"), clean);
            s.file.write(line.toUtf8());
            s.file.flush();
            rotateIfNeeded(s);
        }
    }
    if (s.previous)
        s.previous(type, context, clean);
}

} // namespace

void installLogging(const LogOptions& options) {
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        if (s.file.isOpen())
            s.file.close();
        if (!options.filePath.isEmpty()) {
            QDir().mkpath(QFileInfo(options.filePath).absolutePath());
            s.file.setFileName(options.filePath);
            if (!s.file.open(QIODevice::Append | QIODevice::Text))
                std::fprintf(stderr, "sijil: cannot open the log file\n");
        }
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s.previous = previous;
}

} // namespace sijil::core
