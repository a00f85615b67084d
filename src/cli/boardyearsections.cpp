// The sections of assure-cli board's JSON, in the order it lists them: each feature of the board's
// own business (issue 18) adds one line here and writes its section in its own file.
#include "cli/boardyearverb.h"
#include "cli/sections/attendancesection.h"
#include "cli/sections/budgetsection.h"
#include "cli/sections/risksections.h"
#include "cli/sections/surveysection.h"

namespace assure {

const std::vector<BoardYearSection> &boardYearSections()
{
    static const std::vector<BoardYearSection> sections = {
        {QStringLiteral("priorities"), prioritiesSection}, {QStringLiteral("risks"), risksSection},
        {QStringLiteral("budget"), budgetSection},         {QStringLiteral("survey"), surveySection},
        {QStringLiteral("attendance"), attendanceSection},
    };
    return sections;
}

} // namespace assure
