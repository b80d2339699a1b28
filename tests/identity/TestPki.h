#pragma once

// A country's eMRTD PKI built in memory with OpenSSL, for the passive authentication tests: a
// CSCA (self-signed CA), document signers it issues, EF.SOD signed by a document signer over the
// data groups, and CSCA master lists. The LDS security object and the master list content are
// written here with the TLV encoder from ICAO 9303 part 10 and 12, independently of the module's
// decoders.
#include <sijil/identity/Tlv.h>

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sijil::identity::test {

struct KeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertFree {
    void operator()(X509* cert) const { X509_free(cert); }
};
struct CmsFree {
    void operator()(CMS_ContentInfo* cms) const { CMS_ContentInfo_free(cms); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Key = std::shared_ptr<EVP_PKEY>;
using Cert = std::shared_ptr<X509>;

struct Identity {
    Key key;
    Cert cert;
};

inline Key makeKey() {
    return Key(EVP_EC_gen("P-256"), KeyFree());
}

inline void addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// A certificate for `commonName` in Morocco, valid from `fromDays` to `toDays` days from now,
// signed by `issuer` (self-signed when null).
inline Identity makeIdentity(const char* commonName, bool ca, const Identity* issuer = nullptr,
                             long fromDays = -1, long toDays = 3650) {
    static long serial = 1;
    Identity id{makeKey(), Cert(X509_new(), CertFree())};
    X509* cert = id.cert.get();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial++);
    X509_NAME* name = X509_get_subject_name(cert);
    const auto add = [&](const char* field, const char* value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value), -1, -1, 0);
    };
    add("C", "MA");
    add("O", "Royaume du Maroc");
    add("CN", commonName);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->cert.get()) : name);
    X509_gmtime_adj(X509_getm_notBefore(cert), fromDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert), toDays * 86400);
    X509_set_pubkey(cert, id.key.get());
    X509* issuerCert = issuer ? issuer->cert.get() : cert;
    addExtension(cert, issuerCert, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    addExtension(cert, issuerCert, NID_key_usage,
                 ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    addExtension(cert, issuerCert, NID_subject_key_identifier, "hash");
    addExtension(cert, issuerCert, NID_authority_key_identifier, "keyid:always");
    X509_sign(cert, issuer ? issuer->key.get() : id.key.get(), EVP_sha256());
    return id;
}

inline QByteArray der(const Cert& cert) {
    unsigned char* out = nullptr;
    const int length = i2d_X509(cert.get(), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

inline QByteArray pem(const Cert& cert) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert.get());
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

inline QByteArray tlv(quint32 tag, const QByteArray& value) {
    return TlvReader::encode(tag, value);
}

// LDSSecurityObject v0 with SHA-256 (ICAO 9303 part 10, 4.6.2.2).
inline QByteArray ldsSecurityObject(const QMap<int, QByteArray>& dataGroups) {
    QByteArray hashes;
    for (auto it = dataGroups.cbegin(); it != dataGroups.cend(); ++it)
        hashes +=
            tlv(0x30, tlv(0x02, QByteArray(1, char(it.key()))) +
                          tlv(0x04, QCryptographicHash::hash(*it, QCryptographicHash::Sha256)));
    const QByteArray sha256 = tlv(0x06, QByteArray::fromHex("608648016503040201"));
    return tlv(0x30, tlv(0x02, QByteArray(1, '\0')) + tlv(0x30, sha256 + tlv(0x05, {})) +
                         tlv(0x30, hashes));
}

// A CMS SignedData over `content` of type `contentType`, the signer's certificate included.
inline QByteArray signedData(const QByteArray& content, const char* contentType,
                             const Identity& signer) {
    std::unique_ptr<BIO, BioFree> in(BIO_new_mem_buf(content.constData(), int(content.size())));
    std::unique_ptr<CMS_ContentInfo, CmsFree> cms(
        CMS_sign(signer.cert.get(), signer.key.get(), nullptr, nullptr,
                 CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP));
    if (!cms)
        return {};
    ASN1_OBJECT* type = OBJ_txt2obj(contentType, 1);
    CMS_set1_eContentType(cms.get(), type);
    ASN1_OBJECT_free(type);
    if (CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1)
        return {};
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

// EF.SOD: tag 0x77 around the document signer's SignedData of the security object.
inline QByteArray makeSod(const QMap<int, QByteArray>& dataGroups, const Identity& documentSigner) {
    return tlv(0x77, signedData(ldsSecurityObject(dataGroups), "2.23.136.1.1.1", documentSigner));
}

// The same EF.SOD with one bit of the signer's signature flipped.
inline QByteArray withTamperedSignature(const QByteArray& sod) {
    const QByteArray inner = TlvReader::readOne(sod)->value;
    const auto* p = reinterpret_cast<const unsigned char*>(inner.constData());
    std::unique_ptr<CMS_ContentInfo, CmsFree> cms(
        d2i_CMS_ContentInfo(nullptr, &p, long(inner.size())));
    CMS_SignerInfo* info = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    ASN1_OCTET_STRING* signature = CMS_SignerInfo_get0_signature(info);
    QByteArray bytes(reinterpret_cast<const char*>(ASN1_STRING_get0_data(signature)),
                     ASN1_STRING_length(signature));
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    ASN1_OCTET_STRING_set(signature, reinterpret_cast<const unsigned char*>(bytes.constData()),
                          int(bytes.size()));
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &out);
    QByteArray tampered(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return tlv(0x77, tampered);
}

// An ICAO CSCA master list (part 12, 9) of `certificates`, signed by `signer`.
inline QByteArray masterList(const QList<Cert>& certificates, const Identity& signer) {
    QByteArray set;
    for (const Cert& cert : certificates)
        set += der(cert);
    const QByteArray content = tlv(0x30, tlv(0x02, QByteArray(1, '\0')) + tlv(0x31, set));
    return signedData(content, "2.23.136.1.1.2", signer);
}

} // namespace sijil::identity::test
