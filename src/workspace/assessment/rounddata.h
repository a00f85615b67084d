// One self-assessment round gathered from the workspace once: its framework's standards and
// criteria in order, the agencies invited and their answers, and last year's answers beside them.
// The heatmap, the return editor and `assure-cli assessment` read a round through it.
#pragma once

#include "core/assessment/assessmentrules.h"
#include "workspace/workspace.h"

#include <QHash>

#include <memory>
#include <vector>

namespace assure {

class RoundData final
{
public:
    // An empty view when there is no such round. With lastYear, the round it was started from is
    // gathered too (lastYearsAnswer()).
    RoundData(const Workspace &ws, qint64 roundId, bool lastYear = true);

    bool isValid() const { return m_round.id != 0; }
    const AssessmentRound &round() const { return m_round; }
    const AssessmentFramework &framework() const { return m_framework; }
    const std::vector<AssessmentStandard> &standards() const { return m_standards; } // by number
    // Every criterion of the framework, by standard and number.
    const std::vector<AssessmentCriterion> &criteria() const { return m_criteria; }
    std::vector<AssessmentCriterion> criteriaOf(qint64 standardId) const;
    const AssessmentStandard *standardOf(const AssessmentCriterion &c) const;
    QString codeOf(const AssessmentCriterion &c) const; // "3.2"

    // The invited agencies, by agency name.
    const std::vector<RoundAgency> &agencies() const { return m_agencies; }
    QString agencyName(const RoundAgency &a) const { return m_agencyNames.value(a.agencyId); }
    const RoundAgency *invitation(qint64 roundAgencyId) const;

    // One return's answers, and one of them (null: not answered).
    const std::vector<CriterionReturn> &answers(qint64 roundAgencyId) const;
    const CriterionReturn *answer(qint64 roundAgencyId, qint64 criterionId) const;

    // The same agency's answer to the criterion with the same code in the round this one was
    // started from; null when there is none.
    const CriterionReturn *lastYearsAnswer(qint64 roundAgencyId, qint64 criterionId) const;
    const RoundData *lastYear() const { return m_lastYear.get(); }

    // The summaries everything that compares shows, from the answers gathered here.
    Completeness completeness(qint64 roundAgencyId) const;
    QList<StandardRatings> ratings(qint64 roundAgencyId, RatingSource source) const;

private:
    AssessmentRound m_round;
    AssessmentFramework m_framework;
    std::vector<AssessmentStandard> m_standards;
    std::vector<AssessmentCriterion> m_criteria;
    std::vector<RoundAgency> m_agencies;
    QHash<qint64, QString> m_agencyNames;
    QHash<qint64, std::vector<CriterionReturn>> m_answers; // by round agency
    std::unique_ptr<RoundData> m_lastYear;
};

} // namespace assure
