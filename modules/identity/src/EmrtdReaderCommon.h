#pragma once

// What EmrtdReader.cpp and EmrtdReaderPace.cpp share: the file identifiers, status words and
// the wording of the reader's messages.
#include <QString>
#include <QtGlobal>

namespace sijil::identity::emrtd {

inline constexpr const char* kCtx = "sijil::identity::EmrtdReader";

inline constexpr quint16 kEfCom = 0x011E;
inline constexpr quint16 kDg1 = 0x0101;
inline constexpr quint16 kDg2 = 0x0102;
inline constexpr quint16 kDg11 = 0x010B;
inline constexpr quint16 kDg12 = 0x010C;
inline constexpr quint16 kSod = 0x011D;
inline constexpr quint16 kCardAccess = 0x011C;
// The first bytes of a file: tag and length of its outer TLV (ICAO 9303 part 10).
inline constexpr int kHeaderRead = 4;
// READ BINARY with an even INS takes a 15-bit offset.
inline constexpr int kMaxOffset = 0x7FFF;
inline constexpr int kShortResponseData = 256;
inline constexpr int kExtendedResponseData = 65536;

inline constexpr quint16 kSwOk = 0x9000;
inline constexpr quint16 kSwEndOfFile = 0x6282;
inline constexpr quint16 kSwVerificationFailed = 0x6300;
inline constexpr quint16 kSwSecurityNotSatisfied = 0x6982;
inline constexpr quint16 kSwSmObjectsMissing = 0x6987;
inline constexpr quint16 kSwSmObjectsIncorrect = 0x6988;
inline constexpr quint16 kSwFileNotFound = 0x6A82;
inline constexpr quint16 kSwAuthenticationBlocked = 0x6983;

inline QString swText(quint16 sw) {
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace sijil::identity::emrtd
