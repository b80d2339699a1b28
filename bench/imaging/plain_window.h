#pragma once

#include <cstddef>
#include <cstdint>

// The peer of the "render from cache" row: the plainest linear window/level loop over a 16-bit
// frame (rescale, window, clamp, one byte out), in a file of its own compiled -O3 so that GCC
// vectorises it. No table, no masking of unused bits, no output allocation: a floor, not a
// renderer.
void plainWindowLevel(const std::uint16_t* in, std::size_t count, float slope, float intercept,
                      float centre, float width, std::uint8_t* out);
