// Moderation: percentage agreement and Cohen's kappa between two auditors' grades.
#include "core/audits/agreement.h"

#include <QHash>

namespace assure {

Agreement agreement(const QList<std::pair<QString, QString>> &pairs)
{
    Agreement out;
    QHash<QString, int> first, second;
    int alike = 0;
    for (const auto &[a, b] : pairs) {
        if (a.isEmpty() || b.isEmpty())
            continue;
        ++out.cases;
        ++first[a];
        ++second[b];
        if (a == b)
            ++alike;
    }
    if (out.cases == 0)
        return out;
    const double n = out.cases;
    const double po = alike / n;
    double pe = 0;
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        pe += (it.value() / n) * (second.value(it.key()) / n);
    out.percent = po;
    // Chance agreement of 1 leaves kappa 0/0; a tolerance, since pe is a sum of products.
    if (1.0 - pe > 1e-12)
        out.kappa = (po - pe) / (1.0 - pe);
    return out;
}

} // namespace assure
