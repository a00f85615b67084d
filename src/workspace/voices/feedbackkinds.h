// The feedback log's kinds: entries, the board's themes, and each entry's themes and actions; each
// one's traits (kindtraits.h) beside its table mapping (storage/voices/feedbackmappings.h).
#pragma once

#include "core/actions/action.h"
#include "core/board/agency.h"
#include "storage/voices/feedbackmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class FeedbackKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::FeedbackKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
    // "04/09/2026, Parent or carer": an entry as the Edit menu and questions name it (no summary,
    // which may be long and is the part most likely to hold something personal).
    static QString label(const Feedback &f);
};

template <> struct KindTraits<Feedback> : KindDefaults<Feedback>
{
    using Store = EntityStore<Feedback>;
    static QString name() { return FeedbackKinds::tr("Feedback"); }
    static QString singular() { return FeedbackKinds::tr("feedback entry"); }
    static QString plural() { return FeedbackKinds::tr("feedback entries"); }
    static QString addText(const Workspace &, const Feedback &f)
    {
        return FeedbackKinds::tr("Add feedback of %1").arg(FeedbackKinds::label(f));
    }
    static QString editText(const Workspace &, const Feedback &f)
    {
        return FeedbackKinds::tr("Edit feedback of %1").arg(FeedbackKinds::label(f));
    }
    static QString deleteText(const Workspace &, const Feedback &f)
    {
        return FeedbackKinds::tr("Delete feedback of %1").arg(FeedbackKinds::label(f));
    }
    static QString label(const Feedback &f) { return FeedbackKinds::label(f); }
    static QString deleteQuestion(const Feedback &f)
    {
        return FeedbackKinds::tr("the feedback of %1").arg(FeedbackKinds::label(f));
    }
    static void prepareNew(Feedback &f)
    {
        f.id = 0;
        f.summary = f.summary.trimmed();
        f.whatChanged = f.whatChanged.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Agency>(&Feedback::agencyId, OnDelete::Clear, "assure::FeedbackKinds",
                              QT_TRANSLATE_N_NOOP("assure::FeedbackKinds",
                                                  "%n feedback entries name it and will be kept without an agency.")));
    }
};

template <> struct KindTraits<FeedbackTheme> : KindDefaults<FeedbackTheme>
{
    using Store = EntityStore<FeedbackTheme>;
    static QString name() { return FeedbackKinds::tr("Feedback theme"); }
    static QString singular() { return FeedbackKinds::tr("feedback theme"); }
    static QString plural() { return FeedbackKinds::tr("feedback themes"); }
    static QString addText(const Workspace &, const FeedbackTheme &t)
    {
        return FeedbackKinds::tr("Add feedback theme “%1”").arg(t.name);
    }
    static QString editText(const Workspace &, const FeedbackTheme &t)
    {
        return FeedbackKinds::tr("Rename feedback theme “%1”").arg(t.name);
    }
    static QString deleteText(const Workspace &, const FeedbackTheme &t)
    {
        return FeedbackKinds::tr("Delete feedback theme “%1”").arg(t.name);
    }
    static QString label(const FeedbackTheme &t) { return t.name; }
    static QString deleteQuestion(const FeedbackTheme &t)
    {
        return FeedbackKinds::tr("the feedback theme “%1”").arg(t.name);
    }
    static void prepareNew(FeedbackTheme &t)
    {
        t.id = 0;
        t.name = t.name.trimmed();
    }
    // A name is on the list once (ignoring case).
    static QString clash(const Workspace &ws, const FeedbackTheme &t);
};

template <> struct KindTraits<FeedbackThemeLink> : KindDefaults<FeedbackThemeLink>
{
    using Store = EntityStore<FeedbackThemeLink>;
    static QString name() { return FeedbackKinds::tr("Theme of feedback"); }
    static QString singular() { return FeedbackKinds::tr("theme of feedback"); }
    static QString plural() { return FeedbackKinds::tr("themes of feedback"); }
    static QString addText(const Workspace &, const FeedbackThemeLink &) { return FeedbackKinds::tr("Tag feedback"); }
    static QString editText(const Workspace &, const FeedbackThemeLink &)
    {
        return FeedbackKinds::tr("Change a theme of feedback");
    }
    static QString deleteText(const Workspace &, const FeedbackThemeLink &)
    {
        return FeedbackKinds::tr("Untag feedback");
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Feedback>(&FeedbackThemeLink::feedbackId, OnDelete::Cascade, "assure::FeedbackKinds"),
            reference<FeedbackTheme>(
                &FeedbackThemeLink::themeId, OnDelete::Cascade, "assure::FeedbackKinds",
                QT_TRANSLATE_N_NOOP("assure::FeedbackKinds",
                                    "It tags %n feedback entries, which will be kept without it.")));
    }
};

template <> struct KindTraits<FeedbackAction> : KindDefaults<FeedbackAction>
{
    using Store = EntityStore<FeedbackAction>;
    static QString name() { return FeedbackKinds::tr("Action answering feedback"); }
    static QString singular() { return FeedbackKinds::tr("action answering feedback"); }
    static QString plural() { return FeedbackKinds::tr("actions answering feedback"); }
    static QString addText(const Workspace &, const FeedbackAction &)
    {
        return FeedbackKinds::tr("Link an action to feedback");
    }
    static QString editText(const Workspace &, const FeedbackAction &)
    {
        return FeedbackKinds::tr("Change an action of feedback");
    }
    static QString deleteText(const Workspace &, const FeedbackAction &)
    {
        return FeedbackKinds::tr("Unlink an action from feedback");
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Feedback>(&FeedbackAction::feedbackId, OnDelete::Cascade, "assure::FeedbackKinds"),
            reference<Action>(&FeedbackAction::actionId, OnDelete::Cascade, "assure::FeedbackKinds",
                              QT_TRANSLATE_N_NOOP("assure::FeedbackKinds",
                                                  "It answers %n feedback entries, which will be kept without it.")));
    }
};

} // namespace assure
