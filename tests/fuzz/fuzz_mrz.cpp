// libFuzzer target: the MRZ parser on any text a scanner or a clerk could send it. It must
// answer with data or an error, never crash, hang or read out of bounds.
#include <sijil/identity/MrzParser.h>

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // Latin-1 and UTF-8 readings: scanners send bytes, keyboards send Unicode.
    const auto* chars = reinterpret_cast<const char*>(data);
    const auto n = qsizetype(size);
    for (const QString& text : {QString::fromLatin1(chars, n), QString::fromUtf8(chars, n)}) {
        const auto parsed = sijil::identity::MrzParser::parse(text, QDate(2026, 12, 1));
        if (parsed)
            (void)sijil::identity::MrzParser::checkDigit(parsed->documentNumber);
    }
    return 0;
}
