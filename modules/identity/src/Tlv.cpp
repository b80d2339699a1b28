#include <sijil/identity/Tlv.h>

#include <limits>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::TlvReader";
constexpr int kMaxTagBytes = 4;
constexpr int kMaxLengthBytes = 4;

core::Error malformed(const QString& detail) {
    return core::Error("identity/tlv-malformed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::TlvReader",
                                                              "Les données lues sur la puce "
                                                              "sont mal formées.")),
                       detail);
}

core::Result<QList<Tlv>> readLevel(QByteArrayView data, qsizetype base, bool recursive, int depth);

core::Result<Tlv> readAt(QByteArrayView data, qsizetype& pos, qsizetype base, bool recursive,
                         int depth) {
    const auto header = TlvReader::readHeader(data.sliced(pos));
    if (!header.ok())
        return core::Error(header.error().code(), header.error().message(),
                           header.error().detail() +
                               QStringLiteral(" at offset %1").arg(base + pos));
    if (header->valueLength > data.size() - pos - header->headerLength)
        return malformed(
            QStringLiteral("value of %1 bytes at offset %2 runs past the %3 bytes there")
                .arg(header->valueLength)
                .arg(base + pos)
                .arg(data.size() - pos - header->headerLength));
    Tlv tlv;
    tlv.tag = header->tag;
    tlv.constructed = header->constructed;
    const qsizetype valueStart = pos + header->headerLength;
    tlv.value = data.sliced(valueStart, header->valueLength).toByteArray();
    if (recursive && tlv.constructed) {
        if (depth + 1 >= TlvReader::kMaxDepth)
            return malformed(QStringLiteral("nesting deeper than %1 levels at offset %2")
                                 .arg(TlvReader::kMaxDepth)
                                 .arg(base + pos));
        auto children = readLevel(tlv.value, base + valueStart, true, depth + 1);
        if (!children.ok())
            return children.error();
        tlv.children = std::move(children).value();
    }
    pos = valueStart + header->valueLength;
    return tlv;
}

core::Result<QList<Tlv>> readLevel(QByteArrayView data, qsizetype base, bool recursive, int depth) {
    QList<Tlv> objects;
    qsizetype pos = 0;
    while (pos < data.size()) {
        auto tlv = readAt(data, pos, base, recursive, depth);
        if (!tlv.ok())
            return tlv.error();
        objects.append(std::move(tlv).value());
    }
    return objects;
}

} // namespace

const Tlv* Tlv::child(quint32 childTag) const {
    return TlvReader::find(children, childTag);
}

core::Result<TlvHeader> TlvReader::readHeader(QByteArrayView data) {
    TlvHeader header;
    if (data.isEmpty())
        return malformed(QStringLiteral("no tag"));
    qsizetype pos = 0;
    const quint8 first = quint8(data.at(pos++));
    if (first == 0x00 || first == 0xFF)
        return malformed(QStringLiteral("padding byte %1 where a tag was expected")
                             .arg(first, 2, 16, QLatin1Char('0')));
    header.constructed = (first & 0x20) != 0;
    quint32 tag = first;
    if ((first & 0x1F) == 0x1F) {
        // Subsequent tag bytes: bit 8 set on all but the last.
        quint8 next = 0;
        do {
            if (pos >= data.size())
                return malformed(QStringLiteral("tag cut short"));
            if (pos >= kMaxTagBytes)
                return malformed(QStringLiteral("tag longer than %1 bytes").arg(kMaxTagBytes));
            next = quint8(data.at(pos++));
            tag = (tag << 8) | next;
        } while (next & 0x80);
    }
    header.tag = tag;

    if (pos >= data.size())
        return malformed(QStringLiteral("no length after tag %1").arg(tag, 0, 16));
    const quint8 lengthByte = quint8(data.at(pos++));
    if (lengthByte < 0x80) {
        header.valueLength = lengthByte;
    } else {
        const int count = lengthByte & 0x7F;
        if (count == 0)
            return malformed(QStringLiteral("indefinite length"));
        if (count > kMaxLengthBytes)
            return malformed(QStringLiteral("length in %1 bytes").arg(count));
        if (data.size() - pos < count)
            return malformed(QStringLiteral("length cut short"));
        quint64 length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(data.at(pos++));
        if (length > quint64(std::numeric_limits<qsizetype>::max() / 2))
            return malformed(QStringLiteral("length %1 too large").arg(length));
        header.valueLength = qsizetype(length);
    }
    header.headerLength = pos;
    return header;
}

core::Result<QList<Tlv>> TlvReader::readAll(QByteArrayView data, bool recursive) {
    return readLevel(data, 0, recursive, 0);
}

core::Result<Tlv> TlvReader::readOne(QByteArrayView data, bool recursive) {
    qsizetype pos = 0;
    auto tlv = readAt(data, pos, 0, recursive, 0);
    if (!tlv.ok())
        return tlv;
    if (pos != data.size())
        return malformed(QStringLiteral("%1 bytes after the object").arg(data.size() - pos));
    return tlv;
}

const Tlv* TlvReader::find(const QList<Tlv>& objects, quint32 tag) {
    for (const Tlv& tlv : objects) {
        if (tlv.tag == tag)
            return &tlv;
    }
    return nullptr;
}

QByteArray TlvReader::encodeLength(qsizetype length) {
    QByteArray out;
    if (length < 0x80) {
        out.append(char(length));
        return out;
    }
    QByteArray bytes;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        bytes.prepend(char(rest & 0xFF));
    out.append(char(0x80 | bytes.size()));
    out.append(bytes);
    return out;
}

QByteArray TlvReader::encode(quint32 tag, QByteArrayView value) {
    QByteArray out;
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const quint8 byte = quint8((tag >> shift) & 0xFF);
        if (byte != 0 || started || shift == 0) {
            out.append(char(byte));
            started = true;
        }
    }
    out.append(encodeLength(value.size()));
    out.append(value.data(), value.size());
    return out;
}

} // namespace sijil::identity
