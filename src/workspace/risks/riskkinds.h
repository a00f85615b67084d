// The risk register's kinds: risks, their linked indicators and mitigating actions, and the
// board's score bands (one); each one's traits (kindtraits.h) beside its table mapping
// (storage/risks/riskmappings.h).
#pragma once

#include "core/actions/action.h"
#include "core/board/person.h"
#include "core/indicators/indicator.h"
#include "storage/risks/riskmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class RiskKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::RiskKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<Risk> : KindDefaults<Risk>
{
    using Store = EntityStore<Risk>;
    static QString name() { return RiskKinds::tr("Risk"); }
    static QString singular() { return RiskKinds::tr("risk"); }
    static QString plural() { return RiskKinds::tr("risks"); }
    static QString addText(const Workspace &, const Risk &r) { return RiskKinds::tr("Add risk “%1”").arg(r.title); }
    static QString editText(const Workspace &, const Risk &r) { return RiskKinds::tr("Edit risk “%1”").arg(r.title); }
    static QString deleteText(const Workspace &, const Risk &r)
    {
        return RiskKinds::tr("Delete risk “%1”").arg(r.title);
    }
    static QString label(const Risk &r) { return r.title; }
    static QString deleteQuestion(const Risk &r) { return RiskKinds::tr("the risk “%1”").arg(r.title); }
    static void prepareNew(Risk &r)
    {
        r.id = 0;
        r.title = r.title.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(reference<Person>(
            &Risk::ownerPersonId, OnDelete::Clear, "assure::RiskKinds",
            QT_TRANSLATE_N_NOOP("assure::RiskKinds", "%n risks are owned by them and will be kept without an owner.")));
    }
};

template <> struct KindTraits<RiskIndicator> : KindDefaults<RiskIndicator>
{
    using Store = EntityStore<RiskIndicator>;
    static QString name() { return RiskKinds::tr("Indicator of a risk"); }
    static QString singular() { return RiskKinds::tr("indicator of a risk"); }
    static QString plural() { return RiskKinds::tr("indicators of risks"); }
    static QString addText(const Workspace &ws, const RiskIndicator &l);
    static QString editText(const Workspace &ws, const RiskIndicator &l);
    static QString deleteText(const Workspace &ws, const RiskIndicator &l);
    // A pair is linked once.
    static QString clash(const Workspace &ws, const RiskIndicator &l);
    static auto references()
    {
        return std::make_tuple(
            reference<Risk>(&RiskIndicator::riskId, OnDelete::Cascade, "assure::RiskKinds"),
            reference<Indicator>(
                &RiskIndicator::indicatorId, OnDelete::Cascade, "assure::RiskKinds",
                QT_TRANSLATE_N_NOOP("assure::RiskKinds", "It is linked to %n risks, which will be kept without it.")));
    }
};

template <> struct KindTraits<RiskAction> : KindDefaults<RiskAction>
{
    using Store = EntityStore<RiskAction>;
    static QString name() { return RiskKinds::tr("Action mitigating a risk"); }
    static QString singular() { return RiskKinds::tr("action mitigating a risk"); }
    static QString plural() { return RiskKinds::tr("actions mitigating risks"); }
    static QString addText(const Workspace &ws, const RiskAction &l);
    static QString editText(const Workspace &ws, const RiskAction &l);
    static QString deleteText(const Workspace &ws, const RiskAction &l);
    // A pair is linked once.
    static QString clash(const Workspace &ws, const RiskAction &l);
    static auto references()
    {
        return std::make_tuple(
            reference<Risk>(&RiskAction::riskId, OnDelete::Cascade, "assure::RiskKinds"),
            reference<Action>(
                &RiskAction::actionId, OnDelete::Cascade, "assure::RiskKinds",
                QT_TRANSLATE_N_NOOP("assure::RiskKinds", "It mitigates %n risks, which will be kept without it.")));
    }
};

template <> struct KindTraits<RiskSettings> : KindDefaults<RiskSettings>
{
    using Store = SingletonStore<RiskSettings>;
    static QString name() { return RiskKinds::tr("Risk bands"); }
    static QString singular() { return RiskKinds::tr("risk bands"); }
    static QString plural() { return RiskKinds::tr("risk bands"); }
    // The bands are never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const RiskSettings &) { return editText(); }
    static QString editText(const Workspace &, const RiskSettings &) { return editText(); }
    static QString deleteText(const Workspace &, const RiskSettings &) { return editText(); }
    static QString editText() { return RiskKinds::tr("Edit risk bands"); }
    static void prepareNew(RiskSettings &) {}
    // Says so as a change of the kind's one row, so that subscribe()d listeners work anew.
    static void touched(const RowChange<RiskSettings> &change, Applied &applied);
};

} // namespace assure
