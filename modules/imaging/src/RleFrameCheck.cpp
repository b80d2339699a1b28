#include "RleFrameCheck.h"

#include <QtEndian>

namespace sijil::imaging {

namespace {

constexpr std::size_t kHeaderBytes = 64;
constexpr unsigned kMaxSegments = 15;

// How many bytes a PackBits segment yields, stopping once `wanted` are reached; nothing when a
// run needs bytes beyond the segment's end.
std::optional<std::size_t> decodedLength(const std::uint8_t* p, const std::uint8_t* end,
                                         std::size_t wanted) {
    std::size_t out = 0;
    while (p < end && out < wanted) {
        const auto control = static_cast<std::int8_t>(*p++);
        if (control >= 0) { // literal run of control + 1 bytes
            const std::size_t n = std::size_t(control) + 1;
            if (std::size_t(end - p) < n)
                return std::nullopt;
            p += n;
            out += n;
        } else if (control != -128) { // one byte repeated 1 - control times
            if (p == end)
                return std::nullopt;
            ++p;
            out += std::size_t(1 - control);
        }
    }
    return out;
}

} // namespace

std::optional<QString> rleFrameProblem(const std::uint8_t* data, std::size_t size,
                                       unsigned expectedSegments, std::size_t bytesPerSegment) {
    if (!data || size < kHeaderBytes)
        return QStringLiteral("RLE fragment of %1 bytes, shorter than its header").arg(size);
    const quint32 segments = qFromLittleEndian<quint32>(data);
    if (segments < 1 || segments > kMaxSegments || segments != expectedSegments)
        return QStringLiteral("RLE header names %1 segments, %2 expected")
            .arg(segments)
            .arg(expectedSegments);
    for (quint32 i = 0; i < segments; ++i) {
        const quint32 start = qFromLittleEndian<quint32>(data + 4 * (i + 1));
        const quint32 end =
            i + 1 < segments ? qFromLittleEndian<quint32>(data + 4 * (i + 2)) : quint32(size);
        if (start < kHeaderBytes || start >= end || end > size)
            return QStringLiteral("RLE segment %1 at bytes %2-%3 of a %4-byte fragment")
                .arg(i + 1)
                .arg(start)
                .arg(end)
                .arg(size);
        const auto yielded = decodedLength(data + start, data + end, bytesPerSegment);
        if (!yielded || *yielded < bytesPerSegment)
            return QStringLiteral("RLE segment %1 yields %2 of %3 bytes")
                .arg(i + 1)
                .arg(yielded ? QString::number(*yielded) : QStringLiteral("a truncated run"))
                .arg(bytesPerSegment);
    }
    return std::nullopt;
}

} // namespace sijil::imaging
