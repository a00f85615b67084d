// The meetings' kinds: memberships, meetings, attendance and the board's meeting settings; each
// one's traits (kindtraits.h) beside its table mapping (storage/meetings/meetingmappings.h).
#pragma once

#include "core/board/agency.h"
#include "core/board/person.h"
#include "core/board/subgroup.h"
#include "storage/meetings/meetingmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class MeetingKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::MeetingKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
    // The member's name for people: the person's, or a stand-in when the person is not found.
    static QString memberName(const Workspace &ws, qint64 membershipId);
    // The meeting for people: its body and its date ("Board, 12 May 2026").
    static QString meetingName(const Workspace &ws, const Meeting &m);
};

template <> struct KindTraits<Membership> : KindDefaults<Membership>
{
    using Store = EntityStore<Membership>;
    static QString name() { return MeetingKinds::tr("Membership"); }
    static QString singular() { return MeetingKinds::tr("membership"); }
    static QString plural() { return MeetingKinds::tr("memberships"); }
    static QString addText(const Workspace &ws, const Membership &m);
    static QString editText(const Workspace &ws, const Membership &m);
    static QString deleteText(const Workspace &ws, const Membership &m);
    static void prepareNew(Membership &m)
    {
        m.id = 0;
        m.role = m.role.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Person>(&Membership::personId, OnDelete::Cascade, "assure::MeetingKinds",
                              QT_TRANSLATE_N_NOOP("assure::MeetingKinds",
                                                  "Their %n memberships go with them, with their attendance.")),
            reference<Agency>(&Membership::agencyId, OnDelete::Clear, "assure::MeetingKinds",
                              QT_TRANSLATE_N_NOOP("assure::MeetingKinds",
                                                  "%n members sit for it and will be kept without an agency.")),
            reference<SubGroup>(&Membership::subGroupId, OnDelete::Cascade, "assure::MeetingKinds",
                                QT_TRANSLATE_N_NOOP("assure::MeetingKinds", "Its %n memberships go with it.")));
    }
};

template <> struct KindTraits<Meeting> : KindDefaults<Meeting>
{
    using Store = EntityStore<Meeting>;
    static QString name() { return MeetingKinds::tr("Meeting"); }
    static QString singular() { return MeetingKinds::tr("meeting"); }
    static QString plural() { return MeetingKinds::tr("meetings"); }
    static QString addText(const Workspace &ws, const Meeting &m);
    static QString editText(const Workspace &ws, const Meeting &m);
    static QString deleteText(const Workspace &ws, const Meeting &m);
    static QString deleteQuestion(const Meeting &m);
    static void prepareNew(Meeting &m)
    {
        m.id = 0;
        m.title = m.title.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            // Refused rather than cascaded: a body's meetings are the board's record of it, and its
            // seats already cascade to their attendance (one path to each record).
            reference<SubGroup>(
                &Meeting::subGroupId, OnDelete::Refuse, "assure::MeetingKinds",
                QT_TRANSLATE_N_NOOP("assure::MeetingKinds", "It has %n meetings on record; delete them first.")));
    }
};

template <> struct KindTraits<Attendance> : KindDefaults<Attendance>
{
    using Store = EntityStore<Attendance>;
    static QString name() { return MeetingKinds::tr("Attendance"); }
    static QString singular() { return MeetingKinds::tr("attendance"); }
    static QString plural() { return MeetingKinds::tr("attendance records"); }
    static QString addText(const Workspace &ws, const Attendance &a);
    static QString editText(const Workspace &ws, const Attendance &a);
    static QString deleteText(const Workspace &ws, const Attendance &a);
    // One record per member and meeting.
    static QString clash(const Workspace &ws, const Attendance &a);
    static auto references()
    {
        return std::make_tuple(
            reference<Meeting>(&Attendance::meetingId, OnDelete::Cascade, "assure::MeetingKinds",
                               QT_TRANSLATE_N_NOOP("assure::MeetingKinds", "Its %n attendance records go with it.")),
            reference<Membership>(
                &Attendance::membershipId, OnDelete::Cascade, "assure::MeetingKinds",
                QT_TRANSLATE_N_NOOP("assure::MeetingKinds", "The %n attendance records of the seat go with it.")));
    }
};

template <> struct KindTraits<MeetingSettings> : KindDefaults<MeetingSettings>
{
    using Store = SingletonStore<MeetingSettings>;
    static QString name() { return MeetingKinds::tr("Meeting settings"); }
    static QString singular() { return MeetingKinds::tr("meeting settings"); }
    static QString plural() { return MeetingKinds::tr("meeting settings"); }
    // The settings are never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const MeetingSettings &) { return editText(); }
    static QString editText(const Workspace &, const MeetingSettings &) { return editText(); }
    static QString deleteText(const Workspace &, const MeetingSettings &) { return editText(); }
    static QString editText() { return MeetingKinds::tr("Edit meeting settings"); }
    static void prepareNew(MeetingSettings &) {}
    // Says so as a change of the kind's one row, so that subscribe()d listeners work anew.
    static void touched(const RowChange<MeetingSettings> &change, Applied &applied);
};

} // namespace assure
