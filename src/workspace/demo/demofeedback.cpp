// The demo board's feedback log.
#include "workspace/demo/demofeedback.h"

#include "storage/actions/actionmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/repository.h"
#include "storage/voices/feedbackmappings.h"

#include <QHash>

#include <initializer_list>

namespace assure {

namespace {

struct FeedbackSeed
{
    FeedbackVoice voice;
    FeedbackMethod method;
    const char *agency; // by name; null: none named
    std::initializer_list<const char *> themes;
    const char *summary;
    const char *whatChanged; // null: nothing yet
    const char *action;      // by title; null: none linked
};

using V = FeedbackVoice;
using M = FeedbackMethod;

// Anonymised, as a board's log would hold them: no names, no case details.
const FeedbackSeed kSeeds[] = {
    {V::ChildOrYoungPerson,
     M::FocusGroup,
     "Westmere County Council Children's Services",
     {"Consistency of worker", "Being listened to"},
     "Young people in care said they had had three or more social workers in a year and had to tell their story "
     "again each time.",
     "Children's services now introduce a new worker at a joint visit with the one leaving.",
     nullptr},
    {V::ParentOrCarer,
     M::Survey,
     "Westmere County Council Children's Services",
     {"Being kept informed"},
     "Parents said they did not know what would happen after a strategy discussion or who to ask.",
     "A leaflet on child protection enquiries is given at the first visit.",
     "Strategy discussions include health in every case"},
    {V::Practitioner,
     M::Workshop,
     nullptr,
     {"Information sharing", "Timeliness"},
     "Practitioners said they were unsure when they could share information without consent.",
     "A seven golden rules briefing was added to the threshold training.",
     "Multi-agency threshold training for front door staff"},
    {V::ChildOrYoungPerson,
     M::Advocate,
     "Westmere Youth Justice Service",
     {"Feeling safe", "Being listened to"},
     "A young person said nobody asked where they had been when they came home after going missing.",
     nullptr,
     "Return home interviews within 72 hours"},
    {V::PartnerAgency,
     M::Workshop,
     "Westmere and Fenholt Police",
     {"Information sharing"},
     "Police colleagues said notifications to schools arrive after the school day has started.",
     "Notifications go before 9am on school days.",
     "Police and children's services joint visits"},
    {V::ParentOrCarer,
     M::FocusGroup,
     "Westmere Community Health NHS Trust",
     {"Accessibility of services"},
     "Parents of babies said safer sleep advice was given once, in hospital, and not repeated at home.",
     nullptr,
     "Safer sleep messages at every contact"},
    {V::Practitioner,
     M::CaseAuditConversation,
     "Westmere Community Health NHS Trust",
     {"Workload and supervision"},
     "Health visitors said supervision is cancelled when caseloads rise, just when it is needed most.",
     nullptr,
     nullptr},
    {V::ChildOrYoungPerson,
     M::Survey,
     "Westmere County Council Education and Inclusion",
     {"Feeling safe"},
     "Pupils said they knew who to talk to in school if they were worried about home.",
     nullptr,
     nullptr},
    {V::ParentOrCarer,
     M::Complaint,
     "Fenholt Borough Council Housing",
     {"Timeliness", "Transitions between services"},
     "A family said they were moved between temporary addresses and lost touch with their early help worker.",
     "Housing now tells early help before a family with a plan is moved.",
     "Early help assessments quality-assured"},
    {V::Practitioner,
     M::Survey,
     nullptr,
     {"Early help"},
     "Practitioners said the early help assessment form is too long to complete with a family present.",
     nullptr,
     nullptr},
    {V::ChildOrYoungPerson,
     M::Workshop,
     "Westmere County Council Children's Services",
     {"Transitions between services"},
     "Care leavers said they did not know how to get their health history when they turned 18.",
     "Care leavers are given a health passport at their 17th birthday review.",
     "Care leavers' health passports"},
    {V::Other,
     M::Other,
     nullptr,
     {"Accessibility of services"},
     "Foster carers said the out-of-hours number was hard to find on the partnership's website.",
     nullptr,
     nullptr},
};

} // namespace

bool writeDemoFeedback(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    QHash<QString, qint64> agencies;
    for (const Agency &a : Repository<Agency>(db).loadAll())
        agencies.insert(a.name, a.id);
    if (agencies.isEmpty())
        return true;
    QHash<QString, qint64> themes;
    for (const FeedbackTheme &t : Repository<FeedbackTheme>(db).loadAll())
        themes.insert(t.name, t.id);
    QHash<QString, std::vector<qint64>> actionsOfTitle; // the large board has a copy of each per 25
    for (const Action &a : Repository<Action>(db).loadAll())
        actionsOfTitle[a.title].push_back(a.id);

    Repository<Feedback> entries(db);
    Repository<FeedbackThemeLink> themeLinks(db);
    Repository<FeedbackAction> actionLinks(db);
    const bool large = options.scale == DemoScale::Large;
    const int count = large ? 20000 : 24;
    // Spread evenly back from the demo's date: two years on the small board, three on the large.
    const int span = large ? 3 * 365 : 2 * 365;
    const int seeds = int(std::size(kSeeds));
    for (int n = 0; n < count; ++n) {
        const FeedbackSeed &seed = kSeeds[n % seeds];
        Feedback f;
        f.date = options.asOf.addDays(-qint64(n) * span / count - 1);
        f.voice = seed.voice;
        f.method = seed.method;
        f.agencyId = seed.agency ? agencies.value(QString::fromUtf8(seed.agency)) : 0;
        f.summary = QString::fromUtf8(seed.summary);
        // Only the newer round of each seed was acted on: the older is what the board heard first.
        const bool actedOn = seed.action && (large ? n % 3 == 0 : n < seeds);
        if (actedOn && seed.whatChanged)
            f.whatChanged = QString::fromUtf8(seed.whatChanged);
        if (!entries.insert(f, why))
            return false;
        for (const char *name : seed.themes) {
            FeedbackThemeLink link{0, f.id, themes.value(QString::fromUtf8(name))};
            if (link.themeId != 0 && !themeLinks.insert(link, why))
                return false;
        }
        if (actedOn) {
            const std::vector<qint64> &ids = actionsOfTitle[QString::fromUtf8(seed.action)];
            if (ids.empty())
                continue;
            FeedbackAction link{0, f.id, ids[size_t(n) % ids.size()]};
            if (!actionLinks.insert(link, why))
                return false;
        }
    }
    return true;
}

} // namespace assure
