// A line of the board's budget, its words and what stops it being saved.
#include "core/budget/budgetline.h"

#include "core/budget/money.h"

#include <QCoreApplication>

namespace assure {

QString budgetKindKey(BudgetKind kind)
{
    return kind == BudgetKind::Income ? QStringLiteral("income") : QStringLiteral("spend");
}

std::optional<BudgetKind> budgetKindFromKey(const QString &key)
{
    for (const BudgetKind kind : {BudgetKind::Income, BudgetKind::Spend})
        if (key.compare(budgetKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString budgetKindLabel(BudgetKind kind)
{
    return kind == BudgetKind::Income ? QCoreApplication::translate("assure::BudgetLine", "Income")
                                      : QCoreApplication::translate("assure::BudgetLine", "Spend");
}

QStringList BudgetLine::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::BudgetLine", "The budget line needs a name.");
    if (kind == BudgetKind::Income && agencyId == 0)
        out << QCoreApplication::translate("assure::BudgetLine",
                                           "An income line needs the partner agency that contributes it.");
    if (budget < 0)
        out << QCoreApplication::translate("assure::BudgetLine", "The budget may not be below zero.");
    if (budget > kMaxPence)
        out << QCoreApplication::translate("assure::BudgetLine", "The budget is more than an amount may be (%1).")
                   .arg(Money::format(kMaxPence));
    for (size_t q = 0; q < quarters.size(); ++q)
        if (quarters[q] && (*quarters[q] > kMaxPence || *quarters[q] < -kMaxPence))
            out << QCoreApplication::translate("assure::BudgetLine", "Q%1 is more than an amount may be (%2).")
                       .arg(q + 1)
                       .arg(Money::format(kMaxPence));
    if (year < 1990 || year > 2200)
        out << QCoreApplication::translate("assure::BudgetLine", "The year %1 is not a financial year Assure can show.")
                   .arg(year);
    return out;
}

QStringList BudgetSettings::problems() const
{
    QStringList out;
    if (tolerancePercent < 0 || tolerancePercent > 100)
        out << QCoreApplication::translate("assure::BudgetSettings",
                                           "The tolerance is a whole percentage from 0% to 100%.");
    return out;
}

} // namespace assure
