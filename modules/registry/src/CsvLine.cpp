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

std::optional<QStringList> splitFields(const QString& line, QChar separator) {
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != u'"')
                current += c;
            else if (i + 1 < line.size() && line.at(i + 1) == u'"')
                current += line.at(++i);
            else
                quoted = false;
        } else if (c == u'"' && current.trimmed().isEmpty()) {
            quoted = true;
            current.clear();
        } else if (c == separator) {
            fields << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << current.trimmed();
    return fields;
}

} // namespace sijil::registry::csv
