// Reproducible random samples of case references: the algorithm written out in casesampling.h.
#include "core/audits/casesampling.h"

#include "core/audits/splitmix64.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace assure {

namespace {

// A reference as compared (step 1: trimmed, case folded), as its UTF-16 code units written high
// byte first: byte order is then code unit order (as QString compares), so memcmp compares them.
struct RefKey
{
    const char *bytes = nullptr;
    quint32 size = 0;
    qint32 index = 0; // in the list it came from

    bool empty() const { return size == 0; }
    int compare(const RefKey &o) const
    {
        const int c = std::memcmp(bytes, o.bytes, std::min(size, o.size));
        return c != 0 ? c : size == o.size ? 0 : size < o.size ? -1 : 1;
    }
    // By reference, then by place in the list: a repeat sorts after the first listing.
    bool operator<(const RefKey &o) const
    {
        const int c = compare(o);
        return c != 0 ? c < 0 : index < o.index;
    }
};

// The keys of a list of references, in one buffer: a string of its own for each of 100,000
// candidates cost more than the whole draw.
class RefKeys final
{
public:
    explicit RefKeys(qsizetype count) { m_ends.reserve(size_t(count)); }

    void append(QStringView ref)
    {
        ref = ref.trimmed();
        QString folded;
        for (QChar ch : ref)
            if (ch.unicode() >= 0x80) { // beyond ASCII, QString's own folding
                folded = ref.toString().toLower();
                ref = folded;
                break;
            }
        for (QChar ch : ref) {
            char16_t u = ch.unicode();
            if (u >= u'A' && u <= u'Z')
                u = char16_t(u + (u'a' - u'A'));
            m_bytes.push_back(char(u >> 8));
            m_bytes.push_back(char(u & 0xff));
        }
        m_ends.push_back(m_bytes.size());
    }
    // Every key appended, in order; valid while this lives and nothing more is appended.
    std::vector<RefKey> keys() const
    {
        std::vector<RefKey> out(m_ends.size());
        size_t begin = 0;
        for (size_t i = 0; i < m_ends.size(); ++i) {
            out[i] = {m_bytes.data() + begin, quint32(m_ends[i] - begin), qint32(i)};
            begin = m_ends[i];
        }
        return out;
    }

private:
    std::string m_bytes;
    std::vector<size_t> m_ends; // where each key ends in m_bytes
};

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

    // 1. Repeats refused, exclusions set aside, the rest in reference order. The keys are sorted
    // once, the list's order breaking ties.
    const QList<SampleCandidate> &candidates = request.candidates;
    RefKeys keyBuffer(candidates.size());
    for (const SampleCandidate &c : candidates)
        keyBuffer.append(c.ref);
    std::vector<RefKey> keys = keyBuffer.keys();
    std::sort(keys.begin(), keys.end());
    // The first problem in the list's order is the one reported: a blank reference, or a repeat
    // (named with the first listing of its reference).
    qsizetype blank = candidates.size();
    qsizetype repeat = candidates.size(), repeated = 0;
    for (size_t k = 0; k < keys.size(); ++k) {
        const RefKey &key = keys[k];
        if (key.empty())
            blank = std::min<qsizetype>(blank, key.index);
        else if (k > 0 && keys[k - 1].compare(key) == 0 && (k < 2 || keys[k - 2].compare(key) != 0) &&
                 key.index < repeat) {
            repeat = key.index;
            repeated = keys[k - 1].index;
        }
    }
    if (blank < repeat) {
        const SampleCandidate &c = candidates.at(blank);
        return refuse(c.row > 0 ? tr("Row %L1 has no case reference.").arg(c.row)
                                : tr("A candidate has no case reference."));
    }
    if (repeat < candidates.size()) {
        const SampleCandidate &c = candidates.at(repeat);
        return refuse(
            c.row > 0
                ? tr("Row %L1 repeats the case reference “%2” of row %L3; each case may be "
                     "listed once.")
                      .arg(c.row)
                      .arg(c.ref.trimmed())
                      .arg(candidates.at(repeated).row)
                : tr("The case reference “%1” is listed twice; each case may be listed once.").arg(c.ref.trimmed()));
    }
    RefKeys excludedBuffer(request.excluded.size());
    for (const QString &e : request.excluded)
        excludedBuffer.append(e);
    std::vector<RefKey> excluded = excludedBuffer.keys();
    std::sort(excluded.begin(), excluded.end());
    std::vector<const SampleCandidate *> left; // in reference order: both lists are
    left.reserve(keys.size());
    auto ex = excluded.cbegin();
    for (const RefKey &key : keys) {
        while (ex != excluded.cend() && ex->compare(key) < 0)
            ++ex;
        if (ex == excluded.cend() || ex->compare(key) != 0)
            left.push_back(&candidates.at(key.index));
    }

    // 2. Strata in name order; each stratum's text as written is trimmed and looked up once.
    std::map<QString, Stratum> byName;
    QHash<QString, Stratum *> byText;
    Stratum *all = nullptr;
    for (const SampleCandidate *c : left) {
        Stratum *&s = request.stratification == Stratification::None ? all : byText[c->stratum];
        if (!s) {
            const QString name = request.stratification == Stratification::None ? QString() : c->stratum.trimmed();
            s = &byName[name];
            s->name = name;
        }
        s->members.push_back(c);
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
