#include "RegistryJson.h"

#include <sijil/fhir/Capabilities.h>
#include <sijil/fhir/FhirClient.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/registry/Systems.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

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

// A Parameters resource for $match: the patient as far as the box describes them.
QByteArray matchParameters(const SearchQuery& q, int limit) {
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    // Desks type the family name first, as Moroccan documents print it.
    QJsonObject name{{QStringLiteral("text"), q.nameTokens.join(u' ')}};
    name.insert(QStringLiteral("family"), q.nameTokens.value(0));
    if (q.nameTokens.size() > 1)
        name.insert(QStringLiteral("given"), QJsonArray::fromStringList(q.nameTokens.mid(1)));
    patient.insert(QStringLiteral("name"), QJsonArray{name});
    if (q.birthDate.isValid())
        patient.insert(QStringLiteral("birthDate"), q.birthDate.toIso());
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

} // namespace

RemotePatientSearch::RemotePatientSearch(fhir::FhirClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

QFuture<Results> RemotePatientSearch::search(const QString& text, int limit) {
    if (m_hasMatch)
        return run(text, limit);
    return m_client.capabilities()
        .then(this,
              [this, text, limit](const core::Result<fhir::Capabilities>& caps) {
                  // A server that cannot tell what it supports gets plain searches only; one
                  // that did not answer is asked again next time.
                  const bool hasMatch = caps && caps->supportsOperation(QStringLiteral("Patient"),
                                                                        QStringLiteral("match"));
                  if (caps)
                      m_hasMatch = hasMatch;
                  return run(text, limit, hasMatch);
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
        .operation(QStringLiteral("Patient"), QStringLiteral("match"), matchParameters(q, limit))
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
