#pragma once

#include <QByteArray>

namespace sijil::imaging {

// One rendered frame as plain 8-bit samples, rows top to bottom with no padding: channels is 1
// (grey) or 3 (RGB, interleaved). Deliberately no QImage: the imaging module sits below the GUI.
struct RenderedImage {
    int width = 0;
    int height = 0;
    int channels = 0;
    QByteArray bytes; // width * height * channels bytes

    [[nodiscard]] qsizetype bytesPerLine() const { return qsizetype(width) * channels; }
};

} // namespace sijil::imaging
