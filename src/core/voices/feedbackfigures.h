// The feedback log's figures for a span of dates: entries, by voice and by method, and how many
// the board acted on (the voices verb, the board pack and the page's header read the same).
#pragma once

#include "core/voices/feedback.h"

#include <QDate>
#include <QMap>
#include <QSet>

namespace assure {

struct FeedbackFigures
{
    int entries = 0;
    int withActions = 0; // entries with at least one linked action
    QMap<FeedbackVoice, int> byVoice;
    QMap<FeedbackMethod, int> byMethod;

    // Counts an entry when it was heard between first and last (both included).
    void add(const Feedback &entry, bool hasActions, const QDate &first, const QDate &last);
};

// The entries heard between first and last; actedOn holds the ids of entries with actions.
template <class Entries>
FeedbackFigures feedbackFigures(const Entries &entries, const QSet<qint64> &actedOn, const QDate &first,
                                const QDate &last)
{
    FeedbackFigures out;
    for (const Feedback &f : entries)
        out.add(f, actedOn.contains(f.id), first, last);
    return out;
}

} // namespace assure
