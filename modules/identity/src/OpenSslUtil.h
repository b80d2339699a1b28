#pragma once

// Ownership and conversions for the OpenSSL objects of passive authentication and the trust
// store; internal to the module (no OpenSSL type appears in a public header).
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/x509.h>

namespace sijil::identity::ossl {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T* p) const {
        Free(p);
    }
};

struct X509StackDeleter {
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;

// A read-only memory BIO over `data` (which must outlive it).
BioPtr memoryBio(QByteArrayView data);
QByteArray bioContents(BIO* bio);

// Empties OpenSSL's error queue into one line for an Error's detail.
QString takeErrors();

// "CN=CSCA Maroc,O=...,C=MA" (RFC 2253, UTF-8 kept as it is).
QString nameText(const X509_NAME* name);
// The first value of `nid` in the name ("MA" for NID_countryName), empty if none.
QString nameEntry(const X509_NAME* name, int nid);
// UTC; invalid if the time cannot be read.
QDateTime timeOf(const ASN1_TIME* time);

// One whole DER certificate (no trailing bytes), or null.
X509Ptr certificateFromDer(QByteArrayView der);
QByteArray toDer(X509* cert);
// SHA-256 of the DER encoding, lowercase hex.
QString fingerprint(X509* cert);
// An X.509 v3 certificate authority allowed to sign certificates (basicConstraints cA, and
// keyCertSign when keyUsage is present).
bool isCertificateAuthority(X509* cert);

// The eContent of a CMS SignedData as bytes (empty when there is none).
QByteArray signedContent(CMS_ContentInfo* cms);
// The dotted form of the eContentType ("2.23.136.1.1.1").
QString contentTypeOid(CMS_ContentInfo* cms);

} // namespace sijil::identity::ossl
