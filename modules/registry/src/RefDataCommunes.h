#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/ReferenceData.h>

#include <QByteArray>
#include <QSet>

namespace sijil::registry::refdata {

// Reads the communes CSV of a site administrator (see ReferenceData::importCommunes) and checks
// every line against the codes of Morocco's prefectures and provinces. The first problem found
// is returned, naming its line (1-based, as an editor numbers them).
core::Result<QList<Commune>> parseCommunesCsv(const QByteArray& bytes,
                                              const QSet<QString>& provinceCodes);

} // namespace sijil::registry::refdata
