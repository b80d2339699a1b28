#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

namespace sijil::identity {

// The content signed in EF.SOD (ICAO 9303 part 10, 4.6.2): the hash of every data group of the
// chip, under one hash algorithm.
//
//   LDSSecurityObject ::= SEQUENCE {
//       version             INTEGER (v0, v1),
//       hashAlgorithm       AlgorithmIdentifier,
//       dataGroupHashValues SEQUENCE SIZE (2..16) OF DataGroupHash,
//       ldsVersionInfo      LDSVersionInfo OPTIONAL }   -- v1 only
//   DataGroupHash ::= SEQUENCE { dataGroupNumber INTEGER, dataGroupHashValue OCTET STRING }
struct LdsSecurityObject {
    int version = 0;
    // Dotted OID of the hash algorithm ("2.16.840.1.101.3.4.2.1" for SHA-256).
    QString hashAlgorithmOid;
    // Data group number (1..16) to its hash.
    QMap<int, QByteArray> dataGroupHashes;
    // LDSVersionInfo of a v1 object ("0108", "080000"); empty for v0.
    QString ldsVersion;
    QString unicodeVersion;

    // Decoded with OpenSSL's ASN.1 templates; identity/sod-malformed when `der` is not one such
    // object, or a data group number is outside 1..16 or repeated.
    static core::Result<LdsSecurityObject> decode(QByteArrayView der);
};

} // namespace sijil::identity
