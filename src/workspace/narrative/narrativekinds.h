// The narrative's kind: a period's summary of one report section; its traits (kindtraits.h) beside
// its table mapping (storage/narrative/narrativemappings.h).
#pragma once

#include "core/period.h"
#include "storage/narrative/narrativemappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class NarrativeKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::NarrativeKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<Narrative> : KindDefaults<Narrative>
{
    using Store = EntityStore<Narrative>;
    static QString name() { return NarrativeKinds::tr("Summary"); }
    static QString singular() { return NarrativeKinds::tr("summary"); }
    static QString plural() { return NarrativeKinds::tr("summaries"); }
    static QString addText(const Workspace &, const Narrative &n)
    {
        return NarrativeKinds::tr("Write narrative “%1” of %2").arg(sectionWords(n), periodWords(n));
    }
    static QString editText(const Workspace &, const Narrative &n)
    {
        return NarrativeKinds::tr("Edit narrative “%1” of %2").arg(sectionWords(n), periodWords(n));
    }
    static QString deleteText(const Workspace &, const Narrative &n)
    {
        return NarrativeKinds::tr("Clear narrative “%1” of %2").arg(sectionWords(n), periodWords(n));
    }
    static QString label(const Narrative &n) { return periodWords(n) + QStringLiteral(": ") + sectionWords(n); }
    // One summary per section and period.
    static QString clash(const Workspace &ws, const Narrative &n);
    static void prepareNew(Narrative &n)
    {
        n.id = 0;
        n.text = n.text.trimmed();
    }

private:
    static QString sectionWords(const Narrative &n) { return narrativeSectionLabel(n.section); }
    static QString periodWords(const Narrative &n)
    {
        const auto period = Period::fromKey(n.periodKey);
        return period ? period->label() : n.periodKey;
    }
};

} // namespace assure
