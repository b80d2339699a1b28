#include "CsvLine.h"
#include "CsvLineSource.h"

#include <sijil/registry/PatientImport.h>
#include <sijil/registry/PatientMapping.h>

#include <QBitArray>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <functional>
#include <optional>

namespace sijil::registry {

namespace {

constexpr const char* kCtx = "sijil::registry::PatientImport";
using Script = core::PersonName::Script;

core::Error lineError(const char* code, const char* source, int line, const QString& value,
                      const QString& more = {}) {
    core::UserText text = core::UserText(kCtx, source).arg(QString::number(line)).arg(value);
    if (!more.isEmpty())
        text = text.arg(more);
    return core::Error(code, std::move(text),
                       QStringLiteral("line %1: %2").arg(line).arg(QLatin1String(code)));
}

// A day written as French registers write it (17/05/1980); invalid when it is none.
QDate dayMonthYear(const QString& text) {
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (auto m = dmy.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

std::optional<core::PartialDate> dateOf(const QString& text) {
    if (text.isEmpty())
        return core::PartialDate();
    if (auto iso = core::PartialDate::fromIso(text))
        return iso;
    if (const QDate d = dayMonthYear(text); d.isValid())
        return core::PartialDate::fromDate(d);
    return std::nullopt;
}

std::optional<core::Sex> sexOf(const QString& text) {
    const QString t = text.toLower();
    if (t.isEmpty() || t == u"u" || t == u"unknown")
        return core::Sex::Unknown;
    if (t == u"f" || t == u"female" || t == u"féminin")
        return core::Sex::Female;
    if (t == u"m" || t == u"male" || t == u"h" || t == u"masculin")
        return core::Sex::Male;
    if (t == u"other" || t == u"x")
        return core::Sex::Other;
    return std::nullopt;
}

using Setter = std::function<bool(PatientRecord&, const QString&)>;

const QHash<QString, Setter>& setters() {
    static const QHash<QString, Setter> map = {
        {QStringLiteral("ipp"),
         [](PatientRecord& r, const QString& v) {
             r.ipp = v;
             return true;
         }},
        {QStringLiteral("document_type"),
         [](PatientRecord& r, const QString& v) {
             r.documentType = documentTypeFromCode(v.toLower());
             return v.isEmpty() || v.toLower() == u"none" || r.documentType != DocumentType::None;
         }},
        {QStringLiteral("document_number"),
         [](PatientRecord& r, const QString& v) {
             r.documentNumber = v;
             return true;
         }},
        {QStringLiteral("document_expiry"),
         [](PatientRecord& r, const QString& v) {
             // Written as the birth dates of the same file may be.
             r.documentExpiry = QDate::fromString(v, Qt::ISODate);
             if (!r.documentExpiry.isValid())
                 r.documentExpiry = dayMonthYear(v);
             return v.isEmpty() || r.documentExpiry.isValid();
         }},
        {QStringLiteral("document_country"),
         [](PatientRecord& r, const QString& v) {
             r.documentCountry = v;
             return true;
         }},
        {QStringLiteral("family_latin"),
         [](PatientRecord& r, const QString& v) {
             r.name.setFamily(Script::Latin, v);
             return true;
         }},
        {QStringLiteral("given_latin"),
         [](PatientRecord& r, const QString& v) {
             r.name.setGiven(Script::Latin, v);
             return true;
         }},
        {QStringLiteral("family_arabic"),
         [](PatientRecord& r, const QString& v) {
             r.name.setFamily(Script::Arabic, v);
             return true;
         }},
        {QStringLiteral("given_arabic"),
         [](PatientRecord& r, const QString& v) {
             r.name.setGiven(Script::Arabic, v);
             return true;
         }},
        {QStringLiteral("sex"),
         [](PatientRecord& r, const QString& v) {
             const auto s = sexOf(v);
             r.sex = s.value_or(core::Sex::Unknown);
             return s.has_value();
         }},
        {QStringLiteral("birth_date"),
         [](PatientRecord& r, const QString& v) {
             const auto d = dateOf(v);
             r.birthDate = d.value_or(core::PartialDate());
             return d.has_value();
         }},
        {QStringLiteral("birth_city"),
         [](PatientRecord& r, const QString& v) {
             r.birthCity = v;
             return true;
         }},
        {QStringLiteral("birth_country"),
         [](PatientRecord& r, const QString& v) {
             r.birthCountry = v;
             return true;
         }},
        {QStringLiteral("nationality"),
         [](PatientRecord& r, const QString& v) {
             r.nationality = v;
             return true;
         }},
        {QStringLiteral("address"),
         [](PatientRecord& r, const QString& v) {
             r.address = v;
             return true;
         }},
        {QStringLiteral("city"),
         [](PatientRecord& r, const QString& v) {
             r.city = v;
             return true;
         }},
        {QStringLiteral("commune"),
         [](PatientRecord& r, const QString& v) {
             r.commune = v;
             return true;
         }},
        {QStringLiteral("province"),
         [](PatientRecord& r, const QString& v) {
             r.province = v.toUpper();
             return true;
         }},
        {QStringLiteral("phone"),
         [](PatientRecord& r, const QString& v) {
             r.phone = v;
             return true;
         }},
        {QStringLiteral("emergency_name"),
         [](PatientRecord& r, const QString& v) {
             r.emergencyName = v;
             return true;
         }},
        {QStringLiteral("emergency_relationship"),
         [](PatientRecord& r, const QString& v) {
             r.emergencyRelationship = v.toUpper();
             return true;
         }},
        {QStringLiteral("emergency_phone"),
         [](PatientRecord& r, const QString& v) {
             r.emergencyPhone = v;
             return true;
         }},
        {QStringLiteral("accounting_category"),
         [](PatientRecord& r, const QString& v) {
             r.accountingCategory = v.toUpper();
             return true;
         }},
        {QStringLiteral("coverage_regime"),
         [](PatientRecord& r, const QString& v) {
             r.coverageRegime = v.toUpper();
             return true;
         }},
        {QStringLiteral("affiliation_number"),
         [](PatientRecord& r, const QString& v) {
             r.affiliationNumber = v;
             return true;
         }},
    };
    return map;
}

// A row's values, known again by 128 bits of their SHA-256: what is kept of each row read.
struct RowDigest {
    quint64 high = 0;
    quint64 low = 0;
    friend bool operator==(const RowDigest&, const RowDigest&) = default;
};

size_t qHash(const RowDigest& d, size_t seed = 0) {
    return qHashMulti(seed, d.high, d.low);
}

RowDigest digestOf(const QStringList& fields) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& f : fields) {
        const qint64 size = f.size(); // each value's length first: ("a;b", "") is not ("a", ";b")
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(f.utf16()), f.size() * 2));
    }
    const QByteArray bytes = hash.result();
    RowDigest d;
    std::memcpy(&d.high, bytes.constData(), sizeof d.high);
    std::memcpy(&d.low, bytes.constData() + sizeof d.high, sizeof d.low);
    return d;
}

bool allEmpty(QStringList::const_iterator from, QStringList::const_iterator to) {
    return std::all_of(from, to, [](const QString& f) { return f.isEmpty(); });
}

} // namespace

QString PatientImport::csvColumnOf(const QString& field) {
    QString column;
    for (const QChar c : field)
        column += c.isUpper() ? QStringLiteral("_") + c.toLower() : QString(c);
    return setters().contains(column) ? column : field;
}

QStringList PatientImport::csvColumns() {
    QStringList names = setters().keys();
    names.sort();
    return names;
}

core::Result<ImportFile> PatientImport::readCsv(const QString& path) {
    auto reader = CsvImportReader::open(path);
    if (!reader)
        return reader.error();
    return (*reader)->next(INT_MAX);
}

struct CsvImportReader::State {
    explicit State(const QString& path)
        : lines(path) {}
    QString path;
    QString source;
    int rows = 0;
    int rowsWithoutIpp = 0;
    QBitArray withoutIpp;  // by the line a row starts on: a bit a line, whatever the file's size
    QStringList header;    // the names, empty ones after the last left out
    qsizetype written = 0; // names the header line writes, empty ones included
    QList<Setter> columns;
    // The second reading.
    csv::LineSource lines;
    std::optional<csv::RecordSplitter> splitter;
    QList<csv::Record> pending; // split, not yet given
    bool headerPassed = false;
    bool finished = false;
    QHash<RowDigest, int> seenAt; // a row's values -> the line where they first stand

    // A row read into `out`: a record, a refusal, or nothing (a row of separators only).
    void read(csv::Record row, ImportFile& out);
};

CsvImportReader::CsvImportReader(std::unique_ptr<State> state)
    : d(std::move(state)) {}

CsvImportReader::~CsvImportReader() = default;

QString CsvImportReader::source() const {
    return d->source;
}

int CsvImportReader::rows() const {
    return d->rows;
}

int CsvImportReader::rowsWithoutIpp() const {
    return d->rowsWithoutIpp;
}

bool CsvImportReader::withoutIpp(int line) const {
    return line >= 0 && line < d->withoutIpp.size() && d->withoutIpp.testBit(line);
}

bool CsvImportReader::atEnd() const {
    return d->finished && d->pending.isEmpty();
}

qint64 CsvImportReader::bytesRead() const {
    return d->lines.position();
}

core::Result<std::unique_ptr<CsvImportReader>> CsvImportReader::open(const QString& path) {
    auto state = std::make_unique<State>(path);
    state->path = path;
    // The first reading: the whole file seen, one line held at a time.
    csv::LineSource lines(path);
    if (auto s = lines.open(); !s)
        return s.error();
    // Stretches of a 4096th of the file, 4 KiB to 1 MiB: their digests are little to hold (a
    // few thousand; ten thousand for a 10 GB file), and so is what the second reading reads past
    // a chunk to check the stretch it ends in.
    lines.takeDigests(std::clamp(QFileInfo(path).size() / 4096, qint64(4096), qint64(1 << 20)));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    std::optional<csv::RecordSplitter> splitter;
    std::optional<csv::Record> header;
    bool headerAfterBlank = false;
    qsizetype ippColumn = -1;
    const auto count = [&](const QList<csv::Record>& records) {
        for (const csv::Record& r : records) {
            if (!header) {
                header = r;
                headerAfterBlank = r.line != 1;
                for (qsizetype c = 0; c < r.fields.size(); ++c) {
                    if (r.fields[c].toLower() == u"ipp")
                        ippColumn = c;
                }
                continue;
            }
            if (allEmpty(r.fields.cbegin(), r.fields.cend()))
                continue; // a row of separators only
            ++state->rows;
            if (ippColumn < 0 || ippColumn >= r.fields.size() || r.fields[ippColumn].isEmpty()) {
                ++state->rowsWithoutIpp;
                if (r.line >= state->withoutIpp.size())
                    state->withoutIpp.resize(std::max<qsizetype>(r.line + 1, 2 * r.line));
                state->withoutIpp.setBit(r.line);
            }
        }
    };
    while (!lines.atEnd() && !(splitter && splitter->unclosedAt())) {
        auto text = lines.next(&sha);
        if (!text)
            return text.error();
        if (!splitter)
            splitter.emplace(csv::detectSeparator(*text));
        splitter->feed(*text);
        count(splitter->take());
    }
    if (splitter) {
        splitter->finish();
        count(splitter->take());
    }
    const auto unclosed = [&](int line) {
        return lineError("registry/import-quote",
                         QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                           "Ligne %1 : guillemet non fermé.%2"),
                         line, QString());
    };
    if (!header || headerAfterBlank) {
        if (splitter && splitter->unclosedAt() == 1)
            return unclosed(1);
        return core::Error("registry/import-empty",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                  "Le fichier est vide : la "
                                                                  "première ligne doit nommer "
                                                                  "les colonnes.")),
                           path);
    }
    // A quote never closed leaves the rest of the file in one value: nothing is read.
    if (splitter->unclosedAt())
        return unclosed(*splitter->unclosedAt());
    // Empty names after the last column: what a spreadsheet leaves after it (";;"); the values
    // under them must be empty too.
    state->header = header->fields;
    state->written = state->header.size();
    while (!state->header.isEmpty() && state->header.last().trimmed().isEmpty())
        state->header.removeLast();
    QSet<QString> named;
    for (const QString& name : std::as_const(state->header)) {
        if (named.contains(name.toLower()))
            return lineError("registry/import-column-twice",
                             QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                               "Ligne %1 : la colonne « %2 » figure deux fois : "
                                               "laquelle garder ?"),
                             1, name);
        named.insert(name.toLower());
        const auto it = setters().constFind(name.toLower());
        if (it == setters().constEnd())
            return lineError("registry/import-column",
                             QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                               "Ligne %1 : colonne inconnue « %2 ». Colonnes "
                                               "connues : %3."),
                             1, name, PatientImport::csvColumns().join(QStringLiteral(", ")));
        state->columns << *it;
    }
    state->source = QString::fromLatin1(sha.result().toHex());
    if (auto s = state->lines.open(); !s)
        return s.error();
    state->lines.checkDigests(lines.digests());
    return std::unique_ptr<CsvImportReader>(new CsvImportReader(std::move(state)));
}

core::Result<ImportFile> CsvImportReader::next(int maxRecords) {
    ImportFile out;
    out.source = d->source;
    for (;;) {
        const bool full = out.records.size() >= maxRecords;
        if (!full && !d->pending.isEmpty()) {
            d->read(d->pending.takeFirst(), out);
            continue;
        }
        // A chunk is given once the bytes read for it are checked against the first reading:
        // the rest of the stretch they end in is read, its rows kept for the next chunk.
        if (d->finished || (full && d->lines.checkedSoFar()))
            break;
        if (d->lines.atEnd()) {
            if (!d->lines.allChecked())
                return csv::fileChanged(d->path);
            if (d->splitter)
                d->splitter->finish();
            d->finished = true;
        } else {
            auto text = d->lines.next(nullptr);
            if (!text)
                return text.error();
            if (!d->splitter)
                d->splitter.emplace(csv::detectSeparator(*text));
            d->splitter->feed(*text);
        }
        if (d->splitter && d->splitter->unclosedAt()) // the file changed since open()
            return csv::fileChanged(d->path);
        if (d->splitter)
            d->pending << d->splitter->take();
        if (!d->headerPassed && !d->pending.isEmpty()) {
            d->pending.removeFirst();
            d->headerPassed = true;
        }
    }
    return out;
}

void CsvImportReader::State::read(csv::Record row, ImportFile& out) {
    if (row.fields.size() == written && written > header.size() &&
        allEmpty(row.fields.cbegin() + header.size(), row.fields.cend()))
        row.fields.resize(header.size());
    // A row of separators only: what a spreadsheet leaves after its last filled row.
    if (allEmpty(row.fields.cbegin(), row.fields.cend()))
        return;
    // A row that cannot be read is refused alone, named by its line; the others are read.
    if (row.fields.size() != columns.size()) {
        out.refused << qMakePair(
            row.line,
            core::Error("registry/import-columns",
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                               "%1 valeurs au lieu de %2 (une par "
                                                               "colonne de l'en-tête)."))
                            .arg(QString::number(row.fields.size()))
                            .arg(QString::number(columns.size())),
                        QStringLiteral("line %1").arg(row.line)));
        return;
    }
    // The same values twice: one patient written twice (a copy and paste), however little the
    // row says of him.
    const RowDigest digest = digestOf(row.fields);
    if (const auto first = seenAt.constFind(digest); first != seenAt.cend()) {
        out.refused << qMakePair(
            row.line,
            core::Error("registry/import-row-repeated",
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                               "Ligne identique à la ligne %1 : "
                                                               "elle n'a pas été importée deux "
                                                               "fois."))
                            .arg(QString::number(*first)),
                        QStringLiteral("line %1 = line %2").arg(row.line).arg(*first)));
        return;
    }
    seenAt.insert(digest, row.line);
    PatientRecord r;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        // A cell's lines (Alt+Enter) read as one line: an address as written on a label, a name
        // as the words of one name.
        const QString column = header[c].toLower();
        const bool name = column.startsWith(u"family_") || column.startsWith(u"given_") ||
                          column == u"emergency_name";
        const QString value =
            csv::joinCellLines(row.fields[c], name ? QStringLiteral(" ") : QStringLiteral(", "));
        if (!columns[c](r, value)) {
            out.refused << qMakePair(
                row.line,
                core::Error("registry/import-value",
                            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientImport",
                                                                   "Valeur illisible « %1 »."))
                                .arg(value),
                            QStringLiteral("line %1").arg(row.line))
                    .withField(column));
            return;
        }
    }
    out.records << r;
    out.lines << row.line;
}

} // namespace sijil::registry
