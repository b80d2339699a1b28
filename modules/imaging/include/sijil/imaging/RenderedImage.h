#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace sijil::imaging {

// A VOI window in modality units (Hounsfield units for CT): centre and width as in DICOM.
struct Window {
    double centre = 0;
    double width = 0;
};

// One rendered frame as plain 8-bit samples, rows top to bottom with no padding: channels is 1
// (grey) or 3 (RGB, interleaved). Deliberately no QImage: the imaging module sits below the GUI.
struct RenderedImage {
    int width = 0;
    int height = 0;
    int channels = 0;
    QByteArray bytes; // width * height * channels bytes
    // The VOI window applied, in modality units (centre, width): the one asked for, the file's,
    // or the frame's min-max window; none for colour images.
    std::optional<Window> window;
    // Set when the file's VOI LUT (a table rather than a window) was applied: DCMTK's explanation
    // of it, or "VOI LUT" when the file gives none. `window` is then empty.
    QString voiLut;
    // The frame's smallest and largest values in modality units (monochrome only): where
    // adjusting the window starts when no linear window was applied.
    std::optional<std::pair<double, double>> valueRange;

    [[nodiscard]] qsizetype bytesPerLine() const { return qsizetype(width) * channels; }
};

} // namespace sijil::imaging
