#pragma once

#include <QDate>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sijil::core {

// A date known to the year, the month or the day, as FHIR's `date` type: many patients know only
// their birth year, and that must stay visible rather than become a made-up 1 January.
class PartialDate {
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate yearMonth(int year, int month);
    static PartialDate fromDate(QDate date);
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt for anything else or an impossible date.
    static std::optional<PartialDate> fromIso(const QString& text);

    [[nodiscard]] bool isValid() const { return m_year > 0; }
    [[nodiscard]] Precision precision() const { return m_precision; }
    [[nodiscard]] int yearValue() const { return m_year; }
    [[nodiscard]] int monthValue() const { return m_month; }
    [[nodiscard]] int dayValue() const { return m_day; }
    [[nodiscard]] QString toIso() const;
    // Full dates in the locale's short format, partial ones as "1975" or "03/1975".
    [[nodiscard]] QString toDisplayString(const QLocale& locale = QLocale()) const;
    // Completed years on `today`; for partial dates the youngest age consistent with them.
    [[nodiscard]] int ageOn(QDate today) const;
    // The earliest and latest full dates the partial date may stand for.
    [[nodiscard]] QDate earliest() const;
    [[nodiscard]] QDate latest() const;

    friend bool operator==(const PartialDate&, const PartialDate&) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Day;
};

} // namespace sijil::core

Q_DECLARE_METATYPE(sijil::core::PartialDate)
