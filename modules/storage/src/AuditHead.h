#pragma once

#include <QByteArray>
#include <QString>

namespace sijil::storage {

// The audit trail's head file, kept outside the database: the sequence number and MAC of the
// last entry written, with a MAC of its own. A head names only a committed entry, so one that is
// ahead of the table, or whose MAC differs from the entry stored at its number, means entries
// were cut off the end or replaced.
class AuditHead {
public:
    struct State {
        bool present = false;   // the file exists and could be read
        bool authentic = false; // its MAC verifies with the key
        qint64 seq = 0;         // 0: written when the trail was created, before any entry
        QByteArray mac;         // the named entry's MAC; empty for seq 0
    };

    AuditHead(QByteArray key, QString path);

    [[nodiscard]] State read() const;
    // Makes the head name (seq, mac), unless an authentic head already names that entry or a later
    // one: writers commit in one order and reach this in another, and the head must never move
    // back. Serialised between processes by a lock file. False when it could not be written.
    bool advance(qint64 seq, const QByteArray& mac) const;

private:
    [[nodiscard]] QByteArray sign(qint64 seq, const QByteArray& mac) const;
    QByteArray m_key;
    QString m_path;
};

} // namespace sijil::storage
