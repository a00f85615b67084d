// How self-assessment maps to its tables: frameworks, standards, criteria, rounds, the agencies
// invited to a round, and their answers.
#pragma once

#include "core/assessment/round.h"
#include "storage/tablemapping.h"

#include <QDate>

namespace assure {

namespace assessmentcolumns {
// A day as the file holds it: 'YYYY-MM-DD', '' when not given.
inline QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}
inline AssessmentRating rating(const QString &key)
{
    return assessmentRatingFromKey(key).value_or(AssessmentRating::NotRated);
}
} // namespace assessmentcolumns

template <> struct TableMapping<AssessmentFramework> : RowIdKey
{
    static QString table() { return QStringLiteral("assessment_framework"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("description")};
    }
    static auto values(const AssessmentFramework &f) { return columnValues(f.name, f.version, f.description); }
    static AssessmentFramework read(const Row &r)
    {
        AssessmentFramework f;
        f.id = r.integer(0);
        f.name = r.text(1);
        f.version = int(r.integer(2));
        f.description = r.text(3);
        return f;
    }
};

template <> struct TableMapping<AssessmentStandard> : RowIdKey
{
    static QString table() { return QStringLiteral("assessment_standard"); }
    static QStringList columns()
    {
        return {QStringLiteral("framework_id"), QStringLiteral("number"), QStringLiteral("title")};
    }
    static auto values(const AssessmentStandard &s) { return columnValues(s.frameworkId, s.number, s.title); }
    static AssessmentStandard read(const Row &r)
    {
        AssessmentStandard s;
        s.id = r.integer(0);
        s.frameworkId = r.integer(1);
        s.number = int(r.integer(2));
        s.title = r.text(3);
        return s;
    }
};

template <> struct TableMapping<AssessmentCriterion> : RowIdKey
{
    static QString table() { return QStringLiteral("assessment_criterion"); }
    static QStringList columns()
    {
        return {QStringLiteral("standard_id"), QStringLiteral("number"), QStringLiteral("text"),
                QStringLiteral("evidence_guidance")};
    }
    static auto values(const AssessmentCriterion &c)
    {
        return columnValues(c.standardId, c.number, c.text, c.evidenceGuidance);
    }
    static AssessmentCriterion read(const Row &r)
    {
        AssessmentCriterion c;
        c.id = r.integer(0);
        c.standardId = r.integer(1);
        c.number = int(r.integer(2));
        c.text = r.text(3);
        c.evidenceGuidance = r.text(4);
        return c;
    }
};

template <> struct TableMapping<AssessmentRound> : RowIdKey
{
    static QString table() { return QStringLiteral("assessment_round"); }
    static QStringList columns()
    {
        return {QStringLiteral("framework_id"), QStringLiteral("label"), QStringLiteral("year"),
                QStringLiteral("deadline"), QStringLiteral("previous_round_id")};
    }
    static auto values(const AssessmentRound &r)
    {
        return columnValues(r.frameworkId, r.label, r.year, assessmentcolumns::day(r.deadline),
                            NullableId{r.previousRoundId});
    }
    static AssessmentRound read(const Row &row)
    {
        AssessmentRound r;
        r.id = row.integer(0);
        r.frameworkId = row.integer(1);
        r.label = row.text(2);
        r.year = int(row.integer(3));
        r.deadline = assessmentcolumns::day(row.text(4));
        r.previousRoundId = row.integer(5);
        return r;
    }
};

template <> struct TableMapping<RoundAgency> : RowIdKey
{
    static QString table() { return QStringLiteral("assessment_round_agency"); }
    static QStringList columns()
    {
        return {QStringLiteral("round_id"),      QStringLiteral("agency_id"),  QStringLiteral("status"),
                QStringLiteral("invited_on"),    QStringLiteral("started_on"), QStringLiteral("returned_on"),
                QStringLiteral("challenged_on"), QStringLiteral("accepted_on")};
    }
    static auto values(const RoundAgency &a)
    {
        using assessmentcolumns::day;
        return columnValues(a.roundId, a.agencyId, returnStatusKey(a.status), day(a.invitedOn), day(a.startedOn),
                            day(a.returnedOn), day(a.challengedOn), day(a.acceptedOn));
    }
    static RoundAgency read(const Row &r)
    {
        using assessmentcolumns::day;
        RoundAgency a;
        a.id = r.integer(0);
        a.roundId = r.integer(1);
        a.agencyId = r.integer(2);
        a.status = returnStatusFromKey(r.text(3)).value_or(ReturnStatus::Invited);
        a.invitedOn = day(r.text(4));
        a.startedOn = day(r.text(5));
        a.returnedOn = day(r.text(6));
        a.challengedOn = day(r.text(7));
        a.acceptedOn = day(r.text(8));
        return a;
    }
};

template <> struct TableMapping<CriterionReturn> : RowIdKey
{
    static QString table() { return QStringLiteral("assessment_answer"); }
    static QStringList columns()
    {
        return {QStringLiteral("round_agency_id"), QStringLiteral("criterion_id"),
                QStringLiteral("self_rating"),     QStringLiteral("evidence"),
                QStringLiteral("evidence_refs"),   QStringLiteral("planned_improvement"),
                QStringLiteral("challenge_note"),  QStringLiteral("moderated_rating")};
    }
    static auto values(const CriterionReturn &a)
    {
        return columnValues(a.roundAgencyId, a.criterionId, assessmentRatingKey(a.selfRating), a.evidence,
                            a.evidenceRefs, a.plannedImprovement, a.challengeNote,
                            assessmentRatingKey(a.moderatedRating));
    }
    static CriterionReturn read(const Row &r)
    {
        CriterionReturn a;
        a.id = r.integer(0);
        a.roundAgencyId = r.integer(1);
        a.criterionId = r.integer(2);
        a.selfRating = assessmentcolumns::rating(r.text(3));
        a.evidence = r.text(4);
        a.evidenceRefs = r.text(5);
        a.plannedImprovement = r.text(6);
        a.challengeNote = r.text(7);
        a.moderatedRating = assessmentcolumns::rating(r.text(8));
        return a;
    }
};

} // namespace assure
