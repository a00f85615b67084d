// Moderation: how alike two auditors grade the same cases (percentage agreement and Cohen's kappa).
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace assure {

struct Agreement
{
    int cases = 0;                 // cases graded by both
    std::optional<double> percent; // share graded alike, 0 to 1; none without cases
    std::optional<double> kappa;   // Cohen's kappa; none without cases or when chance agreement is certain
};

// pairs: the first and second auditor's grade (a key) of each moderated case. Pairs with a grade
// missing (empty) are left out. Kappa = (po - pe) / (1 - pe), where po is the share graded
// alike and pe the share expected by chance, the sum over grades of the product of the two
// auditors' shares of that grade: 1 for perfect agreement, 0 for what chance would give,
// negative for less. When pe is 1 (both gave every case the same one grade) kappa is undefined.
Agreement agreement(const QList<std::pair<QString, QString>> &pairs);

} // namespace assure
