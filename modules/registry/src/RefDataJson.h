#pragma once

#include <sijil/registry/ReferenceData.h>

#include <QJsonObject>
#include <QString>

#include <optional>

// Reading and writing the JSON shapes of the reference lists. Each reader returns nothing and
// says why (for the technical detail) when the document does not have the expected shape.
namespace sijil::registry::refdata {

std::optional<QJsonObject> readJsonObject(const QString& path, QString& why);

std::optional<QList<Country>> parseCountries(const QJsonObject& doc, QString& why);
std::optional<QList<Subdivision>> parseSubdivisions(const QJsonObject& doc, QString& why);
// A list of {"code", "label": {"fr", "ar", "en"}}; French is required, the others optional.
std::optional<QList<CodedItem>> parseCodedList(const QJsonValue& value, QString& why);
// Entries of `extra` with a new code are appended; those with a known code replace its labels.
void mergeCodedList(QList<CodedItem>& base, const QList<CodedItem>& extra);

std::optional<QList<Commune>> parseCommunes(const QJsonObject& doc, QString& why);
QJsonObject communesToJson(const QList<Commune>& communes);

} // namespace sijil::registry::refdata
