#include "CsvLineSource.h"

namespace sijil::registry::csv {

namespace {

constexpr const char* kCtx = "sijil::registry::PatientImport";

core::Error unreadableFile(const QString& path, const QString& why) {
    return core::Error("registry/import-unreadable",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                              "Impossible de lire le fichier "
                                                              "« %1 »."))
                           .arg(path),
                       why);
}

core::Error notUtf8(const QString& path) {
    return core::Error("registry/import-encoding",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                              "Le fichier n'est pas en UTF-8 : "
                                                              "enregistrez-le en CSV UTF-8.")),
                       path);
}

} // namespace

core::Error fileChanged(const QString& path) {
    return core::Error("registry/import-changed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                              "Le fichier « %1 » a changé depuis "
                                                              "sa première lecture (son empreinte "
                                                              "SHA-256 n'est plus la même) : ce "
                                                              "qui en a changé n'a pas été "
                                                              "importé."))
                           .arg(path),
                       QStringLiteral("file changed between its two readings"));
}

core::Status LineSource::open() {
    if (!m_file.open(QIODevice::ReadOnly))
        return unreadableFile(m_file.fileName(), m_file.errorString());
    return {};
}

core::Result<QString> LineSource::next(QCryptographicHash* hash) {
    auto bytes = readLine();
    if (!bytes)
        return bytes.error();
    m_position += bytes->size();
    if (hash)
        hash->addData(*bytes);
    if (auto s = digest(*bytes); !s)
        return s.error();
    QString text = m_utf8(*bytes);
    if (m_utf8.hasError())
        return notUtf8(m_file.fileName());
    if (m_first && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    m_first = false;
    return text;
}

core::Status LineSource::digest(const QByteArray& bytes) {
    if (!m_checking && m_stretchBytes <= 0)
        return {};
    m_stretchHash.addData(bytes);
    if (!m_checking) {
        if (m_position - m_checkedTo >= m_stretchBytes || atEnd()) {
            m_stretches << Stretch{m_position, m_stretchHash.result()};
            m_stretchHash.reset();
            m_checkedTo = m_position;
        }
        return {};
    }
    // Longer, shorter, or other bytes where a stretch ends.
    if (m_next >= m_stretches.size() || m_position > m_stretches[m_next].end ||
        (atEnd() && m_position < m_stretches[m_next].end))
        return fileChanged(m_file.fileName());
    if (m_position == m_stretches[m_next].end) {
        if (m_stretchHash.result() != m_stretches[m_next].sha256)
            return fileChanged(m_file.fileName());
        m_stretchHash.reset();
        m_checkedTo = m_position;
        ++m_next;
    }
    return {};
}

core::Result<QByteArray> LineSource::readLine() {
    for (qsizetype i = m_start;; ++i) {
        if (i == m_buffer.size()) {
            if (m_file.atEnd()) // the last line, without a line break
                return take(i);
            if (auto s = fill(i); !s)
                return s.error();
        }
        const char c = m_buffer.at(i);
        if (c == '\n')
            return take(i + 1);
        if (c != '\r')
            continue;
        // "\r\n" is one line break: the byte after "\r" is needed to know.
        if (i + 1 == m_buffer.size() && !m_file.atEnd()) {
            if (auto s = fill(i); !s)
                return s.error();
        }
        return take(i + 1 < m_buffer.size() && m_buffer.at(i + 1) == '\n' ? i + 2 : i + 1);
    }
}

core::Status LineSource::fill(qsizetype& i) {
    m_buffer.remove(0, m_start);
    i -= m_start;
    m_start = 0;
    const QByteArray more = m_file.read(64 * 1024);
    if (more.isEmpty())
        return unreadableFile(m_file.fileName(), m_file.errorString());
    m_buffer += more;
    return {};
}

QByteArray LineSource::take(qsizetype end) {
    const QByteArray line = m_buffer.sliced(m_start, end - m_start);
    m_start = end;
    return line;
}

} // namespace sijil::registry::csv
