// Exceptions for a period: what the performance report puts first, and why.
#include "core/exceptions.h"

#include "core/valueformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("assure::Exceptions", text);
}

constexpr double kRelativeSlack = 1e-9;

// Rounded to two decimals and printed without trailing zeros: "87.5", "12", "0.25".
QString number(double x)
{
    return ValueFormat().rounded(x, 2);
}

// How far current moved the wrong way from reference; 0 when it did not.
double shortfall(double current, double reference, Polarity polarity)
{
    if (polarity == Polarity::HigherIsBetter)
        return std::max(0.0, reference - current);
    if (polarity == Polarity::LowerIsBetter)
        return std::max(0.0, current - reference);
    return 0.0;
}

bool exceeds(double amount, double reference, const Margin &margin)
{
    if (amount <= 0)
        return false;
    if (margin.kind == Margin::Kind::Relative && reference == 0)
        return true;
    const double allowed = margin.kind == Margin::Kind::Relative ? margin.amount * std::fabs(reference)
                                                                 : margin.amount;
    // "More than 10%" leaves exactly 10% out, even when 0.1 x 80 rounds a hair above 8.
    return amount - allowed > kRelativeSlack * std::max({1.0, std::fabs(amount), std::fabs(allowed)});
}

QString marginText(const Margin &margin)
{
    if (margin.kind == Margin::Kind::Relative)
        return tr("%1%").arg(number(margin.amount * 100.0));
    return number(margin.amount);
}

} // namespace

QString exceptionKindKey(ExceptionKind kind)
{
    switch (kind) {
    case ExceptionKind::Red: return QStringLiteral("red");
    case ExceptionKind::WorseThanPrevious: return QStringLiteral("worse_than_previous");
    case ExceptionKind::SpecialCauseConcern: return QStringLiteral("special_cause_concern");
    case ExceptionKind::OutOfStepWithBenchmark: return QStringLiteral("out_of_step");
    }
    return {};
}

QString exceptionKindLabel(ExceptionKind kind)
{
    switch (kind) {
    case ExceptionKind::Red: return tr("Red");
    case ExceptionKind::WorseThanPrevious: return tr("Significant change");
    case ExceptionKind::SpecialCauseConcern: return tr("Special cause of concern");
    case ExceptionKind::OutOfStepWithBenchmark: return tr("Out of step with benchmark");
    }
    return {};
}

QString benchmarkKindKey(BenchmarkKind kind)
{
    switch (kind) {
    case BenchmarkKind::National: return QStringLiteral("national");
    case BenchmarkKind::Regional: return QStringLiteral("regional");
    case BenchmarkKind::StatisticalNeighbours: return QStringLiteral("statistical_neighbours");
    }
    return {};
}

QString benchmarkKindLabel(BenchmarkKind kind)
{
    switch (kind) {
    case BenchmarkKind::National: return tr("national");
    case BenchmarkKind::Regional: return tr("regional");
    case BenchmarkKind::StatisticalNeighbours: return tr("statistical neighbours");
    }
    return {};
}

bool worseByMoreThan(double current, double reference, Polarity polarity, const Margin &margin)
{
    if (!std::isfinite(current) || !std::isfinite(reference))
        return false;
    return exceeds(shortfall(current, reference, polarity), reference, margin);
}

QList<ExceptionReason> exceptionsFor(const ExceptionInput &input, const ExceptionSettings &settings)
{
    QList<ExceptionReason> out;
    if (input.rag == Rag::Red)
        out.append({ExceptionKind::Red, tr("Rated red against the target."), std::nullopt});

    if (input.value && input.previous
        && worseByMoreThan(*input.value, *input.previous, input.polarity, settings.worseThanPrevious)) {
        out.append({ExceptionKind::WorseThanPrevious,
                    tr("Worse than the previous period (%1, now %2) by more than %3.")
                        .arg(number(*input.previous), number(*input.value), marginText(settings.worseThanPrevious)),
                    std::nullopt});
    }

    if (input.spcPoint == SpcPointType::Concern) {
        const QString why = input.spcRule ? spcRuleLabel(*input.spcRule) : QString();
        out.append({ExceptionKind::SpecialCauseConcern,
                    why.isEmpty() ? tr("A special cause of concern on the SPC chart.")
                                  : tr("A special cause of concern on the SPC chart: %1.").arg(why.toLower()),
                    std::nullopt});
    }

    if (input.value) {
        const std::pair<BenchmarkKind, std::optional<double>> benchmarks[] = {
            {BenchmarkKind::National, input.benchmark.national},
            {BenchmarkKind::Regional, input.benchmark.regional},
            {BenchmarkKind::StatisticalNeighbours, input.benchmark.statisticalNeighbours},
        };
        const Margin &m = settings.outOfStepWithBenchmark;
        for (const auto &[kind, b] : benchmarks) {
            if (!b || !std::isfinite(*b) || !std::isfinite(*input.value))
                continue;
            const bool outOfStep = input.polarity == Polarity::None
                ? exceeds(std::fabs(*input.value - *b), *b, m)
                : worseByMoreThan(*input.value, *b, input.polarity, m);
            if (!outOfStep)
                continue;
            const QString text = input.polarity == Polarity::None
                ? tr("%1 differs from the %2 benchmark (%3) by more than %4.")
                : tr("%1 is worse than the %2 benchmark (%3) by more than %4.");
            out.append({ExceptionKind::OutOfStepWithBenchmark,
                        text.arg(number(*input.value), benchmarkKindLabel(kind), number(*b), marginText(m)),
                        kind});
        }
    }
    return out;
}

} // namespace assure
