#include "CsvLine.h"

namespace sijil::registry::csv {

QChar detectSeparator(const QString& line) {
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

Records splitRecords(const QString& text, QChar separator) {
    Records out;
    Record record{1, {}};
    QString current;
    bool quoted = false;
    bool spanned = false; // the quoted cell being read went on to another line
    bool blank = true;    // nothing but white space since the record began
    int line = 1;
    const auto endRecord = [&] {
        record.fields << current.trimmed();
        if (!blank)
            out.records << record;
        record = Record{line, {}};
        current.clear();
        blank = true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // "\r\n" is one break
            ++line;
        }
        if (quoted) {
            if (lineBreak) {
                current += u'\n';
                spanned = true;
            } else if (c != u'"') {
                current += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                current += text.at(++i);
            } else {
                // A cell that went on to other lines ends its value where its quote closes: text
                // after it means the quote was a stray one that swallowed the rows in between
                // ("Dar Salam⏎"Bennani";…). Refused, or those rows would be lost unseen.
                qsizetype n = i + 1;
                while (n < text.size() && text.at(n) == u' ')
                    ++n;
                const QChar next = n < text.size() ? text.at(n) : QChar(u'\n');
                if (spanned && next != separator && next != u'\n' && next != u'\r') {
                    out.unclosedAt = record.line;
                    return out;
                }
                quoted = false;
                spanned = false;
            }
            continue;
        }
        if (lineBreak) {
            endRecord();
            continue;
        }
        if (!c.isSpace())
            blank = false;
        if (c == u'"' && current.trimmed().isEmpty()) {
            quoted = true;
            current.clear();
        } else if (c == separator) {
            record.fields << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted) {
        out.unclosedAt = record.line;
        return out;
    }
    endRecord();
    return out;
}

std::optional<QStringList> splitFields(const QString& line, QChar separator) {
    const Records read = splitRecords(line, separator);
    if (read.unclosedAt)
        return std::nullopt;
    // A line of white space only is one empty field, as a line of one empty value.
    return read.records.isEmpty() ? QStringList{QString()} : read.records.first().fields;
}

} // namespace sijil::registry::csv
