#include "RefDataText.h"

namespace sijil::registry::refdata {

QString matchKey(const QString& name) {
    // Compatibility decomposition splits accents and hamzas (U+0654/U+0655 above and below the
    // alef) into combining marks, dropped below with the harakat.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
            out += u' ';
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x0640: // tatweel
            continue;
        case 0x02BC: // modifier letter apostrophe, as in "Mʼdiq"
            out += u' ';
            continue;
        case 0x0671: // alef wasla
            out += QChar(0x0627);
            continue;
        case 0x0629: // teh marbuta, often typed as heh
            out += QChar(0x0647);
            continue;
        case 0x0649: // alef maqsura, often typed as yeh
            out += QChar(0x064A);
            continue;
        default:
            break;
        }
        out += c.toCaseFolded();
    }
    return out.simplified();
}

} // namespace sijil::registry::refdata
