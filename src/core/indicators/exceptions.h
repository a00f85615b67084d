// Exceptions for a period: what the performance report puts first, and why.
#pragma once

#include "core/indicators/indicator.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"

#include <QList>
#include <QString>

#include <optional>

namespace assure {

enum class ExceptionKind { Red, WorseThanPrevious, SpecialCauseConcern, OutOfStepWithBenchmark };

QString exceptionKindKey(ExceptionKind kind); // "red", "worse_than_previous", "special_cause_concern", "out_of_step"
QString exceptionKindLabel(ExceptionKind kind);

enum class BenchmarkKind { National, Regional, StatisticalNeighbours };

QString benchmarkKindKey(BenchmarkKind kind); // "national", "regional", "statistical_neighbours"
QString benchmarkKindLabel(BenchmarkKind kind);

// How far a value may move before it is an exception: a fraction of the value it is compared
// with (0.10 is 10%), or an amount in the indicator's own unit (5 percentage points, 3 days).
struct Margin
{
    enum class Kind { Relative, Absolute };
    Kind kind = Kind::Relative;
    double amount = 0.10;

    bool operator==(const Margin &o) const { return kind == o.kind && amount == o.amount; }
    bool operator!=(const Margin &o) const { return !(*this == o); }
};

// True when current is worse than reference by MORE than the margin (exactly the margin is not).
// By polarity: higher is better means lower is worse. Without a polarity nothing is worse. A
// relative margin from a reference of 0 is exceeded by any move the wrong way, since no fraction
// of nothing measures it.
bool worseByMoreThan(double current, double reference, Polarity polarity, const Margin &margin);

struct ExceptionSettings
{
    Margin worseThanPrevious;
    Margin outOfStepWithBenchmark;
};

// What is known of one indicator in one period.
struct ExceptionInput
{
    Polarity polarity = Polarity::None;
    Rag rag = Rag::NotApplicable;
    std::optional<double> value;
    std::optional<double> previous;       // the previous period's value
    std::optional<SpcPointType> spcPoint; // this period's point on the SPC chart
    std::optional<SpcRule> spcRule;
    Benchmark benchmark; // this period's benchmarks
};

struct ExceptionReason
{
    ExceptionKind kind = ExceptionKind::Red;
    QString text;                           // a sentence for the report
    std::optional<BenchmarkKind> benchmark; // for OutOfStepWithBenchmark

    bool operator==(const ExceptionReason &o) const
    {
        return kind == o.kind && text == o.text && benchmark == o.benchmark;
    }
    bool operator!=(const ExceptionReason &o) const { return !(*this == o); }
};

// Every reason this period is an exception, in the order the report lists them: RAG red; worse
// than the previous period by more than the margin; a special cause of concern at this period;
// out of step with each benchmark by more than the margin. Out of step is worse than the
// benchmark by polarity; for an indicator without a polarity, a difference either way is out of
// step (there is no "better", yet a board wants to know it is unlike its neighbours).
// Numbers in the texts go through the default QLocale.
QList<ExceptionReason> exceptionsFor(const ExceptionInput &input, const ExceptionSettings &settings = {});

} // namespace assure
