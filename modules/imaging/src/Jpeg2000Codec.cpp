#include "Jpeg2000Codec.h"

#include "ImagingLog.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcstack.h>
#include <dcmtk/dcmdata/dcswap.h>
#include <dcmtk/dcmdata/dcvrpobw.h>
#include <limits>
#include <memory>
#include <openjpeg.h>
#include <optional>
#include <utility>
#include <vector>

namespace sijil::imaging {

namespace {

thread_local QString lastProblem;

// Records why a frame is refused (for DicomImage's error detail) and says so to DCMTK.
OFCondition refuse(const QString& why) {
    lastProblem = why;
    qCInfo(lcImaging) << "JPEG 2000 frame refused:" << why;
    return EC_CorruptedData;
}

// OpenJPEG's messages speak of markers, tiles and sizes only; they go to the module's category.
void opjError(const char* message, void*) {
    qCInfo(lcImaging) << "OpenJPEG:" << QString::fromLatin1(message).trimmed();
}
void opjWarning(const char* message, void*) {
    qCDebug(lcImaging) << "OpenJPEG:" << QString::fromLatin1(message).trimmed();
}
void opjInfo(const char*, void*) {}

// The attributes of the DICOM header that the codestream must agree with.
struct Header {
    Uint16 rows = 0;
    Uint16 columns = 0;
    Uint16 samples = 0;
    Uint16 bitsAllocated = 0;
    Uint16 bitsStored = 0;
    Uint16 highBit = 0;
    Uint16 pixelRepresentation = 0;
    Uint16 planarConfiguration = 0;
    Uint32 frames = 1;
    OFString photometric;

    [[nodiscard]] std::size_t pixels() const { return std::size_t(rows) * columns; }
    [[nodiscard]] std::size_t frameBytes() const {
        return pixels() * samples * (bitsAllocated / 8u);
    }
};

std::optional<Header> readHeader(DcmItem& dataset, QString& why) {
    Header h;
    if (dataset.findAndGetUint16(DCM_Rows, h.rows).bad() ||
        dataset.findAndGetUint16(DCM_Columns, h.columns).bad() ||
        dataset.findAndGetUint16(DCM_SamplesPerPixel, h.samples).bad() ||
        dataset.findAndGetUint16(DCM_BitsAllocated, h.bitsAllocated).bad() ||
        dataset.findAndGetUint16(DCM_PixelRepresentation, h.pixelRepresentation).bad()) {
        why = QStringLiteral("image attributes missing");
        return std::nullopt;
    }
    if (dataset.findAndGetUint16(DCM_BitsStored, h.bitsStored).bad())
        h.bitsStored = h.bitsAllocated;
    if (dataset.findAndGetUint16(DCM_HighBit, h.highBit).bad())
        h.highBit = Uint16(h.bitsStored - 1);
    (void)dataset.findAndGetUint16(DCM_PlanarConfiguration, h.planarConfiguration);
    Sint32 frames = 1;
    if (dataset.findAndGetSint32(DCM_NumberOfFrames, frames).good())
        h.frames = frames > 0 ? Uint32(frames) : 1;
    (void)dataset.findAndGetOFString(DCM_PhotometricInterpretation, h.photometric);
    // Sample values are placed at the low bits of 8- or 16-bit words, as DICOM requires for
    // JPEG 2000 (PS3.5 8.2.4).
    if (h.rows == 0 || h.columns == 0 || (h.samples != 1 && h.samples != 3) ||
        (h.bitsAllocated != 8 && h.bitsAllocated != 16) || h.bitsStored == 0 ||
        h.bitsStored > h.bitsAllocated || h.highBit != h.bitsStored - 1 ||
        h.pixelRepresentation > 1) {
        why = QStringLiteral("header %1x%2, %3 samples, %4/%5 bits (high bit %6), "
                             "representation %7: not a JPEG 2000 layout")
                  .arg(h.columns)
                  .arg(h.rows)
                  .arg(h.samples)
                  .arg(h.bitsStored)
                  .arg(h.bitsAllocated)
                  .arg(h.highBit)
                  .arg(h.pixelRepresentation);
        return std::nullopt;
    }
    return h;
}

bool isColourTransformed(const OFString& photometric) {
    return photometric == "YBR_ICT" || photometric == "YBR_RCT";
}

// What the decoded pixels are: RGB once OpenJPEG has undone the colour transform.
OFString decompressedModel(const OFString& photometric) {
    return isColourTransformed(photometric) ? OFString("RGB") : photometric;
}

// Items [first, last] of the pixel sequence (item 0 is the offset table) hold one frame.
struct FragmentRange {
    unsigned long first = 0;
    unsigned long last = 0;
};

// A fragment that closes a codestream ends with EOC (FFD9), perhaps followed by the pad byte that
// makes its length even.
bool endsWithEoc(DcmPixelItem& item) {
    Uint8* bytes = nullptr;
    const Uint32 length = item.getLength();
    if (length < 2 || item.getUint8Array(bytes).bad() || !bytes)
        return false;
    const auto at = [&](Uint32 back) {
        return bytes[length - back];
    };
    const bool eoc =
        (at(2) == 0xff && at(1) == 0xd9) || (length >= 3 && at(3) == 0xff && at(2) == 0xd9);
    item.compact(); // only its last bytes were wanted
    return eoc;
}

std::optional<FragmentRange> fragmentsOf(DcmPixelSequence& sequence, Uint32 frames, Uint32 frame,
                                         QString& why) {
    const unsigned long fragments = sequence.card() > 0 ? sequence.card() - 1 : 0;
    if (frame >= frames || fragments < frames) {
        why =
            QStringLiteral("frame %1 of %2 in %3 fragments").arg(frame).arg(frames).arg(fragments);
        return std::nullopt;
    }
    if (frames == 1)
        return FragmentRange{1, fragments};
    if (fragments == frames)
        return FragmentRange{frame + 1ul, frame + 1ul};
    // Several fragments per frame: the Basic Offset Table says where each frame starts (byte
    // offsets from the first fragment's item tag, PS3.5 A.4).
    DcmPixelItem* table = nullptr;
    Uint8* offsets = nullptr;
    if (sequence.getItem(table, 0).good() && table && table->getLength() == 4 * frames &&
        table->getUint8Array(offsets).good() && offsets) {
        const auto offsetOf = [&](Uint32 f) {
            return qFromLittleEndian<quint32>(offsets + 4 * f);
        };
        const quint64 start = offsetOf(frame);
        const bool hasNext = frame + 1 < frames;
        const quint64 next = hasNext ? offsetOf(frame + 1) : 0;
        FragmentRange range;
        quint64 position = 0;
        for (unsigned long i = 1; i <= fragments; ++i) {
            DcmPixelItem* item = nullptr;
            if (sequence.getItem(item, i).bad() || !item)
                break;
            if (position == start)
                range.first = i;
            if (hasNext && position == next)
                range.last = i - 1;
            position += 8 + quint64(item->getLength());
        }
        if (!hasNext)
            range.last = fragments;
        if (range.first == 0 || range.last < range.first) {
            why = QStringLiteral("offset table does not match the fragments (frame %1)").arg(frame);
            return std::nullopt;
        }
        return range;
    }
    // No usable table: each frame's codestream ends with the fragment that ends with EOC.
    unsigned long item = 1;
    FragmentRange range;
    for (Uint32 f = 0; f <= frame; ++f) {
        if (item > fragments) {
            why = QStringLiteral("frame %1 not found among %2 fragments").arg(frame).arg(fragments);
            return std::nullopt;
        }
        range.first = item;
        DcmPixelItem* fragment = nullptr;
        while (item < fragments && sequence.getItem(fragment, item).good() && fragment &&
               !endsWithEoc(*fragment))
            ++item;
        range.last = item++;
    }
    return range;
}

// The frame's codestream: one fragment as it is, several put end to end.
struct Codestream {
    const Uint8* data = nullptr;
    std::size_t size = 0;
    std::vector<Uint8> joined;
};

std::optional<Codestream> codestreamOf(DcmPixelSequence& sequence, const FragmentRange& range,
                                       QString& why) {
    Codestream out;
    for (unsigned long i = range.first; i <= range.last; ++i) {
        DcmPixelItem* item = nullptr;
        Uint8* bytes = nullptr;
        if (sequence.getItem(item, i).bad() || !item ||
            (item->getLength() > 0 && (item->getUint8Array(bytes).bad() || !bytes))) {
            why = QStringLiteral("fragment %1 unreadable").arg(i);
            return std::nullopt;
        }
        if (range.first == range.last) {
            out.data = bytes;
            out.size = item->getLength();
            return out;
        }
        out.joined.insert(out.joined.end(), bytes, bytes + item->getLength());
    }
    out.data = out.joined.data();
    out.size = out.joined.size();
    return out;
}

// Back to the file: a fragment read lazily for decoding need not stay in memory.
void releaseFragments(DcmPixelSequence& sequence, const FragmentRange& range) {
    for (unsigned long i = range.first; i <= range.last; ++i) {
        DcmPixelItem* item = nullptr;
        if (sequence.getItem(item, i).good() && item)
            item->compact();
    }
}

// OpenJPEG reads the codestream from memory through these.
struct MemoryStream {
    const Uint8* data = nullptr;
    std::size_t size = 0;
    std::size_t position = 0;
};

OPJ_SIZE_T readStream(void* buffer, OPJ_SIZE_T count, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (s->position >= s->size)
        return static_cast<OPJ_SIZE_T>(-1);
    const std::size_t n = std::min<std::size_t>(count, s->size - s->position);
    std::memcpy(buffer, s->data + s->position, n);
    s->position += n;
    return n;
}

OPJ_OFF_T skipStream(OPJ_OFF_T count, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    const auto target =
        std::clamp<OPJ_OFF_T>(OPJ_OFF_T(s->position) + count, 0, OPJ_OFF_T(s->size));
    const OPJ_OFF_T skipped = target - OPJ_OFF_T(s->position);
    s->position = std::size_t(target);
    return skipped;
}

OPJ_BOOL seekStream(OPJ_OFF_T position, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (position < 0 || std::size_t(position) > s->size)
        return OPJ_FALSE;
    s->position = std::size_t(position);
    return OPJ_TRUE;
}

// opj_codec_t and opj_stream_t are both void*: one deleter each.
struct CodecDeleter {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

// The codestream's geometry against the header's, checked once after the main header is read
// (nothing decoded yet) and again after decoding (a JP2 palette or channel definition can change
// the components).
std::optional<QString> geometryProblem(const opj_image_t& image, const Header& h) {
    const auto mismatch = [&](OPJ_UINT32 w, OPJ_UINT32 hgt, OPJ_UINT32 comps, OPJ_UINT32 prec) {
        return QStringLiteral("codestream %1x%2, %3 components of %4 bits; header %5x%6, %7 "
                              "samples of %8 bits")
            .arg(w)
            .arg(hgt)
            .arg(comps)
            .arg(prec)
            .arg(h.columns)
            .arg(h.rows)
            .arg(h.samples)
            .arg(h.bitsAllocated);
    };
    const OPJ_UINT32 width = image.x1 - image.x0;
    const OPJ_UINT32 height = image.y1 - image.y0;
    const OPJ_UINT32 prec = image.numcomps > 0 && image.comps ? image.comps[0].prec : 0;
    if (image.x1 < image.x0 || image.y1 < image.y0 || width != h.columns || height != h.rows ||
        image.numcomps != h.samples || !image.comps)
        return mismatch(width, height, image.numcomps, prec);
    for (OPJ_UINT32 c = 0; c < image.numcomps; ++c) {
        const opj_image_comp_t& comp = image.comps[c];
        if (comp.dx != 1 || comp.dy != 1 || comp.w != h.columns || comp.h != h.rows ||
            comp.prec < 1 || comp.prec > h.bitsAllocated)
            return mismatch(comp.w, comp.h, image.numcomps, comp.prec);
    }
    return std::nullopt;
}

// The lowest and highest of a component's samples, in a loop without branches: checking each
// sample as it was copied cost 4% of a CT slice's decoding.
std::pair<OPJ_INT32, OPJ_INT32> rangeOf(const OPJ_INT32* data, std::size_t count) {
    OPJ_INT32 low = std::numeric_limits<OPJ_INT32>::max();
    OPJ_INT32 high = std::numeric_limits<OPJ_INT32>::min();
    for (std::size_t i = 0; i < count; ++i) {
        low = std::min(low, data[i]);
        high = std::max(high, data[i]);
    }
    return {low, high};
}

// A component's samples into the frame, `step` samples apart: bytes (two's complement for signed
// values) or 16-bit words in local byte order, as DCMTK wants.
template <typename Sample>
void copyComponent(const OPJ_INT32* data, std::size_t count, Uint8* out, std::size_t step) {
    for (std::size_t i = 0; i < count; ++i) {
        const auto value = Sample(data[i]);
        std::memcpy(out + i * step * sizeof value, &value, sizeof value);
    }
}

OFCondition decodeCodestream(const Codestream& code, const Header& h, Uint8* out) {
    static constexpr Uint8 kCodestream[] = {0xff, 0x4f, 0xff, 0x51};
    static constexpr Uint8 kJp2[] = {0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50,
                                     0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a};
    OPJ_CODEC_FORMAT format = OPJ_CODEC_UNKNOWN;
    if (code.size >= sizeof kCodestream &&
        std::memcmp(code.data, kCodestream, sizeof kCodestream) == 0)
        format = OPJ_CODEC_J2K;
    else if (code.size >= sizeof kJp2 && std::memcmp(code.data, kJp2, sizeof kJp2) == 0)
        format = OPJ_CODEC_JP2;
    else
        return refuse(QStringLiteral("fragment of %1 bytes is neither a JPEG 2000 codestream nor "
                                     "a JP2 file")
                          .arg(code.size));

    MemoryStream memory{code.data, code.size, 0};
    const std::unique_ptr<opj_stream_t, StreamDeleter> stream(
        opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    const std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(format));
    if (!stream || !codec)
        return EC_MemoryExhausted;
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), OPJ_UINT64(code.size));
    opj_stream_set_read_function(stream.get(), readStream);
    opj_stream_set_skip_function(stream.get(), skipStream);
    opj_stream_set_seek_function(stream.get(), seekStream);
    opj_set_error_handler(codec.get(), opjError, nullptr);
    opj_set_warning_handler(codec.get(), opjWarning, nullptr);
    opj_set_info_handler(codec.get(), opjInfo, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters) ||
        // A truncated codestream is an error, not a partly grey image.
        !opj_decoder_set_strict_mode(codec.get(), OPJ_TRUE))
        return refuse(QStringLiteral("OpenJPEG set-up failed"));

    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw) || !raw) {
        opj_image_destroy(raw);
        return refuse(QStringLiteral("JPEG 2000 main header unreadable"));
    }
    const std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    // The main header only, so far: no sample memory exists yet.
    if (const auto problem = geometryProblem(*image, h))
        return refuse(*problem);
    OPJ_UINT32 mct = 0;
    if (opj_codestream_info_v2_t* info = opj_get_cstr_info(codec.get())) {
        mct = info->m_default_tile_info.mct;
        opj_destroy_cstr_info(&info);
    }
    if (h.samples == 3 && isColourTransformed(h.photometric) != (mct != 0) &&
        h.photometric != "RGB")
        return refuse(QStringLiteral("%1 with%2 the JPEG 2000 colour transform")
                          .arg(QString::fromLatin1(h.photometric.c_str()),
                               mct ? QString() : QStringLiteral("out")));
    // Only the area the header describes is decoded.
    if (!opj_set_decode_area(codec.get(), image.get(), OPJ_INT32(image->x0), OPJ_INT32(image->y0),
                             OPJ_INT32(image->x1), OPJ_INT32(image->y1)) ||
        !opj_decode(codec.get(), stream.get(), image.get()) ||
        !opj_end_decompress(codec.get(), stream.get()))
        return refuse(QStringLiteral("JPEG 2000 data of %1 bytes undecodable").arg(code.size));
    if (const auto problem = geometryProblem(*image, h))
        return refuse(*problem);

    // Every value must mean what Bits Stored and Pixel Representation say it does; a codestream
    // of another depth or sign whose values all fit (e.g. 16-bit signed holding 14-bit values) is
    // fine.
    const bool isSigned = h.pixelRepresentation == 1;
    const OPJ_INT32 lowest = isSigned ? -(OPJ_INT32(1) << (h.bitsStored - 1)) : 0;
    const OPJ_INT32 highest =
        isSigned ? (OPJ_INT32(1) << (h.bitsStored - 1)) - 1 : OPJ_INT32((1u << h.bitsStored) - 1);
    const std::size_t pixels = h.pixels();
    const bool planar = h.samples > 1 && h.planarConfiguration == 1;
    const std::size_t step = planar ? 1 : h.samples; // samples between a component's values
    for (OPJ_UINT32 c = 0; c < image->numcomps; ++c) {
        const OPJ_INT32* data = image->comps[c].data;
        if (!data)
            return refuse(QStringLiteral("component %1 not decoded").arg(c));
        const auto [low, high] = rangeOf(data, pixels);
        if (low < lowest || high > highest)
            return refuse(
                QStringLiteral("sample %1 outside the %2-bit %3 range of the header")
                    .arg(low < lowest ? low : high)
                    .arg(h.bitsStored)
                    .arg(isSigned ? QStringLiteral("signed") : QStringLiteral("unsigned")));
        Uint8* first = out + (planar ? c * pixels : c) * (h.bitsAllocated / 8u);
        if (h.bitsAllocated == 8)
            copyComponent<Uint8>(data, pixels, first, step);
        else if (step == 1) // the common case (greyscale or planar), as a loop of its own
            copyComponent<Uint16>(data, pixels, first, 1);
        else
            copyComponent<Uint16>(data, pixels, first, step);
    }
    return EC_Normal;
}

} // namespace

QString takeJpeg2000Problem() {
    return std::exchange(lastProblem, QString());
}

OFCondition Jpeg2000Decoder::decodeFrame(const DcmRepresentationParameter*,
                                         DcmPixelSequence* fromPixSeq, const DcmCodecParameter*,
                                         DcmItem* dataset, Uint32 frameNo, Uint32& startFragment,
                                         void* buffer, Uint32 bufSize,
                                         OFString& decompressedColorModel) const {
    if (!fromPixSeq || !dataset || !buffer)
        return EC_IllegalCall;
    QString why;
    const auto header = readHeader(*dataset, why);
    if (!header)
        return refuse(why);
    if (header->frameBytes() > bufSize)
        return refuse(QStringLiteral("frame of %1 bytes, buffer of %2")
                          .arg(header->frameBytes())
                          .arg(bufSize));
    const auto range = fragmentsOf(*fromPixSeq, header->frames, frameNo, why);
    if (!range)
        return refuse(why);
    OFCondition result = EC_Normal;
    if (const auto code = codestreamOf(*fromPixSeq, *range, why))
        result = decodeCodestream(*code, *header, static_cast<Uint8*>(buffer));
    else
        result = refuse(why);
    releaseFragments(*fromPixSeq, *range);
    if (result.good()) {
        startFragment = Uint32(range->last + 1);
        decompressedColorModel = decompressedModel(header->photometric);
    }
    return result;
}

OFCondition Jpeg2000Decoder::decode(const DcmRepresentationParameter* fromRepParam,
                                    DcmPixelSequence* pixSeq,
                                    DcmPolymorphOBOW& uncompressedPixelData,
                                    const DcmCodecParameter* cp, const DcmStack& objStack,
                                    OFBool& removeOldRep) const {
    removeOldRep = OFFalse;
    DcmStack stack(objStack);
    (void)stack.pop();               // the pixel data element
    DcmObject* parent = stack.pop(); // the item or data set holding it
    if (!pixSeq || !parent || (parent->ident() != EVR_dataset && parent->ident() != EVR_item))
        return EC_IllegalCall;
    auto* dataset = static_cast<DcmItem*>(parent);
    QString why;
    const auto header = readHeader(*dataset, why);
    if (!header)
        return refuse(why);
    // Each frame takes at least one fragment: a frame count beyond them must not size the buffer.
    const quint64 total = quint64(header->frameBytes()) * header->frames;
    if (pixSeq->card() < header->frames + 1ul || total >= 0xfffffffeull)
        return refuse(
            QStringLiteral("%1 frames of %2 bytes").arg(header->frames).arg(header->frameBytes()));
    Uint16* words = nullptr;
    OFCondition result = uncompressedPixelData.createUint16Array(Uint32((total + 1) / 2), words);
    if (result.bad())
        return result;
    auto* bytes = reinterpret_cast<Uint8*>(words);
    Uint32 fragment = 0;
    OFString model;
    for (Uint32 frame = 0; frame < header->frames && result.good(); ++frame)
        result = decodeFrame(fromRepParam, pixSeq, cp, dataset, frame, fragment,
                             bytes + std::size_t(frame) * header->frameBytes(),
                             Uint32(header->frameBytes()), model);
    if (result.bad())
        return result;
    // 8-bit samples were written byte by byte: as an OW array they are little endian.
    if (header->bitsAllocated == 8)
        result = swapIfNecessary(gLocalByteOrder, EBO_LittleEndian, words, Uint32(total + 1) & ~1u,
                                 sizeof(Uint16));
    if (result.good() && model != header->photometric) {
        result = dataset->putAndInsertString(DCM_PhotometricInterpretation, model.c_str());
        removeOldRep = OFTrue; // the header no longer describes the compressed frames
    }
    return result;
}

OFCondition Jpeg2000Decoder::encode(const Uint16*, const Uint32, const DcmRepresentationParameter*,
                                    DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                                    OFBool&) const {
    return EC_IllegalCall; // decoding only
}

OFCondition Jpeg2000Decoder::encode(const E_TransferSyntax, const DcmRepresentationParameter*,
                                    DcmPixelSequence*, const DcmRepresentationParameter*,
                                    DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                                    OFBool&) const {
    return EC_IllegalCall;
}

OFBool Jpeg2000Decoder::canChangeCoding(const E_TransferSyntax oldRepType,
                                        const E_TransferSyntax newRepType) const {
    return (oldRepType == EXS_JPEG2000LosslessOnly || oldRepType == EXS_JPEG2000) &&
           DcmXfer(newRepType).isNotEncapsulated();
}

OFCondition Jpeg2000Decoder::determineDecompressedColorModel(
    const DcmRepresentationParameter*, DcmPixelSequence*, const DcmCodecParameter*,
    DcmItem* dataset, OFString& decompressedColorModel) const {
    if (!dataset)
        return EC_IllegalCall;
    OFString photometric;
    const OFCondition result =
        dataset->findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    if (result.bad())
        return result;
    if (photometric.empty())
        return EC_MissingValue;
    // decodeFrame refuses a codestream whose colour transform disagrees with this.
    decompressedColorModel = decompressedModel(photometric);
    return EC_Normal;
}

} // namespace sijil::imaging
