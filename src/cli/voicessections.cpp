// The sections of assure-cli voices's JSON, in the order it lists them: each part of issue 19
// (complaints, escalations, feedback, scorecard) adds one line here and writes its section in its
// own file.
#include "cli/boardyearverb.h"
#include "cli/sections/complaintsection.h"
#include "cli/sections/escalationsection.h"
#include "cli/sections/feedbacksection.h"
#include "cli/sections/scorecardsection.h"

namespace assure {

const std::vector<BoardYearSection> &voicesSections()
{
    static const std::vector<BoardYearSection> sections = {
        {QStringLiteral("scorecard"), scorecardSection},
        {QStringLiteral("feedback"), feedbackSection},
        {QStringLiteral("escalations"), escalationsSection},
        {QStringLiteral("complaints"), complaintsSection},
    };
    return sections;
}

} // namespace assure
