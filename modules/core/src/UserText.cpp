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
    QStringList values;
    for (const Arg& a : m_args)
        values << (a.nested ? a.nested->toString() : a.text);
    // One pass over the text, so that a "%1" inside an argument is never substituted again.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int index = text.at(i + 1).digitValue();
            if (index >= 1 && index <= values.size()) {
                out += values.at(index - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace sijil::core
