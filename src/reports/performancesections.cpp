// The performance sections: what a board reads of its indicators, exceptions first.
#include "reports/performancesections.h"

#include "core/valueformat.h"
#include "reports/reporttext.h"

namespace assure {

namespace {

QString valueText(const ValueFormat &format, const Indicator &indicator, const std::optional<double> &v)
{
    return v ? format.value(indicator.unit, v) : ReportText::tr("–");
}

QString variationText(const IndicatorStatus &s)
{
    return s.variation ? ValueFormat::variationShort(*s.variation) : ReportText::tr("–");
}

QString assuranceText(const IndicatorStatus &s)
{
    return s.assurance ? ValueFormat::assuranceShort(*s.assurance) : ReportText::tr("–");
}

QString trendText(const IndicatorStatus &s)
{
    return s.trend ? ValueFormat::trend(*s.trend) : ReportText::tr("–");
}

QString indicatorHeading(const Indicator &indicator)
{
    return ReportText::tr("%1 %2").arg(indicator.code, indicator.title);
}

bool hasValues(const IndicatorSeries &series)
{
    for (const ChartPoint &p : series.points)
        if (p.value)
            return true;
    return false;
}

} // namespace

void addRagCounts(ReportDocument &doc, const PerformanceData &data)
{
    ReportTable table;
    table.header = QStringList{ReportText::tr("RAG"), ReportText::tr("Indicators")};
    table.widths = {30, 20};
    const ValueFormat format;
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue, Rag::NoData, Rag::NotApplicable}) {
        const int n = data.ragCounts.count(rag) ? data.ragCounts.at(rag) : 0;
        // Blue only where a board uses it; the rest always, so that a zero is seen to be zero.
        if (rag == Rag::Blue && n == 0)
            continue;
        table.rows.append({{ValueFormat::rag(rag), rag}, {format.count(n), std::nullopt}});
    }
    doc.table(std::move(table));
}

void addExceptions(ReportDocument &doc, const PerformanceData &data, int level)
{
    doc.heading(level, ReportText::tr("Exceptions"));
    const ValueFormat format;
    const int count = data.exceptionCount();
    if (count == 0) {
        doc.paragraph(ReportText::tr("No indicator is an exception in %1: none is rated red, none is worse than the "
                                     "period before by more than the tolerance, none shows a special cause of concern "
                                     "and none is out of step with its benchmarks.")
                          .arg(data.period.label()));
        return;
    }
    doc.paragraph(ReportText::tr("%1 of %2 indicators are exceptions in %3. Each is listed with the reasons it is one; "
                                 "its chart and commentary follow in the detail.")
                      .arg(format.count(count), format.count(qint64(data.lines.size())), data.period.label()));
    ReportTable table;
    table.header =
        QStringList{ReportText::tr("Code"),   ReportText::tr("Indicator"), ReportText::tr("Value"),
                    ReportText::tr("Target"), ReportText::tr("RAG"),       ReportText::tr("Why it is an exception")};
    table.widths = {12, 24, 9, 9, 9, 37};
    for (const IndicatorLine &line : data.lines) {
        if (line.exceptions.isEmpty())
            continue;
        QStringList why;
        for (const ExceptionReason &reason : line.exceptions)
            why << reason.text;
        table.rows.append({{line.indicator.code, std::nullopt},
                           {line.indicator.title, std::nullopt},
                           {valueText(format, line.indicator, line.status.value), std::nullopt},
                           {valueText(format, line.indicator, line.status.target), std::nullopt},
                           {ValueFormat::rag(line.status.rag.rag), line.status.rag.rag},
                           {why.join(QLatin1Char(' ')), std::nullopt}});
    }
    doc.table(std::move(table));
}

void addIndicatorSummary(ReportDocument &doc, const PerformanceData &data, int level)
{
    doc.heading(level, ReportText::tr("Every indicator at a glance"));
    if (data.lines.empty()) {
        doc.paragraph(ReportText::tr("The board has no indicators yet."));
        return;
    }
    ReportTable table;
    table.header = QStringList{ReportText::tr("Code"),      ReportText::tr("Indicator"), ReportText::tr("Value"),
                               ReportText::tr("Target"),    ReportText::tr("RAG"),       ReportText::tr("Trend"),
                               ReportText::tr("Variation"), ReportText::tr("Assurance")};
    table.widths = {11, 24, 9, 8, 9, 13, 13, 13};
    const ValueFormat format;
    for (const IndicatorLine &line : data.lines)
        table.rows.append({{line.indicator.code, std::nullopt},
                           {line.indicator.title, std::nullopt},
                           {valueText(format, line.indicator, line.status.value), std::nullopt},
                           {valueText(format, line.indicator, line.status.target), std::nullopt},
                           {ValueFormat::rag(line.status.rag.rag), line.status.rag.rag},
                           {trendText(line.status), std::nullopt},
                           {variationText(line.status), std::nullopt},
                           {assuranceText(line.status), std::nullopt}});
    doc.table(std::move(table));
    doc.note(ReportText::tr("Value and RAG are for each indicator's own period that answers for %1 (a monthly "
                            "indicator's last month of the quarter). Trend is against the period before; variation and "
                            "assurance are read from the SPC chart.")
                 .arg(data.period.label()));
}

void addIndicatorDetails(ReportDocument &doc, const PerformanceData &data, int level, bool exceptionsOnly)
{
    const ValueFormat format;
    for (const IndicatorLine &line : data.lines) {
        if (exceptionsOnly && line.exceptions.isEmpty())
            continue;
        doc.heading(level, indicatorHeading(line.indicator));
        ReportTable figures;
        figures.header = QStringList{ReportText::tr("Period"),   ReportText::tr("Value"), ReportText::tr("Target"),
                                     ReportText::tr("RAG"),      ReportText::tr("Trend"), ReportText::tr("Variation"),
                                     ReportText::tr("Assurance")};
        figures.widths = {13, 11, 11, 13, 16, 18, 18};
        figures.rows.append({{line.status.period.label(), std::nullopt},
                             {valueText(format, line.indicator, line.status.value), std::nullopt},
                             {valueText(format, line.indicator, line.status.target), std::nullopt},
                             {ValueFormat::rag(line.status.rag.rag), line.status.rag.rag},
                             {trendText(line.status), std::nullopt},
                             {variationText(line.status), std::nullopt},
                             {assuranceText(line.status), std::nullopt}});
        doc.table(std::move(figures));
        for (const ExceptionReason &reason : line.exceptions)
            doc.paragraph(ReportText::tr("Exception: %1").arg(reason.text));
        const QString description = chartDescription(line);
        if (hasValues(line.series))
            doc.chart({line.series, description});
        else
            doc.note(description);
        doc.paragraph(line.commentary.isEmpty() ? ReportText::tr("No commentary was given with this period's value.")
                                                : ReportText::tr("Commentary: %1").arg(line.commentary));
    }
}

} // namespace assure
