// One indicator's periods as an editable grid: figures, target, commentary, quality, RAG and benchmarks.
#include "models/indicators/measurementgridmodel.h"

#include "core/valueformat.h"
#include "models/indicators/indicatortablemodel.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QColor>
#include <QFont>

namespace assure {

namespace {

constexpr int kMinimumPeriods = 12; // a grid always offers the last year or so to fill in

std::optional<double> Benchmark::*benchmarkField(int column)
{
    switch (column) {
    case MeasurementGridModel::National: return &Benchmark::national;
    case MeasurementGridModel::Regional: return &Benchmark::regional;
    case MeasurementGridModel::Neighbours: return &Benchmark::statisticalNeighbours;
    default: return nullptr;
    }
}

} // namespace

bool parseTypedNumber(const QString &text, std::optional<double> *out)
{
    return ValueFormat().read(text, out);
}

MeasurementGridModel::MeasurementGridModel(Workspace *workspace, QObject *parent)
    : TableModelBase(parent), m_workspace(workspace)
{
    Notifier *n = workspace->notifier();
    connect(n, &Notifier::seriesChanged, this, [this](const QSet<qint64> &ids) {
        if (ids.contains(m_indicatorId))
            rebuild();
    });
    connect(n, &Notifier::thresholdsChanged, this, &MeasurementGridModel::rebuild);
    Notifier::RowHandlers indicators;
    indicators.changed = [this](int row) {
        if (m_workspace->items<Indicator>().at(row).id == m_indicatorId)
            rebuild();
    };
    indicators.aboutToRemove = [this](int row) {
        if (m_workspace->items<Indicator>().at(row).id == m_indicatorId)
            setIndicator(0);
    };
    n->subscribe(kindOf<Indicator>(), this, std::move(indicators));
}

void MeasurementGridModel::setIndicator(qint64 indicatorId)
{
    beginResetModel();
    m_indicatorId = indicatorId;
    const Indicator *ind = m_workspace->items<Indicator>().find(indicatorId);
    m_rows = ind ? rowsFor(*ind) : std::vector<GridRow>{};
    endResetModel();
}

std::vector<MeasurementGridModel::GridRow> MeasurementGridModel::rowsFor(const Indicator &indicator) const
{
    const int fy = m_workspace->board().fyStartMonth;
    const Period::Kind kind = periodKind(indicator.frequency);
    const Period latest = Period::containing(QDate::currentDate(), kind, fy);
    Period first = latest.offset(-(kind == Period::Kind::Month     ? kMinimumPeriods
                                   : kind == Period::Kind::Quarter ? 8
                                                                   : 4) +
                                 1);
    const auto &measurements = m_workspace->items<Measurement>().of(indicator.id);
    const auto &targets = m_workspace->items<assure::Target>().of(indicator.id);
    for (const Measurement &m : measurements)
        if (const auto p = Period::fromKey(m.periodKey, fy); p && p->kind() == kind && *p < first)
            first = *p;
    for (const Benchmark &b : m_workspace->items<Benchmark>().of(indicator.id))
        if (const auto p = Period::fromKey(b.periodKey, fy); p && p->kind() == kind && *p < first)
            first = *p;
    const QList<assure::Target> targetList(targets.begin(), targets.end());
    const IndicatorHistory history = indicatorHistory(*m_workspace, indicator);
    std::vector<GridRow> rows;
    for (Period p = latest; !(p < first); p = p.previous()) {
        GridRow r;
        r.period = p;
        if (const Measurement *stored = m_workspace->items<Measurement>().find(indicator.id, p.key()))
            r.measurement = *stored;
        r.target = targetFor(indicator, p, targetList);
        r.ownTarget = m_workspace->items<assure::Target>().find(indicator.id, p.key()) != nullptr;
        if (const Benchmark *b = m_workspace->items<Benchmark>().find(indicator.id, p.key()))
            r.benchmark = *b;
        const RagThresholds t = thresholdsInForce(history.indicatorThresholds, history.boardThresholds, p.end());
        r.rag = evaluateRag(r.measurement ? r.measurement->value : std::nullopt, r.target, indicator.polarity, t);
        rows.push_back(r);
    }
    return rows;
}

void MeasurementGridModel::rebuild()
{
    const Indicator *ind = m_workspace->items<Indicator>().find(m_indicatorId);
    std::vector<GridRow> rows = ind ? rowsFor(*ind) : std::vector<GridRow>{};
    const bool samePeriods = rows.size() == m_rows.size() &&
                             std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                        [](const GridRow &a, const GridRow &b) { return a.period == b.period; });
    if (!samePeriods) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Same rows: keep the view's place (someone may be typing down the column).
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MeasurementGridModel::rowOf(const Period &period) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].period == period)
            return int(i);
    return -1;
}

int MeasurementGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GridRow &r = m_rows[size_t(index.row())];
    const Indicator *ind = m_workspace->items<Indicator>().find(m_indicatorId);
    const Measurement *m = r.measurement ? &*r.measurement : nullptr;
    const bool display = role == Qt::DisplayRole;
    const ValueFormat format;
    const auto number = [&](const std::optional<double> &v) -> QVariant {
        // The value and benchmarks in the indicator's unit; a numerator or denominator as counted.
        if (display)
            return ind && (index.column() == Value || benchmarkField(index.column())) ? format.value(ind->unit, v)
                                                                                      : format.exact(v);
        if (role == Qt::EditRole)
            return format.exact(v);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case PeriodColumn: return display || role == SortRole ? QVariant(r.period.label()) : QVariant();
    case Value: return number(m ? m->value : std::nullopt);
    case Numerator: return number(m ? m->numerator : std::nullopt);
    case Denominator: return number(m ? m->denominator : std::nullopt);
    case Target:
        if (role == Qt::FontRole && r.target && !r.ownTarget) {
            QFont f;
            f.setItalic(true); // inherited from the year's or the standing target
            return f;
        }
        if (role == Qt::ToolTipRole && r.target)
            return r.ownTarget
                       ? tr("Target set for %1").arg(r.period.label())
                       : tr("Target for the year (set a value here to override it for %1)").arg(r.period.label());
        if (display && ind)
            return format.value(ind->unit, r.target);
        if (role == Qt::EditRole)
            return r.ownTarget ? format.exact(r.target) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Commentary:
        if (display || role == Qt::EditRole)
            return m ? m->commentary : QString();
        if (role == Qt::ToolTipRole && m && !m->commentary.isEmpty())
            return m->commentary;
        return {};
    case Quality:
        if (display)
            return m ? dataQualityLabel(m->quality) : QString();
        if (role == Qt::EditRole)
            return dataQualityKey(m ? m->quality : DataQuality::Validated);
        if (role == ChoicesRole) {
            QList<Choice> choices;
            for (DataQuality q : allDataQualities())
                choices.append({dataQualityLabel(q), dataQualityKey(q)});
            return QVariant::fromValue(choices);
        }
        return {};
    case RagColumn:
        if (display || role == StatusTextRole)
            return ValueFormat::rag(r.rag.rag);
        if (role == StatusColourRole)
            return statusColour(r.rag.rag);
        return {};
    case National:
    case Regional:
    case Neighbours:
        if (role == Qt::ToolTipRole)
            return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString() + QLatin1String(" — ") +
                   r.period.label();
        return number(r.benchmark ? (*r.benchmark).*benchmarkField(index.column()) : std::nullopt);
    default: return {};
    }
}

QVariant MeasurementGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case National: return tr("National benchmark");
        case Regional: return tr("Regional benchmark");
        case Neighbours: return tr("Statistical neighbours' average");
        default: break;
        }
    }
    // Rows are named by their period, so that the name stays in sight when the grid scrolls sideways.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return m_rows[size_t(section)].period.label();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn: return tr("Period");
    case Value: return tr("Value");
    case Numerator: return tr("Numerator");
    case Denominator: return tr("Denominator");
    case Target: return tr("Target");
    case Commentary: return tr("Commentary");
    case Quality: return tr("Data quality");
    case RagColumn: return tr("RAG");
    case National: return tr("National");
    case Regional: return tr("Regional");
    case Neighbours: return tr("Stat. neighbours");
    default: return {};
    }
}

Qt::ItemFlags MeasurementGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && !m_workspace->isReadOnly() && index.column() != PeriodColumn && index.column() != RagColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool MeasurementGridModel::write(int row, const std::function<void(Measurement &)> &edit, QString *error)
{
    const GridRow &r = m_rows[size_t(row)];
    Measurement m;
    if (r.measurement) {
        m = *r.measurement;
    } else {
        m.indicatorId = m_indicatorId;
        m.periodKey = r.period.key();
        m.quality = DataQuality::Provisional; // a figure typed in before validation
    }
    edit(m);
    return IndicatorEdits(*m_workspace).setMeasurement(m, error);
}

bool MeasurementGridModel::submit(int row, const std::function<void(Measurement &)> &edit)
{
    QString error;
    if (write(row, edit, &error))
        return true;
    Q_EMIT editRejected(error);
    return false;
}

PrivacyField MeasurementGridModel::commentaryField(int row, const QString &text) const
{
    const Indicator *indicator = m_workspace->items<Indicator>().find(m_indicatorId);
    const Period &period = m_rows[size_t(row)].period;
    const QString code = indicator ? indicator->code : QString();
    // Named as privacy-scan names a measurement: the indicator's code and the period's key.
    return {{QStringLiteral("measurement"), 0, code + QLatin1Char(' ') + period.key(), QStringLiteral("commentary")},
            tr("Commentary of %1 for %2").arg(code, period.label()),
            text};
}

void MeasurementGridModel::guardCommentary(qint64 indicatorId, const Period &period, const PrivacyField &field)
{
    if (indicatorId != m_indicatorId || rowOf(period) < 0)
        return; // the grid moved on to another indicator before the question could be put
    QString error;
    const bool saved = m_guard(
        {field},
        [&](QString *e, qint64 *) {
            const int row = rowOf(period);
            return row >= 0 && write(
                                   row, [&field](Measurement &m) { m.commentary = field.text; }, e);
        },
        &error);
    if (saved)
        return;
    if (!error.isEmpty())
        Q_EMIT editRejected(error);
    else if (indicatorId == m_indicatorId && rowOf(period) >= 0)
        Q_EMIT commentaryReturned(index(rowOf(period), Commentary), field.text);
}

bool MeasurementGridModel::submitBenchmark(int row, int column, std::optional<double> value)
{
    const GridRow &r = m_rows[size_t(row)];
    Benchmark b = r.benchmark.value_or(Benchmark{m_indicatorId, r.period.key(), {}, {}, {}});
    b.*benchmarkField(column) = value;
    QString error;
    if (IndicatorEdits(*m_workspace).setBenchmark(b, &error))
        return true;
    Q_EMIT editRejected(error);
    return false;
}

bool MeasurementGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    const int row = index.row();
    const int column = index.column();
    if (column == Value || column == Numerator || column == Denominator || column == Target || benchmarkField(column)) {
        std::optional<double> number;
        if (!parseTypedNumber(value.toString(), &number)) {
            Q_EMIT editRejected(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        if (benchmarkField(column))
            return submitBenchmark(row, column, number);
        if (column == Target) {
            QString error;
            if (IndicatorEdits(*m_workspace).setTarget(m_indicatorId, m_rows[size_t(row)].period.key(), number, &error))
                return true;
            Q_EMIT editRejected(error);
            return false;
        }
        return submit(row, [&](Measurement &m) {
            (column == Value ? m.value : column == Numerator ? m.numerator : m.denominator) = number;
        });
    }
    if (column == Commentary) {
        const QString text = value.toString().trimmed();
        const PrivacyField field = commentaryField(row, text);
        if (!m_guard || PrivacyEdits(*m_workspace).unaccepted(field.place, text).isEmpty())
            return submit(row, [&text](Measurement &m) { m.commentary = text; });
        // Asked once the editor has closed: a dialog opened inside the delegate's commit takes the
        // editor's focus, which commits the same text again and leaves the editor half closed.
        QMetaObject::invokeMethod(
            this,
            [this, id = m_indicatorId, period = m_rows[size_t(row)].period, field] {
                guardCommentary(id, period, field);
            },
            Qt::QueuedConnection);
        return false;
    }
    if (column == Quality)
        return submit(row, [&](Measurement &m) { m.quality = dataQualityFromKey(value.toString()); });
    return false;
}

} // namespace assure
