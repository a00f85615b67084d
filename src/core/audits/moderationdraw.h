// Which of an audit's cases a second auditor grades: a share of them, drawn so that anyone with the
// same cases, share and seed draws the same ones.
#pragma once

#include <QStringList>

namespace assure {

// The number of cases a share (0 to 1) of n asks for: rounded up, so that any share above 0 of
// any case asks for at least one; never more than n.
int moderationCount(int n, double share);

// The references chosen, in the order drawn. The same rules as case sampling (casesampling.h), so
// the order in which the cases are listed does not matter: references compared trimmed and
// without case and sorted by UTF-16 code unit; then a SplitMix64 generator seeded with the
// audit's seed XOR 0x4D4F444552415445 ("MODERATE" in ASCII, so that the draw is not the sample's
// own sequence again) takes moderationCount() of them by a partial Fisher-Yates shuffle,
// j = i + below(n - i).
QStringList drawForModeration(const QStringList &refs, double share, quint64 seed);

} // namespace assure
