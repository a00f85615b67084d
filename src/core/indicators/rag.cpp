// RAG status of an indicator for a period: the board's rule, its thresholds and their history.
#include "core/indicators/rag.h"

#include "core/enumnames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Rag)
};

constexpr auto kRagNames =
    enumNames<Rag>("assure::Rag", {
                                      {Rag::Blue, u"blue", QT_TRANSLATE_NOOP("assure::Rag", "Blue")},
                                      {Rag::Green, u"green", QT_TRANSLATE_NOOP("assure::Rag", "Green")},
                                      {Rag::Amber, u"amber", QT_TRANSLATE_NOOP("assure::Rag", "Amber")},
                                      {Rag::Red, u"red", QT_TRANSLATE_NOOP("assure::Rag", "Red")},
                                      {Rag::NotApplicable, u"na", QT_TRANSLATE_NOOP("assure::Rag", "N/A")},
                                      {Rag::NoData, u"no_data", QT_TRANSLATE_NOOP("assure::Rag", "No data")},
                                  });

constexpr auto kRagSchemeNames = enumNames<RagScheme>(
    "assure::Rag",
    {
        {RagScheme::PercentOfTarget, u"percent_of_target", QT_TRANSLATE_NOOP("assure::Rag", "Percentage of target")},
        {RagScheme::AbsoluteBands, u"absolute_bands", QT_TRANSLATE_NOOP("assure::Rag", "Absolute bands")},
    });

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
    return kRagNames.key(rag);
}

std::optional<Rag> ragFromKey(const QString &key)
{
    return kRagNames.fromKey(key);
}

QString ragLabel(Rag rag)
{
    return kRagNames.label(rag);
}

QString ragLetter(Rag rag)
{
    switch (rag) {
    case Rag::Blue: return Tr::tr("B");
    case Rag::Green: return Tr::tr("G");
    case Rag::Amber: return Tr::tr("A");
    case Rag::Red: return Tr::tr("R");
    case Rag::NotApplicable: return QString(QChar(0x2013)); // en dash
    case Rag::NoData: return QStringLiteral("?");
    }
    return {};
}

QList<Rag> allRags()
{
    return kRagNames.values();
}

QString ragSchemeKey(RagScheme scheme)
{
    return kRagSchemeNames.key(scheme);
}

RagScheme ragSchemeFromKey(const QString &key)
{
    return kRagSchemeNames.fromKey(key).value_or(RagScheme::PercentOfTarget);
}

QString ragSchemeLabel(RagScheme scheme)
{
    return kRagSchemeNames.label(scheme);
}

QStringList RagThresholds::problems(Polarity polarity) const
{
    QStringList out;
    if (scheme == RagScheme::PercentOfTarget) {
        if (!std::isfinite(greenAt) || !std::isfinite(amberAt) || greenAt <= 0 || amberAt <= 0)
            out << Tr::tr("The GREEN and AMBER thresholds must be positive percentages of target.");
        else if (amberAt > greenAt)
            out << Tr::tr("The AMBER threshold cannot be above the GREEN threshold.");
        if (blueMargin && (!std::isfinite(*blueMargin) || *blueMargin < 0))
            out << Tr::tr("The margin for BLUE cannot be negative.");
        return out;
    }
    const bool lower = polarity == Polarity::LowerIsBetter;
    const auto worse = [lower](double a, double b) { return lower ? a > b : a < b; };
    if (worse(greenValue, amberValue))
        out << (lower ? Tr::tr("The GREEN band must end at or below the AMBER band.")
                      : Tr::tr("The GREEN band must start at or above the AMBER band."));
    if (blueValue && worse(*blueValue, greenValue))
        out << (lower ? Tr::tr("The BLUE band must end at or below the GREEN band.")
                      : Tr::tr("The BLUE band must start at or above the GREEN band."));
    return out;
}

bool RagThresholds::operator==(const RagThresholds &o) const
{
    return scheme == o.scheme && greenAt == o.greenAt && amberAt == o.amberAt && blueMargin == o.blueMargin &&
           greenValue == o.greenValue && amberValue == o.amberValue && blueValue == o.blueValue;
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

std::optional<double> achievementOf(std::optional<double> value, std::optional<double> target, Polarity polarity)
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
