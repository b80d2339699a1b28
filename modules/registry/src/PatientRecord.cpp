#include <sijil/registry/PatientRecord.h>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

namespace sijil::registry {

namespace {

bool allEmpty(std::initializer_list<const QString*> values) {
    return std::all_of(values.begin(), values.end(), [](const QString* v) { return v->isEmpty(); });
}

// Takes `from`'s values of a group of fields when `into` holds none of them: the parts of an
// address, a birth place or a contact only make sense together.
void takeGroup(QStringList& filled, std::initializer_list<std::pair<const char*, QString*>> into,
               std::initializer_list<const QString*> from) {
    if (std::any_of(into.begin(), into.end(), [](const auto& f) { return !f.second->isEmpty(); }))
        return;
    auto source = from.begin();
    for (const auto& [name, value] : into) {
        if (!(*source)->isEmpty()) {
            *value = **source;
            filled << QString::fromLatin1(name);
        }
        ++source;
    }
}

// Fields that are compared and taken together, named as the desk names them.
struct FieldGroup {
    std::vector<const char*> names;
    std::function<bool(const PatientRecord&, const PatientRecord&)> same;
    std::function<void(PatientRecord&, const PatientRecord&)> take;
};

template <typename... M>
FieldGroup membersGroup(std::vector<const char*> names, M PatientRecord::*... members) {
    return {std::move(names),
            [=](const PatientRecord& a, const PatientRecord& b) {
                return ((a.*members == b.*members) && ...);
            },
            [=](PatientRecord& to, const PatientRecord& from) {
                ((to.*members = from.*members), ...);
            }};
}

FieldGroup nameGroup(core::PersonName::Script script, const char* family, const char* given) {
    return {{family, given},
            [script](const PatientRecord& a, const PatientRecord& b) {
                return a.name.family(script) == b.name.family(script) &&
                       a.name.given(script) == b.name.given(script);
            },
            [script](PatientRecord& to, const PatientRecord& from) {
                to.name.setFamily(script, from.name.family(script));
                to.name.setGiven(script, from.name.given(script));
            }};
}

const std::vector<FieldGroup>& fieldGroups() {
    using R = PatientRecord;
    static const std::vector<FieldGroup> groups{
        membersGroup({"documentType", "documentNumber", "documentExpiry", "documentCountry"},
                     &R::documentType, &R::documentNumber, &R::documentExpiry, &R::documentCountry),
        nameGroup(core::PersonName::Script::Latin, "familyLatin", "givenLatin"),
        nameGroup(core::PersonName::Script::Arabic, "familyArabic", "givenArabic"),
        membersGroup({"sex"}, &R::sex),
        membersGroup({"birthDate"}, &R::birthDate),
        membersGroup({"birthCity", "birthCountry"}, &R::birthCity, &R::birthCountry),
        membersGroup({"nationality"}, &R::nationality),
        membersGroup({"address", "city", "province", "commune"}, &R::address, &R::city,
                     &R::province, &R::commune),
        membersGroup({"phone"}, &R::phone),
        membersGroup({"emergencyName", "emergencyRelationship", "emergencyPhone"},
                     &R::emergencyName, &R::emergencyRelationship, &R::emergencyPhone),
        membersGroup({"accountingCategory"}, &R::accountingCategory),
        membersGroup({"coverageRegime", "affiliationNumber", "insuredId", "dependantRelation"},
                     &R::coverageRegime, &R::affiliationNumber, &R::insuredId,
                     &R::dependantRelation),
        membersGroup({"unidentified"}, &R::unidentified),
    };
    return groups;
}

} // namespace

EditsMerged mergeEdits(const PatientRecord& base, const PatientRecord& mine,
                       const PatientRecord& theirs) {
    // What identifies the record (its id, its IPP) is the stored one's.
    EditsMerged out{mine, {}, {}};
    out.record.id = theirs.id;
    out.record.ipp = theirs.ipp.isEmpty() ? mine.ipp : theirs.ipp;
    for (const FieldGroup& g : fieldGroups()) {
        if (g.same(theirs, base) || g.same(theirs, mine))
            continue; // only the edit changed it, or both alike
        QStringList& said = g.same(mine, base) ? out.fromStored : out.changedBoth;
        if (&said == &out.fromStored)
            g.take(out.record, theirs);
        for (const char* name : g.names)
            said << QString::fromLatin1(name);
    }
    return out;
}

QStringList completeBlanks(PatientRecord& record, const PatientRecord& entry) {
    QStringList filled;
    if (record.documentType == DocumentType::None && record.documentNumber.isEmpty() &&
        entry.documentType != DocumentType::None) {
        record.documentType = entry.documentType;
        filled << QStringLiteral("documentType");
        takeGroup(filled, {{"documentNumber", &record.documentNumber}}, {&entry.documentNumber});
        takeGroup(filled, {{"documentCountry", &record.documentCountry}}, {&entry.documentCountry});
        if (entry.documentExpiry.isValid()) {
            record.documentExpiry = entry.documentExpiry;
            filled << QStringLiteral("documentExpiry");
        }
    } else if (holdSameDocument(record, entry) && !record.documentExpiry.isValid() &&
               entry.documentExpiry.isValid()) {
        record.documentExpiry = entry.documentExpiry;
        filled << QStringLiteral("documentExpiry");
    }
    // A script's name is taken whole: a family name from one record and a given name from the
    // other would be nobody's.
    using Script = core::PersonName::Script;
    for (const auto& [script, family, given] :
         {std::tuple{Script::Latin, "familyLatin", "givenLatin"},
          std::tuple{Script::Arabic, "familyArabic", "givenArabic"}}) {
        if (record.name.hasScript(script) || !entry.name.hasScript(script))
            continue;
        record.name.setFamily(script, entry.name.family(script));
        record.name.setGiven(script, entry.name.given(script));
        if (!entry.name.family(script).isEmpty())
            filled << QString::fromLatin1(family);
        if (!entry.name.given(script).isEmpty())
            filled << QString::fromLatin1(given);
    }
    if (record.sex == core::Sex::Unknown && entry.sex != core::Sex::Unknown) {
        record.sex = entry.sex;
        filled << QStringLiteral("sex");
    }
    // A birth year alone is completed by a full date within it, never changed by another one.
    const bool finer = record.birthDate.isValid() && entry.birthDate.isValid() &&
                       entry.birthDate.precision() > record.birthDate.precision() &&
                       entry.birthDate.earliest() >= record.birthDate.earliest() &&
                       entry.birthDate.latest() <= record.birthDate.latest();
    if ((!record.birthDate.isValid() && entry.birthDate.isValid()) || finer) {
        record.birthDate = entry.birthDate;
        filled << QStringLiteral("birthDate");
    }
    takeGroup(filled, {{"birthCity", &record.birthCity}, {"birthCountry", &record.birthCountry}},
              {&entry.birthCity, &entry.birthCountry});
    takeGroup(filled, {{"nationality", &record.nationality}}, {&entry.nationality});
    takeGroup(filled,
              {{"address", &record.address},
               {"city", &record.city},
               {"province", &record.province},
               {"commune", &record.commune}},
              {&entry.address, &entry.city, &entry.province, &entry.commune});
    takeGroup(filled, {{"phone", &record.phone}}, {&entry.phone});
    takeGroup(filled,
              {{"emergencyName", &record.emergencyName},
               {"emergencyRelationship", &record.emergencyRelationship},
               {"emergencyPhone", &record.emergencyPhone}},
              {&entry.emergencyName, &entry.emergencyRelationship, &entry.emergencyPhone});
    takeGroup(filled, {{"accountingCategory", &record.accountingCategory}},
              {&entry.accountingCategory});
    // Coverage is one whole too: a regime, its number, or the insured person it follows.
    if (allEmpty({&record.coverageRegime, &record.affiliationNumber, &record.insuredId}) &&
        record.dependantRelation == DependantRelation::None) {
        takeGroup(filled,
                  {{"coverageRegime", &record.coverageRegime},
                   {"affiliationNumber", &record.affiliationNumber},
                   {"insuredId", &record.insuredId}},
                  {&entry.coverageRegime, &entry.affiliationNumber, &entry.insuredId});
        if (entry.dependantRelation != DependantRelation::None) {
            record.dependantRelation = entry.dependantRelation;
            filled << QStringLiteral("dependantRelation");
        }
    }
    return filled;
}

} // namespace sijil::registry
