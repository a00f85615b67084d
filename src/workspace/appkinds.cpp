// The features whose kinds every workspace holds: one line per feature, each registering its own kinds.
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/budget/budgetkinds.h"
#include "workspace/indicators/indicatorkinds.h"
#include "workspace/kindregistry.h"
#include "workspace/meetings/meetingkinds.h"
#include "workspace/narrative/narrativekinds.h"
#include "workspace/privacy/privacykinds.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/scorecard/scorecardkinds.h"
#include "workspace/survey/surveykinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/feedbackkinds.h"

namespace assure {

void registerAppKinds()
{
    static const bool registered = [] {
        BoardKinds::registerAll();
        ScorecardKinds::registerAll();
        IndicatorKinds::registerAll();
        ActionKinds::registerAll();
        ActionPlanKinds::registerAll();
        AssessmentKinds::registerAll();
        AuditKinds::registerAll();
        BudgetKinds::registerAll();
        NarrativeKinds::registerAll();
        PrivacyKinds::registerAll();
        SurveyKinds::registerAll();
        RiskKinds::registerAll();
        MeetingKinds::registerAll();
        FeedbackKinds::registerAll();
        EscalationKinds::registerAll();
        ComplaintKinds::registerAll();
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace assure
