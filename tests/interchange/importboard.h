// A small board for import tests: five indicators, two agencies, a few stored values and targets.
#pragma once

#include "interchange/indicators/importcontext.h"

#include <QString>

namespace assure::testing {

inline Indicator makeIndicator(qint64 id, const char *code, const char *title, Frequency frequency, Unit unit,
                               Polarity polarity = Polarity::HigherIsBetter)
{
    Indicator ind;
    ind.id = id;
    ind.code = QLatin1String(code);
    ind.title = QLatin1String(title);
    ind.frequency = frequency;
    ind.unit = unit;
    ind.polarity = polarity;
    return ind;
}

inline Measurement makeMeasurement(qint64 indicatorId, const char *periodKey, std::optional<double> value,
                                   const char *commentary = "")
{
    Measurement m;
    m.indicatorId = indicatorId;
    m.periodKey = QLatin1String(periodKey);
    m.value = value;
    m.commentary = QLatin1String(commentary);
    return m;
}

// CP-01 quarterly %, CP-02 monthly count, CP-03 quarterly count, CP-04 annual money,
// CP-05 monthly %. Stored: CP-01 2026/27 Q2 = 81.2 and its Q1 target 90; CP-02 Apr 2026 = 12;
// CP-02 Jun 2026 with a commentary but no value.
inline ImportContext importBoard()
{
    ImportContext context(4);
    Indicator cp01 = makeIndicator(1, "CP-01", "Re-referrals within 12 months", Frequency::Quarterly, Unit::Percent,
                                   Polarity::LowerIsBetter);
    cp01.ownerAgencyId = 1;
    cp01.annualTarget = 20;
    cp01.definition = QStringLiteral("Referrals within 12 months of a previous referral.");
    context.addIndicator(cp01);
    context.addIndicator(makeIndicator(2, "CP-02", "Children on plans", Frequency::Monthly, Unit::Count));
    context.addIndicator(makeIndicator(3, "CP-03", "Assessments completed", Frequency::Quarterly, Unit::Count));
    context.addIndicator(makeIndicator(4, "CP-04", "Spend per case", Frequency::Annual, Unit::Money, Polarity::None));
    context.addIndicator(makeIndicator(5, "CP-05", "Visits within timescales", Frequency::Monthly, Unit::Percent));
    context.addMeasurement(makeMeasurement(1, "2026-Q2", 81.2));
    context.addMeasurement(makeMeasurement(2, "2026-04", 12));
    context.addMeasurement(makeMeasurement(2, "2026-06", std::nullopt, "Awaiting the new system"));
    context.addTarget(Target{1, QStringLiteral("2026-Q1"), 90});
    Agency childrens;
    childrens.id = 1;
    childrens.name = QStringLiteral("Children's Services");
    context.addAgency(childrens);
    Agency police;
    police.id = 2;
    police.name = QStringLiteral("Police");
    context.addAgency(police);
    return context;
}

} // namespace assure::testing
