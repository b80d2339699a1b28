#include <sijil/identity/Apdu.h>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::Apdu";

core::Error malformed(const QString& detail) {
    return core::Error("identity/apdu-malformed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::Apdu",
                                                              "La carte a envoyé une réponse "
                                                              "illisible.")),
                       detail);
}

void appendBigEndian16(QByteArray& out, int value) {
    out.append(char((value >> 8) & 0xFF));
    out.append(char(value & 0xFF));
}

int byteAt(QByteArrayView bytes, qsizetype i) {
    return quint8(bytes.at(i));
}

} // namespace

QByteArray CommandApdu::encode() const {
    if (data.size() > 65535 || (le != kNoLe && (le < 1 || le > kMaxExtendedLe)))
        return {};
    QByteArray out;
    out.reserve(4 + 3 + data.size() + 3);
    out.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    if (!needsExtendedLength()) {
        if (!data.isEmpty())
            out.append(char(data.size())).append(data);
        if (le != kNoLe)
            out.append(char(le == kMaxShortLe ? 0 : le));
        return out;
    }
    if (!data.isEmpty()) {
        out.append('\0');
        appendBigEndian16(out, int(data.size()));
        out.append(data);
    }
    if (le != kNoLe) {
        // Without Lc the extended Le takes a leading 00; after an extended Lc it does not.
        if (data.isEmpty())
            out.append('\0');
        appendBigEndian16(out, le == kMaxExtendedLe ? 0 : le);
    }
    return out;
}

core::Result<CommandApdu> CommandApdu::decode(QByteArrayView bytes) {
    if (bytes.size() < 4)
        return malformed(QStringLiteral("command APDU of %1 bytes").arg(bytes.size()));
    CommandApdu apdu;
    apdu.cla = quint8(bytes.at(0));
    apdu.ins = quint8(bytes.at(1));
    apdu.p1 = quint8(bytes.at(2));
    apdu.p2 = quint8(bytes.at(3));
    const QByteArrayView body = bytes.sliced(4);
    const qsizetype n = body.size();
    if (n == 0)
        return apdu; // case 1
    if (n == 1) {    // case 2 short
        apdu.le = byteAt(body, 0) == 0 ? kMaxShortLe : byteAt(body, 0);
        return apdu;
    }
    if (byteAt(body, 0) != 0) { // short Lc: case 3 or 4 short
        const int lc = byteAt(body, 0);
        if (n == 1 + lc) {
            apdu.data = body.sliced(1, lc).toByteArray();
            return apdu;
        }
        if (n == 2 + lc) {
            apdu.data = body.sliced(1, lc).toByteArray();
            const int le = byteAt(body, 1 + lc);
            apdu.le = le == 0 ? kMaxShortLe : le;
            return apdu;
        }
        return malformed(QStringLiteral("short Lc %1 with %2 body bytes").arg(lc).arg(n));
    }
    // Extended: the body starts with 00.
    if (n == 3) { // case 2 extended
        const int le = (byteAt(body, 1) << 8) | byteAt(body, 2);
        apdu.le = le == 0 ? kMaxExtendedLe : le;
        return apdu;
    }
    if (n < 3)
        return malformed(QStringLiteral("extended body of %1 bytes").arg(n));
    const int lc = (byteAt(body, 1) << 8) | byteAt(body, 2);
    if (lc == 0)
        return malformed(QStringLiteral("extended Lc of 0"));
    if (n == 3 + lc) {
        apdu.data = body.sliced(3, lc).toByteArray();
        return apdu;
    }
    if (n == 5 + lc) {
        apdu.data = body.sliced(3, lc).toByteArray();
        const int le = (byteAt(body, 3 + lc) << 8) | byteAt(body, 4 + lc);
        apdu.le = le == 0 ? kMaxExtendedLe : le;
        return apdu;
    }
    return malformed(QStringLiteral("extended Lc %1 with %2 body bytes").arg(lc).arg(n));
}

QByteArray ResponseApdu::encode() const {
    QByteArray out = data;
    appendBigEndian16(out, sw);
    return out;
}

core::Result<ResponseApdu> ResponseApdu::decode(QByteArrayView bytes) {
    if (bytes.size() < 2)
        return malformed(QStringLiteral("response of %1 bytes").arg(bytes.size()));
    ResponseApdu response;
    response.data = bytes.first(bytes.size() - 2).toByteArray();
    response.sw = quint16((byteAt(bytes, bytes.size() - 2) << 8) | byteAt(bytes, bytes.size() - 1));
    return response;
}

} // namespace sijil::identity
