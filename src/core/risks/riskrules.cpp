// The rules of the risk register: score, rating, review due, indicators of concern.
#include "core/risks/riskrules.h"

#include <QCoreApplication>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::RiskRules)
};

bool isLevel(int level)
{
    return level >= kRiskLevelMin && level <= kRiskLevelMax;
}

} // namespace

QString riskRatingKey(RiskRating rating)
{
    switch (rating) {
    case RiskRating::Green: return QStringLiteral("green");
    case RiskRating::Amber: return QStringLiteral("amber");
    case RiskRating::Red: break;
    }
    return QStringLiteral("red");
}

std::optional<RiskRating> riskRatingFromKey(const QString &key)
{
    for (RiskRating r : allRiskRatings())
        if (riskRatingKey(r) == key)
            return r;
    return std::nullopt;
}

QString riskRatingLabel(RiskRating rating)
{
    return ragLabel(riskRatingRag(rating));
}

QList<RiskRating> allRiskRatings()
{
    return {RiskRating::Green, RiskRating::Amber, RiskRating::Red};
}

Rag riskRatingRag(RiskRating rating)
{
    switch (rating) {
    case RiskRating::Green: return Rag::Green;
    case RiskRating::Amber: return Rag::Amber;
    case RiskRating::Red: break;
    }
    return Rag::Red;
}

QStringList RiskSettings::problems() const
{
    const int top = kRiskLevelMax * kRiskLevelMax;
    QStringList out;
    // A band from 1 would leave no GREEN at all: the lowest score is 1.
    if (amberFrom < 2 || amberFrom > top)
        out << Tr::tr("AMBER must start at a score from 2 to %1.").arg(top);
    if (redFrom < 2 || redFrom > top)
        out << Tr::tr("RED must start at a score from 2 to %1.").arg(top);
    else if (redFrom <= amberFrom)
        out << Tr::tr("RED must start above the score AMBER starts at.");
    return out;
}

int riskScore(int likelihood, int impact)
{
    return isLevel(likelihood) && isLevel(impact) ? likelihood * impact : 0;
}

std::optional<RiskRating> ratingOf(int score, const RiskSettings &settings)
{
    if (score < 1 || score > kRiskLevelMax * kRiskLevelMax)
        return std::nullopt;
    if (score >= settings.redFrom)
        return RiskRating::Red;
    if (score >= settings.amberFrom)
        return RiskRating::Amber;
    return RiskRating::Green;
}

QString levelRefusal(const QString &text, int *level)
{
    const QString written = text.trimmed();
    if (written.isEmpty())
        return Tr::tr("is empty; give a whole number from 1 to 5");
    // A spreadsheet may hold 3 as 3.0; 3.5 is no level.
    bool ok = false;
    const double number = written.toDouble(&ok);
    const int value = ok ? int(number) : 0;
    if (!ok || double(value) != number)
        return Tr::tr("“%1” is not a whole number from 1 to 5").arg(written);
    if (!isLevel(value))
        return Tr::tr("%1 is not from 1 to 5").arg(value);
    if (level)
        *level = value;
    return {};
}

bool isReviewOverdue(const Risk &risk, const QDate &asOf)
{
    return risk.reviewDate.isValid() && risk.reviewDate < asOf;
}

QList<IndicatorConcern> concernsOf(const IndicatorStatus &status)
{
    QList<IndicatorConcern> out;
    if (status.rag.rag == Rag::Red)
        out << IndicatorConcern::Red;
    if (status.spcPoint == SpcPointType::Concern)
        out << IndicatorConcern::SpcConcern;
    return out;
}

QString indicatorConcernKey(IndicatorConcern concern)
{
    return concern == IndicatorConcern::Red ? QStringLiteral("red") : QStringLiteral("spc_concern");
}

QString indicatorConcernLabel(IndicatorConcern concern)
{
    switch (concern) {
    case IndicatorConcern::Red: return ragLabel(Rag::Red);
    case IndicatorConcern::SpcConcern: break;
    }
    return Tr::tr("special cause of concern");
}

} // namespace assure
