#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

namespace sijil::identity {

// The tag and length of one BER-TLV object (ISO 7816-4, ICAO 9303 LDS). `headerLength` is the
// number of bytes of tag and length together.
struct TlvHeader {
    quint32 tag = 0; // as written: 0x61, 0x5F1F, 0x7F61...
    bool constructed = false;
    qsizetype headerLength = 0;
    qsizetype valueLength = 0;

    [[nodiscard]] qsizetype totalLength() const { return headerLength + valueLength; }
};

// One decoded object. `children` is filled for constructed objects when read recursively.
struct Tlv {
    quint32 tag = 0;
    bool constructed = false;
    QByteArray value;
    QList<Tlv> children;

    // The first direct child with that tag, or nullptr.
    [[nodiscard]] const Tlv* child(quint32 childTag) const;
};

// BER-TLV as chips write it, read from bytes that may come from a hostile chip or reader: every
// length is checked against what is there, tags are limited to 4 bytes, lengths to 4 bytes
// (and to what fits a qsizetype), nesting to kMaxDepth levels. The indefinite length form (0x80)
// and the 00/FF padding of ISO 7816-4 are refused: no eMRTD uses them. Every failure is the
// error "identity/tlv-malformed" with the offset in its detail.
class TlvReader {
public:
    static constexpr int kMaxDepth = 16;

    // Tag and length at the start of `data`; the value itself need not be there yet (used to learn
    // a file's size from its first bytes).
    static core::Result<TlvHeader> readHeader(QByteArrayView data);
    // Consecutive objects that fill `data` exactly; with `recursive`, the children of constructed
    // objects too.
    static core::Result<QList<Tlv>> readAll(QByteArrayView data, bool recursive = false);
    // Exactly one object filling `data`.
    static core::Result<Tlv> readOne(QByteArrayView data, bool recursive = false);

    // The first object with that tag at the top level of `objects`, or nullptr.
    static const Tlv* find(const QList<Tlv>& objects, quint32 tag);

    // Tag and DER length (short form below 128, then 0x81..0x84) followed by the value.
    static QByteArray encode(quint32 tag, QByteArrayView value);
    static QByteArray encodeLength(qsizetype length);
};

} // namespace sijil::identity
