#include <sijil/identity/SecureMessaging.h>
#include <sijil/identity/Tlv.h>
#include <sijil/identity/TripleDes.h>

#include <openssl/crypto.h>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::SecureMessaging";
constexpr quint32 kTagCryptogram = 0x87;
constexpr quint32 kTagLe = 0x97;
constexpr quint32 kTagStatus = 0x99;
constexpr quint32 kTagMac = 0x8E;
constexpr char kPaddingIndicator = 0x01;
constexpr qsizetype kMacSize = 8;

core::Error invalidResponse(const QString& detail) {
    return core::Error("identity/sm-invalid-response",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SecureMessaging",
                                                              "La réponse de la puce n'a pas pu "
                                                              "être vérifiée : la lecture est "
                                                              "interrompue.")),
                       detail);
}

core::Error unsupported(const QString& detail) {
    return core::Error("identity/sm-unsupported",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SecureMessaging",
                                                              "Cette commande ne peut pas être "
                                                              "envoyée à la puce de façon "
                                                              "sécurisée.")),
                       detail);
}

QByteArray encodeLe(int le) {
    QByteArray value;
    if (le <= CommandApdu::kMaxShortLe) {
        value.append(char(le == CommandApdu::kMaxShortLe ? 0 : le));
    } else {
        const int encoded = le == CommandApdu::kMaxExtendedLe ? 0 : le;
        value.append(char((encoded >> 8) & 0xFF)).append(char(encoded & 0xFF));
    }
    return TlvReader::encode(kTagLe, value);
}

// BAC's session: 3DES with a zero IV and the retail MAC (ICAO 9303 part 11, 9.8.6.2).
class TripleDesCipher final : public SecureMessaging::Cipher {
public:
    explicit TripleDesCipher(SessionKeys keys)
        : m_keys(std::move(keys)) {}

    [[nodiscard]] int blockSize() const override { return 8; }
    [[nodiscard]] QByteArray ssc() const override { return m_keys.ssc; }
    core::Status incrementSsc() override {
        for (qsizetype i = m_keys.ssc.size() - 1; i >= 0; --i) {
            const auto byte = quint8(m_keys.ssc.at(i));
            m_keys.ssc[i] = char(byte + 1);
            if (byte != 0xFF)
                break;
        }
        return {};
    }
    core::Result<QByteArray> encrypt(const QByteArray& padded) override {
        return tdes::encryptCbc(m_keys.encKey, padded);
    }
    core::Result<QByteArray> decrypt(const QByteArray& cryptogram) override {
        return tdes::decryptCbc(m_keys.encKey, cryptogram);
    }
    core::Result<QByteArray> mac(const QByteArray& padded) override {
        return tdes::retailMac(m_keys.macKey, m_keys.ssc + padded);
    }

private:
    SessionKeys m_keys;
};

} // namespace

SecureMessaging::SecureMessaging(SessionKeys keys)
    : m_cipher(std::make_unique<TripleDesCipher>(std::move(keys))) {}

SecureMessaging::SecureMessaging(std::unique_ptr<Cipher> cipher)
    : m_cipher(std::move(cipher)) {}

SecureMessaging::SecureMessaging(SecureMessaging&&) noexcept = default;
SecureMessaging& SecureMessaging::operator=(SecureMessaging&&) noexcept = default;
SecureMessaging::~SecureMessaging() = default;

QByteArray SecureMessaging::pad(QByteArrayView data, int blockSize) {
    QByteArray padded = data.toByteArray();
    padded.append(char(0x80));
    while (padded.size() % blockSize != 0)
        padded.append('\0');
    return padded;
}

core::Result<QByteArray> SecureMessaging::unpad(QByteArrayView data) {
    qsizetype end = data.size();
    while (end > 0 && data.at(end - 1) == '\0')
        --end;
    if (end == 0 || quint8(data.at(end - 1)) != 0x80)
        return invalidResponse(QStringLiteral("bad padding"));
    return data.first(end - 1).toByteArray();
}

core::Result<CommandApdu> SecureMessaging::protect(const CommandApdu& command) {
    if ((command.ins & 0x01) != 0 && !command.data.isEmpty())
        return unsupported(QStringLiteral("odd INS %1 with data").arg(command.ins, 2, 16));
    if (auto stepped = m_cipher->incrementSsc(); !stepped.ok())
        return stepped.error();
    const int block = m_cipher->blockSize();
    CommandApdu out;
    out.cla = command.cla | 0x0C;
    out.ins = command.ins;
    out.p1 = command.p1;
    out.p2 = command.p2;

    QByteArray objects;
    if (!command.data.isEmpty()) {
        const auto cryptogram = m_cipher->encrypt(pad(command.data, block));
        if (!cryptogram.ok())
            return cryptogram.error();
        objects += TlvReader::encode(kTagCryptogram, kPaddingIndicator + *cryptogram);
    }
    if (command.le != CommandApdu::kNoLe)
        objects += encodeLe(command.le);

    const QByteArray header =
        QByteArray(1, char(out.cla)) + char(out.ins) + char(out.p1) + char(out.p2);
    const auto mac = m_cipher->mac(pad(pad(header, block) + objects, block));
    if (!mac.ok())
        return mac.error();
    out.data = objects + TlvReader::encode(kTagMac, *mac);
    // The protected response is longer than the plain one: ask for all the chip can give.
    out.le = command.needsExtendedLength() ? CommandApdu::kMaxExtendedLe : CommandApdu::kMaxShortLe;
    if (out.data.size() > 255)
        out.le = CommandApdu::kMaxExtendedLe;
    return out;
}

core::Result<ResponseApdu> SecureMessaging::unprotect(const ResponseApdu& response) {
    if (response.data.isEmpty()) {
        if (response.isSuccess())
            return invalidResponse(QStringLiteral("9000 without MAC"));
        // A plain status: no MAC was computed for it, so the counter does not move.
        return response;
    }
    if (auto stepped = m_cipher->incrementSsc(); !stepped.ok())
        return stepped.error();
    const int block = m_cipher->blockSize();

    // Walk the objects by hand: the MAC covers them byte for byte as the chip sent them.
    const QByteArrayView data(response.data);
    QByteArrayView cryptogram;
    QByteArrayView status;
    QByteArrayView mac;
    qsizetype macInputEnd = -1;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const auto header = TlvReader::readHeader(data.sliced(pos));
        if (!header.ok())
            return invalidResponse(header.error().detail());
        if (header->valueLength > data.size() - pos - header->headerLength)
            return invalidResponse(QStringLiteral("object runs past the response"));
        const QByteArrayView value = data.sliced(pos + header->headerLength, header->valueLength);
        if (!mac.isNull())
            return invalidResponse(QStringLiteral("object after the MAC"));
        switch (header->tag) {
        case kTagCryptogram:
            if (!cryptogram.isNull() || !status.isNull())
                return invalidResponse(QStringLiteral("misplaced DO87"));
            cryptogram = value;
            break;
        case kTagStatus:
            if (!status.isNull())
                return invalidResponse(QStringLiteral("second DO99"));
            status = value;
            break;
        case kTagMac:
            mac = value;
            macInputEnd = pos;
            break;
        default:
            return invalidResponse(QStringLiteral("unexpected object %1").arg(header->tag, 0, 16));
        }
        pos += header->totalLength();
    }
    if (mac.isNull() || mac.size() != kMacSize)
        return invalidResponse(QStringLiteral("no 8-byte DO8E"));
    if (!status.isNull() && status.size() != 2)
        return invalidResponse(QStringLiteral("DO99 of %1 bytes").arg(status.size()));
    // Without DO'99' the status is the trailer's, which the MAC does not cover: only success is
    // taken that way, so a forger cannot turn a genuine answer into another outcome.
    if (status.isNull() && !response.isSuccess())
        return invalidResponse(QStringLiteral("no DO99 and SW %1").arg(response.sw, 4, 16));

    const auto expected = m_cipher->mac(pad(data.first(macInputEnd), block));
    if (!expected.ok())
        return expected.error();
    if (CRYPTO_memcmp(expected->constData(), mac.data(), kMacSize) != 0)
        return invalidResponse(QStringLiteral("MAC mismatch"));

    ResponseApdu plain;
    plain.sw =
        status.isNull() ? response.sw : quint16((quint8(status.at(0)) << 8) | quint8(status.at(1)));
    if (!cryptogram.isNull()) {
        if (cryptogram.isEmpty() || cryptogram.at(0) != kPaddingIndicator)
            return invalidResponse(QStringLiteral("DO87 without padding indicator 01"));
        if ((cryptogram.size() - 1) % block != 0)
            return invalidResponse(QStringLiteral("DO87 not a whole number of blocks"));
        const auto decrypted = m_cipher->decrypt(cryptogram.sliced(1).toByteArray());
        if (!decrypted.ok())
            return invalidResponse(decrypted.error().detail());
        auto unpadded = unpad(*decrypted);
        if (!unpadded.ok())
            return invalidResponse(unpadded.error().detail());
        plain.data = std::move(unpadded).value();
    }
    return plain;
}

} // namespace sijil::identity
