#pragma once

// A PACE-protected eMRTD chip for the tests, as Morocco's CNIE is: EF.CardAccess in the master
// file announcing PACE, PACE with the CAN (or the MRZ) on the chip's side computed by OpenPACE's
// PICC functions, then secure messaging (AES or 3DES as EF.CardAccess says) done with OpenPACE's
// EAC_* primitives, and the eMRTD application's files readable only under it. The SM framing is
// written here from ICAO 9303 part 11, 9.8, independently of the module's SecureMessaging.
//
// It counts wrong passwords (63Cx with the tries left, then 6983 once blocked) and has switches
// for faults: a garbled or truncated answer at one GENERAL AUTHENTICATE step, a chip that does not
// know the password (its token is wrong), the card taken out of the reader at one command.
#include <sijil/core/Error.h>
#include <sijil/core/UserText.h>
#include <sijil/identity/Apdu.h>
#include <sijil/identity/CardConnection.h>
#include <sijil/identity/Tlv.h>

#include <QList>
#include <QMap>

#include <eac/eac.h>
#include <eac/objects.h>
#include <eac/pace.h>
#include <memory>
#include <mutex>
#include <openssl/asn1.h>
#include <openssl/buffer.h>
#include <openssl/objects.h>

namespace sijil::identity::test {

// PACEInfo protocol identifiers (BSI TR-03110 part 3, A.1.1; ICAO 9303 part 11, 9.2.1).
inline constexpr const char* kPaceEcdhGmAes128 = "0.4.0.127.0.7.2.2.4.2.2";
inline constexpr const char* kPaceEcdhGm3Des = "0.4.0.127.0.7.2.2.4.2.1";
inline constexpr const char* kPaceEcdhGmAes256 = "0.4.0.127.0.7.2.2.4.2.4";
// Standardized domain parameters: 12 NIST P-256, 13 brainpoolP256r1, 16 brainpoolP384r1.
inline constexpr int kBrainpoolP256r1 = 13;
inline constexpr int kNistP256 = 12;

// EF.CardAccess: SET OF SecurityInfos holding one PACEInfo { protocol, version 2, parameterId },
// DER written with OpenSSL's object encoder.
inline QByteArray paceCardAccess(const char* protocolOid, int parameterId) {
    ASN1_OBJECT* object = OBJ_txt2obj(protocolOid, 1);
    unsigned char* der = nullptr;
    const int length = i2d_ASN1_OBJECT(object, &der);
    const QByteArray oid(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    ASN1_OBJECT_free(object);
    const QByteArray info =
        TlvReader::encode(0x30, oid + TlvReader::encode(0x02, QByteArray(1, '\x02')) +
                                    TlvReader::encode(0x02, QByteArray(1, char(parameterId))));
    return TlvReader::encode(0x31, info);
}

class PaceChipSimulator final : public CardConnection {
public:
    // `can`: the 6 digits printed on the card. `td1Mrz`: the 90 characters of the card's zone
    // (the three lines joined), for PACE with the MRZ through OpenPACE's own MRZ parsing.
    PaceChipSimulator(QByteArray can, QByteArray td1Mrz,
                      const char* protocolOid = kPaceEcdhGmAes128,
                      int parameterId = kBrainpoolP256r1)
        : m_can(std::move(can))
        , m_mrz(std::move(td1Mrz)) {
        static std::once_flag once;
        std::call_once(once, [] { EAC_init(); });
        cardAccess = paceCardAccess(protocolOid, parameterId);
    }
    ~PaceChipSimulator() override { reset(); }

    // Filled in by the tests: the application's files, EF.CardAccess (empty: none).
    QMap<quint16, QByteArray> files;
    QByteArray cardAccess;
    static constexpr int kMaxTries = 3;
    int triesLeft = kMaxTries;
    // Answers GENERAL AUTHENTICATE step N (1..4) with its first bytes only.
    int truncateStep = 0;
    // Answers GENERAL AUTHENTICATE step N with 9000 and no dynamic authentication data.
    int emptyStep = 0;
    // Sends a token computed over a wrong key: a chip that does not know the password.
    bool forgeToken = false;

    struct Seen {
        quint8 cla;
        quint8 ins;
        quint8 p1;
        quint8 p2;
        int le;
        bool protectedCommand;
    };
    QList<Seen> seen;

    int maxResponse = 258;

    // The card taken out of the reader when command APDU number `removeAtApdu` (0 the first since
    // construction or insertCard()) is sent: that command and every later one fail as the PC/SC
    // plug-in reports it (identity/card-removed). -1: never.
    int removeAtApdu = -1;
    // Command APDUs the card received since construction or insertCard().
    int received = 0;
    [[nodiscard]] bool removed() const { return m_removed; }

    // Power off or reset: the PACE session and the selected files are gone; the try counter,
    // kept in the chip's non-volatile memory, is not.
    void resetCard() {
        reset();
        m_inApplication = false;
        m_current.reset();
    }
    // The card laid down again after a removal: powered up afresh, counters from zero.
    void insertCard() {
        resetCard();
        m_removed = false;
        removeAtApdu = -1;
        received = 0;
        seen.clear();
    }

    [[nodiscard]] QString readerName() const override { return QStringLiteral("PACE simulator"); }
    [[nodiscard]] int maxResponseLength() const override { return maxResponse; }
    [[nodiscard]] QByteArray atr() const override { return QByteArray::fromHex("3B8180018080"); }
    [[nodiscard]] bool sessionActive() const { return m_session; }

    core::Result<QByteArray> transmit(const QByteArray& bytes) override {
        if (m_removed || received == removeAtApdu) {
            if (!m_removed)
                resetCard(); // no power, no session
            m_removed = true;
            // What PcscError.cpp makes of SCARD_W_REMOVED_CARD.
            return core::Error("identity/card-removed",
                               core::UserText("sijil::identity::PcscReaderPlugin",
                                              "La carte a été retirée du lecteur pendant la "
                                              "lecture. Reposez-la et recommencez."),
                               QStringLiteral("SCardTransmit: Card was removed. (0x80100069)"));
        }
        ++received;
        const auto command = CommandApdu::decode(bytes);
        if (!command.ok())
            return status(0x6700).encode();
        if ((command->cla & 0x0C) == 0x0C) {
            if (!m_session)
                return status(0x6988).encode();
            const auto plain = unprotect(*command);
            if (!plain) {
                endSession();
                return status(0x6988).encode();
            }
            seen.append({plain->cla, plain->ins, plain->p1, plain->p2, plain->le, true});
            const ResponseApdu response = protect(execute(*plain));
            // What a reader limited to short APDUs cannot carry.
            if (response.data.size() > maxResponse - 2)
                return status(0x6700).encode();
            return response.encode();
        }
        // A plain command ends the session (ICAO 9303 part 11, 9.8.4).
        endSession();
        seen.append({command->cla, command->ins, command->p1, command->p2, command->le, false});
        return execute(*command).encode();
    }

private:
    struct BufFree {
        void operator()(BUF_MEM* b) const { BUF_MEM_free(b); }
    };
    using Buf = std::unique_ptr<BUF_MEM, BufFree>;

    static Buf buf(const QByteArray& bytes) {
        Buf b(BUF_MEM_new());
        BUF_MEM_grow(b.get(), size_t(bytes.size()));
        if (!bytes.isEmpty())
            memcpy(b->data, bytes.constData(), size_t(bytes.size()));
        b->length = size_t(bytes.size());
        return b;
    }
    static QByteArray bytes(BUF_MEM* b) {
        const Buf owned(b);
        return owned ? QByteArray(owned->data, qsizetype(owned->length)) : QByteArray();
    }
    static ResponseApdu status(quint16 sw, QByteArray data = {}) { return {std::move(data), sw}; }
    static ResponseApdu dynamic(quint8 tag, const QByteArray& value) {
        return status(0x9000, TlvReader::encode(0x7C, TlvReader::encode(tag, value)));
    }

    void reset() {
        if (m_ctx)
            EAC_CTX_clear_free(m_ctx);
        if (m_secret)
            PACE_SEC_clear_free(m_secret);
        m_ctx = nullptr;
        m_secret = nullptr;
        m_step = 0;
        m_session = false;
    }
    void endSession() {
        if (m_session)
            reset();
    }

    QByteArray pad(const QByteArray& data) const {
        const Buf in = buf(data);
        return bytes(EAC_add_iso_pad(m_ctx, in.get()));
    }

    std::optional<CommandApdu> unprotect(const CommandApdu& command) {
        EAC_increment_ssc(m_ctx);
        const auto objects = TlvReader::readAll(command.data);
        if (!objects.ok())
            return std::nullopt;
        QByteArray macInput;
        QByteArray macValue;
        CommandApdu plain;
        plain.cla = command.cla & ~0x0C;
        plain.ins = command.ins;
        plain.p1 = command.p1;
        plain.p2 = command.p2;
        QByteArray cryptogram;
        for (const Tlv& object : *objects) {
            if (object.tag == 0x8E) {
                macValue = object.value;
            } else if (object.tag == 0x87) {
                macInput += TlvReader::encode(object.tag, object.value);
                cryptogram = object.value.mid(1);
            } else if (object.tag == 0x97) {
                macInput += TlvReader::encode(object.tag, object.value);
                int le = 0;
                for (char c : object.value)
                    le = (le << 8) | quint8(c);
                plain.le = le == 0 ? (object.value.size() == 1 ? 256 : 65536) : le;
            } else {
                return std::nullopt;
            }
        }
        const QByteArray header = QByteArray(1, char(command.cla)) + char(command.ins) +
                                  char(command.p1) + char(command.p2);
        const Buf macData = buf(pad(pad(header) + macInput));
        const Buf mac = buf(macValue);
        if (EAC_verify_authentication(m_ctx, macData.get(), mac.get()) != 1)
            return std::nullopt;
        if (!cryptogram.isEmpty()) {
            const Buf in = buf(cryptogram);
            const Buf padded(EAC_decrypt(m_ctx, in.get()));
            if (!padded)
                return std::nullopt;
            plain.data = bytes(EAC_remove_iso_pad(padded.get()));
        }
        return plain;
    }

    ResponseApdu protect(const ResponseApdu& plain) {
        if (!m_session) // the command ended it (an SM error): answer in plain
            return plain;
        EAC_increment_ssc(m_ctx);
        QByteArray objects;
        if (!plain.data.isEmpty()) {
            const Buf in = buf(pad(plain.data));
            objects += TlvReader::encode(0x87, QByteArray(1, '\x01') +
                                                   bytes(EAC_encrypt(m_ctx, in.get())));
        }
        objects +=
            TlvReader::encode(0x99, QByteArray(1, char(plain.sw >> 8)) + char(plain.sw & 0xFF));
        const Buf macData = buf(pad(objects));
        objects += TlvReader::encode(0x8E, bytes(EAC_authenticate(m_ctx, macData.get())));
        return status(plain.sw, objects);
    }

    ResponseApdu execute(const CommandApdu& command) {
        switch (command.ins) {
        case 0xA4:
            return select(command);
        case 0xB0:
            return readBinary(command);
        case 0x22:
            return setAuthenticationTemplate(command);
        case 0x86:
            return generalAuthenticate(command);
        default:
            return status(0x6D00);
        }
    }

    ResponseApdu select(const CommandApdu& command) {
        if (command.p1 == 0x04) {
            m_inApplication = command.data == QByteArray::fromHex("A0000002471001");
            m_current.reset();
            return status(m_inApplication ? 0x9000 : 0x6A82);
        }
        if (command.p1 == 0x00 &&
            (command.data.isEmpty() || command.data == QByteArray::fromHex("3F00"))) {
            m_inApplication = false; // the master file
            m_current.reset();
            return status(0x9000);
        }
        if (command.p1 != 0x02 || command.data.size() != 2)
            return status(0x6A86);
        const quint16 fid = quint16((quint8(command.data.at(0)) << 8) | quint8(command.data.at(1)));
        if (!m_inApplication && fid == 0x011C && !cardAccess.isEmpty()) {
            m_current = fid;
            return status(0x9000);
        }
        if (!m_inApplication || !files.contains(fid))
            return status(0x6A82);
        m_current = fid;
        return status(0x9000);
    }

    ResponseApdu readBinary(const CommandApdu& command) {
        if (!m_current)
            return status(0x6986);
        // Only EF.CardAccess is free: the application's files need PACE's session.
        const bool free = !m_inApplication && *m_current == 0x011C;
        if (!free && !m_session)
            return status(0x6982);
        const QByteArray& file = free ? cardAccess : files[*m_current];
        const int offset = (command.p1 << 8) | command.p2;
        if (offset > file.size())
            return status(0x6B00);
        const QByteArray part = file.mid(offset, command.le);
        return status(part.size() < command.le ? 0x6282 : 0x9000, part);
    }

    ResponseApdu setAuthenticationTemplate(const CommandApdu& command) {
        if (command.p1 != 0xC1 || command.p2 != 0xA4)
            return status(0x6A86);
        reset();
        const auto objects = TlvReader::readAll(command.data);
        if (!objects.ok() || cardAccess.isEmpty())
            return status(0x6A80);
        const Tlv* protocol = TlvReader::find(*objects, 0x80);
        const Tlv* password = TlvReader::find(*objects, 0x83);
        if (!protocol || !password || password->value.size() != 1)
            return status(0x6A80);
        if (!cardAccess.contains(TlvReader::encode(0x06, protocol->value)))
            return status(0x6A80); // a protocol EF.CardAccess does not list
        if (triesLeft == 0)
            return status(0x6983);
        m_ctx = EAC_CTX_new();
        m_ctx->tr_version = EAC_TR_VERSION_2_02;
        if (EAC_CTX_init_ef_cardaccess(
                reinterpret_cast<const unsigned char*>(cardAccess.constData()),
                size_t(cardAccess.size()), m_ctx) != 1)
            return status(0x6F00);
        switch (password->value.at(0)) {
        case 0x01:
            m_secret = PACE_SEC_new(m_mrz.constData(), size_t(m_mrz.size()), PACE_MRZ);
            break;
        case 0x02:
            m_secret = PACE_SEC_new(m_can.constData(), size_t(m_can.size()), PACE_CAN);
            break;
        default:
            return status(0x6A88); // no such reference data
        }
        if (!m_secret)
            return status(0x6F00);
        m_step = 1;
        return status(0x9000);
    }

    ResponseApdu generalAuthenticate(const CommandApdu& command) {
        if (m_step == 0)
            return status(0x6985);
        const int step = m_step;
        const bool last = step == 4;
        if (command.p1 != 0 || command.p2 != 0 || (command.cla == 0x10) == last)
            return failStep(0x6883);
        const auto outer = TlvReader::readOne(command.data, true);
        if (!outer.ok() || outer->tag != 0x7C)
            return failStep(0x6A80);
        // The terminal's objects: 81 mapping data, 83 ephemeral key, 85 token.
        const quint8 expected = quint8(0x81 + 2 * (step - 2));
        const Tlv* in = step == 1 ? nullptr : outer->child(expected);
        if (step == 1 ? !outer->value.isEmpty() : (in == nullptr))
            return failStep(0x6A80);
        ResponseApdu response;
        switch (step) {
        case 1: {
            const QByteArray nonce = bytes(PACE_STEP1_enc_nonce(m_ctx, m_secret));
            response = dynamic(0x80, nonce);
            break;
        }
        case 2: {
            const QByteArray mine = bytes(PACE_STEP3A_generate_mapping_data(m_ctx));
            const Buf theirs = buf(in->value);
            if (mine.isEmpty() || PACE_STEP3A_map_generator(m_ctx, theirs.get()) != 1)
                return failStep(0x6A80);
            response = dynamic(0x82, mine);
            break;
        }
        case 3: {
            const QByteArray mine = bytes(PACE_STEP3B_generate_ephemeral_key(m_ctx));
            m_terminalKey = in->value;
            const Buf theirs = buf(m_terminalKey);
            if (mine.isEmpty() || PACE_STEP3B_compute_shared_secret(m_ctx, theirs.get()) != 1 ||
                PACE_STEP3C_derive_keys(m_ctx) != 1)
                return failStep(0x6A80);
            response = dynamic(0x84, mine);
            break;
        }
        default: {
            const Buf token = buf(in->value);
            if (PACE_STEP3D_verify_authentication_token(m_ctx, token.get()) != 1) {
                // The terminal's password differs from the chip's.
                triesLeft = std::max(0, triesLeft - 1);
                return failStep(quint16(0x63C0 | triesLeft));
            }
            const Buf terminalKey = buf(m_terminalKey);
            QByteArray mine =
                bytes(PACE_STEP3D_compute_authentication_token(m_ctx, terminalKey.get()));
            if (forgeToken)
                mine[0] = char(mine.at(0) ^ 0x01);
            EAC_CTX_set_encryption_ctx(m_ctx, EAC_ID_PACE);
            triesLeft = kMaxTries;
            m_step = 0;
            m_session = true;
            m_inApplication = false;
            m_current.reset();
            response = dynamic(0x86, mine);
            break;
        }
        }
        if (!last)
            ++m_step;
        if (truncateStep == step)
            response.data.truncate(response.data.size() / 2);
        if (emptyStep == step)
            response.data.clear();
        return response;
    }

    ResponseApdu failStep(quint16 sw) {
        reset();
        return status(sw);
    }

    QByteArray m_can;
    QByteArray m_mrz;
    EAC_CTX* m_ctx = nullptr;
    PACE_SEC* m_secret = nullptr;
    int m_step = 0;
    bool m_session = false;
    bool m_inApplication = false;
    std::optional<quint16> m_current;
    QByteArray m_terminalKey;
    bool m_removed = false;
};

} // namespace sijil::identity::test
