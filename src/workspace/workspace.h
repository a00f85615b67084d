// One open board file: its loaded contents, its undo stack and the notifier that says what changed.
#pragma once

#include "storage/boardfile.h"
#include "storage/history/historylog.h"
#include "workspace/board/boardkinds.h"
#include "workspace/changeset.h"
#include "workspace/dependents.h"
#include "workspace/indicators/indicatorkinds.h"
#include "workspace/kindregistry.h"
#include "workspace/kindtraits.h"
#include "workspace/notifier.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace assure {

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

    // The loaded items of kind T, kept as its traits say (an EntityStore<T>, a SeriesStore<T>...).
    template <class T> const typename KindTraits<T>::Store &items() const
    {
        const auto number = size_t(kindOf<T>());
        Q_ASSERT(number < m_loaded.size() && m_loaded[number]); // registered before the board was opened
        return static_cast<const LoadedStore<typename KindTraits<T>::Store> &>(*m_loaded[number]).store;
    }
    const Board &board() const { return items<Board>().value(); }

    // Undoable edits of any registered kind. Each checks the item first (its problems and its
    // kind's uniqueness rule) and returns false with a reason when it is not acceptable; a write
    // that then fails is reported through the notifier and changes nothing. What is particular to
    // a feature's edits lives in that feature's edit class (IndicatorEdits...).
    template <class T> bool add(const T &item, QString *error = nullptr);
    template <class T> bool update(const T &item, QString *error = nullptr);
    // Deletes the item with this id and does to the items that refer to it what their references
    // say (dependents()); refused when one of them refuses.
    template <class T> bool remove(qint64 id, QString *error = nullptr);
    // What refers to the item of kind T with this id, and what deleting it would do to them.
    template <class T> Dependents dependents(qint64 id) const
    {
        Dependents d;
        collectDependents(kindOf<T>(), id, d);
        return d;
    }
    void collectDependents(Kind kind, qint64 id, Dependents &out) const;

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
    // True, with the reason, when the board may not be changed.
    bool refuseWhenReadOnly(QString *error) const;
    // Problems with an item, joined for people into error; false when there are some.
    static bool acceptable(const QStringList &problems, QString *error);

private:
    explicit Workspace(std::unique_ptr<BoardFile> file);
    bool load(QString *error);
    template <class T> bool checkItem(const T &item, QString *error) const
    {
        return !refuseWhenReadOnly(error) && acceptable(KindTraits<T>::problems(*this, item), error);
    }
    template <class T> const T *existing(const T &item) const
    {
        if constexpr (TableMapping<T>::kRowId)
            return items<T>().find(item.id);
        else
            return &items<T>().value(); // a singleton
    }

    std::unique_ptr<BoardFile> m_file;
    QUndoStack m_undo;
    Notifier m_notifier;
    std::vector<std::unique_ptr<LoadedItems>> m_loaded; // by kind number
    HistoryActor m_actor = HistoryActor::current();
    // Kept from one change to the next, so its statements are prepared once.
    std::unique_ptr<HistoryLog> m_history;
    bool m_recordHistory = true;
};

template <class T> bool Workspace::add(const T &item, QString *error)
{
    using Traits = KindTraits<T>;
    if (!checkItem(item, error))
        return false;
    if (const QString clash = Traits::clash(*this, item); !clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    T added = item;
    Traits::prepareNew(added);
    ChangeSet changes;
    changes.insert(added);
    return execute(Traits::addText(*this, added), std::move(changes), error);
}

template <class T> bool Workspace::update(const T &item, QString *error)
{
    using Traits = KindTraits<T>;
    const T *old = existing(item);
    if (!old || !checkItem(item, error))
        return false;
    if (const QString clash = Traits::clash(*this, item); !clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    if (*old == item)
        return true;
    ChangeSet changes;
    changes.update(*old, item);
    return execute(Traits::editText(*this, item), std::move(changes), error);
}

template <class T> bool Workspace::remove(qint64 id, QString *error)
{
    const T *item = items<T>().find(id);
    if (!item || refuseWhenReadOnly(error))
        return false;
    Dependents deps = dependents<T>(id);
    if (const QString refusal = deps.refusal(); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    ChangeSet changes = std::move(deps.changes());
    changes.remove(*item);
    return execute(KindTraits<T>::deleteText(*this, *item), std::move(changes), error);
}

} // namespace assure
