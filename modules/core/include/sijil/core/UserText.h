#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sijil::core {

// A message for the user, kept untranslated until it is shown so that a language switch at run
// time re-translates messages already on screen. Mark the source with QT_TRANSLATE_NOOP (or
// QT_TRANSLATE_N_NOOP for %n plurals) so that lupdate collects it. Arguments may themselves be
// UserTexts ("the file %1 is invalid: %2" with a translated reason as %2).
class UserText {
public:
    UserText() = default;
    UserText(const char* context, const char* source, int n = -1);

    [[nodiscard]] UserText arg(const QString& value) const;
    [[nodiscard]] UserText arg(const UserText& value) const;

    // Translated with the translators installed now, arguments substituted.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isEmpty() const { return m_source == nullptr; }
    [[nodiscard]] const char* context() const { return m_context; }
    [[nodiscard]] const char* source() const { return m_source; }

private:
    struct Arg {
        QString text;
        std::shared_ptr<const UserText> nested;
    };
    const char* m_context = nullptr;
    const char* m_source = nullptr;
    std::vector<Arg> m_args;
    int m_n = -1;
};

} // namespace sijil::core
