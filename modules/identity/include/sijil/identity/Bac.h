#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/MrzData.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sijil::identity {

// What Basic Access Control needs from the machine-readable zone: the document number, the birth
// date and the expiry date as printed (ICAO 9303 part 11, 4.3).
struct BacKey {
    // Without fillers; numbers longer than 9 characters (TD1 overflow) are used whole.
    QString documentNumber;
    // YYMMDD as printed: "<<" for an unknown day or month.
    QString birthDate;
    QString expiryDate;

    // From a parsed zone. Fails (identity/bac-key-incomplete) when the birth year is unknown or a
    // field is missing.
    static core::Result<BacKey> fromMrz(const MrzData& mrz);

    // The MRZ information hashed into the key seed: the document number padded with '<' to 9
    // characters, the two dates, each followed by its check digit ("L898902C<369080619406236").
    [[nodiscard]] QByteArray mrzInformation() const;
};

// The document basic access keys, 16 bytes each, DES parity set.
struct BacKeys {
    QByteArray encKey;
    QByteArray macKey;
};

// Secure messaging keys and the send sequence counter agreed by BAC.
struct SessionKeys {
    QByteArray encKey;
    QByteArray macKey;
    QByteArray ssc; // 8 bytes, big-endian
};

// The computations of ICAO 9303 part 11, 4.3 and 9.7 (Basic Access Control), free of any I/O so
// that they can be checked against the worked example of appendix D.
class Bac {
public:
    // The first 16 bytes of SHA-1 over the MRZ information.
    static QByteArray keySeed(QByteArrayView mrzInformation);
    // SHA-1(seed || counter as 4 bytes), first 16 bytes, DES parity adjusted; counter 1 gives the
    // encryption key, 2 the MAC key.
    static QByteArray deriveKey(QByteArrayView seed, quint32 counter);
    static BacKeys documentKeys(const BacKey& key);

    // The EXTERNAL AUTHENTICATE data: E.IFD = 3DES(K.enc, RND.IFD || RND.IC || K.IFD) followed by
    // M.IFD, its retail MAC under K.mac. RND.IC and RND.IFD are 8 bytes, K.IFD 16.
    static core::Result<QByteArray> authenticationData(const BacKeys& keys, QByteArrayView rndIc,
                                                       QByteArrayView rndIfd, QByteArrayView kIfd);
    // Checks the chip's 40-byte answer (E.IC || M.IC): its MAC, then that it sends RND.IFD back,
    // then derives the session keys from K.IFD xor K.IC and the SSC from the challenges. Fails
    // with identity/bac-chip-unauthenticated when the chip does not prove it knows the keys.
    static core::Result<SessionKeys> sessionKeys(const BacKeys& keys, QByteArrayView response,
                                                 QByteArrayView rndIc, QByteArrayView rndIfd,
                                                 QByteArrayView kIfd);
};

} // namespace sijil::identity
