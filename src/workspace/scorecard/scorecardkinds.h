// The scorecard's kinds: the board's domains and their summaries per period; each one's traits
// (kindtraits.h) beside its table mapping (storage/scorecard/scorecardmappings.h).
#pragma once

#include "core/period.h"
#include "storage/scorecard/scorecardmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class ScorecardKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ScorecardKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<ScorecardDomain> : KindDefaults<ScorecardDomain>
{
    using Store = EntityStore<ScorecardDomain>;
    static QString name() { return ScorecardKinds::tr("Domain"); }
    static QString singular() { return ScorecardKinds::tr("domain"); }
    static QString plural() { return ScorecardKinds::tr("domains"); }
    static QString addText(const Workspace &, const ScorecardDomain &d)
    {
        return ScorecardKinds::tr("Add domain “%1”").arg(d.name);
    }
    static QString editText(const Workspace &, const ScorecardDomain &d)
    {
        return ScorecardKinds::tr("Edit domain “%1”").arg(d.name);
    }
    static QString deleteText(const Workspace &, const ScorecardDomain &d)
    {
        return ScorecardKinds::tr("Delete domain “%1”").arg(d.name);
    }
    static QString label(const ScorecardDomain &d) { return d.name; }
    static QString deleteQuestion(const ScorecardDomain &d)
    {
        return ScorecardKinds::tr("the domain “%1”").arg(d.name);
    }
    // A name is used once, whatever its case.
    static QString clash(const Workspace &ws, const ScorecardDomain &d);
    static void prepareNew(ScorecardDomain &d)
    {
        d.id = 0;
        d.name = d.name.trimmed();
    }
};

template <> struct KindTraits<ScorecardSummary> : KindDefaults<ScorecardSummary>
{
    using Store = EntityStore<ScorecardSummary>;
    static QString name() { return ScorecardKinds::tr("Domain summary"); }
    static QString singular() { return ScorecardKinds::tr("domain summary"); }
    static QString plural() { return ScorecardKinds::tr("domain summaries"); }
    static QString addText(const Workspace &ws, const ScorecardSummary &s);
    static QString editText(const Workspace &ws, const ScorecardSummary &s);
    static QString deleteText(const Workspace &ws, const ScorecardSummary &s);
    // One summary per domain and period.
    static QString clash(const Workspace &ws, const ScorecardSummary &s);
    static void prepareNew(ScorecardSummary &s)
    {
        s.id = 0;
        s.text = s.text.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<ScorecardDomain>(&ScorecardSummary::domainId, OnDelete::Cascade, "assure::ScorecardKinds",
                                       QT_TRANSLATE_N_NOOP("assure::ScorecardKinds", "Its %n summaries go with it.")));
    }
};

} // namespace assure
