// Undoable edits particular to self-assessment.
#include "workspace/assessment/assessmentedits.h"

#include "core/assessment/assessmentrules.h"
#include "workspace/linkedits.h"

#include <algorithm>

namespace assure {

namespace {

// The same standards and criteria in the same places, whatever their ids.
bool sameContent(const FrameworkContent &a, const FrameworkContent &b)
{
    if (a.framework.name != b.framework.name || a.framework.description != b.framework.description ||
        a.standards.size() != b.standards.size())
        return false;
    for (qsizetype i = 0; i < a.standards.size(); ++i) {
        const FrameworkContent::Standard &x = a.standards.at(i), &y = b.standards.at(i);
        if (x.standard.number != y.standard.number || x.standard.title != y.standard.title ||
            x.criteria.size() != y.criteria.size())
            return false;
        for (qsizetype j = 0; j < x.criteria.size(); ++j) {
            const AssessmentCriterion &c = x.criteria.at(j), &d = y.criteria.at(j);
            if (c.number != d.number || c.text != d.text || c.evidenceGuidance != d.evidenceGuidance)
                return false;
        }
    }
    return true;
}

QString codeIn(const Workspace &ws, const AssessmentCriterion &c)
{
    const AssessmentStandard *s = ws.items<AssessmentStandard>().find(c.standardId);
    return s ? criterionCode(s->number, c.number) : QString();
}

} // namespace

bool AssessmentEdits::addFramework(const FrameworkContent &content, QString *error, qint64 *id)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    AssessmentFramework framework = content.framework;
    framework.id = nextItemId<AssessmentFramework>(m_ws);
    framework.version = nextFrameworkVersion(framework.name, m_ws.items<AssessmentFramework>().items());
    if (!Workspace::acceptable(framework.problems(), error))
        return false;
    ChangeSet changes;
    changes.insert(framework);
    if (!insertContent(content, framework.id, changes, error))
        return false;
    if (!m_ws.execute(tr("Add framework %1").arg(framework.name), std::move(changes), error))
        return false;
    if (id)
        *id = framework.id;
    return true;
}

FrameworkContent AssessmentEdits::contentOf(qint64 frameworkId) const
{
    FrameworkContent content;
    if (const AssessmentFramework *framework = m_ws.items<AssessmentFramework>().find(frameworkId))
        content.framework = *framework;
    std::vector<AssessmentStandard> standards;
    for (const AssessmentStandard &s : m_ws.items<AssessmentStandard>())
        if (s.frameworkId == frameworkId)
            standards.push_back(s);
    std::sort(standards.begin(), standards.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    for (const AssessmentStandard &s : standards) {
        FrameworkContent::Standard standard{s, {}};
        for (const AssessmentCriterion &c : m_ws.items<AssessmentCriterion>())
            if (c.standardId == s.id)
                standard.criteria.append(c);
        std::sort(standard.criteria.begin(), standard.criteria.end(),
                  [](const auto &a, const auto &b) { return a.number < b.number; });
        content.standards.append(standard);
    }
    return content;
}

bool AssessmentEdits::newVersion(qint64 frameworkId, QString *error, qint64 *id)
{
    if (!m_ws.items<AssessmentFramework>().find(frameworkId)) {
        if (error)
            *error = tr("That framework is no longer in the board file.");
        return false;
    }
    return addFramework(contentOf(frameworkId), error, id);
}

bool AssessmentEdits::saveFramework(qint64 frameworkId, const FrameworkContent &content, QString *error, qint64 *id,
                                    bool *newVersion)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const AssessmentFramework *stored = m_ws.items<AssessmentFramework>().find(frameworkId);
    if (!stored) {
        if (error)
            *error = tr("That framework is no longer in the board file.");
        return false;
    }
    const bool inUse = frameworkInUse(frameworkId, m_ws.items<AssessmentRound>().items());
    if (newVersion)
        *newVersion = false;
    if (sameContent(content, contentOf(frameworkId))) {
        if (id)
            *id = frameworkId;
        return true;
    }
    if (newVersion)
        *newVersion = inUse;
    if (inUse)
        return addFramework(content, error, id);

    // No round uses it, so no answer names its criteria: they are written afresh, which lets
    // standards and criteria change places without two sharing a number on the way.
    AssessmentFramework framework = content.framework;
    framework.id = frameworkId;
    framework.version = stored->version;
    if (!Workspace::acceptable(framework.problems(), error))
        return false;
    ChangeSet changes;
    if (framework != *stored)
        changes.update(*stored, framework);
    const FrameworkContent before = contentOf(frameworkId);
    for (const FrameworkContent::Standard &s : before.standards)
        for (const AssessmentCriterion &c : s.criteria)
            changes.remove(c);
    for (const FrameworkContent::Standard &s : before.standards)
        changes.remove(s.standard);
    if (!insertContent(content, frameworkId, changes, error))
        return false;
    if (!m_ws.execute(tr("Edit framework %1").arg(framework.name), std::move(changes), error))
        return false;
    if (id)
        *id = frameworkId;
    return true;
}

bool AssessmentEdits::insertRound(const NextRound &round, QString *error, qint64 *id)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    AssessmentRound r = round.round;
    r.id = nextItemId<AssessmentRound>(m_ws);
    if (!Workspace::acceptable(r.problems(), error))
        return false;
    if (const QString clash = KindTraits<AssessmentRound>::clash(m_ws, r); !clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    ChangeSet changes;
    changes.insert(r);
    qint64 next = nextItemId<RoundAgency>(m_ws);
    for (RoundAgency invited : round.agencies) {
        invited.id = next++;
        invited.roundId = r.id;
        changes.insert(invited);
    }
    if (!m_ws.execute(tr("Start round %1").arg(r.label), std::move(changes), error))
        return false;
    if (id)
        *id = r.id;
    return true;
}

bool AssessmentEdits::startRound(qint64 frameworkId, int year, const QDate &deadline, const QList<qint64> &agencyIds,
                                 const QDate &today, QString *error, qint64 *id)
{
    const AssessmentFramework *framework = m_ws.items<AssessmentFramework>().find(frameworkId);
    if (!framework) {
        if (error)
            *error = tr("That framework is no longer in the board file.");
        return false;
    }
    NextRound round;
    round.round.frameworkId = frameworkId;
    round.round.year = year;
    round.round.label = roundLabel(framework->name, year);
    round.round.deadline = deadline;
    for (qint64 agencyId : agencyIds) {
        if (!m_ws.items<Agency>().find(agencyId)) {
            if (error)
                *error = tr("That agency is no longer in the board file.");
            return false;
        }
        RoundAgency invited;
        invited.agencyId = agencyId;
        invited.setStatus(ReturnStatus::Invited, today);
        round.agencies.push_back(invited);
    }
    return insertRound(round, error, id);
}

bool AssessmentEdits::startNextRound(qint64 roundId, const QDate &today, QString *error, qint64 *id)
{
    const AssessmentRound *previous = m_ws.items<AssessmentRound>().find(roundId);
    const AssessmentFramework *framework =
        previous ? m_ws.items<AssessmentFramework>().find(previous->frameworkId) : nullptr;
    if (!framework) {
        if (error)
            *error = tr("That round is no longer in the board file.");
        return false;
    }
    const AssessmentFramework &newest = newestVersion(*framework, m_ws.items<AssessmentFramework>().items());
    return insertRound(nextRound(*previous, m_ws.items<RoundAgency>().items(), newest, today), error, id);
}

bool AssessmentEdits::answerFor(qint64 roundAgencyId, qint64 criterionId, CriterionReturn *out, QString *error) const
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    if (!m_ws.items<RoundAgency>().find(roundAgencyId) || !m_ws.items<AssessmentCriterion>().find(criterionId)) {
        if (error)
            *error = tr("That return or criterion is no longer in the board file.");
        return false;
    }
    for (const CriterionReturn &a : m_ws.items<CriterionReturn>()) {
        if (a.roundAgencyId == roundAgencyId && a.criterionId == criterionId) {
            *out = a;
            return true;
        }
    }
    *out = CriterionReturn();
    out->roundAgencyId = roundAgencyId;
    out->criterionId = criterionId;
    return true;
}

bool AssessmentEdits::writeAnswer(const CriterionReturn &after, const RoundAgency *standing, const QString &text,
                                  QString *error)
{
    const CriterionReturn *stored = after.id ? m_ws.items<CriterionReturn>().find(after.id) : nullptr;
    ChangeSet changes;
    if (!stored && !after.isBlank())
        changes.insert(after);
    else if (stored && after.isBlank())
        changes.remove(*stored);
    else if (stored && *stored != after)
        changes.update(*stored, after);
    if (standing) {
        const RoundAgency *was = m_ws.items<RoundAgency>().find(standing->id);
        if (was && *was != *standing)
            changes.update(*was, *standing);
    }
    if (changes.isEmpty())
        return true;
    return m_ws.execute(text, std::move(changes), error);
}

bool AssessmentEdits::setAnswer(const CriterionReturn &answer, const QDate &today, QString *error)
{
    CriterionReturn after;
    if (!answerFor(answer.roundAgencyId, answer.criterionId, &after, error))
        return false;
    after.selfRating = answer.selfRating;
    after.evidence = answer.evidence;
    after.evidenceRefs = answer.evidenceRefs;
    after.plannedImprovement = answer.plannedImprovement;
    RoundAgency standing = *m_ws.items<RoundAgency>().find(answer.roundAgencyId);
    if (standing.status == ReturnStatus::Invited && !after.isBlank())
        standing.setStatus(ReturnStatus::InProgress, today);
    const AssessmentCriterion &criterion = *m_ws.items<AssessmentCriterion>().find(answer.criterionId);
    return writeAnswer(after, &standing, tr("Answer %1").arg(codeIn(m_ws, criterion)), error);
}

bool AssessmentEdits::challenge(qint64 roundAgencyId, qint64 criterionId, const QString &note, const QDate &today,
                                QString *error)
{
    CriterionReturn after;
    if (!answerFor(roundAgencyId, criterionId, &after, error))
        return false;
    after.challengeNote = note.trimmed();
    RoundAgency standing = *m_ws.items<RoundAgency>().find(roundAgencyId);
    if (!after.challengeNote.isEmpty() && standing.status != ReturnStatus::Challenged)
        standing.setStatus(ReturnStatus::Challenged, today);
    const AssessmentCriterion &criterion = *m_ws.items<AssessmentCriterion>().find(criterionId);
    return writeAnswer(after, &standing, tr("Challenge %1").arg(codeIn(m_ws, criterion)), error);
}

bool AssessmentEdits::moderate(qint64 roundAgencyId, qint64 criterionId, AssessmentRating rating, QString *error)
{
    CriterionReturn after;
    if (!answerFor(roundAgencyId, criterionId, &after, error))
        return false;
    after.moderatedRating = rating;
    const AssessmentCriterion &criterion = *m_ws.items<AssessmentCriterion>().find(criterionId);
    return writeAnswer(after, nullptr,
                       tr("Moderate %1 to %2").arg(codeIn(m_ws, criterion), assessmentRatingLabel(rating)), error);
}

bool AssessmentEdits::setStatus(qint64 roundAgencyId, ReturnStatus status, const QDate &today, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const RoundAgency *before = m_ws.items<RoundAgency>().find(roundAgencyId);
    if (!before) {
        if (error)
            *error = tr("That return is no longer in the board file.");
        return false;
    }
    RoundAgency after = *before;
    after.setStatus(status, today);
    if (after == *before)
        return true;
    ChangeSet changes;
    changes.update(*before, after);
    return m_ws.execute(tr("Set return to %1").arg(returnStatusLabel(status)), std::move(changes), error);
}

bool AssessmentEdits::insertContent(const FrameworkContent &content, qint64 frameworkId, ChangeSet &changes,
                                    QString *error) const
{
    qint64 standardId = nextItemId<AssessmentStandard>(m_ws);
    qint64 criterionId = nextItemId<AssessmentCriterion>(m_ws);
    for (const FrameworkContent::Standard &s : content.standards) {
        AssessmentStandard standard = s.standard;
        standard.id = standardId++;
        standard.frameworkId = frameworkId;
        if (!Workspace::acceptable(standard.problems(), error))
            return false;
        changes.insert(standard);
        for (AssessmentCriterion criterion : s.criteria) {
            criterion.id = criterionId++;
            criterion.standardId = standard.id;
            if (!Workspace::acceptable(criterion.problems(), error))
                return false;
            changes.insert(criterion);
        }
    }
    return true;
}

} // namespace assure
