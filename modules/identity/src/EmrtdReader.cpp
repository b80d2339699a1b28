#include "IdentityLog.h"
#include "Pace.h"

#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/Tlv.h>

#include <algorithm>
#include <openssl/rand.h>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::EmrtdReader";

constexpr quint16 kEfCom = 0x011E;
constexpr quint16 kDg1 = 0x0101;
constexpr quint16 kDg2 = 0x0102;
constexpr quint16 kDg11 = 0x010B;
constexpr quint16 kSod = 0x011D;
constexpr quint16 kCardAccess = 0x011C;
// The first bytes of a file: tag and length of its outer TLV (ICAO 9303 part 10).
constexpr int kHeaderRead = 4;
// READ BINARY with an even INS takes a 15-bit offset.
constexpr int kMaxOffset = 0x7FFF;
constexpr int kShortResponseData = 256;
constexpr int kExtendedResponseData = 65536;

constexpr quint16 kSwOk = 0x9000;
constexpr quint16 kSwEndOfFile = 0x6282;
constexpr quint16 kSwVerificationFailed = 0x6300;
constexpr quint16 kSwSecurityNotSatisfied = 0x6982;
constexpr quint16 kSwSmObjectsMissing = 0x6987;
constexpr quint16 kSwSmObjectsIncorrect = 0x6988;
constexpr quint16 kSwFileNotFound = 0x6A82;
constexpr quint16 kSwAuthenticationBlocked = 0x6983;

QString swText(quint16 sw) {
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

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

// The chip refused the CAN or the MRZ during PACE; 63Cx tells how many tries remain.
core::Error paceRefused(const AccessKey& key, quint16 sw, const QString& step) {
    const QString detail = QStringLiteral("PACE %1: SW %2").arg(step, swText(sw));
    const bool can = key.kind == AccessKey::Kind::Can;
    if ((sw & 0xFFF0) == 0x63C0 && (sw & 0x0F) == 0)
        sw = kSwAuthenticationBlocked;
    if (sw == kSwAuthenticationBlocked)
        return core::Error(
            "identity/pace-blocked",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                   "La puce est bloquée après trop d'essais de "
                                                   "clé d'accès incorrects : elle ne peut plus "
                                                   "être lue ici.")),
            detail);
    if ((sw & 0xFFF0) == 0x63C0) {
        const int remaining = sw & 0x0F;
        return core::Error(
            "identity/pace-refused",
            can ? core::UserText(kCtx,
                                 QT_TRANSLATE_N_NOOP("sijil::identity::EmrtdReader",
                                                     "Le numéro d'accès (CAN) est incorrect : "
                                                     "vérifiez les chiffres imprimés sur la carte. "
                                                     "Il reste %n essai(s) avant le blocage de la "
                                                     "puce."),
                                 remaining)
                : core::UserText(kCtx,
                                 QT_TRANSLATE_N_NOOP("sijil::identity::EmrtdReader",
                                                     "La puce refuse la clé d'accès : vérifiez le "
                                                     "numéro du document, la date de naissance et "
                                                     "la date d'expiration saisis. Il reste %n "
                                                     "essai(s) avant le blocage de la puce."),
                                 remaining),
            detail);
    }
    return core::Error("identity/pace-refused",
                       can ? core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                    "Le numéro d'accès (CAN) est "
                                                                    "incorrect : vérifiez les "
                                                                    "chiffres imprimés sur la "
                                                                    "carte."))
                           : core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                                    "La puce refuse la clé d'accès "
                                                                    ": vérifiez le numéro du "
                                                                    "document, la date de "
                                                                    "naissance et la date "
                                                                    "d'expiration saisis.")),
                       detail);
}

bool isPasswordRefusal(quint16 sw) {
    return sw == kSwVerificationFailed || (sw & 0xFFF0) == 0x63C0 || sw == kSwAuthenticationBlocked;
}

core::Error paceFailed(const QString& detail) {
    return core::Error("identity/pace-failed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                              "L'ouverture sécurisée de la puce "
                                                              "(PACE) a échoué. Reposez le "
                                                              "document et recommencez.")),
                       QStringLiteral("PACE: %1").arg(detail));
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

core::Result<std::optional<QByteArray>> EmrtdReader::readCardAccess() {
    CommandApdu select;
    select.ins = 0xA4;
    select.p1 = 0x02; // EF under the current DF: the master file after reset
    select.p2 = 0x0C;
    select.data.append(char(kCardAccess >> 8)).append(char(kCardAccess & 0xFF));
    auto selected = send(select);
    if (!selected.ok())
        return selected.error();
    if (selected->sw != kSwOk) {
        // The current DF may be the application (an earlier read on this connection): back to
        // the master file and once more, lest a PACE chip be taken for a BAC one.
        CommandApdu master;
        master.ins = 0xA4;
        master.p2 = 0x0C;
        master.data = QByteArray::fromHex("3F00");
        const auto inMaster = send(master);
        if (!inMaster.ok())
            return inMaster.error();
        // 6A82 from most chips; 6A86 or 6D00 from those without a file system outside the
        // application: either way there is nothing to read.
        if (inMaster->sw != kSwOk)
            return std::optional<QByteArray>();
        selected = send(select);
        if (!selected.ok())
            return selected.error();
        if (selected->sw != kSwOk)
            return std::optional<QByteArray>();
    }
    auto content = readSelected(kCardAccess);
    if (!content.ok())
        return content.error();
    return std::optional<QByteArray>(std::move(content).value());
}

core::Result<QByteArray> EmrtdReader::generalAuthenticate(int step, quint8 tag,
                                                          const QByteArray& data,
                                                          quint8 responseTag,
                                                          const AccessKey& key) {
    CommandApdu command;
    command.cla = step < 4 ? 0x10 : 0x00; // command chaining until the last
    command.ins = 0x86;
    // Step 1 sends an empty template (7C 00): the chip answers with its encrypted nonce.
    command.data =
        TlvReader::encode(0x7C, data.isEmpty() ? QByteArray() : TlvReader::encode(tag, data));
    command.le = CommandApdu::kMaxShortLe;
    const QString name = QStringLiteral("GENERAL AUTHENTICATE %1").arg(step);
    const auto response = send(command);
    if (!response.ok())
        return response.error();
    if (isPasswordRefusal(response->sw))
        return paceRefused(key, response->sw, name);
    if (response->sw != kSwOk)
        return paceFailed(QStringLiteral("%1: SW %2").arg(name, swText(response->sw)));
    const auto outer = TlvReader::readOne(response->data, true);
    if (!outer.ok() || outer->tag != 0x7C)
        return paceFailed(QStringLiteral("%1: no dynamic authentication data (%2 bytes)")
                              .arg(name)
                              .arg(response->data.size()));
    const Tlv* value = outer->child(responseTag);
    if (!value || value->value.isEmpty())
        return paceFailed(
            QStringLiteral("%1: no object %2").arg(name).arg(responseTag, 2, 16, QLatin1Char('0')));
    return value->value;
}

core::Status EmrtdReader::authenticatePace(const AccessKey& key, QByteArrayView cardAccess) {
    m_sm.reset();
    m_protocol = AccessProtocol::None;
    m_paceProtocol.clear();
    auto created = pace::PaceTerminal::fromCardAccess(cardAccess);
    if (!created.ok())
        return created.error();
    if (!*created)
        return paceFailed(QStringLiteral("EF.CardAccess lists no PACE protocol"));
    pace::PaceTerminal& terminal = **created;

    CommandApdu setAt;
    setAt.ins = 0x22;
    setAt.p1 = 0xC1; // set for mutual authentication
    setAt.p2 = 0xA4; // authentication template
    setAt.data = TlvReader::encode(0x80, terminal.protocolOid()) +
                 TlvReader::encode(0x83, QByteArray(1, char(key.kind == AccessKey::Kind::Can
                                                                ? pace::kPasswordCan
                                                                : pace::kPasswordMrz)));
    if (terminal.parameterId() >= 0 && terminal.parameterId() <= 0xFF)
        setAt.data += TlvReader::encode(0x84, QByteArray(1, char(terminal.parameterId())));
    const auto set = send(setAt);
    if (!set.ok())
        return set.error();
    // 63Cx here is a warning with the retry counter, unless it is 63C0 (blocked).
    if (set->sw == kSwAuthenticationBlocked || set->sw == 0x63C0)
        return paceRefused(key, set->sw, QStringLiteral("MSE:Set AT"));
    if (set->sw != kSwOk && (set->sw & 0xFFF0) != 0x63C0)
        return paceFailed(
            QStringLiteral("MSE:Set AT %1: SW %2").arg(terminal.protocolName(), swText(set->sw)));

    const auto nonce = generalAuthenticate(1, 0x80, {}, 0x80, key);
    if (!nonce.ok())
        return nonce.error();
    if (auto decrypted = terminal.decryptNonce(key, *nonce); !decrypted.ok())
        return decrypted.error();
    const auto mapping = terminal.mappingData();
    if (!mapping.ok())
        return mapping.error();
    const auto chipMapping = generalAuthenticate(2, 0x81, *mapping, 0x82, key);
    if (!chipMapping.ok())
        return chipMapping.error();
    if (auto mapped = terminal.mapGenerator(*chipMapping); !mapped.ok())
        return mapped.error();
    const auto ephemeral = terminal.ephemeralPublicKey();
    if (!ephemeral.ok())
        return ephemeral.error();
    const auto chipEphemeral = generalAuthenticate(3, 0x83, *ephemeral, 0x84, key);
    if (!chipEphemeral.ok())
        return chipEphemeral.error();
    if (*chipEphemeral == *ephemeral) // ICAO 9303 part 11, 4.4.3.3.2: a reflected key
        return paceFailed(QStringLiteral("the chip's ephemeral key is the terminal's"));
    const auto token = terminal.agreeKeys(*chipEphemeral);
    if (!token.ok())
        return token.error();
    const auto chipToken = generalAuthenticate(4, 0x85, *token, 0x86, key);
    if (!chipToken.ok())
        return chipToken.error();
    const auto verified = terminal.verifyChipToken(*chipToken);
    if (!verified.ok())
        return verified.error();
    if (!*verified)
        return core::Error(
            "identity/pace-chip-unauthenticated",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::EmrtdReader",
                                                   "La puce n'a pas prouvé qu'elle connaît la clé "
                                                   "d'accès : ce document pourrait être "
                                                   "contrefait.")),
            QStringLiteral("PACE: the chip's authentication token does not verify"));
    auto cipher = terminal.secureMessaging();
    if (!cipher.ok())
        return cipher.error();
    m_sm.emplace(std::move(cipher).value());
    m_protocol = AccessProtocol::Pace;
    m_paceProtocol = terminal.protocolName();
    qCDebug(lcIdentity).noquote() << QStringLiteral("PACE done: %1").arg(m_paceProtocol);
    return {};
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
        auto verified = PassiveAuthentication::verify(data.sod, groups, *m_options.trustStore,
                                                      m_options.today.startOfDay(Qt::UTC));
        if (!verified.ok())
            return verified.error();
        data.passiveAuthentication = std::move(verified).value();
    }
    return data;
}

} // namespace sijil::identity
