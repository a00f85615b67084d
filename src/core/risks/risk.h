// A risk of the board's risk register (issue 18, part 5): what might go wrong, why and with what
// effect, who owns it, how likely and how grave, and the indicators and actions tied to it.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace assure {

// Likelihood and impact are each rated on a scale of 1 to 5.
constexpr int kRiskLevelMin = 1;
constexpr int kRiskLevelMax = 5;

struct Risk
{
    qint64 id = 0;
    QString title;
    QString cause;
    QString consequence;
    qint64 ownerPersonId = 0; // a person on the board; 0: none named
    int likelihood = 1;       // 1 to 5
    int impact = 1;           // 1 to 5
    int targetScore = 0;      // the score the board aims to bring it down to; 0: none set
    QDate reviewDate;         // when it is next to be reviewed; invalid: none set

    // A title, likelihood and impact from 1 to 5, a target score from 1 to 25 when set.
    QStringList problems() const;

    bool operator==(const Risk &o) const
    {
        return id == o.id && title == o.title && cause == o.cause && consequence == o.consequence &&
               ownerPersonId == o.ownerPersonId && likelihood == o.likelihood && impact == o.impact &&
               targetScore == o.targetScore && reviewDate == o.reviewDate;
    }
    bool operator!=(const Risk &o) const { return !(*this == o); }
};

// An indicator that tells the board how a risk stands (one row per pair).
struct RiskIndicator
{
    qint64 id = 0;
    qint64 riskId = 0;
    qint64 indicatorId = 0;

    QStringList problems() const { return {}; }
    bool operator==(const RiskIndicator &o) const
    {
        return id == o.id && riskId == o.riskId && indicatorId == o.indicatorId;
    }
    bool operator!=(const RiskIndicator &o) const { return !(*this == o); }
};

// An action that mitigates a risk (one row per pair).
struct RiskAction
{
    qint64 id = 0;
    qint64 riskId = 0;
    qint64 actionId = 0;

    QStringList problems() const { return {}; }
    bool operator==(const RiskAction &o) const { return id == o.id && riskId == o.riskId && actionId == o.actionId; }
    bool operator!=(const RiskAction &o) const { return !(*this == o); }
};

} // namespace assure
