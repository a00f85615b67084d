// Exceptions for a period: what the performance report puts first, and why.
#include "core/indicators/exceptions.h"

#include "core/enumnames.h"
#include "core/valueformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Exceptions)
};

constexpr auto kExceptionKindNames = enumNames<ExceptionKind>(
    "assure::Exceptions", {
                              {ExceptionKind::Red, u"red", QT_TRANSLATE_NOOP("assure::Exceptions", "Red")},
                              {ExceptionKind::WorseThanPrevious, u"worse_than_previous",
                               QT_TRANSLATE_NOOP("assure::Exceptions", "Significant change")},
                              {ExceptionKind::SpecialCauseConcern, u"special_cause_concern",
                               QT_TRANSLATE_NOOP("assure::Exceptions", "Special cause of concern")},
                              {ExceptionKind::OutOfStepWithBenchmark, u"out_of_step",
                               QT_TRANSLATE_NOOP("assure::Exceptions", "Out of step with benchmark")},
                          });

constexpr auto kBenchmarkKindNames = enumNames<BenchmarkKind>(
    "assure::Exceptions",
    {
        {BenchmarkKind::National, u"national", QT_TRANSLATE_NOOP("assure::Exceptions", "national")},
        {BenchmarkKind::Regional, u"regional", QT_TRANSLATE_NOOP("assure::Exceptions", "regional")},
        {BenchmarkKind::StatisticalNeighbours, u"statistical_neighbours",
         QT_TRANSLATE_NOOP("assure::Exceptions", "statistical neighbours")},
    });

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
    const double allowed = margin.kind == Margin::Kind::Relative ? margin.amount * std::fabs(reference) : margin.amount;
    // "More than 10%" leaves exactly 10% out, even when 0.1 x 80 rounds a hair above 8.
    return amount - allowed > kRelativeSlack * std::max({1.0, std::fabs(amount), std::fabs(allowed)});
}

QString marginText(const Margin &margin)
{
    if (margin.kind == Margin::Kind::Relative)
        return Tr::tr("%1%").arg(number(margin.amount * 100.0));
    return number(margin.amount);
}

} // namespace

QString exceptionKindKey(ExceptionKind kind)
{
    return kExceptionKindNames.key(kind);
}

QString exceptionKindLabel(ExceptionKind kind)
{
    return kExceptionKindNames.label(kind);
}

QString benchmarkKindKey(BenchmarkKind kind)
{
    return kBenchmarkKindNames.key(kind);
}

QString benchmarkKindLabel(BenchmarkKind kind)
{
    return kBenchmarkKindNames.label(kind);
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
        out.append({ExceptionKind::Red, Tr::tr("Rated red against the target."), std::nullopt});

    if (input.value && input.previous &&
        worseByMoreThan(*input.value, *input.previous, input.polarity, settings.worseThanPrevious)) {
        out.append({ExceptionKind::WorseThanPrevious,
                    Tr::tr("Worse than the previous period (%1, now %2) by more than %3.")
                        .arg(number(*input.previous), number(*input.value), marginText(settings.worseThanPrevious)),
                    std::nullopt});
    }

    if (input.spcPoint == SpcPointType::Concern) {
        const QString why = input.spcRule ? spcRuleLabel(*input.spcRule) : QString();
        out.append({ExceptionKind::SpecialCauseConcern,
                    why.isEmpty() ? Tr::tr("A special cause of concern on the SPC chart.")
                                  : Tr::tr("A special cause of concern on the SPC chart: %1.").arg(why.toLower()),
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
                                     ? Tr::tr("%1 differs from the %2 benchmark (%3) by more than %4.")
                                     : Tr::tr("%1 is worse than the %2 benchmark (%3) by more than %4.");
            out.append({ExceptionKind::OutOfStepWithBenchmark,
                        text.arg(number(*input.value), benchmarkKindLabel(kind), number(*b), marginText(m)), kind});
        }
    }
    return out;
}

} // namespace assure
