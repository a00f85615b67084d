// The action plans' board-wide kinds: the board's action settings (one) and its development
// plans; each one's traits (kindtraits.h) beside its table mapping (actionplanmappings.h).
#pragma once

#include "core/board/person.h"
#include "core/board/priority.h"
#include "storage/actions/actionplanmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class ActionPlanKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionPlanKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<ActionSettings> : KindDefaults<ActionSettings>
{
    using Store = SingletonStore<ActionSettings>;
    static QString name() { return ActionPlanKinds::tr("Action settings"); }
    static QString singular() { return ActionPlanKinds::tr("action settings"); }
    static QString plural() { return ActionPlanKinds::tr("action settings"); }
    // The settings are never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const ActionSettings &) { return editText(); }
    static QString editText(const Workspace &, const ActionSettings &) { return editText(); }
    static QString deleteText(const Workspace &, const ActionSettings &) { return editText(); }
    static QString editText() { return ActionPlanKinds::tr("Edit action settings"); }
    static void prepareNew(ActionSettings &) {}
    // Says so as a change of the kind's one row, so that subscribe()d listeners work anew.
    static void touched(const RowChange<ActionSettings> &change, Applied &applied);
};

template <> struct KindTraits<DevelopmentPlan> : KindDefaults<DevelopmentPlan>
{
    using Store = EntityStore<DevelopmentPlan>;
    static QString name() { return ActionPlanKinds::tr("Development plan"); }
    static QString singular() { return ActionPlanKinds::tr("development plan"); }
    static QString plural() { return ActionPlanKinds::tr("development plans"); }
    static QString addText(const Workspace &, const DevelopmentPlan &p)
    {
        return ActionPlanKinds::tr("Add development plan %1").arg(p.title);
    }
    static QString editText(const Workspace &, const DevelopmentPlan &p)
    {
        return ActionPlanKinds::tr("Edit development plan %1").arg(p.title);
    }
    static QString deleteText(const Workspace &, const DevelopmentPlan &p)
    {
        return ActionPlanKinds::tr("Delete development plan %1").arg(p.title);
    }
    static QString label(const DevelopmentPlan &p) { return p.title; }
    static QString deleteQuestion(const DevelopmentPlan &p)
    {
        return ActionPlanKinds::tr("the development plan “%1”").arg(p.title);
    }
    static void prepareNew(DevelopmentPlan &p)
    {
        p.id = 0;
        p.title = p.title.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Priority>(&DevelopmentPlan::priorityId, OnDelete::Clear, "assure::ActionPlanKinds",
                                QT_TRANSLATE_N_NOOP("assure::ActionPlanKinds",
                                                    "%n development plans deliver it and will be kept without it.")),
            reference<Person>(
                &DevelopmentPlan::chairPersonId, OnDelete::Clear, "assure::ActionPlanKinds",
                QT_TRANSLATE_N_NOOP("assure::ActionPlanKinds",
                                    "%n development plans name them as chair and will be kept without.")));
    }
};

} // namespace assure
