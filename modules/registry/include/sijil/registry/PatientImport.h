#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRecord.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace sijil::registry {

// Patients read from a file for PatientRegistry::importPatients.
struct ImportFile {
    QList<PatientRecord> records;
    QList<int> lines;     // where each record starts in the file (CSV line, or bundle entry number)
    bool entries = false; // `lines` are a bundle's entry numbers, not lines
};

// Reads the two forms registers arrive in: a CSV export of a spreadsheet or of a legacy system
// (UTF-8; comma, semicolon or tab; a header naming the columns of csvColumns(), in any order,
// unknown ones refused), or a FHIR Bundle of Patient (and Coverage) resources. A value that cannot
// be read (a date, a sex, a document type) stops the read and names its line; checking the values
// themselves is the registry's job.
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
