// The budget's kinds: the board's budget lines and its budget settings (one); each one's traits
// (kindtraits.h) beside its table mapping (budgetmappings.h).
#pragma once

#include "core/board/agency.h"
#include "storage/budget/budgetmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class BudgetKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BudgetKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<BudgetSettings> : KindDefaults<BudgetSettings>
{
    using Store = SingletonStore<BudgetSettings>;
    static QString name() { return BudgetKinds::tr("Budget settings"); }
    static QString singular() { return BudgetKinds::tr("budget settings"); }
    static QString plural() { return BudgetKinds::tr("budget settings"); }
    // The settings are never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const BudgetSettings &) { return editText(); }
    static QString editText(const Workspace &, const BudgetSettings &) { return editText(); }
    static QString deleteText(const Workspace &, const BudgetSettings &) { return editText(); }
    static QString editText() { return BudgetKinds::tr("Edit budget settings"); }
    static void prepareNew(BudgetSettings &) {}
    // Says so as a change of the kind's one row, so that subscribe()d listeners work anew.
    static void touched(const RowChange<BudgetSettings> &change, Applied &applied);
};

template <> struct KindTraits<BudgetLine> : KindDefaults<BudgetLine>
{
    using Store = EntityStore<BudgetLine>;
    static QString name() { return BudgetKinds::tr("Budget line"); }
    static QString singular() { return BudgetKinds::tr("budget line"); }
    static QString plural() { return BudgetKinds::tr("budget lines"); }
    static QString addText(const Workspace &, const BudgetLine &l)
    {
        return BudgetKinds::tr("Add budget line %1").arg(l.name);
    }
    static QString editText(const Workspace &, const BudgetLine &l)
    {
        return BudgetKinds::tr("Edit budget line %1").arg(l.name);
    }
    static QString deleteText(const Workspace &, const BudgetLine &l)
    {
        return BudgetKinds::tr("Delete budget line %1").arg(l.name);
    }
    static QString label(const BudgetLine &l) { return l.name; }
    static QString deleteQuestion(const BudgetLine &l) { return BudgetKinds::tr("the budget line “%1”").arg(l.name); }
    static void prepareNew(BudgetLine &l)
    {
        l.id = 0;
        l.name = l.name.trimmed();
    }
    // A year has one income line and one spending line of a name (compared trimmed, without case).
    static QString clash(const Workspace &ws, const BudgetLine &l);
    // The money a partner put in is a record of the year: its agency stays while a line names it.
    static auto references()
    {
        return std::make_tuple(reference<Agency>(
            &BudgetLine::agencyId, OnDelete::Refuse, "assure::BudgetKinds",
            QT_TRANSLATE_N_NOOP("assure::BudgetKinds", "%n budget lines name it; change or delete them first.")));
    }
};

} // namespace assure
