#include <sijil/core/Identifier.h>
#include <sijil/core/Redaction.h>

namespace sijil::core {

Identifier::Identifier(QString system, QString value)
    : m_system(std::move(system))
    , m_value(std::move(value).trimmed()) {}

QDebug operator<<(QDebug debug, const Identifier& id) {
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Identifier(" << id.system() << ", " << sensitive(id.value())
                              << ')';
    return debug;
}

} // namespace sijil::core
