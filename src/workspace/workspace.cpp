// One open board file: its loaded contents, its undo stack and the notifier that says what changed.
#include "workspace/workspace.h"

#include "storage/board/boardrepository.h"
#include "storage/transaction.h"
#include "storage/writefault.h"
#include "workspace/editcommand.h"

#include <QCoreApplication>
#include <QFile>

namespace assure {

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
    const std::vector<const KindOps *> &all = kinds::all();
    m_loaded.clear();
    m_loaded.resize(size_t(kinds::count()));
    for (const KindOps *ops : all)
        m_loaded[size_t(ops->kind())] = ops->load(db, error);
    return error == nullptr || error->isEmpty();
}

void Workspace::collectDependents(Kind kind, qint64 id, Dependents &out) const
{
    for (const KindOps *ops : kinds::all())
        ops->collectDependents(*this, kind, id, out);
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
    // Each kind's operations, found once per set rather than once per row.
    std::vector<const KindOps *> ops(changes.slotCount());
    for (std::uint32_t s = 0; s < ops.size(); ++s) {
        ops[s] = kinds::find(changes.slot(s).kind());
        Q_ASSERT(ops[s]); // a kind goes in a change set only once registered
    }
    const ChangeSet::Steps &steps = changes.steps();
    {
        Transaction t(m_file->database());
        // One writer per kind for the length of the set, so each statement is prepared once
        // however many rows the set writes (an import writes tens of thousands).
        std::vector<std::unique_ptr<KindWriter>> writers(ops.size());
        for (size_t s = 0; s < ops.size(); ++s)
            writers[s] = ops[s]->writer(m_file->database());
        if (!m_history)
            m_history = std::make_unique<HistoryLog>(m_file->handle(), m_actor);
        HistoryLog &history = *m_history;
        HistoryOperation edit;
        bool ok = t.isActive();
        if (!ok)
            why = t.error();
        else if (m_recordHistory)
            ok = history.begin(operation ? operation : &edit, &why);
        const auto isBulkInsert = [&](const ChangeSet::Step &step) {
            return ops[step.slot]->bulkInserts() && changes.slot(step.slot).isInsert(step.index);
        };
        std::vector<std::vector<std::uint32_t>> run(ops.size());
        for (size_t i = 0; ok && i < steps.size();) {
            if (isBulkInsert(steps[i])) {
                // A run of new rows that refer to no row of the run (series rows) goes in kind by
                // kind, many rows to a statement, then on the record row by row.
                size_t end = i + 1;
                while (end < steps.size() && isBulkInsert(steps[end]))
                    ++end;
                for (size_t j = i; j < end; ++j)
                    run[steps[j].slot].push_back(steps[j].index);
                for (size_t s = 0; ok && s < run.size(); ++s) {
                    if (!run[s].empty())
                        ok = ops[s]->insertAll(*writers[s], changes.slot(std::uint32_t(s)), run[s].data(),
                                               run[s].data() + run[s].size(), &why);
                    run[s].clear();
                }
                for (; ok && i < end; ++i)
                    ok = !m_recordHistory ||
                         ops[steps[i].slot]->record(history, changes.slot(steps[i].slot), steps[i].index, &why);
                i = end;
                continue;
            }
            const ChangeSet::Step step = steps[i];
            ok = ops[step.slot]->write(*writers[step.slot], changes.slot(step.slot), step.index, &why) &&
                 (!m_recordHistory || ops[step.slot]->record(history, changes.slot(step.slot), step.index, &why));
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
    Applied applied;
    applied.notifier = &m_notifier;
    for (const ChangeSet::Step &step : steps)
        ops[step.slot]->applyLoaded(*m_loaded[size_t(ops[step.slot]->kind())], changes.slot(step.slot), step.index,
                                    applied);
    for (const KindOps *o : ops)
        o->finishLoaded(*m_loaded[size_t(o->kind())], applied);
    if (!applied.seriesTouched.isEmpty())
        Q_EMIT m_notifier.seriesChanged(applied.seriesTouched);
    if (applied.thresholdsTouched)
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
    // Inside a macro (one undo step of several edits) the stack's last command is the macro, and
    // a command kept is its last child.
    if (const QUndoCommand *last = m_undo.count() > 0 ? m_undo.command(m_undo.count() - 1) : nullptr;
        last && last->childCount() > 0 && last->child(last->childCount() - 1) == command)
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

bool Workspace::acceptable(const QStringList &problems, QString *error)
{
    if (problems.isEmpty())
        return true;
    if (error)
        *error = problems.join(QLatin1Char(' '));
    return false;
}

std::vector<HistoryEntry> Workspace::historyEntries(qint64 afterId, QString *error) const
{
    return HistoryLog::load(m_file->handle(), afterId, error);
}

void Workspace::setRecordingHistory(bool record)
{
    m_recordHistory = record;
}

} // namespace assure
