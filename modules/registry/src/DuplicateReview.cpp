// The duplicate review queue as the registry fills and settles it.
#include "RegistryJson.h"

#include <sijil/registry/PatientRegistry.h>
#include <sijil/storage/DuplicateQueue.h>

namespace sijil::registry {

using namespace detail;
using storage::DuplicateStatus;

namespace {

QString classCode(MatchClass cls) {
    return cls == MatchClass::Match ? QStringLiteral("match") : QStringLiteral("possible");
}

MatchClass classFromCode(const QString& code) {
    return code == u"match" ? MatchClass::Match : MatchClass::PossibleMatch;
}

} // namespace

bool PatientRegistry::mayMerge(const access::User& user) {
    return user.mayMergeRecords(); // one rule with the conflicts of merges (sync)
}

core::Status PatientRegistry::refuseUnlessMayMerge(const access::SessionInfo& session,
                                                   const QString& detail) const {
    if (mayMerge(session.user))
        return {};
    return core::Error("registry/merge-forbidden",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Seul l'administrateur du site peut "
                                                              "fusionner des dossiers ou décider "
                                                              "qu'ils ne sont pas des doublons.")),
                       detail);
}

core::Result<QList<DuplicateStatus>>
PatientRegistry::queueDuplicates(const PatientRecord& record, const QList<PatientHit>& candidates) {
    QList<storage::DuplicateQueue::Candidate> pairs;
    for (const PatientHit& c : candidates)
        pairs << storage::DuplicateQueue::Candidate{record.id, c.record.id, c.match.weight,
                                                    classCode(c.match.cls)};
    if (pairs.isEmpty())
        return QList<DuplicateStatus>();
    if (!m_s.duplicates) // nothing kept: every pair is as new
        return QList<DuplicateStatus>(pairs.size(), DuplicateStatus::Open);
    return m_s.duplicates->enqueue(pairs);
}

core::Result<PatientRegistry::ReviewPage>
PatientRegistry::duplicateReviews(DuplicateStatus status, int offset, int limit) const {
    if (!m_s.duplicates)
        return ReviewPage{};
    auto pairs = m_s.duplicates->list(status, offset, limit);
    if (!pairs)
        return pairs.error();
    const auto side = [this](const QString& id) -> core::Result<std::optional<PatientHit>> {
        auto record = get(id);
        if (!record)
            return record.error();
        if (!*record)
            return std::optional<PatientHit>();
        auto h = hit(id, nullptr); // for its merged state
        if (!h)
            return h.error();
        h->record = **record; // with its coverage, for the comparison
        return std::optional<PatientHit>(*h);
    };
    ReviewPage page;
    page.nextOffset = pairs->size() < limit ? -1 : offset + int(pairs->size());
    for (const storage::DuplicatePair& p : *pairs) {
        auto first = side(p.firstId);
        if (!first)
            return first.error();
        auto second = side(p.secondId);
        if (!second)
            return second.error();
        if (!*first || !*second)
            continue; // a record deleted since: nothing left to decide
        // An open pair with a merged-away record waits: its survivor has pairs of its own, and an
        // unmerge brings it back.
        if (status == DuplicateStatus::Open && ((*first)->merged || (*second)->merged))
            continue;
        page.reviews << DuplicateReview{
            **first, **second, p.weight, classFromCode(p.classification), p.status, p.decidedAtUtc};
    }
    return page;
}

core::Status PatientRegistry::markNotDuplicate(const QString& firstId, const QString& secondId,
                                               const access::SessionInfo& session) {
    const QString detail = QStringLiteral("not-same-as:") + secondId;
    if (auto s = refuseUnlessMayMerge(session, firstId + u' ' + detail); !s)
        return s;
    if (firstId == secondId)
        return core::Error(
            "registry/merge-same",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "Un dossier ne peut pas être fusionné avec "
                                                   "lui-même.")),
            firstId);
    for (const QString& id : {firstId, secondId}) {
        auto stored = m_s.store.get(kPatient, id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return notFound(id);
    }
    if (!m_s.duplicates)
        return core::Error(
            "registry/no-review-queue",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "La file des doublons à examiner n'est pas "
                                                   "disponible sur ce poste.")),
            firstId);
    if (auto a = audit(session, "U", "not-duplicate", firstId, detail); !a)
        return a;
    return m_s.duplicates->decide(firstId, secondId, DuplicateStatus::NotDuplicate,
                                  session.user.id);
}

} // namespace sijil::registry
