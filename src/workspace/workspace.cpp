// One open board file: its loaded contents, its undo stack and the notifier that says what changed.
#include "workspace/workspace.h"

#include "storage/boardrepository.h"
#include "storage/repository.h"
#include "storage/transaction.h"
#include "storage/writefault.h"
#include "workspace/editcommand.h"
#include "workspace/historyrecording.h"

#include <QCoreApplication>
#include <QFile>

#include <tuple>

namespace assure {

namespace {

template <class T> constexpr Entity entityOf();
template <> constexpr Entity entityOf<Agency>()
{
    return Entity::Agency;
}
template <> constexpr Entity entityOf<Person>()
{
    return Entity::Person;
}
template <> constexpr Entity entityOf<SubGroup>()
{
    return Entity::SubGroup;
}
template <> constexpr Entity entityOf<Priority>()
{
    return Entity::Priority;
}
template <> constexpr Entity entityOf<Indicator>()
{
    return Entity::Indicator;
}

// One repository per kind for the length of a change set, so each statement is prepared once
// however many rows the set writes (an import writes tens of thousands).
class Writers final
{
public:
    explicit Writers(const QSqlDatabase &db)
        : m_db(db), m_repositories(Repository<Agency>(db), Repository<Person>(db), Repository<SubGroup>(db),
                                   Repository<Priority>(db), Repository<Indicator>(db), Repository<Measurement>(db),
                                   Repository<Target>(db), Repository<Benchmark>(db), Repository<StoredThresholds>(db),
                                   Repository<IndicatorSpcSettings>(db))
    {
    }

    template <class T> bool write(RowChange<T> &change, QString *error)
    {
        Repository<T> &repo = std::get<Repository<T>>(m_repositories);
        if (change.before && !change.after)
            return repo.remove(*change.before, error);
        if (!change.before && change.after)
            return repo.insert(*change.after, error);
        return repo.update(*change.after, error);
    }
    bool write(BoardChange &change, QString *error) { return BoardRepository(m_db).save(change.after, error); }

    // A new measurement, target or benchmark: rows that refer to an indicator but never to each
    // other, so a run of them may go in table by table, many rows to a statement.
    static bool isSeriesInsert(const Change &change)
    {
        return std::visit(
            [](const auto &c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, RowChange<Measurement>> || std::is_same_v<C, RowChange<Target>> ||
                              std::is_same_v<C, RowChange<Benchmark>>)
                    return !c.before && c.after.has_value();
                return false;
            },
            change);
    }
    // Writes a run of series inserts (isSeriesInsert), table by table.
    bool insertSeriesRows(const Change *first, const Change *last, QString *error)
    {
        return insertAllOf<Measurement>(first, last, error) && insertAllOf<Target>(first, last, error) &&
               insertAllOf<Benchmark>(first, last, error);
    }

private:
    template <class T> bool insertAllOf(const Change *first, const Change *last, QString *error)
    {
        std::vector<const T *> rows;
        for (const Change *c = first; c != last; ++c)
            if (const auto *change = std::get_if<RowChange<T>>(c))
                rows.push_back(&*change->after);
        return rows.empty() ||
               std::get<Repository<T>>(m_repositories).insertAll(rows.data(), rows.data() + rows.size(), error);
    }

    QSqlDatabase m_db;
    std::tuple<Repository<Agency>, Repository<Person>, Repository<SubGroup>, Repository<Priority>,
               Repository<Indicator>, Repository<Measurement>, Repository<Target>, Repository<Benchmark>,
               Repository<StoredThresholds>, Repository<IndicatorSpcSettings>>
        m_repositories;
};

} // namespace

QString Dependents::describe() const
{
    QStringList parts;
    if (!people.empty())
        parts << Workspace::tr("%n people belong to it and will be kept without an agency.", nullptr,
                               int(people.size()));
    if (!indicators.empty())
        parts << Workspace::tr("%n indicators are owned by it and will be kept without an owner.", nullptr,
                               int(indicators.size()));
    if (!underPriority.empty())
        parts << Workspace::tr("%n indicators are under it and will be kept without a priority.", nullptr,
                               int(underPriority.size()));
    if (!subGroups.empty())
        parts << Workspace::tr("%n sub-groups are chaired by them and will be left without a chair.", nullptr,
                               int(subGroups.size()));
    if (measurements > 0)
        parts << Workspace::tr("Its %n measurements, targets and benchmarks go with it.", nullptr, int(measurements));
    return parts.join(QLatin1Char(' '));
}

Workspace::Workspace(std::unique_ptr<BoardFile> file) : m_file(std::move(file)) {}

Workspace::~Workspace()
{
    // Commands refer to the workspace; drop them before the members they use go.
    m_undo.clear();
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, BoardFile::Mode mode, OpenResult *result)
{
    OpenResult local;
    OpenResult &r = result ? *result : local;
    auto file = BoardFile::open(path, mode, &r);
    if (!file)
        return nullptr;
    std::unique_ptr<Workspace> ws(new Workspace(std::move(file)));
    QString error;
    if (!ws->load(&error)) {
        r.status = OpenStatus::Damaged;
        r.message = tr("%1 could not be read: %2").arg(path, error);
        return nullptr;
    }
    return ws;
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, const Board &board, OpenResult *result)
{
    OpenResult local;
    OpenResult &r = result ? *result : local;
    auto file = BoardFile::create(path, &r);
    if (!file)
        return nullptr;
    QString error;
    if (!BoardRepository(file->database()).save(board, &error)) {
        r.status = OpenStatus::CannotWrite;
        r.message = tr("%1 could not be created: %2").arg(path, error);
        file.reset();
        QFile::remove(path); // nothing but the empty schema was written
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace(std::move(file)));
    ws->load(&error);
    return ws;
}

bool Workspace::load(QString *error)
{
    const QSqlDatabase db = m_file->database();
    m_board = BoardRepository(db).load(error);
    m_agencies.reset(Repository<Agency>(db).loadAll(error));
    m_people.reset(Repository<Person>(db).loadAll(error));
    m_subGroups.reset(Repository<SubGroup>(db).loadAll(error));
    m_priorities.reset(Repository<Priority>(db).loadAll(error));
    m_indicators.reset(Repository<Indicator>(db).loadAll(error));
    m_measurements.reset(Repository<Measurement>(db).loadAll(error));
    m_targets.reset(Repository<Target>(db).loadAll(error));
    m_benchmarks.reset(Repository<Benchmark>(db).loadAll(error));
    m_thresholds.reset(Repository<StoredThresholds>(db).loadAll(error));
    m_spcSettings.clear();
    for (const IndicatorSpcSettings &s : Repository<IndicatorSpcSettings>(db).loadAll(error))
        m_spcSettings.insert(s.indicatorId, s);
    m_indicatorCodes.clear();
    for (const Indicator &i : m_indicators)
        m_indicatorCodes.insert(i.code.toLower(), i.id);
    return error == nullptr || error->isEmpty();
}

template <> EntityStore<Agency> &Workspace::store<Agency>()
{
    return m_agencies;
}
template <> EntityStore<Person> &Workspace::store<Person>()
{
    return m_people;
}
template <> EntityStore<SubGroup> &Workspace::store<SubGroup>()
{
    return m_subGroups;
}
template <> EntityStore<Priority> &Workspace::store<Priority>()
{
    return m_priorities;
}
template <> EntityStore<Indicator> &Workspace::store<Indicator>()
{
    return m_indicators;
}

const Indicator *Workspace::indicatorByCode(const QString &code) const
{
    const auto it = m_indicatorCodes.constFind(code.trimmed().toLower());
    return it == m_indicatorCodes.cend() ? nullptr : m_indicators.find(*it);
}

IndicatorHistory Workspace::history(const Indicator &indicator) const
{
    IndicatorHistory h;
    h.indicator = &indicator;
    h.measurements = &m_measurements.of(indicator.id);
    h.targets = &m_targets.of(indicator.id);
    h.indicatorThresholds = indicatorThresholds(indicator.id);
    h.boardThresholds = boardThresholds();
    h.fyStartMonth = m_board.fyStartMonth;
    h.spc = spcSettingsFor(spcSettings(indicator.id), *h.measurements);
    return h;
}

QList<ThresholdVersion> Workspace::boardThresholds() const
{
    return indicatorThresholds(0);
}

QList<ThresholdVersion> Workspace::indicatorThresholds(qint64 indicatorId) const
{
    QList<ThresholdVersion> out;
    for (const StoredThresholds &t : m_thresholds)
        if (t.indicatorId == indicatorId)
            out << t.version;
    return out;
}

template <class T> void Workspace::updateLoaded(const RowChange<T> &change)
{
    EntityStore<T> &items = store<T>();
    constexpr Entity entity = entityOf<T>();
    if (change.before && !change.after) {
        const int row = items.indexOf(change.before->id);
        Q_EMIT m_notifier.aboutToRemove(entity, row);
        items.removeAt(row);
        Q_EMIT m_notifier.removed(entity, row);
    } else if (!change.before && change.after) {
        const int row = items.insertionRow(change.after->id);
        Q_EMIT m_notifier.aboutToInsert(entity, row);
        items.insertAt(row, *change.after);
        Q_EMIT m_notifier.inserted(entity, row);
    } else {
        const int row = items.indexOf(change.after->id);
        items.replaceAt(row, *change.after);
        Q_EMIT m_notifier.changed(entity, row);
    }
}

template <class T>
void Workspace::addSeriesEdit(std::vector<typename SeriesStore<T>::Edit> &edits, const RowChange<T> &change,
                              QSet<qint64> &touched)
{
    const T &row = change.after ? *change.after : *change.before;
    edits.push_back({row.indicatorId, &row.periodKey, change.after ? &*change.after : nullptr});
    touched.insert(row.indicatorId);
}

bool Workspace::apply(ChangeSet &changes, QString *error, HistoryOperation *operation)
{
    QString why;
    if (refuseWhenReadOnly(&why)) {
        if (error)
            *error = why;
        Q_EMIT m_notifier.writeFailed(why);
        return false;
    }
    if (WriteFault::hasMoved(m_file->handle(), path())) {
        // Writes would go to a file no one can reach again once it is closed.
        why = WriteFault::explain(WriteFault::Kind::Moved, path(), QString());
        if (error)
            *error = why;
        Q_EMIT m_notifier.writeFailed(why);
        return false;
    }
    {
        Transaction t(m_file->database());
        Writers writers(m_file->database());
        if (!m_history)
            m_history = std::make_unique<HistoryLog>(m_file->handle(), m_actor);
        HistoryLog &history = *m_history;
        HistoryOperation edit;
        bool ok = t.isActive();
        if (!ok)
            why = t.error();
        else if (m_recordHistory)
            ok = history.begin(operation ? operation : &edit, &why);
        auto &all = changes.changes();
        for (size_t i = 0; ok && i < all.size();) {
            if (Writers::isSeriesInsert(all[i])) {
                // A run of new series rows goes in together, then on the record row by row.
                size_t end = i + 1;
                while (end < all.size() && Writers::isSeriesInsert(all[end]))
                    ++end;
                ok = writers.insertSeriesRows(&all[i], &all[0] + end, &why);
                for (; ok && i < end; ++i)
                    ok = !m_recordHistory ||
                         std::visit([&](const auto &change) { return recordChange(history, change, &why); }, all[i]);
                i = end;
                continue;
            }
            ok = std::visit(
                [&](auto &change) {
                    return writers.write(change, &why) && (!m_recordHistory || recordChange(history, change, &why));
                },
                all[i]);
            ++i;
        }
        if (ok && m_recordHistory)
            ok = history.finish(&why);
        if (ok && !t.commit()) {
            ok = false;
            why = t.error();
        }
        if (!ok) {
            const QString message =
                WriteFault::explain(WriteFault::classify(m_file->handle(), path(), why), path(), why);
            if (error)
                *error = message;
            Q_EMIT m_notifier.writeFailed(message);
            return false;
        }
    }
    // The file has it; now the loaded copy, and the word to every view.
    QSet<qint64> seriesTouched;
    std::vector<SeriesStore<Measurement>::Edit> measurementEdits;
    std::vector<SeriesStore<Target>::Edit> targetEdits;
    std::vector<SeriesStore<Benchmark>::Edit> benchmarkEdits;
    bool thresholdsTouched = false;
    for (const Change &c : changes.changes()) {
        std::visit(
            [&](const auto &change) {
                using C = std::decay_t<decltype(change)>;
                if constexpr (std::is_same_v<C, BoardChange>) {
                    m_board = change.after;
                    Q_EMIT m_notifier.boardChanged();
                } else if constexpr (std::is_same_v<C, RowChange<Measurement>>) {
                    addSeriesEdit(measurementEdits, change, seriesTouched);
                } else if constexpr (std::is_same_v<C, RowChange<Target>>) {
                    addSeriesEdit(targetEdits, change, seriesTouched);
                } else if constexpr (std::is_same_v<C, RowChange<Benchmark>>) {
                    addSeriesEdit(benchmarkEdits, change, seriesTouched);
                } else if constexpr (std::is_same_v<C, RowChange<IndicatorSpcSettings>>) {
                    // New settings re-draw the indicator's chart and re-rate its SPC columns.
                    if (change.after)
                        m_spcSettings.insert(change.after->indicatorId, *change.after);
                    else
                        m_spcSettings.remove(change.before->indicatorId);
                    seriesTouched.insert(change.after ? change.after->indicatorId : change.before->indicatorId);
                } else if constexpr (std::is_same_v<C, RowChange<StoredThresholds>>) {
                    if (change.after) {
                        const int row = m_thresholds.indexOf(change.after->id);
                        if (row < 0)
                            m_thresholds.insertAt(m_thresholds.insertionRow(change.after->id), *change.after);
                        else
                            m_thresholds.replaceAt(row, *change.after);
                    } else {
                        m_thresholds.removeAt(m_thresholds.indexOf(change.before->id));
                    }
                    thresholdsTouched = true;
                } else {
                    if constexpr (std::is_same_v<C, RowChange<Indicator>>) {
                        if (change.before)
                            m_indicatorCodes.remove(change.before->code.toLower());
                        if (change.after)
                            m_indicatorCodes.insert(change.after->code.toLower(), change.after->id);
                    }
                    updateLoaded(change);
                }
            },
            c);
    }
    m_measurements.apply(std::move(measurementEdits));
    m_targets.apply(std::move(targetEdits));
    m_benchmarks.apply(std::move(benchmarkEdits));
    if (!seriesTouched.isEmpty())
        Q_EMIT m_notifier.seriesChanged(seriesTouched);
    if (thresholdsTouched)
        Q_EMIT m_notifier.thresholdsChanged();
    if (m_recordHistory)
        Q_EMIT m_notifier.historyRecorded();
    return true;
}

bool Workspace::execute(const QString &text, ChangeSet changes, QString *error)
{
    auto *command = new EditCommand(this, text, std::move(changes));
    m_undo.push(command); // runs redo(); an obsolete command is deleted by the stack
    if (m_undo.count() > 0 && m_undo.command(m_undo.index() - 1) == command)
        return true;
    if (error)
        *error = tr("The change was not saved.");
    return false;
}

bool Workspace::refuseWhenReadOnly(QString *error) const
{
    if (!isReadOnly())
        return false;
    if (error)
        *error = tr("The board file is open read-only; nothing can be changed.");
    return true;
}

} // namespace assure
