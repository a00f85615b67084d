// The complaints log's kinds: entries, their linked actions, the board's response target (one)
// and its own days off; each one's traits (kindtraits.h) beside its table mapping
// (storage/voices/complaintmappings.h).
#pragma once

#include "core/actions/action.h"
#include "core/board/agency.h"
#include "storage/voices/complaintmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class ComplaintKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ComplaintKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

// The board's working days: the bank holidays and its own days off.
WorkingDays boardWorkingDays(const Workspace &ws);

template <> struct KindTraits<Complaint> : KindDefaults<Complaint>
{
    using Store = EntityStore<Complaint>;
    static QString name() { return ComplaintKinds::tr("Complaint or compliment"); }
    static QString singular() { return ComplaintKinds::tr("complaint or compliment"); }
    static QString plural() { return ComplaintKinds::tr("complaints and compliments"); }
    static QString addText(const Workspace &, const Complaint &c)
    {
        return ComplaintKinds::tr("Add %1 %2").arg(complaintKindLabel(c.kind).toLower(), c.reference);
    }
    static QString editText(const Workspace &, const Complaint &c)
    {
        return ComplaintKinds::tr("Edit %1 %2").arg(complaintKindLabel(c.kind).toLower(), c.reference);
    }
    static QString deleteText(const Workspace &, const Complaint &c)
    {
        return ComplaintKinds::tr("Delete %1 %2").arg(complaintKindLabel(c.kind).toLower(), c.reference);
    }
    static QString label(const Complaint &c) { return c.reference; }
    static QString deleteQuestion(const Complaint &c)
    {
        return ComplaintKinds::tr("the %1 %2").arg(complaintKindLabel(c.kind).toLower(), c.reference);
    }
    static void prepareNew(Complaint &c)
    {
        c.id = 0;
        c.reference = c.reference.trimmed();
        c.theme = c.theme.trimmed();
    }
    static auto references()
    {
        // Refused rather than cascaded: the log is the board's record of what people told it, and
        // an agency that merges or closes keeps its entries until they are moved or deleted.
        return std::make_tuple(reference<Agency>(
            &Complaint::agencyId, OnDelete::Refuse, "assure::ComplaintKinds",
            QT_TRANSLATE_N_NOOP("assure::ComplaintKinds",
                                "It has %n complaints, compliments and comments on record; move them to another "
                                "agency or delete them first.")));
    }
};

template <> struct KindTraits<ComplaintAction> : KindDefaults<ComplaintAction>
{
    using Store = EntityStore<ComplaintAction>;
    static QString name() { return ComplaintKinds::tr("Action from a complaint"); }
    static QString singular() { return ComplaintKinds::tr("action from a complaint"); }
    static QString plural() { return ComplaintKinds::tr("actions from complaints"); }
    static QString addText(const Workspace &ws, const ComplaintAction &l);
    static QString editText(const Workspace &ws, const ComplaintAction &l);
    static QString deleteText(const Workspace &ws, const ComplaintAction &l);
    // A pair is linked once.
    static QString clash(const Workspace &ws, const ComplaintAction &l);
    static auto references()
    {
        return std::make_tuple(
            reference<Complaint>(&ComplaintAction::complaintId, OnDelete::Cascade, "assure::ComplaintKinds"),
            reference<Action>(&ComplaintAction::actionId, OnDelete::Cascade, "assure::ComplaintKinds",
                              QT_TRANSLATE_N_NOOP("assure::ComplaintKinds",
                                                  "It follows from %n complaints, which will be kept without it.")));
    }
};

template <> struct KindTraits<ComplaintHoliday> : KindDefaults<ComplaintHoliday>
{
    using Store = EntityStore<ComplaintHoliday>;
    static QString name() { return ComplaintKinds::tr("Day off"); }
    static QString singular() { return ComplaintKinds::tr("day off"); }
    static QString plural() { return ComplaintKinds::tr("days off"); }
    static QString addText(const Workspace &, const ComplaintHoliday &h);
    static QString editText(const Workspace &, const ComplaintHoliday &h);
    static QString deleteText(const Workspace &, const ComplaintHoliday &h);
    // A day is added once.
    static QString clash(const Workspace &ws, const ComplaintHoliday &h);
};

template <> struct KindTraits<ComplaintSettings> : KindDefaults<ComplaintSettings>
{
    using Store = SingletonStore<ComplaintSettings>;
    static QString name() { return ComplaintKinds::tr("Complaints' response target"); }
    static QString singular() { return ComplaintKinds::tr("complaints' response target"); }
    static QString plural() { return ComplaintKinds::tr("complaints' response targets"); }
    // The target is never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const ComplaintSettings &) { return editText(); }
    static QString editText(const Workspace &, const ComplaintSettings &) { return editText(); }
    static QString deleteText(const Workspace &, const ComplaintSettings &) { return editText(); }
    static QString editText() { return ComplaintKinds::tr("Edit complaints' response target"); }
    static void prepareNew(ComplaintSettings &) {}
    // Says so as a change of the kind's one row, so that subscribe()d listeners work anew.
    static void touched(const RowChange<ComplaintSettings> &change, Applied &applied);
};

} // namespace assure
