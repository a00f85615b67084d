// What the edits of every kind with links share: the id a change set gives a new item, the ids
// an item links to, whether every id chosen still names something, and making an item's links
// match the ids chosen in its editor.
#pragma once

#include "workspace/changeset.h"
#include "workspace/workspace.h"

#include <QList>

namespace assure {

// A change set names the ids of the items it inserts when rows inserted with them refer to them
// (an entry's links). The file gives a new row the highest id plus one too, and undo takes the
// newest rows away first, so the two never meet.
template <class T> qint64 nextItemId(const Workspace &ws)
{
    const auto &items = ws.items<T>().items();
    return items.empty() ? 1 : items.back().id + 1; // the store is in id order
}

// The ids an owner's links of one kind point to, in the store's order: for a risk's actions,
// linkedIds(ws, &RiskAction::riskId, risk.id, &RiskAction::actionId).
template <class Link>
QList<qint64> linkedIds(const Workspace &ws, qint64 Link::*owner, qint64 ownerId, qint64 Link::*target)
{
    QList<qint64> out;
    for (const Link &l : ws.items<Link>())
        if (l.*owner == ownerId)
            out << l.*target;
    return out;
}

// Whether every one of ids still names an item of kind T (an editor's choices may have been
// deleted, or undone, while it was open).
template <class T> bool allStillThere(const Workspace &ws, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (!ws.items<T>().find(id))
            return false;
    return true;
}

// Makes an owner's links of one kind point to exactly ids: a link already there is kept, a link
// to an id not chosen (or a second link to the same id) removed, and a link to each id not yet
// linked added, in the order given.
template <class Link>
void relinkOwner(const Workspace &ws, qint64 Link::*owner, qint64 ownerId, qint64 Link::*target,
                 const QList<qint64> &ids, ChangeSet &changes)
{
    QList<qint64> kept;
    for (const Link &l : ws.items<Link>()) {
        if (l.*owner != ownerId)
            continue;
        if (ids.contains(l.*target) && !kept.contains(l.*target))
            kept << l.*target;
        else
            changes.remove(l);
    }
    for (qint64 id : ids)
        if (!kept.contains(id)) {
            Link added;
            added.*owner = ownerId;
            added.*target = id;
            changes.insert(added);
            kept << id;
        }
}

} // namespace assure
