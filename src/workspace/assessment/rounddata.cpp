// One self-assessment round gathered from the workspace.
#include "workspace/assessment/rounddata.h"

#include "workspace/assessment/assessmentkinds.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace assure {

RoundData::RoundData(const Workspace &ws, qint64 roundId, bool lastYear)
{
    const AssessmentRound *round = ws.items<AssessmentRound>().find(roundId);
    if (!round)
        return;
    m_round = *round;
    if (const AssessmentFramework *f = ws.items<AssessmentFramework>().find(round->frameworkId))
        m_framework = *f;
    for (const AssessmentStandard &s : ws.items<AssessmentStandard>())
        if (s.frameworkId == m_framework.id)
            m_standards.push_back(s);
    std::sort(m_standards.begin(), m_standards.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    QHash<qint64, int> standardNumber;
    for (const AssessmentStandard &s : m_standards)
        standardNumber.insert(s.id, s.number);
    for (const AssessmentCriterion &c : ws.items<AssessmentCriterion>())
        if (standardNumber.contains(c.standardId))
            m_criteria.push_back(c);
    std::sort(m_criteria.begin(), m_criteria.end(), [&](const auto &a, const auto &b) {
        const int sa = standardNumber.value(a.standardId), sb = standardNumber.value(b.standardId);
        return sa != sb ? sa < sb : a.number < b.number;
    });

    QSet<qint64> invited;
    for (const RoundAgency &a : ws.items<RoundAgency>()) {
        if (a.roundId != roundId)
            continue;
        m_agencies.push_back(a);
        invited.insert(a.id);
        if (const Agency *agency = ws.items<Agency>().find(a.agencyId))
            m_agencyNames.insert(a.agencyId, agency->name);
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_agencies.begin(), m_agencies.end(), [&](const RoundAgency &a, const RoundAgency &b) {
        return collator.compare(agencyName(a), agencyName(b)) < 0;
    });
    for (const CriterionReturn &answer : ws.items<CriterionReturn>())
        if (invited.contains(answer.roundAgencyId))
            m_answers[answer.roundAgencyId].push_back(answer);

    if (lastYear && round->previousRoundId != 0 && ws.items<AssessmentRound>().find(round->previousRoundId))
        m_lastYear = std::make_unique<RoundData>(ws, round->previousRoundId, false);
}

std::vector<AssessmentCriterion> RoundData::criteriaOf(qint64 standardId) const
{
    std::vector<AssessmentCriterion> out;
    for (const AssessmentCriterion &c : m_criteria)
        if (c.standardId == standardId)
            out.push_back(c);
    return out;
}

const AssessmentStandard *RoundData::standardOf(const AssessmentCriterion &c) const
{
    for (const AssessmentStandard &s : m_standards)
        if (s.id == c.standardId)
            return &s;
    return nullptr;
}

QString RoundData::codeOf(const AssessmentCriterion &c) const
{
    const AssessmentStandard *s = standardOf(c);
    return s ? criterionCode(s->number, c.number) : QString();
}

const RoundAgency *RoundData::invitation(qint64 roundAgencyId) const
{
    for (const RoundAgency &a : m_agencies)
        if (a.id == roundAgencyId)
            return &a;
    return nullptr;
}

const std::vector<CriterionReturn> &RoundData::answers(qint64 roundAgencyId) const
{
    // A reference, not a copy: the heatmap asks four times for each of hundreds of returns.
    static const std::vector<CriterionReturn> none;
    const auto it = m_answers.constFind(roundAgencyId);
    return it == m_answers.cend() ? none : *it;
}

const CriterionReturn *RoundData::answer(qint64 roundAgencyId, qint64 criterionId) const
{
    const auto it = m_answers.constFind(roundAgencyId);
    if (it == m_answers.cend())
        return nullptr;
    for (const CriterionReturn &a : *it)
        if (a.criterionId == criterionId)
            return &a;
    return nullptr;
}

const CriterionReturn *RoundData::lastYearsAnswer(qint64 roundAgencyId, qint64 criterionId) const
{
    const RoundAgency *now = invitation(roundAgencyId);
    if (!m_lastYear || !now)
        return nullptr;
    const RoundAgency *then = nullptr;
    for (const RoundAgency &a : m_lastYear->agencies())
        if (a.agencyId == now->agencyId)
            then = &a;
    const auto criterion = std::find_if(m_criteria.begin(), m_criteria.end(),
                                        [criterionId](const AssessmentCriterion &c) { return c.id == criterionId; });
    if (!then || criterion == m_criteria.end())
        return nullptr;
    const AssessmentStandard *standard = standardOf(*criterion);
    if (!standard)
        return nullptr;
    const qint64 same =
        sameCriterion(standard->number, criterion->number, m_lastYear->standards(), m_lastYear->criteria());
    return same ? m_lastYear->answer(then->id, same) : nullptr;
}

Completeness RoundData::completeness(qint64 roundAgencyId) const
{
    return evidenceCompleteness(m_criteria, answers(roundAgencyId));
}

QList<StandardRatings> RoundData::ratings(qint64 roundAgencyId, RatingSource source) const
{
    return ratingsByStandard(m_standards, m_criteria, answers(roundAgencyId), source);
}

} // namespace assure
