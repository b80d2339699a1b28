#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

// CSV as spreadsheets at Moroccan sites write it (communes, patient registers).
namespace sijil::registry::csv {

// The separator is whichever of comma, semicolon (spreadsheets in French) or tab appears most
// in the first line.
QChar detectSeparator(const QString& line);
// RFC 4180 fields within one line; nothing when a quote is left open (a record never spans
// lines here: names hold no line breaks, and an error then names the right line).
std::optional<QStringList> splitFields(const QString& line, QChar separator);

} // namespace sijil::registry::csv
