#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRecord.h>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sijil::registry {

// Patients read from a file for PatientRegistry::importPatients.
struct ImportFile {
    QList<PatientRecord> records;
    QList<int> lines;     // where each record starts in the file (CSV line, or bundle entry number)
    bool entries = false; // `lines` are a bundle's entry numbers, not lines
    // CSV rows that could not be read (a value that is no date, a row one value short): the
    // line, and why (with the column in `field()` when one is to blame). The other rows are read.
    QList<QPair<int, core::Error>> refused;
    QString source; // the file's SHA-256 (hex): what ImportJournal knows it by
};

// Reads the two forms registers arrive in: a CSV export of a spreadsheet or of a legacy system
// (UTF-8; comma, semicolon or tab; a header naming the columns of csvColumns(), in any order,
// unknown ones refused; a quoted value may hold line breaks), or a FHIR Bundle of Patient (and
// Coverage) resources. A row whose value cannot be read (a date, a sex, a document type) is left
// out and named in `refused`; a broken file (a header unknown, a quote never closed) is refused
// whole. Checking the values themselves is the registry's job.
class PatientImport {
public:
    static core::Result<ImportFile> readCsv(const QString& path);
    static core::Result<ImportFile> readBundle(const QString& path);
    static QStringList csvColumns();
    // The CSV column of a registry field named in a refusal ("accountingCategory":
    // "accounting_category"); the field itself when no column holds it ("name").
    static QString csvColumnOf(const QString& field);
};

} // namespace sijil::registry
