// Performance indicators, their measurements, targets and benchmarks, and the words that name them.
#pragma once

#include "core/period.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class Polarity { HigherIsBetter, LowerIsBetter, None };
enum class Unit { Percent, Count, Rate, Days, Money };
enum class Frequency { Monthly, Quarterly, Annual };
enum class DataQuality { Validated, Provisional, Estimated };

struct Indicator
{
    qint64 id = 0;
    QString code;
    QString title;
    QString definition;
    Unit unit = Unit::Percent;
    Polarity polarity = Polarity::HigherIsBetter;
    Frequency frequency = Frequency::Quarterly;
    qint64 ownerAgencyId = 0; // 0: no owner agency
    qint64 priorityId = 0;    // 0: not under a business plan priority
    qint64 domainId = 0;      // the scorecard domain it is reported under; 0: none
    QString dataSource;
    bool statutory = false; // statutory (national) or local
    std::optional<double> annualTarget;

    // What is wrong with this indicator, in words a user reads; empty when sound.
    QStringList problems() const;

    bool operator==(const Indicator &o) const;
    bool operator!=(const Indicator &o) const { return !(*this == o); }
};

// Codes travel through spreadsheets and command lines, so they keep to letters, digits and
// ". - _ /" with inner spaces ("NI 62", "CSC-01", "A1.2"), start with a letter or digit and run
// to at most 32 characters.
bool isValidIndicatorCode(const QString &code);

// One indicator's value for one period.
struct Measurement
{
    qint64 indicatorId = 0;
    QString periodKey; // Period::key()
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    QString commentary; // the story behind the data
    DataQuality quality = DataQuality::Validated;

    QStringList problems() const;

    bool operator==(const Measurement &o) const;
    bool operator!=(const Measurement &o) const { return !(*this == o); }
};

// A target set for a whole financial year ("2026-Y") or for one period ("2026-Q2").
struct Target
{
    qint64 indicatorId = 0;
    QString periodKey;
    double value = 0;

    bool operator==(const Target &o) const
    {
        return indicatorId == o.indicatorId && periodKey == o.periodKey && value == o.value;
    }
    bool operator!=(const Target &o) const { return !(*this == o); }
};

// The target for a period: one set for that very period wins over one set for its financial
// year, which wins over the indicator's standing annual target. Targets of other indicators in
// the list are ignored.
std::optional<double> targetFor(const Indicator &indicator, const Period &period, const QList<Target> &targets);

// What comparable areas achieved in a period.
struct Benchmark
{
    qint64 indicatorId = 0;
    QString periodKey;
    std::optional<double> national;
    std::optional<double> regional;
    std::optional<double> statisticalNeighbours;

    bool operator==(const Benchmark &o) const
    {
        return indicatorId == o.indicatorId && periodKey == o.periodKey && national == o.national &&
               regional == o.regional && statisticalNeighbours == o.statisticalNeighbours;
    }
    bool operator!=(const Benchmark &o) const { return !(*this == o); }
};

// Stable words used in the board file; labels are for people; parse* read what people type
// into spreadsheets and return nothing when they cannot tell.
QString polarityKey(Polarity polarity);
Polarity polarityFromKey(const QString &key);
QString polarityLabel(Polarity polarity);
std::optional<Polarity> parsePolarity(const QString &text);
QList<Polarity> allPolarities();

QString unitKey(Unit unit);
Unit unitFromKey(const QString &key);
QString unitLabel(Unit unit);
std::optional<Unit> parseUnit(const QString &text);
QList<Unit> allUnits();

QString frequencyKey(Frequency frequency);
Frequency frequencyFromKey(const QString &key);
QString frequencyLabel(Frequency frequency);
std::optional<Frequency> parseFrequency(const QString &text);
QList<Frequency> allFrequencies();
// The kind of reporting period an indicator of this frequency is measured for.
Period::Kind periodKind(Frequency frequency);

QString dataQualityKey(DataQuality quality);
DataQuality dataQualityFromKey(const QString &key);
QString dataQualityLabel(DataQuality quality);
std::optional<DataQuality> parseDataQuality(const QString &text);
QList<DataQuality> allDataQualities();

} // namespace assure
