// One open board file: its loaded contents, its undo stack and the notifier that says what changed.
#pragma once

#include "core/indicatorstatus.h"
#include "core/rag.h"
#include "interchange/indicatorimport.h"
#include "interchange/measurementimport.h"
#include "storage/boardfile.h"
#include "storage/historylog.h"
#include "workspace/changeset.h"
#include "workspace/entitystore.h"
#include "workspace/notifier.h"
#include "workspace/seriesstore.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace assure {

// What else refers to an item that is about to be deleted, and so changes with it.
struct Dependents
{
    std::vector<Person> people;           // their agency is cleared
    std::vector<SubGroup> subGroups;      // their chair is cleared
    std::vector<Indicator> indicators;    // their owner agency is cleared
    std::vector<Indicator> underPriority; // their priority is cleared
    qint64 measurements = 0;              // deleted with their indicator (and restored by undo)

    // For the question before deleting: "3 people belong to it..."; empty when nothing refers.
    QString describe() const;
};

class Workspace final : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    static std::unique_ptr<Workspace> open(const QString &path, BoardFile::Mode mode, OpenResult *result);
    static std::unique_ptr<Workspace> create(const QString &path, const Board &board, OpenResult *result);

    BoardFile &file() { return *m_file; }
    const BoardFile &file() const { return *m_file; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QUndoStack *undoStack() { return &m_undo; }
    Notifier *notifier() { return &m_notifier; }

    const Board &board() const { return m_board; }
    const EntityStore<Agency> &agencies() const { return m_agencies; }
    const EntityStore<Person> &people() const { return m_people; }
    const EntityStore<SubGroup> &subGroups() const { return m_subGroups; }
    const EntityStore<Priority> &priorities() const { return m_priorities; }
    const EntityStore<Indicator> &indicators() const { return m_indicators; }
    const SeriesStore<Measurement> &measurements() const { return m_measurements; }
    const SeriesStore<Target> &targets() const { return m_targets; }
    const SeriesStore<Benchmark> &benchmarks() const { return m_benchmarks; }
    const EntityStore<StoredThresholds> &thresholds() const { return m_thresholds; }
    // An indicator's SPC settings: its own, or the defaults when it has none.
    IndicatorSpcSettings spcSettings(qint64 indicatorId) const
    {
        IndicatorSpcSettings s = m_spcSettings.value(indicatorId);
        s.indicatorId = indicatorId;
        return s;
    }
    // The board's own threshold versions and an indicator's overrides, for thresholdsInForce().
    QList<ThresholdVersion> boardThresholds() const;
    QList<ThresholdVersion> indicatorThresholds(qint64 indicatorId) const;
    const Indicator *indicatorByCode(const QString &code) const;
    // What evaluateStatus()/evaluateHistory() read for one indicator; it borrows from this workspace.
    IndicatorHistory history(const Indicator &indicator) const;

    // Undoable edits. Each checks the item first and returns false with a reason when it is not
    // acceptable; a write that then fails is reported through the notifier and changes nothing.
    bool setBoard(const Board &board, QString *error = nullptr);
    bool add(const Agency &agency, QString *error = nullptr);
    bool add(const Person &person, QString *error = nullptr);
    bool add(const SubGroup &subGroup, QString *error = nullptr);
    bool add(const Priority &priority, QString *error = nullptr);
    bool add(const Indicator &indicator, QString *error = nullptr);
    bool update(const Agency &agency, QString *error = nullptr);
    bool update(const Person &person, QString *error = nullptr);
    bool update(const SubGroup &subGroup, QString *error = nullptr);
    bool update(const Priority &priority, QString *error = nullptr);
    bool update(const Indicator &indicator, QString *error = nullptr);
    bool removeAgency(qint64 id, QString *error = nullptr);
    bool removePerson(qint64 id, QString *error = nullptr);
    bool removeSubGroup(qint64 id, QString *error = nullptr);
    bool removePriority(qint64 id, QString *error = nullptr);
    bool removeIndicator(qint64 id, QString *error = nullptr);
    // Writes a measurement, inserting or replacing the one for its period; a measurement with no
    // value, numerator, denominator or commentary deletes the stored one.
    bool setMeasurement(const Measurement &measurement, QString *error = nullptr);
    // Sets (or with no value, clears) the target for one period or a year ("2026-Y").
    bool setTarget(qint64 indicatorId, const QString &periodKey, std::optional<double> value, QString *error = nullptr);
    // Writes one period's benchmarks (national, regional, statistical neighbours), inserting or
    // replacing the row for its period; a benchmark with none of the three deletes the stored one.
    bool setBenchmark(const Benchmark &benchmark, QString *error = nullptr);

    // Saves an indicator's SPC settings; the defaults remove its own row.
    bool setSpcSettings(const IndicatorSpcSettings &settings, QString *error = nullptr);
    // Adds (id 0) or changes a version of RAG thresholds: the board's (indicatorId 0) or an
    // indicator's override. A version takes effect for periods ending on or after its date.
    bool saveThresholds(const StoredThresholds &thresholds, QString *error = nullptr);
    bool removeThresholds(qint64 id, QString *error = nullptr);

    // What an importer needs to know of this board: indicators, stored values and targets, agencies.
    ImportContext importContext() const;
    // Applies the accepted rows of a plan (new, updated, replaced) as one transaction and one
    // undo step. Returns the number of rows written; -1 when the write failed.
    int applyImport(const MeasurementImportPlan &plan, const QString &source, QString *error = nullptr);
    int applyImport(const IndicatorImportPlan &plan, const QString &source, QString *error = nullptr);

    Dependents dependentsOfAgency(qint64 id) const;
    Dependents dependentsOfPerson(qint64 id) const;
    Dependents dependentsOfPriority(qint64 id) const;
    Dependents dependentsOfIndicator(qint64 id) const;

    // Writes the whole change set in one transaction, then updates the loaded contents and
    // notifies. On failure nothing changes, in the file or here. Ids given to new rows are
    // written back into the set, so that redo after undo restores the same ids. Every row is
    // recorded in the change history in the same transaction, as one operation (an edit unless
    // operation says it is an undo or redo; its number is filled in).
    bool apply(ChangeSet &changes, QString *error, HistoryOperation *operation = nullptr);

    // The change history after entry afterId, oldest first.
    std::vector<HistoryEntry> historyEntries(qint64 afterId = 0, QString *error = nullptr) const;
    // Only for measuring what recording costs (assure-bench): false writes changes unrecorded.
    void setRecordingHistory(bool record);

    // Pushes an undoable command that applies changes; false (and the reason) if it failed.
    bool execute(const QString &text, ChangeSet changes, QString *error);

private:
    explicit Workspace(std::unique_ptr<BoardFile> file);
    bool load(QString *error);
    bool refuseWhenReadOnly(QString *error) const;
    template <class T> bool checkItem(const T &item, QString *error) const;
    template <class T> EntityStore<T> &store();
    template <class T> void updateLoaded(const RowChange<T> &change);
    template <class T>
    static void addSeriesEdit(std::vector<typename SeriesStore<T>::Edit> &edits, const RowChange<T> &change,
                              QSet<qint64> &touched);

    std::unique_ptr<BoardFile> m_file;
    QUndoStack m_undo;
    Notifier m_notifier;
    Board m_board;
    EntityStore<Agency> m_agencies;
    EntityStore<Person> m_people;
    EntityStore<SubGroup> m_subGroups;
    EntityStore<Priority> m_priorities;
    EntityStore<Indicator> m_indicators;
    SeriesStore<Measurement> m_measurements;
    SeriesStore<Target> m_targets;
    SeriesStore<Benchmark> m_benchmarks;
    EntityStore<StoredThresholds> m_thresholds;
    QHash<qint64, IndicatorSpcSettings> m_spcSettings; // indicator id -> its own settings
    QHash<QString, qint64> m_indicatorCodes;           // lower-case code -> id
    HistoryActor m_actor = HistoryActor::current();
    // Kept from one change to the next, so its statements are prepared once.
    std::unique_ptr<HistoryLog> m_history;
    bool m_recordHistory = true;
};

template <class T> bool Workspace::checkItem(const T &item, QString *error) const
{
    if (refuseWhenReadOnly(error))
        return false;
    const QStringList problems = item.problems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    return true;
}

} // namespace assure
