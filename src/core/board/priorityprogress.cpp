// A business plan priority's progress, rolled up from its linked indicators and actions.
#include "core/board/priorityprogress.h"

#include <QCoreApplication>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::PriorityProgress)
};

} // namespace

QString priorityStatusKey(PriorityStatus status)
{
    switch (status) {
    case PriorityStatus::OnTrack: return QStringLiteral("on_track");
    case PriorityStatus::SomeConcern: return QStringLiteral("some_concern");
    case PriorityStatus::OffTrack: return QStringLiteral("off_track");
    case PriorityStatus::NoData: break;
    }
    return QStringLiteral("no_data");
}

QString priorityStatusLabel(PriorityStatus status)
{
    switch (status) {
    case PriorityStatus::OnTrack: return Tr::tr("On track");
    case PriorityStatus::SomeConcern: return Tr::tr("Some concern");
    case PriorityStatus::OffTrack: return Tr::tr("Off track");
    case PriorityStatus::NoData: break;
    }
    return Tr::tr("No data");
}

QList<PriorityStatus> allPriorityStatuses()
{
    return {PriorityStatus::OnTrack, PriorityStatus::SomeConcern, PriorityStatus::OffTrack, PriorityStatus::NoData};
}

Rag priorityStatusRag(PriorityStatus status)
{
    switch (status) {
    case PriorityStatus::OnTrack: return Rag::Green;
    case PriorityStatus::SomeConcern: return Rag::Amber;
    case PriorityStatus::OffTrack: return Rag::Red;
    case PriorityStatus::NoData: break;
    }
    return Rag::NoData;
}

void PriorityIndicatorCounts::add(Rag rag)
{
    ++total;
    if (rag == Rag::Green || rag == Rag::Blue)
        ++green;
    else if (rag == Rag::Amber)
        ++amber;
    else if (rag == Rag::Red)
        ++red;
}

void PriorityActionCounts::add(std::optional<Rag> progress)
{
    ++total;
    if (!progress)
        return;
    if (*progress == Rag::Green || *progress == Rag::Blue)
        ++onTrack;
    else if (*progress == Rag::Amber)
        ++amber;
    else if (*progress == Rag::Red)
        ++red;
}

PriorityStatus priorityStatus(const PriorityIndicatorCounts &indicators, const PriorityActionCounts &actions)
{
    if (indicators.rated() == 0 && actions.rated() == 0)
        return PriorityStatus::NoData;
    // A part with nothing rated is left out; the margin keeps 3 of 4 at exactly 75%.
    const auto below = [&](int good, int rated, double share) { return rated > 0 && good < share * rated - 1e-9; };
    if (below(indicators.green, indicators.rated(), kOffTrackShare) ||
        below(actions.onTrack, actions.rated(), kOffTrackShare))
        return PriorityStatus::OffTrack;
    if (below(indicators.green, indicators.rated(), kOnTrackShare) ||
        below(actions.onTrack, actions.rated(), kOnTrackShare))
        return PriorityStatus::SomeConcern;
    return PriorityStatus::OnTrack;
}

} // namespace assure
