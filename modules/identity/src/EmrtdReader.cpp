#include "EmrtdReaderCommon.h"
#include "IdentityLog.h"
#include "Pace.h"

#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/Tlv.h>

#include <algorithm>
#include <openssl/rand.h>

namespace sijil::identity {

namespace {

using namespace emrtd;

QString fileText(quint16 fileId) {
    return QStringLiteral("EF %1").arg(fileId, 4, 16, QLatin1Char('0')).toUpper();
}

core::Error chipError(const QString& step, quint16 sw) {
    const QString detail = QStringLiteral("%1: SW %2").arg(step, swText(sw));
    switch (sw) {
    case kSwSecurityNotSatisfied:
        return core::Error("identity/access-denied",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                  "La puce refuse l'accès à ces "
                                                                  "données.")),
                           detail);
    case kSwSmObjectsMissing:
    case kSwSmObjectsIncorrect:
        return core::Error("identity/sm-refused",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                  "La puce a interrompu la "
                                                                  "communication sécurisée. "
                                                                  "Reposez le document et "
                                                                  "recommencez.")),
                           detail);
    default:
        return core::Error("identity/chip-error",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                  "La puce a répondu par une "
                                                                  "erreur inattendue.")),
                           detail);
    }
}

core::Error bacRefused(quint16 sw) {
    return core::Error("identity/bac-refused",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                              "La puce refuse la clé d'accès : "
                                                              "vérifiez le numéro du document, "
                                                              "la date de naissance et la date "
                                                              "d'expiration saisis.")),
                       QStringLiteral("EXTERNAL AUTHENTICATE: SW %1").arg(swText(sw)));
}

core::Error fileTooLarge(quint16 fileId, qsizetype size) {
    return core::Error("identity/file-too-large",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                              "Un fichier de la puce est trop "
                                                              "grand pour être lu.")),
                       QStringLiteral("%1 of %2 bytes").arg(fileText(fileId)).arg(size));
}

core::Error badFile(const QString& detail) {
    return core::Error("identity/chip-error",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                              "La puce a répondu par une erreur "
                                                              "inattendue.")),
                       detail);
}

core::Result<QByteArray> randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        // The same message as the other cryptographic failures (TripleDes.cpp).
        return core::Error(
            "identity/crypto",
            core::UserText("sijil::identity::SecureMessaging",
                           QT_TRANSLATE_NOOP("sijil::identity::SecureMessaging",
                                             "Le chiffrement de la communication avec la puce "
                                             "a échoué.")),
            QStringLiteral("RAND_bytes failed"));
    return bytes;
}

// EF.COM's tag list to data group numbers (ICAO 9303 part 10, table of LDS1 tags).
int dataGroupOfTag(quint8 tag) {
    static constexpr quint8 kTags[] = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68,
                                       0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};
    const auto* it = std::find(std::begin(kTags), std::end(kTags), tag);
    return it == std::end(kTags) ? 0 : int(it - std::begin(kTags)) + 1;
}

} // namespace

EmrtdReader::EmrtdReader(CardConnection& connection)
    : EmrtdReader(connection, Options()) {}

EmrtdReader::EmrtdReader(CardConnection& connection, Options options)
    : m_connection(connection)
    , m_options(std::move(options)) {}

bool EmrtdReader::atrAnnouncesExtendedLength(QByteArrayView atr) {
    if (atr.size() < 2)
        return false;
    const auto byte = [&](qsizetype i) {
        return quint8(atr.at(i));
    };
    const int historicalCount = byte(1) & 0x0F;
    int indicators = byte(1) >> 4;
    qsizetype pos = 2;
    // Interface bytes: TAi, TBi, TCi as announced, TDi announcing the next group.
    while (indicators != 0) {
        pos += ((indicators & 1) != 0) + ((indicators & 2) != 0) + ((indicators & 4) != 0);
        if ((indicators & 8) == 0)
            break;
        if (pos >= atr.size())
            return false;
        indicators = byte(pos++) >> 4;
    }
    if (historicalCount == 0 || pos + historicalCount > atr.size())
        return false;
    const QByteArrayView historical = atr.sliced(pos, historicalCount);
    QByteArrayView objects;
    if (quint8(historical.at(0)) == 0x80)
        objects = historical.sliced(1);
    else if (quint8(historical.at(0)) == 0x00 && historical.size() >= 4)
        objects = historical.sliced(1, historical.size() - 4); // status in the last 3 bytes
    else
        return false;
    // COMPACT-TLV: tag in the high nibble, length in the low one; 7 is "card capabilities".
    for (qsizetype i = 0; i < objects.size();) {
        const int tag = quint8(objects.at(i)) >> 4;
        const int length = quint8(objects.at(i)) & 0x0F;
        if (i + 1 + length > objects.size())
            return false;
        if (tag == 7 && length >= 3)
            return (quint8(objects.at(i + 3)) & 0x40) != 0;
        i += 1 + length;
    }
    return false;
}

int EmrtdReader::largestReadUnderSecureMessaging(int maxResponseData, int blockSize) {
    for (int n = maxResponseData; n > 0; --n) {
        const int cryptogram = (n / blockSize + 1) * blockSize;
        const int value = 1 + cryptogram; // padding indicator
        const int lengthBytes = value < 0x80 ? 1 : value < 0x100 ? 2 : value < 0x10000 ? 3 : 4;
        const int total = 1 + lengthBytes + value + 4 /* DO99 */ + 10 /* DO8E */;
        if (total <= maxResponseData)
            return n;
    }
    return 0;
}

int EmrtdReader::maxReadLength() const {
    if (m_options.maxReadLength > 0)
        return m_options.maxReadLength;
    int responseData = kShortResponseData;
    if (m_connection.maxResponseLength() > kShortResponseData + 2 &&
        atrAnnouncesExtendedLength(m_connection.atr()))
        responseData = std::min(m_connection.maxResponseLength() - 2, kExtendedResponseData);
    return m_sm ? largestReadUnderSecureMessaging(responseData, m_sm->blockSize()) : responseData;
}

core::Result<ResponseApdu> EmrtdReader::send(const CommandApdu& command) {
    CommandApdu wire = command;
    if (m_sm) {
        auto protectedCommand = m_sm->protect(command);
        if (!protectedCommand.ok())
            return protectedCommand.error();
        wire = std::move(protectedCommand).value();
    }
    const QByteArray bytes = wire.encode();
    if (bytes.isEmpty())
        return badFile(QStringLiteral("INS %1 cannot be encoded").arg(command.ins, 2, 16));
    ++m_apduCount;
    const auto raw = m_connection.transmit(bytes);
    if (!raw.ok())
        return raw.error();
    auto response = ResponseApdu::decode(*raw);
    if (!response.ok())
        return response;
    if (m_sm) {
        auto plain = m_sm->unprotect(*response);
        if (!plain.ok()) {
            m_sm.reset(); // the counters no longer agree: the session is over
            return plain;
        }
        if (plain->sw == kSwSmObjectsMissing || plain->sw == kSwSmObjectsIncorrect)
            m_sm.reset(); // the chip has ended it
        response = std::move(plain);
    }
    qCDebug(lcIdentity).noquote() << QStringLiteral("INS %1 -> SW %2, %3 bytes")
                                         .arg(command.ins, 2, 16, QLatin1Char('0'))
                                         .arg(swText(response->sw))
                                         .arg(response->data.size());
    return response;
}

core::Status EmrtdReader::selectApplication() {
    CommandApdu select;
    select.ins = 0xA4;
    select.p1 = 0x04; // by DF name
    select.p2 = 0x0C; // no response data
    select.data = QByteArray::fromHex("A0000002471001");
    const auto response = send(select);
    if (!response.ok())
        return response.error();
    if (response->sw != kSwOk)
        return core::Error(
            "identity/not-emrtd",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                   "Cette carte n'est pas un "
                                                   "document d'identité "
                                                   "électronique lisible ici.")),
            QStringLiteral("SELECT eMRTD application: SW %1").arg(swText(response->sw)));
    return {};
}

core::Status EmrtdReader::authenticate(const BacKey& key) {
    m_sm.reset();
    m_protocol = AccessProtocol::None;
    m_paceProtocol.clear();
    CommandApdu challenge;
    challenge.ins = 0x84;
    challenge.le = 8;
    const auto rndIcResponse = send(challenge);
    if (!rndIcResponse.ok())
        return rndIcResponse.error();
    if (rndIcResponse->sw != kSwOk || rndIcResponse->data.size() != 8)
        return chipError(QStringLiteral("GET CHALLENGE (%1 bytes)").arg(rndIcResponse->data.size()),
                         rndIcResponse->sw);
    const QByteArray rndIc = rndIcResponse->data;

    const auto rndIfd = randomBytes(8);
    const auto kIfd = randomBytes(16);
    if (!rndIfd.ok())
        return rndIfd.error();
    if (!kIfd.ok())
        return kIfd.error();
    const BacKeys keys = Bac::documentKeys(key);
    const auto data = Bac::authenticationData(keys, rndIc, *rndIfd, *kIfd);
    if (!data.ok())
        return data.error();

    CommandApdu mutual;
    mutual.ins = 0x82;
    mutual.data = *data;
    mutual.le = 40;
    const auto answer = send(mutual);
    if (!answer.ok())
        return answer.error();
    if (answer->sw == kSwVerificationFailed || answer->sw == kSwSmObjectsIncorrect)
        return bacRefused(answer->sw);
    if (answer->sw != kSwOk)
        return chipError(QStringLiteral("EXTERNAL AUTHENTICATE"), answer->sw);
    auto session = Bac::sessionKeys(keys, answer->data, rndIc, *rndIfd, *kIfd);
    if (!session.ok())
        return session.error();
    m_sm.emplace(std::move(session).value());
    m_protocol = AccessProtocol::Bac;
    return {};
}

core::Result<ResponseApdu> EmrtdReader::readBinary(int offset, int le) {
    CommandApdu read;
    read.ins = 0xB0;
    read.p1 = quint8((offset >> 8) & 0x7F);
    read.p2 = quint8(offset & 0xFF);
    read.le = le;
    auto response = send(read);
    if (!response.ok())
        return response;
    // 6282: fewer bytes than asked because the file ends there.
    if (response->sw != kSwOk && response->sw != kSwEndOfFile)
        return chipError(QStringLiteral("READ BINARY at %1").arg(offset), response->sw);
    if (response->data.isEmpty() || response->data.size() > le)
        return badFile(QStringLiteral("READ BINARY at %1 returned %2 bytes for Le %3")
                           .arg(offset)
                           .arg(response->data.size())
                           .arg(le));
    return response;
}

core::Result<QByteArray> EmrtdReader::readFile(quint16 fileId) {
    CommandApdu select;
    select.ins = 0xA4;
    select.p1 = 0x02; // EF under the current DF
    select.p2 = 0x0C;
    select.data.append(char(fileId >> 8)).append(char(fileId & 0xFF));
    const auto selected = send(select);
    if (!selected.ok())
        return selected.error();
    if (selected->sw == kSwFileNotFound)
        return core::Error("identity/file-not-found",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                  "Un fichier attendu est absent "
                                                                  "de la puce.")),
                           QStringLiteral("SELECT %1: SW 6A82").arg(fileText(fileId)));
    if (selected->sw != kSwOk)
        return chipError(QStringLiteral("SELECT %1").arg(fileText(fileId)), selected->sw);
    return readSelected(fileId);
}

core::Result<QByteArray> EmrtdReader::readSelected(quint16 fileId) {
    const int maxRead = maxReadLength();
    QByteArray content;
    std::optional<TlvHeader> header;
    // The outer TLV header: 4 bytes hold it for every LDS file (1-byte tag, length up to 0x82
    // form); a longer header takes a few more bytes.
    while (!header) {
        const int le = std::min(content.isEmpty() ? kHeaderRead : 2, maxRead);
        const auto chunk = readBinary(int(content.size()), le);
        if (!chunk.ok())
            return chunk.error();
        content += chunk->data;
        auto parsed = TlvReader::readHeader(content);
        if (parsed.ok())
            header = *parsed;
        else if (content.size() >= 10 || chunk->sw == kSwEndOfFile)
            return parsed.error();
    }
    const qsizetype total = header->totalLength();
    if (total > kMaxOffset + 1)
        return fileTooLarge(fileId, total);
    content.truncate(std::min(content.size(), total));
    while (content.size() < total) {
        const int le = int(std::min<qsizetype>(maxRead, total - content.size()));
        const auto chunk = readBinary(int(content.size()), le);
        if (!chunk.ok())
            return chunk.error();
        content += chunk->data;
        if (chunk->sw == kSwEndOfFile && content.size() < total)
            return badFile(QStringLiteral("%1 ends at %2 of %3 bytes")
                               .arg(fileText(fileId))
                               .arg(content.size())
                               .arg(total));
    }
    return content;
}

core::Result<EmrtdData> EmrtdReader::read(const BacKey& key) {
    return read(AccessKey::fromMrz(key));
}

core::Result<EmrtdData> EmrtdReader::read(const AccessKey& key) {
    bool paced = false;
    if (m_options.access == Options::Access::PaceWhenAvailable) {
        const auto cardAccess = readCardAccess();
        if (!cardAccess.ok())
            return cardAccess.error();
        if (*cardAccess) {
            // A file that lists no PACE leaves BAC; one that cannot be read is PACE's error.
            auto terminal = pace::PaceTerminal::fromCardAccess(**cardAccess);
            if (!terminal.ok())
                return terminal.error();
            if (*terminal) {
                if (auto authenticated = authenticatePace(key, **cardAccess); !authenticated.ok())
                    return authenticated.error();
                paced = true;
            }
        }
    }
    if (!paced && key.kind == AccessKey::Kind::Can)
        return core::Error(
            "identity/pace-unavailable",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                   "Cette puce ne s'ouvre pas avec le numéro "
                                                   "d'accès (CAN) : saisissez la zone de lecture "
                                                   "automatique (MRZ) du document.")),
            m_options.access == Options::Access::BacOnly
                ? QStringLiteral("BAC only was asked")
                : QStringLiteral("no PACE in EF.CardAccess"));
    if (auto selected = selectApplication(); !selected.ok())
        return selected.error();
    if (!paced) {
        if (auto authenticated = authenticate(key.mrz); !authenticated.ok())
            return authenticated.error();
    }

    EmrtdData data;
    data.accessProtocol = m_protocol;
    data.paceProtocol = m_paceProtocol;
    auto com = readFile(kEfCom);
    if (!com.ok())
        return com.error();
    data.efCom = *com;
    const auto comTlv = TlvReader::readOne(data.efCom, true);
    if (!comTlv.ok())
        return comTlv.error();
    if (comTlv->tag != 0x60)
        return badFile(QStringLiteral("EF.COM tag %1").arg(comTlv->tag, 0, 16));
    if (const Tlv* lds = comTlv->child(0x5F01))
        data.ldsVersion = QString::fromLatin1(lds->value);
    if (const Tlv* unicode = comTlv->child(0x5F36))
        data.unicodeVersion = QString::fromLatin1(unicode->value);
    if (const Tlv* tags = comTlv->child(0x5C)) {
        for (char tag : tags->value) {
            if (const int group = dataGroupOfTag(quint8(tag)); group > 0)
                data.dataGroups.append(group);
        }
    }

    auto dg1 = readFile(kDg1);
    if (!dg1.ok())
        return dg1.error();
    data.dg1 = *dg1;
    const auto dg1Tlv = TlvReader::readOne(data.dg1, true);
    if (!dg1Tlv.ok())
        return dg1Tlv.error();
    const Tlv* mrz = dg1Tlv->tag == 0x61 ? dg1Tlv->child(0x5F1F) : nullptr;
    if (!mrz)
        return badFile(QStringLiteral("DG1 without MRZ object"));
    data.mrzText = QString::fromLatin1(mrz->value);
    auto parsed = MrzParser::parse(data.mrzText, m_options.today);
    if (!parsed.ok())
        return parsed.error();
    data.mrz = std::move(parsed).value();

    // Optional groups: read when asked for and listed; one the chip lacks, or too large to read,
    // is left out, as it only adds to DG1.
    const auto readOptional = [&](bool wanted, int group, quint16 fileId,
                                  QByteArray& into) -> core::Status {
        if (!wanted || !data.dataGroups.contains(group))
            return {};
        auto file = readFile(fileId);
        if (file.ok())
            into = std::move(file).value();
        else if (file.error().is("identity/file-too-large")) // past the 15-bit offsets
            qCWarning(lcIdentity).noquote() << file.error().detail();
        else if (!file.error().is("identity/file-not-found"))
            return file.error();
        return {};
    };
    if (auto dg2 = readOptional(m_options.readFace, 2, kDg2, data.dg2); !dg2.ok())
        return dg2.error();
    if (auto dg11 = readOptional(m_options.readAdditionalDetails, 11, kDg11, data.dg11); !dg11.ok())
        return dg11.error();
    if (auto dg12 = readOptional(m_options.readAdditionalDetails, 12, kDg12, data.dg12); !dg12.ok())
        return dg12.error();
    if (!data.dg2.isEmpty()) {
        auto face = DataGroups::face(data.dg2);
        if (face.ok())
            data.face = std::move(face).value();
        else
            qCWarning(lcIdentity).noquote() << "DG2:" << face.error().detail();
    }
    if (!data.dg11.isEmpty()) {
        auto details = DataGroups::additionalDetails(data.dg11);
        if (details.ok())
            data.additionalDetails = std::move(details).value();
        else
            qCWarning(lcIdentity).noquote() << "DG11:" << details.error().detail();
    }
    if (!data.dg12.isEmpty()) {
        auto details = DataGroups::documentDetails(data.dg12);
        if (details.ok())
            data.documentDetails = std::move(details).value();
        else
            qCWarning(lcIdentity).noquote() << "DG12:" << details.error().detail();
    }

    auto sod = readFile(kSod);
    if (sod.ok()) {
        data.sod = *sod;
    } else if (!sod.error().is("identity/file-not-found")) {
        return sod.error();
    } else if (m_options.trustStore) {
        return core::Error("identity/sod-missing",
                           core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                  "La puce ne contient pas de "
                                                                  "fichier de sécurité (EF.SOD) : "
                                                                  "l'authenticité de ses données "
                                                                  "ne peut pas être vérifiée.")),
                           sod.error().detail());
    }
    if (m_options.trustStore) {
        QMap<int, QByteArray> groups{{1, data.dg1}};
        if (!data.dg2.isEmpty())
            groups.insert(2, data.dg2);
        if (!data.dg11.isEmpty())
            groups.insert(11, data.dg11);
        if (!data.dg12.isEmpty())
            groups.insert(12, data.dg12);
        auto verified = PassiveAuthentication::verify(data.sod, groups, *m_options.trustStore,
                                                      m_options.today.startOfDay(Qt::UTC));
        if (!verified.ok())
            return verified.error();
        data.passiveAuthentication = std::move(verified).value();
    }
    return data;
}

} // namespace sijil::identity
