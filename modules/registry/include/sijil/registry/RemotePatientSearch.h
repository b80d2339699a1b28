#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/SearchQuery.h>

#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace sijil::fhir {
class FhirClient;
struct Response;
} // namespace sijil::fhir

namespace sijil::registry {

// A patient as the central server has it, not (yet) in the local store.
struct RemotePatient {
    PatientHit hit;
    QJsonObject resource; // the server's Patient, meta included
};

// The second half of "search before create": the central registry, when the link is up. Reads
// the server's CapabilityStatement once: where the server offers Patient/$match (IHE PIXm/PDQm's
// probabilistic match) the names and birth date go there; identifiers, phones and names
// otherwise go to a plain PDQm search (identifier, telecom, name and birthdate), posted to
// Patient/_search so that what was typed stays out of URLs and their logs.
class RemotePatientSearch : public QObject {
    Q_OBJECT
public:
    // A search and how many of its patients to read.
    struct Asked {
        SearchQuery query;
        int count = 0;
    };

    explicit RemotePatientSearch(fhir::FhirClient& client, QObject* parent = nullptr);

    QFuture<core::Result<QList<RemotePatient>>> search(const QString& text, int limit = 20);
    // Whether the last search used $match (after the CapabilityStatement was read).
    [[nodiscard]] bool usedMatch() const { return m_usedMatch; }

    // The server's patients that may be the one being registered, for the desk's check before a
    // save: with $match, the whole identity where the server offers it; otherwise the holders
    // of its document, then its namesakes born the same date or year. Records merged on the
    // server are left out (their survivors are found for themselves). Unranked: the registry
    // scores them as it scores its own (PatientRegistry::rankDuplicates).
    QFuture<core::Result<QList<RemotePatient>>> duplicatesOf(const PatientRecord& record,
                                                             int limit = 10);
    // The server's holders of the document `record` shows (a correction giving a patient a
    // document): a plain search, whatever the server offers.
    QFuture<core::Result<QList<RemotePatient>>> holdersOf(const PatientRecord& record,
                                                          int limit = 10);

private:
    QFuture<core::Result<QList<RemotePatient>>> run(const QString& text, int limit);
    QFuture<core::Result<QList<RemotePatient>>> run(const QString& text, int limit, bool hasMatch);
    QFuture<core::Result<QList<RemotePatient>>> pdqmSearch(const SearchQuery& q, int limit);
    static core::Result<QList<RemotePatient>> matches(const core::Result<fhir::Response>& response);
    QFuture<core::Result<QList<RemotePatient>>> duplicatesByPdqm(const PatientRecord& record,
                                                                 int limit);
    // $match's answer for `record`, completed by the plain searches.
    QFuture<core::Result<QList<RemotePatient>>>
    matched(const PatientRecord& record, const core::Result<fhir::Response>& response, int limit);
    // Runs `queries` one after the other, adding to `found` the patients not found already.
    QFuture<core::Result<QList<RemotePatient>>> collect(QList<Asked> queries,
                                                        QList<RemotePatient> found);
    QFuture<bool> offersMatch();

    fhir::FhirClient& m_client;
    std::optional<bool> m_hasMatch;
    bool m_usedMatch = false;
};

} // namespace sijil::registry
