// How the indicators' kinds map to their tables: indicators, their measurements, targets and
// benchmarks, RAG threshold versions and SPC settings.
#pragma once

#include "core/indicators/indicator.h"
#include "core/indicators/indicatorspc.h"
#include "core/indicators/rag.h"
#include "storage/tablemapping.h"

#include <QDate>

namespace assure {

template <> struct TableMapping<Indicator> : RowIdKey
{
    static QString table() { return QStringLiteral("indicator"); }
    static QStringList columns()
    {
        return {QStringLiteral("code"),
                QStringLiteral("title"),
                QStringLiteral("definition"),
                QStringLiteral("unit"),
                QStringLiteral("polarity"),
                QStringLiteral("frequency"),
                QStringLiteral("owner_agency_id"),
                QStringLiteral("priority_id"),
                QStringLiteral("data_source"),
                QStringLiteral("statutory"),
                QStringLiteral("annual_target"),
                QStringLiteral("domain_id")};
    }
    static auto values(const Indicator &i)
    {
        return columnValues(i.code, i.title, i.definition, unitKey(i.unit), polarityKey(i.polarity),
                            frequencyKey(i.frequency), NullableId{i.ownerAgencyId}, NullableId{i.priorityId},
                            i.dataSource, i.statutory ? 1 : 0, i.annualTarget, NullableId{i.domainId});
    }
    static Indicator read(const Row &r)
    {
        Indicator i;
        i.id = r.integer(0);
        i.code = r.text(1);
        i.title = r.text(2);
        i.definition = r.text(3);
        i.unit = unitFromKey(r.text(4));
        i.polarity = polarityFromKey(r.text(5));
        i.frequency = frequencyFromKey(r.text(6));
        i.ownerAgencyId = r.integer(7);
        i.priorityId = r.integer(8);
        i.dataSource = r.text(9);
        i.statutory = r.flag(10);
        i.annualTarget = r.optionalReal(11);
        i.domainId = r.integer(12);
        return i;
    }
};

template <> struct TableMapping<Measurement> : SeriesKey
{
    static QString table() { return QStringLiteral("measurement"); }
    static QStringList columns()
    {
        return {QStringLiteral("value"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                QStringLiteral("commentary"), QStringLiteral("quality")};
    }
    static auto values(const Measurement &m)
    {
        return columnValues(m.value, m.numerator, m.denominator, m.commentary, dataQualityKey(m.quality));
    }
    static Measurement read(const Row &r)
    {
        Measurement m;
        m.indicatorId = r.integer(0);
        m.periodKey = r.text(1);
        m.value = r.optionalReal(2);
        m.numerator = r.optionalReal(3);
        m.denominator = r.optionalReal(4);
        m.commentary = r.text(5);
        m.quality = dataQualityFromKey(r.text(6));
        return m;
    }
};

template <> struct TableMapping<Target> : SeriesKey
{
    static QString table() { return QStringLiteral("indicator_target"); }
    static QStringList columns() { return {QStringLiteral("value")}; }
    static auto values(const Target &t) { return columnValues(t.value); }
    static Target read(const Row &r)
    {
        Target t;
        t.indicatorId = r.integer(0);
        t.periodKey = r.text(1);
        t.value = r.real(2);
        return t;
    }
};

template <> struct TableMapping<Benchmark> : SeriesKey
{
    static QString table() { return QStringLiteral("benchmark"); }
    static QStringList columns()
    {
        return {QStringLiteral("national"), QStringLiteral("regional"), QStringLiteral("statistical_neighbours")};
    }
    static auto values(const Benchmark &b) { return columnValues(b.national, b.regional, b.statisticalNeighbours); }
    static Benchmark read(const Row &r)
    {
        Benchmark b;
        b.indicatorId = r.integer(0);
        b.periodKey = r.text(1);
        b.national = r.optionalReal(2);
        b.regional = r.optionalReal(3);
        b.statisticalNeighbours = r.optionalReal(4);
        return b;
    }
};

template <> struct TableMapping<StoredThresholds> : RowIdKey
{
    static QString table() { return QStringLiteral("rag_threshold"); }
    static QStringList columns()
    {
        return {QStringLiteral("indicator_id"), QStringLiteral("effective_from"), QStringLiteral("scheme"),
                QStringLiteral("green_at"),     QStringLiteral("amber_at"),       QStringLiteral("blue_margin"),
                QStringLiteral("green_value"),  QStringLiteral("amber_value"),    QStringLiteral("blue_value")};
    }
    static auto values(const StoredThresholds &s)
    {
        const RagThresholds &t = s.version.thresholds;
        return columnValues(NullableId{s.indicatorId}, s.version.effectiveFrom.toString(Qt::ISODate),
                            ragSchemeKey(t.scheme), t.greenAt, t.amberAt, t.blueMargin, t.greenValue, t.amberValue,
                            t.blueValue);
    }
    static StoredThresholds read(const Row &r)
    {
        StoredThresholds s;
        s.id = r.integer(0);
        s.indicatorId = r.integer(1);
        s.version.effectiveFrom = QDate::fromString(r.text(2), Qt::ISODate);
        RagThresholds &t = s.version.thresholds;
        t.scheme = ragSchemeFromKey(r.text(3));
        t.greenAt = r.real(4);
        t.amberAt = r.real(5);
        t.blueMargin = r.optionalReal(6);
        t.greenValue = r.real(7);
        t.amberValue = r.real(8);
        t.blueValue = r.optionalReal(9);
        return s;
    }
};

template <> struct TableMapping<IndicatorSpcSettings> : IndicatorKey
{
    static QString table() { return QStringLiteral("spc_setting"); }
    static QStringList columns()
    {
        return {QStringLiteral("run_length"), QStringLiteral("screen_outliers"), QStringLiteral("fix_after"),
                QStringLiteral("rebase_periods")};
    }
    static auto values(const IndicatorSpcSettings &s)
    {
        return columnValues(s.runLength, s.screenOutliers ? 1 : 0, s.fixAfter, s.rebasePeriods.join(QLatin1Char(' ')));
    }
    static IndicatorSpcSettings read(const Row &r)
    {
        IndicatorSpcSettings s;
        s.indicatorId = r.integer(0);
        s.runLength = int(r.integer(1));
        s.screenOutliers = r.flag(2);
        s.fixAfter = int(r.integer(3));
        s.rebasePeriods = r.text(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return s;
    }
};

} // namespace assure
