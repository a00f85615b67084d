// The feedback key of assure-cli voices's JSON.
#include "cli/sections/feedbacksection.h"

#include "core/period.h"
#include "core/voices/feedbackfigures.h"
#include "workspace/voices/feedbackkinds.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace assure {

QJsonValue feedbackSection(const Workspace &ws, int startYear, const QDate &)
{
    // The whole year, whatever the as-of day: an entry is dated when it was heard.
    const Period year = Period::year(startYear, ws.board().fyStartMonth);
    QSet<qint64> actedOn;
    for (const FeedbackAction &l : ws.items<FeedbackAction>())
        actedOn.insert(l.feedbackId);
    const FeedbackFigures figures = feedbackFigures(ws.items<Feedback>(), actedOn, year.start(), year.end());
    QJsonObject byVoice;
    for (FeedbackVoice v : allFeedbackVoices())
        byVoice.insert(feedbackVoiceKey(v), figures.byVoice.value(v));
    return QJsonObject{{QStringLiteral("entries"), figures.entries},
                       {QStringLiteral("by_voice"), byVoice},
                       {QStringLiteral("with_actions"), figures.withActions}};
}

} // namespace assure
