// Demo performance data: real-world safeguarding indicators with years of values, the same for the same seed.
#include "core/demoindicators.h"

#include "core/rag.h"
#include "core/spc.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace assure {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.14159265358979323846;
constexpr int kLargeCount = 500;
constexpr int kLargeMonths = 120;
constexpr int kSmallYears = 4; // whole financial years before the current one

bool given(double x)
{
    return !std::isnan(x);
}

// The latest period's RAG the demo guarantees (Natural: whatever the series gives).
enum class Design { Natural, Red, Amber, Green, Blue };
// The special cause built into the series (see the header for where each one sits).
enum class Special { None, Run, Trend, OutsideLimits };

constexpr int kRunLength = 8;
constexpr int kTrendLength = 7;
constexpr int kOutsideFromEnd = 5; // the outlier sits this many periods before the latest, inclusive

// One indicator as a partnership would define it, with the shape of its made-up history.
struct Template
{
    Template(const char *c, const char *t, Unit u, Polarity p, Frequency f, bool s)
        : code(c), title(t), unit(u), polarity(p), frequency(f), statutory(s)
    {
    }

    Template &about(const char *def, const char *src)
    {
        definition = def;
        source = src;
        return *this;
    }
    // The target for the current financial year, how much easier it was each year before, and
    // the rating the latest period is to have.
    Template &aim(double current, double easierEachYear, Design d)
    {
        target = current;
        targetStep = easierEachYear;
        design = d;
        return *this;
    }
    // The level four years ago, the level now, the period-to-period noise and, for a percentage
    // of a count, the usual size of the count.
    Template &shape(double from, double to, double sd, double den = 0)
    {
        startLevel = from;
        level = to;
        noise = sd;
        denominator = den;
        return *this;
    }
    Template &bench(double nationalNow, double regionalOffset, double neighboursOffset)
    {
        national = nationalNow;
        regional = regionalOffset;
        neighbours = neighboursOffset;
        return *this;
    }
    Template &by(const char *ownerWords, const char *teamName)
    {
        owner = ownerWords;
        team = teamName;
        return *this;
    }
    Template &notes(const char *up1, const char *up2, const char *down1, const char *down2)
    {
        up = {up1, up2};
        down = {down1, down2};
        return *this;
    }
    Template &cause(Special s, const char *first, const char *last)
    {
        special = s;
        specialFirst = first;
        specialLast = last;
        return *this;
    }
    Template &seasonalVolume()
    {
        seasonal = true;
        return *this;
    }
    // A timeliness measure of casework: the house commentary about backlogs, sickness and late
    // recording fits it.
    Template &casework()
    {
        process = true;
        return *this;
    }
    Template &atMost(double cap)
    {
        maxValue = cap;
        return *this;
    }

    const char *code;
    const char *title;
    Unit unit;
    Polarity polarity;
    Frequency frequency;
    bool statutory;
    const char *definition = "";
    const char *source = "";
    double target = kNone;
    double targetStep = 0;
    Design design = Design::Natural;
    double startLevel = 0;
    double level = 0;
    double noise = 1;
    double denominator = 0;
    double maxValue = kNone;
    bool seasonal = false;
    bool process = false;
    double national = kNone;
    double regional = 0;
    double neighbours = 0;
    const char *owner = ""; // words, separated by '|', to find the owning agency by name
    const char *team = "the service";
    std::array<const char *, 2> up = {nullptr, nullptr}; // when the value rises
    std::array<const char *, 2> down = {nullptr, nullptr}; // when it falls
    Special special = Special::None;
    const char *specialFirst = nullptr;
    const char *specialLast = nullptr;
};

constexpr Unit kPct = Unit::Percent;
constexpr Polarity kHigher = Polarity::HigherIsBetter;
constexpr Polarity kLower = Polarity::LowerIsBetter;
constexpr Polarity kInfo = Polarity::None;
constexpr Frequency kMonthly = Frequency::Monthly;
constexpr Frequency kQuarterly = Frequency::Quarterly;
constexpr Frequency kAnnual = Frequency::Annual;

const char *const kCaseSystem = "Children's social care case management system";
const char *const kCinCensus = "Case management system; reported to DfE in the children in need census";
const char *const kSsda903 = "Case management system; reported to DfE in the SSDA903 looked-after children return";
const char *const kSac = "Adult social care case management system; reported to NHS England in the Safeguarding Adults Collection";

std::vector<Template> makeTemplates()
{
    std::vector<Template> t;
    t.reserve(44);

    // ---- Children: the front door, assessment and early help
    t.push_back(Template("FD-01", "MASH contacts with a decision within 24 hours", kPct, kHigher, kMonthly, false)
        .about("Contacts received by the Multi-Agency Safeguarding Hub in the month where the decision on next "
               "steps (no further action, early help, or referral to children's social care) was recorded "
               "within 24 hours of receipt, as a percentage of all contacts received.", kCaseSystem)
        .aim(90, 1, Design::Green).shape(86, 91.5, 2.2, 1350)
        .casework()
        .by("Children's Services|Children", "MASH")
        .notes("The vacant MASH senior practitioner post was filled and the timeliness figures show it.",
               "Fewer contacts allowed the MASH to clear the weekend backlog by Monday lunchtime.",
               "Contacts rose sharply and a weekend backlog built up that took until Tuesday to clear.",
               "Police notifications spiked after a change in recording practice; the MASH manager is "
               "meeting the police lead to agree triage at source."));
    t.push_back(Template("FD-02", "Contacts received by the MASH", Unit::Count, kInfo, kMonthly, false)
        .about("Number of contacts about a child received by the Multi-Agency Safeguarding Hub in the month, "
               "from all sources, including police protection notices.", kCaseSystem)
        .shape(1220, 1380, 70).seasonalVolume()
        .by("Children's Services|Children", "MASH")
        .notes("Rise driven by police notifications and by schools raising concerns before a holiday.",
               "More contacts from education: schools are contacting earlier, in line with the refreshed "
               "threshold guidance.",
               "Fewer contacts this {unit}; the pattern matches the same {unit} last year.",
               "Fewer contacts from health since the consultation line for GPs and midwives opened; many now "
               "get advice without a formal contact."));
    t.push_back(Template("CSC-01", "Re-referrals to children's social care within 12 months", kPct, kLower, kMonthly, true)
        .about("Referrals in the month received within 12 months of a previous referral for the same child, as "
               "a percentage of all referrals in the month (children in need census definition).", kCinCensus)
        .aim(22, 0.5, Design::Amber).shape(25.5, 23.7, 1.4, 390).bench(22.4, -0.8, 0.7)
        .by("Children's Services|Children", "Front Door Service")
        .notes("Increase linked to cases closed after assessment returning with similar concerns; the QA team "
               "is dip sampling {n2} re-referrals.",
               "Two large sibling groups were re-referred in the same week, adding {n} children to the count.",
               "Fewer re-referrals; stepping cases down to early help rather than closing them appears to be "
               "holding.",
               "Lower again. Every closure in the Assessment Service now has a reflective closure discussion "
               "with a manager."));
    t.push_back(Template("CSC-03", "Single assessments completed within 45 working days", kPct, kHigher, kMonthly, true)
        .about("Single assessments completed in the month that were authorised within 45 working days of the "
               "referral, as a percentage of all single assessments completed in the month.", kCinCensus)
        .aim(85, 1, Design::Amber).shape(74, 80, 2.8, 330).bench(82.8, 0.9, -1.2)
        .casework()
        .by("Children's Services|Children", "Assessment Service")
        .notes("Validated figure; the backlog in the Assessment Service was cleared after two agency social "
               "workers were recruited.",
               "Improvement follows the weekly tracker meeting, where every assessment past day 35 is "
               "discussed with a team manager.",
               "Dip reflects two large sibling groups assessed together, which took {n} assessments past 45 "
               "working days in the same week.",
               "Vacancies in one assessment team meant {n} assessments were reallocated late in their "
               "timescale."));
    t.push_back(Template("CSC-04", "Average working days from referral to completed assessment", Unit::Days, kLower, kMonthly, false)
        .about("Mean number of working days from the date of referral to the date the single assessment was "
               "authorised, for assessments completed in the month. No target: read beside CSC-03.", kCaseSystem)
        .shape(38, 33.5, 2.0)
        .by("Children's Services|Children", "Assessment Service")
        .notes("Longer on average: a small number of complex assessments closed this {unit} after more than "
               "60 working days.",
               "Rise reflects assessments held open for specialist reports, which count until authorised.",
               "Shorter, as allocation is quicker now that caseloads in the Assessment Service are under 20.",
               "Quicker authorisation since the second team manager started in the Assessment Service."));
    t.push_back(Template("CSC-05", "Section 47 enquiries started", Unit::Count, kInfo, kMonthly, true)
        .about("Number of child protection enquiries under section 47 of the Children Act 1989 started in the "
               "month.", kCinCensus)
        .shape(88, 96, 9).seasonalVolume()
        .by("Children's Services|Children", "Front Door Service")
        .notes("More enquiries, in part from a single exploitation investigation involving {n} children.",
               "Rise follows a run of police notifications of domestic abuse incidents where children were "
               "present.",
               "Fewer enquiries: more strategy discussions concluded that a child and family assessment was "
               "the proportionate response.",
               "Lower, in line with the fall in referrals this {unit}."));
    t.push_back(Template("EH-01", "Early help assessments completed", Unit::Count, kHigher, kMonthly, false)
        .about("Early help assessments completed in the month by the family hubs and by partner agencies "
               "(schools, health visiting, the voluntary sector).", "Early help module of the case management system")
        .aim(180, 10, Design::Green).shape(140, 188, 14).seasonalVolume()
        .by("Children's Services|Education|Children", "Early Help Hub")
        .notes("More early help assessments started by schools, following the training for designated "
               "safeguarding leads.",
               "Family hubs completed more assessments as the new outreach workers settled in.",
               "Fewer assessments this {unit}, mainly from schools.",
               "Lower, with two early help practitioner vacancies in the family hubs."));
    t.push_back(Template("CIN-01", "Children in need visited within timescales", kPct, kHigher, kMonthly, false)
        .about("Children subject to a child in need plan at the end of the month who had been seen by their "
               "social worker within the last 20 working days, as a percentage of all children on a child in "
               "need plan.", kCaseSystem)
        .aim(90, 0, Design::Green).shape(84, 88.5, 2.0, 610)
        .casework()
        .by("Children's Services|Children", "Family Support teams")
        .notes("Visits in timescale for all but {n2} children in the family support teams.",
               "Better, after a review of the visiting frequency set in each child in need plan.",
               "{n2} visits were recorded late; the figures will be corrected in the validated return.",
               "Lower in one family support team carrying two vacancies."));
    t.push_back(Template("WF-01", "Children's social work posts filled by agency staff", kPct, kLower, kMonthly, false)
        .about("Children's social worker posts (full-time equivalent) filled by agency staff at the end of the "
               "month, as a percentage of all funded posts.", "HR establishment report")
        .aim(15, 1, Design::Amber).shape(22, 16.4, 0.8, 240)
        .by("Children's Services|Council", "workforce team")
        .notes("Agency use rose to cover maternity leave and two resignations in the safeguarding teams.",
               "Higher while the newly qualified social workers complete their first months.",
               "Lower, as {n} agency social workers converted to permanent posts.",
               "The recruitment campaign brought {n} experienced social workers into permanent posts."));

    // ---- Children: child protection
    t.push_back(Template("CP-01", "Initial child protection conferences within 15 working days", kPct, kHigher, kMonthly, true)
        .about("Initial child protection conferences held in the month within 15 working days of the strategy "
               "discussion at which the section 47 enquiry started, as a percentage of all initial "
               "conferences held in the month.", kCinCensus)
        .aim(85, 1, Design::Red).shape(70, 73, 5.0, 34).bench(78.5, -1.8, 0.6)
        .casework()
        .by("Children's Services|Children", "Child Protection Conference Service")
        .notes("Better this {unit}: the conference service has added two conference slots a week.",
               "Every conference for a sibling group was held within 15 working days this {unit}.",
               "{n} conferences were rearranged because health or police could not attend; the chairs judged "
               "it better to rearrange than to proceed without them.",
               "Fewer chairs available during leave; {n} conferences went past 15 working days."));
    t.push_back(Template("CP-02", "Child protection plans lasting two years or more", kPct, kLower, kQuarterly, true)
        .about("Children whose child protection plan ended in the quarter after lasting two years or more, as "
               "a percentage of all children whose plan ended in the quarter.", kCinCensus)
        .aim(4, 0, Design::Blue).shape(4.6, 3.0, 0.7, 88).bench(3.9, -0.3, 0.2)
        .by("Children's Services|Children", "Child Protection Conference Service")
        .notes("{n} long-standing plans for one family ended this quarter, which lifts the percentage.",
               "Small numbers: each plan ending after two years moves this figure by about a percentage point.",
               "The Head of Service now reviews every plan that reaches 15 months, and fewer plans are drifting.",
               "Lower, as plans reviewed at the drift panel last {unit} have ended or stepped down."));
    t.push_back(Template("CP-03", "Child protection plans for a second or subsequent time", kPct, kLower, kMonthly, true)
        .about("Children who became subject to a child protection plan in the 12 months to the end of the "
               "month and had been subject to a plan before, at any time, as a percentage of all children "
               "who became subject to a plan in those 12 months.", kCinCensus)
        .aim(20, 0.5, Design::Natural).shape(21.5, 21.0, 0.8, 470).bench(23.6, -0.9, 0.5)
        .by("Children's Services|Children", "Child Protection Conference Service")
        .notes("Rising: children returning to plans within two years of the last one ending account for most "
               "of the increase.",
               "Higher, with {n} children from two families becoming subject to plans again.",
               "Rolling figure easing as last year's large sibling group leaves the 12-month window.",
               "Lower; fewer children returning to plans, which the step-down panel credits to a longer child "
               "in need phase.")
        .cause(Special::Trend,
               "Third monthly rise in a row. Children returning to plans within a year of the last one ending "
               "account for most of it; the Head of Service is reviewing each case.",
               "Rising for the sixth month running, now {value} against a target of {target}. The QA sub-group "
               "has commissioned a multi-agency audit of {n2} children on second or subsequent plans, to "
               "report by {by}."));
    t.push_back(Template("CP-04", "Children on child protection plans visited within timescales", kPct, kHigher, kMonthly, false)
        .about("Children subject to a child protection plan at the end of the month who had been seen by their "
               "social worker within the last 10 working days, as a percentage of all children subject to a "
               "plan.", kCaseSystem)
        .aim(95, 0, Design::Green).shape(90, 93.5, 1.7, 420)
        .casework()
        .by("Children's Services|Children", "safeguarding teams")
        .notes("Visits recorded on time; team managers now check the visits dashboard every Monday.",
               "All but {n} children were seen within timescale, and each of those within 15 working days.",
               "{n} visits were made but recorded late; the recording has been put right and the validated "
               "figure will be higher.",
               "Families away or unwilling to engage account for most of the shortfall; each case has a "
               "management oversight note."));
    t.push_back(Template("CP-05", "Child protection review conferences held within timescales", kPct, kHigher, kQuarterly, true)
        .about("Child protection review conferences held in the quarter within the timescales Working Together "
               "sets (three months after the initial conference, then at most six months apart), as a "
               "percentage of all review conferences held.", kCinCensus)
        .aim(98, 0, Design::Green).shape(95, 97.2, 1.2, 210).bench(91.2, 1.5, 0.8)
        .casework()
        .by("Children's Services|Children", "Child Protection Conference Service")
        .notes("All but {n} review conferences were held in timescale this quarter.",
               "Improvement follows the move to booking the next review at the end of each conference.",
               "{n} reviews were postponed at the family's request, with the chair's agreement, so that a "
               "parent could attend.",
               "Chair sickness this quarter; cover was found for most conferences, but not all."));
    t.push_back(Template("CP-06", "Children on child protection plans per 10,000 children", Unit::Rate, kInfo, kMonthly, true)
        .about("Children subject to a child protection plan at the end of the month per 10,000 children aged "
               "under 18 (ONS mid-year population estimate).", kCinCensus)
        .shape(39, 43.5, 1.1).bench(41.6, 2.1, 1.4)
        .by("Children's Services|Children", "Child Protection Conference Service")
        .notes("Rise follows new plans for {n2} children in three large families.",
               "More children on plans under the category of neglect, which the neglect strategy group is "
               "looking at.",
               "Fewer children on plans as step-down to child in need plans continues after review.",
               "More plans ended at review this {unit} than started."));
    t.push_back(Template("CSC-02", "Children in need per 10,000 children", Unit::Rate, kInfo, kQuarterly, true)
        .about("Children in need (including those on child protection plans and those looked after) at the end "
               "of the quarter per 10,000 children aged under 18.", kCinCensus)
        .shape(352, 338, 6).bench(332.6, -8, 5)
        .by("Children's Services|Children", "performance and intelligence team")
        .notes("Rate up as more assessments led to child in need plans.",
               "Rise reflects the higher referral numbers earlier in the year.",
               "Lower: more families stepped down to early help at the end of their child in need plan.",
               "Falling, in line with fewer open cases in the family support teams."));
    t.push_back(Template("MIS-01", "Return home interviews offered within 72 hours", kPct, kHigher, kMonthly, false)
        .about("Missing episodes ended in the month where the child was offered an independent return home "
               "interview within 72 hours of being found or coming back, as a percentage of all missing "
               "episodes ended in the month.", "Commissioned return home interview service monthly return")
        .aim(80, 2, Design::Natural).shape(71, 82, 3.2, 140)
        .casework()
        .by("Children's Services|Voluntary|Children", "return home interview service")
        .notes("Better as the return home interview service added evening appointments.",
               "Most interviews were offered within 48 hours this {unit}.",
               "{n} children came back at weekends, when the service has less cover.",
               "Several children went missing repeatedly; the service offers an interview after every "
               "episode, which stretched capacity.")
        .cause(Special::OutsideLimits,
               "Sharp fall: the return home interview contract changed provider at the start of the month and "
               "{n2} interviews were offered after 72 hours during the handover. Raised at contract monitoring; "
               "the new provider has added weekend cover.",
               "Recovered after last month's handover between providers; weekend cover is now in place."));
    t.push_back(Template("DA-01", "MARAC repeat referrals", kPct, kInfo, kMonthly, false)
        .about("Cases heard at the Multi-Agency Risk Assessment Conference in the month that had been heard in "
               "the previous 12 months, as a percentage of all cases heard. SafeLives expects 28% to 40%: "
               "lower suggests repeat incidents are not being recognised, higher that risk is not being "
               "reduced. Read against that band; no target.", "MARAC coordinator's minutes and case list")
        .shape(24, 31, 3.2, 62)
        .by("Police|Women's|Voluntary", "MARAC coordinator")
        .notes("Repeat rate up, towards the middle of the range SafeLives expects; the police are flagging "
               "repeat victims more reliably.",
               "Higher: {n} cases came back to MARAC after further incidents within the year.",
               "Below the expected range; the MARAC steering group is checking that repeat incidents are "
               "recognised as repeats.",
               "Fewer repeat cases heard, with more new referrals from health this {unit}."));
    t.push_back(Template("DA-02", "Operation Encompass notifications before the next school day", kPct, kHigher, kMonthly, false)
        .about("Domestic abuse incidents attended by the police where a child of school age was present or "
               "normally lives, for which the child's school was told before the start of the next school "
               "day, as a percentage of all such incidents.", "Police records management system")
        .aim(95, 1, Design::Green).shape(88, 96.5, 1.7, 180)
        .casework()
        .by("Police", "public protection unit")
        .notes("Schools were told before the school day in all but {n} cases.",
               "Better since the overnight notifications moved to the police team in the MASH.",
               "Incidents over a bank holiday weekend were notified late; the holiday process is being reviewed.",
               "{n} notifications were delayed because the child's school was not recorded on the police "
               "system."));

    // ---- Children: looked after and care leavers
    t.push_back(Template("LAC-01", "Looked-after children with three or more placements in the year", kPct, kLower, kQuarterly, true)
        .about("Children looked after at the end of the quarter who had three or more separate placements in "
               "the previous 12 months, as a percentage of all children looked after at the end of the "
               "quarter.", kSsda903)
        .aim(10, 0, Design::Red).shape(10.5, 11.9, 0.6, 410).bench(10.0, 0.4, -0.3)
        .by("Children's Services|Children", "Children in Care Service")
        .notes("More moves after two residential providers gave notice on {n} children at short notice.",
               "The shortage of foster carers for teenagers is leading to more short-term placements before a "
               "match is found.",
               "Fewer moves this quarter; the placement stability meeting now sees every child on a second "
               "placement in a year.",
               "Therapeutic support for foster carers is holding placements that would once have ended."));
    t.push_back(Template("LAC-02", "Long-term placement stability of looked-after children", kPct, kHigher, kQuarterly, true)
        .about("Children under 16 looked after for two and a half years or more who had lived in the same "
               "placement for at least two years, or were placed for adoption, as a percentage of all such "
               "children. No local target.", kSsda903)
        .shape(66, 69, 1.8, 160).bench(70, 1.0, -0.5)
        .by("Children's Services|Children", "Children in Care Service")
        .notes("A slight rise as {n} children in long-term foster placements passed the two-year mark.",
               "Better: more long-term matches were confirmed at the fostering panel.",
               "{n} long-term placements ended this quarter, two of them planned moves to family members.",
               "Lower, reflecting the placement breakdowns reported last quarter."));
    t.push_back(Template("LAC-03", "Looked-after children with an up-to-date health assessment", kPct, kHigher, kMonthly, true)
        .about("Children looked after for at least 12 months whose health assessment is up to date (within six "
               "months for children under five, 12 months for older children), as a percentage of all such "
               "children.", kSsda903)
        .aim(92, 1, Design::Green).shape(85, 90.6, 1.8, 330).bench(89, 0.5, 1.1)
        .casework()
        .by("Integrated Care Board|Community Health|NHS|Health", "looked after children health team")
        .notes("The health team has cleared the backlog of review health assessments for children placed out "
               "of area.",
               "Better: carers now get a reminder six weeks before a review health assessment is due.",
               "{n} children placed out of area are waiting for the host health provider to complete their "
               "review health assessment.",
               "Lower, as {n} young people declined their review health assessment; their health needs are "
               "being met through their GP."));
    t.push_back(Template("LAC-04", "Looked-after children reviews held within timescales", kPct, kHigher, kMonthly, false)
        .about("Reviews of looked-after children held in the month within statutory timescales (20 working "
               "days after coming into care, three months later, then at most six months apart), as a "
               "percentage of all reviews held.", kCaseSystem)
        .aim(95, 0, Design::Green).shape(94, 96.5, 1.5, 120)
        .casework()
        .by("Children's Services|Children", "Independent Reviewing Service")
        .notes("All but {n} reviews were held within timescale.",
               "The Independent Reviewing Service is fully staffed again.",
               "{n} reviews were moved so that the young person could attend, as their reviewing officer agreed.",
               "Two reviewing officer vacancies this {unit}; conference chairs are providing cover."));
    t.push_back(Template("HLTH-01", "Initial health assessments within 20 working days of entering care", kPct, kHigher, kMonthly, true)
        .about("Children who came into care in the month whose initial health assessment was completed by a "
               "registered medical practitioner within 20 working days, as a percentage of all children who "
               "came into care.", "Community health trust LAC health team return")
        .aim(85, 2, Design::Red).shape(45, 58, 8, 24)
        .casework()
        .by("Integrated Care Board|Community Health|NHS|Health", "looked after children health team")
        .notes("Better: consent forms from children's social care now reach the health team within five "
               "working days in most cases.",
               "Extra paediatric clinic capacity this {unit} cleared the waiting list.",
               "Only one paediatric clinic a week was available this {unit}; {n} assessments fell outside 20 "
               "working days.",
               "Late notification: {n} children were notified to the health team after day 10 in care, which "
               "left too little time."));
    t.push_back(Template("CL-01", "Care leavers aged 19 to 21 in suitable accommodation", kPct, kHigher, kQuarterly, true)
        .about("Care leavers aged 19, 20 and 21 in touch with the local authority whose accommodation is "
               "judged suitable, as a percentage of all care leavers of those ages.", kSsda903)
        .aim(90, 1, Design::Amber).shape(85, 83, 1.6, 210).bench(88, -1.0, 0.2)
        .by("Children's Services|Children", "Leaving Care Service")
        .notes("Two care leavers moved from bed and breakfast into supported lodgings this quarter.",
               "The joint housing protocol with the district councils is now placing care leavers directly "
               "into tenancies.",
               "{n} young people were in custody or emergency accommodation at the end of the quarter.",
               "A supported accommodation provider closed during the quarter; replacement places are being "
               "commissioned."));

    // ---- Partnership: workforce, training and safer recruitment
    t.push_back(Template("TR-01", "Attendances at multi-agency safeguarding training", Unit::Count, kHigher, kQuarterly, false)
        .about("Places taken up on the partnership's multi-agency safeguarding courses, and e-learning modules "
               "completed, in the quarter, across all partner agencies.", "Partnership learning management system")
        .aim(450, 25, Design::Blue).shape(380, 540, 35)
        .by("", "learning and development team")
        .notes("Highest attendance for some time, helped by the new e-learning module on exploitation.",
               "The domestic abuse course ran three times this quarter and every place was taken.",
               "Fewer places taken up; {n} courses were cancelled when trainers were unavailable.",
               "Lower, as partner agencies held staff back during service pressures."));
    t.push_back(Template("SR-01", "New starters in regulated activity with an enhanced DBS check before starting", kPct, kHigher, kQuarterly, false)
        .about("Staff and volunteers starting work in regulated activity with children or adults in the quarter "
               "whose enhanced DBS check, with barred list check, came back before their start date, as a "
               "percentage of all such starters in the agencies that report.", "Partner agency HR returns")
        .aim(100, 0, Design::Green).shape(96, 98.6, 0.9, 260)
        .by("Council", "HR teams")
        .notes("All but {n} starters had their enhanced DBS check back before they started.",
               "Better since HR stopped confirming start dates until the DBS certificate has been seen.",
               "{n} starters began work under supervision with a risk assessment while their check was "
               "outstanding.",
               "Delays at the DBS meant {n} starters waited for certificates; none worked unsupervised."));
    t.push_back(Template("SR-02", "Allegations against people who work with children resolved within one month", kPct, kHigher, kQuarterly, false)
        .about("Allegations managed by the Local Authority Designated Officer (LADO) that reached an outcome in "
               "the quarter within one month of referral, as a percentage of all allegations concluded in the "
               "quarter.", "LADO database")
        .aim(80, 0, Design::Amber).shape(66, 74, 4, 48)
        .casework()
        .by("Children's Services|Children", "LADO service")
        .notes("Better, as police investigations concluded more quickly this quarter.",
               "The LADO now chairs a review meeting at three weeks for every open allegation.",
               "{n} allegations are waiting on police or employer investigations, which set the pace.",
               "Lower, with a complex allegation in a residential setting taking much of the LADO's time."));
    t.push_back(Template("HLTH-02", "Health staff up to date with level 3 safeguarding children training", kPct, kHigher, kQuarterly, false)
        .about("Clinical staff in the acute, community and mental health trusts who need level 3 safeguarding "
               "children training under the intercollegiate document and are up to date, as a percentage of "
               "all staff who need it.", "NHS trusts' training compliance returns")
        .aim(90, 0, Design::Green).shape(82, 88, 1.4, 2400)
        .by("Hospitals|NHS|Health", "named nurses")
        .notes("Better, with extra level 3 sessions in the acute trust.",
               "Compliance up since the training was added to the trusts' mandatory training dashboards.",
               "Lower, as the new intake of junior doctors has not yet completed level 3 training.",
               "Training sessions were cancelled during operational pressures; places have been rebooked."));
    t.push_back(Template("YJ-01", "First-time entrants to the youth justice system per 100,000", Unit::Rate, kLower, kQuarterly, true)
        .about("Young people aged 10 to 17 receiving their first youth caution or conviction in the 12 months "
               "to the end of the quarter, per 100,000 young people aged 10 to 17.", "Police National Computer, via the Youth Justice Board")
        .aim(150, 5, Design::Blue).shape(168, 124, 6).bench(154, -6, 3)
        .by("Youth Justice|Youth", "Youth Justice Service")
        .notes("Slight rise, driven by {n} young people charged after a single incident.",
               "Higher, after an increase in possession offences in one town centre.",
               "Continued fall, reflecting the out-of-court disposal panel and the prevention programme.",
               "Lower again; more young people are being diverted at the point of arrest."));

    // ---- Adults
    t.push_back(Template("ASC-01", "Adult safeguarding concerns leading to a Section 42 enquiry", kPct, kInfo, kMonthly, true)
        .about("Safeguarding concerns about adults received in the month that led to a Section 42 enquiry, as a "
               "percentage of all concerns received (the conversion rate).", kSac)
        .shape(33, 29, 2.0, 470).bench(31, -2, 1)
        .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
        .notes("Conversion up; more concerns from care homes met the Section 42 criteria.",
               "Higher, as the hub now records the decision against the Section 42 criteria every time.",
               "Lower: many concerns from the ambulance service were about care and support needs rather than "
               "abuse or neglect, and went to the locality teams.",
               "Fewer concerns converted; the new guidance for providers on what to report has not yet reduced "
               "low-level referrals."));
    t.push_back(Template("ASC-02", "Adult safeguarding concerns received", Unit::Count, kInfo, kMonthly, true)
        .about("Safeguarding concerns about adults received by the local authority in the month, from all "
               "sources.", kSac)
        .shape(410, 480, 28)
        .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
        .notes("More concerns, many from one care home provider whose quality issues are being managed through "
               "the provider concerns process.",
               "Rise after the awareness campaign on financial abuse.",
               "Fewer concerns this {unit}, from most sources.",
               "Lower, as providers use the low-level concerns log rather than raising every incident as a "
               "safeguarding concern."));
    t.push_back(Template("ASC-08", "Adult safeguarding concerns with a decision within two working days", kPct, kHigher, kMonthly, false)
        .about("Safeguarding concerns about adults received in the month where the decision whether the "
               "Section 42 duty applies was made and recorded within two working days, as a percentage of all "
               "concerns received.", "Adult social care case management system")
        .aim(85, 1, Design::Natural).shape(79, 82, 2.6, 470)
        .casework()
        .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
        .notes("Better; the hub screened every concern within two working days on most days.",
               "Improved after duty cover was reorganised.",
               "{n2} concerns waited more than two working days while the hub covered sickness.",
               "A surge of concerns from one provider slowed screening of everything else.")
        .cause(Special::Run,
               "First full month of the new triage rota in the Safeguarding Adults Hub, with a senior "
               "practitioner screening new concerns every morning.",
               "Eighth month in a row above the average since the triage rota started. The Performance and "
               "Data sub-group has asked for the rota to be written into the multi-agency procedures."));
    t.push_back(Template("ASC-04", "Making Safeguarding Personal: adults asked about their desired outcomes", kPct, kHigher, kMonthly, true)
        .about("Section 42 enquiries concluded in the month where the adult, or their representative, was "
               "asked what outcomes they wanted, as a percentage of all enquiries concluded.", kSac)
        .aim(80, 2, Design::Blue).shape(76, 89.5, 2.0, 140).bench(82, 1, -2)
        .casework()
        .by("Adult Social Care|Adult", "locality teams")
        .notes("Practitioners are recording the conversation about outcomes on the new enquiry form.",
               "Better: every locality team has now been to the Making Safeguarding Personal practice workshop.",
               "{n} enquiries closed without a record of the adult being asked; the safeguarding lead is "
               "following these up with the teams.",
               "Lower, as more enquiries involved adults who lacked capacity and had no representative; "
               "advocacy referrals are being checked."));
    t.push_back(Template("ASC-03", "Section 42 enquiries where desired outcomes were fully or partly achieved", kPct, kHigher, kQuarterly, true)
        .about("Concluded Section 42 enquiries in the quarter where the adult expressed desired outcomes and "
               "those outcomes were fully or partly achieved, as a percentage of concluded enquiries where "
               "outcomes were expressed.", kSac)
        .aim(90, 1, Design::Green).shape(91, 95.2, 1.2, 330).bench(95, -0.5, 0.3)
        .by("Adult Social Care|Adult", "locality teams")
        .notes("Outcomes fully or partly achieved for all but {n2} adults who expressed them.",
               "Better, as practitioners revisit the desired outcomes at the end of each enquiry.",
               "{n} adults whose outcomes were not achieved wanted contact with a family member stopped, which "
               "could not be secured.",
               "Lower this quarter; the cases are being looked at in the practice forum."));
    t.push_back(Template("ASC-05", "Repeat Section 42 enquiries within 12 months", kPct, kLower, kQuarterly, false)
        .about("Adults with a Section 42 enquiry started in the quarter who had another enquiry started in the "
               "previous 12 months, as a percentage of all adults with an enquiry started in the quarter.",
               "Adult social care case management system")
        .aim(12, 0.5, Design::Green).shape(14.5, 12.3, 1.0, 380)
        .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
        .notes("More repeats, mainly adults in one care home where concerns continued.",
               "Higher, including {n} adults experiencing ongoing domestic abuse.",
               "Fewer repeat enquiries, reflecting the multi-agency risk management meetings for high-risk "
               "adults.",
               "Lower, as providers' action plans closed the issues raised earlier in the year."));
    t.push_back(Template("DOLS-01", "Standard DoLS applications completed within 21 days", kPct, kHigher, kMonthly, true)
        .about("Applications for a standard Deprivation of Liberty Safeguards authorisation completed in the "
               "month within the statutory 21 days, as a percentage of all applications completed in the "
               "month.", "DoLS database; reported to NHS England in the annual DoLS collection")
        .aim(40, 2, Design::Red).shape(17, 24, 2.8, 160).bench(19, 2, -1)
        .casework()
        .by("Adult Social Care|Adult", "DoLS team")
        .notes("Better as the backlog is worked through with the ADASS prioritisation tool and two more best "
               "interests assessors.",
               "More applications completed in time after the weekend assessment sessions.",
               "The backlog of standard applications remains; urgent and high-priority cases are assessed "
               "first.",
               "Best interests assessor capacity fell this {unit}; {n} assessors left for other posts."));

    // ---- Annual
    t.push_back(Template("S11-01", "Partner agencies returning the Section 11 self-assessment on time", Unit::Count, kHigher, kAnnual, false)
        .about("Agencies with a duty under section 11 of the Children Act 2004 that returned the partnership's "
               "Section 11 self-assessment by the deadline set for the year.", "Partnership business unit")
        .aim(18, 0, Design::Green).shape(14, 17.5, 0.8).atMost(18)
        .by("", "business unit")
        .notes("Every agency returned its self-assessment on time, after reminders at the executive group.",
               "More returns on time; the new online form was easier to complete.",
               "{n} agencies asked for an extension because of leadership changes.",
               "Returns were late from agencies going through restructures."));
    t.push_back(Template("ED-01", "Schools and colleges returning the annual safeguarding audit", kPct, kHigher, kAnnual, false)
        .about("Schools, academies and colleges that returned the annual safeguarding self-assessment (section "
               "175 of the Education Act 2002; section 157 for independent schools and academies), as a "
               "percentage of all schools and colleges in the area.", "Education safeguarding team")
        .aim(100, 0, Design::Amber).shape(86, 93, 2.5, 212)
        .by("Education|Children's Services", "education safeguarding team")
        .notes("More schools returned the audit after the designated safeguarding leads' briefing.",
               "Returns improved now the audit is issued at the start of the autumn term with a clear deadline.",
               "{n} academies in one trust sent a trust-wide audit instead, which is being followed up.",
               "Some schools missed the deadline; the education safeguarding team is chasing each one."));
    t.push_back(Template("CDOP-01", "Child death reviews completed within 12 months of the death", kPct, kHigher, kAnnual, false)
        .about("Child deaths reviewed by the Child Death Overview Panel in the year where the review was "
               "completed within 12 months of the death, as a percentage of all reviews completed in the "
               "year.", "Child Death Overview Panel database (NCMD)")
        .aim(60, 2, Design::Red).shape(38, 52, 5, 48)
        .by("Integrated Care Board|NHS|Health", "Child Death Overview Panel")
        .notes("Better, with an extra panel meeting to clear reviews waiting on reports.",
               "More reviews completed as inquests concluded sooner.",
               "Reviews are waiting for inquests and criminal proceedings to conclude, which the panel cannot "
               "hurry.",
               "The panel met once less this year, and {n} reviews rolled over."));
    t.push_back(Template("BUD-01", "Partner contributions to the partnership budget received", Unit::Money, kHigher, kAnnual, false)
        .about("Financial contributions received from partner agencies towards the partnership's budget for "
               "the year, against the contributions agreed.", "Partnership budget monitoring")
        .aim(420000, 10000, Design::Green).shape(395000, 418000, 7000)
        .by("", "business unit")
        .notes("All partners paid their agreed contributions, including the one-off uplift for training.",
               "Contributions received in full from the three statutory partners.",
               "{n} agencies' contributions were paid late and fell into the next financial year.",
               "One partner reduced its contribution during the year; the executive is discussing it."));
    return t;
}

const std::vector<Template> &templates()
{
    static const std::vector<Template> all = makeTemplates();
    return all;
}

// Commentary any casework timeliness measure can carry: "better" and "worse" follow polarity.
const std::array<const char *, 3> kBetter = {
    "Better than last {unit} ({prev}); the weekly performance clinic keeps attention on the cases "
    "closest to timescale.",
    "Validated figure; the backlog was cleared after agency staff were recruited to the {team}.",
    "Back within the expected range after last {unit}'s dip, as the {team} returned to full establishment.",
};
const std::array<const char *, 3> kWorse = {
    "Not as good as last {unit} ({prev}). Sickness absence in the {team} accounts for most of the "
    "shortfall; a manager has reviewed every case out of timescale.",
    "Dip reflects {n} cases recorded late, which will be picked up in the validated return.",
    "The {team} prioritised new work during a period of high demand. The Performance and Data "
    "sub-group will look at this again next {unit}.",
};
const std::array<const char *, 2> kCaseworkSteady = {
    "Steady. A dip sample of {n2} records by the QA officer found the recording accurate.",
    "Little change from {prev}; the {team} is holding performance while demand stays high.",
};
// Commentary that fits any measure: it says which way the figure went and no more.
const std::array<const char *, 2> kUp = {
    "Up from {prev} last {unit}; within the usual range of variation.",
    "Higher than last {unit} ({prev}); the Performance and Data sub-group will watch whether it continues.",
};
const std::array<const char *, 2> kDown = {
    "Down from {prev} last {unit}; within the usual range of variation.",
    "Lower than last {unit} ({prev}); no single cause identified, and the service will keep it under review.",
};
const std::array<const char *, 2> kSteady = {
    "In line with the average of recent {units}; no exception to report.",
    "Much the same as last {unit} ({prev}).",
};
const std::array<const char *, 2> kEstimated = {
    "Estimated: the extract was incomplete after a system outage late in the {unit}; the figure will be "
    "replaced when the full data is available.",
    "Estimated from the first three weeks of the {unit}, as the return arrived after the reporting deadline.",
};
const char *const kMissingBefore =
    "No figure for {missing}: the extract failed during the case management system upgrade and the "
    "{unit} could not be rebuilt.";
const char *const kNotReceived =
    "Not available: the return for {period} had not been received by the reporting deadline.";
const char *const kValidatedPrefix = "Validated figure; ";
const char *const kException =
    "Off target: {value} against {target}. {why} A recovery plan with a trajectory back to target by "
    "{by} was agreed at the Performance and Data sub-group.";

const std::array<const char *, 24> kLocalities = {
    "Ashby Vale",  "Carrow",       "Denholm",    "Eastwick",   "Farley Moor", "Gillingford",
    "Harrowden",   "Kelsey",       "Langmere",   "Marston Fold", "Northcote", "Oakhurst",
    "Pennington",  "Queensbury",   "Redbridge Vale", "Saltmarsh", "Thornley",  "Upwell",
    "Vernham",     "Whitlow",      "Yardley Cross", "Brackenfield", "Cold Ashby", "Dunmore"};

// Activity dips in August and late December and picks up in the autumn term.
const std::array<double, 12> kSeason = {1.02, 1.0, 1.03, 0.97, 1.0, 1.01, 0.98, 0.86, 1.01, 1.06, 1.04, 0.92};

class Chance
{
public:
    explicit Chance(quint32 seed) : m_rng(seed) {}

    double uniform() { return m_rng.generateDouble(); }
    double normal()
    {
        const double u1 = 1.0 - m_rng.generateDouble(); // (0, 1]
        const double u2 = m_rng.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    int below(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    bool oneIn(double probability) { return uniform() < probability; }

private:
    QRandomGenerator m_rng;
};

struct Timeline
{
    std::vector<Period> periods;
    std::vector<QString> keys;
    std::vector<QString> labels;
};

Timeline timeline(const Period &first, const Period &last)
{
    Timeline t;
    for (Period p = first; !(last < p); p = p.next()) {
        t.periods.push_back(p);
        t.keys.push_back(p.key());
        t.labels.push_back(p.label());
    }
    return t;
}

double round1(double x)
{
    return std::round(x * 10.0) / 10.0;
}

// One period's numbers after rounding as a return would print them.
struct Point
{
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
};

Point realise(const Template &t, double raw, double den)
{
    Point p;
    double v = std::max(raw, 0.0);
    if (given(t.maxValue))
        v = std::min(v, t.maxValue);
    switch (t.unit) {
    case Unit::Percent:
        v = std::min(v, 100.0);
        if (den > 0) {
            const double n = std::clamp(std::round(v * den / 100.0), 0.0, den);
            p.numerator = n;
            p.denominator = den;
            p.value = round1(100.0 * n / den);
        } else {
            p.value = round1(v);
        }
        break;
    case Unit::Count:
        p.value = std::round(v);
        break;
    case Unit::Money:
        p.value = std::round(v / 100.0) * 100.0;
        break;
    case Unit::Rate:
    case Unit::Days:
        p.value = round1(v);
        break;
    }
    return p;
}

double resolution(const Template &t)
{
    switch (t.unit) {
    case Unit::Count: return 1;
    case Unit::Money: return 100;
    case Unit::Percent:
    case Unit::Rate:
    case Unit::Days: break;
    }
    return 0.1;
}

bool meetsDesign(double value, double target, Polarity polarity, Design design)
{
    RagThresholds blue;
    blue.blueMargin = 0.10;
    const Rag plain = evaluateRag(value, target, polarity).rag;
    const Rag withBlue = evaluateRag(value, target, polarity, blue).rag;
    switch (design) {
    case Design::Natural: return true;
    case Design::Red: return plain == Rag::Red;
    case Design::Amber: return plain == Rag::Amber;
    case Design::Green: return plain == Rag::Green && withBlue != Rag::Blue;
    case Design::Blue: return withBlue == Rag::Blue;
    }
    return true;
}

// Moves a point into the band its design asks for, as near the middle of the band as rounding allows.
void fitDesign(const Template &t, Point &point, double target, double den)
{
    if (t.design == Design::Natural || !given(target) || t.polarity == Polarity::None)
        return;
    if (point.value && meetsDesign(*point.value, target, t.polarity, t.design))
        return;
    double achievement = 1.0;
    switch (t.design) {
    case Design::Red: achievement = 0.84; break;
    case Design::Amber: achievement = 0.925; break;
    case Design::Green: achievement = 1.0; break;
    case Design::Blue: achievement = 1.16; break;
    case Design::Natural: break;
    }
    const double wanted = t.polarity == Polarity::HigherIsBetter ? target * achievement : target / achievement;
    if (t.unit == Unit::Percent && den > 0) {
        for (int extra = 0; extra <= 400; ++extra) {
            const double d = den + extra;
            const double n0 = std::round(wanted * d / 100.0);
            for (const double n : {n0, n0 - 1, n0 + 1}) {
                if (n < 0 || n > d)
                    continue;
                const double v = round1(100.0 * n / d);
                if (meetsDesign(v, target, t.polarity, t.design)) {
                    point.value = v;
                    point.numerator = n;
                    point.denominator = d;
                    return;
                }
            }
        }
        point.numerator.reset();
        point.denominator.reset();
    }
    const double res = resolution(t);
    const double base = std::round(wanted / res) * res;
    for (int k = 0; k <= 400; ++k) {
        for (const double v : {base + k * res, base - k * res}) {
            if (v < 0 || (t.unit == Unit::Percent && v > 100) || (given(t.maxValue) && v > t.maxValue))
                continue;
            const double r = t.unit == Unit::Count || t.unit == Unit::Money ? v : round1(v);
            if (meetsDesign(r, target, t.polarity, t.design)) {
                point.value = r;
                return;
            }
        }
    }
}

// Whether the series shows the special cause where the demo put it.
bool specialHolds(Special special, const std::vector<double> &values, Polarity polarity)
{
    const int n = static_cast<int>(values.size());
    if (special == Special::None)
        return true;
    if (n < 13)
        return false;
    const SpcResult r = evaluateSpc(values, polarity);
    const auto ruleAt = [&r](int i) { return r.points[static_cast<size_t>(i)].rule; };
    switch (special) {
    case Special::Trend: {
        bool found = false;
        for (int i = n - kTrendLength; i < n; ++i) {
            if (i > n - kTrendLength && !(values[static_cast<size_t>(i)] > values[static_cast<size_t>(i - 1)]))
                return false;
            found = found || ruleAt(i) == SpcRule::Trend;
        }
        return found;
    }
    case Special::OutsideLimits:
        return ruleAt(n - kOutsideFromEnd) == SpcRule::OutsideLimits;
    case Special::Run: {
        bool found = false;
        const double mean = r.segments.back().mean;
        for (int i = n - kRunLength; i < n; ++i) {
            if (!(values[static_cast<size_t>(i)] > mean))
                return false;
            found = found || ruleAt(i) == SpcRule::Run;
        }
        return found;
    }
    case Special::None: break;
    }
    return true;
}

// Writes the special cause into the raw series, at a strength (1: as designed).
void shapeSpecial(const Template &t, std::vector<double> &raw, const std::vector<double> &levels,
                  const std::vector<double> &dens, const std::array<double, 8> &jitter, double strength)
{
    const int n = static_cast<int>(raw.size());
    const double sd = t.noise;
    switch (t.special) {
    case Special::None:
        return;
    case Special::Trend: {
        double res = resolution(t);
        for (int i = n - kTrendLength; i < n; ++i)
            if (dens[static_cast<size_t>(i)] > 0)
                res = std::max(res, 100.0 / dens[static_cast<size_t>(i)]);
        const double step = std::max(0.55 * sd, 3.0 * res) * strength;
        double mean = 0;
        for (int i = 0; i < n - kTrendLength; ++i)
            mean += raw[static_cast<size_t>(i)];
        mean /= std::max(1, n - kTrendLength);
        const double start = mean - 1.5 * step;
        for (int k = 0; k < kTrendLength; ++k)
            raw[static_cast<size_t>(n - kTrendLength + k)] = start + k * step + 0.15 * step * std::clamp(jitter[static_cast<size_t>(k)], -1.0, 1.0);
        return;
    }
    case Special::OutsideLimits: {
        const size_t i = static_cast<size_t>(n - kOutsideFromEnd);
        raw[i] = levels[i] - 4.8 * sd * strength;
        return;
    }
    case Special::Run:
        for (int k = 0; k < kRunLength; ++k) {
            const size_t i = static_cast<size_t>(n - kRunLength + k);
            raw[i] = levels[i] + 1.2 * sd * strength + 0.3 * sd * std::clamp(jitter[static_cast<size_t>(k)], -1.2, 1.2);
        }
        return;
    }
}

QString unitWord(Frequency f, bool plural)
{
    switch (f) {
    case Frequency::Monthly: return plural ? QStringLiteral("months") : QStringLiteral("month");
    case Frequency::Quarterly: return plural ? QStringLiteral("quarters") : QStringLiteral("quarter");
    case Frequency::Annual: return plural ? QStringLiteral("years") : QStringLiteral("year");
    }
    return {};
}

class Formatter
{
public:
    Formatter() : m_locale(QLocale::English, QLocale::UnitedKingdom) {}

    QString value(Unit unit, double v) const
    {
        switch (unit) {
        case Unit::Percent: return m_locale.toString(v, 'f', 1) + QLatin1Char('%');
        case Unit::Count: return m_locale.toString(v, 'f', 0);
        case Unit::Money: return QString::fromUtf8("£") + m_locale.toString(v, 'f', 0);
        case Unit::Days: return m_locale.toString(v, 'f', 1) + QStringLiteral(" days");
        case Unit::Rate: return m_locale.toString(v, 'f', 1);
        }
        return {};
    }

private:
    QLocale m_locale;
};

// What commentary may say about one period.
struct Story
{
    QString team;
    QString unit;
    QString units;
    QString value;
    QString prev;
    QString target;
    QString period;
    QString missing;
    QString by;
    QString why;
    int n = 0;
    int n2 = 0;
};

QString tell(const char *text, const Story &s)
{
    QString out = QString::fromUtf8(text);
    if (!out.contains(QLatin1Char('{')))
        return out;
    const std::array<std::pair<QLatin1String, const QString *>, 9> words = {{
        {QLatin1String("{team}"), &s.team},
        {QLatin1String("{units}"), &s.units},
        {QLatin1String("{unit}"), &s.unit},
        {QLatin1String("{value}"), &s.value},
        {QLatin1String("{prev}"), &s.prev},
        {QLatin1String("{target}"), &s.target},
        {QLatin1String("{period}"), &s.period},
        {QLatin1String("{missing}"), &s.missing},
        {QLatin1String("{by}"), &s.by},
    }};
    for (const auto &w : words)
        out.replace(w.first, *w.second);
    out.replace(QLatin1String("{why}"), s.why);
    out.replace(QLatin1String("{n2}"), QString::number(s.n2));
    out.replace(QLatin1String("{n}"), QString::number(s.n));
    return out;
}

QString ownerFor(const Template &t, int copy, const QStringList &agencyNames)
{
    const QStringList words = QString::fromUtf8(t.owner).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QStringList matches;
        for (const QString &name : agencyNames)
            if (name.contains(word, Qt::CaseInsensitive))
                matches << name;
        if (!matches.isEmpty())
            return matches.at(copy % matches.size());
    }
    return {};
}

struct Context
{
    bool large = false;
    int fyStartMonth = 4;
    int currentYear = 0; // the financial year holding today
    Formatter format;
};

// Generates one indicator with everything that belongs to it and appends it to out.
void generateOne(const Template &t, int copy, const Timeline &tl, const Context &ctx,
                 const QStringList &agencyNames, Chance &rng, DemoIndicatorData &out)
{
    const qint64 id = static_cast<qint64>(out.indicators.size()) + 1;
    const int n = static_cast<int>(tl.periods.size());
    const Frequency frequency = ctx.large ? Frequency::Monthly : t.frequency;

    // Copies in the large demo stand for localities: the same measure at a slightly different level.
    const double shift = ctx.large && copy > 0 ? 0.6 * t.noise * rng.normal() : 0.0;
    const double scale = ctx.large && copy > 0 ? 0.85 + 0.3 * rng.uniform() : 1.0;

    Indicator ind;
    ind.code = QString::fromUtf8(t.code);
    ind.title = QString::fromUtf8(t.title);
    if (ctx.large) {
        ind.code += QStringLiteral("-L%1").arg(copy + 1, 2, 10, QLatin1Char('0'));
        const size_t where = static_cast<size_t>(copy) % kLocalities.size();
        ind.title += QStringLiteral(" (%1)").arg(QString::fromUtf8(kLocalities[where]));
    }
    ind.definition = QString::fromUtf8(t.definition);
    ind.unit = t.unit;
    ind.polarity = t.polarity;
    ind.frequency = frequency;
    ind.dataSource = QString::fromUtf8(t.source);
    ind.statutory = t.statutory;
    if (given(t.target))
        ind.annualTarget = t.target;

    // Targets for every financial year the values touch and the current one; easier further back.
    const int firstYear = tl.periods.front().financialYear();
    std::vector<double> yearTargets;
    for (int y = firstYear; y <= ctx.currentYear; ++y) {
        if (!given(t.target)) {
            yearTargets.push_back(kNone);
            continue;
        }
        const int back = ctx.currentYear - y;
        double v = t.target + (t.polarity == Polarity::LowerIsBetter ? 1 : -1) * t.targetStep * back;
        if (t.unit == Unit::Percent)
            v = std::clamp(v, 0.0, 100.0);
        v = std::max(v, 0.0);
        yearTargets.push_back(v);
        out.targets.push_back({id, Period::year(y, ctx.fyStartMonth).key(), v});
    }
    const auto targetAt = [&](int i) {
        return yearTargets[static_cast<size_t>(tl.periods[static_cast<size_t>(i)].financialYear() - firstYear)];
    };

    // The raw series: a gentle drift from the old level to today's, a wandering component, noise.
    std::vector<double> levels(static_cast<size_t>(n));
    std::vector<double> raw(static_cast<size_t>(n));
    std::vector<double> dens(static_cast<size_t>(n), 0.0);
    double walk = 0;
    for (int i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double along = n > 1 ? static_cast<double>(i) / (n - 1) : 1.0;
        double level = (t.startLevel + (t.level - t.startLevel) * along) + shift;
        if (t.unit == Unit::Count || t.unit == Unit::Money)
            level *= scale;
        const double season = t.seasonal && frequency == Frequency::Monthly
            ? kSeason[static_cast<size_t>(tl.periods[k].start().month() - 1)]
            : 1.0;
        if (t.unit == Unit::Count)
            level *= season;
        levels[k] = level;
        walk = 0.5 * walk + 0.35 * t.noise * rng.normal();
        raw[k] = level + walk + t.noise * rng.normal();
        if (t.unit == Unit::Percent && t.denominator > 0) {
            const double expected = t.denominator * scale * season;
            dens[k] = std::max(1.0, std::round(expected * (1.0 + 0.06 * rng.normal())));
        }
    }

    std::array<double, 8> jitter{};
    for (double &j : jitter)
        j = rng.normal();

    std::vector<Point> points(static_cast<size_t>(n));
    const auto realiseAll = [&](const std::vector<double> &series) {
        for (int i = 0; i < n; ++i)
            points[static_cast<size_t>(i)] = realise(t, series[static_cast<size_t>(i)], dens[static_cast<size_t>(i)]);
    };
    if (t.special == Special::None) {
        realiseAll(raw);
    } else {
        // Too weak and noise hides it; too strong and a rule of higher priority claims the points
        // (a run far above the mean is beyond the limits), so try a little either way.
        for (const double strength : {1.0, 0.8, 1.25, 0.65, 1.5, 0.5, 1.8, 0.4, 2.2}) {
            std::vector<double> shaped = raw;
            shapeSpecial(t, shaped, levels, dens, jitter, strength);
            realiseAll(shaped);
            std::vector<double> values;
            values.reserve(static_cast<size_t>(n));
            for (const Point &p : points)
                values.push_back(p.value.value_or(0));
            if (specialHolds(t.special, values, t.polarity))
                break;
        }
    }
    fitDesign(t, points.back(), targetAt(n - 1), dens.back());

    // Gaps: now and then a month or quarter without a return (small demo only).
    enum class Gap { None, Missing, NoValue };
    std::vector<Gap> gaps(static_cast<size_t>(n), Gap::None);
    if (!ctx.large && t.special == Special::None && frequency != Frequency::Annual) {
        const double chance = frequency == Frequency::Monthly ? 0.016 : 0.012;
        int count = 0;
        for (int i = 1; i < n - 3 && count < 2; ++i) {
            if (rng.oneIn(chance)) {
                gaps[static_cast<size_t>(i)] = rng.below(3) == 0 ? Gap::NoValue : Gap::Missing;
                ++count;
                ++i; // never two in a row
            }
        }
    }

    // The period after the latest, for "by when" in commentary: the quarter after next or next year.
    const Period latest = tl.periods.back();
    const Period byWhen = frequency == Frequency::Annual
        ? latest.next()
        : latest.enclosing(Period::Kind::Quarter).offset(2);

    Story story;
    story.team = QString::fromUtf8(t.team);
    story.unit = unitWord(frequency, false);
    story.units = unitWord(frequency, true);
    story.by = byWhen.label();
    // The indicator's own notes tell of one-off events, so each is used once; the general ones
    // may come again, though not twice running.
    std::array<bool, 2> upUsed = {false, false};
    std::array<bool, 2> downUsed = {false, false};
    const char *lastNote = nullptr;
    const auto chooseNote = [&](int direction) -> const char * {
        if (direction != 0) {
            const auto &own = direction > 0 ? t.up : t.down;
            auto &used = direction > 0 ? upUsed : downUsed;
            const int first = rng.below(2);
            for (int k = 0; k < 2; ++k) {
                const size_t j = static_cast<size_t>((first + k) % 2);
                if (own[j] && !used[j] && rng.oneIn(0.55)) {
                    used[j] = true;
                    return lastNote = own[j];
                }
            }
        }
        std::array<const char *, 5> pool{};
        size_t size = 0;
        const auto add = [&pool, &size](const auto &list) {
            for (const char *text : list)
                pool[size++] = text;
        };
        const bool better = (direction > 0) == (t.polarity == Polarity::HigherIsBetter);
        if (direction > 0)
            add(kUp);
        else if (direction < 0)
            add(kDown);
        else
            add(kSteady);
        if (t.process && t.polarity != Polarity::None) {
            if (direction == 0)
                add(kCaseworkSteady);
            else
                add(better ? kBetter : kWorse);
        }
        size_t at = static_cast<size_t>(rng.below(static_cast<int>(size)));
        if (pool[at] == lastNote)
            at = (at + 1) % size;
        return lastNote = pool[at];
    };

    std::optional<double> previous;
    QString missingLabel;
    for (int i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        if (gaps[k] == Gap::Missing) {
            missingLabel = tl.labels[k];
            continue;
        }
        Measurement m;
        m.indicatorId = id;
        m.periodKey = tl.keys[k];
        const bool isLatest = i == n - 1;
        const double target = targetAt(i);

        story.period = tl.labels[k];
        story.n = 2 + rng.below(6);
        story.n2 = 10 + 5 * rng.below(5);

        if (gaps[k] == Gap::NoValue) {
            m.quality = DataQuality::Provisional;
            m.commentary = tell(kNotReceived, story);
            out.measurements.push_back(std::move(m));
            continue;
        }
        const Point &p = points[k];
        m.value = p.value;
        m.numerator = p.numerator;
        m.denominator = p.denominator;

        // Recent periods are provisional; now and then a figure is estimated.
        const bool provisional = isLatest || (frequency == Frequency::Monthly && i == n - 2);
        if (provisional)
            m.quality = DataQuality::Provisional;
        else if (rng.oneIn(0.025))
            m.quality = DataQuality::Estimated;

        const double roll = rng.uniform();
        const int pick = rng.below(2);
        const bool special = t.special != Special::None;
        const int specialFirstAt = t.special == Special::Trend ? n - 4
                                 : t.special == Special::Run ? n - kRunLength
                                 : n - kOutsideFromEnd;
        const int specialLastAt = t.special == Special::OutsideLimits ? n - kOutsideFromEnd + 1 : n - 1;
        const bool speaks = (special && (i == specialFirstAt || i == specialLastAt)) || !missingLabel.isEmpty()
            || m.quality == DataQuality::Estimated
            || (previous && (roll < 0.2 || (isLatest && roll < 0.6) || (isLatest && t.design == Design::Red)));
        if (speaks) { // numbers are formatted only for the words that print them
            story.value = ctx.format.value(t.unit, *p.value);
            story.prev = previous ? ctx.format.value(t.unit, *previous) : QString();
            story.target = given(target) ? ctx.format.value(t.unit, target) : QString();
        }

        if (special && i == specialFirstAt) {
            m.commentary = tell(t.specialFirst, story);
        } else if (special && i == specialLastAt) {
            m.commentary = tell(t.specialLast, story);
        } else if (!missingLabel.isEmpty()) {
            story.missing = missingLabel;
            m.commentary = tell(kMissingBefore, story);
        } else if (m.quality == DataQuality::Estimated) {
            m.commentary = tell(kEstimated[static_cast<size_t>(pick)], story);
        } else if (speaks) {
            const double change = *p.value - *previous;
            const double threshold = 0.35 * t.noise;
            const int direction = change > threshold ? 1 : change < -threshold ? -1 : 0;
            if (isLatest && t.design == Design::Red && given(target)) {
                // A red latest period is an exception: the report explains it.
                const auto &worse = t.polarity == Polarity::LowerIsBetter ? t.up : t.down;
                story.why = tell(worse[static_cast<size_t>(pick)], story);
                m.commentary = tell(kException, story);
            } else {
                const char *note = chooseNote(direction);
                if (m.quality != DataQuality::Validated && qstrncmp(note, kValidatedPrefix, qstrlen(kValidatedPrefix)) == 0) {
                    QString rest = tell(note + qstrlen(kValidatedPrefix), story);
                    rest[0] = rest[0].toUpper();
                    m.commentary = rest;
                } else {
                    m.commentary = tell(note, story);
                }
            }
        }
        missingLabel.clear();
        previous = p.value;
        out.measurements.push_back(std::move(m));
    }

    // Benchmarks for statutory measures: national, regional and statistical neighbours for each
    // financial year already over; for quarterly measures also the regional benchmarking club's
    // quarterly figures (regional and neighbours only: national figures come once a year).
    if (t.statutory && given(t.national)) {
        // The country moves the same way as the area, at a quarter of the pace.
        const int perYear = frequency == Frequency::Monthly ? 12 : frequency == Frequency::Quarterly ? 4 : 1;
        const double drift = (t.level - t.startLevel) / std::max(1, n) * perYear * 0.25;
        const auto bound = [&t](double v) {
            v = std::max(v, 0.0);
            return t.unit == Unit::Percent ? std::min(v, 100.0) : v;
        };
        for (int y = firstYear; y < ctx.currentYear; ++y) {
            const int age = ctx.currentYear - 1 - y;
            const double national = t.national - drift * age + 0.12 * t.noise * rng.normal();
            Benchmark b;
            b.periodKey = Period::year(y, ctx.fyStartMonth).key();
            b.national = round1(bound(national));
            b.regional = round1(bound(national + t.regional + 0.2 * t.noise * rng.normal()));
            b.statisticalNeighbours = round1(bound(national + t.neighbours + 0.2 * t.noise * rng.normal()));
            out.benchmarks.emplace_back(id, b);
        }
        if (frequency == Frequency::Quarterly) {
            for (int i = 0; i < n; ++i) {
                const Period &q = tl.periods[static_cast<size_t>(i)];
                const int age = ctx.currentYear - 1 - q.financialYear();
                const double national = t.national - drift * age + 0.15 * t.noise * rng.normal();
                Benchmark b;
                b.periodKey = tl.keys[static_cast<size_t>(i)];
                b.regional = round1(bound(national + t.regional + 0.25 * t.noise * rng.normal()));
                b.statisticalNeighbours = round1(bound(national + t.neighbours + 0.25 * t.noise * rng.normal()));
                out.benchmarks.emplace_back(id, b);
            }
        }
    }

    out.indicators.push_back(std::move(ind));
    out.ownerAgencyNames.push_back(ownerFor(t, copy, agencyNames));
}

} // namespace

DemoIndicatorData generateDemoIndicators(bool large, quint32 seed, const QDate &today, int fyStartMonth,
                                         const QStringList &agencyNames)
{
    DemoIndicatorData out;
    if (!today.isValid() || fyStartMonth < 1 || fyStartMonth > 12)
        return out;
    Chance rng(seed);
    Context ctx;
    ctx.large = large;
    ctx.fyStartMonth = fyStartMonth;
    ctx.currentYear = Period::containing(today, Period::Kind::Year, fyStartMonth).financialYear();

    const auto span = [&](Period::Kind kind) {
        const Period last = Period::containing(today, kind, fyStartMonth).previous();
        const Period first = large ? last.offset(1 - kLargeMonths)
                                   : Period::year(ctx.currentYear - kSmallYears, fyStartMonth).enclosing(kind);
        return timeline(first, last);
    };

    const std::vector<Template> &all = templates();
    if (large) {
        std::vector<const Template *> monthly;
        for (const Template &t : all)
            if (t.frequency == Frequency::Monthly)
                monthly.push_back(&t);
        const Timeline months = span(Period::Kind::Month);
        out.indicators.reserve(kLargeCount);
        out.ownerAgencyNames.reserve(kLargeCount);
        out.measurements.reserve(static_cast<size_t>(kLargeCount) * months.periods.size());
        const int m = static_cast<int>(monthly.size());
        for (int i = 0; i < kLargeCount; ++i)
            generateOne(*monthly[static_cast<size_t>(i % m)], i / m, months, ctx, agencyNames, rng, out);
        return out;
    }

    const Timeline months = span(Period::Kind::Month);
    const Timeline quarters = span(Period::Kind::Quarter);
    const Timeline years = span(Period::Kind::Year);
    for (const Template &t : all) {
        const Timeline &tl = t.frequency == Frequency::Monthly ? months
                           : t.frequency == Frequency::Quarterly ? quarters
                                                                 : years;
        generateOne(t, 0, tl, ctx, agencyNames, rng, out);
    }
    return out;
}

} // namespace assure
