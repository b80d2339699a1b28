#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/Bac.h>

#include <QByteArray>
#include <QString>

namespace sijil::identity {

// How the chip was opened (ICAO 9303 part 11, 4.3 and 4.4).
enum class AccessProtocol {
    None,
    Bac,  // Basic Access Control, with the MRZ
    Pace, // PACE, with the MRZ or the CAN
};

// The secret printed on the document that opens its chip: the MRZ's document number and dates
// (BAC or PACE), or the card access number (PACE only; 6 digits on Morocco's CNIE).
struct AccessKey {
    enum class Kind { Mrz, Can };

    Kind kind = Kind::Mrz;
    BacKey mrz;  // Kind::Mrz
    QString can; // Kind::Can, digits only

    static AccessKey fromMrz(BacKey key);
    // Spaces are ignored; anything but digits is the error identity/can-invalid.
    static core::Result<AccessKey> fromCan(const QString& can);

    // PACE's password: the CAN's characters, or for the MRZ SHA-1 of its information (the BAC key
    // seed before truncation, ICAO 9303 part 11, 4.4.3.3.1).
    [[nodiscard]] QByteArray pacePassword() const;
};

} // namespace sijil::identity
