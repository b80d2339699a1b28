#include "Pace.h"

#include "OpenSslUtil.h"

#include <QStringList>

#include <algorithm>
#include <cstring>
#include <eac/eac.h>
#include <eac/objects.h>
#include <eac/pace.h>
#include <mutex>
#include <openssl/bn.h>
#include <openssl/buffer.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/stack.h>

namespace sijil::identity::pace {

namespace {

constexpr const char* kCtx = "sijil::identity::EmrtdReader";

core::Error failed(const QString& step) {
    QString detail = QStringLiteral("PACE: %1").arg(step);
    if (const QString reasons = ossl::takeErrors(); !reasons.isEmpty())
        detail += QStringLiteral(" (%1)").arg(reasons);
    return core::Error("identity/pace-failed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                              "L'ouverture sécurisée de la puce "
                                                              "(PACE) a échoué. Reposez le "
                                                              "document et recommencez.")),
                       detail);
}

struct BufFree {
    void operator()(BUF_MEM* buf) const { BUF_MEM_clear_free(buf); }
};
using Buf = std::unique_ptr<BUF_MEM, BufFree>;

struct SecretFree {
    void operator()(PACE_SEC* secret) const { PACE_SEC_clear_free(secret); }
};

Buf toBuf(QByteArrayView bytes) {
    Buf buf(BUF_MEM_new());
    if (!buf || (bytes.size() > 0 && BUF_MEM_grow(buf.get(), size_t(bytes.size())) == 0))
        return nullptr;
    if (bytes.size() > 0)
        memcpy(buf->data, bytes.data(), size_t(bytes.size()));
    buf->length = size_t(bytes.size());
    return buf;
}

QByteArray fromBuf(const BUF_MEM* buf) {
    return buf ? QByteArray(buf->data, qsizetype(buf->length)) : QByteArray();
}

// Generic mapping only: integrated mapping needs the chip to skip a step, and chip
// authentication mapping is unknown to OpenPACE 1.1.
bool isGenericMapping(int nid) {
    const int generic[] = {
        NID_id_PACE_DH_GM_3DES_CBC_CBC,       NID_id_PACE_DH_GM_AES_CBC_CMAC_128,
        NID_id_PACE_DH_GM_AES_CBC_CMAC_192,   NID_id_PACE_DH_GM_AES_CBC_CMAC_256,
        NID_id_PACE_ECDH_GM_3DES_CBC_CBC,     NID_id_PACE_ECDH_GM_AES_CBC_CMAC_128,
        NID_id_PACE_ECDH_GM_AES_CBC_CMAC_192, NID_id_PACE_ECDH_GM_AES_CBC_CMAC_256};
    return std::find(std::begin(generic), std::end(generic), nid) != std::end(generic);
}

// The session's cipher as OpenPACE keeps it: EAC_encrypt derives the AES IV from the counter,
// EAC_authenticate puts the counter before the data (CMAC for AES, retail MAC for 3DES).
class EacCipher final : public SecureMessaging::Cipher {
public:
    explicit EacCipher(std::shared_ptr<EAC_CTX> ctx)
        : m_ctx(std::move(ctx)) {}

    [[nodiscard]] int blockSize() const override {
        return EVP_CIPHER_block_size(m_ctx->key_ctx->cipher);
    }
    [[nodiscard]] QByteArray ssc() const override {
        QByteArray bytes(blockSize(), '\0');
        BN_bn2binpad(m_ctx->ssc, reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size()));
        return bytes;
    }
    core::Status incrementSsc() override {
        if (EAC_increment_ssc(m_ctx.get()) != 1)
            return failed(QStringLiteral("SSC"));
        return {};
    }
    core::Result<QByteArray> encrypt(const QByteArray& padded) override {
        return run(EAC_encrypt, padded, QStringLiteral("encrypt"));
    }
    core::Result<QByteArray> decrypt(const QByteArray& cryptogram) override {
        return run(EAC_decrypt, cryptogram, QStringLiteral("decrypt"));
    }
    core::Result<QByteArray> mac(const QByteArray& padded) override {
        return run(EAC_authenticate, padded, QStringLiteral("MAC"));
    }

private:
    core::Result<QByteArray> run(BUF_MEM* (*function)(const EAC_CTX*, const BUF_MEM*),
                                 const QByteArray& input, const QString& what) {
        const Buf in = toBuf(input);
        const Buf out(in ? function(m_ctx.get(), in.get()) : nullptr);
        if (!out)
            return failed(what);
        return fromBuf(out.get());
    }

    std::shared_ptr<EAC_CTX> m_ctx;
};

} // namespace

void initOpenPace() {
    static std::once_flag once;
    std::call_once(once, [] { EAC_init(); });
}

PaceTerminal::PaceTerminal(std::shared_ptr<eac_ctx> ctx)
    : m_ctx(std::move(ctx)) {}

PaceTerminal::~PaceTerminal() = default;

core::Result<std::unique_ptr<PaceTerminal>>
PaceTerminal::fromCardAccess(QByteArrayView cardAccess) {
    initOpenPace();
    std::shared_ptr<EAC_CTX> ctx(EAC_CTX_new(), EAC_CTX_clear_free);
    if (!ctx)
        return failed(QStringLiteral("EAC_CTX_new"));
    // TR-03110 2.02 and later, as ICAO 9303 (the authentication token over the key object).
    ctx->tr_version = EAC_TR_VERSION_2_02;
    if (EAC_CTX_init_ef_cardaccess(reinterpret_cast<const unsigned char*>(cardAccess.data()),
                                   size_t(cardAccess.size()), ctx.get()) != 1)
        return failed(QStringLiteral("EF.CardAccess cannot be parsed"));
    const auto* stack = reinterpret_cast<const OPENSSL_STACK*>(ctx->pace_ctxs);
    const int count = stack ? OPENSSL_sk_num(stack) : 0;
    if (count <= 0)
        return std::unique_ptr<PaceTerminal>();
    PACE_CTX* chosen = nullptr;
    QStringList offered;
    for (int i = 0; i < count; ++i) {
        auto* candidate = static_cast<PACE_CTX*>(OPENSSL_sk_value(stack, i));
        if (!candidate)
            continue;
        offered << QString::fromLatin1(EAC_OBJ_nid2sn(candidate->protocol));
        if (!chosen && isGenericMapping(candidate->protocol))
            chosen = candidate;
    }
    if (!chosen)
        return failed(QStringLiteral("no generic mapping among %1").arg(offered.join(u',')));
    ctx->pace_ctx = chosen;
    return std::unique_ptr<PaceTerminal>(new PaceTerminal(std::move(ctx)));
}

QByteArray PaceTerminal::protocolOid() const {
    const ASN1_OBJECT* object = EAC_OBJ_nid2obj(m_ctx->pace_ctx->protocol);
    if (!object)
        return {};
    return QByteArray(reinterpret_cast<const char*>(OBJ_get0_data(object)),
                      qsizetype(OBJ_length(object)));
}

QString PaceTerminal::protocolName() const {
    return QString::fromLatin1(EAC_OBJ_nid2sn(m_ctx->pace_ctx->protocol));
}

int PaceTerminal::parameterId() const {
    return m_ctx->pace_ctx->id;
}

core::Status PaceTerminal::decryptNonce(const AccessKey& key, QByteArrayView encryptedNonce) {
    const QByteArray password = key.pacePassword();
    // The MRZ goes in as its SHA-1 (PACE_RAW): OpenPACE's PACE_MRZ reads a TD1 zone at fixed
    // offsets, which a passport's TD3 zone or a long document number would not match.
    const std::unique_ptr<PACE_SEC, SecretFree> secret(
        PACE_SEC_new(password.constData(), size_t(password.size()),
                     key.kind == AccessKey::Kind::Can ? PACE_CAN : PACE_RAW));
    const Buf nonce = toBuf(encryptedNonce);
    if (!secret || !nonce)
        return failed(QStringLiteral("secret"));
    if (PACE_STEP2_dec_nonce(m_ctx.get(), secret.get(), nonce.get()) != 1)
        return failed(
            QStringLiteral("nonce of %1 bytes cannot be decrypted").arg(encryptedNonce.size()));
    return {};
}

core::Result<QByteArray> PaceTerminal::mappingData() {
    const Buf data(PACE_STEP3A_generate_mapping_data(m_ctx.get()));
    if (!data)
        return failed(QStringLiteral("mapping data"));
    return fromBuf(data.get());
}

core::Status PaceTerminal::mapGenerator(QByteArrayView chipMappingData) {
    const Buf in = toBuf(chipMappingData);
    if (!in || PACE_STEP3A_map_generator(m_ctx.get(), in.get()) != 1)
        return failed(
            QStringLiteral("chip's mapping data (%1 bytes) refused").arg(chipMappingData.size()));
    return {};
}

core::Result<QByteArray> PaceTerminal::ephemeralPublicKey() {
    const Buf key(PACE_STEP3B_generate_ephemeral_key(m_ctx.get()));
    if (!key)
        return failed(QStringLiteral("ephemeral key"));
    return fromBuf(key.get());
}

core::Result<QByteArray> PaceTerminal::agreeKeys(QByteArrayView chipEphemeralKey) {
    const Buf in = toBuf(chipEphemeralKey);
    if (!in || PACE_STEP3B_compute_shared_secret(m_ctx.get(), in.get()) != 1)
        return failed(
            QStringLiteral("chip's ephemeral key (%1 bytes) refused").arg(chipEphemeralKey.size()));
    if (PACE_STEP3C_derive_keys(m_ctx.get()) != 1)
        return failed(QStringLiteral("key derivation"));
    const Buf token(PACE_STEP3D_compute_authentication_token(m_ctx.get(), in.get()));
    if (!token)
        return failed(QStringLiteral("authentication token"));
    return fromBuf(token.get());
}

core::Result<bool> PaceTerminal::verifyChipToken(QByteArrayView token) {
    const Buf in = toBuf(token);
    if (!in)
        return failed(QStringLiteral("token"));
    const int verified = PACE_STEP3D_verify_authentication_token(m_ctx.get(), in.get());
    if (verified < 0)
        return failed(QStringLiteral("chip's token (%1 bytes)").arg(token.size()));
    ERR_clear_error();
    return verified == 1;
}

core::Result<std::unique_ptr<SecureMessaging::Cipher>> PaceTerminal::secureMessaging() {
    if (EAC_CTX_set_encryption_ctx(m_ctx.get(), EAC_ID_PACE) != 1)
        return failed(QStringLiteral("secure messaging context"));
    return std::unique_ptr<SecureMessaging::Cipher>(std::make_unique<EacCipher>(m_ctx));
}

} // namespace sijil::identity::pace
