#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

// The JPEG 2000 row's peer (bench_imaging --peer gdcm): GDCM decoding every slice of a series
// folder in a loop on the calling thread, gdcm::ImageReader then the pixel data decoded to a
// buffer. `codecThreads` 0 is GDCM as an application gets it (gdcm::Image::GetBuffer: its
// JPEG 2000 codec asks OpenJPEG for as many threads as the machine has cores, within each
// slice); 1 runs the same codec (gdcm::JPEG2000Codec, set up as GetBuffer sets it up) with
// OpenJPEG on one thread: the single-threaded peer. With `sums`, an untimed pass that checksums
// each slice (slice_checksum.h); without, a timed pass. Returns {wall ms, process CPU ms}.
struct GdcmTiming {
    double wallMs = 0;
    double cpuMs = 0;
};
GdcmTiming gdcmLoop(const QStringList& files, int codecThreads, std::vector<std::uint64_t>* sums);
