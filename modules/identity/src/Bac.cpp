#include <sijil/identity/Bac.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/TripleDes.h>

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::Bac";
constexpr qsizetype kChallengeSize = 8;
constexpr qsizetype kKeyMaterialSize = 16;
constexpr qsizetype kCryptogramSize = 32;
constexpr qsizetype kMacSize = 8;

core::Error unauthenticated(const QString& detail) {
    return core::Error("identity/bac-chip-unauthenticated",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::Bac",
                                                              "La puce n'a pas prouvé qu'elle "
                                                              "appartient à ce document : la "
                                                              "lecture est interrompue.")),
                       detail);
}

core::Error badInput(const QString& detail) {
    return core::Error("identity/bac-key-incomplete",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::Bac",
                                                              "Le numéro du document, la date de "
                                                              "naissance et la date d'expiration "
                                                              "sont nécessaires pour lire la "
                                                              "puce.")),
                       detail);
}

QString twoDigits(int value) {
    return QStringLiteral("%1").arg(value % 100, 2, 10, QLatin1Char('0'));
}

QString withCheckDigit(const QString& field) {
    return field + QString::number(MrzParser::checkDigit(field));
}

} // namespace

core::Result<BacKey> BacKey::fromMrz(const MrzData& mrz) {
    if (mrz.documentNumber.isEmpty())
        return badInput(QStringLiteral("no document number"));
    if (!mrz.birthDate.isValid())
        return badInput(QStringLiteral("birth year unknown"));
    if (!mrz.expiryDate.isValid())
        return badInput(QStringLiteral("no expiry date"));
    BacKey key;
    key.documentNumber = mrz.documentNumber;
    const core::PartialDate& birth = mrz.birthDate;
    const bool hasMonth = birth.precision() != core::PartialDate::Precision::Year;
    const bool hasDay = birth.precision() == core::PartialDate::Precision::Day;
    key.birthDate = twoDigits(birth.yearValue()) +
                    (hasMonth ? twoDigits(birth.monthValue()) : QStringLiteral("<<")) +
                    (hasDay ? twoDigits(birth.dayValue()) : QStringLiteral("<<"));
    key.expiryDate = mrz.expiryDate.toString(QStringLiteral("yyMMdd"));
    return key;
}

QByteArray BacKey::mrzInformation() const {
    const QString number = documentNumber.size() < 9
                               ? documentNumber.leftJustified(9, QLatin1Char('<'))
                               : documentNumber;
    return (withCheckDigit(number) + withCheckDigit(birthDate) + withCheckDigit(expiryDate))
        .toLatin1();
}

QByteArray Bac::keySeed(QByteArrayView mrzInformation) {
    return QCryptographicHash::hash(mrzInformation, QCryptographicHash::Sha1)
        .first(kKeyMaterialSize);
}

QByteArray Bac::deriveKey(QByteArrayView seed, quint32 counter) {
    QByteArray input = seed.toByteArray();
    for (int shift = 24; shift >= 0; shift -= 8)
        input.append(char((counter >> shift) & 0xFF));
    const QByteArray hash = QCryptographicHash::hash(input, QCryptographicHash::Sha1);
    return tdes::withOddParity(hash.first(kKeyMaterialSize));
}

BacKeys Bac::documentKeys(const BacKey& key) {
    const QByteArray seed = keySeed(key.mrzInformation());
    return {deriveKey(seed, 1), deriveKey(seed, 2)};
}

core::Result<QByteArray> Bac::authenticationData(const BacKeys& keys, QByteArrayView rndIc,
                                                 QByteArrayView rndIfd, QByteArrayView kIfd) {
    if (rndIc.size() != kChallengeSize || rndIfd.size() != kChallengeSize ||
        kIfd.size() != kKeyMaterialSize)
        return unauthenticated(QStringLiteral("challenge or key material of the wrong size"));
    const QByteArray s = rndIfd.toByteArray() + rndIc.toByteArray() + kIfd.toByteArray();
    const auto eIfd = tdes::encryptCbc(keys.encKey, s);
    if (!eIfd.ok())
        return eIfd;
    const auto mIfd = tdes::retailMac(keys.macKey, tdes::pad(*eIfd));
    if (!mIfd.ok())
        return mIfd;
    return *eIfd + *mIfd;
}

core::Result<SessionKeys> Bac::sessionKeys(const BacKeys& keys, QByteArrayView response,
                                           QByteArrayView rndIc, QByteArrayView rndIfd,
                                           QByteArrayView kIfd) {
    if (response.size() != kCryptogramSize + kMacSize)
        return unauthenticated(QStringLiteral("answer of %1 bytes").arg(response.size()));
    if (rndIc.size() != kChallengeSize || rndIfd.size() != kChallengeSize ||
        kIfd.size() != kKeyMaterialSize)
        return unauthenticated(QStringLiteral("challenge or key material of the wrong size"));
    const QByteArrayView eIc = response.first(kCryptogramSize);
    const QByteArrayView mIc = response.sliced(kCryptogramSize);
    const auto expectedMac = tdes::retailMac(keys.macKey, tdes::pad(eIc));
    if (!expectedMac.ok())
        return expectedMac.error();
    if (CRYPTO_memcmp(expectedMac->constData(), mIc.data(), kMacSize) != 0)
        return unauthenticated(QStringLiteral("M.IC does not match"));
    const auto r = tdes::decryptCbc(keys.encKey, eIc);
    if (!r.ok())
        return r.error();
    // R = RND.IC || RND.IFD || K.IC
    if (CRYPTO_memcmp(r->constData(), rndIc.data(), kChallengeSize) != 0 ||
        CRYPTO_memcmp(r->constData() + kChallengeSize, rndIfd.data(), kChallengeSize) != 0)
        return unauthenticated(QStringLiteral("challenges not echoed"));
    const QByteArray kIc = r->sliced(2 * kChallengeSize);
    QByteArray seed(kKeyMaterialSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < kKeyMaterialSize; ++i)
        seed[i] = char(quint8(kIfd.at(i)) ^ quint8(kIc.at(i)));
    SessionKeys session;
    session.encKey = deriveKey(seed, 1);
    session.macKey = deriveKey(seed, 2);
    session.ssc = rndIc.sliced(4).toByteArray() + rndIfd.sliced(4).toByteArray();
    return session;
}

} // namespace sijil::identity
