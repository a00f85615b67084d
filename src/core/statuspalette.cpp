// The status palette's contrast rule (WCAG 2.1), so every chip's words can be read.
#include "core/statuspalette.h"

#include <cmath>

namespace assure {

namespace {

double channel(quint32 value)
{
    const double c = double(value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(quint32 rgb)
{
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

double contrastRatio(quint32 a, quint32 b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

quint32 textOn(quint32 fill)
{
    constexpr quint32 white = 0xffffff;
    constexpr quint32 black = 0x000000;
    return contrastRatio(fill, white) >= contrastRatio(fill, black) ? white : black;
}

} // namespace assure
