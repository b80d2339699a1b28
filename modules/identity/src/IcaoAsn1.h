#pragma once

// The ICAO 9303 ASN.1 structures OpenSSL does not know, as OpenSSL ASN.1 templates.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace sijil::identity::asn1 {

// CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate } (ICAO 9303
// part 12, 9): the DER encoding of each certificate, or nullopt when `der` is not one.
std::optional<QList<QByteArray>> decodeCscaMasterList(QByteArrayView der);

} // namespace sijil::identity::asn1
