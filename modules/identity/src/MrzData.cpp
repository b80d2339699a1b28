#include "MrzFields.h"

#include <sijil/identity/MrzData.h>

#include <QRegularExpression>

namespace sijil::identity {

QString MrzData::personalNumber() const {
    if (documentCode == u"ID" && issuingState == u"MAR") {
        // Moroccan CNIE: the national number opens the optional data of line 1.
        static const QRegularExpression cnie(QStringLiteral("^[A-Z]{1,2}[0-9]+"));
        const auto match = cnie.match(optionalData1);
        if (match.hasMatch())
            return match.captured();
    }
    return mrz::withoutFillers(optionalData1.isEmpty() ? optionalData2 : optionalData1);
}

} // namespace sijil::identity
