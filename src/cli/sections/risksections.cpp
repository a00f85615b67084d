// The `priorities` and `risks` keys of assure-cli board's JSON.
#include "cli/sections/risksections.h"

#include "workspace/board/prioritystanding.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/risks/riskstanding.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace assure {

QJsonValue prioritiesSection(const Workspace &ws, int startYear, const QDate &asOf)
{
    const int fyStart = ws.board().fyStartMonth;
    const PriorityStandings standings(ws, priorityPeriod(startYear, asOf, fyStart), asOf);
    std::vector<const Priority *> chosen;
    for (const Priority &p : ws.items<Priority>())
        if (p.year == startYear || p.year == 0)
            chosen.push_back(&p);
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Priority *a, const Priority *b) { return a->title.localeAwareCompare(b->title) < 0; });
    QJsonArray out;
    for (const Priority *p : chosen) {
        const PriorityStanding s = standings.standing(p->id);
        const SubGroup *lead = ws.items<SubGroup>().find(p->leadSubgroupId);
        out.append(QJsonObject{
            {QStringLiteral("title"), p->title},
            {QStringLiteral("year"), p->year == 0 ? QStringLiteral("standing") : Period::yearLabel(p->year, fyStart)},
            {QStringLiteral("lead_subgroup"), lead ? QJsonValue(lead->name) : QJsonValue()},
            {QStringLiteral("status"), priorityStatusKey(s.status)},
            {QStringLiteral("period"), standings.period().label()},
            {QStringLiteral("indicators"), QJsonObject{{QStringLiteral("total"), s.indicators.total},
                                                       {QStringLiteral("green"), s.indicators.green},
                                                       {QStringLiteral("amber"), s.indicators.amber},
                                                       {QStringLiteral("red"), s.indicators.red},
                                                       {QStringLiteral("unrated"), s.indicators.unrated()}}},
            {QStringLiteral("actions"), QJsonObject{{QStringLiteral("total"), s.actions.total},
                                                    {QStringLiteral("on_track"), s.actions.onTrack},
                                                    {QStringLiteral("amber"), s.actions.amber},
                                                    {QStringLiteral("red"), s.actions.red},
                                                    {QStringLiteral("cancelled"), s.actions.unrated()}}},
        });
    }
    return out;
}

QJsonValue risksSection(const Workspace &ws, int, const QDate &asOf)
{
    // The register is the board's whole one, whatever the year: a risk is not set for a year.
    const RiskStandings standings(ws, asOf);
    struct Ranked
    {
        const Risk *risk;
        RiskStanding standing;
    };
    std::vector<Ranked> rows;
    for (const Risk &r : ws.items<Risk>())
        rows.push_back({&r, standings.standing(r)});
    std::stable_sort(rows.begin(), rows.end(), [](const Ranked &a, const Ranked &b) {
        if (a.standing.score != b.standing.score)
            return a.standing.score > b.standing.score;
        return a.risk->title.localeAwareCompare(b.risk->title) < 0;
    });
    QJsonArray out;
    for (const Ranked &row : rows) {
        const Risk &r = *row.risk;
        const Person *owner = ws.items<Person>().find(r.ownerPersonId);
        QJsonArray flags;
        for (const RiskIndicatorFlag &f : row.standing.flags) {
            const Indicator *indicator = ws.items<Indicator>().find(f.indicatorId);
            QJsonArray concerns;
            for (IndicatorConcern c : f.concerns)
                concerns.append(indicatorConcernKey(c));
            flags.append(QJsonObject{{QStringLiteral("code"), indicator ? indicator->code : QString()},
                                     {QStringLiteral("title"), indicator ? indicator->title : QString()},
                                     {QStringLiteral("concerns"), concerns}});
        }
        out.append(QJsonObject{
            {QStringLiteral("title"), r.title},
            {QStringLiteral("owner"), owner ? QJsonValue(owner->name) : QJsonValue()},
            {QStringLiteral("likelihood"), r.likelihood},
            {QStringLiteral("impact"), r.impact},
            {QStringLiteral("score"), row.standing.score},
            {QStringLiteral("rating"),
             row.standing.rating ? QJsonValue(riskRatingKey(*row.standing.rating)) : QJsonValue()},
            {QStringLiteral("target_score"), r.targetScore > 0 ? QJsonValue(r.targetScore) : QJsonValue()},
            {QStringLiteral("review_date"),
             r.reviewDate.isValid() ? QJsonValue(r.reviewDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("review_overdue"), row.standing.reviewOverdue},
            {QStringLiteral("indicators_of_concern"), flags},
        });
    }
    return out;
}

} // namespace assure
