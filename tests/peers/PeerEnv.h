#pragma once

// The KEY=value file a tests/peers script writes once its peer is up (the card emulator's,
// Orthanc's...), as the tests that use the peer read it.

#include <QFile>
#include <QMap>
#include <QString>

namespace sijil::testing {

// Empty when the file does not exist: the test then fails and says which fixture it needs.
inline QMap<QString, QString> readPeerEnv(const QString& path) {
    QMap<QString, QString> env;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

} // namespace sijil::testing
