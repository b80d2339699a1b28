// PACE (ICAO 9303 part 11, 4.4) of EmrtdReader: EF.CardAccess, the GENERAL AUTHENTICATE chain
// through OpenPACE, and the messages for a refused or failed PACE.
#include "EmrtdReaderCommon.h"
#include "IdentityLog.h"
#include "Pace.h"

#include <sijil/identity/EmrtdReader.h>
#include <sijil/identity/Tlv.h>

namespace sijil::identity {

namespace {

using namespace emrtd;

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

} // namespace

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

} // namespace sijil::identity
