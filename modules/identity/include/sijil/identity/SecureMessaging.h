#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/Apdu.h>
#include <sijil/identity/Bac.h>

#include <QByteArray>

namespace sijil::identity {

// ICAO 9303 part 11, 9.8: secure messaging with 3DES session keys (after BAC). Every command and
// every response moves the send sequence counter one step; the MAC covers the counter, so a
// replayed, dropped or reordered APDU fails the next check.
//
// protect(): CLA gains 0x0C; the data goes encrypted in DO'87' (padding indicator 01), Le in
// DO'97', the MAC over SSC, the padded header and those objects in DO'8E'; the protected command
// carries Le 00 (0000 when it needs extended length). Commands with an odd INS (DO'85') are not
// supported.
//
// unprotect(): checks DO'8E' over DO'87' and DO'99' as received, then decrypts DO'87'; the status
// word is DO'99''s. ICAO 9303 part 11 requires DO'99', yet some chips (and vsmartcard's ePass
// emulator) leave it out of successful answers: a MACed answer without it is accepted only with
// the trailer 9000. A response without any data object and with an error status is returned as
// it is, and leaves the counter where it was: chips answer SM errors (6987, 6988) in plain and end
// the session; vsmartcard answers every error in plain and goes on. Anything else that is not a
// well-formed protected response is the error identity/sm-invalid-response.
class SecureMessaging {
public:
    explicit SecureMessaging(SessionKeys keys);

    core::Result<CommandApdu> protect(const CommandApdu& command);
    core::Result<ResponseApdu> unprotect(const ResponseApdu& response);

    [[nodiscard]] const QByteArray& ssc() const { return m_keys.ssc; }

private:
    void incrementSsc();

    SessionKeys m_keys;
};

} // namespace sijil::identity
