// The main window's pages, in navigation order: a feature adds its page here and nowhere else.
#include "gui/pageregistry.h"

#include "gui/actions/actionspage.h"
#include "gui/assessment/assessmentpage.h"
#include "gui/audits/auditspage.h"
#include "gui/audits/programmepage.h"
#include "gui/board/boardpage.h"
#include "gui/budget/budgetpage.h"
#include "gui/dashboard/dashboardpage.h"
#include "gui/history/historypage.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/meetings/meetingspage.h"
#include "gui/risks/riskspage.h"
#include "gui/scorecard/scorecardpage.h"
#include "gui/survey/surveypage.h"
#include "gui/voices/complaintspage.h"
#include "gui/voices/escalationspage.h"
#include "gui/voices/feedbackpage.h"

namespace assure {

namespace {

template <class P> PageFactory pageOf()
{
    return [](Workspace *workspace) -> Page * { return new P(workspace); };
}

} // namespace

const std::vector<PageFactory> &registeredPages()
{
    static const std::vector<PageFactory> pages = {
        pageOf<DashboardPage>(), pageOf<IndicatorsPage>(), pageOf<ActionsPage>(),     pageOf<AuditsPage>(),
        pageOf<ProgrammePage>(), pageOf<AssessmentPage>(), pageOf<BoardPage>(),       pageOf<MeetingsPage>(),
        pageOf<RisksPage>(),     pageOf<BudgetPage>(),     pageOf<SurveyPage>(),      pageOf<ScorecardPage>(),
        pageOf<FeedbackPage>(),  pageOf<ComplaintsPage>(), pageOf<EscalationsPage>(), pageOf<HistoryPage>(),
    };
    return pages;
}

} // namespace assure
