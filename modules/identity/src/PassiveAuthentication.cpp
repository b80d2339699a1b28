#include "IdentityLog.h"
#include "OpenSslUtil.h"

#include <sijil/identity/PassiveAuthentication.h>
#include <sijil/identity/Tlv.h>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509_vfy.h>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::PassiveAuthentication";

core::Error malformed(const QString& detail) {
    return core::Error(
        "identity/sod-malformed",
        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                               "Le fichier de sécurité (EF.SOD) de "
                                               "la puce est illisible : "
                                               "l'authenticité des données ne peut "
                                               "pas être vérifiée.")),
        detail);
}

// EF.SOD's CMS SignedData of an LDS security object.
core::Result<ossl::CmsPtr> openSod(QByteArrayView sod) {
    const auto outer = TlvReader::readOne(sod);
    if (!outer.ok())
        return malformed(outer.error().detail());
    if (outer->tag != 0x77)
        return malformed(QStringLiteral("EF.SOD tag %1").arg(outer->tag, 0, 16));
    const auto* begin = reinterpret_cast<const unsigned char*>(outer->value.constData());
    const auto* p = begin;
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(outer->value.size())));
    if (!cms || p != begin + outer->value.size())
        return malformed(QStringLiteral("CMS: %1").arg(ossl::takeErrors()));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return malformed(QStringLiteral("CMS content is not SignedData"));
    const QString type = ossl::contentTypeOid(cms.get());
    if (type != QLatin1String(PassiveAuthentication::kLdsSecurityObjectOid))
        return malformed(QStringLiteral("eContentType %1").arg(type));
    return cms;
}

bool issuerUnknown(int error) {
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return true;
    default:
        return false;
    }
}

} // namespace

core::UserText PassiveAuthenticationResult::summary() const {
    switch (outcome) {
    case Outcome::Verified:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                                      "Données authentiques : signées par le pays "
                                                      "émetteur et intactes."));
    case Outcome::SignatureValidCscaUnknown:
        return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                                      "Données intactes, mais l'autorité de "
                                                      "certification (CSCA) du pays émetteur est "
                                                      "inconnue de ce poste : origine non "
                                                      "vérifiée."));
    case Outcome::Altered:
        break;
    }
    return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                                  "Données altérées — refusées."));
}

core::Result<LdsSecurityObject> PassiveAuthentication::securityObject(QByteArrayView sod) {
    auto cms = openSod(sod);
    if (!cms.ok())
        return cms.error();
    return LdsSecurityObject::decode(ossl::signedContent(cms->get()));
}

core::Result<PassiveAuthenticationResult>
PassiveAuthentication::verify(QByteArrayView sod, const QMap<int, QByteArray>& dataGroups,
                              const TrustStore& trust, const QDateTime& now) {
    auto opened = openSod(sod);
    if (!opened.ok())
        return opened.error();
    CMS_ContentInfo* cms = opened->get();
    const auto lds = LdsSecurityObject::decode(ossl::signedContent(cms));
    if (!lds.ok())
        return lds.error();

    PassiveAuthenticationResult result;
    QStringList problems;

    // 1. Data groups against their hashes.
    const int hashNid = OBJ_txt2nid(lds->hashAlgorithmOid.toLatin1().constData());
    const EVP_MD* md = hashNid == NID_undef ? nullptr : EVP_get_digestbynid(hashNid);
    if (!md)
        return core::Error(
            "identity/sod-unsupported",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                                   "Le document utilise un algorithme de "
                                                   "hachage inconnu : l'authenticité des données "
                                                   "ne peut pas être vérifiée.")),
            QStringLiteral("hash algorithm %1").arg(lds->hashAlgorithmOid));
    result.hashAlgorithm = QString::fromLatin1(OBJ_nid2sn(hashNid));
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it) {
        const auto expected = lds->dataGroupHashes.constFind(it.key());
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_Digest(it->constData(), size_t(it->size()), digest, &length, md, nullptr) != 1)
            return malformed(QStringLiteral("EVP_Digest: %1").arg(ossl::takeErrors()));
        if (expected == lds->dataGroupHashes.cend()) {
            result.failedDataGroups << it.key();
            problems << QStringLiteral("DG%1 not in the security object").arg(it.key());
        } else if (*expected != QByteArrayView(digest, length)) {
            result.failedDataGroups << it.key();
            problems << QStringLiteral("DG%1 hash mismatch").arg(it.key());
        } else {
            result.verifiedDataGroups << it.key();
        }
    }

    // 2. The document signer and its signature.
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
    const ossl::X509StackPtr certs(CMS_get1_certs(cms));
    X509* signer = nullptr;
    if (sk_CMS_SignerInfo_num(signers) == 1) {
        CMS_SignerInfo* info = sk_CMS_SignerInfo_value(signers, 0);
        for (int i = 0; i < sk_X509_num(certs.get()) && !signer; ++i) {
            if (CMS_SignerInfo_cert_cmp(info, sk_X509_value(certs.get(), i)) == 0)
                signer = sk_X509_value(certs.get(), i);
        }
    }
    if (!signer)
        return core::Error(
            "identity/sod-no-signer",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                                   "Le certificat du signataire du document est "
                                                   "absent de la puce : l'authenticité des "
                                                   "données ne peut pas être vérifiée.")),
            QStringLiteral("%1 signer(s), %2 certificate(s) in EF.SOD")
                .arg(sk_CMS_SignerInfo_num(signers))
                .arg(sk_X509_num(certs.get())));
    result.documentSignerSubject = ossl::nameText(X509_get_subject_name(signer));
    result.documentSignerIssuer = ossl::nameText(X509_get_issuer_name(signer));
    result.documentSignerNotAfter = ossl::timeOf(X509_get0_notAfter(signer));
    result.documentSignerExpired = result.documentSignerNotAfter < now;
    // The signer's signature over the signed attributes, and their messageDigest over the
    // security object; the certificate is checked below against the trust store.
    result.signatureValid = CMS_verify(cms, nullptr, nullptr, nullptr, nullptr,
                                       CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) == 1;
    if (!result.signatureValid)
        problems << QStringLiteral("signature: %1").arg(ossl::takeErrors());

    // 3. The chain up to a CSCA. Dates are reported, not enforced (see the header).
    const auto trusted = trust.certificates();
    if (!trusted.ok())
        return trusted.error();
    ossl::StorePtr store(X509_STORE_new());
    for (const TrustedCertificate& csca : *trusted) {
        if (ossl::X509Ptr cert = ossl::certificateFromDer(csca.der))
            X509_STORE_add_cert(store.get(), cert.get());
    }
    ossl::StoreCtxPtr ctx(X509_STORE_CTX_new());
    bool chainForged = false;
    bool chainVerified = false;
    if (!store || !ctx || X509_STORE_CTX_init(ctx.get(), store.get(), signer, certs.get()) != 1)
        return malformed(QStringLiteral("X509_STORE_CTX_init: %1").arg(ossl::takeErrors()));
    X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_NO_CHECK_TIME);
    if (X509_verify_cert(ctx.get()) == 1) {
        chainVerified = true;
        STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
        X509* csca = sk_X509_value(chain, sk_X509_num(chain) - 1);
        result.cscaSubject = ossl::nameText(X509_get_subject_name(csca));
        result.cscaNotAfter = ossl::timeOf(X509_get0_notAfter(csca));
        result.cscaExpired = result.cscaNotAfter < now;
    } else {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        chainForged = !issuerUnknown(error);
        problems << QStringLiteral("certificate chain: %1")
                        .arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
    ossl::takeErrors();

    if (!result.failedDataGroups.isEmpty() || !result.signatureValid || chainForged)
        result.outcome = PassiveAuthenticationResult::Outcome::Altered;
    else if (chainVerified)
        result.outcome = PassiveAuthenticationResult::Outcome::Verified;
    else
        result.outcome = PassiveAuthenticationResult::Outcome::SignatureValidCscaUnknown;
    if (result.documentSignerExpired)
        problems << QStringLiteral("document signer certificate expired");
    if (result.cscaExpired)
        problems << QStringLiteral("CSCA certificate expired");
    result.detail = problems.join(QStringLiteral("; "));
    qCInfo(lcIdentity).noquote() << "passive authentication:" << int(result.outcome)
                                 << result.detail;
    return result;
}

} // namespace sijil::identity
