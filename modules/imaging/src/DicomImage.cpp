#include "DcmtkRuntime.h"
#include "ImagingErrors.h"
#include "ImagingLog.h"
#include "Jpeg2000Codec.h"
#include "RleFrameCheck.h"

#include <sijil/imaging/DicomImage.h>

#include <QFile>

#include <algorithm>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimage/diregist.h> // colour images in DicomImage (RGB, YBR, palette)
#include <dcmtk/dcmimgle/dcmimage.h>

namespace sijil::imaging {

namespace {

// Values longer than this stay in the file and are read when used: loading a file never
// allocates its pixel data, and DCMTK checks every declared length against the bytes left in
// the file, so a hostile length cannot make it allocate more than the file holds.
constexpr Uint32 kLazyValueThreshold = 64 * 1024;

QString text(const OFCondition& cond) {
    return QString::fromLatin1(cond.text());
}

QString stringOf(DcmItem& item, const DcmTagKey& key) {
    OFString value;
    if (item.findAndGetOFStringArray(key, value).bad())
        return {};
    return QString::fromUtf8(value.c_str(), qsizetype(value.length())).trimmed();
}

int uint16Of(DcmItem& item, const DcmTagKey& key, int fallback) {
    Uint16 value = 0;
    return item.findAndGetUint16(key, value).good() ? int(value) : fallback;
}

std::optional<double> float64Of(DcmItem& item, const DcmTagKey& key, unsigned long pos = 0) {
    Float64 value = 0;
    if (item.findAndGetFloat64(key, value, pos).bad())
        return std::nullopt;
    return value;
}

unsigned long multiplicity(DcmItem& item, const DcmTagKey& key) {
    DcmElement* element = nullptr;
    return item.findAndGetElement(key, element).good() && element ? element->getVM() : 0;
}

DicomTags readTags(DcmDataset& ds, E_TransferSyntax xfer) {
    DicomTags t;
    t.patientId = stringOf(ds, DCM_PatientID);
    t.studyInstanceUid = stringOf(ds, DCM_StudyInstanceUID);
    t.seriesInstanceUid = stringOf(ds, DCM_SeriesInstanceUID);
    t.sopInstanceUid = stringOf(ds, DCM_SOPInstanceUID);
    t.sopClassUid = stringOf(ds, DCM_SOPClassUID);
    t.transferSyntaxUid = QString::fromLatin1(DcmXfer(xfer).getXferID());
    t.modality = stringOf(ds, DCM_Modality);
    t.rows = uint16Of(ds, DCM_Rows, 0);
    t.columns = uint16Of(ds, DCM_Columns, 0);
    Sint32 frames = 1;
    if (ds.findAndGetSint32(DCM_NumberOfFrames, frames).good())
        t.frames = int(frames);
    t.samplesPerPixel = uint16Of(ds, DCM_SamplesPerPixel, 1);
    t.bitsAllocated = uint16Of(ds, DCM_BitsAllocated, 0);
    t.bitsStored = uint16Of(ds, DCM_BitsStored, t.bitsAllocated);
    t.signedValues = uint16Of(ds, DCM_PixelRepresentation, 0) == 1;
    t.photometricInterpretation = stringOf(ds, DCM_PhotometricInterpretation);
    const auto rowSpacing = float64Of(ds, DCM_PixelSpacing, 0);
    const auto columnSpacing = float64Of(ds, DCM_PixelSpacing, 1);
    if (rowSpacing && columnSpacing)
        t.pixelSpacing = std::make_pair(*rowSpacing, *columnSpacing);
    t.rescaleSlope = float64Of(ds, DCM_RescaleSlope).value_or(1.0);
    t.rescaleIntercept = float64Of(ds, DCM_RescaleIntercept).value_or(0.0);
    const unsigned long windows =
        std::min(multiplicity(ds, DCM_WindowCenter), multiplicity(ds, DCM_WindowWidth));
    for (unsigned long i = 0; i < windows; ++i) {
        const auto centre = float64Of(ds, DCM_WindowCenter, i);
        const auto width = float64Of(ds, DCM_WindowWidth, i);
        // PS3.3 C.11.2.1.2: a width below 1 is no window (some MR writers put 0\0): ignored,
        // as DCMTK's own setWindow() refuses it.
        if (centre && width && *width >= 1)
            t.windows.append(Window{*centre, *width});
    }
    t.hasVoiLut = ds.tagExists(DCM_VOILUTSequence);
    const QString lutShape = stringOf(ds, DCM_PresentationLUTShape);
    t.plainGreyscale = t.photometricInterpretation.startsWith(u"MONOCHROME") &&
                       t.samplesPerPixel == 1 && (t.bitsAllocated == 8 || t.bitsAllocated == 16) &&
                       t.bitsStored >= 1 && t.bitsStored <= t.bitsAllocated &&
                       uint16Of(ds, DCM_HighBit, t.bitsStored - 1) == t.bitsStored - 1 &&
                       !ds.tagExists(DCM_ModalityLUTSequence) &&
                       (lutShape.isEmpty() || lutShape == u"IDENTITY");
    return t;
}

// Dimensions and pixel data that DCMTK could only honour by allocating far more than the file
// holds are refused here, before any pixel memory exists.
core::Status checkPixelData(DcmDataset& ds, const DicomTags& t, E_TransferSyntax xfer) {
    if (t.rows <= 0 || t.columns <= 0 || t.frames <= 0 || t.bitsAllocated <= 0 ||
        t.samplesPerPixel <= 0)
        return errors::corrupt(QStringLiteral("bad image dimensions: %1x%2, %3 frames, %4 bits, "
                                              "%5 samples")
                                   .arg(t.columns)
                                   .arg(t.rows)
                                   .arg(t.frames)
                                   .arg(t.bitsAllocated)
                                   .arg(t.samplesPerPixel));
    if (t.rows > DicomImage::kMaxSide || t.columns > DicomImage::kMaxSide ||
        qint64(t.rows) * t.columns > DicomImage::kMaxPixelsPerFrame)
        return errors::tooLarge(t.columns, t.rows,
                                QStringLiteral("%1x%2 pixels").arg(t.columns).arg(t.rows));
    DcmElement* element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return errors::corrupt(QStringLiteral("no pixel data element"));
    if (!DcmXfer(xfer).isEncapsulated()) {
        // Native YBR_*_422 stores two samples per pixel (chroma shared by pixel pairs).
        const bool subsampled = t.samplesPerPixel == 3 &&
                                t.photometricInterpretation.startsWith(u"YBR_") &&
                                t.photometricInterpretation.endsWith(u"_422");
        const qint64 frameBits = qint64(t.rows) * t.columns * (subsampled ? 2 : t.samplesPerPixel) *
                                 qint64(t.bitsAllocated);
        const qint64 neededBytes = (frameBits * t.frames + 7) / 8;
        if (qint64(element->getLength()) < neededBytes)
            return errors::corrupt(QStringLiteral("native pixel data of %1 bytes, %2 needed")
                                       .arg(element->getLength())
                                       .arg(neededBytes));
        return {};
    }
    // Encapsulated: each frame takes at least one fragment (PS3.5 A.4), so a frame count beyond
    // the fragments is a lie that would size DCMTK's frame tables.
    auto* pixelData = dynamic_cast<DcmPixelData*>(element);
    DcmPixelSequence* sequence = nullptr;
    if (!pixelData || pixelData->getEncapsulatedRepresentation(xfer, nullptr, sequence).bad() ||
        !sequence)
        return errors::corrupt(QStringLiteral("encapsulated pixel data without fragments"));
    const unsigned long fragments = sequence->card() > 0 ? sequence->card() - 1 : 0;
    if (fragments < static_cast<unsigned long>(t.frames))
        return errors::corrupt(
            QStringLiteral("%1 frames in %2 fragments").arg(t.frames).arg(fragments));
    // RLE puts each frame in exactly one fragment (PS3.5 A.4.2), in bytes per sample.
    if (xfer == EXS_RLELossless &&
        (fragments != static_cast<unsigned long>(t.frames) || t.bitsAllocated % 8 != 0))
        return errors::corrupt(QStringLiteral("RLE: %1 frames in %2 fragments, %3 bits allocated")
                                   .arg(t.frames)
                                   .arg(fragments)
                                   .arg(t.bitsAllocated));
    return {};
}

// The RLE fragment of one frame, checked before DCMTK decodes it (see RleFrameCheck.h).
core::Status checkRleFrame(DcmDataset& ds, const DicomTags& t, int frame) {
    DcmElement* element = nullptr;
    DcmPixelSequence* sequence = nullptr;
    DcmPixelItem* item = nullptr;
    auto* pixelData = ds.findAndGetElement(DCM_PixelData, element).good()
                          ? dynamic_cast<DcmPixelData*>(element)
                          : nullptr;
    if (!pixelData ||
        pixelData->getEncapsulatedRepresentation(EXS_RLELossless, nullptr, sequence).bad() ||
        !sequence || sequence->getItem(item, static_cast<unsigned long>(frame) + 1).bad() || !item)
        return errors::corrupt(QStringLiteral("RLE: no fragment for frame %1").arg(frame));
    Uint8* bytes = nullptr;
    if (item->getUint8Array(bytes).bad())
        return errors::corrupt(QStringLiteral("RLE: fragment of frame %1 unreadable").arg(frame));
    const auto problem =
        rleFrameProblem(bytes, item->getLength(), unsigned(t.samplesPerPixel * t.bitsAllocated / 8),
                        std::size_t(t.rows) * std::size_t(t.columns));
    if (problem) {
        item->compact(); // back to the file, as DCMTK leaves a decoded fragment
        return errors::corrupt(*problem);
    }
    return {};
}

core::Error imageError(EI_Status status, const DicomTags& tags) {
    const QString detail = QString::fromLatin1(::DicomImage::getString(status));
    switch (status) {
    case EIS_NotSupportedValue:
        return errors::unsupportedSyntax(tags.photometricInterpretation, detail);
    case EIS_MemoryFailure:
        return errors::tooLarge(tags.columns, tags.rows, detail);
    default:
        return errors::corrupt(detail);
    }
}

} // namespace

struct DicomImage::Private {
    DcmFileFormat file;
    E_TransferSyntax xfer = EXS_Unknown;
};

DicomImage::DicomImage(std::unique_ptr<Private> dd, DicomTags tags)
    : d(std::move(dd))
    , m_tags(std::move(tags)) {}
DicomImage::DicomImage(DicomImage&&) noexcept = default;
DicomImage& DicomImage::operator=(DicomImage&&) noexcept = default;
DicomImage::~DicomImage() = default;

core::Result<DicomImage> DicomImage::load(const QString& path) {
    ensureDcmtkReady();
    bool hasPreamble = false;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return errors::unreadable(path, f.errorString());
        const QByteArray head = f.read(132);
        hasPreamble = head.size() == 132 && head.mid(128) == "DICM";
    }
    auto d = std::make_unique<Private>();
    const QByteArray native = QFile::encodeName(path);
    const OFCondition cond = d->file.loadFile(OFFilename(native.constData()), EXS_Unknown,
                                              EGL_noChange, kLazyValueThreshold, ERM_autoDetect);
    DcmDataset* ds = d->file.getDataset();
    if (cond.bad() || !ds) {
        qCInfo(lcImaging) << "DCMTK refused a file:" << text(cond);
        // Without the "DICM" marker it was a guess that the bytes are a bare data set.
        if (!hasPreamble)
            return errors::notDicom(text(cond));
        return errors::corrupt(text(cond));
    }
    if (!hasPreamble && !ds->tagExists(DCM_SOPClassUID) && !ds->tagExists(DCM_PixelData))
        return errors::notDicom(QStringLiteral("no meta header, no SOP class, no pixel data"));
    // Strings in the file's character set become UTF-8; a file naming an unknown character set
    // keeps its bytes (identifiers are ASCII in practice).
    if (ds->convertToUTF8().bad())
        qCInfo(lcImaging) << "character set conversion failed";

    d->xfer = ds->getOriginalXfer();
    DicomTags tags = readTags(*ds, d->xfer);
    if (!ds->tagExists(DCM_PixelData)) {
        if (ds->tagExists(DCM_FloatPixelData) || ds->tagExists(DCM_DoubleFloatPixelData))
            return errors::unsupportedSyntax(QStringLiteral("Float Pixel Data"),
                                             QStringLiteral("float pixel data"));
        return errors::notImage(
            QStringLiteral("SOP class %1 without pixel data").arg(tags.sopClassUid));
    }
    const DcmXfer xfer(d->xfer);
    if (xfer.isEncapsulated() && !DcmCodecList::canChangeCoding(d->xfer, EXS_LittleEndianExplicit))
        return errors::unsupportedSyntax(QString::fromLatin1(xfer.getXferName()),
                                         QString::fromLatin1(xfer.getXferID()));
    if (auto ok = checkPixelData(*ds, tags, d->xfer); !ok)
        return ok.error();
    return DicomImage(std::move(d), std::move(tags));
}

bool DicomImage::isMonochrome() const {
    return m_tags.photometricInterpretation.startsWith(u"MONOCHROME");
}

core::Result<RenderedImage> DicomImage::render(int frame, std::optional<Window> window,
                                               bool invert) const {
    if (frame < 0 || frame >= m_tags.frames)
        return errors::badFrame(frame, m_tags.frames);
    if (window && !(window->width >= 1))
        return errors::badWindow(QStringLiteral("width %1").arg(window->width));

    if (d->xfer == EXS_RLELossless) {
        if (auto ok = checkRleFrame(*d->file.getDataset(), m_tags, frame); !ok)
            return ok.error();
    }
    // A JPEG 2000 frame refused by our codec: DCMTK reports only a generic status, the codec
    // kept the reason. Cleared first, so that a reason left by another image is not reported.
    (void)takeJpeg2000Problem();
    const auto failure = [this](EI_Status status) {
        const QString why = takeJpeg2000Problem();
        return why.isEmpty() ? imageError(status, m_tags) : errors::corrupt(why);
    };
    // One frame decoded at a time: a multi-frame file never sits decompressed in memory whole.
    ::DicomImage image(d->file.getDataset(), d->xfer, CIF_UsePartialAccessToPixelData,
                       static_cast<unsigned long>(frame), 1);
    if (image.getStatus() != EIS_Normal)
        return failure(image.getStatus());

    const bool mono = image.isMonochrome() != 0;
    std::optional<Window> applied;
    QString voiLut;
    std::optional<std::pair<double, double>> range;
    if (mono) {
        // The file's first valid window (tags().windows, as the cached greyscale path takes it),
        // else its first VOI LUT (CR and DX images often carry only a table), else the frame's
        // own range.
        bool windowed = false;
        if (window) {
            windowed = image.setWindow(window->centre, window->width) != 0;
        } else if (const auto file = m_tags.defaultWindow()) {
            windowed = image.setWindow(file->centre, file->width) != 0;
        } else if (image.getVoiLutCount() > 0 && image.setVoiLut(0) != 0) {
            windowed = true;
            const char* why = image.getVoiTransformationExplanation();
            voiLut = why && *why ? QString::fromLatin1(why).trimmed() : QStringLiteral("VOI LUT");
        }
        if (!windowed && !window)
            windowed = image.setMinMaxWindow(0) != 0;
        if (!windowed)
            return errors::badWindow(QStringLiteral("DCMTK refused the VOI window"));
        double centre = 0;
        double width = 0;
        if (voiLut.isEmpty() && image.getWindow(centre, width))
            applied = Window{centre, width};
        double low = 0;
        double high = 0;
        if (image.getMinMaxValues(low, high))
            range = std::make_pair(low, high);
        if (invert)
            image.setPolarity(EPP_Reverse);
    }
    const void* data = image.getOutputData(8, 0, 0);
    if (!data)
        return failure(image.getStatus() == EIS_Normal ? EIS_InvalidImage : image.getStatus());
    RenderedImage out;
    out.width = int(image.getWidth());
    out.height = int(image.getHeight());
    out.channels = mono ? 1 : 3;
    const qsizetype size = qsizetype(out.width) * out.height * out.channels;
    if (qsizetype(image.getOutputDataSize(8)) != size)
        return errors::corrupt(QStringLiteral("output of %1 bytes for %2x%3x%4")
                                   .arg(image.getOutputDataSize(8))
                                   .arg(out.width)
                                   .arg(out.height)
                                   .arg(out.channels));
    out.bytes = QByteArray(static_cast<const char*>(data), size);
    out.window = applied;
    out.voiLut = voiLut;
    out.valueRange = range;
    if (invert && !mono) {
        // DCMTK's polarity applies to monochrome images only.
        for (char& c : out.bytes)
            c = char(255 - static_cast<unsigned char>(c));
    }
    return out;
}

core::Result<FramePixels> DicomImage::pixels(int frame) const {
    if (frame < 0 || frame >= m_tags.frames)
        return errors::badFrame(frame, m_tags.frames);
    if (!isMonochrome() || m_tags.samplesPerPixel != 1 ||
        (m_tags.bitsAllocated != 8 && m_tags.bitsAllocated != 16) || m_tags.bitsStored < 1 ||
        m_tags.bitsStored > m_tags.bitsAllocated)
        return errors::unsupportedSyntax(m_tags.photometricInterpretation,
                                         QStringLiteral("values of %1, %2/%3 bits")
                                             .arg(m_tags.photometricInterpretation)
                                             .arg(m_tags.bitsStored)
                                             .arg(m_tags.bitsAllocated));
    DcmDataset* ds = d->file.getDataset();
    if (d->xfer == EXS_RLELossless) {
        if (auto ok = checkRleFrame(*ds, m_tags, frame); !ok)
            return ok.error();
    }
    DcmElement* element = nullptr;
    auto* pixelData = ds->findAndGetElement(DCM_PixelData, element).good()
                          ? dynamic_cast<DcmPixelData*>(element)
                          : nullptr;
    Uint32 frameSize = 0;
    if (!pixelData || pixelData->getUncompressedFrameSize(ds, frameSize).bad())
        return errors::corrupt(QStringLiteral("no pixel data"));
    FramePixels out;
    out.width = m_tags.columns;
    out.height = m_tags.rows;
    out.bitsAllocated = m_tags.bitsAllocated;
    out.bitsStored = m_tags.bitsStored;
    out.signedValues = m_tags.signedValues;
    out.slope = m_tags.rescaleSlope;
    out.intercept = m_tags.rescaleIntercept;
    out.monochrome1 = m_tags.photometricInterpretation == u"MONOCHROME1";
    const qsizetype needed = qsizetype(out.width) * out.height * (out.bitsAllocated / 8);
    if (qsizetype(frameSize) < needed)
        return errors::corrupt(
            QStringLiteral("frame of %1 bytes, %2 needed").arg(frameSize).arg(needed));
    // getUncompressedFrame wants room for a pad byte to even length.
    QByteArray buffer(qsizetype(frameSize) + 1, Qt::Uninitialized);
    Uint32 startFragment = 0;
    OFString colourModel;
    (void)takeJpeg2000Problem(); // as in render(): the codec's own reason, not DCMTK's status
    const OFCondition cond = pixelData->getUncompressedFrame(
        ds, Uint32(frame), startFragment, buffer.data(), Uint32(buffer.size()), colourModel);
    if (cond.bad()) {
        const QString why = takeJpeg2000Problem();
        return errors::corrupt(why.isEmpty() ? text(cond) : why);
    }
    buffer.truncate(needed);
    out.data = std::move(buffer);
    return out;
}

} // namespace sijil::imaging
