// The indicators' kinds: indicators, their measurements, targets and benchmarks, RAG threshold
// versions and SPC settings; each one's traits (kindtraits.h) beside its table mapping
// (storage/indicators/indicatormappings.h), and what the workspace's loaded indicators answer.
#pragma once

#include "core/board/agency.h"
#include "core/board/priority.h"
#include "core/indicators/indicatorstatus.h"
#include "storage/indicators/indicatormappings.h"
#include "workspace/entitystore.h"
#include "workspace/indicators/perindicatorstore.h"
#include "workspace/indicators/seriesstore.h"
#include "workspace/kindtraits.h"
#include "workspace/scorecard/scorecardkinds.h"

#include <QCoreApplication>
#include <QHash>

namespace assure {

class Workspace;

class IndicatorKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::IndicatorKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

// The loaded indicators, also found by code.
class IndicatorStore final : public EntityStore<Indicator>
{
public:
    void reset(std::vector<Indicator> items)
    {
        EntityStore::reset(std::move(items));
        m_codes.clear();
        for (const Indicator &i : *this)
            m_codes.insert(i.code.toLower(), i.id);
    }
    // The indicator with this code (trimmed, any case), or null.
    const Indicator *byCode(const QString &code) const
    {
        const auto it = m_codes.constFind(code.trimmed().toLower());
        return it == m_codes.cend() ? nullptr : find(*it);
    }
    void noteChange(const RowChange<Indicator> &change)
    {
        if (change.before)
            m_codes.remove(change.before->code.toLower());
        if (change.after)
            m_codes.insert(change.after->code.toLower(), change.after->id);
    }

private:
    QHash<QString, qint64> m_codes; // lower-case code -> id
};

void applyChange(IndicatorStore &items, const RowChange<Indicator> &change, Applied &applied, bool rowSignals);

template <> struct KindTraits<Indicator> : KindDefaults<Indicator>
{
    using Store = IndicatorStore;
    static QString name() { return IndicatorKinds::tr("Indicator"); }
    static QString singular() { return IndicatorKinds::tr("indicator"); }
    static QString plural() { return IndicatorKinds::tr("indicators"); }
    static QString addText(const Workspace &, const Indicator &i)
    {
        return IndicatorKinds::tr("Add indicator %1").arg(i.code);
    }
    static QString editText(const Workspace &, const Indicator &i)
    {
        return IndicatorKinds::tr("Edit indicator %1").arg(i.code);
    }
    static QString deleteText(const Workspace &, const Indicator &i)
    {
        return IndicatorKinds::tr("Delete indicator %1").arg(i.code);
    }
    static QString clash(const Workspace &ws, const Indicator &i);
    static void prepareNew(Indicator &i)
    {
        i.id = 0;
        i.code = i.code.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Agency>(&Indicator::ownerAgencyId, OnDelete::Clear, "assure::IndicatorKinds",
                              QT_TRANSLATE_N_NOOP("assure::IndicatorKinds",
                                                  "%n indicators are owned by it and will be kept without an owner.")),
            reference<Priority>(&Indicator::priorityId, OnDelete::Clear, "assure::IndicatorKinds",
                                QT_TRANSLATE_N_NOOP("assure::IndicatorKinds",
                                                    "%n indicators are under it and will be kept without a priority.")),
            reference<ScorecardDomain>(
                &Indicator::domainId, OnDelete::Clear, "assure::IndicatorKinds",
                QT_TRANSLATE_N_NOOP("assure::IndicatorKinds",
                                    "%n indicators are in it and will be kept without a domain.")));
    }
};

// What deleting an indicator does to its series, in one sentence for all three.
inline const char *const kSeriesGoesWith =
    QT_TRANSLATE_N_NOOP("assure::IndicatorKinds", "Its %n measurements, targets and benchmarks go with it.");

// Measurements, targets and benchmarks: rows per indicator and period, written many to a statement.
template <class T> struct SeriesTraits : KindDefaults<T>
{
    using Store = SeriesStore<T>;
    static constexpr bool kRowSignals = false; // seriesChanged() says it, once per change set
    static constexpr bool kBulkInserts = true;
    static void prepareNew(T &) {}
    static auto references()
    {
        return std::make_tuple(
            reference<Indicator>(&T::indicatorId, OnDelete::Cascade, "assure::IndicatorKinds", kSeriesGoesWith));
    }
};

template <> struct KindTraits<Measurement> : SeriesTraits<Measurement>
{
    static QString name() { return IndicatorKinds::tr("Measurement"); }
    static QString singular() { return IndicatorKinds::tr("measurement"); }
    static QString plural() { return IndicatorKinds::tr("measurements"); }
};

template <> struct KindTraits<Target> : SeriesTraits<Target>
{
    static QString name() { return IndicatorKinds::tr("Target"); }
    static QString singular() { return IndicatorKinds::tr("target"); }
    static QString plural() { return IndicatorKinds::tr("targets"); }
};

template <> struct KindTraits<Benchmark> : SeriesTraits<Benchmark>
{
    static QString name() { return IndicatorKinds::tr("Benchmark"); }
    static QString singular() { return IndicatorKinds::tr("benchmark"); }
    static QString plural() { return IndicatorKinds::tr("benchmarks"); }
};

template <> struct KindTraits<StoredThresholds> : KindDefaults<StoredThresholds>
{
    using Store = EntityStore<StoredThresholds>;
    static constexpr bool kRowSignals = false; // thresholdsChanged() says it
    static QString name() { return IndicatorKinds::tr("RAG thresholds"); }
    static QString singular() { return IndicatorKinds::tr("RAG thresholds"); }
    static QString plural() { return IndicatorKinds::tr("RAG thresholds"); }
    static QString deleteText(const Workspace &ws, const StoredThresholds &t);
    static auto references()
    {
        return std::make_tuple(reference<Indicator>(&StoredThresholds::indicatorId, OnDelete::Cascade));
    }
    static void touched(const RowChange<StoredThresholds> &, Applied &applied) { applied.thresholdsTouched = true; }
};

template <> struct KindTraits<IndicatorSpcSettings> : KindDefaults<IndicatorSpcSettings>
{
    using Store = PerIndicatorStore<IndicatorSpcSettings>;
    static constexpr bool kRowSignals = false;
    static QString name() { return IndicatorKinds::tr("SPC settings"); }
    static QString singular() { return IndicatorKinds::tr("SPC settings"); }
    static QString plural() { return IndicatorKinds::tr("SPC settings"); }
    static auto references()
    {
        return std::make_tuple(reference<Indicator>(&IndicatorSpcSettings::indicatorId, OnDelete::Cascade));
    }
    // New settings re-draw the indicator's chart and re-rate its SPC columns.
    static void touched(const RowChange<IndicatorSpcSettings> &change, Applied &applied)
    {
        applied.seriesTouched.insert(change.after ? change.after->indicatorId : change.before->indicatorId);
    }
};

// An indicator's SPC settings: its own, or the defaults when it has none.
IndicatorSpcSettings spcSettingsOf(const Workspace &ws, qint64 indicatorId);
// The board's own threshold versions and an indicator's overrides, for thresholdsInForce().
QList<ThresholdVersion> boardThresholds(const Workspace &ws);
QList<ThresholdVersion> indicatorThresholds(const Workspace &ws, qint64 indicatorId);
// What evaluateStatus()/evaluateHistory() read for one indicator; it borrows from the workspace.
IndicatorHistory indicatorHistory(const Workspace &ws, const Indicator &indicator);

} // namespace assure
