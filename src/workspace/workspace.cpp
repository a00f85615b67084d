// One open board file: its loaded contents, its undo stack and the notifier that says what changed.
#include "workspace/workspace.h"

#include "storage/boardrepository.h"
#include "storage/repository.h"
#include "storage/transaction.h"
#include "workspace/editcommand.h"

#include <QCoreApplication>
#include <QFile>

namespace assure {

namespace {

template <class T>
constexpr Entity entityOf();
template <>
constexpr Entity entityOf<Agency>() { return Entity::Agency; }
template <>
constexpr Entity entityOf<Person>() { return Entity::Person; }
template <>
constexpr Entity entityOf<SubGroup>() { return Entity::SubGroup; }

template <class T>
bool write(QSqlDatabase db, RowChange<T> &change, QString *error)
{
    Repository<T> repo(db);
    if (change.before && !change.after)
        return repo.remove(change.before->id, error);
    if (!change.before && change.after)
        return repo.insert(*change.after, error);
    return repo.update(*change.after, error);
}

bool write(QSqlDatabase db, BoardChange &change, QString *error)
{
    return BoardRepository(db).save(change.after, error);
}

} // namespace

QString Dependents::describe() const
{
    QStringList parts;
    if (!people.empty())
        parts << QCoreApplication::translate("assure::Workspace", "%n people belong to it and will be kept without an agency.",
                                           nullptr, static_cast<int>(people.size()));
    if (!subGroups.empty())
        parts << QCoreApplication::translate("assure::Workspace",
                                             "%n sub-groups are chaired by them and will be left without a chair.",
                                             nullptr, static_cast<int>(subGroups.size()));
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
    return error == nullptr || error->isEmpty();
}

template <>
EntityStore<Agency> &Workspace::store<Agency>() { return m_agencies; }
template <>
EntityStore<Person> &Workspace::store<Person>() { return m_people; }
template <>
EntityStore<SubGroup> &Workspace::store<SubGroup>() { return m_subGroups; }

template <class T>
void Workspace::updateLoaded(const RowChange<T> &change)
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

bool Workspace::apply(ChangeSet &changes, QString *error)
{
    QString why;
    if (refuseWhenReadOnly(&why)) {
        if (error)
            *error = why;
        Q_EMIT m_notifier.writeFailed(why);
        return false;
    }
    {
        Transaction t(m_file->database());
        bool ok = t.isActive();
        if (!ok)
            why = t.error();
        for (Change &c : changes.changes()) {
            if (!ok)
                break;
            ok = std::visit([&](auto &change) { return write(m_file->database(), change, &why); }, c);
        }
        if (ok && !t.commit()) {
            ok = false;
            why = t.error();
        }
        if (!ok) {
            const QString message = tr("The change was not saved: %1").arg(why);
            if (error)
                *error = message;
            Q_EMIT m_notifier.writeFailed(message);
            return false;
        }
    }
    for (const Change &c : changes.changes()) {
        if (const auto *board = std::get_if<BoardChange>(&c)) {
            m_board = board->after;
            Q_EMIT m_notifier.boardChanged();
        } else {
            std::visit(
                [this](const auto &change) {
                    if constexpr (!std::is_same_v<std::decay_t<decltype(change)>, BoardChange>)
                        updateLoaded(change);
                },
                c);
        }
    }
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

template <class T>
bool Workspace::checkItem(const T &item, QString *error) const
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

bool Workspace::setBoard(const Board &board, QString *error)
{
    if (!checkItem(board, error))
        return false;
    if (board == m_board)
        return true;
    ChangeSet changes;
    changes.setBoard(m_board, board);
    return execute(tr("Edit board details"), std::move(changes), error);
}

namespace {

template <class T>
bool nameTaken(const EntityStore<T> &items, const T &item)
{
    const QString name = item.name.trimmed();
    for (const T &other : items)
        if (other.id != item.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

bool Workspace::add(const Agency &agency, QString *error)
{
    if (!checkItem(agency, error))
        return false;
    if (nameTaken(m_agencies, agency)) {
        if (error)
            *error = tr("There is already an agency called “%1”.").arg(agency.name.trimmed());
        return false;
    }
    Agency item = agency;
    item.id = 0;
    ChangeSet changes;
    changes.insert(item);
    return execute(tr("Add agency %1").arg(item.name), std::move(changes), error);
}

bool Workspace::add(const Person &person, QString *error)
{
    if (!checkItem(person, error))
        return false;
    Person item = person;
    item.id = 0;
    ChangeSet changes;
    changes.insert(item);
    return execute(tr("Add person"), std::move(changes), error);
}

bool Workspace::add(const SubGroup &subGroup, QString *error)
{
    if (!checkItem(subGroup, error))
        return false;
    if (nameTaken(m_subGroups, subGroup)) {
        if (error)
            *error = tr("There is already a sub-group called “%1”.").arg(subGroup.name.trimmed());
        return false;
    }
    SubGroup item = subGroup;
    item.id = 0;
    ChangeSet changes;
    changes.insert(item);
    return execute(tr("Add sub-group %1").arg(item.name), std::move(changes), error);
}

bool Workspace::update(const Agency &agency, QString *error)
{
    const Agency *old = m_agencies.find(agency.id);
    if (!old || !checkItem(agency, error))
        return false;
    if (nameTaken(m_agencies, agency)) {
        if (error)
            *error = tr("There is already an agency called “%1”.").arg(agency.name.trimmed());
        return false;
    }
    if (*old == agency)
        return true;
    ChangeSet changes;
    changes.update(*old, agency);
    return execute(tr("Edit agency %1").arg(agency.name), std::move(changes), error);
}

bool Workspace::update(const Person &person, QString *error)
{
    const Person *old = m_people.find(person.id);
    if (!old || !checkItem(person, error))
        return false;
    if (*old == person)
        return true;
    ChangeSet changes;
    changes.update(*old, person);
    return execute(tr("Edit person"), std::move(changes), error);
}

bool Workspace::update(const SubGroup &subGroup, QString *error)
{
    const SubGroup *old = m_subGroups.find(subGroup.id);
    if (!old || !checkItem(subGroup, error))
        return false;
    if (nameTaken(m_subGroups, subGroup)) {
        if (error)
            *error = tr("There is already a sub-group called “%1”.").arg(subGroup.name.trimmed());
        return false;
    }
    if (*old == subGroup)
        return true;
    ChangeSet changes;
    changes.update(*old, subGroup);
    return execute(tr("Edit sub-group %1").arg(subGroup.name), std::move(changes), error);
}

Dependents Workspace::dependentsOfAgency(qint64 id) const
{
    Dependents d;
    for (const Person &p : m_people)
        if (p.agencyId == id)
            d.people.push_back(p);
    return d;
}

Dependents Workspace::dependentsOfPerson(qint64 id) const
{
    Dependents d;
    for (const SubGroup &s : m_subGroups)
        if (s.chairId == id)
            d.subGroups.push_back(s);
    return d;
}

bool Workspace::removeAgency(qint64 id, QString *error)
{
    const Agency *agency = m_agencies.find(id);
    if (!agency || refuseWhenReadOnly(error))
        return false;
    ChangeSet changes;
    for (const Person &p : dependentsOfAgency(id).people) {
        Person cleared = p;
        cleared.agencyId = 0;
        changes.update(p, cleared);
    }
    changes.remove(*agency);
    return execute(tr("Delete agency %1").arg(agency->name), std::move(changes), error);
}

bool Workspace::removePerson(qint64 id, QString *error)
{
    const Person *person = m_people.find(id);
    if (!person || refuseWhenReadOnly(error))
        return false;
    ChangeSet changes;
    for (const SubGroup &s : dependentsOfPerson(id).subGroups) {
        SubGroup cleared = s;
        cleared.chairId = 0;
        changes.update(s, cleared);
    }
    changes.remove(*person);
    return execute(tr("Delete person"), std::move(changes), error);
}

bool Workspace::removeSubGroup(qint64 id, QString *error)
{
    const SubGroup *subGroup = m_subGroups.find(id);
    if (!subGroup || refuseWhenReadOnly(error))
        return false;
    ChangeSet changes;
    changes.remove(*subGroup);
    return execute(tr("Delete sub-group %1").arg(subGroup->name), std::move(changes), error);
}

} // namespace assure
