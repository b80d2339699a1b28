#pragma once

#include <sijil/core/Result.h>
#include <sijil/identity/Apdu.h>
#include <sijil/identity/Bac.h>
#include <sijil/identity/CardConnection.h>
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
    // Passive authentication of the data groups read (DG1), when a trust store was given. The
    // data are returned whatever its outcome: the caller must refuse them when it is Altered.
    std::optional<PassiveAuthenticationResult> passiveAuthentication;
};

// Reads an eMRTD (ICAO 9303 parts 10 and 11) over a CardConnection: SELECT of the application
// A0000002471001, Basic Access Control with the key from the printed MRZ, then files read under
// secure messaging.
//
// Files are read as ICAO 9303 part 10 advises: the first 4 bytes give the length from the TLV
// header, then the rest in as few READ BINARY as the largest Le allows. That Le is the most the
// connection carries (extended length only when both the reader and the card's ATR announce it),
// less the secure messaging overhead: 231 bytes per command with short APDUs. Offsets stop at
// 32767 (no odd-INS READ BINARY): larger files are refused with identity/file-too-large.
//
// Errors (codes): identity/not-emrtd (no eMRTD application), identity/bac-refused (the chip
// refuses the access key: 6300 or 6988, the MRZ typed or scanned is not this document's),
// identity/bac-chip-unauthenticated, identity/file-not-found, identity/access-denied,
// identity/sm-refused, identity/sm-invalid-response, identity/file-too-large, identity/chip-error
// (any other status word), plus the connection's own errors and MrzParser's for DG1.
class EmrtdReader {
public:
    struct Options {
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
    core::Result<EmrtdData> read(const BacKey& key);

    // The steps of read(), for callers that want more files.
    core::Status selectApplication();
    // GET CHALLENGE and EXTERNAL AUTHENTICATE; on success every later command is protected.
    core::Status authenticate(const BacKey& key);
    // SELECT EF by file identifier (0x011E EF.COM, 0x0101 DG1, 0x011D EF.SOD...), then READ
    // BINARY.
    core::Result<QByteArray> readFile(quint16 fileId);

    [[nodiscard]] bool secureMessagingActive() const { return m_sm.has_value(); }
    // Command APDUs sent since construction (GET RESPONSE exchanges of the transport excluded).
    [[nodiscard]] int apduCount() const { return m_apduCount; }
    // The Le used for READ BINARY now (it shrinks once secure messaging starts).
    [[nodiscard]] int maxReadLength() const;

    // Whether the ATR's historical bytes (card capabilities, ISO 7816-4 8.1.1.2.7) announce
    // extended Lc and Le fields.
    static bool atrAnnouncesExtendedLength(QByteArrayView atr);
    // The most plain bytes one READ BINARY can ask for under 3DES secure messaging when the
    // protected response may hold `maxResponseData` bytes (SW excluded): 231 for 256.
    static int largestReadUnderSecureMessaging(int maxResponseData);

private:
    core::Result<ResponseApdu> send(const CommandApdu& command);
    core::Result<ResponseApdu> readBinary(int offset, int le);

    CardConnection& m_connection;
    Options m_options;
    std::optional<SecureMessaging> m_sm;
    int m_apduCount = 0;
};

} // namespace sijil::identity
