// How each domain type maps to its table: one specialisation of TableMapping per type.
#pragma once

#include "core/agency.h"
#include "core/indicator.h"
#include "core/indicatorspc.h"
#include "core/person.h"
#include "core/priority.h"
#include "core/rag.h"
#include "core/subgroup.h"

#include "storage/columnvalues.h"

#include <QStringList>

#include <tuple>

#include <sqlite3.h>

namespace assure {

// A mapping names the table, its key columns and its other columns (in bind order), gives a value's
// key and column values as typed tuples in that order (columnvalues.h), and reads a row (selected as
// keys() followed by columns()) back into a value.
// Types keyed by a single rowid ("id") take a new one when inserted with id 0.
template <class T> struct TableMapping;

// One row of a result, read straight from SQLite: loading a large board is mostly text columns,
// and going through QSqlQuery would convert each to UTF-16 in SQLite and wrap it in a QVariant.
class Row final
{
public:
    explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
    QString text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool flag(int column) const { return integer(column) != 0; }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    std::optional<double> optionalReal(int column) const
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return std::nullopt;
        return real(column);
    }

private:
    sqlite3_stmt *m_statement;
};

// Mappings keyed by a rowid share these.
struct RowIdKey
{
    static constexpr bool kRowId = true;
    static QStringList keys() { return {QStringLiteral("id")}; }
    template <class T> static auto keyValues(const T &item) { return columnValues(NullableId{item.id}); }
};

template <> struct TableMapping<Agency> : RowIdKey
{
    static QString table() { return QStringLiteral("agency"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("sector"), QStringLiteral("section11"),
                QStringLiteral("active")};
    }
    static auto values(const Agency &a)
    {
        return columnValues(a.name, sectorKey(a.sector), a.section11 ? 1 : 0, a.active ? 1 : 0);
    }
    static Agency read(const Row &r)
    {
        Agency a;
        a.id = r.integer(0);
        a.name = r.text(1);
        a.sector = sectorFromKey(r.text(2));
        a.section11 = r.flag(3);
        a.active = r.flag(4);
        return a;
    }
};

template <> struct TableMapping<Person> : RowIdKey
{
    static QString table() { return QStringLiteral("person"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("agency_id"), QStringLiteral("email")};
    }
    static auto values(const Person &p) { return columnValues(p.name, p.role, NullableId{p.agencyId}, p.email); }
    static Person read(const Row &r)
    {
        Person p;
        p.id = r.integer(0);
        p.name = r.text(1);
        p.role = r.text(2);
        p.agencyId = r.integer(3);
        p.email = r.text(4);
        return p;
    }
};

template <> struct TableMapping<SubGroup> : RowIdKey
{
    static QString table() { return QStringLiteral("subgroup"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("chair_id"), QStringLiteral("remit")};
    }
    static auto values(const SubGroup &s) { return columnValues(s.name, NullableId{s.chairId}, s.remit); }
    static SubGroup read(const Row &r)
    {
        SubGroup s;
        s.id = r.integer(0);
        s.name = r.text(1);
        s.chairId = r.integer(2);
        s.remit = r.text(3);
        return s;
    }
};

template <> struct TableMapping<Priority> : RowIdKey
{
    static QString table() { return QStringLiteral("priority"); }
    static QStringList columns()
    {
        return {QStringLiteral("title"), QStringLiteral("year"), QStringLiteral("description")};
    }
    static auto values(const Priority &p) { return columnValues(p.title, p.year, p.description); }
    static Priority read(const Row &r)
    {
        Priority p;
        p.id = r.integer(0);
        p.title = r.text(1);
        p.year = int(r.integer(2));
        p.description = r.text(3);
        return p;
    }
};

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
                QStringLiteral("annual_target")};
    }
    static auto values(const Indicator &i)
    {
        return columnValues(i.code, i.title, i.definition, unitKey(i.unit), polarityKey(i.polarity),
                            frequencyKey(i.frequency), NullableId{i.ownerAgencyId}, NullableId{i.priorityId},
                            i.dataSource, i.statutory ? 1 : 0, i.annualTarget);
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
        return i;
    }
};

// Series rows are keyed by their indicator and period.
struct SeriesKey
{
    static constexpr bool kRowId = false;
    static QStringList keys() { return {QStringLiteral("indicator_id"), QStringLiteral("period_key")}; }
    template <class T> static auto keyValues(const T &item) { return columnValues(item.indicatorId, item.periodKey); }
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

// A stored threshold version: the board's own (indicatorId 0) or one indicator's override.
struct StoredThresholds
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    ThresholdVersion version;

    bool operator==(const StoredThresholds &o) const
    {
        return id == o.id && indicatorId == o.indicatorId && version == o.version;
    }
    bool operator!=(const StoredThresholds &o) const { return !(*this == o); }
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

// Settings of which an indicator has at most one row.
struct IndicatorKey
{
    static constexpr bool kRowId = false;
    static QStringList keys() { return {QStringLiteral("indicator_id")}; }
    template <class T> static auto keyValues(const T &item) { return columnValues(item.indicatorId); }
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
