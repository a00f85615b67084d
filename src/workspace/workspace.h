// One open board file: its loaded contents, its undo stack and the notifier that says what changed.
#pragma once

#include "storage/boardfile.h"
#include "workspace/changeset.h"
#include "workspace/entitystore.h"
#include "workspace/notifier.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace assure {

// What else refers to an item that is about to be deleted, and so changes with it.
struct Dependents
{
    std::vector<Person> people;      // their agency is cleared
    std::vector<SubGroup> subGroups; // their chair is cleared

    bool isEmpty() const { return people.empty() && subGroups.empty(); }
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

    // Undoable edits. Each checks the item first and returns false with a reason when it is not
    // acceptable; a write that then fails is reported through the notifier and changes nothing.
    bool setBoard(const Board &board, QString *error = nullptr);
    bool add(const Agency &agency, QString *error = nullptr);
    bool add(const Person &person, QString *error = nullptr);
    bool add(const SubGroup &subGroup, QString *error = nullptr);
    bool update(const Agency &agency, QString *error = nullptr);
    bool update(const Person &person, QString *error = nullptr);
    bool update(const SubGroup &subGroup, QString *error = nullptr);
    bool removeAgency(qint64 id, QString *error = nullptr);
    bool removePerson(qint64 id, QString *error = nullptr);
    bool removeSubGroup(qint64 id, QString *error = nullptr);

    Dependents dependentsOfAgency(qint64 id) const;
    Dependents dependentsOfPerson(qint64 id) const;

    // Writes the whole change set in one transaction, then updates the loaded contents and
    // notifies. On failure nothing changes, in the file or here. Ids given to new rows are
    // written back into the set, so that redo after undo restores the same ids.
    bool apply(ChangeSet &changes, QString *error);

    // Pushes an undoable command that applies changes; false (and the reason) if it failed.
    bool execute(const QString &text, ChangeSet changes, QString *error);

private:
    explicit Workspace(std::unique_ptr<BoardFile> file);
    bool load(QString *error);
    bool refuseWhenReadOnly(QString *error) const;
    template <class T>
    bool checkItem(const T &item, QString *error) const;
    template <class T>
    EntityStore<T> &store();
    template <class T>
    void updateLoaded(const RowChange<T> &change);

    std::unique_ptr<BoardFile> m_file;
    QUndoStack m_undo;
    Notifier m_notifier;
    Board m_board;
    EntityStore<Agency> m_agencies;
    EntityStore<Person> m_people;
    EntityStore<SubGroup> m_subGroups;
};

} // namespace assure
