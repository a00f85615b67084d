// The demo's indicator templates for children's services: definitions, targets, history shapes and commentary.
#include "core/demo/demoindicatortemplatesparts.h"

namespace assure::demo {

void addChildrenTemplates(std::vector<Template> &t)
{
    // ---- Children: the front door, assessment and early help
    t.push_back(
        Template("FD-01", "MASH contacts with a decision within 24 hours", kPct, kHigher, kMonthly, false)
            .about("Contacts received by the Multi-Agency Safeguarding Hub in the month where the decision on next "
                   "steps (no further action, early help, or referral to children's social care) was recorded "
                   "within 24 hours of receipt, as a percentage of all contacts received.",
                   kCaseSystem)
            .aim(90, 1, Design::Green)
            .shape(86, 91.5, 2.2, 1350)
            .casework()
            .by("Children's Services|Children", "MASH")
            .notes("The vacant MASH senior practitioner post was filled and the timeliness figures show it.",
                   "Fewer contacts allowed the MASH to clear the weekend backlog by Monday lunchtime.",
                   "Contacts rose sharply and a weekend backlog built up that took until Tuesday to clear.",
                   "Police notifications spiked after a change in recording practice; the MASH manager is "
                   "meeting the police lead to agree triage at source."));
    t.push_back(
        Template("FD-02", "Contacts received by the MASH", Unit::Count, kInfo, kMonthly, false)
            .about("Number of contacts about a child received by the Multi-Agency Safeguarding Hub in the month, "
                   "from all sources, including police protection notices.",
                   kCaseSystem)
            .shape(1220, 1380, 70)
            .seasonalVolume()
            .by("Children's Services|Children", "MASH")
            .notes("Rise driven by police notifications and by schools raising concerns before a holiday.",
                   "More contacts from education: schools are contacting earlier, in line with the refreshed "
                   "threshold guidance.",
                   "Fewer contacts this {unit}; the pattern matches the same {unit} last year.",
                   "Fewer contacts from health since the consultation line for GPs and midwives opened; many now "
                   "get advice without a formal contact."));
    t.push_back(
        Template("CSC-01", "Re-referrals to children's social care within 12 months", kPct, kLower, kMonthly, true)
            .about("Referrals in the month received within 12 months of a previous referral for the same child, as "
                   "a percentage of all referrals in the month (children in need census definition).",
                   kCinCensus)
            .aim(22, 0.5, Design::Amber)
            .shape(25.5, 23.7, 1.4, 390)
            .bench(22.4, -0.8, 0.7)
            .by("Children's Services|Children", "Front Door Service")
            .notes("Increase linked to cases closed after assessment returning with similar concerns; the QA team "
                   "is dip sampling {n2} re-referrals.",
                   "Two large sibling groups were re-referred in the same week, adding {n} children to the count.",
                   "Fewer re-referrals; stepping cases down to early help rather than closing them appears to be "
                   "holding.",
                   "Lower again. Every closure in the Assessment Service now has a reflective closure discussion "
                   "with a manager."));
    t.push_back(
        Template("CSC-03", "Single assessments completed within 45 working days", kPct, kHigher, kMonthly, true)
            .about("Single assessments completed in the month that were authorised within 45 working days of the "
                   "referral, as a percentage of all single assessments completed in the month.",
                   kCinCensus)
            .aim(85, 1, Design::Amber)
            .shape(74, 80, 2.8, 330)
            .bench(82.8, 0.9, -1.2)
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
    t.push_back(
        Template("CSC-04", "Average working days from referral to completed assessment", Unit::Days, kLower, kMonthly,
                 false)
            .about("Mean number of working days from the date of referral to the date the single assessment was "
                   "authorised, for assessments completed in the month. No target: read beside CSC-03.",
                   kCaseSystem)
            .shape(38, 33.5, 2.0)
            .by("Children's Services|Children", "Assessment Service")
            .notes("Longer on average: a small number of complex assessments closed this {unit} after more than "
                   "60 working days.",
                   "Rise reflects assessments held open for specialist reports, which count until authorised.",
                   "Shorter, as allocation is quicker now that caseloads in the Assessment Service are under 20.",
                   "Quicker authorisation since the second team manager started in the Assessment Service."));
    t.push_back(
        Template("CSC-05", "Section 47 enquiries started", Unit::Count, kInfo, kMonthly, true)
            .about("Number of child protection enquiries under section 47 of the Children Act 1989 started in the "
                   "month.",
                   kCinCensus)
            .shape(88, 96, 9)
            .seasonalVolume()
            .by("Children's Services|Children", "Front Door Service")
            .notes("More enquiries, in part from a single exploitation investigation involving {n} children.",
                   "Rise follows a run of police notifications of domestic abuse incidents where children were "
                   "present.",
                   "Fewer enquiries: more strategy discussions concluded that a child and family assessment was "
                   "the proportionate response.",
                   "Lower, in line with the fall in referrals this {unit}."));
    t.push_back(Template("EH-01", "Early help assessments completed", Unit::Count, kHigher, kMonthly, false)
                    .about("Early help assessments completed in the month by the family hubs and by partner agencies "
                           "(schools, health visiting, the voluntary sector).",
                           "Early help module of the case management system")
                    .aim(180, 10, Design::Green)
                    .shape(140, 188, 14)
                    .seasonalVolume()
                    .by("Children's Services|Education|Children", "Early Help Hub")
                    .notes("More early help assessments started by schools, following the training for designated "
                           "safeguarding leads.",
                           "Family hubs completed more assessments as the new outreach workers settled in.",
                           "Fewer assessments this {unit}, mainly from schools.",
                           "Lower, with two early help practitioner vacancies in the family hubs."));
    t.push_back(
        Template("CIN-01", "Children in need visited within timescales", kPct, kHigher, kMonthly, false)
            .about("Children subject to a child in need plan at the end of the month who had been seen by their "
                   "social worker within the last 20 working days, as a percentage of all children on a child in "
                   "need plan.",
                   kCaseSystem)
            .aim(90, 0, Design::Green)
            .shape(84, 88.5, 2.0, 610)
            .casework()
            .by("Children's Services|Children", "Family Support teams")
            .notes("Visits in timescale for all but {n2} children in the family support teams.",
                   "Better, after a review of the visiting frequency set in each child in need plan.",
                   "{n2} visits were recorded late; the figures will be corrected in the validated return.",
                   "Lower in one family support team carrying two vacancies."));
    t.push_back(
        Template("WF-01", "Children's social work posts filled by agency staff", kPct, kLower, kMonthly, false)
            .about("Children's social worker posts (full-time equivalent) filled by agency staff at the end of the "
                   "month, as a percentage of all funded posts.",
                   "HR establishment report")
            .aim(15, 1, Design::Amber)
            .shape(22, 16.4, 0.8, 240)
            .by("Children's Services|Council", "workforce team")
            .notes("Agency use rose to cover maternity leave and two resignations in the safeguarding teams.",
                   "Higher while the newly qualified social workers complete their first months.",
                   "Lower, as {n} agency social workers converted to permanent posts.",
                   "The recruitment campaign brought {n} experienced social workers into permanent posts."));

    // ---- Children: child protection
    t.push_back(
        Template("CP-01", "Initial child protection conferences within 15 working days", kPct, kHigher, kMonthly, true)
            .about("Initial child protection conferences held in the month within 15 working days of the strategy "
                   "discussion at which the section 47 enquiry started, as a percentage of all initial "
                   "conferences held in the month.",
                   kCinCensus)
            .aim(85, 1, Design::Red)
            .shape(70, 73, 5.0, 34)
            .bench(78.5, -1.8, 0.6)
            .casework()
            .by("Children's Services|Children", "Child Protection Conference Service")
            .notes("Better this {unit}: the conference service has added two conference slots a week.",
                   "Every conference for a sibling group was held within 15 working days this {unit}.",
                   "{n} conferences were rearranged because health or police could not attend; the chairs judged "
                   "it better to rearrange than to proceed without them.",
                   "Fewer chairs available during leave; {n} conferences went past 15 working days."));
    t.push_back(
        Template("CP-02", "Child protection plans lasting two years or more", kPct, kLower, kQuarterly, true)
            .about("Children whose child protection plan ended in the quarter after lasting two years or more, as "
                   "a percentage of all children whose plan ended in the quarter.",
                   kCinCensus)
            .aim(4, 0, Design::Blue)
            .shape(4.6, 3.0, 0.7, 88)
            .bench(3.9, -0.3, 0.2)
            .by("Children's Services|Children", "Child Protection Conference Service")
            .notes("{n} long-standing plans for one family ended this quarter, which lifts the percentage.",
                   "Small numbers: each plan ending after two years moves this figure by about a percentage point.",
                   "The Head of Service now reviews every plan that reaches 15 months, and fewer plans are drifting.",
                   "Lower, as plans reviewed at the drift panel last {unit} have ended or stepped down."));
    t.push_back(
        Template("CP-03", "Child protection plans for a second or subsequent time", kPct, kLower, kMonthly, true)
            .about("Children who became subject to a child protection plan in the 12 months to the end of the "
                   "month and had been subject to a plan before, at any time, as a percentage of all children "
                   "who became subject to a plan in those 12 months.",
                   kCinCensus)
            .aim(20, 0.5, Design::Natural)
            .shape(21.5, 21.0, 0.8, 470)
            .bench(23.6, -0.9, 0.5)
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
    t.push_back(
        Template("CP-04", "Children on child protection plans visited within timescales", kPct, kHigher, kMonthly,
                 false)
            .about("Children subject to a child protection plan at the end of the month who had been seen by their "
                   "social worker within the last 10 working days, as a percentage of all children subject to a "
                   "plan.",
                   kCaseSystem)
            .aim(95, 0, Design::Green)
            .shape(90, 93.5, 1.7, 420)
            .casework()
            .by("Children's Services|Children", "safeguarding teams")
            .notes("Visits recorded on time; team managers now check the visits dashboard every Monday.",
                   "All but {n} children were seen within timescale, and each of those within 15 working days.",
                   "{n} visits were made but recorded late; the recording has been put right and the validated "
                   "figure will be higher.",
                   "Families away or unwilling to engage account for most of the shortfall; each case has a "
                   "management oversight note."));
    t.push_back(
        Template("CP-05", "Child protection review conferences held within timescales", kPct, kHigher, kQuarterly, true)
            .about("Child protection review conferences held in the quarter within the timescales Working Together "
                   "sets (three months after the initial conference, then at most six months apart), as a "
                   "percentage of all review conferences held.",
                   kCinCensus)
            .aim(98, 0, Design::Green)
            .shape(95, 97.2, 1.2, 210)
            .bench(91.2, 1.5, 0.8)
            .casework()
            .by("Children's Services|Children", "Child Protection Conference Service")
            .notes("All but {n} review conferences were held in timescale this quarter.",
                   "Improvement follows the move to booking the next review at the end of each conference.",
                   "{n} reviews were postponed at the family's request, with the chair's agreement, so that a "
                   "parent could attend.",
                   "Chair sickness this quarter; cover was found for most conferences, but not all."));
    t.push_back(
        Template("CP-06", "Children on child protection plans per 10,000 children", Unit::Rate, kInfo, kMonthly, true)
            .about("Children subject to a child protection plan at the end of the month per 10,000 children aged "
                   "under 18 (ONS mid-year population estimate).",
                   kCinCensus)
            .shape(39, 43.5, 1.1)
            .bench(41.6, 2.1, 1.4)
            .by("Children's Services|Children", "Child Protection Conference Service")
            .notes("Rise follows new plans for {n2} children in three large families.",
                   "More children on plans under the category of neglect, which the neglect strategy group is "
                   "looking at.",
                   "Fewer children on plans as step-down to child in need plans continues after review.",
                   "More plans ended at review this {unit} than started."));
    t.push_back(
        Template("CSC-02", "Children in need per 10,000 children", Unit::Rate, kInfo, kQuarterly, true)
            .about("Children in need (including those on child protection plans and those looked after) at the end "
                   "of the quarter per 10,000 children aged under 18.",
                   kCinCensus)
            .shape(352, 338, 6)
            .bench(332.6, -8, 5)
            .by("Children's Services|Children", "performance and intelligence team")
            .notes("Rate up as more assessments led to child in need plans.",
                   "Rise reflects the higher referral numbers earlier in the year.",
                   "Lower: more families stepped down to early help at the end of their child in need plan.",
                   "Falling, in line with fewer open cases in the family support teams."));
    t.push_back(
        Template("MIS-01", "Return home interviews offered within 72 hours", kPct, kHigher, kMonthly, false)
            .about("Missing episodes ended in the month where the child was offered an independent return home "
                   "interview within 72 hours of being found or coming back, as a percentage of all missing "
                   "episodes ended in the month.",
                   "Commissioned return home interview service monthly return")
            .aim(80, 2, Design::Natural)
            .shape(71, 82, 3.2, 140)
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
    t.push_back(
        Template("DA-01", "MARAC repeat referrals", kPct, kInfo, kMonthly, false)
            .about("Cases heard at the Multi-Agency Risk Assessment Conference in the month that had been heard in "
                   "the previous 12 months, as a percentage of all cases heard. SafeLives expects 28% to 40%: "
                   "lower suggests repeat incidents are not being recognised, higher that risk is not being "
                   "reduced. Read against that band; no target.",
                   "MARAC coordinator's minutes and case list")
            .shape(24, 31, 3.2, 62)
            .by("Police|Women's|Voluntary", "MARAC coordinator")
            .notes("Repeat rate up, towards the middle of the range SafeLives expects; the police are flagging "
                   "repeat victims more reliably.",
                   "Higher: {n} cases came back to MARAC after further incidents within the year.",
                   "Below the expected range; the MARAC steering group is checking that repeat incidents are "
                   "recognised as repeats.",
                   "Fewer repeat cases heard, with more new referrals from health this {unit}."));
    t.push_back(
        Template("DA-02", "Operation Encompass notifications before the next school day", kPct, kHigher, kMonthly,
                 false)
            .about("Domestic abuse incidents attended by the police where a child of school age was present or "
                   "normally lives, for which the child's school was told before the start of the next school "
                   "day, as a percentage of all such incidents.",
                   "Police records management system")
            .aim(95, 1, Design::Green)
            .shape(88, 96.5, 1.7, 180)
            .casework()
            .by("Police", "public protection unit")
            .notes("Schools were told before the school day in all but {n} cases.",
                   "Better since the overnight notifications moved to the police team in the MASH.",
                   "Incidents over a bank holiday weekend were notified late; the holiday process is being reviewed.",
                   "{n} notifications were delayed because the child's school was not recorded on the police "
                   "system."));

    // ---- Children: looked after and care leavers
    t.push_back(
        Template("LAC-01", "Looked-after children with three or more placements in the year", kPct, kLower, kQuarterly,
                 true)
            .about("Children looked after at the end of the quarter who had three or more separate placements in "
                   "the previous 12 months, as a percentage of all children looked after at the end of the "
                   "quarter.",
                   kSsda903)
            .aim(10, 0, Design::Red)
            .shape(10.5, 11.9, 0.6, 410)
            .bench(10.0, 0.4, -0.3)
            .by("Children's Services|Children", "Children in Care Service")
            .notes("More moves after two residential providers gave notice on {n} children at short notice.",
                   "The shortage of foster carers for teenagers is leading to more short-term placements before a "
                   "match is found.",
                   "Fewer moves this quarter; the placement stability meeting now sees every child on a second "
                   "placement in a year.",
                   "Therapeutic support for foster carers is holding placements that would once have ended."));
    t.push_back(
        Template("LAC-02", "Long-term placement stability of looked-after children", kPct, kHigher, kQuarterly, true)
            .about("Children under 16 looked after for two and a half years or more who had lived in the same "
                   "placement for at least two years, or were placed for adoption, as a percentage of all such "
                   "children. No local target.",
                   kSsda903)
            .shape(66, 69, 1.8, 160)
            .bench(70, 1.0, -0.5)
            .by("Children's Services|Children", "Children in Care Service")
            .notes("A slight rise as {n} children in long-term foster placements passed the two-year mark.",
                   "Better: more long-term matches were confirmed at the fostering panel.",
                   "{n} long-term placements ended this quarter, two of them planned moves to family members.",
                   "Lower, reflecting the placement breakdowns reported last quarter."));
    t.push_back(
        Template("LAC-03", "Looked-after children with an up-to-date health assessment", kPct, kHigher, kMonthly, true)
            .about("Children looked after for at least 12 months whose health assessment is up to date (within six "
                   "months for children under five, 12 months for older children), as a percentage of all such "
                   "children.",
                   kSsda903)
            .aim(92, 1, Design::Green)
            .shape(85, 90.6, 1.8, 330)
            .bench(89, 0.5, 1.1)
            .casework()
            .by("Integrated Care Board|Community Health|NHS|Health", "looked after children health team")
            .notes("The health team has cleared the backlog of review health assessments for children placed out "
                   "of area.",
                   "Better: carers now get a reminder six weeks before a review health assessment is due.",
                   "{n} children placed out of area are waiting for the host health provider to complete their "
                   "review health assessment.",
                   "Lower, as {n} young people declined their review health assessment; their health needs are "
                   "being met through their GP."));
    t.push_back(
        Template("LAC-04", "Looked-after children reviews held within timescales", kPct, kHigher, kMonthly, false)
            .about("Reviews of looked-after children held in the month within statutory timescales (20 working "
                   "days after coming into care, three months later, then at most six months apart), as a "
                   "percentage of all reviews held.",
                   kCaseSystem)
            .aim(95, 0, Design::Green)
            .shape(94, 96.5, 1.5, 120)
            .casework()
            .by("Children's Services|Children", "Independent Reviewing Service")
            .notes("All but {n} reviews were held within timescale.",
                   "The Independent Reviewing Service is fully staffed again.",
                   "{n} reviews were moved so that the young person could attend, as their reviewing officer agreed.",
                   "Two reviewing officer vacancies this {unit}; conference chairs are providing cover."));
    t.push_back(
        Template("HLTH-01", "Initial health assessments within 20 working days of entering care", kPct, kHigher,
                 kMonthly, true)
            .about("Children who came into care in the month whose initial health assessment was completed by a "
                   "registered medical practitioner within 20 working days, as a percentage of all children who "
                   "came into care.",
                   "Community health trust LAC health team return")
            .aim(85, 2, Design::Red)
            .shape(45, 58, 8, 24)
            .casework()
            .by("Integrated Care Board|Community Health|NHS|Health", "looked after children health team")
            .notes("Better: consent forms from children's social care now reach the health team within five "
                   "working days in most cases.",
                   "Extra paediatric clinic capacity this {unit} cleared the waiting list.",
                   "Only one paediatric clinic a week was available this {unit}; {n} assessments fell outside 20 "
                   "working days.",
                   "Late notification: {n} children were notified to the health team after day 10 in care, which "
                   "left too little time."));
    t.push_back(
        Template("CL-01", "Care leavers aged 19 to 21 in suitable accommodation", kPct, kHigher, kQuarterly, true)
            .about("Care leavers aged 19, 20 and 21 in touch with the local authority whose accommodation is "
                   "judged suitable, as a percentage of all care leavers of those ages.",
                   kSsda903)
            .aim(90, 1, Design::Amber)
            .shape(85, 83, 1.6, 210)
            .bench(88, -1.0, 0.2)
            .by("Children's Services|Children", "Leaving Care Service")
            .notes("Two care leavers moved from bed and breakfast into supported lodgings this quarter.",
                   "The joint housing protocol with the district councils is now placing care leavers directly "
                   "into tenancies.",
                   "{n} young people were in custody or emergency accommodation at the end of the quarter.",
                   "A supported accommodation provider closed during the quarter; replacement places are being "
                   "commissioned."));
}

} // namespace assure::demo
