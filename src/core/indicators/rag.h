// RAG status of an indicator for a period: the board's rule, its thresholds and their history.
#pragma once

#include "core/indicators/indicator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class Rag { Blue, Green, Amber, Red, NotApplicable, NoData };

// Keys: "blue", "green", "amber", "red", "na", "no_data".
QString ragKey(Rag rag);
std::optional<Rag> ragFromKey(const QString &key);
QString ragLabel(Rag rag);
// B, G, A, R, – (N/A), ? (no data): RAG is never shown by colour alone.
QString ragLetter(Rag rag);
QList<Rag> allRags();

enum class RagScheme { PercentOfTarget, AbsoluteBands };

QString ragSchemeKey(RagScheme scheme); // "percent_of_target", "absolute_bands"
RagScheme ragSchemeFromKey(const QString &key);
QString ragSchemeLabel(RagScheme scheme);

struct RagThresholds
{
    RagScheme scheme = RagScheme::PercentOfTarget;

    // Percent of target: the least achievement (a fraction of target) for each colour.
    double greenAt = 0.95;
    double amberAt = 0.90;
    // BLUE when achievement >= 1 + blueMargin (0.10: at least 110% of target); off when empty.
    std::optional<double> blueMargin;

    // Absolute bands (health indicators under Vital Signs): the value itself is compared. Higher
    // is better: GREEN when value >= greenValue, AMBER when >= amberValue; lower is better: GREEN
    // when value <= greenValue, AMBER when <= amberValue. BLUE beyond blueValue when set.
    double greenValue = 0;
    double amberValue = 0;
    std::optional<double> blueValue;

    // What is wrong with these thresholds for an indicator of this polarity; empty when sound.
    QStringList problems(Polarity polarity = Polarity::HigherIsBetter) const;

    bool operator==(const RagThresholds &o) const;
    bool operator!=(const RagThresholds &o) const { return !(*this == o); }
};

// Thresholds that apply to periods ending on or after effectiveFrom, until a later version.
struct ThresholdVersion
{
    QDate effectiveFrom;
    RagThresholds thresholds;

    bool operator==(const ThresholdVersion &o) const
    {
        return effectiveFrom == o.effectiveFrom && thresholds == o.thresholds;
    }
    bool operator!=(const ThresholdVersion &o) const { return !(*this == o); }
};

// A threshold version as the board file keeps it: the board's own (indicatorId 0) or one
// indicator's override.
struct StoredThresholds
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    ThresholdVersion version;

    bool operator==(const StoredThresholds &o) const
    {
        return id == o.id && indicatorId == o.indicatorId && version == o.version;
    }
    bool operator!=(const StoredThresholds &o) const { return !(*this == o); }
};

// The thresholds in force at the END of a period (DOMAIN rule 5): the version with the latest
// effectiveFrom on or before periodEnd; where two share a date, the later in the list. A change
// effective from a date therefore never re-rates a period that ended before it. Without any
// version in force, fallback (the board's defaults) applies.
RagThresholds thresholdsInForce(const QList<ThresholdVersion> &versions, const QDate &periodEnd,
                                const RagThresholds &fallback = {});
// An indicator's own override in force at periodEnd wins over the board's version in force then.
RagThresholds thresholdsInForce(const QList<ThresholdVersion> &indicatorVersions,
                                const QList<ThresholdVersion> &boardVersions, const QDate &periodEnd);

struct RagResult
{
    Rag rag = Rag::NotApplicable;
    // A fraction: 0.95 is 95% of target. Empty when there is nothing to compare.
    std::optional<double> achievement;

    bool operator==(const RagResult &o) const { return rag == o.rag && achievement == o.achievement; }
    bool operator!=(const RagResult &o) const { return !(*this == o); }
};

// Achievement as DOMAIN rule 1 defines it: value / target when higher is better, target / value
// when lower is better. Where the rule says the target is met although the ratio has no value
// (a lower-is-better value of 0; a higher-is-better target of 0 with a value >= 0), it is 1.0,
// so that reports print "100%" rather than infinity. Empty without a value, a target or a
// polarity, and when either number is negative (a ratio of signed numbers does not say how near
// the target a value is: such indicators use absolute bands).
std::optional<double> achievementOf(std::optional<double> value, std::optional<double> target, Polarity polarity);

// The RAG rule (DOMAIN "RAG status of an indicator"):
// - N/A without a polarity; with percent of target, also N/A without a target, and when value or
//   target is negative (see achievementOf).
// - No data when the rating could be made but there is no value.
// - Percent of target: GREEN at achievement >= greenAt, AMBER >= amberAt, RED below; the
//   thresholds are inclusive (exactly 95% is GREEN) with a 1e-9 allowance for the rounding of
//   decimal fractions. BLUE, when enabled, at achievement >= 1 + blueMargin; a lower-is-better
//   value of 0 under a positive target beats it by more than any margin, so it is BLUE when BLUE
//   is on. A higher-is-better target of 0 is met (GREEN) by any value >= 0, never BLUE: no
//   margin over nothing means anything.
// - Absolute bands: the value against the bands; the target plays no part in the colour (the
//   bands are the standard), so a missing target is not N/A. Achievement is still reported when
//   there is a target.
RagResult evaluateRag(std::optional<double> value, std::optional<double> target, Polarity polarity,
                      const RagThresholds &thresholds = {});

} // namespace assure
