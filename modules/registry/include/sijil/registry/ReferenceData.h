#pragma once

#include <sijil/core/Result.h>

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

namespace sijil::registry {

// A name or label in the three languages of the UI. An empty translation falls back on French
// (see ReferenceData::label).
struct Labels {
    QString fr;
    QString ar;
    QString en;
    friend bool operator==(const Labels&, const Labels&) = default;
};

// An entry of a coded list (coverage regime, accounting category).
struct CodedItem {
    QString code;
    Labels label;
    friend bool operator==(const CodedItem&, const CodedItem&) = default;
};

// ISO 3166-1 country, also used for nationalities.
struct Country {
    QString alpha2; // "MA"
    QString alpha3; // "MAR", as in the MRZ of ID documents
    Labels name;
};

// A Moroccan region, prefecture or province, by ISO 3166-2 code ("MA-06", "MA-CAS").
struct Subdivision {
    enum class Kind { Region, Prefecture, Province };
    QString code;
    Kind kind = Kind::Region;
    QString parentCode; // the region of a prefecture or province; empty for a region
    Labels name;
};

// A commune imported by the site administrator (no English name: en is empty).
struct Commune {
    QString code;
    Labels name;
    QString provinceCode; // ISO 3166-2 code of its prefecture or province
};

// The reference lists of patient registration: countries and nationalities (from iso-codes at
// build time), Morocco's regions, prefectures and provinces, social coverage regimes and
// accounting categories (built in, extended by the site), and the communes a site administrator
// imports. An immutable value, cheap to copy; lists are in code order (the UI sorts by name in
// the language shown).
class ReferenceData {
public:
    // Files read from (and, for communes, written to) the site data folder.
    static constexpr const char* kCoverageFile = "coverage.json";
    static constexpr const char* kCommunesFile = "communes.json";

    // The built-in lists, extended by <siteDataDir>/coverage.json and with the communes of
    // <siteDataDir>/communes.json when these exist. An empty siteDataDir reads the built-in lists
    // only. Fails when a site file exists but is invalid.
    [[nodiscard]] static core::Result<ReferenceData> load(const QString& siteDataDir);

    [[nodiscard]] QList<Country> countries() const;
    // By ISO alpha-2 code, case-insensitive.
    [[nodiscard]] std::optional<Country> country(const QString& alpha2) const;
    // By ISO alpha-3 code (the nationality field of an MRZ), case-insensitive.
    [[nodiscard]] std::optional<Country> countryByAlpha3(const QString& alpha3) const;

    [[nodiscard]] QList<Subdivision> regions() const;
    // Prefectures and provinces, of one region when regionCode is given.
    [[nodiscard]] QList<Subdivision> provinces(const QString& regionCode = {}) const;
    [[nodiscard]] std::optional<Subdivision> subdivision(const QString& code) const;

    // Communes, of one prefecture or province when provinceCode is given.
    [[nodiscard]] QList<Commune> communes(const QString& provinceCode = {}) const;
    // The commune whose French or Arabic name matches `name` ignoring case, accents, Arabic
    // diacritics and hamza forms, hyphens and spacing; in the given province when one is given.
    [[nodiscard]] std::optional<Commune> findCommune(const QString& name,
                                                     const QString& provinceCode = {}) const;
    // For the rule "a place of residence may be free text, with a warning when it is not a known
    // commune". Always false while no communes have been imported.
    [[nodiscard]] bool isKnownCommune(const QString& name, const QString& provinceCode = {}) const;

    [[nodiscard]] QList<CodedItem> coverageRegimes() const;
    [[nodiscard]] QList<CodedItem> accountingCategories() const;
    [[nodiscard]] std::optional<CodedItem> coverageRegime(const QString& code) const;
    [[nodiscard]] std::optional<CodedItem> accountingCategory(const QString& code) const;

    // The text in `language` (French, Arabic or English), French when that one is empty or the
    // language is another.
    [[nodiscard]] static QString label(const Labels& labels, QLocale::Language language);

    // Reads a CSV file (columns: code, French name, Arabic name, ISO code of the prefecture or
    // province; comma, semicolon or tab separated; UTF-8; any line ends; quoted cells may span
    // lines; optional header line whose first column starts with "code"), checks every line and
    // replaces <siteDataDir>/communes.json in one atomic write. Returns the number of communes. On
    // any error, naming the line, nothing is written.
    [[nodiscard]] static core::Result<int> importCommunes(const QString& csvPath,
                                                          const QString& siteDataDir);

    struct Data;

private:
    explicit ReferenceData(std::shared_ptr<const Data> d);
    std::shared_ptr<const Data> m_d;
};

} // namespace sijil::registry
