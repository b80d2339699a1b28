#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sijil::identity {

// One CSCA certificate of the trust store, as listed.
struct TrustedCertificate {
    QString subject; // RFC 2253: "CN=CSCA Maroc,O=...,C=MA"
    QString issuer;
    QString country;     // C= of the subject ("MA"), empty if absent
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    QString fingerprint; // SHA-256 of the DER encoding, lowercase hex
    QByteArray der;
};

// What one import did.
struct TrustImportReport {
    bool masterList = false;
    QList<TrustedCertificate> added;
    int alreadyPresent = 0;
    // Certificates of a master list that are not certificate authorities, left out.
    int refusedNotCa = 0;
};

// The Country Signing CA certificates this workstation trusts for passive authentication
// (ICAO 9303 part 12): a folder holding one DER file per certificate, named by its SHA-256
// fingerprint (<fingerprint>.der). A missing folder is an empty store.
//
// Imports take a single certificate (PEM or DER) or an ICAO CSCA master list (a CMS SignedData,
// PEM or DER, whose eContent of type id-icao-cscaMasterList 2.23.136.1.1.2 is a CscaMasterList).
// A master list's signature over its content is checked (a damaged list is refused), its signer's
// chain is not: choosing to trust a list (from the ICAO PKD or a state's publication) is the
// administrator's decision. Only certificate authorities are kept (basicConstraints cA, and
// keyCertSign if keyUsage is present): a single certificate that is not one is refused, those of
// a master list are counted and left out.
//
// Errors: identity/trust-read (file unreadable), identity/trust-unrecognised (neither a
// certificate nor a master list), identity/trust-not-ca, identity/trust-master-list-invalid
// (bad signature or content), identity/trust-write (the folder cannot be written).
class TrustStore {
public:
    explicit TrustStore(QString directory);

    [[nodiscard]] const QString& directory() const { return m_directory; }

    // Sorted by subject then fingerprint. Files that are not readable certificates are skipped
    // (and logged).
    [[nodiscard]] core::Result<QList<TrustedCertificate>> certificates() const;

    core::Result<TrustImportReport> importFile(const QString& path);
    core::Result<TrustImportReport> importData(QByteArrayView data);

    // The fields of one DER certificate; identity/trust-unrecognised if it is not one.
    static core::Result<TrustedCertificate> describe(QByteArrayView der);

private:
    // False when the certificate was already there.
    core::Result<bool> store(const TrustedCertificate& certificate);

    QString m_directory;
};

} // namespace sijil::identity
