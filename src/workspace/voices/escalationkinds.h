// The escalation log's kinds: escalations, the board's reasons, the actions linked to an
// escalation, and the board's levels (one); each one's traits (kindtraits.h) beside its table
// mapping (storage/voices/escalationmappings.h).
#pragma once

#include "core/actions/action.h"
#include "core/board/agency.h"
#include "storage/voices/escalationmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"
#include "workspace/singletonstore.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class EscalationKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::EscalationKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<Escalation> : KindDefaults<Escalation>
{
    using Store = EntityStore<Escalation>;
    static QString name() { return EscalationKinds::tr("Escalation"); }
    static QString singular() { return EscalationKinds::tr("escalation"); }
    static QString plural() { return EscalationKinds::tr("escalations"); }
    static QString addText(const Workspace &, const Escalation &e)
    {
        return EscalationKinds::tr("Add escalation “%1”").arg(e.ref);
    }
    static QString editText(const Workspace &, const Escalation &e)
    {
        return EscalationKinds::tr("Edit escalation “%1”").arg(e.ref);
    }
    static QString deleteText(const Workspace &, const Escalation &e)
    {
        return EscalationKinds::tr("Delete escalation “%1”").arg(e.ref);
    }
    static QString label(const Escalation &e) { return e.ref; }
    static QString deleteQuestion(const Escalation &e) { return EscalationKinds::tr("the escalation “%1”").arg(e.ref); }
    // The level against the board's highest.
    static QStringList problems(const Workspace &ws, const Escalation &e);
    static void prepareNew(Escalation &e)
    {
        e.id = 0;
        e.ref = e.ref.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            // Both agencies are part of what an escalation is, and the log is the board's record of
            // them: an agency that was a party to one is kept until its escalations are moved or deleted.
            reference<Agency>(&Escalation::raisedByAgencyId, OnDelete::Refuse, "assure::EscalationKinds",
                              QT_TRANSLATE_N_NOOP("assure::EscalationKinds",
                                                  "It was a party to %n escalations on record; move them to "
                                                  "another agency or delete them first.")),
            reference<Agency>(&Escalation::raisedWithAgencyId, OnDelete::Refuse, "assure::EscalationKinds",
                              QT_TRANSLATE_N_NOOP("assure::EscalationKinds",
                                                  "It was a party to %n escalations on record; move them to "
                                                  "another agency or delete them first.")),
            reference<EscalationReason>(
                &Escalation::reasonId, OnDelete::Refuse, "assure::EscalationKinds",
                QT_TRANSLATE_N_NOOP("assure::EscalationKinds", "%n escalations give it as their reason.")));
    }
};

template <> struct KindTraits<EscalationReason> : KindDefaults<EscalationReason>
{
    using Store = EntityStore<EscalationReason>;
    static QString name() { return EscalationKinds::tr("Reason for escalating"); }
    static QString singular() { return EscalationKinds::tr("reason for escalating"); }
    static QString plural() { return EscalationKinds::tr("reasons for escalating"); }
    static QString addText(const Workspace &, const EscalationReason &r)
    {
        return EscalationKinds::tr("Add reason for escalating “%1”").arg(r.name);
    }
    static QString editText(const Workspace &, const EscalationReason &r)
    {
        return EscalationKinds::tr("Rename reason for escalating “%1”").arg(r.name);
    }
    static QString deleteText(const Workspace &, const EscalationReason &r)
    {
        return EscalationKinds::tr("Delete reason for escalating “%1”").arg(r.name);
    }
    static QString label(const EscalationReason &r) { return r.name; }
    static QString deleteQuestion(const EscalationReason &r)
    {
        return EscalationKinds::tr("the reason for escalating “%1”").arg(r.name);
    }
    static void prepareNew(EscalationReason &r)
    {
        r.id = 0;
        r.name = r.name.trimmed();
    }
    // A name is used once, ignoring case.
    static QString clash(const Workspace &ws, const EscalationReason &r);
};

template <> struct KindTraits<EscalationAction> : KindDefaults<EscalationAction>
{
    using Store = EntityStore<EscalationAction>;
    static QString name() { return EscalationKinds::tr("Action from an escalation"); }
    static QString singular() { return EscalationKinds::tr("action from an escalation"); }
    static QString plural() { return EscalationKinds::tr("actions from escalations"); }
    static QString addText(const Workspace &ws, const EscalationAction &l);
    static QString editText(const Workspace &ws, const EscalationAction &l);
    static QString deleteText(const Workspace &ws, const EscalationAction &l);
    // A pair is linked once.
    static QString clash(const Workspace &ws, const EscalationAction &l);
    static auto references()
    {
        return std::make_tuple(
            reference<Escalation>(&EscalationAction::escalationId, OnDelete::Cascade, "assure::EscalationKinds"),
            reference<Action>(&EscalationAction::actionId, OnDelete::Cascade, "assure::EscalationKinds",
                              QT_TRANSLATE_N_NOOP("assure::EscalationKinds",
                                                  "It came from %n escalations, which will be kept without it.")));
    }
};

template <> struct KindTraits<EscalationSettings> : KindDefaults<EscalationSettings>
{
    using Store = SingletonStore<EscalationSettings>;
    static QString name() { return EscalationKinds::tr("Escalation levels"); }
    static QString singular() { return EscalationKinds::tr("escalation levels"); }
    static QString plural() { return EscalationKinds::tr("escalation levels"); }
    // The levels are never added or deleted by an edit, only changed.
    static QString addText(const Workspace &, const EscalationSettings &) { return editText(); }
    static QString editText(const Workspace &, const EscalationSettings &) { return editText(); }
    static QString deleteText(const Workspace &, const EscalationSettings &) { return editText(); }
    static QString editText() { return EscalationKinds::tr("Edit escalation levels"); }
    static void prepareNew(EscalationSettings &) {}
    // Fewer levels than an escalation on record has reached is refused.
    static QStringList problems(const Workspace &ws, const EscalationSettings &s);
    // Says so as a change of the kind's one row, so that subscribe()d listeners work anew.
    static void touched(const RowChange<EscalationSettings> &change, Applied &applied);
};

} // namespace assure
