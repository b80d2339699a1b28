#include <sijil/identity/AccessKey.h>

#include <QCryptographicHash>

namespace sijil::identity {

AccessKey AccessKey::fromMrz(BacKey key) {
    AccessKey access;
    access.kind = Kind::Mrz;
    access.mrz = std::move(key);
    return access;
}

core::Result<AccessKey> AccessKey::fromCan(const QString& can) {
    QString digits = can;
    digits.remove(QLatin1Char(' '));
    const bool valid =
        !digits.isEmpty() &&
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!valid)
        return core::Error("identity/can-invalid",
                           core::UserText("sijil::identity::AccessKey",
                                          QT_TRANSLATE_NOOP("sijil::identity::AccessKey",
                                                            "Le numéro d'accès (CAN) ne se compose "
                                                            "que de chiffres, tels qu'imprimés "
                                                            "sur la carte.")),
                           QStringLiteral("CAN of %1 characters").arg(can.size()));
    AccessKey access;
    access.kind = Kind::Can;
    access.can = digits;
    return access;
}

QByteArray AccessKey::pacePassword() const {
    if (kind == Kind::Can)
        return can.toLatin1();
    return QCryptographicHash::hash(mrz.mrzInformation(), QCryptographicHash::Sha1);
}

} // namespace sijil::identity
