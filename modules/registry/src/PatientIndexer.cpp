#include <sijil/registry/MatchScorer.h>
#include <sijil/registry/NameNormalizer.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRecord.h>
#include <sijil/registry/Systems.h>

#include <QJsonDocument>

namespace sijil::registry {

namespace {
// Phonetic keys share the full-text table with name tokens; the prefix keeps them apart.
const QString kKeyPrefix = QStringLiteral("zk");
// A particle stands for itself in every script, apart from the phonetic keys: "ال", held by most
// patients, would otherwise share the key of "Ali" and "Ouali" ("al").
const QString kParticlePrefix = QStringLiteral("zp");
// A name with more words than this (rare, and then mostly particles) has its first keys paired
// only, so that one patient never writes hundreds of terms.
constexpr qsizetype kMaxPairedKeys = 12;

// One term per unordered pair of `words` (distinct), with the year.
QStringList pairTerms(const QString& prefix, QStringList words, int year) {
    words.sort();
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j)
            terms << QStringLiteral("%1%2|%3|%4").arg(prefix, words[i], words[j]).arg(year);
    }
    return terms;
}

} // namespace

bool PatientIndexer::indexes(const QString& type) const {
    return type == u"Patient" || type == u"Coverage";
}

QString PatientIndexer::insuredTerm(const QString& insuredId) {
    return QStringLiteral("insured:") + insuredId;
}

QString PatientIndexer::keyToken(const QString& nameToken) {
    const QString particle = NameNormalizer::particle(nameToken);
    if (!particle.isEmpty())
        return kParticlePrefix + particle;
    const QString key = NameNormalizer::phoneticKey(nameToken);
    return key.isEmpty() ? QString() : kKeyPrefix + key;
}

QString PatientIndexer::yearToken(int year) {
    return QStringLiteral("zy%1").arg(year);
}

QStringList PatientIndexer::namePairTerms(const QStringList& nameTokens, int year, bool strict) {
    QStringList keys;
    for (const QString& token : nameTokens) {
        // The full text's key token, so that the pairs find what it finds ("~el" for a particle).
        const QString full = keyToken(token);
        const QString key = full.startsWith(kParticlePrefix) ? u'~' + full.mid(2) : full.mid(2);
        if (key.isEmpty() && strict)
            return {};
        if (!key.isEmpty() && !keys.contains(key)) {
            if (keys.size() == kMaxPairedKeys) {
                if (strict) // which keys a document paired is not known: the full text decides
                    return {};
                break;
            }
            keys << key;
        }
    }
    return pairTerms(QStringLiteral("nk:"), keys, year);
}

QStringList PatientIndexer::spellingPairTerms(const QStringList& nameTokens, int year,
                                              bool strict) {
    QStringList words;
    for (const QString& token : nameTokens) {
        // A particle is spelled one way (El, Al and "ال" are one word), as in the keys.
        const QString particle = NameNormalizer::particle(token);
        const QString word = particle.isEmpty() ? token : u'~' + particle;
        if (word.isEmpty() || words.contains(word))
            continue;
        if (words.size() == kMaxPairedKeys) {
            if (strict)
                return {};
            break;
        }
        words << word;
    }
    return pairTerms(QStringLiteral("ns:"), words, year);
}

QString PatientIndexer::phoneTerm(const QString& e164) {
    return QStringLiteral("tel:") + e164;
}

storage::IndexEntry PatientIndexer::entryOf(const PatientRecord& r) {
    storage::IndexEntry e;
    if (!r.ipp.isEmpty()) {
        e.terms << QStringLiteral("ipp:") + r.ipp;
        // One patient per IPP: the store keeps who holds it with the entry.
        e.held.append({systems::kIpp, r.ipp, e.terms.last()});
    }
    if (!r.documentNumber.isEmpty())
        e.terms << QStringLiteral("doc:") + r.documentNumber;
    for (const QString& phone : {r.phone, r.emergencyPhone}) {
        if (!phone.isEmpty())
            e.terms << phoneTerm(phone);
    }
    MatchInput input{r.name, r.birthDate, r.sex, r.documentNumber, r.phone, r.birthCity};
    for (const QString& key : MatchScorer::blockingKeys(input) + MatchScorer::fineKeys(input))
        e.terms << QStringLiteral("blk:") + key;

    using Script = core::PersonName::Script;
    QStringList text;
    QStringList nameTokens;
    QList<QStringList> spelled; // the tokens of each script apart
    for (Script script : {Script::Latin, Script::Arabic}) {
        spelled.append(QStringList());
        for (const QString& part : {r.name.family(script), r.name.given(script)}) {
            for (const QString& token : NameNormalizer::tokens(part)) {
                nameTokens << token;
                spelled.last() << token;
                text << token;
                const QString key = keyToken(token);
                if (!key.isEmpty())
                    text << key;
            }
        }
    }
    // The birth year as a token: a search by name and year narrows in the index, not after.
    if (r.birthDate.isValid()) {
        text << yearToken(r.birthDate.yearValue());
        e.terms << namePairTerms(nameTokens, r.birthDate.yearValue());
        // Spellings are paired within a script: a query is typed in one.
        for (const QStringList& tokens : spelled)
            e.terms << spellingPairTerms(tokens, r.birthDate.yearValue());
    }
    // Identifiers too, so that a number is found while it is being typed.
    text << r.ipp.toLower() << r.documentNumber.toLower();
    text.removeAll(QString());
    text.removeDuplicates();
    e.text = text.join(u' ');
    return e;
}

storage::IndexEntry PatientIndexer::entry(const QString& type, const QByteArray& json) const {
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (type == u"Coverage") {
        // A dependant's coverage, found from its insured when the insured's coverage changes.
        storage::IndexEntry e;
        const QString subscriber = o.value(QStringLiteral("subscriber"))
                                       .toObject()
                                       .value(QStringLiteral("reference"))
                                       .toString();
        const QString beneficiary = o.value(QStringLiteral("beneficiary"))
                                        .toObject()
                                        .value(QStringLiteral("reference"))
                                        .toString();
        if (subscriber.startsWith(u"Patient/") && subscriber != beneficiary)
            e.terms << insuredTerm(subscriber.mid(8));
        return e;
    }
    return entryOf(PatientMapping::fromFhir(o));
}

} // namespace sijil::registry
