#pragma once

// The content of a PACE ID card for the simulator outside tst_Pace (sijil_chip_sim over vpcd, the
// fault tests, bench/card): EF.COM listing DG1 and DG2, DG1 with a TD1 zone, DG2 with a JPEG face
// made with QImage, and EF.SOD signed by a document signer of a test CSCA (TestPki.h).
#include "PaceChipSimulator.h"
#include "TestPki.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

namespace sijil::identity::test {

// ICAO 9303 part 5's TD1 specimen, the layout of an ID card such as the CNIE (three lines joined).
inline const QByteArray kSpecimenTd1 = "I<UTOD231458907<<<<<<<<<<<<<<<"
                                       "7408122F1204159UTO<<<<<<<<<<<6"
                                       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
inline const QByteArray kSpecimenCan = "123456";

inline QByteArray bigEndian(quint32 value, int size) {
    QByteArray out;
    for (int i = size - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

// A face of `width` x `height` pixels as JPEG; larger faces make DG2 span more READ BINARY.
inline QByteArray specimenJpeg(int width = 240, int height = 320) {
    QImage image(width, height, QImage::Format_RGB32);
    // A gradient, so that the JPEG is not trivially small.
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return jpeg;
}

// DG2: the biometric information template with an ISO/IEC 19794-5 face record around a JPEG.
inline QByteArray specimenDg2(const QByteArray& jpeg, int width = 240, int height = 320) {
    // Face information: block length, no feature points, gender, eye and hair colours, feature
    // mask, expression, pose angles and their uncertainty (20 bytes), then the image information.
    QByteArray facial = bigEndian(quint32(20 + 12 + jpeg.size()), 4) + bigEndian(0, 2) +
                        QByteArray(1, '\x02') + QByteArray(2, '\0') + QByteArray(3, '\0') +
                        bigEndian(0, 2) + QByteArray(6, '\0');
    facial += QByteArray(1, '\x01') + QByteArray(1, '\x00') /* JPEG */ +
              bigEndian(quint32(width), 2) + bigEndian(quint32(height), 2) + QByteArray(1, '\x01') +
              QByteArray(1, '\x02') + bigEndian(0, 2) + bigEndian(0, 2);
    const QByteArray record = QByteArray("FAC\0"
                                         "010\0",
                                         8) +
                              bigEndian(quint32(14 + facial.size() + jpeg.size()), 4) +
                              bigEndian(1, 2) + facial + jpeg;
    const QByteArray header = TlvReader::encode(0x80, QByteArray::fromHex("0101")) +
                              TlvReader::encode(0x87, QByteArray::fromHex("0101")) +
                              TlvReader::encode(0x88, QByteArray::fromHex("0008"));
    const QByteArray bit = TlvReader::encode(0x7F60, TlvReader::encode(0xA1, header) +
                                                         TlvReader::encode(0x5F2E, record));
    return TlvReader::encode(
        0x75, TlvReader::encode(0x7F61, TlvReader::encode(0x02, QByteArray(1, '\x01')) + bit));
}

// DG11 as Morocco's CNIE keeps it: the holder's name, place of birth and address in Arabic.
inline QByteArray specimenDg11() {
    return TlvReader::encode(
        0x6B,
        TlvReader::encode(0x5C, QByteArray::fromHex("5F0E5F115F42")) +
            TlvReader::encode(0x5F0E, QStringLiteral(u"إريكسون<<آنا<ماريا").toUtf8()) +
            TlvReader::encode(0x5F11, QStringLiteral(u"الرباط<المغرب").toUtf8()) +
            TlvReader::encode(0x5F42, QStringLiteral(u"12 شارع محمد الخامس<الرباط").toUtf8()));
}

// DG12: the issuing authority and the date of issue (15 April 2010).
inline QByteArray specimenDg12() {
    return TlvReader::encode(0x6C, TlvReader::encode(0x5C, QByteArray::fromHex("5F195F26")) +
                                       TlvReader::encode(0x5F19, "DGSN<RABAT") +
                                       TlvReader::encode(0x5F26, "20100415"));
}

// EF.COM (DG1, DG2, and DG11, DG12 `withDetails`), DG1 holding `td1`, DG2 holding `jpeg`,
// EF.SOD over all of them signed by `documentSigner`.
inline void fillSpecimen(PaceChipSimulator& chip, const Identity& documentSigner,
                         const QByteArray& td1 = kSpecimenTd1,
                         const QByteArray& jpeg = specimenJpeg(), bool withDetails = false) {
    chip.files[0x011E] = TlvReader::encode(
        0x60, TlvReader::encode(0x5F01, "0107") + TlvReader::encode(0x5F36, "040000") +
                  TlvReader::encode(0x5C, QByteArray::fromHex(withDetails ? "61756B6C" : "6175")));
    chip.files[0x0101] = TlvReader::encode(0x61, TlvReader::encode(0x5F1F, td1));
    chip.files[0x0102] = specimenDg2(jpeg);
    QMap<int, QByteArray> signedGroups{{1, chip.files[0x0101]}, {2, chip.files[0x0102]}};
    if (withDetails) {
        chip.files[0x010B] = specimenDg11();
        chip.files[0x010C] = specimenDg12();
        signedGroups.insert(11, chip.files[0x010B]);
        signedGroups.insert(12, chip.files[0x010C]);
    }
    chip.files[0x011D] = makeSod(signedGroups, documentSigner);
}

} // namespace sijil::identity::test
