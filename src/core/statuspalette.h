// The one palette for RAG and SPC status, as 0xRRGGBB, shared by tables, charts and reports.
#pragma once

#include "core/indicators/rag.h"
#include "core/indicators/spc.h"

namespace assure {

// Text on the page (chart titles, labels, axes): near-black, 17:1 on white.
constexpr quint32 kInkRgb = 0x1a1a1a;

// WCAG 2.1: the relative luminance of a colour, and the contrast ratio of two (1 to 21). Text of
// the chips' size needs 4.5:1 (level AA).
double relativeLuminance(quint32 rgb);
double contrastRatio(quint32 a, quint32 b);
constexpr double kMinimumTextContrast = 4.5;

// The colour for words drawn on a status fill: black or white, whichever reads better. Every fill
// in this palette reaches kMinimumTextContrast with it (tst_statuspalette checks each).
quint32 textOn(quint32 fill);

// Chosen to read on white and to stay apart in greyscale (qGray: green 61, blue 88, red 103,
// N/A 140, amber 168); every use also carries a word, letter or shape.
constexpr quint32 ragRgb(Rag rag)
{
    switch (rag) {
    case Rag::Blue: return 0x1565c0;
    case Rag::Green: return 0x1b5e20;
    case Rag::Amber: return 0xf2a900;
    case Rag::Red: return 0xd32f2f;
    case Rag::NotApplicable:
    case Rag::NoData: break;
    }
    return 0x8c8c8c;
}

// Making Data Count's colours: improvement blue, concern orange, neutral purple, common grey.
constexpr quint32 spcRgb(SpcPointType type)
{
    switch (type) {
    case SpcPointType::Improvement: return 0x289de0;
    case SpcPointType::Concern: return 0xfab428;
    case SpcPointType::Neutral: return 0x491f8c;
    case SpcPointType::Common: break;
    }
    return 0x7b7d7d;
}

} // namespace assure
