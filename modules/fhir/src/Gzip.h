#pragma once

#include <QByteArray>

#include <optional>

namespace sijil::fhir {

// gzip (RFC 1952) for request bodies: resources compress about tenfold, which matters on the
// slow links of remote health centres.
[[nodiscard]] QByteArray gzipCompress(const QByteArray& data);
// nullopt when `data` is not a complete gzip stream.
[[nodiscard]] std::optional<QByteArray> gzipDecompress(const QByteArray& data);

} // namespace sijil::fhir
