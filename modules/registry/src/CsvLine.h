#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// CSV as spreadsheets at Moroccan sites write it (communes, patient registers).
namespace sijil::registry::csv {

// The separator is whichever of comma, semicolon (spreadsheets in French) or tab appears most
// in the first line.
QChar detectSeparator(const QString& line);

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
// The fields of one line; nothing when a quote is left open.
std::optional<QStringList> splitFields(const QString& line, QChar separator);

} // namespace sijil::registry::csv
