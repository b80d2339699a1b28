#include <sijil/core/Sex.h>

namespace sijil::core {

QString sexCode(Sex sex) {
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Sex sexFromCode(const QString& code) {
    if (code == u"female")
        return Sex::Female;
    if (code == u"male")
        return Sex::Male;
    if (code == u"other")
        return Sex::Other;
    return Sex::Unknown;
}

} // namespace sijil::core
