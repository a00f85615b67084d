// Plans an import of indicator definitions from a spreadsheet: which indicators are new, which change, which cannot.
#include "interchange/indicators/indicatorimport.h"

#include "core/quotedtext.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <utility>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::IndicatorImport)
};

// The order of indicatorImportColumns().
enum Field {
    CodeField,
    TitleField,
    DefinitionField,
    UnitField,
    PolarityField,
    FrequencyField,
    OwnerField,
    TargetField,
    FieldCount
};

QString fieldWord(Field field)
{
    switch (field) {
    case TitleField: return Tr::tr("title");
    case DefinitionField: return Tr::tr("definition");
    case UnitField: return Tr::tr("unit");
    case PolarityField: return Tr::tr("polarity");
    case FrequencyField: return Tr::tr("frequency");
    case OwnerField: return Tr::tr("owner agency");
    case TargetField: return Tr::tr("annual target");
    default: return {};
    }
}

template <typename T> QString choices(const QList<T> &all, QString (*key)(T))
{
    QStringList keys;
    for (const T item : all)
        keys.append(key(item));
    return keys.join(Tr::tr(", "));
}

} // namespace

QList<ImportColumn> indicatorImportColumns()
{
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *name : list)
            out.append(QLatin1String(name));
        return out;
    };
    return {
        {QStringLiteral("Code"), names({"Indicator code", "PI code", "KPI code", "Ref", "Reference", "ID"}), true},
        {QStringLiteral("Title"), names({"Indicator", "Name", "Indicator name", "Indicator title", "Measure"}), true},
        {QStringLiteral("Definition"), names({"Description", "Details", "Detail"}), false},
        {QStringLiteral("Unit"), names({"Units", "Unit of measure", "Unit of measurement", "Measured as"}), false},
        {QStringLiteral("Polarity"),
         names({"Direction", "Good is", "Better when", "Good performance", "Higher or lower"}), false},
        {QStringLiteral("Frequency"), names({"Reporting frequency", "Periodicity", "How often"}), false},
        {QStringLiteral("Owner agency"),
         names({"Owner", "Agency", "Lead agency", "Owning agency", "Responsible agency"}), false},
        {QStringLiteral("Annual target"), names({"Target", "Year target", "Yearly target"}), false},
    };
}

QStringList IndicatorImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

IndicatorImportPlan planIndicatorImport(const SourceTable &table, const ImportContext &context)
{
    IndicatorImportPlan plan;
    const ColumnLayout layout = locateColumns(table, indicatorImportColumns());
    plan.warnings = layout.warnings;
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    std::array<int, FieldCount> column{};
    for (int f = 0; f < FieldCount; ++f)
        column[static_cast<size_t>(f)] = layout.columns.at(f);
    const auto cellOf = [&column](const SourceRow &row, Field field) {
        return row.cell(column[static_cast<size_t>(field)]).trimmed();
    };

    QHash<QString, int> firstRow;
    plan.rows.reserve(table.rows().size());
    for (const SourceRow &source : table.rows()) {
        IndicatorImportRow row;
        row.rowNumber = source.number;
        QStringList reasons;

        const QString code = cellOf(source, CodeField);
        const Indicator *stored = code.isEmpty() ? nullptr : context.indicator(code);
        Indicator &ind = row.indicator;
        if (stored) {
            ind = *stored;
        } else {
            ind.code = code;
            ind.unit = Unit::Count;
            ind.polarity = Polarity::None;
        }
        if (!code.isEmpty()) {
            const QString key = ImportContext::matchKey(code);
            if (const auto it = firstRow.constFind(key); it != firstRow.constEnd())
                reasons.append(Tr::tr("duplicate of row %1").arg(it.value()));
            else
                firstRow.insert(key, source.number);
        }

        if (const QString title = importedText(cellOf(source, TitleField)); !title.isEmpty())
            ind.title = title;
        if (const QString definition = importedText(cellOf(source, DefinitionField)); !definition.isEmpty())
            ind.definition = definition;
        if (const QString text = cellOf(source, UnitField); !text.isEmpty()) {
            if (const std::optional<Unit> unit = parseUnit(text))
                ind.unit = *unit;
            else
                reasons.append(
                    Tr::tr("unit %1 is not one of %2").arg(QuotedText::quote(text), choices(allUnits(), &unitKey)));
        }
        if (const QString text = cellOf(source, PolarityField); !text.isEmpty()) {
            if (const std::optional<Polarity> polarity = parsePolarity(text))
                ind.polarity = *polarity;
            else
                reasons.append(Tr::tr("polarity %1 is not one of %2 (or “higher is better”, “lower is better”)")
                                   .arg(QuotedText::quote(text), choices(allPolarities(), &polarityKey)));
        }
        if (const QString text = cellOf(source, FrequencyField); !text.isEmpty()) {
            if (const std::optional<Frequency> frequency = parseFrequency(text)) {
                if (stored && *frequency != stored->frequency && context.storedDataCount(stored->id) > 0)
                    reasons.append(Tr::tr("%1 is %2 and has values or targets stored; its frequency cannot change to "
                                          "%3 by import")
                                       .arg(stored->code, frequencyKey(stored->frequency), frequencyKey(*frequency)));
                else
                    ind.frequency = *frequency;
            } else {
                reasons.append(Tr::tr("frequency %1 is not one of %2")
                                   .arg(QuotedText::quote(text), choices(allFrequencies(), &frequencyKey)));
            }
        } else if (!stored) {
            reasons.append(
                Tr::tr("a new indicator needs a frequency (%1)").arg(choices(allFrequencies(), &frequencyKey)));
        }
        if (const QString name = cellOf(source, OwnerField); !name.isEmpty()) {
            if (const qint64 id = context.agencyId(name))
                ind.ownerAgencyId = id;
            else
                reasons.append(Tr::tr("unknown owner agency %1").arg(QuotedText::quote(name)));
        }
        if (const QString text = cellOf(source, TargetField); !text.isEmpty()) {
            const ParsedNumber number = parseNumber(text);
            if (!number.isValid())
                reasons.append(Tr::tr("annual target %1", "then why its cell is not a number").arg(number.error));
            else if (number.percent && ind.unit != Unit::Percent)
                reasons.append(Tr::tr("annual target %1 has a % sign, but %2 is not a percentage indicator")
                                   .arg(QuotedText::quote(text), ind.code));
            else if (!stored || !stored->annualTarget || !sameNumber(*stored->annualTarget, number.value))
                ind.annualTarget = number.value;
        }
        for (const QString &problem : ind.problems())
            reasons.append(asReason(problem));

        if (!reasons.isEmpty()) {
            row.status = ImportStatus::Rejected;
            row.reason = joinReasons(reasons);
            row.indicator = Indicator();
            row.indicator.code = code;
        } else if (!stored) {
            row.status = ImportStatus::New;
        } else {
            QStringList changed;
            const std::array<std::pair<Field, bool>, 7> differences{{
                {TitleField, ind.title != stored->title},
                {DefinitionField, ind.definition != stored->definition},
                {UnitField, ind.unit != stored->unit},
                {PolarityField, ind.polarity != stored->polarity},
                {FrequencyField, ind.frequency != stored->frequency},
                {OwnerField, ind.ownerAgencyId != stored->ownerAgencyId},
                {TargetField, ind.annualTarget != stored->annualTarget},
            }};
            for (const auto &[field, differs] : differences)
                if (differs)
                    changed.append(fieldWord(field));
            if (changed.isEmpty()) {
                row.status = ImportStatus::Unchanged;
            } else {
                row.status = ImportStatus::Update;
                row.reason = Tr::tr("updates %1").arg(changed.join(Tr::tr(", ")));
            }
        }
        plan.counts.add(row.status);
        plan.rows.append(std::move(row));
    }
    return plan;
}

} // namespace assure
