// Undoable edits of the board's own structure: its details, agencies, people and sub-groups.
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

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

bool Workspace::add(const Priority &priority, QString *error)
{
    if (!checkItem(priority, error))
        return false;
    Priority item = priority;
    item.id = 0;
    item.title = item.title.trimmed();
    ChangeSet changes;
    changes.insert(item);
    return execute(tr("Add priority %1").arg(item.title), std::move(changes), error);
}

bool Workspace::update(const Priority &priority, QString *error)
{
    const Priority *old = m_priorities.find(priority.id);
    if (!old || !checkItem(priority, error))
        return false;
    if (*old == priority)
        return true;
    ChangeSet changes;
    changes.update(*old, priority);
    return execute(tr("Edit priority %1").arg(priority.title), std::move(changes), error);
}

Dependents Workspace::dependentsOfPriority(qint64 id) const
{
    Dependents d;
    for (const Indicator &i : m_indicators)
        if (i.priorityId == id)
            d.underPriority.push_back(i);
    return d;
}

bool Workspace::removePriority(qint64 id, QString *error)
{
    const Priority *priority = m_priorities.find(id);
    if (!priority || refuseWhenReadOnly(error))
        return false;
    // The file clears the indicators' priority itself (ON DELETE SET NULL); saying so in the
    // change set keeps the loaded indicators in step, and lets undo give it back.
    ChangeSet changes;
    for (const Indicator &i : dependentsOfPriority(id).underPriority) {
        Indicator cleared = i;
        cleared.priorityId = 0;
        changes.update(i, cleared);
    }
    changes.remove(*priority);
    return execute(tr("Delete priority %1").arg(priority->title), std::move(changes), error);
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
    for (const Indicator &i : m_indicators)
        if (i.ownerAgencyId == id)
            d.indicators.push_back(i);
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
    const Dependents deps = dependentsOfAgency(id);
    for (const Person &p : deps.people) {
        Person cleared = p;
        cleared.agencyId = 0;
        changes.update(p, cleared);
    }
    for (const Indicator &i : deps.indicators) {
        Indicator cleared = i;
        cleared.ownerAgencyId = 0;
        changes.update(i, cleared);
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
