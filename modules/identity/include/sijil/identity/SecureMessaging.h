#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/Apdu.h>
#include <sijil/identity/Bac.h>

#include <QByteArray>

#include <memory>

namespace sijil::identity {

// ICAO 9303 part 11, 9.8: secure messaging with 3DES session keys (after BAC), or with the cipher
// PACE agreed (AES or 3DES, see Cipher). Every command and
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
    // The cryptography of one session. It owns the send sequence counter, which enters every MAC
    // and, with AES, the IV of every cryptogram (ICAO 9303 part 11, 9.8.6.1).
    class Cipher {
    public:
        virtual ~Cipher() = default;
        // 8 for 3DES, 16 for AES: the padding block and the counter's size.
        [[nodiscard]] virtual int blockSize() const = 0;
        [[nodiscard]] virtual QByteArray ssc() const = 0;
        virtual core::Status incrementSsc() = 0;
        // CBC over data already padded, with the IV of the current counter.
        virtual core::Result<QByteArray> encrypt(const QByteArray& padded) = 0;
        virtual core::Result<QByteArray> decrypt(const QByteArray& cryptogram) = 0;
        // The 8-byte MAC of the counter followed by `padded`.
        virtual core::Result<QByteArray> mac(const QByteArray& padded) = 0;
    };

    // 3DES with the keys and counter BAC agreed.
    explicit SecureMessaging(SessionKeys keys);
    explicit SecureMessaging(std::unique_ptr<Cipher> cipher);
    SecureMessaging(SecureMessaging&&) noexcept;
    SecureMessaging& operator=(SecureMessaging&&) noexcept;
    ~SecureMessaging();

    core::Result<CommandApdu> protect(const CommandApdu& command);
    core::Result<ResponseApdu> unprotect(const ResponseApdu& response);

    [[nodiscard]] QByteArray ssc() const { return m_cipher->ssc(); }
    [[nodiscard]] int blockSize() const { return m_cipher->blockSize(); }

    // ISO/IEC 9797-1 padding method 2 to `blockSize`, and its removal.
    static QByteArray pad(QByteArrayView data, int blockSize);
    static core::Result<QByteArray> unpad(QByteArrayView data);

private:
    std::unique_ptr<Cipher> m_cipher;
};

} // namespace sijil::identity
