#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/AccessKey.h>
#include <sijil/identity/Apdu.h>
#include <sijil/identity/Bac.h>
#include <sijil/identity/CardConnection.h>
#include <sijil/identity/DataGroups.h>
#include <sijil/identity/MrzData.h>
#include <sijil/identity/PassiveAuthentication.h>
#include <sijil/identity/SecureMessaging.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sijil::identity {

// What read() takes from the chip of a passport or an ID card.
struct EmrtdData {
    // EF.COM: LDS version ("0107"), Unicode version ("040000") and the data groups present.
    QString ldsVersion;
    QString unicodeVersion;
    QList<int> dataGroups;
    // The machine-readable zone stored in DG1, as stored and parsed.
    QString mrzText;
    MrzData mrz;
    // The files as read. `sod` (EF.SOD) is empty when the chip has none and no trust store was
    // given.
    QByteArray efCom;
    QByteArray dg1;
    QByteArray sod;
    // DG2, DG11 and DG12 when Options asked for them and EF.COM lists them (empty otherwise), and
    // what they hold; a group that cannot be parsed is kept as bytes, its field left empty.
    QByteArray dg2;
    QByteArray dg11;
    QByteArray dg12; // with DG11: additional document details
    std::optional<FaceImage> face;
    std::optional<AdditionalPersonalDetails> additionalDetails;
    std::optional<DocumentDetails> documentDetails;
    // How the chip was opened, and with PACE the protocol of EF.CardAccess that was run
    // ("id-PACE-ECDH-GM-AES-CBC-CMAC-128").
    AccessProtocol accessProtocol = AccessProtocol::None;
    QString paceProtocol;
    // Passive authentication of the data groups read (DG1, DG2, DG11, DG12), when a trust store was
    // given. The data are returned whatever its outcome: the caller must refuse them when it is
    // Altered.
    std::optional<PassiveAuthenticationResult> passiveAuthentication;
};

// Reads an eMRTD (ICAO 9303 parts 10 and 11) over a CardConnection: EF.CardAccess from the master
// file; PACE when it lists PACE (with the CAN or the MRZ, ICAO 9303 part 11, 4.4), Basic Access
// Control with the MRZ otherwise; SELECT of the application A0000002471001; then files read under
// secure messaging (3DES after BAC, AES or 3DES as PACE agreed).
//
// PACE never falls back to BAC: a chip that lists PACE but refuses it gives PACE's error. BAC
// runs only when the chip has no EF.CardAccess or it lists no PACE, or when Options::access is
// BacOnly.
//
// Files are read as ICAO 9303 part 10 advises: the first 4 bytes give the length from the TLV
// header, then the rest in as few READ BINARY as the largest Le allows. That Le is the most the
// connection carries (extended length only when both the reader and the card's ATR announce it),
// less the secure messaging overhead: 231 bytes per command with short APDUs (223 under AES).
// Offsets stop at 32767 (no odd-INS READ BINARY): larger files are refused with
// identity/file-too-large.
//
// PACE errors: identity/pace-refused (the CAN or MRZ is wrong: 6300 or 63Cx, the remaining tries
// in the message), identity/pace-blocked (63C0, 6983: too many wrong tries), identity/pace-failed
// (the chip refuses the protocol or answers out of it), identity/pace-chip-unauthenticated (its
// token does not verify), identity/pace-unavailable (a CAN for a chip without PACE).
// Errors (codes): identity/not-emrtd (no eMRTD application), identity/bac-refused (the chip
// refuses the access key: 6300 or 6988, the MRZ typed or scanned is not this document's),
// identity/bac-chip-unauthenticated, identity/file-not-found, identity/access-denied,
// identity/sm-refused, identity/sm-invalid-response, identity/file-too-large, identity/chip-error
// (any other status word), plus the connection's own errors and MrzParser's for DG1.
class EmrtdReader {
public:
    struct Options {
        enum class Access {
            PaceWhenAvailable,
            BacOnly, // skips EF.CardAccess; needs the MRZ
        };
        Access access = Access::PaceWhenAvailable;
        // DG2 (the face, some 15 to 30 kB: about a second more) and DG11 (additional personal
        // details: the name in national script, place of birth, address) with DG12 (issuing
        // authority, date of issue).
        bool readFace = false;
        bool readAdditionalDetails = false;
        // Largest Le of one READ BINARY; 0 lets the reader work it out (see above).
        int maxReadLength = 0;
        // Passed to MrzParser for the centuries of DG1's dates; certificate expiry is reported
        // as of its start (UTC).
        QDate today = QDate::currentDate();
        // The CSCA certificates for passive authentication; null: EF.SOD is read (when present)
        // but not checked.
        const TrustStore* trustStore = nullptr;
    };

    explicit EmrtdReader(CardConnection& connection);
    EmrtdReader(CardConnection& connection, Options options);

    // SELECT, BAC, EF.COM, DG1, EF.SOD, then passive authentication with Options::trustStore.
    // With a trust store, a chip without EF.SOD is the error identity/sod-missing (its data
    // cannot be authenticated); PassiveAuthentication's errors are passed on.
    core::Result<EmrtdData> read(const AccessKey& key);
    // The MRZ's key: PACE with it when the chip lists PACE, BAC otherwise.
    core::Result<EmrtdData> read(const BacKey& key);

    // The steps of read(), for callers that want more files.
    // EF.CardAccess (011C) selected from the master file, before any authentication: nullopt when
    // the chip has none (any refusal of the SELECT).
    core::Result<std::optional<QByteArray>> readCardAccess();
    // MSE:Set AT then the four GENERAL AUTHENTICATE with the protocol EF.CardAccess lists; on
    // success every later command is protected with the session's keys.
    core::Status authenticatePace(const AccessKey& key, QByteArrayView cardAccess);
    core::Status selectApplication();
    // GET CHALLENGE and EXTERNAL AUTHENTICATE; on success every later command is protected.
    core::Status authenticate(const BacKey& key);
    // SELECT EF by file identifier (0x011E EF.COM, 0x0101 DG1, 0x011D EF.SOD...), then READ
    // BINARY.
    core::Result<QByteArray> readFile(quint16 fileId);

    [[nodiscard]] bool secureMessagingActive() const { return m_sm.has_value(); }
    [[nodiscard]] AccessProtocol accessProtocol() const { return m_protocol; }
    // EF.CardAccess's protocol that PACE ran, empty before.
    [[nodiscard]] const QString& paceProtocol() const { return m_paceProtocol; }
    // Command APDUs sent since construction (GET RESPONSE exchanges of the transport excluded).
    [[nodiscard]] int apduCount() const { return m_apduCount; }
    // The Le used for READ BINARY now (it shrinks once secure messaging starts).
    [[nodiscard]] int maxReadLength() const;

    // Whether the ATR's historical bytes (card capabilities, ISO 7816-4 8.1.1.2.7) announce
    // extended Lc and Le fields.
    static bool atrAnnouncesExtendedLength(QByteArrayView atr);
    // The most plain bytes one READ BINARY can ask for under secure messaging when the protected
    // response may hold `maxResponseData` bytes (SW excluded): 231 for 256 with 3DES (8-byte
    // blocks), 223 with AES (16-byte blocks).
    static int largestReadUnderSecureMessaging(int maxResponseData, int blockSize = 8);

private:
    core::Result<ResponseApdu> send(const CommandApdu& command);
    core::Result<ResponseApdu> readBinary(int offset, int le);
    core::Result<QByteArray> readSelected(quint16 fileId);
    core::Result<QByteArray> generalAuthenticate(int step, quint8 tag, const QByteArray& data,
                                                 quint8 responseTag, const AccessKey& key);

    CardConnection& m_connection;
    Options m_options;
    std::optional<SecureMessaging> m_sm;
    AccessProtocol m_protocol = AccessProtocol::None;
    QString m_paceProtocol;
    int m_apduCount = 0;
};

} // namespace sijil::identity
