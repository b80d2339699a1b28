#include "ImagingErrors.h"

#include <sijil/imaging/GreyscaleRender.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace sijil::imaging {

namespace {

// Stored values from their 8 or 16 allocated bits: the bits above Bits Stored masked off, the
// sign extended for Pixel Representation 1 (High Bit is Bits Stored - 1).
template <typename T>
struct StoredValue {
    int bits;
    bool sign;

    [[nodiscard]] std::int32_t operator()(T raw) const {
        const int shift = 32 - bits;
        const auto widened = std::uint32_t(raw) << shift;
        return sign ? std::int32_t(widened) >> shift : std::int32_t(widened >> shift);
    }
};

// Plain loops over contiguous arrays that GCC vectorises at -O2.
template <typename T>
std::pair<std::int32_t, std::int32_t> storedRange(const T* in, qsizetype count, StoredValue<T> v) {
    std::int32_t low = v(in[0]);
    std::int32_t high = low;
    for (qsizetype i = 0; i < count; ++i) {
        const std::int32_t s = v(in[i]);
        low = std::min(low, s);
        high = std::max(high, s);
    }
    return {low, high};
}

template <typename T>
void applyTable(const T* in, qsizetype count, StoredValue<T> v, const std::uint8_t* table,
                std::int32_t low, std::uint8_t* out) {
    for (qsizetype i = 0; i < count; ++i)
        out[i] = table[v(in[i]) - low];
}

// The output byte of one modality value: DCMTK's linear VOI transformation, its rendering
// without presentation LUT or display function (dimoopxt.h, "VOI LINEAR #6"), term for term so
// that the truncations fall where DCMTK's fall.
struct LinearVoi {
    double leftBorder;
    double rightBorder;
    double offset;
    double gradient;
    double low;
    double high;

    LinearVoi(Window w, bool reversed)
        : low(reversed ? 255 : 0)
        , high(reversed ? 0 : 255) {
        const double width1 = w.width - 1;
        leftBorder = w.centre - 0.5 - width1 / 2;
        rightBorder = w.centre - 0.5 + width1 / 2;
        const double outRange = high - low;
        offset = width1 == 0 ? 0 : high - ((w.centre - 0.5) / width1 + 0.5) * outRange;
        gradient = width1 == 0 ? 0 : outRange / width1;
    }

    [[nodiscard]] std::uint8_t operator()(double value) const {
        if (value <= leftBorder)
            return std::uint8_t(low);
        if (value > rightBorder)
            return std::uint8_t(high);
        return std::uint8_t(offset + value * gradient);
    }
};

template <typename T>
RenderedImage render(const FramePixels& frame, std::optional<Window> window, bool invert) {
    const qsizetype count = qsizetype(frame.width) * frame.height;
    const auto* in = reinterpret_cast<const T*>(frame.data.constData());
    const StoredValue<T> stored{frame.bitsStored, frame.signedValues};
    const auto [low, high] = storedRange(in, count, stored);
    // DCMTK keeps modality values in an integer type: the rescaled value is truncated.
    const auto modality = [&frame](std::int32_t s) {
        return std::trunc(double(s) * frame.slope + frame.intercept);
    };
    const double a = modality(low);
    const double b = modality(high);
    const double minimum = std::min(a, b);
    const double maximum = std::max(a, b);
    // DCMTK's min-max window (dimopxt.h getMinMaxWindow).
    const Window applied =
        window.value_or(Window{(minimum + maximum + 1) / 2, maximum - minimum + 1});
    const LinearVoi voi(applied, invert != frame.monochrome1);
    std::vector<std::uint8_t> table(std::size_t(high - low) + 1);
    for (std::int32_t s = low; s <= high; ++s)
        table[std::size_t(s - low)] = voi(modality(s));

    RenderedImage out;
    out.width = frame.width;
    out.height = frame.height;
    out.channels = 1;
    out.bytes = QByteArray(count, Qt::Uninitialized);
    applyTable(in, count, stored, table.data(), low,
               reinterpret_cast<std::uint8_t*>(out.bytes.data()));
    out.window = applied;
    out.valueRange = std::make_pair(minimum, maximum);
    return out;
}

} // namespace

core::Result<RenderedImage> renderGreyscale(const FramePixels& frame, std::optional<Window> window,
                                            bool invert) {
    if (window && !(window->width >= 1))
        return errors::badWindow(QStringLiteral("width %1").arg(window->width));
    const int bytes = frame.bitsAllocated / 8;
    if (frame.width <= 0 || frame.height <= 0 || (bytes != 1 && bytes != 2) ||
        frame.bitsStored < 1 || frame.bitsStored > frame.bitsAllocated ||
        frame.data.size() != qsizetype(frame.width) * frame.height * bytes)
        return errors::corrupt(QStringLiteral("frame %1x%2, %3/%4 bits in %5 bytes")
                                   .arg(frame.width)
                                   .arg(frame.height)
                                   .arg(frame.bitsStored)
                                   .arg(frame.bitsAllocated)
                                   .arg(frame.data.size()));
    return bytes == 1 ? render<std::uint8_t>(frame, window, invert)
                      : render<std::uint16_t>(frame, window, invert);
}

} // namespace sijil::imaging
