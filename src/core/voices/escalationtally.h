// The figures of the escalation log over a span of days (a year, a quarter): raised, resolved,
// the median days to resolve, and the raised ones by reason and level. The CLI's voices section,
// the page's trends and the board pack all count through it, so that they agree.
#pragma once

#include "core/voices/escalation.h"

#include <QDate>
#include <QMap>

#include <optional>

namespace assure {

class EscalationTally final
{
public:
    // From and to are both in the span.
    EscalationTally(const QDate &from, const QDate &to) : m_from(from), m_to(to) {}

    // Raised in the span: counted, by reason and by level. Resolved in the span: counted, with
    // its days to resolve. Raised by the span's end and not resolved by then: open.
    void add(const Escalation &e);

    int raised() const { return m_raised; }
    int resolved() const { return int(m_days.size()); }
    int open() const { return m_open; }
    std::optional<double> medianDaysToResolve() const { return medianDays(m_days); }
    const QMap<qint64, int> &byReason() const { return m_byReason; } // reason id to count
    const QMap<int, int> &byLevel() const { return m_byLevel; }      // level to count

private:
    bool within(const QDate &d) const { return d.isValid() && d >= m_from && d <= m_to; }

    QDate m_from;
    QDate m_to;
    int m_raised = 0;
    int m_open = 0;
    QList<int> m_days;
    QMap<qint64, int> m_byReason;
    QMap<int, int> m_byLevel;
};

} // namespace assure
