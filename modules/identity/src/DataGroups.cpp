#include <sijil/identity/DataGroups.h>
#include <sijil/identity/Tlv.h>

#include <QDate>

#include <algorithm>
#include <cstring>
#include <memory>
#include <openjpeg.h>

namespace sijil::identity {

namespace {

constexpr const char* kCtx = "sijil::identity::DataGroups";

core::Error malformed(const QString& detail) {
    return core::Error("identity/dg-malformed",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DataGroups",
                                                              "Un fichier de la puce est mal "
                                                              "formé et ne peut pas être lu.")),
                       detail);
}

core::Error undecodable(const QString& detail) {
    return core::Error("identity/image-undecodable",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::identity::DataGroups",
                                                              "La photo enregistrée dans la puce "
                                                              "ne peut pas être affichée.")),
                       detail);
}

quint32 bigEndian(QByteArrayView bytes, qsizetype offset, int size) {
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

bool isJpeg(QByteArrayView image) {
    return image.size() >= 3 && image.first(3) == QByteArrayView("\xFF\xD8\xFF", 3);
}

bool isJpeg2000(QByteArrayView image) {
    static const char jp2[] = "\x00\x00\x00\x0C\x6A\x50\x20\x20";
    static const char codestream[] = "\xFF\x4F\xFF\x51";
    return (image.size() >= 8 && image.first(8) == QByteArrayView(jp2, 8)) ||
           (image.size() >= 4 && image.first(4) == QByteArrayView(codestream, 4));
}

// '<' fillers of a name part to spaces, trimmed.
QString nameText(QStringView part) {
    return part.toString().replace(u'<', u' ').simplified();
}

// Places and addresses: fields separated by '<'.
QString fieldsText(const QString& value) {
    QStringList fields;
    for (const QString& field : value.split(u'<', Qt::SkipEmptyParts))
        fields << field.simplified();
    return fields.join(QStringLiteral(", "));
}

std::optional<core::PartialDate> fullDate(const QByteArray& value) {
    QString text;
    if (value.size() == 8)
        text = QString::fromLatin1(value); // YYYYMMDD
    else if (value.size() == 4)
        text = QString::fromLatin1(value.toHex()); // BCD, as some older chips write it
    if (text.size() != 8)
        return std::nullopt;
    return core::PartialDate::fromIso(
        QStringLiteral("%1-%2-%3").arg(text.left(4), text.mid(4, 2), text.mid(6, 2)));
}

// OpenJPEG reads from memory through these.
struct MemoryStream {
    QByteArrayView data;
    qsizetype position = 0;
};

OPJ_SIZE_T readStream(void* buffer, OPJ_SIZE_T count, void* user) {
    auto* stream = static_cast<MemoryStream*>(user);
    const qsizetype left = stream->data.size() - stream->position;
    if (left <= 0)
        return static_cast<OPJ_SIZE_T>(-1);
    const qsizetype n = std::min<qsizetype>(left, qsizetype(count));
    memcpy(buffer, stream->data.data() + stream->position, size_t(n));
    stream->position += n;
    return OPJ_SIZE_T(n);
}

OPJ_OFF_T skipStream(OPJ_OFF_T count, void* user) {
    auto* stream = static_cast<MemoryStream*>(user);
    const qsizetype target =
        std::clamp<qsizetype>(stream->position + qsizetype(count), 0, stream->data.size());
    const OPJ_OFF_T skipped = OPJ_OFF_T(target - stream->position);
    stream->position = target;
    return skipped;
}

OPJ_BOOL seekStream(OPJ_OFF_T position, void* user) {
    auto* stream = static_cast<MemoryStream*>(user);
    if (position < 0 || position > OPJ_OFF_T(stream->data.size()))
        return OPJ_FALSE;
    stream->position = qsizetype(position);
    return OPJ_TRUE;
}

quint8 eightBits(OPJ_INT32 value, const opj_image_comp_t& comp) {
    if (comp.sgnd)
        value += 1 << (comp.prec - 1);
    if (comp.prec > 8)
        value >>= (comp.prec - 8);
    else if (comp.prec < 8)
        value <<= (8 - comp.prec);
    return quint8(std::clamp(value, 0, 255));
}

} // namespace

core::Result<FaceImage> DataGroups::face(QByteArrayView dg2) {
    const auto outer = TlvReader::readOne(dg2, true);
    if (!outer.ok())
        return outer.error();
    const Tlv* group = outer->tag == 0x75 ? outer->child(0x7F61) : nullptr;
    const Tlv* bit = group ? group->child(0x7F60) : nullptr;
    if (!bit)
        return malformed(QStringLiteral("DG2 without biometric information template"));
    // 5F2E: the plain block (7F2E, enciphered, is for protected biometrics, never the face).
    const Tlv* block = bit->child(0x5F2E);
    if (!block)
        return malformed(QStringLiteral("DG2 without biometric data block"));
    const QByteArrayView record(block->value);

    FaceImage face;
    QByteArrayView image;
    // ISO/IEC 19794-5: "FAC\0", version, record length, number of faces, then per face a
    // 20-byte information block, 8 bytes per feature point, 12 bytes of image information.
    if (record.size() >= 14 && record.first(4) == QByteArrayView("FAC\0", 4)) {
        constexpr qsizetype kFace = 14;
        constexpr qsizetype kFaceInfo = 20;
        constexpr qsizetype kImageInfo = 12;
        if (record.size() < kFace + kFaceInfo)
            return malformed(QStringLiteral("DG2 face record of %1 bytes").arg(record.size()));
        const qsizetype blockLength = bigEndian(record, kFace, 4);
        const qsizetype points = bigEndian(record, kFace + 4, 2);
        const qsizetype info = kFace + kFaceInfo + 8 * points;
        if (blockLength < kFaceInfo + 8 * points + kImageInfo ||
            kFace + blockLength > record.size())
            return malformed(QStringLiteral("DG2 face block of %1 bytes in a record of %2")
                                 .arg(blockLength)
                                 .arg(record.size()));
        face.width = int(bigEndian(record, info + 2, 2));
        face.height = int(bigEndian(record, info + 4, 2));
        image = record.sliced(info + kImageInfo, kFace + blockLength - info - kImageInfo);
    } else {
        image = record; // some chips store the image alone
    }
    if (isJpeg(image))
        face.format = FaceImage::Format::Jpeg;
    else if (isJpeg2000(image))
        face.format = FaceImage::Format::Jpeg2000;
    else
        return malformed(QStringLiteral("DG2 image neither JPEG nor JPEG 2000"));
    face.data = image.toByteArray();
    return face;
}

core::Result<AdditionalPersonalDetails> DataGroups::additionalDetails(QByteArrayView dg11) {
    const auto outer = TlvReader::readOne(dg11, true);
    if (!outer.ok())
        return outer.error();
    if (outer->tag != 0x6B)
        return malformed(QStringLiteral("DG11 tag %1").arg(outer->tag, 0, 16));
    AdditionalPersonalDetails details;
    const auto text = [&](quint32 tag) {
        const Tlv* field = outer->child(tag);
        return field ? QString::fromUtf8(field->value) : QString();
    };
    details.fullName = text(0x5F0E);
    if (!details.fullName.isEmpty()) {
        const qsizetype split = details.fullName.indexOf(QStringLiteral("<<"));
        details.familyName = nameText(split < 0 ? QStringView(details.fullName)
                                                : QStringView(details.fullName).first(split));
        if (split >= 0)
            details.givenNames = nameText(QStringView(details.fullName).sliced(split + 2));
    }
    if (const Tlv* others = outer->child(0xA0)) {
        for (const Tlv& other : others->children) {
            if (other.tag == 0x5F0F)
                details.otherNames << nameText(QString::fromUtf8(other.value));
        }
    }
    details.personalNumber = text(0x5F10).remove(u'<');
    if (const Tlv* date = outer->child(0x5F2B))
        details.birthDate = fullDate(date->value);
    details.placeOfBirth = fieldsText(text(0x5F11));
    details.address = fieldsText(text(0x5F42));
    details.telephone = text(0x5F12).trimmed();
    details.profession = text(0x5F13).trimmed();
    details.title = text(0x5F14).trimmed();
    details.personalSummary = text(0x5F15).trimmed();
    details.custodyInformation = text(0x5F18).trimmed();
    return details;
}

core::Result<DocumentDetails> DataGroups::documentDetails(QByteArrayView dg12) {
    const auto outer = TlvReader::readOne(dg12, true);
    if (!outer.ok())
        return outer.error();
    if (outer->tag != 0x6C)
        return malformed(QStringLiteral("DG12 tag %1").arg(outer->tag, 0, 16));
    DocumentDetails details;
    const auto text = [&](quint32 tag) {
        const Tlv* field = outer->child(tag);
        return field ? QString::fromUtf8(field->value).trimmed() : QString();
    };
    details.issuingAuthority = fieldsText(text(0x5F19));
    if (const Tlv* date = outer->child(0x5F26))
        details.dateOfIssue = fullDate(date->value);
    if (const Tlv* others = outer->child(0xA0)) {
        for (const Tlv& other : others->children) {
            if (other.tag == 0x5F1A)
                details.otherPersons << nameText(QString::fromUtf8(other.value));
        }
    }
    details.endorsements = text(0x5F1B);
    details.taxOrExitRequirements = text(0x5F1C);
    details.hasFrontImage = outer->child(0x5F1D) != nullptr;
    details.hasRearImage = outer->child(0x5F1E) != nullptr;
    if (const Tlv* time = outer->child(0x5F55)) // 7 bytes of BCD, or 14 digits
        details.personalizationTime = time->value.size() == 7
                                          ? QString::fromLatin1(time->value.toHex())
                                          : QString::fromLatin1(time->value);
    details.personalizationDevice = text(0x5F56);
    return details;
}

core::Result<DecodedImage> DataGroups::decodeJpeg2000(QByteArrayView data) {
    const bool codestream =
        data.size() >= 2 && quint8(data.at(0)) == 0xFF && quint8(data.at(1)) == 0x4F;
    MemoryStream memory{data, 0};
    const std::unique_ptr<opj_stream_t, void (*)(opj_stream_t*)> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE), opj_stream_destroy);
    const std::unique_ptr<opj_codec_t, void (*)(opj_codec_t*)> codec(
        opj_create_decompress(codestream ? OPJ_CODEC_J2K : OPJ_CODEC_JP2), opj_destroy_codec);
    if (!stream || !codec)
        return undecodable(QStringLiteral("OpenJPEG objects"));
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), OPJ_UINT64(data.size()));
    opj_stream_set_read_function(stream.get(), readStream);
    opj_stream_set_skip_function(stream.get(), skipStream);
    opj_stream_set_seek_function(stream.get(), seekStream);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters))
        return undecodable(QStringLiteral("opj_setup_decoder"));
    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw))
        return undecodable(QStringLiteral("JPEG 2000 header"));
    const std::unique_ptr<opj_image_t, void (*)(opj_image_t*)> image(raw, opj_image_destroy);
    if (!opj_decode(codec.get(), stream.get(), image.get()) ||
        !opj_end_decompress(codec.get(), stream.get()))
        return undecodable(QStringLiteral("JPEG 2000 data"));
    if (image->numcomps == 0 || !image->comps[0].data)
        return undecodable(QStringLiteral("no component"));
    const opj_image_comp_t& first = image->comps[0];
    const int width = int(first.w);
    const int height = int(first.h);
    if (width <= 0 || height <= 0 || width > 10000 || height > 10000)
        return undecodable(QStringLiteral("size %1x%2").arg(width).arg(height));
    const bool colour = image->numcomps >= 3;
    for (OPJ_UINT32 c = 0; c < (colour ? 3u : 1u); ++c) {
        if (!image->comps[c].data || image->comps[c].prec == 0 || image->comps[c].prec > 16)
            return undecodable(QStringLiteral("component %1").arg(c));
    }
    DecodedImage out;
    out.width = width;
    out.height = height;
    out.rgb.resize(qsizetype(width) * height * 3);
    auto* pixel = reinterpret_cast<quint8*>(out.rgb.data());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < 3; ++c) {
                // Subsampled components are read at their own, coarser, grid.
                const opj_image_comp_t& comp = image->comps[colour ? c : 0];
                const qsizetype cx = qsizetype(x) * comp.w / OPJ_UINT32(width);
                const qsizetype cy = qsizetype(y) * comp.h / OPJ_UINT32(height);
                *pixel++ = eightBits(comp.data[cy * comp.w + cx], comp);
            }
        }
    }
    return out;
}

} // namespace sijil::identity
