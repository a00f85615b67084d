// What the audit reports say, gathered from a workspace: one audit in full, and the programme's year.
#include "reports/auditdata.h"

#include "core/audits/grades.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace assure {

const Audit *auditNamed(const Workspace &ws, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Audit &a : ws.items<Audit>())
        if (a.ref.compare(wanted, Qt::CaseInsensitive) == 0)
            return &a;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    return isNumber ? ws.items<Audit>().find(id) : nullptr;
}

AuditReportData gatherAudit(const Workspace &ws, const Audit &audit, const QDate &asOf)
{
    AuditReportData data;
    data.audit = audit;
    if (const Person *lead = ws.items<Person>().find(audit.leadPersonId))
        data.lead = lead->name;
    for (const AuditAgency &a : ws.items<AuditAgency>())
        if (a.auditId == audit.id)
            if (const Agency *agency = ws.items<Agency>().find(a.agencyId))
                data.agencies << agency->name;

    const GradeScale scale = GradeScale::fromText(audit.gradeScale);
    for (const Grade &g : scale.grades())
        data.grades.append({g.label, 0});
    QList<std::pair<QString, QString>> pairs;
    for (const AuditCase &c : ws.items<AuditCase>()) {
        if (c.auditId != audit.id)
            continue;
        ++data.cases;
        const int grade = scale.indexOf(c.finalGrade());
        if (grade < 0)
            ++data.ungraded;
        else
            ++data.grades[grade].cases;
        if (!c.grade.isEmpty() && !c.secondGrade.isEmpty())
            pairs.append({c.grade, c.secondGrade});
    }
    data.agreement = agreement(pairs);

    QSet<qint64> findingIds;
    for (const Finding &f : ws.items<Finding>()) {
        if (f.auditId != audit.id)
            continue;
        findingIds.insert(f.id);
        (f.kind == FindingKind::AreaForImprovement ? data.shortfalls : data.goodPractice).push_back(f);
    }
    // Good practice leads what is working well; each kind keeps the order it was written in.
    std::stable_sort(data.goodPractice.begin(), data.goodPractice.end(), [](const Finding &a, const Finding &b) {
        return a.kind == FindingKind::GoodPractice && b.kind != FindingKind::GoodPractice;
    });

    QSet<qint64> recommendationIds;
    for (const Recommendation &r : ws.items<Recommendation>()) {
        if (r.auditId != audit.id)
            continue;
        recommendationIds.insert(r.id);
        RecommendationLine line;
        line.recommendation = r;
        line.number = int(data.recommendations.size()) + 1;
        if (const Agency *owner = ws.items<Agency>().find(r.ownerAgencyId))
            line.owner = owner->name;
        data.recommendations.push_back(line);
    }

    const ActionPlanData plan = gatherActions(ws, asOf);
    for (const ActionLine &line : plan.lines) {
        const Action &a = line.action;
        const bool answers = (a.sourceKind == ActionSource::Audit && a.sourceId == audit.id) ||
                             (a.sourceKind == ActionSource::Finding && findingIds.contains(a.sourceId)) ||
                             (a.sourceKind == ActionSource::Recommendation && recommendationIds.contains(a.sourceId));
        if (answers)
            data.actions.push_back(line);
    }
    return data;
}

ProgrammeCounts programmeCounts(const Workspace &ws, int startYear, const QDate &asOf)
{
    ProgrammeCounts out;
    for (OccurrenceStatus s : allOccurrenceStatuses())
        out.counts[s] = 0;
    QHash<qint64, QList<ProgrammeOccurrence>> stored;
    for (const ProgrammeOccurrence &o : ws.items<ProgrammeOccurrence>())
        stored[o.entryId].append(o);
    for (const ProgrammeEntry &entry : ws.items<ProgrammeEntry>()) {
        const QList<ProgrammeOccurrence> year =
            occurrencesInYear(entry, stored.value(entry.id), startYear, ws.board().fyStartMonth);
        if (year.isEmpty())
            continue;
        ++out.entries;
        for (const ProgrammeOccurrence &o : year)
            ++out.counts[occurrenceStatus(o, asOf)];
    }
    return out;
}

ProgrammeYearData gatherProgramme(const Workspace &ws, const Period &period, const QDate &asOf)
{
    ProgrammeYearData data;
    data.startYear = period.financialYear();
    data.asOf = asOf;
    ProgrammeCounts counts = programmeCounts(ws, data.startYear, asOf);
    data.entries = counts.entries;
    data.counts = std::move(counts.counts);
    std::vector<const Audit *> reported;
    for (const Audit &a : ws.items<Audit>())
        if (a.reported.isValid() && period.contains(a.reported))
            reported.push_back(&a);
    std::stable_sort(reported.begin(), reported.end(),
                     [](const Audit *a, const Audit *b) { return a->reported < b->reported; });
    for (const Audit *a : reported)
        data.reported.push_back(gatherAudit(ws, *a, asOf));
    return data;
}

} // namespace assure
