#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace sijil::imaging {

// Checks one frame of RLE Lossless pixel data (DICOM PS3.5 annex G: a 64-byte header of segment
// count and offsets, then one PackBits segment per byte of each sample) before DCMTK decodes it.
// Debian 12's DCMTK 3.6.7 trusts the header's offsets and reads past the fragment when they lie
// (fixed upstream in later releases); a file from a CD must not be able to do that. Returns what
// is wrong, or nothing when every segment lies inside the fragment and yields a full plane.
std::optional<QString> rleFrameProblem(const std::uint8_t* data, std::size_t size,
                                       unsigned expectedSegments, std::size_t bytesPerSegment);

} // namespace sijil::imaging
