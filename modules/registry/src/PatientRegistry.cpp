#include "RegistryLog.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/SearchQuery.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace sijil::registry {

namespace {

constexpr const char* kCtx = "sijil::registry::PatientRegistry";
const QString kPatient = QStringLiteral("Patient");
const QString kCoverage = QStringLiteral("Coverage");
const QString kMovedExtension = systems::kBase + QStringLiteral("/StructureDefinition/merge-moved");

using Op = storage::LocalChange::Operation;

QJsonObject parse(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

core::Error notFound(const QString& id) {
    return core::Error("registry/not-found",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Ce patient est introuvable dans "
                                                              "le registre local.")),
                       id);
}

core::Error invalid(const ValidationIssue& issue) {
    return core::Error(issue.code, issue.message, QStringLiteral("field ") + issue.field)
        .withField(issue.field);
}

QString replacedBy(const QJsonObject& patient) {
    for (const QJsonValue& l : patient.value(QStringLiteral("link")).toArray()) {
        const QJsonObject link = l.toObject();
        if (link.value(QStringLiteral("type")).toString() == u"replaced-by")
            return link.value(QStringLiteral("other"))
                .toObject()
                .value(QStringLiteral("reference"))
                .toString()
                .section(u'/', 1, 1);
    }
    return {};
}

// Same year; same month when both know it; same day, or day and month swapped, when both know it.
bool compatible(const core::PartialDate& asked, const core::PartialDate& held) {
    if (!asked.isValid())
        return true;
    if (!held.isValid() || asked.yearValue() != held.yearValue())
        return false;
    using P = core::PartialDate::Precision;
    if (asked.precision() == P::Year || held.precision() == P::Year)
        return true;
    if (asked.precision() == P::Day && held.precision() == P::Day)
        return (asked.monthValue() == held.monthValue() && asked.dayValue() == held.dayValue()) ||
               (asked.monthValue() == held.dayValue() && asked.dayValue() == held.monthValue());
    return asked.monthValue() == held.monthValue();
}

} // namespace

PatientRegistry::PatientRegistry(Services services, std::function<QDate()> today)
    : m_s(services)
    , m_today(today ? std::move(today) : [] { return QDate::currentDate(); }) {}

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
    auto coverage = m_s.store.get(kCoverage, PatientMapping::coverageId(id));
    if (!coverage)
        return coverage.error();
    const QJsonObject cov = *coverage && (*coverage)->state != storage::LocalState::Deleted
                                ? parse((*coverage)->json)
                                : QJsonObject();
    return std::optional<PatientRecord>(PatientMapping::fromFhir(parse((*patient)->json), cov));
}

core::Result<QString> PatientRegistry::survivorOf(const QString& id) const {
    QString current = id;
    QSet<QString> seen;
    while (!seen.contains(current)) { // a loop of links is broken, never followed forever
        seen.insert(current);
        auto stored = m_s.store.get(kPatient, current);
        if (!stored)
            return stored.error();
        if (!*stored)
            return notFound(current);
        const QString next = replacedBy(parse((*stored)->json));
        if (next.isEmpty())
            return current;
        current = next;
    }
    return current;
}

core::Result<PatientHit> PatientRegistry::hit(const QString& id, const MatchProfile* query) const {
    auto stored = m_s.store.get(kPatient, id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(id);
    PatientHit h;
    const QJsonObject patient = parse((*stored)->json);
    h.record = PatientMapping::fromFhir(patient);
    h.survivorId = replacedBy(patient);
    h.merged = !h.survivorId.isEmpty();
    if (query) {
        MatchInput input{h.record.name,           h.record.birthDate, h.record.sex,
                         h.record.documentNumber, h.record.phone,     h.record.birthCity};
        h.match = m_scorer.score(*query, MatchScorer::profile(input));
    }
    return h;
}

PatientRegistry::SearchPlan PatientRegistry::planSearch(const SearchQuery& q) {
    SearchPlan plan;
    if (!q.ipp.isEmpty())
        plan.terms << QStringLiteral("ipp:") + q.ipp;
    if (!q.documentNumber.isEmpty())
        plan.terms << QStringLiteral("doc:") + q.documentNumber;
    if (!q.phone.isEmpty())
        plan.terms << PatientIndexer::phoneTerm(q.phone);
    for (const QString& token : q.nameTokens)
        plan.groups << QStringList{token, PatientIndexer::keyToken(token)};
    if (!q.digits.isEmpty())
        plan.groups << QStringList{q.digits};
    // With names, the birth year narrows the candidates in the index itself.
    if (!plan.groups.isEmpty() && !q.nameTokens.isEmpty() && q.birthDate.isValid())
        plan.groups << QStringList{PatientIndexer::yearToken(q.birthDate.yearValue())};
    if (!q.documentNumber.isEmpty())
        plan.fallback = QStringList{q.documentNumber.toLower()};
    return plan;
}

core::Result<QList<PatientHit>> PatientRegistry::search(const QString& text, int limit) const {
    const SearchQuery q = SearchQuery::parse(text);
    QStringList ids;
    auto add = [&ids](const core::Result<QStringList>& found) -> core::Status {
        if (!found)
            return found.error();
        for (const QString& id : *found) {
            if (!ids.contains(id))
                ids << id;
        }
        return {};
    };
    const SearchPlan plan = planSearch(q);
    if (auto s = add(m_s.index.byTerms(kPatient, plan.terms, limit)); !s)
        return s.error();
    QList<QStringList> groups = plan.groups;
    if (ids.isEmpty() && !plan.fallback.isEmpty())
        groups << plan.fallback;
    if (!groups.isEmpty()) {
        if (auto s = add(m_s.index.byPrefixes(kPatient, groups, kCandidates)); !s)
            return s.error();
    }

    MatchInput asked;
    asked.birthDate = q.birthDate;
    asked.name = core::PersonName(q.nameTokens.join(u' '), {});
    const MatchProfile profile = MatchScorer::profile(asked);
    QList<PatientHit> hits;
    QSet<QString> shown;
    for (const QString& id : ids) {
        auto h = hit(id, &profile);
        if (!h)
            return h.error();
        if (!compatible(q.birthDate, h->record.birthDate))
            continue;
        if (h->merged) { // the surviving record stands for it
            auto survivor = survivorOf(id);
            if (!survivor)
                return survivor.error();
            if (shown.contains(*survivor))
                continue;
            auto s = hit(*survivor, &profile);
            if (!s)
                return s.error();
            h = std::move(s);
        }
        if (shown.contains(h->record.id))
            continue;
        shown.insert(h->record.id);
        hits << *h;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const PatientHit& a, const PatientHit& b) {
        return a.match.weight > b.match.weight;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

core::Result<QList<PatientHit>> PatientRegistry::possibleDuplicates(const PatientRecord& record,
                                                                    int limit) const {
    const PatientRecord r = PatientValidator::normalized(record);
    const MatchInput input{r.name, r.birthDate, r.sex, r.documentNumber, r.phone, r.birthCity};
    QStringList terms;
    for (const QString& key : MatchScorer::blockingKeys(input))
        terms << QStringLiteral("blk:") + key;
    if (!r.documentNumber.isEmpty())
        terms << QStringLiteral("doc:") + r.documentNumber;
    if (!r.ipp.isEmpty())
        terms << QStringLiteral("ipp:") + r.ipp;
    auto ids = m_s.index.byTerms(kPatient, terms, kCandidates);
    if (!ids)
        return ids.error();
    const MatchProfile profile = MatchScorer::profile(input);
    QList<PatientHit> out;
    for (const QString& id : *ids) {
        if (id == r.id)
            continue;
        auto h = hit(id, &profile);
        if (!h)
            return h.error();
        if (h->merged)
            continue; // its survivor is a candidate of its own
        const bool sameIpp = !r.ipp.isEmpty() && h->record.ipp == r.ipp;
        if (sameIpp || h->match.cls != MatchClass::NonMatch)
            out << *h;
    }
    std::stable_sort(out.begin(), out.end(), [](const PatientHit& a, const PatientHit& b) {
        return a.match.weight > b.match.weight;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

core::Status PatientRegistry::audit(const access::SessionInfo& session, const char* action,
                                    const char* subtype, const QString& patientId,
                                    const QString& detail) const {
    storage::AuditEntry e;
    e.recordedAtUtc = QDateTime::currentDateTimeUtc();
    e.actorId = session.user.id;
    e.actorName = session.user.displayName;
    e.facilityId = session.facilityId;
    e.workstation = session.workstation;
    e.action = QString::fromLatin1(action);
    e.subtype = QString::fromLatin1(subtype);
    e.patientId = patientId;
    e.entityType = kPatient;
    e.entityId = patientId;
    e.detail = detail;
    auto appended = m_s.audit.append(e);
    if (!appended)
        return appended.error();
    return {};
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

core::Result<qint64> PatientRegistry::ippsRemaining() const {
    return m_s.identifiers.remaining(systems::kIpp);
}

namespace {

// A dependant shares the insured's regime and affiliation number.
core::Status followInsured(const PatientRegistry& registry, PatientRecord& r) {
    if (r.dependantRelation == DependantRelation::None || r.insuredId.isEmpty())
        return {};
    auto insured = registry.get(r.insuredId);
    if (!insured)
        return insured.error();
    if (!*insured)
        return core::Error(
                   "registry/insured-unknown",
                   core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                          "L'assuré choisi est introuvable.")),
                   r.insuredId)
            .withField(QStringLiteral("insuredId"));
    if ((*insured)->dependantRelation != DependantRelation::None)
        return core::Error("registry/insured-is-dependant",
                           core::UserText(
                               kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                       "L'assuré choisi est lui-même ayant droit : "
                                                       "choisissez l'assuré principal.")),
                           r.insuredId)
            .withField(QStringLiteral("insuredId"));
    r.coverageRegime = (*insured)->coverageRegime;
    r.affiliationNumber = (*insured)->affiliationNumber;
    return {};
}

storage::LocalChange coverageChange(const PatientRecord& r, bool existed, const QString& actor) {
    const QJsonObject coverage = PatientMapping::toCoverage(r);
    if (coverage.isEmpty())
        return {Op::Delete, kCoverage, PatientMapping::coverageId(r.id), r.id, {}, actor};
    return {existed ? Op::Update : Op::Create,
            kCoverage,
            PatientMapping::coverageId(r.id),
            r.id,
            compact(coverage),
            actor};
}

} // namespace

core::Result<PatientRecord> PatientRegistry::registerPatient(PatientRecord record,
                                                             const access::SessionInfo& session) {
    PatientRecord r = PatientValidator::normalized(record);
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto s = followInsured(*this, r); !s)
        return s.error();
    const QList<ValidationIssue> issues = PatientValidator(m_s.reference, m_today()).validate(r);
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return invalid(issue);
    }
    if (r.ipp.isEmpty()) {
        // Drawn and committed first: if the program dies before the patient is written, the
        // number is lost, never handed out twice.
        auto number = m_s.identifiers.draw(systems::kIpp);
        if (!number)
            return number.error();
        r.ipp = *Ipp::fromNumber(*number);
    } else {
        auto taken = m_s.index.byTerms(kPatient, {QStringLiteral("ipp:") + r.ipp}, 1);
        if (!taken)
            return taken.error();
        if (!taken->isEmpty())
            return core::Error(
                       "registry/ipp-taken",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Cet IPP appartient déjà à un autre "
                                                              "patient.")),
                       r.ipp)
                .withField(QStringLiteral("ipp"));
    }
    QList<storage::LocalChange> changes{{Op::Create, kPatient, r.id, r.id,
                                         compact(PatientMapping::toPatient(r, session.facilityId)),
                                         session.user.id}};
    const storage::LocalChange coverage = coverageChange(r, false, session.user.id);
    if (coverage.operation == Op::Create)
        changes << coverage;
    if (auto s = audit(session, "C", "create", r.id, QStringLiteral("registration")); !s)
        return s.error();
    if (auto s = m_s.store.writeLocal(changes); !s)
        return s.error();
    qCInfo(lcRegistry) << "patient registered" << (r.unidentified ? "(unidentified)" : "");
    return r;
}

core::Result<PatientRecord> PatientRegistry::adopt(const QJsonObject& serverPatient,
                                                   const access::SessionInfo& session) {
    const QJsonObject meta = serverPatient.value(QStringLiteral("meta")).toObject();
    storage::StoredResource r;
    r.type = kPatient;
    r.id = serverPatient.value(QStringLiteral("id")).toString();
    r.versionId = meta.value(QStringLiteral("versionId")).toString();
    r.lastUpdatedUtc = QDateTime::fromString(meta.value(QStringLiteral("lastUpdated")).toString(),
                                             Qt::ISODateWithMs);
    r.patientId = r.id;
    r.json = compact(serverPatient);
    if (r.id.isEmpty() || r.versionId.isEmpty())
        return core::Error(
            "registry/adopt-invalid",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                   "La fiche reçue du serveur central est "
                                                   "incomplète : elle n'a pas été gardée.")),
            QStringLiteral("Patient without id or versionId"));
    if (auto s = audit(session, "R", "adopt", r.id, QStringLiteral("from central registry")); !s)
        return s.error();
    if (auto applied = m_s.store.applyFromServer({r}); !applied)
        return applied.error();
    auto kept = get(r.id);
    if (!kept)
        return kept.error();
    if (!*kept)
        return notFound(r.id);
    return **kept;
}

core::Result<PatientRegistry::ImportReport>
PatientRegistry::importPatients(const QList<PatientRecord>& records,
                                const access::SessionInfo& session, int batchSize) {
    ImportReport report;
    QList<PatientRecord> accepted;
    QList<int> acceptedIndex;
    QSet<QString> ippsSeen;
    const PatientValidator validator(m_s.reference, m_today());
    for (int i = 0; i < records.size(); ++i) {
        PatientRecord r = PatientValidator::normalized(records[i]);
        if (r.id.isEmpty())
            r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto s = followInsured(*this, r); !s) {
            report.rejected << qMakePair(i, s.error());
            continue;
        }
        bool rejected = false;
        for (const ValidationIssue& issue : validator.validate(r)) {
            if (issue.severity == ValidationIssue::Severity::Error) {
                report.rejected << qMakePair(i, invalid(issue));
                rejected = true;
                break;
            }
        }
        if (rejected)
            continue;
        if (!r.ipp.isEmpty()) {
            auto taken = m_s.index.byTerms(kPatient, {QStringLiteral("ipp:") + r.ipp}, 1);
            if (!taken)
                return taken.error();
            if (!taken->isEmpty() || ippsSeen.contains(r.ipp)) {
                report.rejected << qMakePair(
                    i, core::Error("registry/ipp-taken",
                                   core::UserText(
                                       kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                               "Cet IPP appartient déjà à un autre "
                                                               "patient.")),
                                   r.ipp)
                           .withField(QStringLiteral("ipp")));
                continue;
            }
            ippsSeen.insert(r.ipp);
        }
        accepted << r;
        acceptedIndex << i;
    }
    const auto needIpp = std::count_if(accepted.begin(), accepted.end(),
                                       [](const PatientRecord& r) { return r.ipp.isEmpty(); });
    if (needIpp > 0) {
        auto numbers = m_s.identifiers.draw(systems::kIpp, int(needIpp));
        if (!numbers)
            return numbers.error();
        qsizetype next = 0;
        for (PatientRecord& r : accepted) {
            if (r.ipp.isEmpty())
                r.ipp = *Ipp::fromNumber((*numbers)[next++]);
        }
    }
    for (qsizetype start = 0; start < accepted.size(); start += batchSize) {
        QList<storage::LocalChange> changes;
        const qsizetype end = std::min(accepted.size(), start + batchSize);
        for (qsizetype k = start; k < end; ++k) {
            const PatientRecord& r = accepted[k];
            changes << storage::LocalChange{
                Op::Create,
                kPatient,
                r.id,
                r.id,
                compact(PatientMapping::toPatient(r, session.facilityId)),
                session.user.id};
            const storage::LocalChange coverage = coverageChange(r, false, session.user.id);
            if (coverage.operation == Op::Create)
                changes << coverage;
        }
        if (auto a = audit(session, "C", "import", QString(),
                           QStringLiteral("records:%1").arg(end - start));
            !a)
            return a.error();
        if (auto s = m_s.store.writeLocal(changes); !s)
            return s.error();
        report.imported += int(end - start);
    }
    return report;
}

core::Result<PatientRecord> PatientRegistry::update(PatientRecord record,
                                                    const access::SessionInfo& session) {
    PatientRecord r = PatientValidator::normalized(record);
    auto stored = m_s.store.get(kPatient, r.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(r.id);
    if (auto s = followInsured(*this, r); !s)
        return s.error();
    for (const ValidationIssue& issue : PatientValidator(m_s.reference, m_today()).validate(r)) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return invalid(issue);
    }
    const PatientRecord before = PatientMapping::fromFhir(parse((*stored)->json));
    if (!before.ipp.isEmpty() && r.ipp != before.ipp)
        return core::Error(
                   "registry/ipp-immutable",
                   core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                          "L'IPP d'un patient ne change jamais ; "
                                                          "pour deux dossiers du même patient, "
                                                          "utilisez la fusion.")),
                   r.id)
            .withField(QStringLiteral("ipp"));
    QList<storage::LocalChange> changes{
        {Op::Update, kPatient, r.id, r.id,
         compact(PatientMapping::toPatient(r, session.facilityId, parse((*stored)->json))),
         session.user.id}};
    auto oldCoverage = m_s.store.get(kCoverage, PatientMapping::coverageId(r.id));
    if (!oldCoverage)
        return oldCoverage.error();
    const bool existed = *oldCoverage && (*oldCoverage)->state != storage::LocalState::Deleted;
    const storage::LocalChange coverage = coverageChange(r, existed, session.user.id);
    if (coverage.operation != Op::Delete || existed)
        changes << coverage;

    // The insured's dependants follow a change of coverage.
    auto dependants = m_s.index.byTerms(kCoverage, {PatientIndexer::insuredTerm(r.id)}, 1000);
    if (!dependants)
        return dependants.error();
    for (const QString& coverageId : *dependants) {
        const QString dependantId = coverageId.mid(PatientMapping::coverageId({}).size());
        auto d = get(dependantId);
        if (!d)
            return d.error();
        if (!*d)
            continue;
        PatientRecord dep = **d;
        if (dep.coverageRegime == r.coverageRegime && dep.affiliationNumber == r.affiliationNumber)
            continue;
        dep.coverageRegime = r.coverageRegime;
        dep.affiliationNumber = r.affiliationNumber;
        changes << coverageChange(dep, true, session.user.id);
    }
    if (auto s = audit(session, "U", "update", r.id, QString()); !s)
        return s.error();
    if (auto s = m_s.store.writeLocal(changes); !s)
        return s.error();
    return r;
}

core::Status PatientRegistry::merge(const QString& survivorId, const QString& duplicateId,
                                    const access::SessionInfo& session) {
    const auto refuse = [&](const char* code, const char* why) {
        return core::Error(code, core::UserText(kCtx, why),
                           survivorId + QStringLiteral(" <- ") + duplicateId);
    };
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
    const QByteArray from = (QStringLiteral("\"Patient/") + duplicateId + u'"').toUtf8();
    const QByteArray to = (QStringLiteral("\"Patient/") + survivorId + u'"').toUtf8();
    QList<storage::LocalChange> changes;
    QJsonArray moved;
    for (const storage::StoredResource& res : *compartment) {
        if ((res.type == kPatient && res.id == duplicateId) ||
            (res.type == kCoverage && res.id == PatientMapping::coverageId(duplicateId)))
            continue;
        QByteArray json = res.json;
        json.replace(from, to);
        changes << storage::LocalChange{Op::Update, res.type, res.id,
                                        survivorId, json,     session.user.id};
        moved.append(
            QJsonObject{{QStringLiteral("url"), kMovedExtension},
                        {QStringLiteral("valueReference"),
                         QJsonObject{{QStringLiteral("reference"), res.type + u'/' + res.id}}}});
    }
    QJsonArray dLinks = d.value(QStringLiteral("link")).toArray();
    dLinks.append(QJsonObject{
        {QStringLiteral("other"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + survivorId}}},
        {QStringLiteral("type"), QStringLiteral("replaced-by")}});
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
    if (auto a = audit(session, "U", "merge", survivorId,
                       QStringLiteral("replaces:%1 moved:%2").arg(duplicateId).arg(moved.size()));
        !a)
        return a;
    return m_s.store.writeLocal(changes);
}

core::Status PatientRegistry::unmerge(const QString& duplicateId,
                                      const access::SessionInfo& session) {
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

    const QByteArray from = (QStringLiteral("\"Patient/") + survivorId + u'"').toUtf8();
    const QByteArray to = (QStringLiteral("\"Patient/") + duplicateId + u'"').toUtf8();
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
        QByteArray json = (*res)->json;
        json.replace(from, to);
        changes << storage::LocalChange{Op::Update,  (*res)->type, (*res)->id,
                                        duplicateId, json,         session.user.id};
    }
    if (kept.isEmpty())
        d.remove(QStringLiteral("extension"));
    else
        d.insert(QStringLiteral("extension"), kept);
    const auto withoutLinkTo = [](const QJsonArray& links, const QString& id) {
        QJsonArray out;
        for (const QJsonValue& l : links) {
            if (l.toObject()
                    .value(QStringLiteral("other"))
                    .toObject()
                    .value(QStringLiteral("reference"))
                    .toString() != QStringLiteral("Patient/") + id)
                out.append(l);
        }
        return out;
    };
    const QJsonArray dLinks = withoutLinkTo(d.value(QStringLiteral("link")).toArray(), survivorId);
    const QJsonArray sLinks = withoutLinkTo(s.value(QStringLiteral("link")).toArray(), duplicateId);
    if (dLinks.isEmpty())
        d.remove(QStringLiteral("link"));
    else
        d.insert(QStringLiteral("link"), dLinks);
    if (sLinks.isEmpty())
        s.remove(QStringLiteral("link"));
    else
        s.insert(QStringLiteral("link"), sLinks);
    d.insert(QStringLiteral("active"), true);
    changes << storage::LocalChange{Op::Update,  kPatient,   duplicateId,
                                    duplicateId, compact(d), session.user.id}
            << storage::LocalChange{Op::Update, kPatient,   survivorId,
                                    survivorId, compact(s), session.user.id};
    if (auto a =
            audit(session, "U", "unmerge", duplicateId,
                  QStringLiteral("from:%1 moved-back:%2").arg(survivorId).arg(changes.size() - 2));
        !a)
        return a;
    return m_s.store.writeLocal(changes);
}

} // namespace sijil::registry
