#pragma once

#include <QDebug>
#include <QMetaType>
#include <QString>

namespace sijil::core {

// A person's name in Latin script and in Arabic script; either may be missing (a chip gives both,
// a hand-written form often one). Moroccan usage: family name first in formal displays.
class PersonName {
public:
    enum class Script { Latin, Arabic };

    PersonName() = default;
    PersonName(QString familyLatin, QString givenLatin, QString familyArabic = {},
               QString givenArabic = {});

    [[nodiscard]] const QString& family(Script script) const;
    [[nodiscard]] const QString& given(Script script) const;
    void setFamily(Script script, const QString& value);
    void setGiven(Script script, const QString& value);

    [[nodiscard]] bool isEmpty() const;
    // Both family and given name present in at least one script.
    [[nodiscard]] bool hasCompleteName() const;
    [[nodiscard]] bool hasScript(Script script) const;

    // "FAMILY Given" in one script; empty when that script is missing.
    [[nodiscard]] QString display(Script script) const;
    // The preferred script when present, the other one otherwise.
    [[nodiscard]] QString displayPreferring(Script preferred) const;

    friend bool operator==(const PersonName&, const PersonName&) = default;

private:
    QString m_familyLatin;
    QString m_givenLatin;
    QString m_familyArabic;
    QString m_givenArabic;
};

// Names never reach a log line: printed as a digest.
QDebug operator<<(QDebug debug, const PersonName& name);

} // namespace sijil::core

Q_DECLARE_METATYPE(sijil::core::PersonName)
