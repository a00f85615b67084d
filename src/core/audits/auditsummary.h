// What an audit found across its cases: the grades given, each question's results, the strengths and
// areas for improvement gathered, the moderation agreement, and the change from the audit it repeats.
#pragma once

#include "core/audits/agreement.h"
#include "core/audits/audit.h"
#include "core/audits/questionnaire.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace assure {

struct QuestionResult
{
    QString id;
    QString number; // "Q3.2"
    QString text;
    AnswerKind kind = AnswerKind::YesNo;
    int answered = 0;
    std::array<int, 4> yesNo{}; // yes, partial, no, not applicable (allYesNo()'s order)
    QList<int> grades;          // per grade of the scale, best first
    std::optional<double> mean; // of the numbers given

    // The share answered yes, out of those answered other than not applicable; none without any.
    std::optional<double> yesShare() const;
    // The share of the grades given that are in the better half of the scale (good or better).
    std::optional<double> goodShare() const;
};

// A text the cases give, and how many cases give it.
struct GatheredText
{
    QString text;
    int cases = 0;
};

struct AuditSummary
{
    int cases = 0;
    int graded = 0;         // with a final grade
    QList<Grade> scale;     // the audit's grades, best first
    QList<int> gradeCounts; // final grades (the agreed one once moderated) per grade of the scale
    QList<QuestionResult> questions;
    QList<GatheredText> strengths; // most often given first, then as first given
    QList<GatheredText> areas;
    Agreement agreement;

    // The audit it repeats, summarised the same way; empty when it repeats none.
    std::optional<int> previousCases;
    QList<int> previousGradeCounts;          // in this audit's scale, grades the other scale lacks left out
    QList<QuestionResult> previousQuestions; // matched to this audit's questions by id, in the same order
};

// Summarises an audit's cases with its questionnaire; previous (its cases) is the audit it repeats,
// or null. Answers to questions the tool does not ask, or of the wrong kind, are not counted.
AuditSummary summariseAudit(const Audit &audit, const std::vector<const AuditCase *> &cases,
                            const Audit *previous = nullptr, const std::vector<const AuditCase *> &previousCases = {});

} // namespace assure
