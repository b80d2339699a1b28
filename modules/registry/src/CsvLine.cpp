#include "CsvLine.h"

#include <utility>

namespace sijil::registry::csv {

QChar detectSeparator(const QString& text) {
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
        ++end;
    const QStringView line = QStringView(text).left(end);
    QChar best = u',';
    qsizetype bestCount = line.count(u',');
    for (const QChar candidate : {QChar(u';'), QChar(u'\t')}) {
        if (line.count(candidate) > bestCount) {
            best = candidate;
            bestCount = line.count(candidate);
        }
    }
    return best;
}

QString joinCellLines(const QString& cell, const QString& separator) {
    QStringList lines = cell.split(u'\n');
    for (QString& l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    return lines.join(separator);
}

Records splitRecords(const QString& text, QChar separator) {
    RecordSplitter splitter(separator);
    splitter.feed(text);
    splitter.finish();
    return Records{splitter.take(), splitter.unclosedAt()};
}

void RecordSplitter::endRecord() {
    m_record.fields << m_current.trimmed();
    if (!m_blank)
        m_records << m_record;
    m_record = Record{m_line, {}};
    m_current.clear();
    m_blank = true;
}

QList<Record> RecordSplitter::take() {
    return std::exchange(m_records, {});
}

void RecordSplitter::feed(const QString& text) {
    if (m_unclosedAt)
        return;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // "\r\n" is one break
            ++m_line;
        }
        if (m_quoted) {
            if (lineBreak) {
                m_current += u'\n';
                m_spanned = true;
            } else if (c != u'"') {
                m_current += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                m_current += text.at(++i);
            } else {
                // A cell that went on to other lines ends its value where its quote closes: text
                // after it means the quote was a stray one that swallowed the rows in between
                // ("Dar Salam⏎"Bennani";…). Refused, or those rows would be lost unseen.
                qsizetype n = i + 1;
                while (n < text.size() && text.at(n) == u' ')
                    ++n;
                const QChar next = n < text.size() ? text.at(n) : QChar(u'\n');
                if (m_spanned && next != m_separator && next != u'\n' && next != u'\r') {
                    m_unclosedAt = m_record.line;
                    return;
                }
                m_quoted = false;
                m_spanned = false;
            }
            continue;
        }
        if (lineBreak) {
            endRecord();
            continue;
        }
        if (!c.isSpace())
            m_blank = false;
        if (c == u'"' && m_current.trimmed().isEmpty()) {
            m_quoted = true;
            m_current.clear();
        } else if (c == m_separator) {
            m_record.fields << m_current.trimmed();
            m_current.clear();
        } else {
            m_current += c;
        }
    }
}

void RecordSplitter::finish() {
    if (m_unclosedAt)
        return;
    if (m_quoted) {
        m_unclosedAt = m_record.line;
        return;
    }
    endRecord();
}

} // namespace sijil::registry::csv
