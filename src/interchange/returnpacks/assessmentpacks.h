// Self-assessment return packs: the workbook an agency fills in with its ratings and evidence for a round, and reading
// it back.
#pragma once

#include "core/assessment/round.h"
#include "interchange/returnpacks/packidentity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace assure {

// What the board holds of one agency's return in a round: the round, its framework's standards
// and criteria (in number order) and the agency's answers as stored.
struct AssessmentPackRound final
{
    AssessmentRound round;
    AssessmentFramework framework;
    std::vector<AssessmentStandard> standards;
    std::vector<AssessmentCriterion> criteria;
    qint64 roundAgencyId = 0;
    QString agencyName;
    std::vector<CriterionReturn> answers;
};

// What an agency's pack shows: a sheet per standard with its criteria locked, the agency's
// answer so far in the fillable cells, and last year's rating and evidence beside each criterion.
struct AssessmentPackExport final
{
    PackIdentity identity; // board, agency and export; kind, round and framework version are set on writing
    AssessmentPackRound content;
    QHash<qint64, CriterionReturn> lastYear; // by this year's criterion id
};

// "Standard 3": a standard's sheet, as written and as read back whatever the language.
QString assessmentSheetName(int standardNumber);
QStringList assessmentPackHeader();
// How a framework version is written on the identity sheet: "3".
QString assessmentFrameworkVersion(const AssessmentFramework &framework);

bool writeAssessmentPack(const AssessmentPackExport &pack, const QString &path, QString *error);

// A rating as an agency may type it: the drop-down's words or the keys in any case, with spaces
// anywhere ("green", " Not  rated "); a blank cell is not rated. Empty for anything else.
std::optional<AssessmentRating> ratingFromCell(const QString &cell);

// One criterion whose answer the pack changes.
struct AssessmentPackChange final
{
    QString cell;           // "Standard 3!D7": the rating cell of its row
    QString code;           // "3.2"
    CriterionReturn before; // as stored (a blank answer, id 0, when none is)
    CriterionReturn after;  // the challenge note and moderated rating are kept as stored
};

// Nothing in a plan has been written; the caller writes its changes in one transaction, and only
// when there are no problems: a pack is taken whole or not at all.
struct AssessmentPackPlan final
{
    QString refusal; // the whole pack is refused: whose it is, a missing sheet...
    PackIdentity identity;
    AssessmentRound round;
    qint64 roundAgencyId = 0;
    QList<AssessmentPackChange> changes;
    QStringList problems; // "Standard 3!D7: “Greenish” is not a rating...", in sheet order
    int unchanged = 0;    // criteria whose answer the pack leaves as stored

    bool isUsable() const { return refusal.isEmpty(); }
    bool canWrite() const { return refusal.isEmpty() && problems.isEmpty(); }
};

// Finds what the board holds for the round and agency a pack names; empty with the reason when
// the board has no such round, or the agency is not invited to it.
using AssessmentRoundLookup = std::function<std::optional<AssessmentPackRound>(const PackIdentity &, QString *)>;

// Reads a returned pack: its identity must be this board's (boardId), of agencyName when given,
// and of the round's framework version; every standard's sheet must be there with its columns as
// written. Each row's cells become the criterion's answer (a cleared cell clears it).
AssessmentPackPlan readAssessmentPack(const QString &path, const QString &boardId, const QString &agencyName,
                                      const AssessmentRoundLookup &lookup);

} // namespace assure
