// What a kind of item tells the workspace about itself: KindTraits<T>, one specialisation per kind
// in its feature's kinds header (boardkinds.h, indicatorkinds.h...), beside its table mapping.
//
// A specialisation derives from KindDefaults<T> and gives at least:
//   using Store = ...;                       how the workspace keeps the loaded items (EntityStore<T>...)
//   static QString name();                   for people, singular (history labels)
//   static QString addText(const Workspace &, const T &);     the Edit menu's words for adding,
//   static QString editText(const Workspace &, const T &);    changing
//   static QString deleteText(const Workspace &, const T &);  and deleting one
// and, where they differ from the defaults below, its uniqueness rule (clash), what it does to a
// new item (prepareNew), its references to other kinds (references) and how its changes are
// announced (kRowSignals, touched).
#pragma once

#include "workspace/changeset.h"

#include <QStringList>

#include <tuple>

namespace assure {

class Workspace;

// What deleting a referred item does to the items that refer to it.
enum class OnDelete {
    Clear,   // the reference is cleared (set to 0) and the item kept
    Cascade, // the item is deleted along with it
    Refuse,  // the delete is refused while any such item exists
};

// From's member holds the id of a To. sentence (a plural form with %n, in context, marked with
// QT_TRANSLATE_N_NOOP) tells people in the question before a delete what happens to the items
// that refer; references with the same sentence are counted together; null: not worth saying.
// A member that names an item of one kind or another, as its other fields say (an action's
// source), has a reference per kind, each with `when`: the items whose member names that kind.
template <class From, class To> struct Reference
{
    using Referring = From;
    using Referred = To;

    qint64 From::*member;
    OnDelete onDelete;
    const char *context;
    const char *sentence;
    bool (*when)(const From &) = nullptr; // null: every item
};

template <class To, class From>
constexpr Reference<From, To> reference(qint64 From::*member, OnDelete onDelete, const char *context = nullptr,
                                        const char *sentence = nullptr)
{
    return {member, onDelete, context, sentence};
}

template <class To, class From>
constexpr Reference<From, To> referenceWhen(bool (*when)(const From &), qint64 From::*member, OnDelete onDelete,
                                            const char *context = nullptr, const char *sentence = nullptr)
{
    return {member, onDelete, context, sentence, when};
}

template <class T> struct KindTraits;

template <class T> struct KindDefaults
{
    // Row by row signals (aboutToInsert ... changed) for its kind.
    static constexpr bool kRowSignals = true;
    // New rows may go in many to a statement (KindOps::bulkInserts()).
    static constexpr bool kBulkInserts = false;
    // Its references to other kinds: a tuple of reference<To>(...).
    static std::tuple<> references() { return {}; }
    // What is wrong with an item, for people; empty when it may be saved.
    static QStringList problems(const Workspace &, const T &item) { return item.problems(); }
    // Why an item may not be saved beside the others (a name taken); empty when it may.
    static QString clash(const Workspace &, const T &) { return {}; }
    // A new item as it is saved (the id is given by the file).
    static void prepareNew(T &item) { item.id = 0; }
    // Anything more to say about a change once it is loaded (a series re-rated...).
    static void touched(const RowChange<T> &, Applied &) {}
};

// Whether another item's name (compared trimmed, without case) is the same as item's.
template <class Store, class T, class Member> bool nameTaken(const Store &items, const T &item, Member member)
{
    const QString name = (item.*member).trimmed();
    for (const T &other : items)
        if (other.id != item.id && (other.*member).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace assure
