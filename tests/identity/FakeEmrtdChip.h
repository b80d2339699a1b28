#pragma once

// A chip written for the tests from ICAO 9303 parts 10 and 11: the eMRTD application, BAC and
// 3DES secure messaging on the chip's side, transparent files, and switches for the faults a
// real chip or a forger may produce. It uses the library's primitives (3DES, retail MAC, TLV)
// but none of its terminal-side code, and it refuses protected responses longer than the
// connection can carry, as a real reader would.
#include <sijil/identity/Apdu.h>
#include <sijil/identity/Bac.h>
#include <sijil/identity/CardConnection.h>
#include <sijil/identity/Tlv.h>
#include <sijil/identity/TripleDes.h>

#include <QList>
#include <QMap>
#include <QRandomGenerator>

namespace sijil::identity::test {

class FakeEmrtdChip final : public CardConnection {
public:
    explicit FakeEmrtdChip(const BacKey& documentKey)
        : m_keys(Bac::documentKeys(documentKey)) {}

    // Filled in by the tests.
    QMap<quint16, QByteArray> files;
    QByteArray cardAtr = QByteArray::fromHex("3B8180018080");
    int maxResponse = 258;
    bool hasApplication = true;
    // Corrupts one byte of the next protected response.
    bool tamperNextResponse = false;

    // What the chip received, unprotected: INS and Le of every command.
    struct Seen {
        quint8 ins;
        int le;
        bool protectedCommand;
    };
    QList<Seen> seen;

    [[nodiscard]] QString readerName() const override { return QStringLiteral("Fake reader"); }
    [[nodiscard]] QByteArray atr() const override { return cardAtr; }
    [[nodiscard]] int maxResponseLength() const override { return maxResponse; }

    core::Result<QByteArray> transmit(const QByteArray& bytes) override {
        const auto command = CommandApdu::decode(bytes);
        if (!command.ok())
            return status(0x6700).encode();
        ResponseApdu response;
        if ((command->cla & 0x0C) == 0x0C) {
            if (!m_session)
                return status(0x6988).encode();
            const auto plain = unprotect(*command);
            if (!plain) {
                m_session = false; // ICAO: an SM error ends the session
                return status(0x6988).encode();
            }
            seen.append({plain->ins, plain->le, true});
            response = protect(execute(*plain));
        } else {
            m_session = false;
            seen.append({command->ins, command->le, false});
            response = execute(*command);
        }
        if (response.data.size() > maxResponse - 2)
            return status(0x6700).encode();
        return response.encode();
    }

private:
    static ResponseApdu status(quint16 sw, QByteArray data = {}) { return {std::move(data), sw}; }

    void incrementSsc() {
        for (qsizetype i = m_ssc.size() - 1; i >= 0; --i) {
            m_ssc[i] = char(quint8(m_ssc.at(i)) + 1);
            if (m_ssc.at(i) != 0)
                break;
        }
    }

    QByteArray mac(const QByteArray& key, const QByteArray& data) const {
        return tdes::retailMac(key, tdes::pad(data)).valueOr({});
    }

    std::optional<CommandApdu> unprotect(const CommandApdu& command) {
        incrementSsc();
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
        for (const Tlv& object : *objects) {
            if (object.tag == 0x8E) {
                macValue = object.value;
            } else if (object.tag == 0x87) {
                macInput += TlvReader::encode(object.tag, object.value);
                const auto decrypted = tdes::decryptCbc(m_sessionEnc, object.value.mid(1));
                const auto unpadded = decrypted.ok() ? tdes::unpad(*decrypted)
                                                     : core::Result<QByteArray>(decrypted.error());
                if (!unpadded.ok())
                    return std::nullopt;
                plain.data = *unpadded;
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
        if (macValue != mac(m_sessionMac, m_ssc + tdes::pad(header) + macInput))
            return std::nullopt;
        return plain;
    }

    ResponseApdu protect(const ResponseApdu& plain) {
        incrementSsc();
        QByteArray objects;
        if (!plain.data.isEmpty()) {
            const auto cryptogram = tdes::encryptCbc(m_sessionEnc, tdes::pad(plain.data));
            objects += TlvReader::encode(0x87, QByteArray(1, '\x01') + cryptogram.valueOr({}));
        }
        objects +=
            TlvReader::encode(0x99, QByteArray(1, char(plain.sw >> 8)) + char(plain.sw & 0xFF));
        objects += TlvReader::encode(0x8E, mac(m_sessionMac, m_ssc + objects));
        if (tamperNextResponse) {
            tamperNextResponse = false;
            objects[objects.size() / 2] = char(objects.at(objects.size() / 2) ^ 0x01);
        }
        return status(plain.sw, objects);
    }

    ResponseApdu execute(const CommandApdu& command) {
        switch (command.ins) {
        case 0xA4:
            if (command.p1 == 0x04) {
                m_applicationSelected =
                    hasApplication && command.data == QByteArray::fromHex("A0000002471001");
                return status(m_applicationSelected ? 0x9000 : 0x6A82);
            }
            if (command.p1 == 0x02 && command.data.size() == 2 && m_applicationSelected) {
                const quint16 fid =
                    quint16((quint8(command.data.at(0)) << 8) | quint8(command.data.at(1)));
                if (!files.contains(fid))
                    return status(0x6A82);
                m_current = fid;
                return status(0x9000);
            }
            return status(0x6A86);
        case 0x84: {
            m_rndIc = QByteArray(8, Qt::Uninitialized);
            for (char& c : m_rndIc)
                c = char(QRandomGenerator::global()->bounded(256));
            return status(0x9000, m_rndIc);
        }
        case 0x82:
            return mutualAuthenticate(command.data);
        case 0xB0: {
            if (!m_current)
                return status(0x6986);
            const QByteArray& file = files.value(*m_current);
            const int offset = (command.p1 << 8) | command.p2;
            if (offset > file.size())
                return status(0x6B00);
            const QByteArray part = file.mid(offset, command.le);
            return status(part.size() < command.le ? 0x6282 : 0x9000, part);
        }
        default:
            return status(0x6D00);
        }
    }

    ResponseApdu mutualAuthenticate(const QByteArray& data) {
        if (data.size() != 40 || m_rndIc.isEmpty())
            return status(0x6700);
        if (mac(m_keys.macKey, data.first(32)) != data.mid(32))
            return status(0x6300);
        const QByteArray s = tdes::decryptCbc(m_keys.encKey, data.first(32)).valueOr({});
        if (s.mid(8, 8) != m_rndIc)
            return status(0x6300);
        const QByteArray rndIfd = s.first(8);
        const QByteArray kIfd = s.mid(16);
        QByteArray kIc(16, Qt::Uninitialized);
        for (char& c : kIc)
            c = char(QRandomGenerator::global()->bounded(256));
        const QByteArray eIc = tdes::encryptCbc(m_keys.encKey, m_rndIc + rndIfd + kIc).valueOr({});
        QByteArray seed(16, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i)
            seed[i] = char(kIfd.at(i) ^ kIc.at(i));
        m_sessionEnc = Bac::deriveKey(seed, 1);
        m_sessionMac = Bac::deriveKey(seed, 2);
        m_ssc = m_rndIc.mid(4) + rndIfd.mid(4);
        m_session = true;
        return status(0x9000, eIc + mac(m_keys.macKey, eIc));
    }

    BacKeys m_keys;
    bool m_applicationSelected = false;
    std::optional<quint16> m_current;
    QByteArray m_rndIc;
    bool m_session = false;
    QByteArray m_sessionEnc;
    QByteArray m_sessionMac;
    QByteArray m_ssc;
};

} // namespace sijil::identity::test
