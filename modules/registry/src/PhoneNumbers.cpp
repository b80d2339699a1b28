// libphonenumber (Google's, as Android uses) knows every country's numbering plan; it is the only
// file that sees it.
#include <sijil/registry/PatientValidator.h>

#include <phonenumbers/phonenumberutil.h>

namespace sijil::registry {

std::optional<QString> PatientValidator::phoneE164(const QString& text) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // Numbers without a country prefix are Moroccan: the desks are in Morocco.
    if (util->Parse(trimmed.toStdString(), "MA", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!util->IsValidNumber(number))
        return std::nullopt;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

} // namespace sijil::registry
