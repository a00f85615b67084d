// Writes measurements and indicator definitions to CSV or XLSX in the columns the importers read, and empty templates.
#include "interchange/indicators/measurementexport.h"

#include "interchange/indicators/importcontext.h"
#include "interchange/indicators/indicatorimport.h"
#include "interchange/indicators/measurementimport.h"
#include "interchange/tablefile.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::MeasurementExport)
};

QStringList headerOf(const QList<ImportColumn> &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const ImportColumn &column : columns)
        names.append(column.name);
    return names;
}

QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Indicators in the order of their codes, as people look them up.
QList<Indicator> byCode(QList<Indicator> indicators)
{
    std::stable_sort(indicators.begin(), indicators.end(), [](const Indicator &a, const Indicator &b) {
        return a.code.compare(b.code, Qt::CaseInsensitive) < 0;
    });
    return indicators;
}

// The "Guidance" sheet: a row per column with its other names and what it takes.
TableSheet guidanceSheet(const QList<ImportColumn> &columns, const QStringList &explanations)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Guidance");
    sheet.header = {Tr::tr("Column"), Tr::tr("Required"), Tr::tr("Also read from"), Tr::tr("What to write")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ImportColumn &column = columns.at(i);
        sheet.rows.append({column.name, column.required ? Tr::tr("yes") : Tr::tr("no"),
                           column.aliases.join(Tr::tr(", ")), explanations.value(i)});
    }
    sheet.rows.append({QVariant(), QVariant(), QVariant(),
                       Tr::tr("Headers may be in any case. A blank cell leaves what is stored as it is; "
                              "nothing is written until the preview has been accepted.")});
    return sheet;
}

bool writeTemplate(const QString &path, const QString &sheetName, const QList<ImportColumn> &columns,
                   const QStringList &explanations, QString *error)
{
    TableSheet data;
    data.name = sheetName;
    data.header = headerOf(columns);
    return writeTableFile(path, {data, guidanceSheet(columns, explanations)}, error);
}

} // namespace

QStringList measurementExportHeader()
{
    return headerOf(measurementImportColumns());
}

QStringList indicatorExportHeader()
{
    return headerOf(indicatorImportColumns());
}

QList<QVariantList> measurementExportRows(const QList<Indicator> &indicators, const QList<Measurement> &measurements,
                                          const QList<Target> &targets, int fyStartMonth)
{
    const QList<Indicator> ordered = byCode(indicators);
    QHash<qint64, int> order;
    for (int i = 0; i < ordered.size(); ++i)
        order.insert(ordered.at(i).id, i);

    struct Entry
    {
        int indicator = 0;
        std::optional<Period> period;
        QString periodKey;
        const Measurement *measurement = nullptr;
        std::optional<double> target;
    };
    std::vector<Entry> entries;
    entries.reserve(static_cast<size_t>(measurements.size()));
    QHash<MeasurementKey, size_t> where;
    where.reserve(measurements.size() + targets.size());
    const auto entryFor = [&](qint64 indicatorId, const QString &periodKey) -> Entry * {
        const auto found = order.constFind(indicatorId);
        if (found == order.constEnd())
            return nullptr;
        const MeasurementKey key{indicatorId, periodKey};
        if (const auto it = where.constFind(key); it != where.constEnd())
            return &entries[it.value()];
        where.insert(key, entries.size());
        entries.push_back(Entry{found.value(), Period::fromKey(periodKey, fyStartMonth), periodKey, nullptr, {}});
        return &entries.back();
    };
    for (const Measurement &m : measurements)
        if (Entry *entry = entryFor(m.indicatorId, m.periodKey))
            entry->measurement = &m;
    for (const Target &t : targets)
        if (Entry *entry = entryFor(t.indicatorId, t.periodKey))
            entry->target = t.value;

    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.indicator != b.indicator)
            return a.indicator < b.indicator;
        if (a.period && b.period)
            return *a.period < *b.period;
        if (a.period.has_value() != b.period.has_value())
            return a.period.has_value();
        return a.periodKey < b.periodKey;
    });

    QList<QVariantList> rows;
    rows.reserve(static_cast<qsizetype>(entries.size()));
    for (const Entry &entry : entries) {
        const Measurement *m = entry.measurement;
        rows.append({ordered.at(entry.indicator).code, entry.period ? entry.period->label() : entry.periodKey,
                     m ? number(m->value) : QVariant(), number(entry.target), m ? number(m->numerator) : QVariant(),
                     m ? number(m->denominator) : QVariant(),
                     m && !m->commentary.isEmpty() ? QVariant(m->commentary) : QVariant(),
                     m ? QVariant(dataQualityKey(m->quality)) : QVariant()});
    }
    return rows;
}

QList<QVariantList> indicatorExportRows(const QList<Indicator> &indicators, const QHash<qint64, QString> &agencyNames)
{
    QList<QVariantList> rows;
    rows.reserve(indicators.size());
    for (const Indicator &ind : byCode(indicators)) {
        const QString owner = agencyNames.value(ind.ownerAgencyId);
        rows.append({ind.code, ind.title, ind.definition.isEmpty() ? QVariant() : QVariant(ind.definition),
                     unitKey(ind.unit), polarityKey(ind.polarity), frequencyKey(ind.frequency),
                     owner.isEmpty() ? QVariant() : QVariant(owner), number(ind.annualTarget)});
    }
    return rows;
}

bool exportMeasurements(const QString &path, const QList<Indicator> &indicators, const QList<Measurement> &measurements,
                        const QList<Target> &targets, int fyStartMonth, QString *error)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Measurements");
    sheet.header = measurementExportHeader();
    sheet.rows = measurementExportRows(indicators, measurements, targets, fyStartMonth);
    return writeTableFile(path, {sheet}, error);
}

bool exportIndicators(const QString &path, const QList<Indicator> &indicators,
                      const QHash<qint64, QString> &agencyNames, QString *error)
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Indicators");
    sheet.header = indicatorExportHeader();
    sheet.rows = indicatorExportRows(indicators, agencyNames);
    return writeTableFile(path, {sheet}, error);
}

bool writeMeasurementTemplate(const QString &path, int fyStartMonth, QString *error)
{
    const QString year = Period::yearLabel(2026, fyStartMonth);
    const QStringList explanations = {
        Tr::tr("The indicator's code as the board has it, such as CP-01. Case does not matter."),
        Tr::tr("A month (Sep 2026), a quarter (%1 Q2 or Q2 %1) or a financial year (%1), matching how often "
               "the indicator is reported; or a date (30/09/2026 or 2026-09-30), which stands for the month, "
               "quarter or year that holds it. A year on a monthly or quarterly indicator may only set that "
               "year's target.")
            .arg(year),
        Tr::tr("A number, such as 1,234 or 87.5. A percentage indicator's value may carry a % sign (87.5%). "
               "Leave it blank when there is no value yet, and say why in the commentary."),
        Tr::tr("The target for this period, as a number."),
        Tr::tr("What the value was worked out from: give both the numerator and the denominator, or neither. "
               "The denominator cannot be 0."),
        Tr::tr("The denominator; see the numerator."),
        Tr::tr("The story behind the data. It may run to several lines."),
        Tr::tr("validated, provisional or estimated. A new value is validated when this is blank."),
    };
    return writeTemplate(path, QStringLiteral("Measurements"), measurementImportColumns(), explanations, error);
}

bool writeIndicatorTemplate(const QString &path, QString *error)
{
    const QStringList explanations = {
        Tr::tr("Letters, digits, single spaces and . - _ /, at most 32 characters, such as CP-01. An indicator "
               "the board already has is updated."),
        Tr::tr("What the indicator measures, in a few words."),
        Tr::tr("How it is counted: what is included and where the data comes from."),
        Tr::tr("percent, count, rate, days or money. A new indicator is a count when this is blank."),
        Tr::tr("higher (higher is better), lower (lower is better) or none (information only, never rated). "
               "A new indicator is none when this is blank."),
        Tr::tr("monthly, quarterly or annual. Required for a new indicator."),
        Tr::tr("The name of one of the board's agencies."),
        Tr::tr("The standing target for each year, as a number (87.5 or 87.5% for a percentage)."),
    };
    return writeTemplate(path, QStringLiteral("Indicators"), indicatorImportColumns(), explanations, error);
}

} // namespace assure
