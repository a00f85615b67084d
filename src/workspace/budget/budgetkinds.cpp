// The budget's kinds: the uniqueness of a line's name, how a change of the settings is announced, the registration.
#include "workspace/budget/budgetkinds.h"

#include "workspace/kindops.h"
#include "workspace/workspace.h"

namespace assure {

QString KindTraits<BudgetLine>::clash(const Workspace &ws, const BudgetLine &l)
{
    const QString name = l.name.trimmed();
    for (const BudgetLine &other : ws.items<BudgetLine>())
        if (other.id != l.id && other.year == l.year && other.kind == l.kind &&
            other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return l.kind == BudgetKind::Income
                       ? BudgetKinds::tr("The year already has an income line called “%1”.").arg(name)
                       : BudgetKinds::tr("The year already has a spending line called “%1”.").arg(name);
    return {};
}

void KindTraits<BudgetSettings>::touched(const RowChange<BudgetSettings> &, Applied &applied)
{
    Q_EMIT applied.notifier->changed(kindOf<BudgetSettings>(), 0);
}

void BudgetKinds::registerAll()
{
    registerKind<BudgetSettings>();
    registerKind<BudgetLine>();
}

} // namespace assure
