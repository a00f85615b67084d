// The board's own kinds: the board's details (one), agencies, people, sub-groups and priorities;
// each one's traits (kindtraits.h) beside its table mapping (storage/board/boardmappings.h).
#pragma once

#include "storage/board/boardmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class BoardKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::BoardKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<Board> : KindDefaults<Board>
{
    using Store = SingletonStore<Board>;
    static constexpr bool kRowSignals = false; // boardChanged() says it
    static QString name() { return BoardKinds::tr("Board"); }
    static QString singular() { return BoardKinds::tr("board"); }
    static QString plural() { return BoardKinds::tr("boards"); }
    // The board is never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const Board &) { return BoardKinds::tr("Edit board details"); }
    static QString editText(const Workspace &, const Board &) { return BoardKinds::tr("Edit board details"); }
    static QString deleteText(const Workspace &, const Board &) { return BoardKinds::tr("Edit board details"); }
    static void prepareNew(Board &) {}
    static void touched(const RowChange<Board> &change, Applied &applied);
};

template <> struct KindTraits<Agency> : KindDefaults<Agency>
{
    using Store = EntityStore<Agency>;
    static QString name() { return BoardKinds::tr("Agency"); }
    static QString singular() { return BoardKinds::tr("agency"); }
    static QString plural() { return BoardKinds::tr("agencies"); }
    static QString addText(const Workspace &, const Agency &a) { return BoardKinds::tr("Add agency %1").arg(a.name); }
    static QString editText(const Workspace &, const Agency &a) { return BoardKinds::tr("Edit agency %1").arg(a.name); }
    static QString deleteText(const Workspace &, const Agency &a)
    {
        return BoardKinds::tr("Delete agency %1").arg(a.name);
    }
    // How the question before deleting names it.
    static QString label(const Agency &a) { return a.name; }
    static QString deleteQuestion(const Agency &a) { return BoardKinds::tr("the agency “%1”").arg(a.name); }
    static QString clash(const Workspace &ws, const Agency &a);
};

template <> struct KindTraits<Person> : KindDefaults<Person>
{
    using Store = EntityStore<Person>;
    static QString name() { return BoardKinds::tr("Person"); }
    static QString singular() { return BoardKinds::tr("person"); }
    static QString plural() { return BoardKinds::tr("people"); }
    static QString addText(const Workspace &, const Person &) { return BoardKinds::tr("Add person"); }
    static QString editText(const Workspace &, const Person &) { return BoardKinds::tr("Edit person"); }
    static QString deleteText(const Workspace &, const Person &) { return BoardKinds::tr("Delete person"); }
    static QString label(const Person &p) { return p.name; }
    static QString deleteQuestion(const Person &p) { return p.name; }
    static auto references()
    {
        return std::make_tuple(reference<Agency>(
            &Person::agencyId, OnDelete::Clear, "assure::BoardKinds",
            QT_TRANSLATE_N_NOOP("assure::BoardKinds", "%n people belong to it and will be kept without an agency.")));
    }
};

template <> struct KindTraits<SubGroup> : KindDefaults<SubGroup>
{
    using Store = EntityStore<SubGroup>;
    static QString name() { return BoardKinds::tr("Sub-group"); }
    static QString singular() { return BoardKinds::tr("sub-group"); }
    static QString plural() { return BoardKinds::tr("sub-groups"); }
    static QString addText(const Workspace &, const SubGroup &s)
    {
        return BoardKinds::tr("Add sub-group %1").arg(s.name);
    }
    static QString editText(const Workspace &, const SubGroup &s)
    {
        return BoardKinds::tr("Edit sub-group %1").arg(s.name);
    }
    static QString deleteText(const Workspace &, const SubGroup &s)
    {
        return BoardKinds::tr("Delete sub-group %1").arg(s.name);
    }
    static QString label(const SubGroup &s) { return s.name; }
    static QString deleteQuestion(const SubGroup &s) { return BoardKinds::tr("the sub-group “%1”").arg(s.name); }
    static QString clash(const Workspace &ws, const SubGroup &s);
    static auto references()
    {
        return std::make_tuple(reference<Person>(
            &SubGroup::chairId, OnDelete::Clear, "assure::BoardKinds",
            QT_TRANSLATE_N_NOOP("assure::BoardKinds",
                                "%n sub-groups are chaired by them and will be left without a chair.")));
    }
};

template <> struct KindTraits<Priority> : KindDefaults<Priority>
{
    using Store = EntityStore<Priority>;
    static QString name() { return BoardKinds::tr("Priority"); }
    static QString singular() { return BoardKinds::tr("priority"); }
    static QString plural() { return BoardKinds::tr("priorities"); }
    static QString addText(const Workspace &, const Priority &p)
    {
        return BoardKinds::tr("Add priority %1").arg(p.title);
    }
    static QString editText(const Workspace &, const Priority &p)
    {
        return BoardKinds::tr("Edit priority %1").arg(p.title);
    }
    static QString deleteText(const Workspace &, const Priority &p)
    {
        return BoardKinds::tr("Delete priority %1").arg(p.title);
    }
    static QString label(const Priority &p) { return p.title; }
    static QString deleteQuestion(const Priority &p) { return BoardKinds::tr("the priority “%1”").arg(p.title); }
    static void prepareNew(Priority &p)
    {
        p.id = 0;
        p.title = p.title.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(reference<SubGroup>(
            &Priority::leadSubgroupId, OnDelete::Clear, "assure::BoardKinds",
            QT_TRANSLATE_N_NOOP("assure::BoardKinds", "%n priorities are led by it and will be kept without a lead.")));
    }
};

} // namespace assure
