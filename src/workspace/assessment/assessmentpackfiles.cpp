// The board's side of self-assessment return packs: a pack per invited agency from what the board holds, and a returned
// pack checked against the round it answers.
#include "workspace/assessment/assessmentpackfiles.h"

#include "storage/history/boardidentity.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/assessment/rounddata.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QUuid>

namespace assure {

namespace {

AssessmentPackRound packRound(const RoundData &data, const RoundAgency &invited)
{
    AssessmentPackRound out;
    out.round = data.round();
    out.framework = data.framework();
    out.standards = data.standards();
    out.criteria = data.criteria();
    out.roundAgencyId = invited.id;
    out.agencyName = data.agencyName(invited);
    out.answers = data.answers(invited.id);
    return out;
}

} // namespace

QString assessmentPackFileName(const QString &agencyName)
{
    QString name;
    for (const QChar c : agencyName) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char(' ');
    }
    name = name.simplified();
    return (name.isEmpty() ? QStringLiteral("agency") : name) + QStringLiteral(" self-assessment.xlsx");
}

bool exportAssessmentPack(const Workspace &ws, const RoundData &data, qint64 roundAgencyId, const QString &path,
                          QString *error)
{
    const RoundAgency *invited = data.invitation(roundAgencyId);
    if (!invited) {
        if (error)
            *error = AssessmentEdits::tr("That return is no longer in the board file.");
        return false;
    }
    AssessmentPackExport pack;
    pack.identity.boardId = boardIdentity(ws.file(), error);
    if (pack.identity.boardId.isEmpty())
        return false;
    pack.identity.boardName = ws.board().name;
    pack.identity.agencyName = data.agencyName(*invited);
    pack.identity.agencyId = invited->agencyId;
    pack.identity.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pack.identity.exportedAt = QDateTime::currentDateTimeUtc();
    pack.content = packRound(data, *invited);
    for (const AssessmentCriterion &c : data.criteria())
        if (const CriterionReturn *last = data.lastYearsAnswer(roundAgencyId, c.id))
            pack.lastYear.insert(c.id, *last);
    return writeAssessmentPack(pack, path, error);
}

AssessmentPackPlan planAssessmentPack(const Workspace &ws, const QString &path, const QString &agencyName)
{
    QString why;
    const QString boardId = boardIdentity(ws.file(), &why);
    if (boardId.isEmpty()) {
        AssessmentPackPlan plan;
        plan.refusal = why;
        return plan;
    }
    const auto lookup = [&ws](const PackIdentity &identity, QString *reason) -> std::optional<AssessmentPackRound> {
        qint64 roundId = 0;
        for (const AssessmentRound &r : ws.items<AssessmentRound>())
            if (r.label == identity.round)
                roundId = r.id;
        if (roundId == 0) {
            *reason = AssessmentEdits::tr("the pack is for the round “%1”, and the board has no such round now")
                          .arg(identity.round);
            return std::nullopt;
        }
        const RoundData data(ws, roundId, false);
        // By the id the pack was made for, so that an agency renamed since is still itself; by
        // name only when that id is gone (a board rebuilt from an export).
        const RoundAgency *invited = nullptr;
        for (const RoundAgency &a : data.agencies())
            if (a.agencyId == identity.agencyId)
                invited = &a;
        for (const RoundAgency &a : data.agencies())
            if (!invited && data.agencyName(a).compare(identity.agencyName, Qt::CaseInsensitive) == 0)
                invited = &a;
        if (!invited) {
            *reason = AssessmentEdits::tr("the pack is for %1, and %1 is not invited to the round “%2”")
                          .arg(identity.agencyName, identity.round);
            return std::nullopt;
        }
        return packRound(data, *invited);
    };
    return readAssessmentPack(path, boardId, agencyName, lookup);
}

bool AssessmentEdits::applyPack(const AssessmentPackPlan &plan, const QDate &today, const QString &source,
                                QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    if (!plan.canWrite()) {
        if (error)
            *error = plan.isUsable() ? tr("The pack has problems; nothing was written.") : plan.refusal;
        return false;
    }
    const RoundAgency *standing = m_ws.items<RoundAgency>().find(plan.roundAgencyId);
    if (!standing) {
        if (error)
            *error = tr("That return is no longer in the board file.");
        return false;
    }
    ChangeSet changes;
    for (const AssessmentPackChange &change : plan.changes) {
        // Against the answer as stored now, not as it was when the pack was read.
        CriterionReturn stored;
        if (!answerFor(plan.roundAgencyId, change.after.criterionId, &stored, error))
            return false;
        CriterionReturn after = stored;
        after.selfRating = change.after.selfRating;
        after.evidence = change.after.evidence;
        after.evidenceRefs = change.after.evidenceRefs;
        after.plannedImprovement = change.after.plannedImprovement;
        if (!Workspace::acceptable(after.problems(), error))
            return false;
        const CriterionReturn *row = stored.id ? m_ws.items<CriterionReturn>().find(stored.id) : nullptr;
        changes.upsert(row, after, !after.isBlank());
    }
    // A pack sent back is a return made, unless the QA sub-group has moved it on already.
    RoundAgency after = *standing;
    if (standing->status == ReturnStatus::Invited || standing->status == ReturnStatus::InProgress)
        after.setStatus(ReturnStatus::Returned, today);
    if (after != *standing)
        changes.update(*standing, after);
    if (changes.isEmpty())
        return true;
    return m_ws.execute(tr("Import %n answers from %1", nullptr, static_cast<int>(plan.changes.size())).arg(source),
                        std::move(changes), error);
}

} // namespace assure
