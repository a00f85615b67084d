// The shipped frameworks' words. They are written into a board file in the language of the day
// they are added, so each is marked for translation under one context.
#include "core/assessment/shippedframeworks.h"

#include <QCoreApplication>

#include <initializer_list>

namespace assure {

namespace {

struct CriterionText
{
    const char *text;
    const char *guidance;
};

struct StandardText
{
    const char *title;
    std::initializer_list<CriterionText> criteria;
};

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::ShippedFrameworks", text);
}

FrameworkContent build(const char *name, const char *description, std::initializer_list<StandardText> standards)
{
    FrameworkContent out;
    out.framework.name = translated(name);
    out.framework.description = translated(description);
    int number = 0;
    for (const StandardText &s : standards) {
        FrameworkContent::Standard standard;
        standard.standard.number = ++number;
        standard.standard.title = translated(s.title);
        int c = 0;
        for (const CriterionText &t : s.criteria) {
            AssessmentCriterion criterion;
            criterion.number = ++c;
            criterion.text = translated(t.text);
            criterion.evidenceGuidance = translated(t.guidance);
            standard.criteria.append(criterion);
        }
        out.standards.append(standard);
    }
    return out;
}

} // namespace

int FrameworkContent::criterionCount() const
{
    int n = 0;
    for (const Standard &s : standards)
        n += int(s.criteria.size());
    return n;
}

FrameworkContent section11Framework()
{
    return build(
        QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Section 11"),
        QT_TRANSLATE_NOOP(
            "assure::ShippedFrameworks",
            "The duties of section 11 of the Children Act 2004: how each agency safeguards and promotes the "
            "welfare of children."),
        {
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Senior management commitment to safeguarding and promoting the welfare of children."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "A named senior manager is accountable for safeguarding and reports on it to the agency's board."),
               QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Job description; board or executive minutes with safeguarding reports in the last year.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Safeguarding is part of the agency's strategic plans and its budget."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "The business or strategic plan; budget lines for safeguarding posts and training.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Senior leaders know the agency's safeguarding performance and act on it."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Performance reports seen by leaders; actions they agreed and their results.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "A clear statement of the agency's responsibility to children, available to all staff."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "A safeguarding policy states the agency's responsibility and is reviewed at least every three "
                   "years."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "The policy with its approval and review dates.")},
              {QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Every member of staff and volunteer can find the policy and knows what it asks of them."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Intranet page, induction checklist, staff survey results.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Children and families are told what the agency will do to keep children safe."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Leaflets, web pages or posters written for children and families.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "A clear line of accountability for safeguarding and promoting welfare."),
             {{QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Staff know who to go to with a safeguarding concern, at any hour."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Structure chart with named safeguarding leads; out-of-hours arrangements.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Safeguarding leads have the time, training and authority for the role."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Job descriptions, protected time, training records of the leads.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Concerns are recorded and followed up, and managers check that they are."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Case file audit results; supervision records.")}}},
            {QT_TRANSLATE_NOOP(
                 "assure::ShippedFrameworks",
                 "Service development takes account of safeguarding and is informed by the views of children and "
                 "families."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "New or changed services are checked for their effect on children's safety before they start."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Impact assessments or project documents with a safeguarding section.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "The views of children and families are sought and change what the agency does."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Consultations, feedback surveys, and examples of changes made because of them.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Learning from reviews and audits is built into services."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Action plans from reviews with evidence of what changed.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Staff training on safeguarding and promoting welfare."),
             {{QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Every member of staff has safeguarding training at the level their role needs."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Training needs analysis; the percentage of staff trained at each level.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Training is refreshed at set intervals and its effect on practice is checked."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Refresher schedule; evaluation of training; audit of practice after training.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Staff attend multi-agency training run by the partnership."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Attendance figures for partnership courses.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Safe recruitment, vetting procedures and allegations against staff."),
             {{QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Recruitment follows safer recruitment practice, with DBS checks at the right level."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Recruitment policy; a sample of personnel files; the single central record.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Allegations against staff are reported to the LADO within one working day."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Allegations policy; log of referrals to the LADO with dates.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Those who recruit have been trained in safer recruitment."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Training records of recruiting managers.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Interagency working."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "The agency takes part in strategy discussions, conferences and core groups when asked."),
               QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Attendance at child protection conferences and core groups; reports submitted on time.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Staff know the partnership's thresholds and escalation procedure and use them."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Referral quality audits; escalations raised and their outcomes.")},
              {QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "The agency is represented at the board and its sub-groups by people who can commit it."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Board and sub-group attendance records.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Information sharing."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Staff know when and how to share information to keep a child safe, with or without consent."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Information sharing guidance; training content; audit of case records.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Records show what was shared, with whom, when and why."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Case file audit of information sharing decisions.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Information sharing agreements with partners are in place and current."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Signed agreements with their review dates.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Systems let staff see relevant information from partners in time to act on it."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Access to shared systems; notification processes; examples from audits.")}}},
        });
}

FrameworkContent adultSafeguardingFramework()
{
    return build(
        QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Adult safeguarding"),
        QT_TRANSLATE_NOOP(
            "assure::ShippedFrameworks",
            "The six safeguarding principles of the Care Act 2014: how each agency protects adults at risk of "
            "abuse or neglect."),
        {
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Empowerment: people are supported and encouraged to make their own decisions."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Adults are asked what outcomes they want from a safeguarding enquiry, and their answers are "
                   "recorded."),
               QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Audit of enquiries recording the person's desired outcomes (Making Safeguarding Personal).")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Staff apply the Mental Capacity Act when a person may lack capacity to decide."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Capacity assessments in case records; MCA training figures.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Advocates are offered when a person has substantial difficulty taking part."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Advocacy referrals and the number of enquiries with an advocate.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Prevention: it is better to take action before harm occurs."),
             {{QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Staff recognise the signs of abuse and neglect, including self-neglect."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Training content and figures; examples of early concerns raised.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "The public and people who use services know how to raise a concern."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Information published for the public; contacts received.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Learning from enquiries and reviews is used to prevent harm recurring."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Action plans from safeguarding adults reviews with evidence of change.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Proportionality: the least intrusive response appropriate to the risk presented."),
             {{QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Responses are in proportion to the risk and the person's wishes."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Audit of concerns and the decisions taken on them, with reasons.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Risk assessments are recorded and reviewed as circumstances change."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Risk assessments in case records with review dates.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Decisions not to proceed to an enquiry are explained and recorded."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "A sample of concerns that did not lead to an enquiry.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Protection: support and representation for those in greatest need."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Concerns are referred to the local authority without delay when the section 42 criteria may be "
                   "met."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Referral figures and timeliness; the referral pathway.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Protection plans are made with the person and reviewed."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Audit of protection plans and their reviews.")},
              {QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "Allegations against people in positions of trust are managed under the partnership's procedure."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "PiPoT procedure; log of cases and their outcomes.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Partnership: local solutions through services working with their communities."),
             {{QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "The agency contributes to safeguarding enquiries and adults reviews when asked."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Requests for information answered, and when; review panel attendance.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Information is shared with partners to protect adults, within the law."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Information sharing agreements; audit of shared decisions.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "The agency takes part in the board and its sub-groups."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Attendance records; contributions to the board's strategic plan.")}}},
            {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                               "Accountability: accountability and transparency in safeguarding practice."),
             {{QT_TRANSLATE_NOOP(
                   "assure::ShippedFrameworks",
                   "A named lead is accountable for adult safeguarding and reports to the agency's leaders."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks", "Job description; reports to leaders in the last year.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Staff know their roles and responsibilities in safeguarding adults."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "Policy, induction and supervision records; staff survey.")},
              {QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "The agency reports its safeguarding activity and learning to the board each year."),
               QT_TRANSLATE_NOOP("assure::ShippedFrameworks",
                                 "The agency's annual contribution to the board's report.")}}},
        });
}

QList<FrameworkContent> shippedFrameworks()
{
    return {section11Framework(), adultSafeguardingFramework()};
}

} // namespace assure
