#pragma once

#include <QByteArray>
#include <QString>

// ICAO 9303's specimen zones (Anna Maria Eriksson, Utopia), one per document format.
namespace sijil::identity::test {

inline const QByteArray kTd3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
inline const QByteArray kTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
inline const QByteArray kTd2Line1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
inline const QByteArray kTd2Line2 = "D231458907UTO7408122F1204159<<<<<<<6";
inline const QByteArray kTd1Line1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
inline const QByteArray kTd1Line2 = "7408122F1204159UTO<<<<<<<<<<<6";
inline const QByteArray kTd1Line3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

inline QString td3Zone() {
    return QString::fromLatin1(kTd3Line1 + '\n' + kTd3Line2);
}

} // namespace sijil::identity::test
