#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/FramePixels.h>
#include <sijil/imaging/RenderedImage.h>

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sijil::imaging {

// The attributes of one DICOM instance that the viewer and sijilctl need. Identifiers are the
// DICOM ones (Patient ID as the modality wrote it, UIDs); numbers hold DICOM's defaults when the
// attribute is absent (1 frame, slope 1, intercept 0).
struct DicomTags {
    QString patientId;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    QString modality;
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int samplesPerPixel = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    bool signedValues = false; // Pixel Representation 1
    QString photometricInterpretation;
    // Row spacing then column spacing, in mm (Pixel Spacing); empty when the file has none.
    std::optional<std::pair<double, double>> pixelSpacing;
    double rescaleSlope = 1;
    double rescaleIntercept = 0;
    // Window Center / Window Width pairs from the file, the first being the default; pairs whose
    // width is below 1 are no window (PS3.3 C.11.2.1.2) and are left out.
    QList<Window> windows;
    // The file has a VOI LUT Sequence (a table, applied by render() when it has no window).
    bool hasVoiLut = false;
    // Monochrome, one sample of 8 or 16 bits allocated, High Bit = Bits Stored - 1, no Modality
    // LUT Sequence, no Presentation LUT Shape but IDENTITY: DCMTK renders it by rescale and
    // window alone, so renderGreyscale() (GreyscaleRender.h) gives the same bytes.
    bool plainGreyscale = false;

    // The window a frame is drawn with when none is asked for: the file's first, if any (else
    // its VOI LUT or the frame's own range, as DicomImage::render says).
    [[nodiscard]] std::optional<Window> defaultWindow() const {
        return windows.isEmpty() ? std::nullopt : std::optional<Window>(windows.first());
    }
};

// One DICOM file, loaded with DCMTK, that renders its frames to 8-bit buffers. Compressed pixel
// data: RLE, JPEG and JPEG-LS through DCMTK's codecs, JPEG 2000 (part 1) through OpenJPEG.
//
// Error codes (core::Error::code()): imaging/unreadable (cannot open), imaging/not-dicom,
// imaging/not-image (no pixel data, e.g. a structured report or a DICOMDIR),
// imaging/unsupported-syntax (JPEG 2000 part 2 multi-component, video...), imaging/corrupt
// (truncated or inconsistent, e.g. a JPEG 2000 codestream contradicting the header),
// imaging/too-large (beyond kMaxSide / kMaxPixelsPerFrame, refused before any pixel memory is
// allocated), imaging/bad-frame, imaging/bad-window.
//
// Large values (the pixel data) are read lazily from the file, which must stay in place while
// the object lives. Not thread-safe: render one frame at a time per object.
class DicomImage {
public:
    static constexpr int kMaxSide = 16384;
    static constexpr qint64 kMaxPixelsPerFrame = 40'000'000;

    [[nodiscard]] static core::Result<DicomImage> load(const QString& path);

    DicomImage(DicomImage&&) noexcept;
    DicomImage& operator=(DicomImage&&) noexcept;
    ~DicomImage();

    [[nodiscard]] const DicomTags& tags() const { return m_tags; }
    [[nodiscard]] bool isMonochrome() const;

    // Renders frame `frame` (0-based) through DCMTK's pipeline: modality LUT (rescale), then the
    // VOI window: `window` if given, else the file's first window, else DCMTK's min-max window
    // of the frame. Colour images ignore the window. `invert` flips the output (white on black
    // for a MONOCHROME2 image becomes black on white).
    [[nodiscard]] core::Result<RenderedImage>
    render(int frame, std::optional<Window> window = std::nullopt, bool invert = false) const;

    // The stored values of frame `frame` of a monochrome image, decoded (any transfer syntax)
    // but not windowed: what region statistics are computed from. Colour images are refused
    // (imaging/unsupported-syntax).
    [[nodiscard]] core::Result<FramePixels> pixels(int frame) const;

private:
    struct Private;
    explicit DicomImage(std::unique_ptr<Private> d, DicomTags tags);

    std::unique_ptr<Private> d;
    DicomTags m_tags;
};

} // namespace sijil::imaging
