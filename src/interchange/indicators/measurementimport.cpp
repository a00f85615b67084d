// Plans an import of indicator measurements from a spreadsheet: what each row will do, or why it cannot.
#include "interchange/indicators/measurementimport.h"

#include "core/quotedtext.h"
#include "interchange/cellparse.h"

#include <QHash>

#include <array>
#include <utility>

namespace assure {

namespace {

// Period::parse's range; a date outside it has no period.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::MeasurementImport)
};

// The order of measurementImportColumns().
enum Field {
    CodeField,
    PeriodField,
    ValueField,
    TargetField,
    NumeratorField,
    DenominatorField,
    CommentaryField,
    QualityField,
    FieldCount
};

int kindIndex(Period::Kind kind)
{
    return static_cast<int>(kind);
}

// An indicator and a period as one number, unique for ids below 2^43: a file's rows are checked
// for duplicates by hashing this rather than the period's key text.
quint64 slotOf(qint64 indicatorId, const Period &period)
{
    // Years run to 2199 (Period::parse's range), so this stays below 2^20.
    const auto periodNumber =
        (static_cast<quint64>(period.financialYear()) * 16 + static_cast<quint64>(period.index())) * 4 +
        static_cast<quint64>(kindIndex(period.kind()));
    return (static_cast<quint64>(indicatorId) << 20) | periodNumber;
}

// What a period cell says, worked out once per distinct text in a file.
struct PeriodReading
{
    QString error;
    // A date stands for a different period for each frequency: month, quarter, year.
    bool isDate = false;
    std::array<Period, 3> periods;
    std::array<QString, 3> keys;
    std::array<QString, 3> labels;
};

// "30/09/2026" and "2026-09-30" read as dates; "2026/27" and "2026-09" do not.
bool looksLikeDate(const QString &text)
{
    if (text.isEmpty() || !text.front().isDigit())
        return false;
    return text.count(u'/') >= 2 || text.count(u'-') >= 2 || text.count(u'.') >= 2;
}

PeriodReading readPeriod(const QString &text, int fyStartMonth)
{
    PeriodReading reading;
    QString periodError;
    if (const std::optional<Period> period = Period::parse(text, fyStartMonth, &periodError)) {
        const int k = kindIndex(period->kind());
        reading.periods[k] = *period;
        reading.keys[k] = period->key();
        reading.labels[k] = period->label();
        return reading;
    }
    const ParsedDate date = parseDate(text);
    if (date.isValid()) {
        if (date.date.year() < kMinYear || date.date.year() > kMaxYear) {
            reading.error = Tr::tr("%1 is not a period: the year %2 is out of range (%3 to %4)")
                                .arg(QuotedText::quote(text))
                                .arg(date.date.year())
                                .arg(kMinYear)
                                .arg(kMaxYear);
            return reading;
        }
        reading.isDate = true;
        for (const Period::Kind kind : {Period::Kind::Month, Period::Kind::Quarter, Period::Kind::Year}) {
            const Period period = Period::containing(date.date, kind, fyStartMonth);
            const int k = kindIndex(kind);
            reading.periods[k] = period;
            reading.keys[k] = period.key();
            reading.labels[k] = period.label();
        }
        return reading;
    }
    // A date that does not exist ("31/09/2026") is better explained by the date reader.
    if (looksLikeDate(text) && !date.error.isEmpty())
        reading.error = date.error;
    else if (periodError.startsWith(u'“'))
        reading.error = periodError;
    else
        reading.error = Tr::tr("%1 is not a period: %2").arg(QuotedText::quote(text), periodError);
    return reading;
}

QString indicatorPhrase(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly: return Tr::tr("a monthly indicator");
    case Frequency::Quarterly: return Tr::tr("a quarterly indicator");
    case Frequency::Annual: return Tr::tr("an annual indicator");
    }
    return {};
}

QString periodPhrase(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Month: return Tr::tr("a monthly period");
    case Period::Kind::Quarter: return Tr::tr("a quarterly period");
    case Period::Kind::Year: return Tr::tr("a yearly period");
    }
    return {};
}

QString fieldWord(Field field)
{
    switch (field) {
    case ValueField: return Tr::tr("value");
    case TargetField: return Tr::tr("target");
    case NumeratorField: return Tr::tr("numerator");
    case DenominatorField: return Tr::tr("denominator");
    case CommentaryField: return Tr::tr("commentary");
    case QualityField: return Tr::tr("data quality");
    default: return {};
    }
}

QString dataQualityChoices()
{
    QStringList keys;
    for (const DataQuality quality : allDataQualities())
        keys.append(dataQualityKey(quality));
    return keys.join(Tr::tr(", "));
}

// A number cell: nothing when blank or unreadable (then the reason is added).
std::optional<double> readNumber(const QString &text, Field field, const Indicator *indicator, QStringList &reasons)
{
    if (text.isEmpty())
        return std::nullopt;
    const ParsedNumber number = parseNumber(text);
    if (!number.isValid()) {
        reasons.append(
            Tr::tr("%1 %2", "a field, then why its cell is not a number").arg(fieldWord(field), number.error));
        return std::nullopt;
    }
    if (number.percent) {
        if (field == NumeratorField || field == DenominatorField) {
            reasons.append(
                Tr::tr("%1 %2 cannot be a percentage: give the count").arg(fieldWord(field), QuotedText::quote(text)));
            return std::nullopt;
        }
        if (indicator && indicator->unit != Unit::Percent) {
            reasons.append(Tr::tr("%1 %2 has a % sign, but %3 is not a percentage indicator")
                               .arg(fieldWord(field), QuotedText::quote(text), indicator->code));
            return std::nullopt;
        }
    }
    return number.value;
}

// The stored number when the new one is the same to 15 digits, so that nothing is rewritten.
std::optional<double> keepStored(double fresh, const std::optional<double> &stored)
{
    if (stored && sameNumber(*stored, fresh))
        return stored;
    return fresh;
}

} // namespace

QList<ImportColumn> measurementImportColumns()
{
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *name : list)
            out.append(QLatin1String(name));
        return out;
    };
    // Headers are matched ignoring case; no name may appear under two columns.
    return {
        {QStringLiteral("Indicator code"),
         names({"Code", "PI code", "KPI code", "Indicator", "Indicator ID", "PI", "KPI", "Measure code", "Ref",
                "Reference"}),
         true},
        {QStringLiteral("Period"),
         names({"Month", "Quarter", "Reporting period", "Period label", "Date", "Period end", "Period ending", "Year",
                "Financial year"}),
         true},
        {QStringLiteral("Value"), names({"Actual", "Result", "Actual value", "Outturn", "Performance", "Figure"}),
         true},
        {QStringLiteral("Target"), names({"Target value", "Goal"}), false},
        {QStringLiteral("Numerator"), names({"Num"}), false},
        {QStringLiteral("Denominator"), names({"Denom"}), false},
        {QStringLiteral("Commentary"), names({"Comment", "Comments", "Notes", "Note", "Narrative", "Explanation"}),
         false},
        {QStringLiteral("Data quality"),
         names({"Quality", "Status", "Data status", "Validation", "Validation status", "DQ"}), false},
    };
}

QStringList MeasurementImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

MeasurementImportPlan planMeasurementImport(const SourceTable &table, const ImportContext &context,
                                            const ImportOptions &options)
{
    MeasurementImportPlan plan;
    const ColumnLayout layout = locateColumns(table, measurementImportColumns());
    plan.warnings = layout.warnings;
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    std::array<int, FieldCount> column{};
    for (int f = 0; f < FieldCount; ++f)
        column[static_cast<size_t>(f)] = layout.columns.at(f);
    const auto cellOf = [&column](const SourceRow &row, Field field) {
        return row.cell(column[static_cast<size_t>(field)]);
    };

    const int fyStartMonth = context.fyStartMonth();
    const QString hint = options.replaceHint.isEmpty() ? QString() : Tr::tr(" (%1)").arg(options.replaceHint);
    // Files repeat a few codes and periods many times: read each distinct text once.
    QHash<QString, const Indicator *> indicators;
    QHash<QString, PeriodReading> periods;
    QHash<QString, std::optional<DataQuality>> qualities;
    QHash<quint64, int> firstRow;
    firstRow.reserve(table.rows().size());
    plan.rows.reserve(table.rows().size());

    for (const SourceRow &source : table.rows()) {
        MeasurementImportRow row;
        row.rowNumber = source.number;
        QStringList reasons;

        // Which indicator.
        const QString codeText = cellOf(source, CodeField).trimmed();
        const Indicator *indicator = nullptr;
        if (codeText.isEmpty()) {
            reasons.append(Tr::tr("no indicator code"));
        } else {
            auto it = indicators.constFind(codeText);
            if (it == indicators.constEnd())
                it = indicators.insert(codeText, context.indicator(codeText));
            indicator = it.value();
            if (!indicator)
                reasons.append(Tr::tr("unknown indicator code %1").arg(QuotedText::quote(codeText)));
        }
        row.code = indicator ? indicator->code : codeText;

        // Which period.
        const QString periodText = cellOf(source, PeriodField).trimmed();
        row.periodLabel = periodText;
        const PeriodReading *reading = nullptr;
        if (periodText.isEmpty()) {
            reasons.append(Tr::tr("no period"));
        } else {
            auto it = periods.constFind(periodText);
            if (it == periods.constEnd())
                it = periods.insert(periodText, readPeriod(periodText, fyStartMonth));
            reading = &it.value();
            if (!reading->error.isEmpty()) {
                reasons.append(reading->error);
                reading = nullptr;
            }
        }

        // What the row says.
        const QString valueText = cellOf(source, ValueField).trimmed();
        const QString targetText = cellOf(source, TargetField).trimmed();
        const QString numeratorText = cellOf(source, NumeratorField).trimmed();
        const QString denominatorText = cellOf(source, DenominatorField).trimmed();
        const QString commentary = importedText(cellOf(source, CommentaryField));
        const QString qualityText = cellOf(source, QualityField).trimmed();
        const std::optional<double> value = readNumber(valueText, ValueField, indicator, reasons);
        const std::optional<double> target = readNumber(targetText, TargetField, indicator, reasons);
        const std::optional<double> numerator = readNumber(numeratorText, NumeratorField, indicator, reasons);
        const std::optional<double> denominator = readNumber(denominatorText, DenominatorField, indicator, reasons);
        std::optional<DataQuality> quality;
        if (!qualityText.isEmpty()) {
            auto it = qualities.constFind(qualityText);
            if (it == qualities.constEnd())
                it = qualities.insert(qualityText, parseDataQuality(qualityText));
            quality = it.value();
            if (!quality)
                reasons.append(Tr::tr("data quality %1 is not one of %2")
                                   .arg(QuotedText::quote(qualityText), dataQualityChoices()));
        }
        const bool measures = !valueText.isEmpty() || !numeratorText.isEmpty() || !denominatorText.isEmpty() ||
                              !commentary.isEmpty() || !qualityText.isEmpty();
        if (!measures && targetText.isEmpty())
            reasons.append(Tr::tr("nothing to import: the value, target and commentary are blank"));

        // The period for this indicator; its place in the file.
        QString periodKey;
        if (indicator && reading) {
            const Period::Kind wanted = periodKind(indicator->frequency);
            int k = kindIndex(wanted);
            if (!reading->isDate && !reading->periods[static_cast<size_t>(k)].isValid()) {
                const int given = reading->periods[0].isValid() ? 0 : reading->periods[1].isValid() ? 1 : 2;
                const Period::Kind kind = reading->periods[static_cast<size_t>(given)].kind();
                // A whole year's target for a monthly or quarterly indicator.
                if (kind == Period::Kind::Year && !measures) {
                    k = given;
                } else {
                    k = -1;
                    QString reason = Tr::tr("%1 cannot take %2 “%3”")
                                         .arg(indicatorPhrase(indicator->frequency), periodPhrase(kind), periodText);
                    if (kind == Period::Kind::Year)
                        reason += Tr::tr(" (a year row may only set a target)");
                    reasons.append(reason);
                }
            }
            if (k >= 0) {
                const auto index = static_cast<size_t>(k);
                periodKey = reading->keys[index];
                row.periodLabel = reading->labels[index];
                const quint64 slot = slotOf(indicator->id, reading->periods[index]);
                if (const auto it = firstRow.constFind(slot); it != firstRow.constEnd())
                    reasons.insert(0, Tr::tr("duplicate of row %1").arg(it.value()));
                else
                    firstRow.insert(slot, source.number);
            }
        }

        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
            plan.counts.add(row.status);
            plan.rows.append(std::move(row));
            continue;
        }

        // Against what is stored.
        const MeasurementKey key{indicator->id, periodKey};
        const Measurement *stored = context.measurement(key);
        const std::optional<double> storedTarget = context.target(key);
        QStringList conflicts;
        QStringList replaced;
        QStringList changed;
        bool measurementChanged = false;
        if (measures) {
            Measurement m;
            if (stored) {
                m = *stored;
            } else {
                m.indicatorId = indicator->id;
                m.periodKey = periodKey;
            }
            if (value) {
                if (stored && stored->value && !sameNumber(*stored->value, *value)) {
                    conflicts.append(Tr::tr("%1 already holds %2; this row says %3")
                                         .arg(row.periodLabel, formatNumber(*stored->value), valueText));
                    replaced.append(Tr::tr("replaces %1 with %2").arg(formatNumber(*stored->value), valueText));
                }
                m.value = keepStored(*value, stored ? stored->value : std::nullopt);
            }
            if (numerator)
                m.numerator = keepStored(*numerator, stored ? stored->numerator : std::nullopt);
            if (denominator)
                m.denominator = keepStored(*denominator, stored ? stored->denominator : std::nullopt);
            if (!commentary.isEmpty())
                m.commentary = commentary;
            if (quality)
                m.quality = *quality;
            if ((numerator || denominator) && m.numerator.has_value() != m.denominator.has_value())
                reasons.append(Tr::tr("give both the numerator and the denominator, or neither"));
            else if (denominator && *m.denominator == 0)
                reasons.append(Tr::tr("the denominator cannot be zero"));
            if (stored) {
                const std::array<std::pair<Field, bool>, 5> differences{{
                    {ValueField, m.value != stored->value},
                    {NumeratorField, m.numerator != stored->numerator},
                    {DenominatorField, m.denominator != stored->denominator},
                    {CommentaryField, m.commentary != stored->commentary},
                    {QualityField, m.quality != stored->quality},
                }};
                for (const auto &[field, differs] : differences)
                    if (differs)
                        changed.append(fieldWord(field));
                measurementChanged = !changed.isEmpty();
            } else {
                measurementChanged = true;
            }
            row.measurement = std::move(m);
        }
        bool targetChanged = false;
        if (target) {
            if (storedTarget && !sameNumber(*storedTarget, *target)) {
                conflicts.append(Tr::tr("%1 already has the target %2; this row says %3")
                                     .arg(row.periodLabel, formatNumber(*storedTarget), targetText));
                replaced.append(Tr::tr("replaces the target %1 with %2").arg(formatNumber(*storedTarget), targetText));
            }
            targetChanged = !storedTarget || !sameNumber(*storedTarget, *target);
            if (targetChanged)
                changed.append(fieldWord(TargetField));
            row.target = Target{indicator->id, periodKey, storedTarget && !targetChanged ? *storedTarget : *target};
        }
        if (!options.replace)
            for (const QString &conflict : std::as_const(conflicts))
                reasons.append(conflict + hint);

        if (!reasons.isEmpty()) {
            row.status = ImportStatus::Rejected;
            row.reason = joinReasons(reasons);
            row.measurement.reset();
            row.target.reset();
        } else if (!measurementChanged && !targetChanged) {
            row.status = ImportStatus::Unchanged;
        } else if (!conflicts.isEmpty()) {
            row.status = ImportStatus::Replace;
            row.reason = joinReasons(replaced);
        } else if (measures ? !stored : !storedTarget) {
            row.status = ImportStatus::New;
        } else {
            row.status = ImportStatus::Update;
            row.reason = Tr::tr("updates %1").arg(changed.join(Tr::tr(", ")));
        }
        plan.counts.add(row.status);
        plan.rows.append(std::move(row));
    }
    return plan;
}

} // namespace assure
