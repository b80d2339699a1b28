#pragma once

// The terminal's side of PACE (ICAO 9303 part 11, 4.4), computed by OpenPACE: this file wraps its
// EAC_CTX so that EmrtdReader only moves bytes between it and the chip. Internal to the module (no
// OpenPACE type appears in a public header).
#include <sijil/core/Result.h>
#include <sijil/identity/AccessKey.h>
#include <sijil/identity/SecureMessaging.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct eac_ctx;
struct pace_sec;

namespace sijil::identity::pace {

// MSE:Set AT's password reference (DO'83'): ICAO 9303 part 11, 9.5.1.
constexpr quint8 kPasswordMrz = 0x01;
constexpr quint8 kPasswordCan = 0x02;

class PaceTerminal {
public:
    // From EF.CardAccess: null when it announces no PACE; the error identity/pace-failed when it
    // cannot be read or announces only protocols OpenPACE cannot run (the chip needs PACE, so BAC
    // would not do either).
    static core::Result<std::unique_ptr<PaceTerminal>> fromCardAccess(QByteArrayView cardAccess);
    ~PaceTerminal();
    PaceTerminal(const PaceTerminal&) = delete;
    PaceTerminal& operator=(const PaceTerminal&) = delete;

    // The protocol's object identifier, its content octets (for DO'80').
    [[nodiscard]] QByteArray protocolOid() const;
    // "id-PACE-ECDH-GM-AES-CBC-CMAC-128".
    [[nodiscard]] QString protocolName() const;
    // PACEInfo's parameterId (standardized domain parameters), -1 when absent.
    [[nodiscard]] int parameterId() const;

    // The steps, in order; each error is identity/pace-failed with OpenSSL's reason as detail.
    core::Status decryptNonce(const AccessKey& key, QByteArrayView encryptedNonce);
    core::Result<QByteArray> mappingData();
    core::Status mapGenerator(QByteArrayView chipMappingData);
    core::Result<QByteArray> ephemeralPublicKey();
    // Shared secret, session keys, and the terminal's token over the chip's ephemeral key.
    core::Result<QByteArray> agreeKeys(QByteArrayView chipEphemeralKey);
    // False when the chip's token does not verify (it does not know the password).
    core::Result<bool> verifyChipToken(QByteArrayView token);
    // The session's cipher, for SecureMessaging; the counter starts at 0.
    core::Result<std::unique_ptr<SecureMessaging::Cipher>> secureMessaging();

private:
    explicit PaceTerminal(std::shared_ptr<eac_ctx> ctx);
    std::shared_ptr<eac_ctx> m_ctx;
};

// OpenPACE's objects (its NIDs) registered once per process.
void initOpenPace();

} // namespace sijil::identity::pace
