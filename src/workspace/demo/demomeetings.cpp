// The demo board's membership, meetings and attendance: on the small board every agency sits on
// the board (one with two members, one whose member changed mid-year, two that often miss), the
// board meets every two months and each sub-group quarterly; the large board has 200 agencies on
// the board meeting monthly and 60 sub-groups meeting eight times a year, some 500 meetings a
// year, for the benchmark of issue 18.
#include "workspace/demo/demomeetings.h"

#include "core/period.h"
#include "storage/board/boardmappings.h"
#include "storage/meetings/meetingmappings.h"
#include "storage/repository.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

namespace assure {

namespace {

// The day of the month's n-th (0-based) weekday (1 Monday ... 7 Sunday).
QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * n);
}

// How often an agency's members come: most nearly always, a few far less.
double reliability(size_t agencyIndex)
{
    if (agencyIndex % 20 == 7)
        return 0.45;
    if (agencyIndex % 20 == 12)
        return 0.6;
    return 0.93;
}

AttendanceStatus draw(QRandomGenerator &rng, double reliable)
{
    const double r = rng.generateDouble();
    if (r < reliable)
        return rng.bounded(10) == 0 ? AttendanceStatus::Deputy : AttendanceStatus::Present;
    return rng.bounded(10) < 7 ? AttendanceStatus::Apologies : AttendanceStatus::Absent;
}

} // namespace

bool writeDemoMeetings(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    const bool large = options.scale == DemoScale::Large;
    const std::vector<Agency> agencies = Repository<Agency>(db).loadAll();
    const std::vector<Person> people = Repository<Person>(db).loadAll();
    const std::vector<SubGroup> subGroups = Repository<SubGroup>(db).loadAll();
    if (agencies.empty() || people.empty())
        return true;
    QHash<qint64, std::vector<const Person *>> peopleOf;
    for (const Person &p : people)
        peopleOf[p.agencyId].push_back(&p);
    const auto personOf = [&](const Agency &a, size_t n) -> const Person * {
        const auto &list = peopleOf.value(a.id);
        return list.empty() ? nullptr : list[n % list.size()];
    };

    QRandomGenerator rng(options.seed ^ 0x6d656574u); // "meet"
    const int fyStart = 4;
    const int thisYear = Period::year(options.asOf.year(), fyStart).contains(options.asOf) ? options.asOf.year()
                                                                                           : options.asOf.year() - 1;
    const QDate recordsFrom = Period::year(thisYear - 1, fyStart).start();

    // The seats, with the index of the agency each sits for (its reliability).
    Repository<Membership> memberships(db);
    std::vector<std::pair<Membership, size_t>> seats;
    const size_t boardAgencies = std::min<size_t>(agencies.size(), large ? 200 : 20);
    const auto seat = [&](const Agency &a, size_t agencyIndex, size_t personIndex, qint64 body, const QString &role,
                          MemberVoice voice, const QDate &from, const QDate &to) {
        const Person *p = personOf(a, personIndex);
        if (!p)
            return true;
        Membership m;
        m.personId = p->id;
        m.agencyId = a.id;
        m.subGroupId = body;
        m.role = role;
        m.voice = voice;
        m.from = from;
        m.to = to;
        if (!memberships.insert(m, why))
            return false;
        seats.emplace_back(m, agencyIndex);
        return true;
    };
    const QString member = QStringLiteral("Member");
    const QDate changeover(thisYear, 7, 1);
    for (size_t i = 0; i < boardAgencies; ++i) {
        const Agency &a = agencies[i];
        const QString role = i == 0 ? QStringLiteral("Independent Chair") : member;
        const MemberVoice voice = a.sector == Sector::Voluntary ? MemberVoice::Advisory : MemberVoice::Voting;
        if (i % 20 == 5) {
            // The agency's member changed at the start of July: both count for it.
            if (!seat(a, i, 0, 0, member, voice, recordsFrom, changeover.addDays(-1)) ||
                !seat(a, i, 2, 0, member, voice, changeover, {}))
                return false;
        } else if (!seat(a, i, 0, 0, role, voice, recordsFrom, {})) {
            return false;
        }
        if (i % 20 == 3 &&
            !seat(a, i, 1, 0, QStringLiteral("Designated Doctor"), MemberVoice::Advisory, recordsFrom, {}))
            return false; // an agency with two members on the board
    }
    const size_t perSubGroup = large ? 8 : 6;
    for (size_t k = 0; k < subGroups.size(); ++k) {
        for (size_t j = 0; j < perSubGroup; ++j) {
            const size_t i = (k * 7 + j * 3) % boardAgencies;
            const QString role = j == 0 ? QStringLiteral("Chair") : member;
            if (!seat(agencies[i], i, 1, subGroups[k].id, role, MemberVoice::Voting, recordsFrom, {}))
                return false;
        }
    }

    // The meetings of last year and this one up to the demo's date, and who came.
    Repository<Meeting> meetings(db);
    Repository<Attendance> attendance(db);
    const auto meet = [&](const QDate &date, qint64 body, const QString &title) {
        if (date > options.asOf)
            return true;
        Meeting m;
        m.date = date;
        m.subGroupId = body;
        m.title = title;
        if (!meetings.insert(m, why))
            return false;
        for (const auto &[s, agencyIndex] : seats) {
            if (s.subGroupId != body || !s.coversDay(date))
                continue;
            Attendance a;
            a.meetingId = m.id;
            a.membershipId = s.id;
            a.status = draw(rng, reliability(agencyIndex));
            if (!attendance.insert(a, why))
                return false;
        }
        return true;
    };
    for (int fy = thisYear - 1; fy <= thisYear; ++fy) {
        for (int n = 0; n < 12; ++n) {
            const int month = (fyStart - 1 + n) % 12 + 1;
            const int year = month < fyStart ? fy + 1 : fy;
            // Most meetings need no title beyond their body and day; the last of the year is the business plan's.
            const QString title = n == 11 ? QStringLiteral("Business plan review") : QString();
            if ((large || n % 2 == 1) && !meet(nthWeekday(year, month, Qt::Tuesday, 1), 0, title))
                return false;
            for (size_t k = 0; k < subGroups.size(); ++k) {
                const bool meets = large ? n % 3 != 0 : n % 3 == 2; // eight a year, or quarterly
                if (meets && !meet(nthWeekday(year, month, 1 + int(k % 4), int(k % 3)), subGroups[k].id, QString()))
                    return false;
            }
        }
    }
    return true;
}

} // namespace assure
