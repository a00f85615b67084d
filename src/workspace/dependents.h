// What else refers to an item that is about to be deleted, and what deleting it does to them.
#pragma once

#include "workspace/changeset.h"

#include <QString>

#include <vector>

namespace assure {

enum class OnDelete;

class Dependents final
{
public:
    // How many items of this kind refer to it.
    qint64 count(Kind kind) const;
    template <class T> qint64 count() const { return count(kindOf<T>()); }
    bool isEmpty() const { return m_groups.empty(); }
    // The items of kind T that change or go with it, as they are now (not those that refuse).
    template <class T> std::vector<T> items() const
    {
        std::vector<T> out;
        if (const RowChanges<T> *rows = m_changes.rowsOf<T>())
            for (const RowChange<T> &c : *rows)
                if (c.before)
                    out.push_back(*c.before);
        return out;
    }

    // For the question before deleting: "3 people belong to it..."; empty when nothing refers.
    QString describe() const;
    // Why it may not be deleted, for people; empty when it may.
    QString refusal() const;

    // The changes deleting it makes to the items that refer to it (the item's own delete not included).
    ChangeSet &changes() { return m_changes; }
    const ChangeSet &changes() const { return m_changes; }

    // Notes that n items of kind refer to it through a reference (kindtraits.h) with this sentence.
    void note(Kind kind, OnDelete onDelete, const char *context, const char *sentence, qint64 n);

private:
    struct Group
    {
        Kind kind;
        OnDelete onDelete;
        const char *context;
        const char *sentence;
        qint64 count;
    };
    QString sentences(bool refusals) const;

    std::vector<Group> m_groups;
    ChangeSet m_changes;
};

} // namespace assure
