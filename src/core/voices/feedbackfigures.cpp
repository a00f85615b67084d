// The feedback log's figures for a span of dates.
#include "core/voices/feedbackfigures.h"

namespace assure {

void FeedbackFigures::add(const Feedback &entry, bool hasActions, const QDate &first, const QDate &last)
{
    if (!entry.date.isValid() || entry.date < first || entry.date > last)
        return;
    ++entries;
    ++byVoice[entry.voice];
    ++byMethod[entry.method];
    if (hasActions)
        ++withActions;
}

} // namespace assure
