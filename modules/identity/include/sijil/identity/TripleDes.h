#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QByteArrayView>

// The symmetric primitives of ICAO 9303 Basic Access Control and its secure messaging: two-key
// triple DES (K1, K2, K1) in CBC mode with a zero IV, the ISO/IEC 9797-1 MAC algorithm 3 with DES
// ("retail MAC") and padding method 2. On OpenSSL 3 (EVP) with the default provider only: single
// DES lives in the legacy provider, so the retail MAC's DES steps run as triple DES with equal
// halves (K, K), which is the same function.
namespace sijil::identity::tdes {

constexpr int kBlockSize = 8;
constexpr int kKeySize = 16;

// ISO/IEC 9797-1 padding method 2: 0x80, then zeros up to a multiple of 8 (always adds a byte).
QByteArray pad(QByteArrayView data);
// Removes that padding; fails when it is not there (a forged or garbled cryptogram).
core::Result<QByteArray> unpad(QByteArrayView data);

// `data` must be a whole number of blocks; `key` 16 bytes (parity bits are ignored).
core::Result<QByteArray> encryptCbc(QByteArrayView key, QByteArrayView data);
core::Result<QByteArray> decryptCbc(QByteArrayView key, QByteArrayView data);

// MAC algorithm 3 of ISO/IEC 9797-1 over `paddedData` (whole blocks): DES-CBC with the first key
// half, then the last block decrypted with the second half and encrypted with the first.
core::Result<QByteArray> retailMac(QByteArrayView key, QByteArrayView paddedData);

// Each byte's lowest bit set so that the byte has an odd number of 1 bits (DES key parity).
QByteArray withOddParity(QByteArrayView key);

} // namespace sijil::identity::tdes
