#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringDecoder>

// A CSV register's file read a line at a time, for a reader that goes through it twice.
namespace sijil::registry::csv {

// The file changed between the two readings of a register (registry/import-changed).
core::Error fileChanged(const QString& path);

// A stretch of the file's lines, where it ends and the SHA-256 of its bytes.
struct Stretch {
    qint64 end = 0;
    QByteArray sha256;
};

// The file as text, a line at a time, each with its line break as RecordSplitter wants it:
// "\n", "\r\n" or "\r" alone (as classic Mac OS programs still save CSV), so that a file of any
// line ends is read a line at a time, never whole.
class LineSource {
public:
    explicit LineSource(const QString& path)
        : m_file(path) {}
    core::Status open();
    [[nodiscard]] bool atEnd() const { return m_start == m_buffer.size() && m_file.atEnd(); }
    [[nodiscard]] qint64 position() const { return m_position; }
    // The bytes read, for the file's digest, and their text.
    core::Result<QString> next(QCryptographicHash* hash);

    // The first reading takes the digest of each stretch of lines of about `bytes`; the second
    // checks them, so that next() fails on the first stretch whose bytes differ, and
    // checkedSoFar() says whether all the bytes given were checked.
    void takeDigests(qint64 bytes) { m_stretchBytes = bytes; }
    [[nodiscard]] QList<Stretch> digests() const { return m_stretches; }
    void checkDigests(QList<Stretch> stretches) {
        m_stretches = std::move(stretches);
        m_checking = true;
    }
    [[nodiscard]] bool checkedSoFar() const { return !m_checking || m_position == m_checkedTo; }
    // Every stretch of the first reading met again: false at the end of a file cut short at a
    // stretch's end, or emptied, since open().
    [[nodiscard]] bool allChecked() const { return !m_checking || m_next == m_stretches.size(); }

private:
    core::Status digest(const QByteArray& bytes);
    core::Result<QByteArray> readLine();
    // More of the file read into the buffer, what was given dropped from it; `i`, a place in
    // the buffer, kept on the same byte.
    core::Status fill(qsizetype& i);
    QByteArray take(qsizetype end);

    QFile m_file;
    QByteArray m_buffer; // read from the file, from m_start not yet given
    qsizetype m_start = 0;
    qint64 m_position = 0; // of the file, given as lines
    QStringDecoder m_utf8{QStringDecoder::Utf8};
    bool m_first = true;
    qint64 m_stretchBytes = 0;
    bool m_checking = false;
    QList<Stretch> m_stretches;
    qsizetype m_next = 0;   // the stretch being checked
    qint64 m_checkedTo = 0; // where the last stretch taken or checked ends
    QCryptographicHash m_stretchHash{QCryptographicHash::Sha256};
};

} // namespace sijil::registry::csv
