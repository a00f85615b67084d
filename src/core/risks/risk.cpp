// A risk of the board's risk register.
#include "core/risks/risk.h"

#include <QCoreApplication>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Risk)
};

} // namespace

QStringList Risk::problems() const
{
    QStringList out;
    if (title.trimmed().isEmpty())
        out << Tr::tr("The risk needs a title.");
    if (likelihood < kRiskLevelMin || likelihood > kRiskLevelMax)
        out << Tr::tr("The likelihood %1 is not from 1 to 5.").arg(likelihood);
    if (impact < kRiskLevelMin || impact > kRiskLevelMax)
        out << Tr::tr("The impact %1 is not from 1 to 5.").arg(impact);
    if (targetScore < 0 || targetScore > kRiskLevelMax * kRiskLevelMax)
        out << Tr::tr("The target score %1 is not from 1 to 25.").arg(targetScore);
    return out;
}

} // namespace assure
