#include <sijil/identity/TripleDes.h>

#include <bit>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace sijil::identity::tdes {

namespace {

constexpr const char* kCtx = "sijil::identity::SecureMessaging";

core::Error cryptoError(const QString& detail) {
    return core::Error("identity/crypto",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::SecureMessaging",
                                                              "Le chiffrement de la communication "
                                                              "avec la puce a échoué.")),
                       detail);
}

QString openSslError(const char* step) {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1StringView(step), QLatin1StringView(text));
}

const unsigned char* bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

// One EVP pass without padding. `iv` is all zeros for CBC (ICAO 9303 BAC and SM).
core::Result<QByteArray> run(const EVP_CIPHER* cipher, bool encrypt, QByteArrayView key,
                             QByteArrayView data) {
    if (key.size() != kKeySize)
        return cryptoError(QStringLiteral("key of %1 bytes").arg(key.size()));
    if (data.size() % kBlockSize != 0)
        return cryptoError(QStringLiteral("%1 bytes are not whole blocks").arg(data.size()));
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                              &EVP_CIPHER_CTX_free);
    if (!ctx)
        return cryptoError(openSslError("EVP_CIPHER_CTX_new"));
    const unsigned char iv[kBlockSize] = {};
    if (EVP_CipherInit_ex(ctx.get(), cipher, nullptr, bytes(key), iv, encrypt ? 1 : 0) != 1)
        return cryptoError(openSslError("EVP_CipherInit_ex"));
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    QByteArray out(data.size() + kBlockSize, Qt::Uninitialized);
    int written = 0;
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    if (EVP_CipherUpdate(ctx.get(), outBytes, &written, bytes(data), int(data.size())) != 1)
        return cryptoError(openSslError("EVP_CipherUpdate"));
    int final = 0;
    if (EVP_CipherFinal_ex(ctx.get(), outBytes + written, &final) != 1)
        return cryptoError(openSslError("EVP_CipherFinal_ex"));
    out.truncate(written + final);
    return out;
}

} // namespace

QByteArray pad(QByteArrayView data) {
    QByteArray out = data.toByteArray();
    out.append(char(0x80));
    while (out.size() % kBlockSize != 0)
        out.append('\0');
    return out;
}

core::Result<QByteArray> unpad(QByteArrayView data) {
    qsizetype end = data.size();
    while (end > 0 && data.at(end - 1) == '\0' && data.size() - end < kBlockSize)
        --end;
    if (end == 0 || quint8(data.at(end - 1)) != 0x80 || data.size() - end >= kBlockSize)
        return cryptoError(QStringLiteral("no ISO 9797-1 method 2 padding"));
    return data.first(end - 1).toByteArray();
}

core::Result<QByteArray> encryptCbc(QByteArrayView key, QByteArrayView data) {
    return run(EVP_des_ede_cbc(), true, key, data);
}

core::Result<QByteArray> decryptCbc(QByteArrayView key, QByteArrayView data) {
    return run(EVP_des_ede_cbc(), false, key, data);
}

core::Result<QByteArray> retailMac(QByteArrayView key, QByteArrayView paddedData) {
    if (key.size() != kKeySize)
        return cryptoError(QStringLiteral("MAC key of %1 bytes").arg(key.size()));
    if (paddedData.isEmpty())
        return cryptoError(QStringLiteral("MAC over no data"));
    const QByteArrayView ka = key.first(kBlockSize);
    const QByteArrayView kb = key.sliced(kBlockSize);
    // Triple DES with K, K, K is single DES with K.
    const QByteArray singleA = ka.toByteArray() + ka.toByteArray();
    const QByteArray singleB = kb.toByteArray() + kb.toByteArray();
    const auto chained = run(EVP_des_ede_cbc(), true, singleA, paddedData);
    if (!chained.ok())
        return chained;
    const QByteArray last = chained->right(kBlockSize);
    const auto decrypted = run(EVP_des_ede_ecb(), false, singleB, last);
    if (!decrypted.ok())
        return decrypted;
    return run(EVP_des_ede_ecb(), true, singleA, *decrypted);
}

QByteArray withOddParity(QByteArrayView key) {
    QByteArray out = key.toByteArray();
    for (char& c : out) {
        const auto byte = quint8(c);
        const quint8 high = byte & 0xFE;
        c = char(high | ((std::popcount(high) % 2 == 0) ? 1 : 0));
    }
    return out;
}

} // namespace sijil::identity::tdes
