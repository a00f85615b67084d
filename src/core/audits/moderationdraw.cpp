// The moderation draw: a reproducible share of an audit's cases for a second auditor.
#include "core/audits/moderationdraw.h"

#include "core/audits/splitmix64.h"

#include <algorithm>
#include <cmath>

namespace assure {

int moderationCount(int n, double share)
{
    if (n <= 0 || !(share > 0))
        return 0;
    // A hair below the next whole number still rounds up; 20% of 10 is 2, not 3 by rounding error.
    const int wanted = int(std::ceil(share * n - 1e-9));
    return std::clamp(wanted, 1, n);
}

QStringList drawForModeration(const QStringList &refs, double share, quint64 seed)
{
    QStringList sorted;
    for (const QString &r : refs)
        sorted << r.trimmed();
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        const QString la = a.toCaseFolded(), lb = b.toCaseFolded();
        return la != lb ? la < lb : a < b;
    });
    const int n = int(sorted.size());
    const int k = moderationCount(n, share);
    SplitMix64 rng(seed ^ 0x4D4F444552415445ULL);
    for (int i = 0; i < k; ++i) {
        const int j = i + int(rng.below(quint64(n - i)));
        sorted.swapItemsAt(i, j);
    }
    return sorted.mid(0, k);
}

} // namespace assure
