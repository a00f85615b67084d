// One indicator's periods as an editable grid: figures, target, commentary, quality, RAG and benchmarks.
#pragma once

#include "core/indicators/indicatorstatus.h"
#include "models/tablemodelbase.h"
#include "workspace/privacy/privacyedits.h"

namespace assure {

class Workspace;

class MeasurementGridModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column {
        PeriodColumn,
        Value,
        Numerator,
        Denominator,
        Target,
        Commentary,
        Quality,
        RagColumn,
        National,
        Regional,
        Neighbours, // statistical neighbours' average
        ColumnCount
    };
    enum ExtraRole { StatusColourRole = SortRole + 11, StatusTextRole };

    explicit MeasurementGridModel(Workspace *workspace, QObject *parent = nullptr);

    // Asked before commentary that looks like personal data is saved, with the save to run: the
    // anonymisation guard in the app (PrivacyCheck::save). False with an empty error: not saved, and
    // the text goes back to the editor (commentaryReturned). Without one, commentary is saved as typed.
    using SaveGuard =
        std::function<bool(const QList<PrivacyField> &fields, const PrivacyEdits::Save &save, QString *error)>;
    void setSaveGuard(SaveGuard guard) { m_guard = std::move(guard); }

    void setIndicator(qint64 indicatorId);
    qint64 indicatorId() const { return m_indicatorId; }
    Period periodAt(int row) const { return m_rows[size_t(row)].period; }
    int rowOf(const Period &period) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The guard sent commentary back to be corrected: the view opens the cell's editor with it again.
    void commentaryReturned(const QModelIndex &cell, const QString &text);

private:
    struct GridRow
    {
        Period period;
        std::optional<Measurement> measurement;
        std::optional<double> target;
        bool ownTarget = false; // set for this period, not inherited from the year
        RagResult rag;
        std::optional<Benchmark> benchmark; // the period's own
    };
    void rebuild();
    std::vector<GridRow> rowsFor(const Indicator &indicator) const;
    bool submit(int row, const std::function<void(Measurement &)> &edit);
    bool write(int row, const std::function<void(Measurement &)> &edit, QString *error);
    PrivacyField commentaryField(int row, const QString &text) const;
    void guardCommentary(qint64 indicatorId, const Period &period, const PrivacyField &field);
    bool submitBenchmark(int row, int column, std::optional<double> value);

    Workspace *m_workspace;
    qint64 m_indicatorId = 0;
    std::vector<GridRow> m_rows; // newest period first
    SaveGuard m_guard;
};

// Reads a number as people type it: "87.5", "87.5%", "1,234", blank for none. False if unreadable.
bool parseTypedNumber(const QString &text, std::optional<double> *out);

} // namespace assure
