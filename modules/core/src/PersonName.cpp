#include <sijil/core/PersonName.h>
#include <sijil/core/Redaction.h>

namespace sijil::core {

namespace {
QString clean(const QString& s) {
    return s.simplified();
}
} // namespace

PersonName::PersonName(QString familyLatin, QString givenLatin, QString familyArabic,
                       QString givenArabic)
    : m_familyLatin(clean(familyLatin))
    , m_givenLatin(clean(givenLatin))
    , m_familyArabic(clean(familyArabic))
    , m_givenArabic(clean(givenArabic)) {}

const QString& PersonName::family(Script script) const {
    return script == Script::Latin ? m_familyLatin : m_familyArabic;
}

const QString& PersonName::given(Script script) const {
    return script == Script::Latin ? m_givenLatin : m_givenArabic;
}

void PersonName::setFamily(Script script, const QString& value) {
    (script == Script::Latin ? m_familyLatin : m_familyArabic) = clean(value);
}

void PersonName::setGiven(Script script, const QString& value) {
    (script == Script::Latin ? m_givenLatin : m_givenArabic) = clean(value);
}

bool PersonName::isEmpty() const {
    return !hasScript(Script::Latin) && !hasScript(Script::Arabic);
}

bool PersonName::hasScript(Script script) const {
    return !family(script).isEmpty() || !given(script).isEmpty();
}

bool PersonName::hasCompleteName() const {
    return (!m_familyLatin.isEmpty() && !m_givenLatin.isEmpty()) ||
           (!m_familyArabic.isEmpty() && !m_givenArabic.isEmpty());
}

QString PersonName::display(Script script) const {
    const QString f = script == Script::Latin ? family(script).toUpper() : family(script);
    const QString& g = given(script);
    if (f.isEmpty())
        return g;
    if (g.isEmpty())
        return f;
    return f + u' ' + g;
}

QString PersonName::displayPreferring(Script preferred) const {
    const Script other = preferred == Script::Latin ? Script::Arabic : Script::Latin;
    return hasScript(preferred) ? display(preferred) : display(other);
}

QDebug operator<<(QDebug debug, const PersonName& name) {
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "PersonName("
                              << sensitive(name.display(PersonName::Script::Latin) + u'|' +
                                           name.display(PersonName::Script::Arabic))
                              << ')';
    return debug;
}

} // namespace sijil::core
