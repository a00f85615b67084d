// The demo's indicator templates for adults, the partnership's workforce and the yearly returns, as data.
#include "core/demo/demoindicatortemplatesparts.h"

namespace assure::demo {

void addAdultsAndPartnershipTemplates(std::vector<Template> &t)
{
    // ---- Partnership: workforce, training and safer recruitment
    t.push_back(
        Template("TR-01", "Attendances at multi-agency safeguarding training", Unit::Count, kHigher, kQuarterly, false)
            .about("Places taken up on the partnership's multi-agency safeguarding courses, and e-learning modules "
                   "completed, in the quarter, across all partner agencies.",
                   "Partnership learning management system")
            .aim(450, 25, Design::Blue)
            .shape(380, 540, 35)
            .by("", "learning and development team")
            .notes("Highest attendance for some time, helped by the new e-learning module on exploitation.",
                   "The domestic abuse course ran three times this quarter and every place was taken.",
                   "Fewer places taken up; {n} courses were cancelled when trainers were unavailable.",
                   "Lower, as partner agencies held staff back during service pressures."));
    t.push_back(
        Template("SR-01", "New starters in regulated activity with an enhanced DBS check before starting", kPct,
                 kHigher, kQuarterly, false)
            .about("Staff and volunteers starting work in regulated activity with children or adults in the quarter "
                   "whose enhanced DBS check, with barred list check, came back before their start date, as a "
                   "percentage of all such starters in the agencies that report.",
                   "Partner agency HR returns")
            .aim(100, 0, Design::Green)
            .shape(96, 98.6, 0.9, 260)
            .by("Council", "HR teams")
            .notes("All but {n} starters had their enhanced DBS check back before they started.",
                   "Better since HR stopped confirming start dates until the DBS certificate has been seen.",
                   "{n} starters began work under supervision with a risk assessment while their check was "
                   "outstanding.",
                   "Delays at the DBS meant {n} starters waited for certificates; none worked unsupervised."));
    t.push_back(
        Template("SR-02", "Allegations against people who work with children resolved within one month", kPct, kHigher,
                 kQuarterly, false)
            .about("Allegations managed by the Local Authority Designated Officer (LADO) that reached an outcome in "
                   "the quarter within one month of referral, as a percentage of all allegations concluded in the "
                   "quarter.",
                   "LADO database")
            .aim(80, 0, Design::Amber)
            .shape(66, 74, 4, 48)
            .casework()
            .by("Children's Services|Children", "LADO service")
            .notes("Better, as police investigations concluded more quickly this quarter.",
                   "The LADO now chairs a review meeting at three weeks for every open allegation.",
                   "{n} allegations are waiting on police or employer investigations, which set the pace.",
                   "Lower, with a complex allegation in a residential setting taking much of the LADO's time."));
    t.push_back(
        Template("HLTH-02", "Health staff up to date with level 3 safeguarding children training", kPct, kHigher,
                 kQuarterly, false)
            .about("Clinical staff in the acute, community and mental health trusts who need level 3 safeguarding "
                   "children training under the intercollegiate document and are up to date, as a percentage of "
                   "all staff who need it.",
                   "NHS trusts' training compliance returns")
            .aim(90, 0, Design::Green)
            .shape(82, 88, 1.4, 2400)
            .by("Hospitals|NHS|Health", "named nurses")
            .notes("Better, with extra level 3 sessions in the acute trust.",
                   "Compliance up since the training was added to the trusts' mandatory training dashboards.",
                   "Lower, as the new intake of junior doctors has not yet completed level 3 training.",
                   "Training sessions were cancelled during operational pressures; places have been rebooked."));
    t.push_back(
        Template("YJ-01", "First-time entrants to the youth justice system per 100,000", Unit::Rate, kLower, kQuarterly,
                 true)
            .about("Young people aged 10 to 17 receiving their first youth caution or conviction in the 12 months "
                   "to the end of the quarter, per 100,000 young people aged 10 to 17.",
                   "Police National Computer, via the Youth Justice Board")
            .aim(150, 5, Design::Blue)
            .shape(168, 124, 6)
            .bench(154, -6, 3)
            .by("Youth Justice|Youth", "Youth Justice Service")
            .notes("Slight rise, driven by {n} young people charged after a single incident.",
                   "Higher, after an increase in possession offences in one town centre.",
                   "Continued fall, reflecting the out-of-court disposal panel and the prevention programme.",
                   "Lower again; more young people are being diverted at the point of arrest."));

    // ---- Adults
    t.push_back(
        Template("ASC-01", "Adult safeguarding concerns leading to a Section 42 enquiry", kPct, kInfo, kMonthly, true)
            .about("Safeguarding concerns about adults received in the month that led to a Section 42 enquiry, as a "
                   "percentage of all concerns received (the conversion rate).",
                   kSac)
            .shape(33, 29, 2.0, 470)
            .bench(31, -2, 1)
            .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
            .notes("Conversion up; more concerns from care homes met the Section 42 criteria.",
                   "Higher, as the hub now records the decision against the Section 42 criteria every time.",
                   "Lower: many concerns from the ambulance service were about care and support needs rather than "
                   "abuse or neglect, and went to the locality teams.",
                   "Fewer concerns converted; the new guidance for providers on what to report has not yet reduced "
                   "low-level referrals."));
    t.push_back(
        Template("ASC-02", "Adult safeguarding concerns received", Unit::Count, kInfo, kMonthly, true)
            .about("Safeguarding concerns about adults received by the local authority in the month, from all "
                   "sources.",
                   kSac)
            .shape(410, 480, 28)
            .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
            .notes("More concerns, many from one care home provider whose quality issues are being managed through "
                   "the provider concerns process.",
                   "Rise after the awareness campaign on financial abuse.",
                   "Fewer concerns this {unit}, from most sources.",
                   "Lower, as providers use the low-level concerns log rather than raising every incident as a "
                   "safeguarding concern."));
    t.push_back(
        Template("ASC-08", "Adult safeguarding concerns with a decision within two working days", kPct, kHigher,
                 kMonthly, false)
            .about("Safeguarding concerns about adults received in the month where the decision whether the "
                   "Section 42 duty applies was made and recorded within two working days, as a percentage of all "
                   "concerns received.",
                   "Adult social care case management system")
            .aim(85, 1, Design::Natural)
            .shape(79, 82, 2.6, 470)
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
    t.push_back(
        Template("ASC-04", "Making Safeguarding Personal: adults asked about their desired outcomes", kPct, kHigher,
                 kMonthly, true)
            .about("Section 42 enquiries concluded in the month where the adult, or their representative, was "
                   "asked what outcomes they wanted, as a percentage of all enquiries concluded.",
                   kSac)
            .aim(80, 2, Design::Blue)
            .shape(76, 89.5, 2.0, 140)
            .bench(82, 1, -2)
            .casework()
            .by("Adult Social Care|Adult", "locality teams")
            .notes("Practitioners are recording the conversation about outcomes on the new enquiry form.",
                   "Better: every locality team has now been to the Making Safeguarding Personal practice workshop.",
                   "{n} enquiries closed without a record of the adult being asked; the safeguarding lead is "
                   "following these up with the teams.",
                   "Lower, as more enquiries involved adults who lacked capacity and had no representative; "
                   "advocacy referrals are being checked."));
    t.push_back(
        Template("ASC-03", "Section 42 enquiries where desired outcomes were fully or partly achieved", kPct, kHigher,
                 kQuarterly, true)
            .about("Concluded Section 42 enquiries in the quarter where the adult expressed desired outcomes and "
                   "those outcomes were fully or partly achieved, as a percentage of concluded enquiries where "
                   "outcomes were expressed.",
                   kSac)
            .aim(90, 1, Design::Green)
            .shape(91, 95.2, 1.2, 330)
            .bench(95, -0.5, 0.3)
            .by("Adult Social Care|Adult", "locality teams")
            .notes("Outcomes fully or partly achieved for all but {n2} adults who expressed them.",
                   "Better, as practitioners revisit the desired outcomes at the end of each enquiry.",
                   "{n} adults whose outcomes were not achieved wanted contact with a family member stopped, which "
                   "could not be secured.",
                   "Lower this quarter; the cases are being looked at in the practice forum."));
    t.push_back(
        Template("ASC-05", "Repeat Section 42 enquiries within 12 months", kPct, kLower, kQuarterly, false)
            .about("Adults with a Section 42 enquiry started in the quarter who had another enquiry started in the "
                   "previous 12 months, as a percentage of all adults with an enquiry started in the quarter.",
                   "Adult social care case management system")
            .aim(12, 0.5, Design::Green)
            .shape(14.5, 12.3, 1.0, 380)
            .by("Adult Social Care|Adult", "Safeguarding Adults Hub")
            .notes("More repeats, mainly adults in one care home where concerns continued.",
                   "Higher, including {n} adults experiencing ongoing domestic abuse.",
                   "Fewer repeat enquiries, reflecting the multi-agency risk management meetings for high-risk "
                   "adults.",
                   "Lower, as providers' action plans closed the issues raised earlier in the year."));
    t.push_back(
        Template("DOLS-01", "Standard DoLS applications completed within 21 days", kPct, kHigher, kMonthly, true)
            .about("Applications for a standard Deprivation of Liberty Safeguards authorisation completed in the "
                   "month within the statutory 21 days, as a percentage of all applications completed in the "
                   "month.",
                   "DoLS database; reported to NHS England in the annual DoLS collection")
            .aim(40, 2, Design::Red)
            .shape(17, 24, 2.8, 160)
            .bench(19, 2, -1)
            .casework()
            .by("Adult Social Care|Adult", "DoLS team")
            .notes("Better as the backlog is worked through with the ADASS prioritisation tool and two more best "
                   "interests assessors.",
                   "More applications completed in time after the weekend assessment sessions.",
                   "The backlog of standard applications remains; urgent and high-priority cases are assessed "
                   "first.",
                   "Best interests assessor capacity fell this {unit}; {n} assessors left for other posts."));

    // ---- Annual
    t.push_back(
        Template("S11-01", "Partner agencies returning the Section 11 self-assessment on time", Unit::Count, kHigher,
                 kAnnual, false)
            .about("Agencies with a duty under section 11 of the Children Act 2004 that returned the partnership's "
                   "Section 11 self-assessment by the deadline set for the year.",
                   "Partnership business unit")
            .aim(18, 0, Design::Green)
            .shape(14, 17.5, 0.8)
            .atMost(18)
            .by("", "business unit")
            .notes("Every agency returned its self-assessment on time, after reminders at the executive group.",
                   "More returns on time; the new online form was easier to complete.",
                   "{n} agencies asked for an extension because of leadership changes.",
                   "Returns were late from agencies going through restructures."));
    t.push_back(
        Template("ED-01", "Schools and colleges returning the annual safeguarding audit", kPct, kHigher, kAnnual, false)
            .about("Schools, academies and colleges that returned the annual safeguarding self-assessment (section "
                   "175 of the Education Act 2002; section 157 for independent schools and academies), as a "
                   "percentage of all schools and colleges in the area.",
                   "Education safeguarding team")
            .aim(100, 0, Design::Amber)
            .shape(86, 93, 2.5, 212)
            .by("Education|Children's Services", "education safeguarding team")
            .notes("More schools returned the audit after the designated safeguarding leads' briefing.",
                   "Returns improved now the audit is issued at the start of the autumn term with a clear deadline.",
                   "{n} academies in one trust sent a trust-wide audit instead, which is being followed up.",
                   "Some schools missed the deadline; the education safeguarding team is chasing each one."));
    t.push_back(
        Template("CDOP-01", "Child death reviews completed within 12 months of the death", kPct, kHigher, kAnnual,
                 false)
            .about("Child deaths reviewed by the Child Death Overview Panel in the year where the review was "
                   "completed within 12 months of the death, as a percentage of all reviews completed in the "
                   "year.",
                   "Child Death Overview Panel database (NCMD)")
            .aim(60, 2, Design::Red)
            .shape(38, 52, 5, 48)
            .by("Integrated Care Board|NHS|Health", "Child Death Overview Panel")
            .notes("Better, with an extra panel meeting to clear reviews waiting on reports.",
                   "More reviews completed as inquests concluded sooner.",
                   "Reviews are waiting for inquests and criminal proceedings to conclude, which the panel cannot "
                   "hurry.",
                   "The panel met once less this year, and {n} reviews rolled over."));
    t.push_back(
        Template("BUD-01", "Partner contributions to the partnership budget received", Unit::Money, kHigher, kAnnual,
                 false)
            .about("Financial contributions received from partner agencies towards the partnership's budget for "
                   "the year, against the contributions agreed.",
                   "Partnership budget monitoring")
            .aim(420000, 10000, Design::Green)
            .shape(395000, 418000, 7000)
            .by("", "business unit")
            .notes("All partners paid their agreed contributions, including the one-off uplift for training.",
                   "Contributions received in full from the three statutory partners.",
                   "{n} agencies' contributions were paid late and fell into the next financial year.",
                   "One partner reduced its contribution during the year; the executive is discussing it."));
}

} // namespace assure::demo
