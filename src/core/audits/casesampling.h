// Reproducible random samples of case references for case audits: size, seed, strata and exclusions.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// One case that may be drawn.
struct SampleCandidate
{
    QString ref;     // the case reference, unique in the list whatever its case
    QString stratum; // its value in the column stratified by (a team, an agency); may be empty
    int row = 0;     // where it came from (a spreadsheet row), for messages; 0 when not known
};

enum class Stratification {
    None,         // one draw over every candidate left
    PerStratum,   // the same number from each stratum (one case per team)
    Proportional, // the size shared between strata in proportion to their candidates
};

struct SampleRequest
{
    QList<SampleCandidate> candidates;
    QStringList excluded; // references never drawn (audited lately, or named); compared like refs
    Stratification stratification = Stratification::None;
    int size = 0;       // the whole sample (None, Proportional)
    int perStratum = 0; // from each stratum (PerStratum)
    quint64 seed = 0;
};

struct SampleResult
{
    QStringList refs; // in the order drawn
    QString error;    // why nothing was drawn; empty when refs holds the sample
    bool ok() const { return error.isEmpty(); }
};

// The algorithm, which is part of the promise that the same candidates, options and seed give the
// same sample on any machine and in any later version (change it only under a new name):
//  1. References are compared trimmed and without case; a repeated one is refused. Candidates
//     whose reference is excluded are set aside. What is left is sorted by reference (trimmed,
//     by UTF-16 code unit, case first folded to lower case), so the order of the list does not
//     matter, only its contents.
//  2. Strata are the distinct stratum values (trimmed; compared exactly), in the same order. With
//     no stratification there is one stratum holding everything.
//  3. Each stratum's quota: None, the size; PerStratum, K from every stratum; Proportional,
//     floor(size x stratum / all) each, then the cases still to give go one each to the strata
//     with the largest remainders of that division (ties to the earlier stratum): Hamilton's
//     largest-remainder method, in whole numbers only.
//  4. One SplitMix64 generator (splitmix64.h) seeded with the seed draws every stratum in turn, in
//     stratum order, by a partial Fisher-Yates shuffle: for i = 0 .. quota - 1, j = i + below(n - i)
//     over the stratum's n sorted candidates, swap i and j, and candidate i is the next one drawn.
//  The sample is the references in the order drawn: stratum by stratum, each in its draw order.
class CaseSampling final
{
    Q_DECLARE_TR_FUNCTIONS(assure::CaseSampling)

public:
    static SampleResult draw(const SampleRequest &request);

    // A seed as typed: digits only (surrounding spaces allowed), 0 to 18446744073709551615.
    static std::optional<quint64> seedFromText(const QString &text);
    // A count as typed: digits with an optional minus, up to nine digits (the draw says what is
    // wrong with 0 or a negative number, naming the field).
    static std::optional<int> countFromText(const QString &text);
};

} // namespace assure
