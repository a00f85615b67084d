// Series the chart tests draw: realistic indicators with a gap, a target change and benchmarks.
#pragma once

#include "charts/chartdata.h"
#include "charts/chartrender.h"
#include "core/indicators/rag.h"
#include "core/period.h"

#include <QChart>
#include <QDir>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QXYSeries>

#include <array>
#include <cmath>

namespace assure::testing {

// Re-referrals within 12 months, Apr 2023 to Mar 2026, lower is better. Target 22% for two years
// and 21% from Apr 2025; no value for Sep 2023; eight months above the mean from Jul 2024.
inline IndicatorSeries reReferrals()
{
    static constexpr std::array<double, 36> kValues = {
        21.4, 22.8, 20.1, 23.5, 21.9, -1,   22.3, 20.8, 23.1, 21.2, 19.6, 22.4, 21.0, 23.0, 20.5, 25.6, 26.3, 24.9,
        27.1, 25.8, 26.7, 28.0, 25.2, 22.6, 21.1, 19.8, 20.9, 18.7, 21.6, 19.4, 20.2, 18.9, 21.3, 19.1, 18.4, 20.0};
    IndicatorSeries s;
    s.code = QStringLiteral("RR12");
    s.title = QStringLiteral("Re-referrals within 12 months");
    s.unit = Unit::Percent;
    s.polarity = Polarity::LowerIsBetter;
    const Period first = Period::month(2023, 4);
    for (int i = 0; i < 36; ++i) {
        ChartPoint p;
        p.periodLabel = first.offset(i).label();
        if (kValues[static_cast<size_t>(i)] >= 0)
            p.value = kValues[static_cast<size_t>(i)];
        p.target = i < 24 ? 22.0 : 21.0;
        p.rag = evaluateRag(p.value, p.target, s.polarity, p.thresholds).rag;
        p.national = i < 12 ? 22.4 : i < 24 ? 21.9 : 21.5;
        s.points.push_back(p);
    }
    return s;
}

// Assessments completed within 45 working days: higher is better, target 85%, BLUE at 110% of
// target (93.5%), monthly for `months` months from Apr 2022.
inline IndicatorSeries assessments(int months = 24)
{
    IndicatorSeries s;
    s.code = QStringLiteral("A45");
    s.title = QStringLiteral("Assessments completed within 45 working days");
    s.unit = Unit::Percent;
    s.polarity = Polarity::HigherIsBetter;
    const Period first = Period::month(2022, 4);
    for (int i = 0; i < months; ++i) {
        ChartPoint p;
        p.periodLabel = first.offset(i).label();
        p.value = std::round((84 + 9 * std::sin(i * 0.55) + (i % 5) - 2) * 10) / 10;
        p.target = 85.0;
        p.thresholds.blueMargin = 0.10;
        p.rag = evaluateRag(p.value, p.target, s.polarity, p.thresholds).rag;
        p.regional = 86.0;
        s.points.push_back(p);
    }
    return s;
}

inline QString screenshotDir()
{
    const QString dir =
        qEnvironmentVariable("ASSURE_SCREENSHOT_DIR", QDir::tempPath() + QStringLiteral("/assure-screenshots"));
    QDir().mkpath(dir);
    return dir;
}

// Saves the chart as the reader sees it, and in grey as a black-and-white printer would.
inline QImage saveShot(QChart *chart, const QString &name, const QSize &size = {900, 450}, qreal ratio = 1.0)
{
    const QImage image = renderChart(chart, size, ratio);
    image.save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

template <class Series = QAbstractSeries> QList<Series *> seriesNamed(QChart *chart, const QString &key)
{
    QList<Series *> out;
    const auto all = chart->series();
    for (QAbstractSeries *s : all)
        if (s->objectName() == key)
            if (auto *typed = qobject_cast<Series *>(s))
                out << typed;
    return out;
}

// What the legend shows. A marker's visibility is its graphics item's, which reads true only once
// the chart has been laid out in a scene, so the chart is drawn first.
inline QStringList legendLabels(QChart *chart)
{
    QStringList out;
    renderChart(chart, QSize(900, 450));
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *m : markers)
        if (m->isVisible())
            out << m->label();
    return out;
}

} // namespace assure::testing
