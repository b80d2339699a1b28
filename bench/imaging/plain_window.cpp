#include "plain_window.h"

void plainWindowLevel(const std::uint16_t* in, std::size_t count, float slope, float intercept,
                      float centre, float width, std::uint8_t* out) {
    const float left = centre - 0.5f - (width - 1) / 2;
    const float scale = 255.0f / (width - 1);
    for (std::size_t i = 0; i < count; ++i) {
        float y = (float(in[i]) * slope + intercept - left) * scale;
        y = y < 0.0f ? 0.0f : y;
        y = y > 255.0f ? 255.0f : y;
        out[i] = std::uint8_t(y);
    }
}
