// Reproducible random samples of case references: the algorithm written out in casesampling.h.
#include "core/audits/casesampling.h"

#include "core/audits/splitmix64.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <vector>

namespace assure {

namespace {

QString refKey(const QString &ref)
{
    return ref.trimmed().toLower();
}

struct Stratum
{
    QString name;
    std::vector<const SampleCandidate *> members; // sorted by reference key
    qint64 quota = 0;
};

// Hamilton's largest-remainder shares of size between strata, in whole numbers.
void shareProportionally(std::vector<Stratum> &strata, qint64 size, qint64 total)
{
    std::vector<std::pair<qint64, std::size_t>> remainders; // (remainder, stratum index)
    qint64 given = 0;
    for (std::size_t i = 0; i < strata.size(); ++i) {
        const qint64 product = size * qint64(strata[i].members.size());
        strata[i].quota = product / total;
        given += strata[i].quota;
        remainders.emplace_back(product % total, i);
    }
    // Larger remainder first; on a tie the earlier stratum.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; given < size; ++k, ++given)
        ++strata[remainders[k].second].quota;
}

} // namespace

SampleResult CaseSampling::draw(const SampleRequest &request)
{
    SampleResult result;
    auto refuse = [&result](const QString &why) {
        result.error = why;
        return result;
    };
    const bool perStratum = request.stratification == Stratification::PerStratum;
    if (perStratum && request.perStratum <= 0)
        return refuse(tr("The number of cases from each stratum must be 1 or more, not %L1.").arg(request.perStratum));
    if (!perStratum && request.size <= 0)
        return refuse(tr("The sample size must be 1 or more, not %L1.").arg(request.size));

    // 1. Repeats refused, exclusions set aside, the rest in reference order.
    QSet<QString> excluded;
    for (const QString &e : request.excluded)
        excluded.insert(refKey(e));
    QHash<QString, const SampleCandidate *> seen;
    std::vector<std::pair<QString, const SampleCandidate *>> left;
    for (const SampleCandidate &c : request.candidates) {
        const QString key = refKey(c.ref);
        if (key.isEmpty())
            return refuse(c.row > 0 ? tr("Row %L1 has no case reference.").arg(c.row)
                                    : tr("A candidate has no case reference."));
        if (const auto it = seen.constFind(key); it != seen.cend())
            return refuse(c.row > 0 ? tr("Row %L1 repeats the case reference “%2” of row %L3; each case may be "
                                         "listed once.")
                                          .arg(c.row)
                                          .arg(c.ref.trimmed())
                                          .arg((*it)->row)
                                    : tr("The case reference “%1” is listed twice; each case may be listed once.")
                                          .arg(c.ref.trimmed()));
        seen.insert(key, &c);
        if (!excluded.contains(key))
            left.emplace_back(key, &c);
    }
    std::sort(left.begin(), left.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    // 2. Strata in name order.
    std::map<QString, Stratum> byName;
    for (const auto &[key, c] : left) {
        const QString name = request.stratification == Stratification::None ? QString() : c->stratum.trimmed();
        Stratum &s = byName[name];
        s.name = name;
        s.members.push_back(c);
    }
    std::vector<Stratum> strata;
    for (auto &[name, s] : byName)
        strata.push_back(std::move(s));

    // 3. Quotas.
    const qint64 total = qint64(left.size());
    if (perStratum) {
        for (Stratum &s : strata) {
            if (qint64(s.members.size()) < request.perStratum)
                return refuse(tr("The stratum “%1” has fewer cases left to draw from (%2) than the %3 asked for.")
                                  .arg(s.name, QLocale().toString(qint64(s.members.size())),
                                       QLocale().toString(request.perStratum)));
            s.quota = request.perStratum;
        }
        if (strata.empty())
            return refuse(tr("There are no cases left to draw from."));
    } else {
        if (request.size > total)
            return refuse(
                tr("A sample of %L1 is more than the cases left to draw from (%L2).").arg(request.size).arg(total));
        if (strata.size() == 1)
            strata.front().quota = request.size;
        else
            shareProportionally(strata, request.size, total);
    }

    // 4. One generator, stratum by stratum, partial Fisher-Yates.
    SplitMix64 random(request.seed);
    for (Stratum &s : strata) {
        auto &m = s.members;
        const quint64 n = m.size();
        for (quint64 i = 0; i < quint64(s.quota); ++i) {
            const quint64 j = i + random.below(n - i);
            std::swap(m[i], m[j]);
            result.refs.append(m[i]->ref.trimmed());
        }
    }
    return result;
}

std::optional<quint64> CaseSampling::seedFromText(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    const QString t = text.trimmed();
    bool ok = digits.match(t).hasMatch();
    const quint64 seed = ok ? t.toULongLong(&ok) : 0;
    return ok ? std::optional<quint64>(seed) : std::nullopt;
}

std::optional<int> CaseSampling::countFromText(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,9}$"));
    const QString t = text.trimmed();
    if (!digits.match(t).hasMatch())
        return std::nullopt;
    return t.toInt();
}

} // namespace assure
