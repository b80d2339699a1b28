#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace sijil::identity {

// An ISO 7816-4 command APDU. Short encoding is used whenever it can carry the data and Le;
// extended encoding (3-byte Lc, 2- or 3-byte Le) otherwise.
struct CommandApdu {
    // No Le field: the command expects no response data.
    static constexpr int kNoLe = -1;
    static constexpr int kMaxShortLe = 256;
    static constexpr int kMaxExtendedLe = 65536;

    quint8 cla = 0x00;
    quint8 ins = 0x00;
    quint8 p1 = 0x00;
    quint8 p2 = 0x00;
    QByteArray data;
    // kNoLe, or the most response bytes expected: 1..256 short, up to 65536 extended (the
    // maxima are encoded as 00 and 0000).
    int le = kNoLe;

    [[nodiscard]] bool needsExtendedLength() const { return data.size() > 255 || le > kMaxShortLe; }
    // Empty when the fields cannot be encoded (more than 65535 data bytes, Le out of range).
    [[nodiscard]] QByteArray encode() const;
    // Parses any of the four ISO cases, short or extended; for tests and card-side code.
    static core::Result<CommandApdu> decode(QByteArrayView bytes);
};

// A response APDU: data followed by the status word SW1 SW2.
struct ResponseApdu {
    QByteArray data;
    quint16 sw = 0;

    [[nodiscard]] bool isSuccess() const { return sw == 0x9000; }
    [[nodiscard]] QByteArray encode() const;
    // Fails when fewer than the two status bytes came back.
    static core::Result<ResponseApdu> decode(QByteArrayView bytes);
};

} // namespace sijil::identity
