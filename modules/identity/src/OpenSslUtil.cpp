#include "OpenSslUtil.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace sijil::identity::ossl {

BioPtr memoryBio(QByteArrayView data) {
    return BioPtr(BIO_new_mem_buf(data.data(), int(data.size())));
}

QByteArray bioContents(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QString takeErrors() {
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        lines << QString::fromLatin1(text);
    }
    return lines.join(QStringLiteral("; "));
}

QString nameText(const X509_NAME* name) {
    if (!name)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return QString::fromUtf8(bioContents(bio.get()));
}

QString nameEntry(const X509_NAME* name, int nid) {
    const int index = name ? X509_NAME_get_index_by_NID(name, nid, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME* time) {
    tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

X509Ptr certificateFromDer(QByteArrayView der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (cert && p != reinterpret_cast<const unsigned char*>(der.data()) + der.size())
        return {}; // trailing bytes: not one certificate
    return cert;
}

QByteArray toDer(X509* cert) {
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QString fingerprint(X509* cert) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), md, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
}

bool isCertificateAuthority(X509* cert) {
    // 1: basicConstraints with cA true (and keyCertSign if keyUsage is there). The other
    // non-zero answers are v1 roots and Netscape types, which no CSCA is.
    return X509_check_ca(cert) == 1;
}

QByteArray signedContent(CMS_ContentInfo* cms) {
    ASN1_OCTET_STRING** content = CMS_get0_content(cms);
    if (!content || !*content)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*content)),
                      ASN1_STRING_length(*content));
}

QString contentTypeOid(CMS_ContentInfo* cms) {
    const ASN1_OBJECT* type = CMS_get0_eContentType(cms);
    if (!type)
        return {};
    char text[128];
    const int length = OBJ_obj2txt(text, sizeof text, type, 1);
    return length > 0 && length < int(sizeof text) ? QString::fromLatin1(text, length) : QString();
}

} // namespace sijil::identity::ossl
