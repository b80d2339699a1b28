#include <sijil/core/UserText.h>

#include <QCoreApplication>

namespace sijil::core {

UserText::UserText(const char* context, const char* source, int n)
    : m_context(context)
    , m_source(source)
    , m_n(n) {}

UserText UserText::arg(const QString& value) const {
    UserText copy = *this;
    copy.m_args.push_back({value, nullptr});
    return copy;
}

UserText UserText::arg(const UserText& value) const {
    UserText copy = *this;
    copy.m_args.push_back({{}, std::make_shared<const UserText>(value)});
    return copy;
}

QString UserText::toString() const {
    if (m_source == nullptr)
        return {};
    QString text = QCoreApplication::translate(m_context, m_source, nullptr, m_n);
    // One multi-arg pass, so that a '%1' inside an argument is never substituted again.
    QStringList values;
    for (const Arg& a : m_args)
        values << (a.nested ? a.nested->toString() : a.text);
    switch (values.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(values[0]);
    case 2:
        return text.arg(values[0], values[1]);
    case 3:
        return text.arg(values[0], values[1], values[2]);
    default:
        return text.arg(values[0], values[1], values[2], values[3]);
    }
}

} // namespace sijil::core
