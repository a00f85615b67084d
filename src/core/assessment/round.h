// A self-assessment round: the agencies invited to it with where each return stands, and each
// agency's answer to each criterion (its self-rating and evidence, then the QA challenge and the
// moderated rating).
#pragma once

#include "core/assessment/framework.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// Where an agency's return stands, in the order a round goes.
enum class ReturnStatus { Invited, InProgress, Returned, Challenged, Accepted };

// Keys: "invited", "in_progress", "returned", "challenged", "accepted".
QString returnStatusKey(ReturnStatus status);
std::optional<ReturnStatus> returnStatusFromKey(const QString &key);
QString returnStatusLabel(ReturnStatus status);
QList<ReturnStatus> allReturnStatuses();

// One cycle of self-assessments against one version of a framework.
struct AssessmentRound
{
    qint64 id = 0;
    qint64 frameworkId = 0; // that version, kept for the round's life
    QString label;          // "Section 11 2026/27": unique in the board
    int year = 0;           // the financial year it starts in: 2026 for 2026/27
    QDate deadline;
    qint64 previousRoundId = 0; // the round it was started from; 0: none

    QStringList problems() const;
    bool operator==(const AssessmentRound &o) const
    {
        return id == o.id && frameworkId == o.frameworkId && label == o.label && year == o.year &&
               deadline == o.deadline && previousRoundId == o.previousRoundId;
    }
    bool operator!=(const AssessmentRound &o) const { return !(*this == o); }
};

// "Section 11 2026/27".
QString roundLabel(const QString &frameworkName, int year);

// An agency invited to a round, with the day its return reached each status (invalid: not yet).
struct RoundAgency
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 agencyId = 0;
    ReturnStatus status = ReturnStatus::Invited;
    QDate invitedOn;
    QDate startedOn;
    QDate returnedOn;
    QDate challengedOn;
    QDate acceptedOn;

    QStringList problems() const;
    // The day it reached status (set by setStatus); invalid when it has not.
    QDate dateOf(ReturnStatus s) const;
    // Moves to s, noting the day (the days of earlier statuses are kept).
    void setStatus(ReturnStatus s, const QDate &on);

    bool operator==(const RoundAgency &o) const
    {
        return id == o.id && roundId == o.roundId && agencyId == o.agencyId && status == o.status &&
               invitedOn == o.invitedOn && startedOn == o.startedOn && returnedOn == o.returnedOn &&
               challengedOn == o.challengedOn && acceptedOn == o.acceptedOn;
    }
    bool operator!=(const RoundAgency &o) const { return !(*this == o); }
};

// One agency's answer to one criterion in one round. A criterion with no such row is not rated.
struct CriterionReturn
{
    qint64 id = 0;
    qint64 roundAgencyId = 0;
    qint64 criterionId = 0;
    AssessmentRating selfRating = AssessmentRating::NotRated;
    QString evidence;
    QString evidenceRefs; // documents, policies, audit references
    QString plannedImprovement;
    QString challengeNote; // the QA sub-group's
    AssessmentRating moderatedRating = AssessmentRating::NotRated;

    QStringList problems() const;
    // Nothing entered: the same as no row.
    bool isBlank() const;

    bool operator==(const CriterionReturn &o) const
    {
        return id == o.id && roundAgencyId == o.roundAgencyId && criterionId == o.criterionId &&
               selfRating == o.selfRating && evidence == o.evidence && evidenceRefs == o.evidenceRefs &&
               plannedImprovement == o.plannedImprovement && challengeNote == o.challengeNote &&
               moderatedRating == o.moderatedRating;
    }
    bool operator!=(const CriterionReturn &o) const { return !(*this == o); }
};

} // namespace assure
