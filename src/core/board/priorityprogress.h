// A business plan priority's progress, rolled up from its linked indicators and actions (issue 18,
// part 1), with the parts it is made of, so that the board sees which priorities are on track and why.
#pragma once

#include "core/indicators/rag.h"

#include <QList>
#include <QString>

#include <optional>

namespace assure {

enum class PriorityStatus { OnTrack, SomeConcern, OffTrack, NoData };

// Keys: "on_track", "some_concern", "off_track", "no_data".
QString priorityStatusKey(PriorityStatus status);
QString priorityStatusLabel(PriorityStatus status);
QList<PriorityStatus> allPriorityStatuses();
// The RAG whose colour a status is drawn in (the one status palette): GREEN, AMBER, RED, grey.
Rag priorityStatusRag(PriorityStatus status);

// The linked indicators by their RAG for the period judged. BLUE (beyond target) counts as green;
// N/A and no data are unrated and left out of the share.
struct PriorityIndicatorCounts
{
    int total = 0;
    int green = 0;
    int amber = 0;
    int red = 0;

    void add(Rag rag);
    int rated() const { return green + amber + red; }
    int unrated() const { return total - rated(); }
    bool operator==(const PriorityIndicatorCounts &o) const
    {
        return total == o.total && green == o.green && amber == o.amber && red == o.red;
    }
};

// The linked actions by their progress RAG on the day judged (core/actions' rules): on track is
// GREEN or BLUE (impact evidenced); cancelled actions have no RAG and are left out of the share.
struct PriorityActionCounts
{
    int total = 0;
    int onTrack = 0;
    int amber = 0;
    int red = 0;

    void add(std::optional<Rag> progress);
    int rated() const { return onTrack + amber + red; }
    int unrated() const { return total - rated(); }
    bool operator==(const PriorityActionCounts &o) const
    {
        return total == o.total && onTrack == o.onTrack && amber == o.amber && red == o.red;
    }
};

// The shares a status is judged by: a part is fine at kOnTrackShare or more of its rated items
// good, and off track below kOffTrackShare.
constexpr double kOnTrackShare = 0.75;
constexpr double kOffTrackShare = 0.5;

// The rule: each part with rated items gives a share (indicators: green of those rated; actions:
// on track of those not cancelled). No data when neither part has a rated item; off track when a
// part's share is below 50%; on track when every part's share is 75% or more; some concern otherwise.
PriorityStatus priorityStatus(const PriorityIndicatorCounts &indicators, const PriorityActionCounts &actions);

} // namespace assure
