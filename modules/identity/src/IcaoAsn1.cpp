#include "IcaoAsn1.h"

#include "OpenSslUtil.h"

#include <sijil/identity/LdsSecurityObject.h>

#include <openssl/asn1t.h>
#include <openssl/objects.h>
#include <openssl/safestack.h>
#include <openssl/x509.h>

// OpenSSL's template macros are C: casts and aggregate forms that C++ warnings object to.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// The template types live at global scope with C-style names, as OpenSSL's macros expect.
extern "C" {

typedef struct SijilDataGroupHash_st {
    ASN1_INTEGER* number;
    ASN1_OCTET_STRING* hash;
} SIJIL_DATA_GROUP_HASH;

typedef struct SijilLdsVersionInfo_st {
    ASN1_PRINTABLESTRING* ldsVersion;
    ASN1_PRINTABLESTRING* unicodeVersion;
} SIJIL_LDS_VERSION_INFO;

DEFINE_STACK_OF(SIJIL_DATA_GROUP_HASH)

typedef struct SijilLdsSecurityObject_st {
    ASN1_INTEGER* version;
    X509_ALGOR* hashAlgorithm;
    STACK_OF(SIJIL_DATA_GROUP_HASH) * hashes;
    SIJIL_LDS_VERSION_INFO* versionInfo;
} SIJIL_LDS_SECURITY_OBJECT;

typedef struct SijilCscaMasterList_st {
    ASN1_INTEGER* version;
    STACK_OF(X509) * certificates;
} SIJIL_CSCA_MASTER_LIST;

DECLARE_ASN1_FUNCTIONS(SIJIL_DATA_GROUP_HASH)
DECLARE_ASN1_FUNCTIONS(SIJIL_LDS_VERSION_INFO)
DECLARE_ASN1_FUNCTIONS(SIJIL_LDS_SECURITY_OBJECT)
DECLARE_ASN1_FUNCTIONS(SIJIL_CSCA_MASTER_LIST)

ASN1_SEQUENCE(SIJIL_DATA_GROUP_HASH) =
    {
        ASN1_SIMPLE(SIJIL_DATA_GROUP_HASH, number, ASN1_INTEGER),
        ASN1_SIMPLE(SIJIL_DATA_GROUP_HASH, hash, ASN1_OCTET_STRING),
} ASN1_SEQUENCE_END(SIJIL_DATA_GROUP_HASH)

        ASN1_SEQUENCE(SIJIL_LDS_VERSION_INFO) =
            {
                ASN1_SIMPLE(SIJIL_LDS_VERSION_INFO, ldsVersion, ASN1_PRINTABLESTRING),
                ASN1_SIMPLE(SIJIL_LDS_VERSION_INFO, unicodeVersion, ASN1_PRINTABLESTRING),
} ASN1_SEQUENCE_END(SIJIL_LDS_VERSION_INFO)

                ASN1_SEQUENCE(SIJIL_LDS_SECURITY_OBJECT) =
                    {
                        ASN1_SIMPLE(SIJIL_LDS_SECURITY_OBJECT, version, ASN1_INTEGER),
                        ASN1_SIMPLE(SIJIL_LDS_SECURITY_OBJECT, hashAlgorithm, X509_ALGOR),
                        ASN1_SEQUENCE_OF(SIJIL_LDS_SECURITY_OBJECT, hashes, SIJIL_DATA_GROUP_HASH),
                        ASN1_OPT(SIJIL_LDS_SECURITY_OBJECT, versionInfo, SIJIL_LDS_VERSION_INFO),
} ASN1_SEQUENCE_END(SIJIL_LDS_SECURITY_OBJECT)

                        ASN1_SEQUENCE(SIJIL_CSCA_MASTER_LIST) =
                            {
                                ASN1_SIMPLE(SIJIL_CSCA_MASTER_LIST, version, ASN1_INTEGER),
                                ASN1_SET_OF(SIJIL_CSCA_MASTER_LIST, certificates, X509),
} ASN1_SEQUENCE_END(SIJIL_CSCA_MASTER_LIST)

                                IMPLEMENT_ASN1_FUNCTIONS(SIJIL_DATA_GROUP_HASH)
                                    IMPLEMENT_ASN1_FUNCTIONS(SIJIL_LDS_VERSION_INFO)
                                        IMPLEMENT_ASN1_FUNCTIONS(SIJIL_LDS_SECURITY_OBJECT)
                                            IMPLEMENT_ASN1_FUNCTIONS(SIJIL_CSCA_MASTER_LIST)

} // extern "C"

#pragma GCC diagnostic pop

namespace sijil::identity {

namespace {

using LdsPtr =
    std::unique_ptr<SIJIL_LDS_SECURITY_OBJECT, ossl::Deleter<SIJIL_LDS_SECURITY_OBJECT_free>>;
using MasterListPtr =
    std::unique_ptr<SIJIL_CSCA_MASTER_LIST, ossl::Deleter<SIJIL_CSCA_MASTER_LIST_free>>;

core::Error malformed(const QString& detail) {
    return core::Error(
        "identity/sod-malformed",
        core::UserText("sijil::identity::PassiveAuthentication",
                       QT_TRANSLATE_NOOP("sijil::identity::PassiveAuthentication",
                                         "Le fichier de sécurité (EF.SOD) de la puce est "
                                         "illisible : l'authenticité des données ne peut pas "
                                         "être vérifiée.")),
        detail);
}

// Small non-negative integers only (versions, data group numbers); -1 otherwise.
int smallInteger(const ASN1_INTEGER* value) {
    int64_t wide = -1;
    if (!value || ASN1_INTEGER_get_int64(&wide, value) != 1 || wide < 0 || wide >= 1000)
        return -1;
    return int(wide);
}

QString printable(const ASN1_PRINTABLESTRING* text) {
    return text ? QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                      ASN1_STRING_length(text))
                : QString();
}

// The object when `der` is exactly one encoding of it; trailing bytes refuse it (and free what
// was decoded: found by the fuzz_sod target as a leak).
template <typename T>
T* decodeWhole(T* (*d2i)(T**, const unsigned char**, long), void (*release)(T*),
               QByteArrayView der) {
    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const auto* p = begin;
    T* object = d2i(nullptr, &p, long(der.size()));
    if (object && p != begin + der.size()) {
        release(object);
        return nullptr;
    }
    return object;
}

} // namespace

core::Result<LdsSecurityObject> LdsSecurityObject::decode(QByteArrayView der) {
    LdsPtr parsed(decodeWhole(d2i_SIJIL_LDS_SECURITY_OBJECT, SIJIL_LDS_SECURITY_OBJECT_free, der));
    if (!parsed)
        return malformed(QStringLiteral("LDSSecurityObject: %1").arg(ossl::takeErrors()));
    LdsSecurityObject lds;
    lds.version = smallInteger(parsed->version);
    if (lds.version < 0 || lds.version > 1)
        return malformed(QStringLiteral("LDSSecurityObject version %1").arg(lds.version));
    char oid[128];
    const int oidLength = OBJ_obj2txt(oid, sizeof oid, parsed->hashAlgorithm->algorithm, 1);
    if (oidLength <= 0 || oidLength >= int(sizeof oid))
        return malformed(QStringLiteral("LDSSecurityObject hash algorithm"));
    lds.hashAlgorithmOid = QString::fromLatin1(oid, oidLength);
    for (int i = 0; i < sk_SIJIL_DATA_GROUP_HASH_num(parsed->hashes); ++i) {
        const SIJIL_DATA_GROUP_HASH* entry = sk_SIJIL_DATA_GROUP_HASH_value(parsed->hashes, i);
        const int number = smallInteger(entry->number);
        if (number < 1 || number > 16 || lds.dataGroupHashes.contains(number))
            return malformed(QStringLiteral("LDSSecurityObject data group number %1").arg(number));
        lds.dataGroupHashes.insert(
            number, QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(entry->hash)),
                               ASN1_STRING_length(entry->hash)));
    }
    if (parsed->versionInfo) {
        lds.ldsVersion = printable(parsed->versionInfo->ldsVersion);
        lds.unicodeVersion = printable(parsed->versionInfo->unicodeVersion);
    }
    return lds;
}

std::optional<QList<QByteArray>> asn1::decodeCscaMasterList(QByteArrayView der) {
    MasterListPtr parsed(decodeWhole(d2i_SIJIL_CSCA_MASTER_LIST, SIJIL_CSCA_MASTER_LIST_free, der));
    if (!parsed)
        return std::nullopt;
    QList<QByteArray> certificates;
    for (int i = 0; i < sk_X509_num(parsed->certificates); ++i)
        certificates << ossl::toDer(sk_X509_value(parsed->certificates, i));
    return certificates;
}

} // namespace sijil::identity
