#pragma once

#include <sijil/core/Result.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/SearchQuery.h>

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

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
//
// A record merged on the server (inactive, replaced-by its survivor) keeps its own IPP and
// document: the query finds it where its survivor may not match. Its survivor is read from the
// server along the replaced-by links and stands for it, found through it (PatientHit::
// foundThrough); one that cannot be read leaves the merged record as it came (merged), the
// search going on without it.
class RemotePatientSearch : public QObject {
    Q_OBJECT
public:
    // A search and how many of its patients to read.
    struct Asked {
        SearchQuery query;
        int count = 0;
    };
    // How many replaced-by links are followed from a merged record to its survivor: a merge of
    // merges is short; a longer chain is a server's fault, not followed.
    static constexpr int kSurvivorHops = 5;

    explicit RemotePatientSearch(fhir::FhirClient& client, QObject* parent = nullptr);

    QFuture<core::Result<QList<RemotePatient>>> search(const QString& text, int limit = 20);
    // Whether the last search used $match (after the CapabilityStatement was read).
    [[nodiscard]] bool usedMatch() const { return m_usedMatch; }

    // The server's patients that may be the one being registered, for the desk's check before a
    // save: with $match, the whole identity where the server offers it; otherwise the holders
    // of its document, then its namesakes born the same date or year. Records merged on the
    // server come as their survivors; one whose survivor cannot be read is left out. Each
    // comes with its coverage, read in one search (none read: the regime is left blank, not
    // said "none"). Unranked: the registry scores them as it scores its own
    // (PatientRegistry::rankDuplicates).
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
    // `found` with each record merged on the server, from index `from` on, replaced by its
    // survivor (not listed twice).
    QFuture<core::Result<QList<RemotePatient>>> withSurvivors(QList<RemotePatient> found,
                                                              qsizetype from = 0);
    // The record that `id` (replaced-by it) stands for in the end, read from the server; none
    // when one on the way cannot be read, the links loop, or go on past kSurvivorHops.
    QFuture<std::optional<QJsonObject>> survivorOf(const QString& id, QStringList seen);
    // `found` with the coverage the server holds for each.
    QFuture<core::Result<QList<RemotePatient>>>
    withCoverage(const core::Result<QList<RemotePatient>>& found);

    fhir::FhirClient& m_client;
    std::optional<bool> m_hasMatch;
    bool m_usedMatch = false;
};

} // namespace sijil::registry
