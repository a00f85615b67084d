// The board's side of self-assessment return packs: a pack per invited agency from what the board holds, and a returned
// pack checked against the round it answers.
#pragma once

#include "interchange/returnpacks/assessmentpacks.h"

#include <QString>

namespace assure {

class RoundData;
class Workspace;

// Writes the pack of one invited agency (its RoundAgency id) of the round data gathers: its
// answers so far in the cells to fill in, last year's beside them.
bool exportAssessmentPack(const Workspace &ws, const RoundData &data, qint64 roundAgencyId, const QString &path,
                          QString *error);

// A file name for an agency's pack that every file system takes: "Fenholt Police self-assessment.xlsx".
QString assessmentPackFileName(const QString &agencyName);

// Reads a returned pack and checks it against the round and agency it names (see
// readAssessmentPack). agencyName, when given, refuses any other agency's pack.
AssessmentPackPlan planAssessmentPack(const Workspace &ws, const QString &path, const QString &agencyName = {});

} // namespace assure
