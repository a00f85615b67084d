// What the reports say, gathered from a workspace: indicators with their exceptions, actions with their standing.
#include "reports/reportdata.h"

#include "core/valueformat.h"
#include "reports/reporttext.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/indicators/indicatorkinds.h"
#include "workspace/indicators/periodreview.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

namespace {

// The chart shows the periods a reader of this report can see: up to the chosen one, the last two years or so.
constexpr int kChartPoints = 24;

IndicatorSeries seriesUpTo(const Workspace &ws, const Indicator &indicator, const IndicatorHistory &history,
                           const IndicatorHistoryResult &result, const Period &last)
{
    IndicatorSeries series;
    series.code = indicator.code;
    series.title = indicator.title;
    series.unit = indicator.unit;
    series.polarity = indicator.polarity;
    std::map<Period, ChartPoint> points;
    for (const HistoryPoint &p : result.points) {
        if (last < p.period)
            continue;
        ChartPoint &point = points[p.period];
        point.value = p.value;
        point.target = p.target;
        point.rag = p.rag.rag;
    }
    placeBenchmarks(points, ws.items<Benchmark>().of(indicator.id), periodKind(indicator.frequency),
                    ws.board().fyStartMonth);
    for (auto &[period, point] : points) {
        if (last < period)
            continue;
        point.periodLabel = period.label();
        point.thresholds = thresholdsInForce(history.indicatorThresholds, history.boardThresholds, period.end());
        series.points.push_back(point);
    }
    if (series.points.size() > size_t(kChartPoints))
        series.points.erase(series.points.begin(), series.points.end() - kChartPoints);
    return series;
}

} // namespace

int PerformanceData::exceptionCount() const
{
    return int(
        std::count_if(lines.begin(), lines.end(), [](const IndicatorLine &l) { return !l.exceptions.isEmpty(); }));
}

PerformanceData gatherPerformance(const Workspace &ws, const Period &period)
{
    // The same review the dashboard shows: one place rates the period and finds its exceptions.
    const PeriodReview review = reviewPeriod(ws, period);
    PerformanceData data;
    data.period = period;
    for (auto it = review.ragCounts.cbegin(); it != review.ragCounts.cend(); ++it)
        data.ragCounts[it.key()] = it.value();
    for (const IndicatorReview &r : review.reviews) {
        IndicatorLine line;
        line.indicator = r.indicator;
        if (const Agency *agency = ws.items<Agency>().find(r.indicator.ownerAgencyId))
            line.ownerAgency = agency->name;
        line.status = r.status;
        line.commentary = r.commentary.trimmed();
        line.exceptions = r.exceptions;
        const IndicatorHistory history = indicatorHistory(ws, r.indicator);
        line.series = seriesUpTo(ws, r.indicator, history, evaluateHistory(history), line.status.period);
        data.lines.push_back(std::move(line));
    }
    return data;
}

QString chartDescription(const IndicatorLine &line)
{
    const ValueFormat format;
    const IndicatorStatus &s = line.status;
    const Unit unit = line.indicator.unit;
    QString text;
    if (s.value)
        text = ReportText::tr("%1: %2 in %3").arg(line.indicator.title, format.value(unit, s.value), s.period.label());
    else
        text = ReportText::tr("%1: no value for %2").arg(line.indicator.title, s.period.label());
    if (s.target)
        text += ReportText::tr(" against a target of %1").arg(format.value(unit, s.target));
    QStringList words{ValueFormat::rag(s.rag.rag).toLower()};
    if (s.trend)
        words << trendLabel(*s.trend).toLower();
    text += QStringLiteral(", ") + words.join(QStringLiteral(", "));
    if (!s.value)
        return text;
    if (s.spcPoint && *s.spcPoint != SpcPointType::Common)
        text += QStringLiteral("; ") + spcPointTypeLabel(*s.spcPoint).toLower();
    else
        text += ReportText::tr("; no special cause");
    return text;
}

ActionPlanData gatherActions(const Workspace &ws, const QDate &asOf, qint64 agencyId)
{
    ActionPlanData data;
    data.asOf = asOf;
    for (Rag rag : {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red})
        data.ragCounts[rag] = 0;
    const ActionStandings standings(ws);
    for (const Action &action : ws.items<Action>()) {
        if (agencyId != 0 && action.ownerAgencyId != agencyId)
            continue;
        ActionLine line;
        line.action = action;
        if (const Agency *agency = ws.items<Agency>().find(action.ownerAgencyId))
            line.agency = agency->name;
        if (const Person *lead = ws.items<Person>().find(action.leadPersonId))
            line.lead = lead->name;
        line.standing = standings.standing(action, asOf);
        const bool closed = action.status == ActionStatus::Completed ||
                            action.status == ActionStatus::ImpactEvidenced || action.status == ActionStatus::Cancelled;
        data.overdue += line.standing.overdue ? 1 : 0;
        data.dueSoon += line.standing.dueSoon ? 1 : 0;
        data.open += closed ? 0 : 1;
        data.completed += closed && action.status != ActionStatus::Cancelled ? 1 : 0;
        if (line.standing.rag)
            ++data.ragCounts[*line.standing.rag];
        data.lines.push_back(std::move(line));
    }
    // Overdue first, the longest overdue at the top; then what is open by due date; then what is closed.
    const auto rank = [](const ActionLine &l) {
        if (l.standing.overdue)
            return 0;
        const ActionStatus s = l.action.status;
        return s == ActionStatus::NotStarted || s == ActionStatus::InProgress ? 1 : 2;
    };
    std::stable_sort(data.lines.begin(), data.lines.end(), [&](const ActionLine &a, const ActionLine &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.action.due.isValid() && (!b.action.due.isValid() || a.action.due < b.action.due);
    });
    return data;
}

} // namespace assure
