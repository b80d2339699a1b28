#include <sijil/core/Error.h>

namespace sijil::core {

Error::Error(QByteArray code, UserText message, QString detail)
    : m_code(std::move(code))
    , m_message(std::move(message))
    , m_detail(std::move(detail)) {}

Error Error::withField(const QString& field) const {
    Error copy = *this;
    copy.m_field = field;
    return copy;
}

QDebug operator<<(QDebug debug, const Error& error) {
    // The code and detail only: the user message may quote what the user typed.
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << error.code().constData();
    if (!error.detail().isEmpty())
        debug << ": " << error.detail();
    debug << ')';
    return debug;
}

} // namespace sijil::core
