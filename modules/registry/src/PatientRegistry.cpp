#include "RegistryJson.h"
#include "RegistryLog.h"
#include "RegistryWrite.h"

#include <sijil/access/SessionAudit.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace sijil::registry {

using namespace detail;

PatientRegistry::PatientRegistry(Services services, std::function<QDate()> today)
    : m_s(services)
    , m_today(today ? std::move(today) : [] { return QDate::currentDate(); })
    , m_finder(m_s.store, m_s.index) {}

QString PatientRegistry::databasePath() const {
    return m_s.store.databasePath();
}

QList<ValidationIssue> PatientRegistry::validate(const PatientRecord& record) const {
    return PatientValidator(m_s.reference, m_today())
        .validate(PatientValidator::normalized(record));
}

core::Result<std::optional<PatientRecord>> PatientRegistry::get(const QString& id) const {
    auto patient = m_s.store.get(kPatient, id);
    if (!patient)
        return patient.error();
    if (!*patient || (*patient)->state == storage::LocalState::Deleted)
        return std::optional<PatientRecord>();
    auto json = parseStored(**patient);
    if (!json)
        return json.error();
    auto coverage = m_s.store.get(kCoverage, PatientMapping::coverageId(id));
    if (!coverage)
        return coverage.error();
    QJsonObject cov;
    if (*coverage && (*coverage)->state != storage::LocalState::Deleted) {
        auto read = parseStored(**coverage);
        if (!read)
            return read.error();
        cov = *read;
    }
    return std::optional<PatientRecord>(PatientMapping::fromFhir(*json, cov));
}

core::Result<QString> PatientRegistry::survivorOf(const QString& id) const {
    return m_finder.survivorOf(id);
}

core::Result<storage::ResourceStore::Refusal>
PatientRegistry::refusedChange(const QString& id) const {
    return m_s.store.refusal(id);
}

core::Result<bool> PatientRegistry::waitsToBeReadAgain(const QString& id) const {
    return m_s.store.waitsToBeReadAgain(id);
}

core::Result<PatientHit> PatientRegistry::hit(const QString& id, const MatchProfile* query) const {
    return m_finder.hit(id, query);
}

core::Result<QList<PatientHit>> PatientRegistry::search(const QString& text, int limit) const {
    return m_finder.search(text, limit);
}

namespace {

QStringList blockTerms(const QStringList& keys) {
    QStringList terms;
    for (const QString& key : keys)
        terms << QStringLiteral("blk:") + key;
    return terms;
}

// The index terms of a normalised record's identifiers: its document and its IPP.
QStringList identifierTerms(const PatientRecord& r) {
    QStringList terms;
    if (!r.documentNumber.isEmpty())
        terms << QStringLiteral("doc:") + r.documentNumber;
    if (!r.ipp.isEmpty())
        terms << QStringLiteral("ipp:") + r.ipp;
    return terms;
}

MatchInput matchInput(const PatientRecord& r) {
    return {r.name, r.birthDate, r.sex, r.documentNumber, r.phone, r.birthCity};
}

} // namespace

core::Result<QList<PatientHit>> PatientRegistry::possibleDuplicates(const PatientRecord& record,
                                                                    int limit) const {
    const PatientRecord r = PatientValidator::normalized(record);
    const QStringList terms =
        blockTerms(MatchScorer::blockingKeys(matchInput(r))) + identifierTerms(r);
    auto ids = m_s.index.byTerms(kPatient, terms, kCandidates);
    if (!ids)
        return ids.error();
    return duplicatesAmong(r, *ids, limit);
}

core::Result<QList<PatientHit>> PatientRegistry::scanDuplicates(const PatientRecord& record,
                                                                int limit) const {
    const PatientRecord r = PatientValidator::normalized(record);
    const MatchScorer::ScanKeys keys = MatchScorer::scanKeys(matchInput(r));
    // The narrow keys and identifiers first, up to the larger cap: they find the pairs at 10 M.
    // The wide ones add what they find while they are small (a small register, a rare name);
    // past their cap their pairs are left to the narrow keys.
    // A key's block is the same for each of its members, so a pair is read from both sides or
    // from neither (short of the kCandidates read, which only many small blocks together reach),
    // but for a full date and a year-only one, met from the full date's side ('o' keys).
    const auto narrow = m_s.index.byRareTerms(
        kPatient, blockTerms(keys.narrow) + identifierTerms(r), kScanBlock, kCandidates);
    if (!narrow)
        return narrow.error();
    const auto wide =
        m_s.index.byRareTerms(kPatient, blockTerms(keys.wide), kScanWideBlock, kCandidates);
    if (!wide)
        return wide.error();
    QStringList ids = *narrow;
    for (const QString& id : *wide) {
        if (ids.size() >= kCandidates)
            break;
        if (!ids.contains(id))
            ids << id;
    }
    return duplicatesAmong(r, ids, limit);
}

core::Result<QList<PatientHit>>
PatientRegistry::duplicatesAmong(const PatientRecord& r, const QStringList& ids, int limit) const {
    const MatchProfile profile = MatchScorer::profile(matchInput(r));
    QList<PatientHit> scored;
    // Records merged away that were found, by the survivor that stands for each: their IPP and
    // document stay on them, so the survivor alone may not be found by what was typed.
    QMap<QString, QList<PatientHit>> mergedInto;
    for (const QString& id : ids) {
        if (id == r.id)
            continue;
        auto h = hit(id, &profile);
        if (!h)
            return h.error();
        if (!h->merged) {
            scored << *h;
            continue;
        }
        auto survivor = survivorOf(id);
        const QByteArray why = survivor ? QByteArray() : survivor.error().code();
        if (why == kSurvivorMissing || why == kMergeCycle)
            continue; // no record here stands for it (the central server's check may know one)
        if (!survivor)
            return survivor.error();
        if (*survivor != r.id) // merged into the record being saved: the same patient
            mergedInto[*survivor] << *h;
    }
    for (auto it = mergedInto.cbegin(); it != mergedInto.cend(); ++it) {
        qsizetype at = 0;
        while (at < scored.size() && scored[at].record.id != it.key())
            ++at;
        if (at == scored.size()) {
            auto s = hit(it.key(), &profile);
            if (!s)
                return s.error();
            scored << *s;
        }
        // Found through them: what they hold counts as its own, and what was typed may be
        // closer to one of them than to the survivor.
        for (const PatientHit& merged : it.value()) {
            scored[at].foundThrough << merged.record;
            if (merged.match.weight > scored[at].match.weight)
                scored[at].match = merged.match;
        }
    }
    return likelySame(r, std::move(scored), limit);
}

QList<PatientHit> PatientRegistry::rankDuplicates(const PatientRecord& record,
                                                  const QList<PatientRecord>& others,
                                                  int limit) const {
    QList<PatientHit> hits;
    for (const PatientRecord& other : others) {
        PatientHit h;
        h.record = other;
        hits << h;
    }
    return rankDuplicates(record, std::move(hits), limit);
}

QList<PatientHit> PatientRegistry::rankDuplicates(const PatientRecord& record,
                                                  QList<PatientHit> others, int limit) const {
    const PatientRecord r = PatientValidator::normalized(record);
    const MatchProfile profile = MatchScorer::profile(matchInput(r));
    for (PatientHit& h : others)
        h.match = m_finder.scorer().score(profile, MatchScorer::profile(matchInput(h.record)));
    return likelySame(r, std::move(others), limit);
}

QList<PatientHit> PatientRegistry::likelySame(const PatientRecord& r, QList<PatientHit> scored,
                                              int limit) {
    QList<PatientHit> out;
    for (PatientHit& h : scored) {
        // A survivor found through a record merged into it holds what that record holds.
        const bool sameIpp = holdSameIpp(r, h);
        // Another name or birth date outweighs the document in the score, yet a parent's CNIE
        // typed on a child is a common slip: the holder is shown, for the clerk to decide.
        const bool sameDocument = holdSameDocument(r, h);
        if (sameDocument && h.match.cls == MatchClass::NonMatch)
            h.match.cls = MatchClass::PossibleMatch;
        if (sameIpp || h.match.cls != MatchClass::NonMatch)
            out << h;
    }
    // The holders of the same identifier first, so that no limit drops them.
    const auto holdsIdentifier = [&r](const PatientHit& h) {
        return holdSameIpp(r, h) || holdSameDocument(r, h);
    };
    std::stable_sort(out.begin(), out.end(), [&](const PatientHit& a, const PatientHit& b) {
        if (holdsIdentifier(a) != holdsIdentifier(b))
            return holdsIdentifier(a);
        return a.match.weight > b.match.weight;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

namespace {

storage::AuditEntry patientEntry(const access::SessionInfo& session, const char* action,
                                 const char* subtype, const QString& patientId,
                                 const QString& detail, int outcome = 0) {
    storage::AuditEntry e =
        access::auditEntryFor(session, QString::fromLatin1(action), QString::fromLatin1(subtype));
    e.outcome = outcome;
    e.patientId = patientId;
    e.entityType = kPatient;
    e.entityId = patientId;
    e.detail = detail;
    return e;
}

} // namespace

core::Status PatientRegistry::audit(const access::SessionInfo& session, const char* action,
                                    const char* subtype, const QString& patientId,
                                    const QString& detail, int outcome) const {
    auto appended =
        m_s.audit.append(patientEntry(session, action, subtype, patientId, detail, outcome));
    if (!appended)
        return appended.error();
    return {};
}

QList<storage::AuditEntry> PatientRegistry::readEntries(const access::SessionInfo& session,
                                                        const char* subtype,
                                                        const QStringList& patientIds,
                                                        const QString& detail) {
    QList<storage::AuditEntry> out;
    out.reserve(patientIds.size());
    for (const QString& id : patientIds)
        out << patientEntry(session, "R", subtype, id, detail);
    return out;
}

core::Status PatientRegistry::auditRead(const access::SessionInfo& session, const char* subtype,
                                        const QStringList& patientIds,
                                        const QString& detail) const {
    auto appended = m_s.audit.appendAll(readEntries(session, subtype, patientIds, detail));
    if (!appended)
        return appended.error();
    return {};
}

core::Status PatientRegistry::auditedWrite(const access::SessionInfo& session, const char* action,
                                           const char* subtype, const QString& patientId,
                                           const QString& detail,
                                           const QList<storage::LocalChange>& changes,
                                           const QString& otherPatientId) {
    QStringList patients{patientId};
    if (!otherPatientId.isEmpty())
        patients << otherPatientId;
    for (const QString& p : std::as_const(patients)) {
        if (auto a = audit(session, action, subtype, p, detail); !a)
            return a;
    }
    auto w = m_s.store.writeLocal(changes, storage::ResourceStore::Sending::Together);
    if (!w) {
        for (const QString& p : std::as_const(patients))
            (void)audit(session, action, subtype, p, detail + QStringLiteral(" failed"), 8);
    }
    return w;
}

void PatientRegistry::afterWrite(const core::Status& followUp, const char* what) {
    if (!followUp)
        qCWarning(lcRegistry) << what << "not done after a committed write:" << followUp.error();
}

core::Result<QStringList> PatientRegistry::patientIds(const QString& afterId, int limit) const {
    QStringList out;
    QString after = afterId;
    while (out.size() < limit) {
        auto page = m_s.index.ids(kPatient, after, limit);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        after = page->last();
        for (const QString& id : *page) {
            auto stored = m_s.store.get(kPatient, id);
            if (!stored)
                return stored.error();
            if (*stored && replacedBy(parse((*stored)->json)).isEmpty() && out.size() < limit)
                out << id;
        }
    }
    return out;
}

core::Result<int> PatientRegistry::indexedPatients() const {
    return m_s.index.count(kPatient);
}

core::Result<qint64> PatientRegistry::ippsRemaining() const {
    // Numbers ahead of a block's next that patients hold already are never handed out.
    return m_s.identifiers.remaining(systems::kIpp, detail::ippOf);
}

core::Status PatientRegistry::ippsCover(qint64 needed) const {
    if (needed <= 0)
        return {};
    auto left = ippsRemaining();
    if (!left)
        return left.error();
    if (*left < needed)
        return core::Error(
            "registry/ipp-short",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "Ce fichier demande %1 IPP et il n'en "
                                                   "reste que %2 dans les plages réservées "
                                                   "à ce site : rien n'a été importé. "
                                                   "L'administrateur du site doit obtenir "
                                                   "une nouvelle plage auprès du registre "
                                                   "central."))
                .arg(QString::number(needed))
                .arg(QString::number(*left)),
            QStringLiteral("%1 needed, %2 left").arg(needed).arg(*left));
    return {};
}

} // namespace sijil::registry
