#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// CSV as spreadsheets at Moroccan sites write it (communes, patient registers).
namespace sijil::registry::csv {

// The separator is whichever of comma, semicolon (spreadsheets in French) or tab appears most
// in the first line of `text` (up to its first line break, "\r" alone included).
QChar detectSeparator(const QString& text);

// A cell's lines (Alt+Enter in a spreadsheet cell, kept as "\n" by splitRecords) as one line:
// each trimmed, the empty ones dropped, the others joined with `separator`.
QString joinCellLines(const QString& cell, const QString& separator);

// One record of a file, and the line it begins on (1 for the first).
struct Record {
    int line = 0;
    QStringList fields;
};
// RFC 4180 records: a quoted field may hold line breaks (Alt+Enter in a spreadsheet cell), kept
// as "\n". Blank lines are skipped. `unclosedAt` is set to the line of the record whose quote is
// never closed, or whose cell spanning lines is followed by more text once its quote closes
// (rows swallowed by a stray quote); the records before it are read.
struct Records {
    QList<Record> records;
    std::optional<int> unclosedAt;
};
Records splitRecords(const QString& text, QChar separator);

// splitRecords a piece at a time, for a file too large to hold: each piece fed must end where a
// line ends (its "\n" included), so that what follows a quote is seen with it. The records
// complete so far are taken with take(); finish() ends the last one.
class RecordSplitter {
public:
    explicit RecordSplitter(QChar separator)
        : m_separator(separator) {}
    void feed(const QString& text);
    void finish();
    [[nodiscard]] QList<Record> take();
    [[nodiscard]] std::optional<int> unclosedAt() const { return m_unclosedAt; }

private:
    void endRecord();

    QChar m_separator;
    QList<Record> m_records;
    std::optional<int> m_unclosedAt;
    Record m_record{1, {}};
    QString m_current;
    bool m_quoted = false;
    bool m_spanned = false; // the quoted cell being read went on to another line
    bool m_blank = true;    // nothing but white space since the record began
    int m_line = 1;
};

} // namespace sijil::registry::csv
