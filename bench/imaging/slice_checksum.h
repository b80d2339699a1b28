#pragma once

#include <cstddef>
#include <cstdint>

// The benchmark's check that two decoders gave the same values: FNV-1a over a slice's bytes.
// Byte by byte, so it costs more than reading them: it runs in untimed passes only.
inline std::uint64_t sliceChecksum(const std::uint8_t* data, std::size_t size) {
    std::uint64_t sum = 1469598103934665603ull;
    for (std::size_t i = 0; i < size; ++i)
        sum = (sum ^ data[i]) * 1099511628211ull;
    return sum;
}
