// The demo board's escalation log: made-up cases between the demo's agencies.
#include "workspace/demo/demoescalations.h"

#include "storage/board/boardmappings.h"
#include "storage/repository.h"
#include "storage/voices/escalationmappings.h"

#include <QRandomGenerator>

#include <iterator>

namespace assure {

namespace {

// What was learnt, as a board's log words it: anonymised, about the system and not the family.
const char *const kLearning[] = {
    "Thresholds were read differently by the two front doors; a joint threshold session is now held each term.",
    "The referral had no outcome letter; agencies now confirm the outcome of every referral within three days.",
    "Core group dates clashed with school hours; meetings now start after the school day where the school asks.",
    "Health were not told of the strategy discussion; the invitation list now includes the named nurse.",
    "The case drifted between teams during a restructure; a named manager now holds every transferred case.",
    "Consent was thought to be needed to share; the information-sharing guidance has been re-issued with examples.",
};

const char *const kResolutions[] = {
    "Agreed at the first conversation after the threshold document was read together.",
    "Managers met and agreed a plan with dates.",
    "Referred to the strategy discussion; both agencies attended.",
    "Information shared the same day once the legal basis was explained.",
};

} // namespace

bool writeDemoEscalations(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    const std::vector<Agency> agencies = Repository<Agency>(db).loadAll();
    const std::vector<EscalationReason> reasons = Repository<EscalationReason>(db).loadAll();
    if (agencies.size() < 2 || reasons.empty())
        return true;
    const std::vector<Action> actions = Repository<Action>(db).loadAll();
    QRandomGenerator rng(options.seed ^ 0xE5CA1A7Eu);
    const bool large = options.scale == DemoScale::Large;
    const int count = large ? 20000 : 60;
    // Two years up to the day before the demo's date, so that the current and the last year both
    // have a log.
    const QDate last = options.asOf.addDays(-1);
    const int span = int(options.asOf.addYears(-2).daysTo(last));
    // Most agencies raise with the few that hold the front door: the local authority's children's
    // services, the police and health come first in the demo's list.
    const int busy = std::min<int>(int(agencies.size()), 8);
    Repository<Escalation> escalations(db);
    Repository<EscalationAction> links(db);
    for (int n = 0; n < count; ++n) {
        Escalation e;
        e.raised = last.addDays(-rng.bounded(span + 1));
        e.ref = QStringLiteral("ESC-%1-%2").arg(e.raised.year()).arg(n + 1, large ? 5 : 3, 10, QLatin1Char('0'));
        const int by = rng.bounded(int(agencies.size()));
        int with = rng.bounded(busy - 1);
        if (with >= by)
            ++with; // never the agency that raised it
        e.raisedByAgencyId = agencies[size_t(by)].id;
        e.raisedWithAgencyId = agencies[size_t(with)].id;
        // The first reasons (thresholds, referrals, progress) are the common ones.
        const int r = rng.bounded(100);
        e.reasonId = reasons[size_t(r < 30   ? 0
                                    : r < 50 ? 1
                                    : r < 70 ? 2
                                    : r < 85 ? 3
                                             : rng.bounded(int(reasons.size())))]
                         .id;
        const int l = rng.bounded(100);
        e.level = l < 55 ? 1 : l < 82 ? 2 : l < 95 ? 3 : 4;
        // Higher levels take longer; a few raised lately are still open.
        const int days = rng.bounded(1, 6) + e.level * e.level * rng.bounded(1, 5);
        const QDate resolved = e.raised.addDays(days);
        if (resolved <= last && rng.bounded(100) < 95) {
            e.resolved = resolved;
            e.resolution = QString::fromUtf8(kResolutions[rng.bounded(int(std::size(kResolutions)))]);
            if (e.level >= 2 || rng.bounded(4) == 0)
                e.learning = QString::fromUtf8(kLearning[rng.bounded(int(std::size(kLearning)))]);
        }
        if (!escalations.insert(e, why))
            return false;
        // On the small board a few of the learned lessons led to an action.
        if (!large && !e.learning.isEmpty() && !actions.empty() && n % 5 == 0) {
            EscalationAction link{0, e.id, actions[size_t(n) % actions.size()].id};
            if (!links.insert(link, why))
                return false;
        }
    }
    return true;
}

} // namespace assure
