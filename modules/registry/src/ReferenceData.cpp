#include "RefDataCommunes.h"
#include "RefDataJson.h"
#include "RefDataText.h"

#include <sijil/registry/ReferenceData.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace sijil::registry {

struct ReferenceData::Data {
    QList<Country> countries;
    QHash<QString, qsizetype> countryByAlpha2;
    QHash<QString, qsizetype> countryByAlpha3;
    QList<Subdivision> subdivisions;
    QHash<QString, qsizetype> subdivisionByCode;
    QList<Commune> communes;
    QMultiHash<QString, qsizetype> communesByKey; // matchKey of the French and Arabic names
    QList<CodedItem> coverageRegimes;
    QList<CodedItem> accountingCategories;
};

namespace {

constexpr const char* kCtx = "sijil::registry::ReferenceData";
const QString kResources = QStringLiteral(":/sijil/refdata/");

core::Error builtInError(const QString& why) {
    return core::Error(
        "registry/refdata-corrupt",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                               "Les données de référence intégrées au programme "
                                               "sont endommagées ; réinstallez Sijil.")),
        why);
}

core::Result<QList<Subdivision>> builtInSubdivisions() {
    QString why;
    const auto doc =
        refdata::readJsonObject(kResources + QLatin1String("ma_subdivisions.json"), why);
    if (!doc)
        return builtInError(QStringLiteral("ma_subdivisions.json: ") + why);
    auto list = refdata::parseSubdivisions(*doc, why);
    if (!list)
        return builtInError(QStringLiteral("ma_subdivisions.json: ") + why);
    return std::move(*list);
}

QSet<QString> provinceCodes(const QList<Subdivision>& subdivisions) {
    QSet<QString> codes;
    for (const Subdivision& s : subdivisions) {
        if (s.kind != Subdivision::Kind::Region)
            codes.insert(s.code);
    }
    return codes;
}

core::Status readCountries(ReferenceData::Data& d) {
    QString why;
    const auto doc = refdata::readJsonObject(kResources + QLatin1String("countries.json"), why);
    auto list = doc ? refdata::parseCountries(*doc, why) : std::nullopt;
    if (!list)
        return builtInError(QStringLiteral("countries.json: ") + why);
    d.countries = std::move(*list);
    for (qsizetype i = 0; i < d.countries.size(); ++i) {
        d.countryByAlpha2.insert(d.countries.at(i).alpha2, i);
        d.countryByAlpha3.insert(d.countries.at(i).alpha3, i);
    }
    return {};
}

core::Status readCoverage(ReferenceData::Data& d, const QString& siteDataDir) {
    QString why;
    const auto builtIn = refdata::readJsonObject(kResources + QLatin1String("coverage.json"), why);
    if (!builtIn)
        return builtInError(QStringLiteral("coverage.json: ") + why);
    auto regimes = refdata::parseCodedList(builtIn->value(QLatin1String("coverageRegimes")), why);
    auto categories =
        refdata::parseCodedList(builtIn->value(QLatin1String("accountingCategories")), why);
    if (!regimes || !categories)
        return builtInError(QStringLiteral("coverage.json: ") + why);
    d.coverageRegimes = std::move(*regimes);
    d.accountingCategories = std::move(*categories);

    const QString sitePath =
        siteDataDir.isEmpty()
            ? QString()
            : QDir(siteDataDir).filePath(QLatin1String(ReferenceData::kCoverageFile));
    if (sitePath.isEmpty() || !QFileInfo::exists(sitePath))
        return {};
    const auto siteError = [&](const QString& detail) {
        return core::Error(
            "registry/site-coverage-invalid",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                   "Le fichier des couvertures sociales du site "
                                                   "« %1 » est invalide."))
                .arg(QDir::toNativeSeparators(sitePath)),
            sitePath + QStringLiteral(": ") + detail);
    };
    const auto site = refdata::readJsonObject(sitePath, why);
    if (!site)
        return siteError(why);
    bool extendsAnything = false;
    for (const auto& [key, list] :
         {std::pair{QStringLiteral("coverageRegimes"), &d.coverageRegimes},
          std::pair{QStringLiteral("accountingCategories"), &d.accountingCategories}}) {
        if (!site->contains(key))
            continue;
        const auto extra = refdata::parseCodedList(site->value(key), why);
        if (!extra)
            return siteError(key + QStringLiteral(": ") + why);
        refdata::mergeCodedList(*list, *extra);
        extendsAnything = true;
    }
    if (!extendsAnything)
        return siteError(QStringLiteral("neither coverageRegimes nor accountingCategories"));
    return {};
}

core::Status readCommunes(ReferenceData::Data& d, const QString& siteDataDir) {
    if (siteDataDir.isEmpty())
        return {};
    const QString path = QDir(siteDataDir).filePath(QLatin1String(ReferenceData::kCommunesFile));
    if (!QFileInfo::exists(path))
        return {};
    QString why;
    const auto doc = refdata::readJsonObject(path, why);
    auto list = doc ? refdata::parseCommunes(*doc, why) : std::nullopt;
    if (list) {
        for (const Commune& c : std::as_const(*list)) {
            const auto s = d.subdivisionByCode.constFind(c.provinceCode);
            if (s == d.subdivisionByCode.constEnd() ||
                d.subdivisions.at(*s).kind == Subdivision::Kind::Region) {
                why = QStringLiteral("commune %1: unknown province %2").arg(c.code, c.provinceCode);
                list.reset();
                break;
            }
        }
    }
    if (!list)
        return core::Error(
            "registry/communes-corrupt",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                   "La liste des communes « %1 » est illisible ; "
                                                   "importez-la de nouveau."))
                .arg(QDir::toNativeSeparators(path)),
            path + QStringLiteral(": ") + why);
    d.communes = std::move(*list);
    for (qsizetype i = 0; i < d.communes.size(); ++i) {
        const Commune& c = d.communes.at(i);
        d.communesByKey.insert(refdata::matchKey(c.name.fr), i);
        if (refdata::matchKey(c.name.ar) != refdata::matchKey(c.name.fr))
            d.communesByKey.insert(refdata::matchKey(c.name.ar), i);
    }
    return {};
}

template <typename T>
std::optional<T> at(const QList<T>& list, const QHash<QString, qsizetype>& index,
                    const QString& key) {
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return std::nullopt;
    return list.at(*it);
}

std::optional<CodedItem> byCode(const QList<CodedItem>& list, const QString& code) {
    for (const CodedItem& item : list) {
        if (item.code == code)
            return item;
    }
    return std::nullopt;
}

} // namespace

ReferenceData::ReferenceData(std::shared_ptr<const Data> d)
    : m_d(std::move(d)) {}

core::Result<ReferenceData> ReferenceData::load(const QString& siteDataDir) {
    auto d = std::make_shared<Data>();
    if (core::Status s = readCountries(*d); !s)
        return s.error();
    auto subdivisions = builtInSubdivisions();
    if (!subdivisions)
        return subdivisions.error();
    d->subdivisions = std::move(subdivisions).value();
    for (qsizetype i = 0; i < d->subdivisions.size(); ++i)
        d->subdivisionByCode.insert(d->subdivisions.at(i).code, i);
    if (core::Status s = readCoverage(*d, siteDataDir); !s)
        return s.error();
    if (core::Status s = readCommunes(*d, siteDataDir); !s)
        return s.error();
    return ReferenceData(std::move(d));
}

QList<Country> ReferenceData::countries() const {
    return m_d->countries;
}

std::optional<Country> ReferenceData::country(const QString& alpha2) const {
    return at(m_d->countries, m_d->countryByAlpha2, alpha2.trimmed().toUpper());
}

std::optional<Country> ReferenceData::countryByAlpha3(const QString& alpha3) const {
    return at(m_d->countries, m_d->countryByAlpha3, alpha3.trimmed().toUpper());
}

QList<Subdivision> ReferenceData::regions() const {
    QList<Subdivision> out;
    for (const Subdivision& s : m_d->subdivisions) {
        if (s.kind == Subdivision::Kind::Region)
            out.append(s);
    }
    return out;
}

QList<Subdivision> ReferenceData::provinces(const QString& regionCode) const {
    QList<Subdivision> out;
    for (const Subdivision& s : m_d->subdivisions) {
        if (s.kind != Subdivision::Kind::Region &&
            (regionCode.isEmpty() || s.parentCode == regionCode))
            out.append(s);
    }
    return out;
}

std::optional<Subdivision> ReferenceData::subdivision(const QString& code) const {
    return at(m_d->subdivisions, m_d->subdivisionByCode, code.trimmed().toUpper());
}

QList<Commune> ReferenceData::communes(const QString& provinceCode) const {
    if (provinceCode.isEmpty())
        return m_d->communes;
    QList<Commune> out;
    for (const Commune& c : m_d->communes) {
        if (c.provinceCode == provinceCode)
            out.append(c);
    }
    return out;
}

std::optional<Commune> ReferenceData::findCommune(const QString& name,
                                                  const QString& provinceCode) const {
    const QString key = refdata::matchKey(name);
    if (key.isEmpty())
        return std::nullopt;
    // Among homonyms, the commune that comes first in the file.
    qsizetype best = -1;
    for (const qsizetype i : m_d->communesByKey.values(key)) {
        if ((provinceCode.isEmpty() || m_d->communes.at(i).provinceCode == provinceCode) &&
            (best < 0 || i < best))
            best = i;
    }
    if (best < 0)
        return std::nullopt;
    return m_d->communes.at(best);
}

bool ReferenceData::isKnownCommune(const QString& name, const QString& provinceCode) const {
    return findCommune(name, provinceCode).has_value();
}

QList<CodedItem> ReferenceData::coverageRegimes() const {
    return m_d->coverageRegimes;
}

QList<CodedItem> ReferenceData::accountingCategories() const {
    return m_d->accountingCategories;
}

std::optional<CodedItem> ReferenceData::coverageRegime(const QString& code) const {
    return byCode(m_d->coverageRegimes, code);
}

std::optional<CodedItem> ReferenceData::accountingCategory(const QString& code) const {
    return byCode(m_d->accountingCategories, code);
}

QString ReferenceData::label(const Labels& labels, QLocale::Language language) {
    const QString& wanted = language == QLocale::Arabic    ? labels.ar
                            : language == QLocale::English ? labels.en
                                                           : labels.fr;
    if (!wanted.isEmpty())
        return wanted;
    if (!labels.fr.isEmpty())
        return labels.fr;
    return labels.en.isEmpty() ? labels.ar : labels.en;
}

core::Result<int> ReferenceData::importCommunes(const QString& csvPath,
                                                const QString& siteDataDir) {
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return core::Error(
            "registry/communes-unreadable",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                   "Impossible de lire le fichier « %1 »."))
                .arg(QDir::toNativeSeparators(csvPath)),
            csvPath + QStringLiteral(": ") + csv.errorString());
    auto subdivisions = builtInSubdivisions();
    if (!subdivisions)
        return subdivisions.error();
    auto communes = refdata::parseCommunesCsv(csv.readAll(), provinceCodes(*subdivisions));
    if (!communes)
        return communes.error();

    // QSaveFile writes beside the target and renames over it: a failed import or a crash leaves
    // the previous list whole.
    const QString target = QDir(siteDataDir).filePath(QLatin1String(kCommunesFile));
    QSaveFile out(target);
    const QByteArray json = QJsonDocument(refdata::communesToJson(*communes)).toJson();
    if (!QDir().mkpath(siteDataDir) || !out.open(QIODevice::WriteOnly) ||
        out.write(json) != json.size() || !out.commit())
        return core::Error(
            "registry/communes-write",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                   "Impossible d'enregistrer la liste des "
                                                   "communes dans « %1 »."))
                .arg(QDir::toNativeSeparators(target)),
            target + QStringLiteral(": ") + out.errorString());
    return static_cast<int>(communes->size());
}

} // namespace sijil::registry
