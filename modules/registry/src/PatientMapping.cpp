#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/Systems.h>

#include <QJsonArray>

namespace sijil::registry {

namespace s = systems;

namespace {

QJsonObject coding(const QString& system, const QString& code) {
    return QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
}

QJsonObject codeable(const QString& system, const QString& code) {
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{coding(system, code)}}};
}

QString codeOf(const QJsonValue& value, const QString& system) {
    for (const QJsonValue& c : value.toObject().value(QStringLiteral("coding")).toArray()) {
        if (c.toObject().value(QStringLiteral("system")).toString() == system)
            return c.toObject().value(QStringLiteral("code")).toString();
    }
    return {};
}

void putIf(QJsonObject& o, const QString& key, const QString& value) {
    if (value.isEmpty())
        o.remove(key);
    else
        o.insert(key, value);
}

void putArrayIf(QJsonObject& o, const QString& key, const QJsonArray& value) {
    if (value.isEmpty())
        o.remove(key);
    else
        o.insert(key, value);
}

struct DocumentSystem {
    DocumentType type;
    QString system;
    QString typeCode;
};

const QList<DocumentSystem>& documentSystems() {
    static const QList<DocumentSystem> list = {
        {DocumentType::Cnie, s::kCnie, QStringLiteral("NI")},
        {DocumentType::Passport, s::kPassport, QStringLiteral("PPN")},
        {DocumentType::ResidenceCard, s::kResidenceCard, QStringLiteral("PRC")},
        {DocumentType::BirthRecord, s::kBirthRecord, QStringLiteral("BCT")},
    };
    return list;
}

bool isOurSystem(const QString& system) {
    if (system == s::kIpp || system == s::kTemporary)
        return true;
    for (const DocumentSystem& d : documentSystems()) {
        if (system == d.system || system.startsWith(d.system + u'/'))
            return true;
    }
    return false;
}

QJsonObject identifier(const QString& system, const QString& typeCode, const QString& value) {
    return QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                       {QStringLiteral("type"), codeable(s::kIdentifierType, typeCode)},
                       {QStringLiteral("system"), system},
                       {QStringLiteral("value"), value}};
}

QJsonArray identifiers(const PatientRecord& r, const QJsonArray& previous) {
    QJsonArray out;
    for (const QJsonValue& v : previous) { // identifiers of other systems stay
        if (!isOurSystem(v.toObject().value(QStringLiteral("system")).toString()))
            out.append(v);
    }
    if (!r.ipp.isEmpty())
        out.append(identifier(s::kIpp, QStringLiteral("PI"), r.ipp));
    if (r.unidentified && r.ipp.isEmpty())
        out.append(identifier(s::kTemporary, QStringLiteral("TMP"), r.id));
    for (const DocumentSystem& d : documentSystems()) {
        if (d.type != r.documentType || r.documentNumber.isEmpty())
            continue;
        QString system = d.system;
        if ((d.type == DocumentType::Passport) && !r.documentCountry.isEmpty())
            system += u'/' + r.documentCountry;
        QJsonObject id = identifier(system, d.typeCode, r.documentNumber);
        if (r.documentExpiry.isValid())
            id.insert(QStringLiteral("period"),
                      QJsonObject{{QStringLiteral("end"), r.documentExpiry.toString(Qt::ISODate)}});
        out.append(id);
    }
    return out;
}

QJsonObject humanName(const QString& family, const QString& given, bool arabic) {
    QJsonObject n{{QStringLiteral("use"), QStringLiteral("official")}};
    putIf(n, QStringLiteral("family"), family);
    if (!given.isEmpty())
        n.insert(QStringLiteral("given"), QJsonArray{given});
    if (arabic)
        n.insert(QStringLiteral("extension"),
                 QJsonArray{QJsonObject{{QStringLiteral("url"), s::kLanguage},
                                        {QStringLiteral("valueCode"), QStringLiteral("ar")}}});
    return n;
}

bool isArabicName(const QJsonObject& name) {
    for (const QJsonValue& e : name.value(QStringLiteral("extension")).toArray()) {
        if (e.toObject().value(QStringLiteral("url")).toString() == s::kLanguage)
            return e.toObject().value(QStringLiteral("valueCode")).toString().startsWith(u"ar");
    }
    return false;
}

bool isOurExtension(const QString& url) {
    return url == s::kBirthPlace || url == s::kNationality || url == s::kAccountingExtension;
}

QJsonArray extensions(const PatientRecord& r, const QJsonArray& previous) {
    QJsonArray out;
    for (const QJsonValue& v : previous) {
        if (!isOurExtension(v.toObject().value(QStringLiteral("url")).toString()))
            out.append(v);
    }
    if (!r.birthCity.isEmpty() || !r.birthCountry.isEmpty()) {
        QJsonObject place;
        putIf(place, QStringLiteral("city"), r.birthCity);
        putIf(place, QStringLiteral("country"), r.birthCountry);
        out.append(QJsonObject{{QStringLiteral("url"), s::kBirthPlace},
                               {QStringLiteral("valueAddress"), place}});
    }
    if (!r.nationality.isEmpty())
        out.append(
            QJsonObject{{QStringLiteral("url"), s::kNationality},
                        {QStringLiteral("extension"),
                         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("code")},
                                                {QStringLiteral("valueCodeableConcept"),
                                                 codeable(s::kIso3166, r.nationality)}}}}});
    if (!r.accountingCategory.isEmpty())
        out.append(QJsonObject{
            {QStringLiteral("url"), s::kAccountingExtension},
            {QStringLiteral("valueCoding"), coding(s::kAccountingCategory, r.accountingCategory)}});
    return out;
}

QString referenceId(const QJsonValue& reference) {
    return reference.toObject().value(QStringLiteral("reference")).toString().section(u'/', 1, 1);
}

} // namespace

QString documentTypeCode(DocumentType type) {
    switch (type) {
    case DocumentType::Cnie:
        return QStringLiteral("cnie");
    case DocumentType::Passport:
        return QStringLiteral("passport");
    case DocumentType::ResidenceCard:
        return QStringLiteral("residence-card");
    case DocumentType::BirthRecord:
        return QStringLiteral("birth-record");
    case DocumentType::None:
        break;
    }
    return QStringLiteral("none");
}

QString comparableDocumentNumber(const QString& number) {
    return number.simplified().remove(u' ').toUpper();
}

bool holdSameDocument(const PatientRecord& a, const PatientRecord& b) {
    const QString number = comparableDocumentNumber(a.documentNumber);
    return a.documentType != DocumentType::None && a.documentType == b.documentType &&
           !number.isEmpty() && number == comparableDocumentNumber(b.documentNumber);
}

QString dependantRelationCode(DependantRelation relation) {
    switch (relation) {
    case DependantRelation::Spouse:
        return QStringLiteral("spouse");
    case DependantRelation::Child:
        return QStringLiteral("child");
    case DependantRelation::None:
        break;
    }
    return QStringLiteral("self");
}

DependantRelation dependantRelationFromCode(const QString& code) {
    if (code == u"spouse")
        return DependantRelation::Spouse;
    if (code == u"child")
        return DependantRelation::Child;
    return DependantRelation::None;
}

DocumentType documentTypeFromCode(const QString& code) {
    for (DocumentType t : {DocumentType::Cnie, DocumentType::Passport, DocumentType::ResidenceCard,
                           DocumentType::BirthRecord}) {
        if (documentTypeCode(t) == code)
            return t;
    }
    return DocumentType::None;
}

QString PatientMapping::coverageId(const QString& patientId) {
    return QStringLiteral("cov-") + patientId;
}

QJsonObject PatientMapping::toPatient(const PatientRecord& r, const QString& facilityId,
                                      const QJsonObject& previous) {
    QJsonObject p = previous;
    p.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
    p.insert(QStringLiteral("id"), r.id);
    putArrayIf(p, QStringLiteral("identifier"),
               identifiers(r, previous.value(QStringLiteral("identifier")).toArray()));

    QJsonArray names;
    using Script = core::PersonName::Script;
    if (r.name.hasScript(Script::Latin))
        names.append(humanName(r.name.family(Script::Latin), r.name.given(Script::Latin), false));
    if (r.name.hasScript(Script::Arabic))
        names.append(humanName(r.name.family(Script::Arabic), r.name.given(Script::Arabic), true));
    putArrayIf(p, QStringLiteral("name"), names);
    p.insert(QStringLiteral("gender"), core::sexCode(r.sex));
    putIf(p, QStringLiteral("birthDate"), r.birthDate.isValid() ? r.birthDate.toIso() : QString());
    putArrayIf(p, QStringLiteral("extension"),
               extensions(r, previous.value(QStringLiteral("extension")).toArray()));

    QJsonArray telecom;
    if (!r.phone.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), r.phone},
                                   {QStringLiteral("use"), QStringLiteral("mobile")}});
    putArrayIf(p, QStringLiteral("telecom"), telecom);

    QJsonObject address;
    if (!r.address.isEmpty())
        address.insert(QStringLiteral("line"), QJsonArray{r.address});
    putIf(address, QStringLiteral("city"), r.city);
    putIf(address, QStringLiteral("district"), r.commune);
    putIf(address, QStringLiteral("state"), r.province);
    if (!address.isEmpty()) {
        address.insert(QStringLiteral("use"), QStringLiteral("home"));
        address.insert(QStringLiteral("country"), QStringLiteral("MA"));
    }
    putArrayIf(p, QStringLiteral("address"),
               address.isEmpty() ? QJsonArray() : QJsonArray{address});

    QJsonArray contacts;
    if (!r.emergencyName.isEmpty() || !r.emergencyPhone.isEmpty()) {
        QJsonArray codings{coding(s::kContactRole, QStringLiteral("C"))};
        if (!r.emergencyRelationship.isEmpty())
            codings.append(coding(s::kRoleCode, r.emergencyRelationship));
        QJsonObject contact{{QStringLiteral("relationship"),
                             QJsonArray{QJsonObject{{QStringLiteral("coding"), codings}}}}};
        if (!r.emergencyName.isEmpty())
            contact.insert(QStringLiteral("name"),
                           QJsonObject{{QStringLiteral("text"), r.emergencyName}});
        if (!r.emergencyPhone.isEmpty())
            contact.insert(
                QStringLiteral("telecom"),
                QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                       {QStringLiteral("value"), r.emergencyPhone}}});
        contacts.append(contact);
    }
    putArrayIf(p, QStringLiteral("contact"), contacts);

    if (!facilityId.isEmpty() && !p.contains(QStringLiteral("managingOrganization")))
        p.insert(QStringLiteral("managingOrganization"),
                 QJsonObject{
                     {QStringLiteral("reference"), QStringLiteral("Organization/") + facilityId}});

    // The "unidentified" tag comes and goes with the flag; other tags stay.
    QJsonObject meta = p.value(QStringLiteral("meta")).toObject();
    QJsonArray tags;
    for (const QJsonValue& t : meta.value(QStringLiteral("tag")).toArray()) {
        if (t.toObject().value(QStringLiteral("system")).toString() != s::kRegistrationTags)
            tags.append(t);
    }
    if (r.unidentified)
        tags.append(coding(s::kRegistrationTags, QStringLiteral("unidentified")));
    putArrayIf(meta, QStringLiteral("tag"), tags);
    if (meta.isEmpty())
        p.remove(QStringLiteral("meta"));
    else
        p.insert(QStringLiteral("meta"), meta);
    // A new record is in use; a stored one keeps what merge, unmerge or the server decided.
    if (!p.contains(QStringLiteral("active")))
        p.insert(QStringLiteral("active"), true);
    return p;
}

QJsonObject PatientMapping::toCoverage(const PatientRecord& r) {
    if (r.coverageRegime.isEmpty() || r.coverageRegime == u"NONE")
        return {};
    const QString self = QStringLiteral("Patient/") + r.id;
    const bool dependant = r.dependantRelation != DependantRelation::None && !r.insuredId.isEmpty();
    QJsonObject c{
        {QStringLiteral("resourceType"), QStringLiteral("Coverage")},
        {QStringLiteral("id"), coverageId(r.id)},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("type"), codeable(s::kCoverageRegime, r.coverageRegime)},
        {QStringLiteral("beneficiary"), QJsonObject{{QStringLiteral("reference"), self}}},
        {QStringLiteral("subscriber"),
         QJsonObject{{QStringLiteral("reference"),
                      dependant ? QStringLiteral("Patient/") + r.insuredId : self}}},
        {QStringLiteral("relationship"),
         codeable(s::kSubscriberRelationship, dependantRelationCode(r.dependantRelation))},
        {QStringLiteral("payor"),
         QJsonArray{QJsonObject{{QStringLiteral("identifier"),
                                 QJsonObject{{QStringLiteral("system"), s::kCoverageRegime},
                                             {QStringLiteral("value"), r.coverageRegime}}}}}},
    };
    putIf(c, QStringLiteral("subscriberId"), r.affiliationNumber);
    return c;
}

PatientRecord PatientMapping::fromFhir(const QJsonObject& p, const QJsonObject& coverage) {
    PatientRecord r;
    r.id = p.value(QStringLiteral("id")).toString();
    for (const QJsonValue& v : p.value(QStringLiteral("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        const QString system = id.value(QStringLiteral("system")).toString();
        const QString value = id.value(QStringLiteral("value")).toString();
        if (system == s::kIpp) {
            r.ipp = value;
            continue;
        }
        for (const DocumentSystem& d : documentSystems()) {
            if (system != d.system && !system.startsWith(d.system + u'/'))
                continue;
            r.documentType = d.type;
            r.documentNumber = value;
            if (system.startsWith(d.system + u'/'))
                r.documentCountry = system.mid(d.system.size() + 1);
            r.documentExpiry = QDate::fromString(id.value(QStringLiteral("period"))
                                                     .toObject()
                                                     .value(QStringLiteral("end"))
                                                     .toString(),
                                                 Qt::ISODate);
        }
    }
    using Script = core::PersonName::Script;
    for (const QJsonValue& v : p.value(QStringLiteral("name")).toArray()) {
        const QJsonObject n = v.toObject();
        const Script script = isArabicName(n) ? Script::Arabic : Script::Latin;
        if (r.name.hasScript(script))
            continue; // the first official name of each script
        QStringList given;
        for (const QJsonValue& g : n.value(QStringLiteral("given")).toArray())
            given << g.toString();
        r.name.setFamily(script, n.value(QStringLiteral("family")).toString());
        r.name.setGiven(script, given.join(u' '));
    }
    r.sex = core::sexFromCode(p.value(QStringLiteral("gender")).toString());
    if (auto d = core::PartialDate::fromIso(p.value(QStringLiteral("birthDate")).toString()))
        r.birthDate = *d;
    for (const QJsonValue& v : p.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString url = e.value(QStringLiteral("url")).toString();
        if (url == s::kBirthPlace) {
            const QJsonObject a = e.value(QStringLiteral("valueAddress")).toObject();
            r.birthCity = a.value(QStringLiteral("city")).toString();
            r.birthCountry = a.value(QStringLiteral("country")).toString();
        } else if (url == s::kNationality) {
            for (const QJsonValue& sub : e.value(QStringLiteral("extension")).toArray()) {
                if (sub.toObject().value(QStringLiteral("url")).toString() == u"code")
                    r.nationality = codeOf(
                        sub.toObject().value(QStringLiteral("valueCodeableConcept")), s::kIso3166);
            }
        } else if (url == s::kAccountingExtension) {
            r.accountingCategory = e.value(QStringLiteral("valueCoding"))
                                       .toObject()
                                       .value(QStringLiteral("code"))
                                       .toString();
        }
    }
    for (const QJsonValue& v : p.value(QStringLiteral("telecom")).toArray()) {
        if (v.toObject().value(QStringLiteral("system")).toString() == u"phone") {
            r.phone = v.toObject().value(QStringLiteral("value")).toString();
            break;
        }
    }
    const QJsonObject address = p.value(QStringLiteral("address")).toArray().first().toObject();
    r.address = address.value(QStringLiteral("line")).toArray().first().toString();
    r.city = address.value(QStringLiteral("city")).toString();
    r.commune = address.value(QStringLiteral("district")).toString();
    r.province = address.value(QStringLiteral("state")).toString();
    for (const QJsonValue& v : p.value(QStringLiteral("contact")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonArray rel = c.value(QStringLiteral("relationship")).toArray();
        if (rel.isEmpty() || codeOf(rel.first(), s::kContactRole) != u"C")
            continue;
        r.emergencyRelationship = codeOf(rel.first(), s::kRoleCode);
        r.emergencyName =
            c.value(QStringLiteral("name")).toObject().value(QStringLiteral("text")).toString();
        r.emergencyPhone = c.value(QStringLiteral("telecom"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("value"))
                               .toString();
        break;
    }
    for (const QJsonValue& t :
         p.value(QStringLiteral("meta")).toObject().value(QStringLiteral("tag")).toArray()) {
        if (t.toObject().value(QStringLiteral("system")).toString() == s::kRegistrationTags &&
            t.toObject().value(QStringLiteral("code")).toString() == u"unidentified")
            r.unidentified = true;
    }
    if (!coverage.isEmpty()) {
        r.coverageRegime = codeOf(coverage.value(QStringLiteral("type")), s::kCoverageRegime);
        r.affiliationNumber = coverage.value(QStringLiteral("subscriberId")).toString();
        const QString relation =
            codeOf(coverage.value(QStringLiteral("relationship")), s::kSubscriberRelationship);
        r.dependantRelation = dependantRelationFromCode(relation);
        if (r.dependantRelation != DependantRelation::None) {
            r.insuredId = referenceId(coverage.value(QStringLiteral("subscriber")));
        }
    } else {
        r.coverageRegime = QStringLiteral("NONE");
    }
    return r;
}

} // namespace sijil::registry
