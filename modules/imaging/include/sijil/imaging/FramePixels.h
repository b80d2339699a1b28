#pragma once

#include <sijil/core/Result.h>

#include <QByteArray>
#include <QRectF>

#include <cstdint>
#include <optional>
#include <utility>

namespace sijil::imaging {

// One decoded monochrome frame: stored values, 8 or 16 bits each in the machine's byte order,
// rows top to bottom; the modality transformation (slope, intercept) turns them into
// Hounsfield units for CT.
struct FramePixels {
    int width = 0;
    int height = 0;
    int bitsAllocated = 0; // 8 or 16
    int bitsStored = 0;
    bool signedValues = false;
    double slope = 1;
    double intercept = 0;
    bool monochrome1 = false; // low values are white (Photometric Interpretation MONOCHROME1)
    QByteArray data;          // width * height * bitsAllocated / 8 bytes

    // The stored value at (x, y), its unused high bits masked and its sign extended.
    [[nodiscard]] std::int32_t stored(int x, int y) const;
    [[nodiscard]] double modalityValue(int x, int y) const {
        return stored(x, y) * slope + intercept;
    }
};

// A region drawn on a frame, in image pixel coordinates (x right, y down; pixel (i, j) covers
// [i, i+1) x [j, j+1)). A pixel belongs to the region when its centre lies inside.
struct Region {
    enum class Shape { Rectangle, Ellipse };
    Shape shape = Shape::Rectangle;
    QRectF bounds;
};

// Statistics of modality values (HU for CT) inside a region, as radiologists read them.
struct RegionStatistics {
    qint64 pixels = 0;
    double mean = 0;
    double standardDeviation = 0; // of the population of pixels inside
    double minimum = 0;
    double maximum = 0;
    // Pixels inside times the area of one pixel (Pixel Spacing), when the spacing is known.
    std::optional<double> areaMm2;
};

// Error imaging/empty-region when no pixel centre lies inside the region (clipped to the frame).
[[nodiscard]] core::Result<RegionStatistics>
regionStatistics(const FramePixels& frame, const Region& region,
                 std::optional<std::pair<double, double>> pixelSpacing);

} // namespace sijil::imaging
