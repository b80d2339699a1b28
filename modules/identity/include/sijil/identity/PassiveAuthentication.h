#pragma once

#include <sijil/core/Result.h>
#include <sijil/core/UserText.h>
#include <sijil/identity/LdsSecurityObject.h>
#include <sijil/identity/TrustStore.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace sijil::identity {

// What passive authentication concluded about the data groups read from a chip.
struct PassiveAuthenticationResult {
    enum class Outcome {
        // Every data group read matches its hash, the document signer's signature over the
        // security object is valid, and the signer's certificate chains up to a trusted CSCA.
        Verified,
        // Hashes and signature are right, but no CSCA of the trust store issued the signer's
        // certificate: the data are intact, their origin is not established.
        SignatureValidCscaUnknown,
        // A data group does not match its hash (or is not listed in the security object), the
        // signature is invalid, or the certificate chain is forged: the data are refused.
        Altered,
    };

    Outcome outcome = Outcome::Altered;
    // Data groups checked against the security object, those that matched and those that did not.
    QList<int> verifiedDataGroups;
    QList<int> failedDataGroups;
    bool signatureValid = false;
    // Name of the hash algorithm of the security object ("SHA256").
    QString hashAlgorithm;
    // Document signer (DS) certificate found in EF.SOD.
    QString documentSignerSubject;
    QString documentSignerIssuer;
    QDateTime documentSignerNotAfter;
    bool documentSignerExpired = false;
    // The CSCA that issued it, when found in the trust store.
    QString cscaSubject;
    QDateTime cscaNotAfter;
    bool cscaExpired = false;
    // What failed, for logs and administrators ("DG1 hash mismatch", an OpenSSL error...).
    QString detail;

    [[nodiscard]] bool isVerified() const { return outcome == Outcome::Verified; }
    // One sentence for the user; Altered reads "Données altérées — refusées.".
    [[nodiscard]] core::UserText summary() const;
};

// ICAO 9303 passive authentication (part 10, 4.6.2; part 11, 5.1; part 12): EF.SOD (tag 0x77)
// wraps a CMS SignedData signed by the document signer, whose eContent (id-icao-ldsSecurityObject
// 2.23.136.1.1.1) is an LdsSecurityObject.
//
// verify() checks, in order: the hash of each data group given against the security object; the
// signature over the signed attributes and their messageDigest against the content (CMS); the
// document signer's certificate, which must be in EF.SOD, up to a CSCA of the trust store.
// Certificate validity dates do not decide the outcome: a signer certificate outlives its signing
// period only by the documents' lifetime, so an expired one means an expired document, which the
// caller judges from the MRZ. They are reported (documentSignerExpired, cscaExpired).
//
// Errors (EF.SOD cannot be evaluated at all): identity/sod-malformed (not a 0x77-wrapped CMS
// SignedData of an LDS security object), identity/sod-unsupported (unknown hash algorithm),
// identity/sod-no-signer (no single signer whose certificate is in EF.SOD).
class PassiveAuthentication {
public:
    static constexpr const char* kLdsSecurityObjectOid = "2.23.136.1.1.1";

    // `dataGroups`: data group number to the file's bytes as read (tag included).
    static core::Result<PassiveAuthenticationResult>
    verify(QByteArrayView sod, const QMap<int, QByteArray>& dataGroups, const TrustStore& trust,
           const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The security object of EF.SOD, without any check of its signature.
    static core::Result<LdsSecurityObject> securityObject(QByteArrayView sod);
};

} // namespace sijil::identity
