// A fictional partnership for trying Assure out and for performance work: the same for the same seed.
#include "workspace/demo/demoboard.h"

#include "core/demo/demoindicators.h"
#include "storage/board/boardmappings.h"
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/history/historylog.h"
#include "storage/indicators/indicatormappings.h"
#include "storage/repository.h"
#include "storage/transaction.h"
#include "workspace/demo/demoactions.h"
#include "workspace/demo/demoassessments.h"
#include "workspace/demo/demoaudits.h"
#include "workspace/demo/demobudget.h"
#include "workspace/demo/democomplaints.h"
#include "workspace/demo/demoescalations.h"
#include "workspace/demo/demofeedback.h"
#include "workspace/demo/demomeetings.h"
#include "workspace/demo/demorisks.h"
#include "workspace/demo/demoscorecard.h"
#include "workspace/demo/demosurvey.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <array>

namespace assure {

namespace {

struct AgencySeed
{
    const char *name;
    Sector sector;
    bool section11;
};

// Westmere and Fenholt are made up; the kinds of agency are the ones a real partnership has.
const std::array<AgencySeed, 20> kAgencies = {{
    {"Westmere County Council Children's Services", Sector::LocalAuthority, true},
    {"Westmere County Council Adult Social Care", Sector::LocalAuthority, true},
    {"Westmere County Council Education and Inclusion", Sector::Education, true},
    {"Fenholt Borough Council Housing", Sector::LocalAuthority, true},
    {"Westmere and Fenholt Police", Sector::Police, true},
    {"Westmere Integrated Care Board", Sector::Health, true},
    {"Westmere Community Health NHS Trust", Sector::Health, true},
    {"Fenholt Hospitals NHS Foundation Trust", Sector::Health, true},
    {"Westmere Mental Health Partnership NHS Trust", Sector::Health, true},
    {"Northern Shires Ambulance Service", Sector::Health, true},
    {"Probation Service, Westmere Delivery Unit", Sector::Probation, true},
    {"Westmere Youth Justice Service", Sector::LocalAuthority, true},
    {"Westmere Fire and Rescue Service", Sector::Other, true},
    {"Fenholt College", Sector::Education, false},
    {"Westmere Primary Heads' Forum", Sector::Education, false},
    {"Westmere Voluntary Action", Sector::Voluntary, false},
    {"Women's Refuge Westmere", Sector::Voluntary, false},
    {"Westmere Early Years Alliance", Sector::Voluntary, false},
    {"Fenholt Housing Association", Sector::Other, false},
    {"Westmere Family Court Advisory Service", Sector::Other, true},
}};

const std::array<const char *, 12> kDistricts = {"North Westmere", "South Westmere", "Fenholt",   "Ashby Vale",
                                                 "Carrow",         "Denholm",        "Eastwick",  "Farley Moor",
                                                 "Gillingford",    "Harrowden",      "Ivybridge", "Kelsey"};

const std::array<const char *, 32> kFirstNames = {
    "Amira", "Ben",    "Chloe", "Daniel", "Efua",   "Fiona", "Gareth",  "Hannah", "Imran", "Joanne",   "Kwame",
    "Laura", "Marcus", "Nadia", "Owen",   "Priya",  "Rhys",  "Sarah",   "Tomasz", "Uma",   "Victoria", "Wei",
    "Yusuf", "Zoe",    "Aled",  "Bethan", "Connor", "Deepa", "Eleanor", "Femi",   "Grace", "Harvey"};
const std::array<const char *, 32> kLastNames = {
    "Adeyemi", "Barker",    "Chowdhury", "Davies",  "Evans",     "Fletcher", "Green",   "Hughes",
    "Iqbal",   "Jenkins",   "Kowalski",  "Lewis",   "Morgan",    "Nwosu",    "O'Neill", "Patel",
    "Quinn",   "Roberts",   "Shah",      "Thomas",  "Underwood", "Vaughan",  "Walsh",   "Xu",
    "Young",   "Zielinski", "Ahmed",     "Bennett", "Clarke",    "Dunn",     "Ellis",   "Foster"};
const std::array<const char *, 14> kRoles = {"Designated safeguarding lead",
                                             "Head of safeguarding",
                                             "Named nurse for safeguarding",
                                             "Designated doctor",
                                             "Detective inspector",
                                             "Service manager",
                                             "Quality assurance officer",
                                             "Performance analyst",
                                             "Team manager",
                                             "Principal social worker",
                                             "Safeguarding adults lead",
                                             "Head of service",
                                             "Learning and development lead",
                                             "Independent chair"};
const std::array<const char *, 6> kSubGroups = {"Quality Assurance",          "Performance and Data",
                                                "Case Review (SCR/SAR)",      "Learning and Development",
                                                "Child Death Overview Panel", "Policy and Procedures"};
const std::array<const char *, 6> kRemits = {
    "Runs the audit programme and multi-agency case audits; reviews self-assessments.",
    "Prepares the quarterly performance report and scrutinises exceptions.",
    "Commissions and oversees serious case, practice and adult reviews.",
    "Plans multi-agency training and checks that learning reaches practice.",
    "Reviews the deaths of all children in the area.",
    "Keeps multi-agency procedures current."};

QString pick(QRandomGenerator &rng, const char *const *list, int size)
{
    return QString::fromUtf8(list[rng.bounded(size)]);
}

QString emailDomain(const QString &agency)
{
    QString d;
    for (const QString &word : agency.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 3))
        d += word.left(1).toLower();
    d.remove(QLatin1Char(','));
    d.remove(QLatin1Char('\''));
    return d + QStringLiteral(".example.org");
}

QString emailLocal(const QString &name)
{
    QString out = name.toLower();
    out.replace(QLatin1Char(' '), QLatin1Char('.'));
    out.remove(QLatin1Char('\''));
    return out;
}

// The performance data: indicators owned by the agencies above, with their histories.
bool writeDemoIndicators(const QSqlDatabase &db, const DemoOptions &options, QString *why)
{
    Repository<Agency> agencyRepo(db);
    QHash<QString, qint64> agencyIds;
    QStringList agencyNames;
    for (const Agency &a : agencyRepo.loadAll()) {
        agencyIds.insert(a.name, a.id);
        if (agencyNames.size() < int(kAgencies.size()))
            agencyNames << a.name;
    }
    const DemoIndicatorData data =
        generateDemoIndicators(options.scale == DemoScale::Large, options.seed, options.asOf, 4, agencyNames);
    // The business plan's priorities, and the indicators under each by their code's prefix.
    struct DemoPriority
    {
        const char *title;
        const char *description;
        std::initializer_list<const char *> prefixes;
    };
    static const DemoPriority kPriorities[] = {
        {"The front door and early help",
         "Children and families get the right help at the right time, first time.",
         {"FD", "EH", "CSC"}},
        {"Children in need of help and protection",
         "Plans that make children safer, and end when they are.",
         {"CIN", "CP", "DA", "MIS", "CDOP"}},
        {"Children in care and care leavers",
         "Stable homes, good health and education, and a supported move to adulthood.",
         {"LAC", "CL", "ED", "HLTH", "YJ"}},
        {"Adults at risk of abuse and neglect",
         "Making safeguarding personal: outcomes the adult wanted.",
         {"ASC", "DOLS"}},
        {"Learning and a confident workforce",
         "Reviews that change practice, and staff trained to act on them.",
         {"SR", "TR", "WF"}},
    };
    Repository<Priority> priorities(db);
    QHash<QString, qint64> priorityOfPrefix;
    const int year = options.asOf.month() >= 4 ? options.asOf.year() : options.asOf.year() - 1;
    for (const DemoPriority &d : kPriorities) {
        Priority p;
        p.title = QString::fromUtf8(d.title);
        p.description = QString::fromUtf8(d.description);
        p.year = year;
        if (!priorities.insert(p, why))
            return false;
        for (const char *prefix : d.prefixes)
            priorityOfPrefix.insert(QString::fromLatin1(prefix), p.id);
    }
    Repository<Indicator> indicators(db);
    std::vector<qint64> ids; // the generator numbers indicators from 1 in its own order
    for (size_t i = 0; i < data.indicators.size(); ++i) {
        Indicator ind = data.indicators[i];
        ind.ownerAgencyId = agencyIds.value(data.ownerAgencyNames[i], 0);
        ind.priorityId = priorityOfPrefix.value(ind.code.section(QLatin1Char('-'), 0, 0), 0);
        if (!indicators.insert(ind, why))
            return false;
        ids.push_back(ind.id);
    }
    const auto realId = [&ids](qint64 index) { return ids[size_t(index - 1)]; };
    Repository<Measurement> measurements(db);
    for (Measurement m : data.measurements) {
        m.indicatorId = realId(m.indicatorId);
        if (!measurements.insert(m, why))
            return false;
    }
    Repository<Target> targets(db);
    for (Target t : data.targets) {
        t.indicatorId = realId(t.indicatorId);
        if (!targets.insert(t, why))
            return false;
    }
    Repository<Benchmark> benchmarks(db);
    for (const auto &[index, benchmark] : data.benchmarks) {
        Benchmark b = benchmark;
        b.indicatorId = realId(index);
        if (!benchmarks.insert(b, why))
            return false;
    }
    return true;
}

} // namespace

bool writeDemoBoard(const QString &path, const DemoOptions &options, QString *error)
{
    OpenResult result;
    auto file = BoardFile::create(path, &result);
    if (!file) {
        if (error)
            *error = result.message;
        return false;
    }
    const bool large = options.scale == DemoScale::Large;
    const int districtCopies = large ? 20 : 1; // 20 x 20 agencies = 400 on the large board
    const int peoplePerAgency = large ? 10 : 3;
    const int subGroupCopies = large ? 10 : 1;

    QRandomGenerator rng(options.seed);
    const QSqlDatabase db = file->database();
    Transaction t(db);
    QString why;
    Board board;
    board.name = large ? QStringLiteral("Westmere Region Safeguarding Partnership (large test board)")
                       : QStringLiteral("Westmere Safeguarding Children Partnership");
    board.area = QStringLiteral("Westmere");
    board.type = BoardType::Children;
    board.fyStartMonth = 4;
    bool ok = BoardRepository(db).save(board, &why);

    Repository<Agency> agencies(db);
    Repository<Person> people(db);
    Repository<SubGroup> subGroups(db);
    std::vector<qint64> personIds;
    for (int copy = 0; ok && copy < districtCopies; ++copy) {
        for (const AgencySeed &seed : kAgencies) {
            Agency a;
            a.name = QString::fromUtf8(seed.name);
            if (copy > 0)
                a.name += QStringLiteral(" (%1 %2)")
                              .arg(QString::fromUtf8(kDistricts[static_cast<size_t>(copy) % kDistricts.size()]))
                              .arg(copy);
            a.sector = seed.sector;
            a.section11 = seed.section11;
            a.active = rng.bounded(20) != 0;
            if (!(ok = agencies.insert(a, &why)))
                break;
            for (int i = 0; ok && i < peoplePerAgency; ++i) {
                Person p;
                p.name = pick(rng, kFirstNames.data(), kFirstNames.size()) + QLatin1Char(' ') +
                         pick(rng, kLastNames.data(), kLastNames.size());
                p.role = pick(rng, kRoles.data(), kRoles.size());
                p.agencyId = a.id;
                p.email = emailLocal(p.name) + QLatin1Char('@') + emailDomain(a.name);
                ok = people.insert(p, &why);
                personIds.push_back(p.id);
            }
        }
    }
    for (int copy = 0; ok && copy < subGroupCopies; ++copy) {
        for (size_t i = 0; ok && i < kSubGroups.size(); ++i) {
            SubGroup s;
            s.name = QString::fromUtf8(kSubGroups[i]);
            if (copy > 0)
                s.name += QStringLiteral(" (%1)").arg(
                    QString::fromUtf8(kDistricts[static_cast<size_t>(copy) % kDistricts.size()]));
            s.remit = QString::fromUtf8(kRemits[i]);
            s.chairId = personIds[static_cast<size_t>(rng.bounded(static_cast<int>(personIds.size())))];
            ok = subGroups.insert(s, &why);
        }
    }
    if (ok)
        ok = writeDemoIndicators(db, options, &why);
    if (ok)
        ok = writeDemoScorecard(db, options, &why);
    if (ok)
        ok = writeDemoActions(db, options, &why);
    if (ok)
        ok = writeDemoAssessments(db, options, &why);
    if (ok)
        ok = writeDemoAudits(db, options, &why);
    if (ok)
        ok = writeDemoRisks(db, options, &why);
    if (ok)
        ok = writeDemoBudget(db, options, &why);
    if (ok)
        ok = writeDemoSurvey(db, options, &why);
    if (ok)
        ok = writeDemoMeetings(db, options, &why);
    if (ok)
        ok = writeDemoFeedback(db, options, &why);
    if (ok)
        ok = writeDemoEscalations(db, options, &why);
    if (ok)
        ok = writeDemoComplaints(db, options, &why);
    // The history starts with the demo's contents, at the demo's date: the same seed and date
    // still give the same file.
    if (ok)
        ok = HistoryLog::restart(
            file->handle(), QCoreApplication::translate("assure::DemoBoard", "History started: demo board generated"),
            HistoryActor{QStringLiteral("assure-demo"), QString()}, options.asOf.startOfDay(Qt::UTC), &why);
    if (ok && !t.commit()) {
        ok = false;
        why = t.error();
    }
    if (!ok) {
        file.reset();
        QFile::remove(path);
        if (error)
            *error = why;
    }
    return ok;
}

} // namespace assure
