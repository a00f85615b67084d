// The figures of the escalation log over a span of days.
#include "core/voices/escalationtally.h"

namespace assure {

void EscalationTally::add(const Escalation &e)
{
    if (m_to < m_from)
        return; // a span not begun by the day it is counted to holds nothing
    if (within(e.raised)) {
        ++m_raised;
        ++m_byReason[e.reasonId];
        ++m_byLevel[e.level];
    }
    if (within(e.resolved))
        if (const std::optional<int> days = daysToResolve(e))
            m_days.append(*days);
    if (e.raised.isValid() && e.raised <= m_to && !(e.resolved.isValid() && e.resolved <= m_to))
        ++m_open;
}

} // namespace assure
