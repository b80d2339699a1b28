#include "RegistryJson.h"

#include <sijil/fhir/Capabilities.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/registry/Systems.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace sijil::registry {

namespace {

using Results = core::Result<QList<RemotePatient>>;

RemotePatient remote(const QJsonObject& patient, double score = 0) {
    RemotePatient r;
    r.resource = patient;
    r.hit.record = PatientMapping::fromFhir(patient);
    r.hit.match.weight = score;
    // Merged on the server (Sijil's merge sends it inactive, replaced-by its survivor).
    r.hit.survivorId = detail::replacedBy(patient);
    r.hit.merged = !r.hit.survivorId.isEmpty() ||
                   patient.value(QStringLiteral("active")).toBool(true) == false;
    return r;
}

// PDQm parameters for what the box held; empty when it held nothing a server can search.
QUrlQuery pdqm(const SearchQuery& q, int limit) {
    QUrlQuery query;
    if (!q.ipp.isEmpty())
        query.addQueryItem(QStringLiteral("identifier"), systems::kIpp + u'|' + q.ipp);
    else if (!q.documentNumber.isEmpty())
        query.addQueryItem(QStringLiteral("identifier"), q.documentNumber);
    else if (!q.phone.isEmpty())
        query.addQueryItem(QStringLiteral("telecom"), q.phone);
    else if (!q.nameTokens.isEmpty()) {
        for (const QString& token : q.nameTokens) {
            if (token.size() >= 2)
                query.addQueryItem(QStringLiteral("name"), token);
        }
    }
    if (query.isEmpty())
        return query;
    if (q.birthDate.isValid())
        query.addQueryItem(QStringLiteral("birthdate"), q.birthDate.toIso());
    query.addQueryItem(QStringLiteral("_count"), QString::number(limit));
    return query;
}

// A Parameters resource for $match: the patient, and how many of theirs to return.
QByteArray matchParameters(const QJsonObject& patient, int limit) {
    const QJsonObject parameters{
        {QStringLiteral("resourceType"), QStringLiteral("Parameters")},
        {QStringLiteral("parameter"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("resource")},
                                {QStringLiteral("resource"), patient}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("count")},
                                {QStringLiteral("valueInteger"), limit}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("onlyCertainMatches")},
                                {QStringLiteral("valueBoolean"), false}}}}};
    return QJsonDocument(parameters).toJson(QJsonDocument::Compact);
}

// The patient as far as the box describes them, for $match.
QJsonObject boxPatient(const SearchQuery& q) {
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    // Desks type the family name first, as Moroccan documents print it.
    QJsonObject name{{QStringLiteral("text"), q.nameTokens.join(u' ')}};
    name.insert(QStringLiteral("family"), q.nameTokens.value(0));
    if (q.nameTokens.size() > 1)
        name.insert(QStringLiteral("given"), QJsonArray::fromStringList(q.nameTokens.mid(1)));
    patient.insert(QStringLiteral("name"), QJsonArray{name});
    if (q.birthDate.isValid())
        patient.insert(QStringLiteral("birthDate"), q.birthDate.toIso());
    return patient;
}

// How many namesakes born the same year a save's check reads: a common name of a national
// registry has dozens, in the server's order, not by likeness; the registry ranks them.
constexpr int kNamesakesRead = 50;

// The search for the holders of a document; nothing without one.
QList<RemotePatientSearch::Asked> documentQuery(const PatientRecord& r, int limit) {
    if (comparableDocumentNumber(r.documentNumber).isEmpty())
        return {};
    SearchQuery q;
    q.documentNumber = comparableDocumentNumber(r.documentNumber);
    return {{q, limit}};
}

// The first word of a name as typed: a server compares the start of each name it holds, and a
// compound one ("Aït-Ali", "El Idrissi", "Fatima Zahra") is held whole.
QString firstWord(const QString& name) {
    static const QRegularExpression kSeparators(QStringLiteral("[\\s\\-]+"));
    const QStringList words = name.split(kSeparators, Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.first();
}

// The searches that find a patient being registered without $match: the holders of the
// document; then, by the first word of each name in each script (names alone would bring back
// thousands from a national registry), those born that day, and those born that year (a day
// or month mistyped, a year only known, on either side). The registry scores what comes back.
QList<RemotePatientSearch::Asked> duplicateQueries(const PatientRecord& r, int limit) {
    QList<RemotePatientSearch::Asked> queries = documentQuery(r, limit);
    if (!r.birthDate.isValid())
        return queries;
    using Script = core::PersonName::Script;
    for (const Script script : {Script::Latin, Script::Arabic}) {
        const QString family = firstWord(r.name.family(script));
        const QString given = firstWord(r.name.given(script));
        if (family.size() < 2 || given.size() < 2)
            continue;
        SearchQuery q;
        q.nameTokens = QStringList{family, given};
        if (r.birthDate.precision() != core::PartialDate::Precision::Year) {
            q.birthDate = r.birthDate;
            queries.append({q, limit});
        }
        q.birthDate = core::PartialDate::year(r.birthDate.yearValue());
        queries.append({q, std::max(limit, kNamesakesRead)});
    }
    return queries;
}

// What $match is given of a patient being registered: who they are, not where they live.
QJsonObject identityOnly(const PatientRecord& r) {
    const QJsonObject full = PatientMapping::toPatient(r, QString());
    QJsonObject patient;
    for (const char* key : {"resourceType", "identifier", "name", "gender", "birthDate"}) {
        const QString k = QString::fromLatin1(key);
        if (full.contains(k))
            patient.insert(k, full.value(k));
    }
    return patient;
}

Results withoutMerged(Results found) {
    if (found)
        found->removeIf([](const RemotePatient& p) { return p.hit.merged; });
    return found;
}

qsizetype indexOf(const QList<RemotePatient>& found, const QString& id) {
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found.at(i).hit.record.id == id)
            return i;
    }
    return -1;
}

// found[i], merged on the server, gives way to `survivor`: listed in its place, found through
// it; unless the survivor is listed already, found for itself (nothing to explain: it goes) or
// through another merged record (this one is added). Returns where to go on from.
qsizetype standIn(QList<RemotePatient>& found, qsizetype i, RemotePatient survivor) {
    const PatientRecord merged = found.at(i).hit.record;
    const qsizetype listed = indexOf(found, survivor.hit.record.id);
    if (listed >= 0 && !found.at(listed).hit.merged) {
        if (!found.at(listed).hit.foundThrough.isEmpty())
            found[listed].hit.foundThrough << merged;
        found.removeAt(i);
        return i;
    }
    survivor.hit.match = found.at(i).hit.match; // what $match scored is the record it found
    survivor.hit.foundThrough << merged;
    found[i] = std::move(survivor);
    return i + 1;
}

// The patient a Coverage is for ("Patient/<id>", relative or absolute).
QString beneficiaryId(const QJsonObject& coverage) {
    const QStringList parts = coverage.value(QStringLiteral("beneficiary"))
                                  .toObject()
                                  .value(QStringLiteral("reference"))
                                  .toString()
                                  .split(u'/');
    const qsizetype at = parts.lastIndexOf(QStringLiteral("Patient"));
    return at >= 0 ? parts.value(at + 1) : QString();
}

// The most coverages read for a save's candidates: Sijil keeps one per patient.
constexpr int kCoveragesRead = 200;

} // namespace

RemotePatientSearch::RemotePatientSearch(fhir::FhirClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

QFuture<bool> RemotePatientSearch::offersMatch() {
    if (m_hasMatch)
        return QtFuture::makeReadyFuture(*m_hasMatch);
    return m_client.capabilities().then(this, [this](const core::Result<fhir::Capabilities>& caps) {
        // A server that cannot tell what it supports gets plain searches only; one that did not
        // answer is asked again next time.
        const bool hasMatch =
            caps && caps->supportsOperation(QStringLiteral("Patient"), QStringLiteral("match"));
        if (caps)
            m_hasMatch = hasMatch;
        return hasMatch;
    });
}

QFuture<Results> RemotePatientSearch::search(const QString& text, int limit) {
    return offersMatch()
        .then(this, [this, text, limit](bool hasMatch) { return run(text, limit, hasMatch); })
        .unwrap()
        .then(this,
              [this](const Results& found) {
                  return found ? withSurvivors(*found) : QtFuture::makeReadyFuture(found);
              })
        .unwrap();
}

QFuture<Results> RemotePatientSearch::withSurvivors(QList<RemotePatient> found, qsizetype from) {
    for (qsizetype i = from; i < found.size();) {
        const RemotePatient& merged = found.at(i);
        if (!merged.hit.merged || merged.hit.survivorId.isEmpty()) {
            ++i;
            continue;
        }
        // Its survivor listed as it is: nothing to read.
        if (const qsizetype s = indexOf(found, merged.hit.survivorId);
            s >= 0 && !found.at(s).hit.merged) {
            i = standIn(found, i, found.at(s));
            continue;
        }
        const QString id = merged.resource.value(QStringLiteral("id")).toString();
        return survivorOf(merged.hit.survivorId, {id})
            .then(this,
                  [this, found, i](const std::optional<QJsonObject>& survivor) mutable {
                      // Unreadable (gone, refused, the link down): left merged, as it came.
                      const qsizetype next =
                          survivor ? standIn(found, i, remote(*survivor)) : i + 1;
                      return withSurvivors(std::move(found), next);
                  })
            .unwrap();
    }
    return QtFuture::makeReadyFuture(Results(std::move(found)));
}

QFuture<std::optional<QJsonObject>> RemotePatientSearch::survivorOf(const QString& id,
                                                                    QStringList seen) {
    using Survivor = std::optional<QJsonObject>;
    if (seen.contains(id) || seen.size() > kSurvivorHops)
        return QtFuture::makeReadyFuture(Survivor());
    seen << id;
    return m_client.read(QStringLiteral("Patient"), id)
        .then(this,
              [this, seen](const core::Result<fhir::Response>& read) -> QFuture<Survivor> {
                  if (!read)
                      return QtFuture::makeReadyFuture(Survivor());
                  const QJsonObject patient = read->json();
                  const RemotePatient r = remote(patient);
                  if (!r.hit.merged)
                      return QtFuture::makeReadyFuture(Survivor(patient));
                  // Merged in turn: its own survivor; inactive without one: nobody.
                  if (r.hit.survivorId.isEmpty())
                      return QtFuture::makeReadyFuture(Survivor());
                  return survivorOf(r.hit.survivorId, seen);
              })
        .unwrap();
}

QFuture<Results> RemotePatientSearch::withCoverage(const Results& found) {
    if (!found || found->isEmpty())
        return QtFuture::makeReadyFuture(found);
    QStringList beneficiaries;
    for (const RemotePatient& p : *found)
        beneficiaries << QStringLiteral("Patient/") + p.hit.record.id;
    // One search for all (a reference parameter's values joined by commas are alternatives).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("beneficiary"), beneficiaries.join(u','));
    query.addQueryItem(QStringLiteral("_count"), QString::number(kCoveragesRead));
    return m_client
        .search(QStringLiteral("Coverage"), query, kCoveragesRead,
                fhir::FhirClient::SearchVia::Post)
        .then(this, [found](const core::Result<QList<QJsonObject>>& coverages) {
            QList<RemotePatient> out = *found;
            QHash<QString, QJsonObject> byPatient;
            if (coverages) {
                for (const QJsonObject& c : *coverages) {
                    const QString status = c.value(QStringLiteral("status")).toString();
                    const QString patient = beneficiaryId(c);
                    if (patient.isEmpty() || status == u"cancelled" ||
                        status == u"entered-in-error")
                        continue;
                    // Sijil's own for the patient first, before another a server may hold.
                    if (!byPatient.contains(patient) || c.value(QStringLiteral("id")).toString() ==
                                                            PatientMapping::coverageId(patient))
                        byPatient.insert(patient, c);
                }
            }
            for (RemotePatient& p : out) {
                // Not read: unknown, which "none" would misstate.
                if (!coverages) {
                    p.hit.record.coverageRegime.clear();
                    continue;
                }
                p.hit.record =
                    PatientMapping::fromFhir(p.resource, byPatient.value(p.hit.record.id));
            }
            return Results(std::move(out));
        });
}

QFuture<Results> RemotePatientSearch::duplicatesOf(const PatientRecord& record, int limit) {
    return offersMatch()
        .then(this,
              [this, record, limit](bool hasMatch) -> QFuture<Results> {
                  if (!hasMatch)
                      return duplicatesByPdqm(record, limit);
                  return m_client
                      .operation(QStringLiteral("Patient"), QStringLiteral("match"),
                                 matchParameters(identityOnly(record), limit))
                      .then(this,
                            [this, record, limit](const core::Result<fhir::Response>& response) {
                                return matched(record, response, limit);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Results> RemotePatientSearch::matched(const PatientRecord& record,
                                              const core::Result<fhir::Response>& response,
                                              int limit) {
    // Nothing the server's matcher is sure enough of: the plain searches still find the holder
    // of the document and the namesakes.
    if (response && response->json().value(QStringLiteral("entry")).toArray().isEmpty())
        return duplicatesByPdqm(record, limit);
    auto found = matches(response);
    if (!found)
        return QtFuture::makeReadyFuture(found);
    // A matcher may answer with namesakes only: the holder of the document (a parent's CNIE on
    // a child) is looked for as well.
    return collect(documentQuery(record, limit), std::move(*found));
}

QFuture<Results> RemotePatientSearch::duplicatesByPdqm(const PatientRecord& record, int limit) {
    return collect(duplicateQueries(record, limit), {});
}

QFuture<Results> RemotePatientSearch::holdersOf(const PatientRecord& record, int limit) {
    return collect(documentQuery(record, limit), {});
}

QFuture<Results> RemotePatientSearch::collect(QList<Asked> queries, QList<RemotePatient> found) {
    if (queries.isEmpty()) {
        return withSurvivors(std::move(found))
            .then(this, [this](const Results& all) { return withCoverage(withoutMerged(all)); })
            .unwrap();
    }
    const Asked next = queries.takeFirst();
    return pdqmSearch(next.query, next.count)
        .then(this,
              [this, queries, found](const Results& more) mutable -> QFuture<Results> {
                  if (!more)
                      return QtFuture::makeReadyFuture(Results(more.error()));
                  for (const RemotePatient& p : *more) {
                      const QString id = p.resource.value(QStringLiteral("id")).toString();
                      if (std::none_of(found.cbegin(), found.cend(), [&id](const RemotePatient& f) {
                              return f.resource.value(QStringLiteral("id")).toString() == id;
                          }))
                          found << p;
                  }
                  return collect(std::move(queries), std::move(found));
              })
        .unwrap();
}

QFuture<Results> RemotePatientSearch::run(const QString& text, int limit) {
    return run(text, limit, *m_hasMatch);
}

QFuture<Results> RemotePatientSearch::run(const QString& text, int limit, bool hasMatch) {
    const SearchQuery q = SearchQuery::parse(text);
    const bool byIdentifier = !q.ipp.isEmpty() || !q.documentNumber.isEmpty() || !q.phone.isEmpty();
    m_usedMatch = hasMatch && !byIdentifier && !q.nameTokens.isEmpty() && q.birthDate.isValid();
    if (!m_usedMatch)
        return pdqmSearch(q, limit);
    return m_client
        .operation(QStringLiteral("Patient"), QStringLiteral("match"),
                   matchParameters(boxPatient(q), limit))
        .then(this,
              [this, q, limit](const core::Result<fhir::Response>& response) {
                  // Nothing the server's matcher is sure enough of: a plain search still shows
                  // what a clerk would find by name.
                  if (response &&
                      response->json().value(QStringLiteral("entry")).toArray().isEmpty())
                      return pdqmSearch(q, limit);
                  return QtFuture::makeReadyFuture(matches(response));
              })
        .unwrap();
}

Results RemotePatientSearch::matches(const core::Result<fhir::Response>& response) {
    if (!response)
        return response.error();
    QList<RemotePatient> out;
    for (const QJsonValue& e : response->json().value(QStringLiteral("entry")).toArray()) {
        const QJsonObject entry = e.toObject();
        // Only the patients matched: an OperationOutcome entry (mode "outcome") says how the
        // matcher went, and stands for nobody.
        const QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        const QString mode = entry.value(QStringLiteral("search"))
                                 .toObject()
                                 .value(QStringLiteral("mode"))
                                 .toString(QStringLiteral("match"));
        if (resource.value(QStringLiteral("resourceType")).toString() != u"Patient" ||
            resource.value(QStringLiteral("id")).toString().isEmpty() || mode != u"match")
            continue;
        out << remote(entry.value(QStringLiteral("resource")).toObject(),
                      entry.value(QStringLiteral("search"))
                          .toObject()
                          .value(QStringLiteral("score"))
                          .toDouble());
    }
    return out;
}

QFuture<Results> RemotePatientSearch::pdqmSearch(const SearchQuery& q, int limit) {
    const QUrlQuery query = pdqm(q, limit);
    if (query.isEmpty())
        return QtFuture::makeReadyFuture(Results(QList<RemotePatient>()));
    // By POST: the names, document number or phone typed stay out of the URL, which the
    // server's access log and any proxy on the way keep.
    return m_client
        .search(QStringLiteral("Patient"), query, limit, fhir::FhirClient::SearchVia::Post)
        .then(this, [](const core::Result<QList<QJsonObject>>& found) -> Results {
            if (!found)
                return found.error();
            QList<RemotePatient> out;
            for (const QJsonObject& p : *found)
                out << remote(p);
            return out;
        });
}

} // namespace sijil::registry
