#pragma once

namespace sijil::imaging {

// DCMTK's process-wide set-up, done once before the first file is read: the decoders for RLE,
// JPEG (IJG), JPEG-LS and JPEG 2000 (OpenJPEG, Jpeg2000Codec.h) registered in its codec list, and its own logger silenced (its messages
// can quote attribute values, i.e. patient data; errors reach us as OFCondition/EI_Status).
void ensureDcmtkReady();

} // namespace sijil::imaging
