#pragma once

#include <sijil/core/Result.h>
#include <sijil/imaging/FramePixels.h>
#include <sijil/imaging/RenderedImage.h>

#include <optional>

namespace sijil::imaging {

// Sijil's own rendering of a decoded monochrome frame to 8-bit grey, without DCMTK: what the
// viewer uses to redraw a cached frame when the window changes. It computes what
// DicomImage::render (DCMTK's pipeline) gives for the same frame and window, byte for byte:
// the modality rescale kept to an integer (truncated, as DCMTK's integer intermediate
// representation does), then DICOM's linear VOI function (PS3.3 C.11.2.1.2) truncated to
// 0..255, then the polarity (MONOCHROME1 and `invert` each flip it). The work per pixel is one
// table look-up: the table covers the frame's stored values, built once per call.
//
// Only for frames DCMTK would render by rescale and window alone (DicomTags::plainGreyscale);
// VOI LUT tables and colour stay DicomImage::render's. `window` none: the frame's min-max
// window, as DicomImage::render without a window and without one in the file. Errors:
// imaging/bad-window (width below 1), imaging/corrupt (frame inconsistent with its size).
[[nodiscard]] core::Result<RenderedImage>
renderGreyscale(const FramePixels& frame, std::optional<Window> window, bool invert);

} // namespace sijil::imaging
