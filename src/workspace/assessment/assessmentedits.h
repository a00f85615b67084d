// Undoable edits particular to self-assessment, each one undo step: adding a shipped framework,
// a new version of one in use, starting a round and next year's round, an agency's answers, the
// QA sub-group's challenge and moderated rating, and where a return stands. Renaming a round or
// deleting goes through Workspace::update/remove.
#pragma once

#include "core/assessment/assessmentrules.h"
#include "core/assessment/shippedframeworks.h"
#include "interchange/returnpacks/assessmentpacks.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace assure {

class AssessmentEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::AssessmentEdits)

public:
    explicit AssessmentEdits(Workspace &workspace) : m_ws(workspace) {}

    // Adds a framework with its standards and criteria, as the next version of its name.
    bool addFramework(const FrameworkContent &content, QString *error = nullptr, qint64 *id = nullptr);
    // Copies a framework (standards and criteria) as the next version of its name, which may be
    // changed: a framework in use by a round is never edited under it.
    bool newVersion(qint64 frameworkId, QString *error = nullptr, qint64 *id = nullptr);

    // A framework's standards and criteria as the board holds them, in number order.
    FrameworkContent contentOf(qint64 frameworkId) const;
    // Saves an edited framework (its standards and criteria numbered as given) as one step: in
    // place when no round uses it; otherwise as a new version of its name, and the rounds keep
    // theirs. id is set to the framework saved, newVersion to whether it is a new one.
    bool saveFramework(qint64 frameworkId, const FrameworkContent &content, QString *error = nullptr,
                       qint64 *id = nullptr, bool *newVersion = nullptr);

    // Starts a round of a framework for a year ("Section 11 2026/27"), inviting the agencies today.
    bool startRound(qint64 frameworkId, int year, const QDate &deadline, const QList<qint64> &agencyIds,
                    const QDate &today, QString *error = nullptr, qint64 *id = nullptr);
    // Starts next year's round from this one (nextRound): the newest version of its framework and
    // the same agencies; ratings and evidence start empty, last year's stay for reference.
    bool startNextRound(qint64 roundId, const QDate &today, QString *error = nullptr, qint64 *id = nullptr);

    // Writes an agency's answer to a criterion (answer.roundAgencyId, answer.criterionId): its
    // self-rating, evidence, references and planned improvement; the challenge note and moderated
    // rating stay as stored (challenge() and moderate() set them). A return still invited is then
    // in progress, in the same step. A blank answer is removed.
    bool setAnswer(const CriterionReturn &answer, const QDate &today, QString *error = nullptr);
    // The QA sub-group's challenge of an answer; the return is then challenged (from today).
    bool challenge(qint64 roundAgencyId, qint64 criterionId, const QString &note, const QDate &today,
                   QString *error = nullptr);
    // The rating the QA sub-group agrees for a criterion; the self-rating is kept beside it.
    bool moderate(qint64 roundAgencyId, qint64 criterionId, AssessmentRating rating, QString *error = nullptr);
    // Moves a return to a status, noting the day.
    bool setStatus(qint64 roundAgencyId, ReturnStatus status, const QDate &today, QString *error = nullptr);
    // Writes a returned pack's answers (assessmentpackfiles.h) over the stored ones as one step, and
    // the return is then returned (from today) unless the QA sub-group has challenged or accepted it.
    // Nothing is written when the plan has problems.
    bool applyPack(const AssessmentPackPlan &plan, const QDate &today, const QString &source, QString *error = nullptr);

private:
    // The stored answer, or a blank one for that criterion; false with the reason when the return
    // or criterion is not in the board.
    bool answerFor(qint64 roundAgencyId, qint64 criterionId, CriterionReturn *out, QString *error) const;
    // Writes after over the stored answer (an insert, update or delete) and, when given, the
    // return's new standing, as one step.
    bool writeAnswer(const CriterionReturn &after, const RoundAgency *standing, const QString &text, QString *error);
    bool insertRound(const NextRound &round, QString *error, qint64 *id);
    // A framework's standards and criteria inserted into changes under frameworkId, each with a new
    // id; false with the reason when one may not be saved.
    bool insertContent(const FrameworkContent &content, qint64 frameworkId, ChangeSet &changes, QString *error) const;

    Workspace &m_ws;
};

} // namespace assure
