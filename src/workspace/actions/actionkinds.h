// The action plans' kinds: actions, their milestones and their progress updates; each one's traits
// (kindtraits.h) beside its table mapping (storage/actions/actionmappings.h).
#pragma once

#include "core/actions/developmentplan.h"
#include "core/assessment/framework.h"
#include "core/audits/audit.h"
#include "core/board/agency.h"
#include "core/board/person.h"
#include "core/board/priority.h"
#include "core/indicators/indicator.h"
#include "storage/actions/actionmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class ActionKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ActionKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<Action> : KindDefaults<Action>
{
    using Store = EntityStore<Action>;
    static QString name() { return ActionKinds::tr("Action"); }
    static QString singular() { return ActionKinds::tr("action"); }
    static QString plural() { return ActionKinds::tr("actions"); }
    static QString addText(const Workspace &, const Action &a) { return ActionKinds::tr("Add action %1").arg(a.ref); }
    static QString editText(const Workspace &, const Action &a) { return ActionKinds::tr("Edit action %1").arg(a.ref); }
    static QString deleteText(const Workspace &, const Action &a)
    {
        return ActionKinds::tr("Delete action %1").arg(a.ref);
    }
    static QString label(const Action &a) { return a.ref; }
    static QString deleteQuestion(const Action &a) { return ActionKinds::tr("the action %1 “%2”").arg(a.ref, a.title); }
    // A reference is unique in the board, whatever its case.
    static QString clash(const Workspace &ws, const Action &a);
    static void prepareNew(Action &a)
    {
        a.id = 0;
        a.ref = a.ref.trimmed();
        a.title = a.title.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Agency>(&Action::ownerAgencyId, OnDelete::Clear, "assure::ActionKinds",
                              QT_TRANSLATE_N_NOOP("assure::ActionKinds",
                                                  "%n actions are owned by it and will be kept without an owner.")),
            reference<Person>(&Action::leadPersonId, OnDelete::Clear, "assure::ActionKinds",
                              QT_TRANSLATE_N_NOOP("assure::ActionKinds",
                                                  "%n actions are led by them and will be kept without a lead.")),
            reference<Indicator>(
                &Action::impactIndicatorId, OnDelete::Clear, "assure::ActionKinds",
                QT_TRANSLATE_N_NOOP("assure::ActionKinds",
                                    "%n actions show their impact by it and will be kept without that link.")),
            // The source names an item of the kind its sourceKind says: one reference per kind, so that
            // a deleted finding's id is not left in an action to name whatever later takes that id.
            referenceWhen<Priority>(&answers<ActionSource::Priority>, &Action::sourceId, OnDelete::Clear,
                                    "assure::ActionKinds", kSourceGone),
            referenceWhen<Finding>(&answers<ActionSource::Finding>, &Action::sourceId, OnDelete::Clear,
                                   "assure::ActionKinds", kSourceGone),
            referenceWhen<Recommendation>(&answers<ActionSource::Recommendation>, &Action::sourceId, OnDelete::Clear,
                                          "assure::ActionKinds", kSourceGone),
            referenceWhen<Audit>(&answersAudit, &Action::sourceId, OnDelete::Clear, "assure::ActionKinds", kSourceGone),
            referenceWhen<AssessmentCriterion>(&answers<ActionSource::SelfAssessment>, &Action::sourceId,
                                               OnDelete::Clear, "assure::ActionKinds", kSourceGone),
            referenceWhen<DevelopmentPlan>(&answers<ActionSource::DevelopmentPlan>, &Action::sourceId, OnDelete::Clear,
                                           "assure::ActionKinds", kSourceGone));
    }

private:
    static constexpr const char *kSourceGone = QT_TRANSLATE_N_NOOP(
        "assure::ActionKinds", "%n actions answer it and will be kept without naming their source.");
    template <ActionSource source> static bool answers(const Action &a) { return a.sourceKind == source; }
    // An audit or a review: both are audits in the board file.
    static bool answersAudit(const Action &a)
    {
        return a.sourceKind == ActionSource::Audit || a.sourceKind == ActionSource::Review;
    }
};

template <> struct KindTraits<Milestone> : KindDefaults<Milestone>
{
    using Store = EntityStore<Milestone>;
    static QString name() { return ActionKinds::tr("Milestone"); }
    static QString singular() { return ActionKinds::tr("milestone"); }
    static QString plural() { return ActionKinds::tr("milestones"); }
    static QString addText(const Workspace &ws, const Milestone &m);
    static QString editText(const Workspace &ws, const Milestone &m);
    static QString deleteText(const Workspace &ws, const Milestone &m);
    static auto references()
    {
        return std::make_tuple(
            reference<Action>(&Milestone::actionId, OnDelete::Cascade, "assure::ActionKinds",
                              QT_TRANSLATE_N_NOOP("assure::ActionKinds", "Its %n milestones go with it.")));
    }
};

template <> struct KindTraits<ProgressUpdate> : KindDefaults<ProgressUpdate>
{
    using Store = EntityStore<ProgressUpdate>;
    static QString name() { return ActionKinds::tr("Progress update"); }
    static QString singular() { return ActionKinds::tr("progress update"); }
    static QString plural() { return ActionKinds::tr("progress updates"); }
    static QString addText(const Workspace &ws, const ProgressUpdate &u);
    static QString editText(const Workspace &ws, const ProgressUpdate &u);
    static QString deleteText(const Workspace &ws, const ProgressUpdate &u);
    static auto references()
    {
        return std::make_tuple(
            reference<Action>(&ProgressUpdate::actionId, OnDelete::Cascade, "assure::ActionKinds",
                              QT_TRANSLATE_N_NOOP("assure::ActionKinds", "Its %n progress updates go with it.")));
    }
};

} // namespace assure
