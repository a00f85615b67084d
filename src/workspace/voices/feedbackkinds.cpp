// The feedback log's kinds: how an entry is named, a theme's name taken once, the registration.
#include "workspace/voices/feedbackkinds.h"

#include "core/valueformat.h"
#include "workspace/kindops.h"
#include "workspace/workspace.h"

namespace assure {

QString FeedbackKinds::label(const Feedback &f)
{
    return tr("%1, %2").arg(ValueFormat().date(f.date), feedbackVoiceLabel(f.voice));
}

QString KindTraits<FeedbackTheme>::clash(const Workspace &ws, const FeedbackTheme &t)
{
    if (nameTaken(ws.items<FeedbackTheme>(), t, &FeedbackTheme::name))
        return FeedbackKinds::tr("There is already a feedback theme called “%1”.").arg(t.name.trimmed());
    return {};
}

void FeedbackKinds::registerAll()
{
    registerKind<Feedback>();
    registerKind<FeedbackTheme>();
    registerKind<FeedbackThemeLink>();
    registerKind<FeedbackAction>();
}

} // namespace assure
