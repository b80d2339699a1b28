#pragma once

#include <sijil/storage/SearchIndex.h>

namespace sijil::registry {

struct PatientRecord;

// What the store indexes of a Patient: exact terms for identifiers ("ipp:", "doc:", "tel:"), the
// matcher's blocking keys ("blk:"), and normalised name tokens in both scripts plus their
// script-independent phonetic keys for search as you type. Of a Coverage: its insured, when the
// beneficiary is a dependant.
class PatientIndexer : public storage::ResourceIndexer {
public:
    [[nodiscard]] bool indexes(const QString& type) const override;
    [[nodiscard]] storage::IndexEntry entry(const QString& type,
                                            const QByteArray& json) const override;

    [[nodiscard]] static storage::IndexEntry entryOf(const PatientRecord& record);
    // The full-text token that stands for a name token's phonetic key.
    [[nodiscard]] static QString keyToken(const QString& nameToken);
    [[nodiscard]] static QString phoneTerm(const QString& e164);
    // The full-text token of a birth year.
    [[nodiscard]] static QString yearToken(int year);
    // The term of a dependant's Coverage that names its insured.
    [[nodiscard]] static QString insuredTerm(const QString& insuredId);
};

} // namespace sijil::registry
