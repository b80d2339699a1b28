#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRecord.h>

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

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
    // A bundle's entries neither Patient nor Coverage, left out: resource type -> how many.
    QMap<QString, int> ignored;
};

// Reads the two forms registers arrive in: a CSV export of a spreadsheet or of a legacy system
// (UTF-8; comma, semicolon or tab; a header naming the columns of csvColumns(), in any order,
// unknown ones refused; a quoted value may hold line breaks), or a FHIR Bundle of Patient (and
// Coverage) resources. A row whose value cannot be read (a date, a sex, a document type) is left
// out and named in `refused`; a broken file (a header unknown, a quote never closed) is refused
// whole. Checking the values themselves is the registry's job.
class PatientImport {
public:
    // The whole file at once: for a file of known, modest size (CsvImportReader reads any size).
    static core::Result<ImportFile> readCsv(const QString& path);
    // Parsed whole in memory (a bundle is one JSON document): refused above kMaxBundleBytes.
    static core::Result<ImportFile> readBundle(const QString& path);
    static constexpr qint64 kMaxBundleBytes = 64LL * 1024 * 1024;
    static QStringList csvColumns();
    // The CSV column of a registry field named in a refusal ("accountingCategory":
    // "accounting_category"); the field itself when no column holds it ("name").
    static QString csvColumnOf(const QString& field);
};

// A CSV register read a chunk of rows at a time, so that a national register (millions of rows)
// never sits in memory: open() reads the file once through, holding one row at a time, to know
// it whole before anything is written (its SHA-256, UTF-8 throughout, every quote closed, the
// header, how many rows, and the digest of each stretch of lines); next() then reads it again, a
// chunk at a time, and fails (registry/import-changed) rather than give a chunk whose bytes are
// not those of the first reading: a file changed in between. A row repeated word for
// word is known by a digest of each row read (16 bytes a row), not by the rows themselves.
class CsvImportReader {
public:
    static core::Result<std::unique_ptr<CsvImportReader>> open(const QString& path);
    ~CsvImportReader();
    CsvImportReader(const CsvImportReader&) = delete;
    CsvImportReader& operator=(const CsvImportReader&) = delete;

    [[nodiscard]] QString source() const; // the file's SHA-256 (hex)
    [[nodiscard]] int rows() const;       // rows under the header, blank ones left out
    [[nodiscard]] int rowsWithoutIpp() const;
    [[nodiscard]] bool withoutIpp(int line) const; // the row starting on `line` brings none
    // The next rows: `maxRecords` records at most, and the rows refused among them (`lines` and
    // `refused` as readCsv gives them); nothing once the file is read.
    core::Result<ImportFile> next(int maxRecords);
    [[nodiscard]] bool atEnd() const;
    [[nodiscard]] qint64 bytesRead() const; // of the file, by next()

private:
    struct State;
    explicit CsvImportReader(std::unique_ptr<State> state);
    std::unique_ptr<State> d;
};

} // namespace sijil::registry
