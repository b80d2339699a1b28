// DG2 and DG11 parsing (ICAO 9303 part 10) and JPEG 2000 decoding, against images encoded here
// with OpenJPEG's compressor (lossless, so every pixel can be compared).
#include <sijil/identity/DataGroups.h>
#include <sijil/identity/Tlv.h>

#include <QtTest>

#include <cstring>
#include <memory>
#include <openjpeg.h>
#include <vector>

using namespace sijil;
using namespace sijil::identity;

namespace {

QByteArray be(quint32 value, int size) {
    QByteArray out;
    for (int i = size - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

int sample(int x, int y, int c) {
    return (x * 37 + y * 11 + c * 71) % 256;
}

// OpenJPEG writes JP2 boxes then seeks back to fill in their lengths.
struct Output {
    QByteArray bytes;
    qsizetype position = 0;
};

OPJ_SIZE_T writeStream(void* buffer, OPJ_SIZE_T count, void* user) {
    auto* out = static_cast<Output*>(user);
    const qsizetype end = out->position + qsizetype(count);
    if (end > out->bytes.size())
        out->bytes.resize(end, '\0');
    memcpy(out->bytes.data() + out->position, buffer, count);
    out->position = end;
    return count;
}
OPJ_OFF_T skipStream(OPJ_OFF_T count, void* user) {
    auto* out = static_cast<Output*>(user);
    out->position += qsizetype(count);
    if (out->position > out->bytes.size())
        out->bytes.resize(out->position, '\0');
    return count;
}
OPJ_BOOL seekStream(OPJ_OFF_T position, void* user) {
    auto* out = static_cast<Output*>(user);
    out->position = qsizetype(position);
    if (out->position > out->bytes.size())
        out->bytes.resize(out->position, '\0');
    return OPJ_TRUE;
}

// A lossless JPEG 2000 image of `components` 8-bit planes filled with sample().
QByteArray encodeJpeg2000(int width, int height, int components, bool codestream) {
    std::vector<opj_image_cmptparm_t> parameters(static_cast<size_t>(components));
    for (auto& p : parameters) {
        memset(&p, 0, sizeof p);
        p.dx = 1;
        p.dy = 1;
        p.w = OPJ_UINT32(width);
        p.h = OPJ_UINT32(height);
        p.prec = 8;
        p.sgnd = 0;
    }
    const std::unique_ptr<opj_image_t, void (*)(opj_image_t*)> image(
        opj_image_create(OPJ_UINT32(components), parameters.data(),
                         components == 1 ? OPJ_CLRSPC_GRAY : OPJ_CLRSPC_SRGB),
        opj_image_destroy);
    image->x1 = OPJ_UINT32(width);
    image->y1 = OPJ_UINT32(height);
    for (int c = 0; c < components; ++c)
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                image->comps[c].data[y * width + x] = sample(x, y, c);
    opj_cparameters_t settings;
    opj_set_default_encoder_parameters(&settings);
    settings.tcp_numlayers = 1;
    settings.tcp_rates[0] = 0; // lossless
    settings.cp_disto_alloc = 1;
    settings.numresolution = 3;
    const std::unique_ptr<opj_codec_t, void (*)(opj_codec_t*)> codec(
        opj_create_compress(codestream ? OPJ_CODEC_J2K : OPJ_CODEC_JP2), opj_destroy_codec);
    Output out;
    const std::unique_ptr<opj_stream_t, void (*)(opj_stream_t*)> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_FALSE), opj_stream_destroy);
    opj_stream_set_user_data(stream.get(), &out, nullptr);
    opj_stream_set_write_function(stream.get(), writeStream);
    opj_stream_set_skip_function(stream.get(), skipStream);
    opj_stream_set_seek_function(stream.get(), seekStream);
    if (!opj_setup_encoder(codec.get(), &settings, image.get()) ||
        !opj_start_compress(codec.get(), image.get(), stream.get()) ||
        !opj_encode(codec.get(), stream.get()) || !opj_end_compress(codec.get(), stream.get()))
        return {};
    return out.bytes;
}

QByteArray faceRecord(const QByteArray& image, quint8 dataType, int width, int height,
                      int featurePoints = 0) {
    QByteArray facial = be(20 + 8 * featurePoints + 12 + image.size(), 4) + be(featurePoints, 2) +
                        QByteArray(1, '\x01') + QByteArray(2, '\0') + QByteArray(3, '\0') +
                        be(0, 2) + QByteArray(6, '\0');
    for (int i = 0; i < featurePoints; ++i)
        facial += QByteArray::fromHex("0101000A000B0000");
    facial += QByteArray(1, '\x01') + QByteArray(1, char(dataType)) + be(width, 2) + be(height, 2) +
              QByteArray(1, '\x01') + QByteArray(1, '\x02') + be(0, 2) + be(0, 2);
    return QByteArray("FAC\0"
                      "010\0",
                      8) +
           be(14 + facial.size() + image.size(), 4) + be(1, 2) + facial + image;
}

QByteArray dg2(const QByteArray& block) {
    const QByteArray bit = TlvReader::encode(
        0x7F60, TlvReader::encode(0xA1, TlvReader::encode(0x80, QByteArray::fromHex("0101"))) +
                    TlvReader::encode(0x5F2E, block));
    return TlvReader::encode(
        0x75, TlvReader::encode(0x7F61, TlvReader::encode(0x02, QByteArray(1, '\x01')) + bit));
}

} // namespace

class tst_DataGroups : public QObject {
    Q_OBJECT

private slots:
    void jpeg2000Face_data() {
        QTest::addColumn<int>("components");
        QTest::addColumn<bool>("codestream");
        QTest::newRow("JP2 colour") << 3 << false;
        QTest::newRow("J2K codestream colour") << 3 << true;
        QTest::newRow("JP2 grey") << 1 << false;
    }

    void jpeg2000Face() {
        QFETCH(int, components);
        QFETCH(bool, codestream);
        const QByteArray jp2 = encodeJpeg2000(20, 12, components, codestream);
        QVERIFY(!jp2.isEmpty());
        const auto face = DataGroups::face(dg2(faceRecord(jp2, 1, 20, 12, 2)));
        QVERIFY2(face.ok(), qPrintable(face.ok() ? QString() : face.error().detail()));
        QCOMPARE(face->format, FaceImage::Format::Jpeg2000);
        QCOMPARE(face->data, jp2);
        QCOMPARE(face->width, 20);
        QCOMPARE(face->height, 12);

        const auto decoded = DataGroups::decodeJpeg2000(face->data);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail()));
        QCOMPARE(decoded->width, 20);
        QCOMPARE(decoded->height, 12);
        QCOMPARE(decoded->rgb.size(), 20 * 12 * 3);
        for (int y = 0; y < 12; ++y) {
            for (int x = 0; x < 20; ++x) {
                for (int c = 0; c < 3; ++c) {
                    const int expected = sample(x, y, components == 1 ? 0 : c);
                    QCOMPARE(int(quint8(decoded->rgb.at((y * 20 + x) * 3 + c))), expected);
                }
            }
        }
    }

    void brokenJpeg2000() {
        QByteArray jp2 = encodeJpeg2000(20, 12, 3, false);
        const auto truncated = DataGroups::decodeJpeg2000(jp2.first(jp2.size() / 3));
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code(), QByteArray("identity/image-undecodable"));
        QVERIFY(!DataGroups::decodeJpeg2000(QByteArray("not an image")).ok());
    }

    // Some chips store the image without the ISO/IEC 19794-5 record around it.
    void bareJpeg() {
        const QByteArray jpeg = QByteArray::fromHex("FFD8FFE000104A46494600") + QByteArray(40, 'x');
        const auto face = DataGroups::face(dg2(jpeg));
        QVERIFY(face.ok());
        QCOMPARE(face->format, FaceImage::Format::Jpeg);
        QCOMPARE(face->data, jpeg);
        QCOMPARE(face->width, 0);
    }

    void malformedFace_data() {
        QTest::addColumn<QByteArray>("dg2");
        const QByteArray jpeg = QByteArray::fromHex("FFD8FFE0") + QByteArray(20, 'x');
        QByteArray longBlock = faceRecord(jpeg, 0, 4, 4);
        longBlock.replace(14, 4, be(5000, 4));
        QTest::newRow("block past the record") << dg2(longBlock);
        QTest::newRow("short record") << dg2(QByteArray("FAC\0010\0", 8) + be(20, 4) + be(1, 2));
        QTest::newRow("unknown image") << dg2(faceRecord(QByteArray(30, 'z'), 0, 4, 4));
        QTest::newRow("not DG2") << TlvReader::encode(0x61, "x");
        QTest::newRow("no template") << TlvReader::encode(0x75, TlvReader::encode(0x02, "1"));
        QTest::newRow("truncated TLV") << dg2(faceRecord(jpeg, 0, 4, 4)).chopped(3);
    }

    void malformedFace() {
        QFETCH(QByteArray, dg2);
        const auto face = DataGroups::face(dg2);
        QVERIFY(!face.ok());
        QVERIFY(face.error().code() == "identity/dg-malformed" ||
                face.error().code() == "identity/tlv-malformed");
    }

    void additionalDetails() {
        const QByteArray others = TlvReader::encode(0x02, QByteArray(1, '\x01')) +
                                  TlvReader::encode(0x5F0F, QStringLiteral(u"بنت<محمد").toUtf8());
        const QByteArray dg11 = TlvReader::encode(
            0x6B, TlvReader::encode(0x5C, QByteArray::fromHex("5F0E5F105F2B5F115F42")) +
                      TlvReader::encode(0x5F0E, QStringLiteral(u"العلوي<<فاطمة<الزهراء").toUtf8()) +
                      TlvReader::encode(0xA0, others) + TlvReader::encode(0x5F10, "AB123456<<") +
                      TlvReader::encode(0x5F2B, "19850317") +
                      TlvReader::encode(0x5F11, QStringLiteral(u"فاس<<المغرب").toUtf8()) +
                      TlvReader::encode(0x5F42, "12 RUE X<CASABLANCA<MAROC") +
                      TlvReader::encode(0x5F13, "MEDECIN"));
        const auto details = DataGroups::additionalDetails(dg11);
        QVERIFY2(details.ok(), qPrintable(details.ok() ? QString() : details.error().detail()));
        QCOMPARE(details->fullName, QStringLiteral(u"العلوي<<فاطمة<الزهراء"));
        QCOMPARE(details->familyName, QStringLiteral(u"العلوي"));
        QCOMPARE(details->givenNames, QStringLiteral(u"فاطمة الزهراء"));
        QCOMPARE(details->otherNames, QStringList{QStringLiteral(u"بنت محمد")});
        QCOMPARE(details->personalNumber, QStringLiteral("AB123456"));
        QVERIFY(details->birthDate);
        QCOMPARE(details->birthDate->toIso(), QStringLiteral("1985-03-17"));
        QCOMPARE(details->placeOfBirth, QStringLiteral(u"فاس, المغرب"));
        QCOMPARE(details->address, QStringLiteral("12 RUE X, CASABLANCA, MAROC"));
        QCOMPARE(details->profession, QStringLiteral("MEDECIN"));
        QVERIFY(details->telephone.isEmpty());
    }

    void documentDetails() {
        const QByteArray dg12 = TlvReader::encode(
            0x6C, TlvReader::encode(0x5C, QByteArray::fromHex("5F195F265F1A5F1B5F555F56")) +
                      TlvReader::encode(0x5F19, "DGSN<<RABAT") +
                      TlvReader::encode(0x5F26, "20200415") +
                      TlvReader::encode(0xA0, TlvReader::encode(0x02, QByteArray(1, '\x01')) +
                                                  TlvReader::encode(0x5F1A, "BENANI<<SARA")) +
                      TlvReader::encode(0x5F1B, "VALABLE AU MAROC") +
                      TlvReader::encode(0x5F1D, QByteArray(10, 'x')) +
                      TlvReader::encode(0x5F55, QByteArray::fromHex("20200415103000")) +
                      TlvReader::encode(0x5F56, "PERSO-7"));
        const auto details = DataGroups::documentDetails(dg12);
        QVERIFY(details.ok());
        QCOMPARE(details->issuingAuthority, QStringLiteral("DGSN, RABAT"));
        QCOMPARE(details->dateOfIssue->toIso(), QStringLiteral("2020-04-15"));
        QCOMPARE(details->otherPersons, QStringList{QStringLiteral("BENANI SARA")});
        QCOMPARE(details->endorsements, QStringLiteral("VALABLE AU MAROC"));
        QCOMPARE(details->personalizationTime, QStringLiteral("20200415103000"));
        QCOMPARE(details->personalizationDevice, QStringLiteral("PERSO-7"));
        QVERIFY(details->hasFrontImage);
        QVERIFY(!details->hasRearImage);
        // A date that is no date is left out; another group's tag is refused.
        const auto badDate = DataGroups::documentDetails(
            TlvReader::encode(0x6C, TlvReader::encode(0x5F26, "20201332")));
        QVERIFY(badDate.ok());
        QVERIFY(!badDate->dateOfIssue);
        QCOMPARE(
            DataGroups::documentDetails(TlvReader::encode(0x6B, TlvReader::encode(0x5F0E, "x")))
                .error()
                .code(),
            QByteArray("identity/dg-malformed"));
    }

    void additionalDetailsEdgeCases() {
        // A name without secondary identifier, a BCD date, an impossible date.
        auto only = DataGroups::additionalDetails(TlvReader::encode(
            0x6B, TlvReader::encode(0x5F0E, "BENANI") +
                      TlvReader::encode(0x5F2B, QByteArray::fromHex("19850317"))));
        QVERIFY(only.ok());
        QCOMPARE(only->familyName, QStringLiteral("BENANI"));
        QVERIFY(only->givenNames.isEmpty());
        QCOMPARE(only->birthDate->toIso(), QStringLiteral("1985-03-17"));
        auto impossible = DataGroups::additionalDetails(
            TlvReader::encode(0x6B, TlvReader::encode(0x5F2B, "19851332")));
        QVERIFY(impossible.ok());
        QVERIFY(!impossible->birthDate);
        QCOMPARE(DataGroups::additionalDetails(TlvReader::encode(0x53, "x")).error().code(),
                 QByteArray("identity/dg-malformed"));
    }
};

QTEST_GUILESS_MAIN(tst_DataGroups)
#include "tst_DataGroups.moc"
