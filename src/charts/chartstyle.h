// How charts look: sizes, fonts and the colours of RAG and SPC, chosen to read on white and in grey.
#pragma once

#include "core/indicators/rag.h"
#include "core/indicators/spc.h"

#include <QBrush>
#include <QColor>
#include <QSize>

namespace assure {

struct ChartStyle
{
    // The size the chart is laid out for: fonts are in pixels of this size, and period labels are
    // thinned to fit its width. A chart drawn larger or smaller scales as a picture does.
    QSize size{900, 450};
    int titlePixelSize = 16;
    int labelPixelSize = 12;      // axis labels, axis titles, legend
    int pointLabelPixelSize = 11; // the RAG letter beside each point
    qreal lineWidth = 2.0;
    qreal markerSize = 10.0;

    // Off unless a live view asks: a chart rendered for a test, a screenshot or a report must
    // come out the same every time, and an animation caught halfway does not.
    bool animate = false;
    bool showBenchmarks = true;
    bool showPointLetters = true; // G, A, R, B beside the RAG markers
    bool showTwoSigma = false;    // the faint two-sigma lines of an SPC chart

    // 900 x 450 on screen.
    static ChartStyle screen() { return {}; }
    // For a board paper: drawn across the text width of A4 portrait (about 170 mm), axis labels
    // come out near 7.5 pt and the title near 10 pt.
    static ChartStyle print();
};

// Marker colours. Each is dark or saturated enough to stand on white; in grey they differ in
// lightness too, and the marker shapes and letters carry the meaning without any colour.
QColor ragColour(Rag rag);
// A band behind the values: a pale tint, hatched for red and dotted for amber so that the bands
// still differ when printed in black and white.
QBrush ragBandBrush(Rag rag);
// Making Data Count's colours: improvement blue, concern orange, neutral purple, common grey.
QColor spcPointColour(SpcPointType type);

} // namespace assure
