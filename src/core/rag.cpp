// RAG status of an indicator for a period: the board's rule, its thresholds and their history.
#include "core/rag.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("assure::Rag", text);
}

// Decimal thresholds are not exact in binary: 19/20 and 0.95 may differ in the last bit, and
// a board that writes "95%" means 19 out of 20 to be GREEN.
constexpr double kRelativeSlack = 1e-9;

double slack(double a, double b)
{
    return kRelativeSlack * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool atLeast(double a, double threshold)
{
    return a >= threshold - slack(a, threshold);
}

bool atMost(double a, double threshold)
{
    return a <= threshold + slack(a, threshold);
}

bool usable(std::optional<double> x)
{
    return x && std::isfinite(*x);
}

Rag rateAchievement(double achievement, const RagThresholds &t)
{
    // BLUE is for exceeding the target, so merely meeting it is never BLUE, even with a margin of 0.
    if (t.blueMargin && achievement > 1.0 && atLeast(achievement, 1.0 + *t.blueMargin))
        return Rag::Blue;
    if (atLeast(achievement, t.greenAt))
        return Rag::Green;
    if (atLeast(achievement, t.amberAt))
        return Rag::Amber;
    return Rag::Red;
}

Rag rateBands(double value, Polarity polarity, const RagThresholds &t)
{
    // Bands are written as the worst value that still earns the colour; "better" follows polarity.
    const auto better = [polarity](double v, double limit) {
        return polarity == Polarity::LowerIsBetter ? atMost(v, limit) : atLeast(v, limit);
    };
    if (t.blueValue && better(value, *t.blueValue))
        return Rag::Blue;
    if (better(value, t.greenValue))
        return Rag::Green;
    if (better(value, t.amberValue))
        return Rag::Amber;
    return Rag::Red;
}

} // namespace

QString ragKey(Rag rag)
{
    switch (rag) {
    case Rag::Blue: return QStringLiteral("blue");
    case Rag::Green: return QStringLiteral("green");
    case Rag::Amber: return QStringLiteral("amber");
    case Rag::Red: return QStringLiteral("red");
    case Rag::NotApplicable: return QStringLiteral("na");
    case Rag::NoData: return QStringLiteral("no_data");
    }
    return QStringLiteral("na");
}

std::optional<Rag> ragFromKey(const QString &key)
{
    for (Rag r : allRags())
        if (ragKey(r) == key)
            return r;
    return std::nullopt;
}

QString ragLabel(Rag rag)
{
    switch (rag) {
    case Rag::Blue: return tr("Blue");
    case Rag::Green: return tr("Green");
    case Rag::Amber: return tr("Amber");
    case Rag::Red: return tr("Red");
    case Rag::NotApplicable: return tr("N/A");
    case Rag::NoData: return tr("No data");
    }
    return {};
}

QString ragLetter(Rag rag)
{
    switch (rag) {
    case Rag::Blue: return tr("B");
    case Rag::Green: return tr("G");
    case Rag::Amber: return tr("A");
    case Rag::Red: return tr("R");
    case Rag::NotApplicable: return QString(QChar(0x2013)); // en dash
    case Rag::NoData: return QStringLiteral("?");
    }
    return {};
}

QList<Rag> allRags()
{
    return {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red, Rag::NotApplicable, Rag::NoData};
}

QString ragSchemeKey(RagScheme scheme)
{
    switch (scheme) {
    case RagScheme::PercentOfTarget: return QStringLiteral("percent_of_target");
    case RagScheme::AbsoluteBands: return QStringLiteral("absolute_bands");
    }
    return QStringLiteral("percent_of_target");
}

RagScheme ragSchemeFromKey(const QString &key)
{
    return key == QLatin1String("absolute_bands") ? RagScheme::AbsoluteBands : RagScheme::PercentOfTarget;
}

QString ragSchemeLabel(RagScheme scheme)
{
    switch (scheme) {
    case RagScheme::PercentOfTarget: return tr("Percentage of target");
    case RagScheme::AbsoluteBands: return tr("Absolute bands");
    }
    return {};
}

QStringList RagThresholds::problems(Polarity polarity) const
{
    QStringList out;
    if (scheme == RagScheme::PercentOfTarget) {
        if (!std::isfinite(greenAt) || !std::isfinite(amberAt) || greenAt <= 0 || amberAt <= 0)
            out << tr("The GREEN and AMBER thresholds must be positive percentages of target.");
        else if (amberAt > greenAt)
            out << tr("The AMBER threshold cannot be above the GREEN threshold.");
        if (blueMargin && (!std::isfinite(*blueMargin) || *blueMargin < 0))
            out << tr("The margin for BLUE cannot be negative.");
        return out;
    }
    const bool lower = polarity == Polarity::LowerIsBetter;
    const auto worse = [lower](double a, double b) { return lower ? a > b : a < b; };
    if (worse(greenValue, amberValue))
        out << (lower ? tr("The GREEN band must end at or below the AMBER band.")
                      : tr("The GREEN band must start at or above the AMBER band."));
    if (blueValue && worse(*blueValue, greenValue))
        out << (lower ? tr("The BLUE band must end at or below the GREEN band.")
                      : tr("The BLUE band must start at or above the GREEN band."));
    return out;
}

bool RagThresholds::operator==(const RagThresholds &o) const
{
    return scheme == o.scheme && greenAt == o.greenAt && amberAt == o.amberAt
        && blueMargin == o.blueMargin && greenValue == o.greenValue && amberValue == o.amberValue
        && blueValue == o.blueValue;
}

namespace {

const ThresholdVersion *versionInForce(const QList<ThresholdVersion> &versions, const QDate &periodEnd)
{
    const ThresholdVersion *best = nullptr;
    for (const ThresholdVersion &v : versions) {
        if (!v.effectiveFrom.isValid() || v.effectiveFrom > periodEnd)
            continue;
        if (!best || v.effectiveFrom >= best->effectiveFrom)
            best = &v;
    }
    return best;
}

} // namespace

RagThresholds thresholdsInForce(const QList<ThresholdVersion> &versions, const QDate &periodEnd,
                                const RagThresholds &fallback)
{
    const ThresholdVersion *v = versionInForce(versions, periodEnd);
    return v ? v->thresholds : fallback;
}

RagThresholds thresholdsInForce(const QList<ThresholdVersion> &indicatorVersions,
                                const QList<ThresholdVersion> &boardVersions, const QDate &periodEnd)
{
    if (const ThresholdVersion *own = versionInForce(indicatorVersions, periodEnd))
        return own->thresholds;
    return thresholdsInForce(boardVersions, periodEnd);
}

std::optional<double> achievementOf(std::optional<double> value, std::optional<double> target,
                                    Polarity polarity)
{
    if (polarity == Polarity::None || !usable(value) || !usable(target))
        return std::nullopt;
    const double v = *value;
    const double t = *target;
    if (v < 0 || t < 0)
        return std::nullopt;
    if (polarity == Polarity::HigherIsBetter)
        return t == 0 ? 1.0 : v / t;
    return v == 0 ? 1.0 : t / v;
}

RagResult evaluateRag(std::optional<double> value, std::optional<double> target, Polarity polarity,
                      const RagThresholds &thresholds)
{
    if (polarity == Polarity::None)
        return {Rag::NotApplicable, std::nullopt};
    if (thresholds.scheme == RagScheme::AbsoluteBands) {
        if (!usable(value))
            return {Rag::NoData, std::nullopt};
        return {rateBands(*value, polarity, thresholds), achievementOf(value, target, polarity)};
    }
    if (!usable(target))
        return {Rag::NotApplicable, std::nullopt};
    if (!usable(value))
        return {Rag::NoData, std::nullopt};
    const std::optional<double> a = achievementOf(value, target, polarity);
    if (!a)
        return {Rag::NotApplicable, std::nullopt};
    if (polarity == Polarity::LowerIsBetter && *value == 0 && *target > 0 && thresholds.blueMargin)
        return {Rag::Blue, a};
    if (polarity == Polarity::HigherIsBetter && *target == 0)
        return {Rag::Green, a};
    return {rateAchievement(*a, thresholds), a};
}

} // namespace assure
