#include "ImagingErrors.h"

#include <sijil/imaging/FramePixels.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace sijil::imaging {

std::int32_t FramePixels::stored(int x, int y) const {
    const qsizetype index = qsizetype(y) * width + x;
    std::uint32_t raw = 0;
    if (bitsAllocated == 8) {
        raw = std::uint8_t(data.at(index));
    } else {
        std::uint16_t v = 0;
        std::memcpy(&v, data.constData() + index * 2, 2);
        raw = v;
    }
    const std::uint32_t mask = bitsStored >= 32 ? ~0u : ((1u << bitsStored) - 1u);
    raw &= mask;
    if (signedValues && bitsStored > 0 && (raw & (1u << (bitsStored - 1))))
        return std::int32_t(raw) - std::int32_t(1u << bitsStored);
    return std::int32_t(raw);
}

core::Result<RegionStatistics> regionStatistics(const FramePixels& frame, const Region& region,
                                                std::optional<std::pair<double, double>> spacing) {
    const QRectF r = region.bounds.normalized();
    const int x0 = std::max(0, int(std::floor(r.left())));
    const int y0 = std::max(0, int(std::floor(r.top())));
    const int x1 = std::min(frame.width, int(std::ceil(r.right())));
    const int y1 = std::min(frame.height, int(std::ceil(r.bottom())));
    const double cx = r.center().x();
    const double cy = r.center().y();
    const double rx = r.width() / 2;
    const double ry = r.height() / 2;
    RegionStatistics s;
    // Welford's running mean and variance: stable for thousands of values around -1000 HU.
    double m2 = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const double px = x + 0.5;
            const double py = y + 0.5;
            const bool inside =
                region.shape == Region::Shape::Rectangle
                    ? r.contains(px, py)
                    : rx > 0 && ry > 0 &&
                          std::pow((px - cx) / rx, 2) + std::pow((py - cy) / ry, 2) <= 1.0;
            if (!inside)
                continue;
            const double v = frame.modalityValue(x, y);
            if (s.pixels == 0) {
                s.minimum = s.maximum = v;
            } else {
                s.minimum = std::min(s.minimum, v);
                s.maximum = std::max(s.maximum, v);
            }
            ++s.pixels;
            const double delta = v - s.mean;
            s.mean += delta / double(s.pixels);
            m2 += delta * (v - s.mean);
        }
    }
    if (s.pixels == 0)
        return errors::emptyRegion();
    s.standardDeviation = std::sqrt(m2 / double(s.pixels));
    if (spacing)
        s.areaMm2 = double(s.pixels) * spacing->first * spacing->second;
    return s;
}

} // namespace sijil::imaging
