// The rules of the risk register (issue 18, part 5): the score, its rating by the board's bands,
// the review falling due, and which linked indicators give cause for concern. Pure functions of
// their arguments, with the board's bands in RiskSettings, so that every view reads a risk alike.
#pragma once

#include "core/indicators/indicatorstatus.h"
#include "core/risks/risk.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class RiskRating { Green, Amber, Red };

// Keys: "green", "amber", "red".
QString riskRatingKey(RiskRating rating);
std::optional<RiskRating> riskRatingFromKey(const QString &key);
QString riskRatingLabel(RiskRating rating);
QList<RiskRating> allRiskRatings();
// The RAG whose colour a rating is drawn in (the one status palette).
Rag riskRatingRag(RiskRating rating);

// The board's score bands (one set per board, kept with it: Risks > Bands…). A score below
// amberFrom is GREEN, from amberFrom AMBER, from redFrom RED. The defaults give 1-4 GREEN,
// 5-10 AMBER and 12-25 RED (no product of two levels is 11).
struct RiskSettings
{
    int amberFrom = 5;
    int redFrom = 12;

    // What stops them being saved: AMBER from 2 to 25, RED from 2 to 25 and above AMBER's start.
    QStringList problems() const;
    bool operator==(const RiskSettings &o) const { return amberFrom == o.amberFrom && redFrom == o.redFrom; }
    bool operator!=(const RiskSettings &o) const { return !(*this == o); }
};

// Likelihood × impact; both must be from 1 to 5 (a risk's problems() say so), else 0.
int riskScore(int likelihood, int impact);
inline int riskScore(const Risk &risk)
{
    return riskScore(risk.likelihood, risk.impact);
}

// The rating of a score from 1 to 25 by the bands; none for a score outside them (0 included).
std::optional<RiskRating> ratingOf(int score, const RiskSettings &settings = {});

// Why a likelihood or impact written as `text` is refused, for people ("6 is not from 1 to 5");
// empty when it is a whole number from 1 to 5, given in *level.
QString levelRefusal(const QString &text, int *level);

// Review overdue as of day D: a review date set and before D (a review due on D is not overdue).
bool isReviewOverdue(const Risk &risk, const QDate &asOf);

// Why a linked indicator is flagged against a risk, in the order they are said.
enum class IndicatorConcern { Red, SpcConcern };

// The concerns an indicator's standing for a period raises: RED, and an SPC special cause of
// concern at its last point (the polarity says which way is concern). Empty: no cause for concern.
QList<IndicatorConcern> concernsOf(const IndicatorStatus &status);
// Keys: "red", "spc_concern".
QString indicatorConcernKey(IndicatorConcern concern);
QString indicatorConcernLabel(IndicatorConcern concern);

} // namespace assure
