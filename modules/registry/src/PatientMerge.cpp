#include "RegistryJson.h"

#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/ResourceStore.h>

#include <QRegularExpression>
#include <QSet>

namespace sijil::registry {

using namespace detail;

namespace {
// On the replaced record: what moved to the survivor, so that unmerge can move it back.
const QString kMovedExtension = systems::kBase + QStringLiteral("/StructureDefinition/merge-moved");
// On the replaced-by link a merge writes, when the record was out of use before it: unmerge gives
// that state back. On the link, it goes and comes with the merge it belongs to (the server's
// merge state, sync::ConflictResolver). A link without it (older merges, other systems') was
// written on a record in use.
const QString kPriorActiveExtension =
    systems::kBase + QStringLiteral("/StructureDefinition/merge-prior-active");

// Whether the record whose `links` these are was in use before its merge into `survivorId`.
bool inUseBeforeMerge(const QJsonArray& links, const QString& survivorId) {
    for (const QJsonValue& l : links) {
        const QJsonObject link = l.toObject();
        if (link.value(QStringLiteral("type")).toString() != u"replaced-by" ||
            patientIdOf(link.value(QStringLiteral("other"))
                            .toObject()
                            .value(QStringLiteral("reference"))
                            .toString()) != survivorId)
            continue;
        for (const QJsonValue& e : link.value(QStringLiteral("extension")).toArray()) {
            const QJsonObject ext = e.toObject();
            if (ext.value(QStringLiteral("url")).toString() == kPriorActiveExtension)
                return ext.value(QStringLiteral("valueBoolean")).toBool(true);
        }
    }
    return true;
}

// `json` with its references to Patient/`from` naming Patient/`to`, each in its own form: relative,
// or absolute (a server's address before it, as a resource pulled from the central server may
// have). storage::compartmentOf puts both in the patient's compartment, so both move.
QByteArray retargeted(const QByteArray& json, const QString& from, const QString& to) {
    const QRegularExpression reference(QStringLiteral("\"(") + QString::fromLatin1(kServerAddress) +
                                       QStringLiteral(")?Patient/") +
                                       QRegularExpression::escape(from) + u'"');
    const QString text = QString::fromUtf8(json);
    QString out;
    qsizetype done = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(done, m.capturedStart() - done);
        out += u'"' + m.captured(1) + QStringLiteral("Patient/") + to + u'"';
        done = m.capturedEnd();
    }
    if (done == 0)
        return json;
    out += QStringView(text).mid(done);
    return out.toUtf8();
}

// Whether the links of merges from `from` lead to `to`. A missing record or a loop that does
// not pass through `to` ends the walk: only `to` itself is looked for.
core::Result<bool> loopsBackTo(const storage::ResourceStore& store, const QString& from,
                               const QString& to) {
    QSet<QString> seen;
    for (QString current = from; !current.isEmpty() && !seen.contains(current);) {
        if (current == to)
            return true;
        seen.insert(current);
        auto stored = store.get(kPatient, current);
        if (!stored)
            return stored.error();
        if (!*stored)
            return false;
        current = replacedBy(parse((*stored)->json));
    }
    return false;
}
} // namespace

core::Status PatientRegistry::merge(const QString& survivorId, const QString& duplicateId,
                                    const access::SessionInfo& session) {
    const auto refuse = [&](const char* code, const char* why) {
        return core::Error(code, core::UserText(kCtx, why),
                           survivorId + QStringLiteral(" <- ") + duplicateId);
    };
    if (auto s = refuseUnlessMayMerge(session, survivorId + QStringLiteral(" <- ") + duplicateId);
        !s)
        return s;
    if (survivorId == duplicateId)
        return refuse("registry/merge-same",
                      QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                        "Un dossier ne peut pas être fusionné avec lui-même."));
    auto survivor = m_s.store.get(kPatient, survivorId);
    auto duplicate = m_s.store.get(kPatient, duplicateId);
    if (!survivor)
        return survivor.error();
    if (!duplicate)
        return duplicate.error();
    if (!*survivor || !*duplicate)
        return notFound(!*survivor ? survivorId : duplicateId);
    QJsonObject s = parse((*survivor)->json);
    QJsonObject d = parse((*duplicate)->json);
    if (!replacedBy(s).isEmpty() || !replacedBy(d).isEmpty())
        return refuse("registry/merge-merged",
                      QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                        "L'un de ces dossiers a déjà été fusionné : ouvrez le "
                                        "dossier qui le remplace."));

    // The duplicate's clinical resources move to the survivor; its own coverage stays with it.
    auto compartment = m_s.store.forPatient(duplicateId);
    if (!compartment)
        return compartment.error();
    QList<storage::LocalChange> changes;
    QJsonArray moved;
    for (const storage::StoredResource& res : *compartment) {
        if ((res.type == kPatient && res.id == duplicateId) ||
            (res.type == kCoverage && res.id == PatientMapping::coverageId(duplicateId)))
            continue;
        changes << storage::LocalChange{Op::Update,
                                        res.type,
                                        res.id,
                                        survivorId,
                                        retargeted(res.json, duplicateId, survivorId),
                                        session.user.id};
        moved.append(
            QJsonObject{{QStringLiteral("url"), kMovedExtension},
                        {QStringLiteral("valueReference"),
                         QJsonObject{{QStringLiteral("reference"), res.type + u'/' + res.id}}}});
    }
    // The duplicate's dependants now depend on the survivor and follow its coverage; unmerge
    // gives them back.
    auto dependants = dependantsOf(duplicateId);
    if (!dependants)
        return dependants.error();
    if (!dependants->isEmpty()) {
        // The survivor with its coverage: the relation and the regime are kept there.
        auto keptWithCoverage = get(survivorId);
        if (!keptWithCoverage)
            return keptWithCoverage.error();
        if ((*keptWithCoverage)->dependantRelation != DependantRelation::None)
            return refuse("registry/merge-dependants-to-dependant",
                          QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                            "Le dossier à fusionner est l'assuré d'ayants droit, "
                                            "et le dossier conservé est lui-même ayant droit : "
                                            "rattachez d'abord ces ayants droit à un autre "
                                            "assuré."));
        // Their coverage would be deleted with nothing to follow, their insured with it.
        const QString regime = (*keptWithCoverage)->coverageRegime;
        if (regime.isEmpty() || regime == u"NONE")
            return refuse("registry/merge-dependants-to-uncovered",
                          QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                            "Le dossier à fusionner est l'assuré d'ayants droit, "
                                            "et le dossier conservé n'a pas de couverture "
                                            "sociale : renseignez d'abord son régime."));
        for (const QString& dependantId : *dependants) {
            auto follows = followingCoverage(dependantId, **keptWithCoverage, session.user.id);
            if (!follows)
                return follows.error();
            if (!*follows)
                continue;
            changes << **follows;
            moved.append(QJsonObject{
                {QStringLiteral("url"), kMovedExtension},
                {QStringLiteral("valueReference"),
                 QJsonObject{{QStringLiteral("reference"),
                              kCoverage + u'/' + PatientMapping::coverageId(dependantId)}}}});
        }
    }
    QJsonObject replacedByLink{
        {QStringLiteral("other"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + survivorId}}},
        {QStringLiteral("type"), QStringLiteral("replaced-by")}};
    if (!d.value(QStringLiteral("active")).toBool(true))
        replacedByLink.insert(QStringLiteral("extension"),
                              QJsonArray{QJsonObject{{QStringLiteral("url"), kPriorActiveExtension},
                                                     {QStringLiteral("valueBoolean"), false}}});
    QJsonArray dLinks = d.value(QStringLiteral("link")).toArray();
    dLinks.append(replacedByLink);
    d.insert(QStringLiteral("link"), dLinks);
    d.insert(QStringLiteral("active"), false);
    QJsonArray ext = d.value(QStringLiteral("extension")).toArray();
    for (const QJsonValue& m : moved)
        ext.append(m);
    if (!ext.isEmpty())
        d.insert(QStringLiteral("extension"), ext);
    QJsonArray sLinks = s.value(QStringLiteral("link")).toArray();
    sLinks.append(QJsonObject{
        {QStringLiteral("other"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + duplicateId}}},
        {QStringLiteral("type"), QStringLiteral("replaces")}});
    s.insert(QStringLiteral("link"), sLinks);
    changes << storage::LocalChange{Op::Update,  kPatient,   duplicateId,
                                    duplicateId, compact(d), session.user.id}
            << storage::LocalChange{Op::Update, kPatient,   survivorId,
                                    survivorId, compact(s), session.user.id};
    if (auto w =
            auditedWrite(session, "U", "merge", survivorId,
                         QStringLiteral("replaces:%1 moved:%2").arg(duplicateId).arg(moved.size()),
                         changes, duplicateId);
        !w)
        return w;
    // After the records: a queue left behind a merge only shows a pair that is already settled.
    if (m_s.duplicates)
        afterWrite(m_s.duplicates->decide(survivorId, duplicateId, storage::DuplicateStatus::Merged,
                                          session.user.id),
                   "duplicate review queue");
    return {};
}

core::Result<std::optional<storage::LocalChange>>
PatientRegistry::coverageBackFromMerge(const PatientRecord& dependant,
                                       const QString& actorId) const {
    if (dependant.dependantRelation == DependantRelation::None || dependant.insuredId.isEmpty())
        return std::optional<storage::LocalChange>();
    // Its insured's changes passed it by while it was merged away (dependantsOf): it follows its
    // insured as it is now, or that insured's survivor if it was merged meanwhile, and never
    // comes back as the dependant of a record that can no longer have any.
    auto insuredId = survivorOf(dependant.insuredId);
    if (!insuredId)
        return insuredId.error();
    auto insured = get(*insuredId);
    if (!insured)
        return insured.error();
    if (!*insured)
        return notFound(*insuredId);
    const QString regime = (*insured)->coverageRegime;
    if ((*insured)->dependantRelation != DependantRelation::None || regime.isEmpty() ||
        regime == u"NONE") {
        auto ipp = shownIpp(m_s.store, *insuredId);
        if (!ipp)
            return ipp.error();
        return core::Error(
            "registry/unmerge-insured-uncovered",
            core::UserText(kCtx,
                           QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                             "Ce dossier est ayant droit du dossier IPP %1, qui "
                                             "n'a plus de couverture sociale ou est devenu "
                                             "lui-même ayant droit : corrigez d'abord ce "
                                             "dossier."))
                .arg(*ipp),
            dependant.id + QStringLiteral(" -> ") + *insuredId);
    }
    return followingCoverage(dependant.id, **insured, actorId);
}

core::Status PatientRegistry::unmerge(const QString& duplicateId,
                                      const access::SessionInfo& session) {
    if (auto s = refuseUnlessMayMerge(session, duplicateId); !s)
        return s;
    auto duplicate = m_s.store.get(kPatient, duplicateId);
    if (!duplicate)
        return duplicate.error();
    if (!*duplicate)
        return notFound(duplicateId);
    QJsonObject d = parse((*duplicate)->json);
    const QString survivorId = replacedBy(d);
    if (survivorId.isEmpty())
        return core::Error(
            "registry/unmerge-not-merged",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "Ce dossier n'a pas été fusionné : il n'y a "
                                                   "rien à annuler.")),
            duplicateId);
    auto survivor = m_s.store.get(kPatient, survivorId);
    if (!survivor)
        return survivor.error();
    if (!*survivor)
        return notFound(survivorId);
    QJsonObject s = parse((*survivor)->json);
    // Merges that loop back to this record (two sites merged the pair crosswise): none stands
    // for the others until one link is undone, and this one may be. The others stay, so this
    // record becomes the survivor of the records that were merged into it.
    auto loop = loopsBackTo(m_s.store, survivorId, duplicateId);
    if (!loop)
        return loop.error();
    // The survivor merged in turn: what moved here went on to its survivor and names it now;
    // moved back from here, it would belong to this record and still name that one.
    if (const QString next = replacedBy(s); !next.isEmpty() && !*loop) {
        auto survivorIpp = shownIpp(m_s.store, survivorId);
        if (!survivorIpp)
            return survivorIpp.error();
        auto nextIpp = shownIpp(m_s.store, next);
        if (!nextIpp)
            return nextIpp.error();
        return core::Error(
            "registry/unmerge-survivor-merged",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "Annulez d'abord la fusion du "
                                                   "dossier IPP %1 dans le dossier "
                                                   "IPP %2."))
                .arg(*survivorIpp)
                .arg(*nextIpp),
            duplicateId + QStringLiteral(" -> ") + survivorId + QStringLiteral(" -> ") + next);
    }
    // With its own coverage, which stayed with it: its dependants follow it again.
    auto duplicateWithCoverage = get(duplicateId);
    if (!duplicateWithCoverage)
        return duplicateWithCoverage.error();
    const PatientRecord duplicateRecord = **duplicateWithCoverage;
    auto insuredCoverage = coverageBackFromMerge(duplicateRecord, session.user.id);
    if (!insuredCoverage)
        return insuredCoverage.error();

    QList<storage::LocalChange> changes;
    QJsonArray kept;
    for (const QJsonValue& e : d.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QStringLiteral("url")).toString() != kMovedExtension) {
            kept.append(e);
            continue;
        }
        const QString ref = ext.value(QStringLiteral("valueReference"))
                                .toObject()
                                .value(QStringLiteral("reference"))
                                .toString();
        auto res = m_s.store.get(ref.section(u'/', 0, 0), ref.section(u'/', 1));
        if (!res)
            return res.error();
        if (!*res || (*res)->state == storage::LocalState::Deleted)
            continue; // deleted since: nothing to move back
        if ((*res)->type == kCoverage && (*res)->patientId != survivorId) {
            // A dependant's coverage, in its own compartment: it follows the duplicate again,
            // unless it was given another insured (or none) since the merge.
            auto dependant = get((*res)->patientId);
            if (!dependant)
                return dependant.error();
            if (!*dependant || (*dependant)->dependantRelation == DependantRelation::None ||
                (*dependant)->insuredId != survivorId)
                continue;
            auto follows = followingCoverage((*res)->patientId, duplicateRecord, session.user.id);
            if (!follows)
                return follows.error();
            if (*follows)
                changes << **follows;
            continue;
        }
        changes << storage::LocalChange{Op::Update,
                                        (*res)->type,
                                        (*res)->id,
                                        duplicateId,
                                        retargeted((*res)->json, survivorId, duplicateId),
                                        session.user.id};
    }
    const qsizetype movedBack = changes.size();
    if (*insuredCoverage)
        changes << **insuredCoverage;
    if (kept.isEmpty())
        d.remove(QStringLiteral("extension"));
    else
        d.insert(QStringLiteral("extension"), kept);
    // Only the two links this merge wrote (in whichever form the server may have rewritten them):
    // in a loop, the merge the other way keeps its own.
    const auto withoutLink = [](const QJsonArray& links, const QString& type, const QString& id) {
        QJsonArray out;
        for (const QJsonValue& l : links) {
            const QJsonObject link = l.toObject();
            if (link.value(QStringLiteral("type")).toString() != type ||
                patientIdOf(link.value(QStringLiteral("other"))
                                .toObject()
                                .value(QStringLiteral("reference"))
                                .toString()) != id)
                out.append(l);
        }
        return out;
    };
    const bool wasInUse = inUseBeforeMerge(d.value(QStringLiteral("link")).toArray(), survivorId);
    const QJsonArray dLinks = withoutLink(d.value(QStringLiteral("link")).toArray(),
                                          QStringLiteral("replaced-by"), survivorId);
    const QJsonArray sLinks = withoutLink(s.value(QStringLiteral("link")).toArray(),
                                          QStringLiteral("replaces"), duplicateId);
    if (dLinks.isEmpty())
        d.remove(QStringLiteral("link"));
    else
        d.insert(QStringLiteral("link"), dLinks);
    if (sLinks.isEmpty())
        s.remove(QStringLiteral("link"));
    else
        s.insert(QStringLiteral("link"), sLinks);
    d.insert(QStringLiteral("active"), wasInUse);
    changes << storage::LocalChange{Op::Update,  kPatient,   duplicateId,
                                    duplicateId, compact(d), session.user.id}
            << storage::LocalChange{Op::Update, kPatient,   survivorId,
                                    survivorId, compact(s), session.user.id};
    if (auto w =
            auditedWrite(session, "U", "unmerge", duplicateId,
                         QStringLiteral("from:%1 moved-back:%2").arg(survivorId).arg(movedBack),
                         changes, survivorId);
        !w)
        return w;
    // The merge was a mistake: whether they are two persons is decided again, in the queue;
    // unless a merge the other way still joins them.
    if (m_s.duplicates && !*loop)
        afterWrite(m_s.duplicates->decide(survivorId, duplicateId, storage::DuplicateStatus::Open,
                                          session.user.id),
                   "duplicate review queue");
    return {};
}

} // namespace sijil::registry
