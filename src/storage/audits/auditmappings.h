// How audits map to their tables: audits, their agencies, cases, findings, recommendations and tools.
#pragma once

#include "core/audits/audit.h"
#include "core/audits/audittool.h"
#include "storage/actions/actionmappings.h"
#include "storage/tablemapping.h"

namespace assure {

template <> struct TableMapping<Audit> : RowIdKey
{
    static QString table() { return QStringLiteral("audit"); }
    static QStringList columns()
    {
        return {QStringLiteral("ref"),
                QStringLiteral("type"),
                QStringLiteral("title"),
                QStringLiteral("scope"),
                QStringLiteral("methodology"),
                QStringLiteral("lead_person_id"),
                QStringLiteral("auditors"),
                QStringLiteral("independent"),
                QStringLiteral("status"),
                QStringLiteral("planned_date"),
                QStringLiteral("started_date"),
                QStringLiteral("reported_date"),
                QStringLiteral("occurrence_id"),
                QStringLiteral("repeats_audit_id"),
                QStringLiteral("sampling_seed"),
                QStringLiteral("grade_scale"),
                QStringLiteral("referral_date"),
                QStringLiteral("decision_date"),
                QStringLiteral("publication_date"),
                QStringLiteral("period_from"),
                QStringLiteral("period_to"),
                QStringLiteral("questionnaire")};
    }
    static auto values(const Audit &a)
    {
        using actioncolumns::day;
        return columnValues(a.ref, auditTypeKey(a.type), a.title, a.scope, a.methodology, NullableId{a.leadPersonId},
                            a.auditors, a.independent ? 1 : 0, auditStatusKey(a.status), day(a.planned), day(a.started),
                            day(a.reported), NullableId{a.occurrenceId}, NullableId{a.repeatsAuditId}, a.samplingSeed,
                            a.gradeScale, day(a.referralDate), day(a.decisionDate), day(a.publicationDate),
                            day(a.periodFrom), day(a.periodTo), a.questionnaire);
    }
    static Audit read(const Row &r)
    {
        using actioncolumns::day;
        Audit a;
        a.id = r.integer(0);
        a.ref = r.text(1);
        a.type = auditTypeFromKey(r.text(2)).value_or(AuditType::MultiAgencyCaseAudit);
        a.title = r.text(3);
        a.scope = r.text(4);
        a.methodology = r.text(5);
        a.leadPersonId = r.integer(6);
        a.auditors = r.text(7);
        a.independent = r.flag(8);
        a.status = auditStatusFromKey(r.text(9)).value_or(AuditStatus::Planned);
        a.planned = day(r.text(10));
        a.started = day(r.text(11));
        a.reported = day(r.text(12));
        a.occurrenceId = r.integer(13);
        a.repeatsAuditId = r.integer(14);
        a.samplingSeed = r.text(15);
        a.gradeScale = r.text(16);
        a.referralDate = day(r.text(17));
        a.decisionDate = day(r.text(18));
        a.publicationDate = day(r.text(19));
        a.periodFrom = day(r.text(20));
        a.periodTo = day(r.text(21));
        a.questionnaire = r.text(22);
        return a;
    }
};

template <> struct TableMapping<AuditAgency> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_agency"); }
    static QStringList columns() { return {QStringLiteral("audit_id"), QStringLiteral("agency_id")}; }
    static auto values(const AuditAgency &a) { return columnValues(a.auditId, a.agencyId); }
    static AuditAgency read(const Row &r) { return {r.integer(0), r.integer(1), r.integer(2)}; }
};

template <> struct TableMapping<AuditCase> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_case"); }
    static QStringList columns()
    {
        return {QStringLiteral("audit_id"),  QStringLiteral("ref"),          QStringLiteral("answers"),
                QStringLiteral("grade"),     QStringLiteral("second_grade"), QStringLiteral("agreed_grade"),
                QStringLiteral("strengths"), QStringLiteral("areas")};
    }
    static auto values(const AuditCase &c)
    {
        return columnValues(c.auditId, c.ref, c.answers, c.grade, c.secondGrade, c.agreedGrade, c.strengths, c.areas);
    }
    static AuditCase read(const Row &r)
    {
        AuditCase c;
        c.id = r.integer(0);
        c.auditId = r.integer(1);
        c.ref = r.text(2);
        c.answers = r.text(3);
        c.grade = r.text(4);
        c.secondGrade = r.text(5);
        c.agreedGrade = r.text(6);
        c.strengths = r.text(7);
        c.areas = r.text(8);
        return c;
    }
};

template <> struct TableMapping<Finding> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_finding"); }
    static QStringList columns()
    {
        return {QStringLiteral("audit_id"), QStringLiteral("kind"), QStringLiteral("text")};
    }
    static auto values(const Finding &f) { return columnValues(f.auditId, findingKindKey(f.kind), f.text); }
    static Finding read(const Row &r)
    {
        Finding f;
        f.id = r.integer(0);
        f.auditId = r.integer(1);
        f.kind = findingKindFromKey(r.text(2)).value_or(FindingKind::AreaForImprovement);
        f.text = r.text(3);
        return f;
    }
};

template <> struct TableMapping<Recommendation> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_recommendation"); }
    static QStringList columns()
    {
        return {QStringLiteral("audit_id"), QStringLiteral("text"), QStringLiteral("owner_agency_id"),
                QStringLiteral("accepted")};
    }
    static auto values(const Recommendation &r)
    {
        return columnValues(r.auditId, r.text, NullableId{r.ownerAgencyId}, actioncolumns::day(r.accepted));
    }
    static Recommendation read(const Row &row)
    {
        Recommendation r;
        r.id = row.integer(0);
        r.auditId = row.integer(1);
        r.text = row.text(2);
        r.ownerAgencyId = row.integer(3);
        r.accepted = actioncolumns::day(row.text(4));
        return r;
    }
};

// The tool's name in a column of its own, so the file keeps names unique; its questions as JSON.
template <> struct TableMapping<AuditTool> : RowIdKey
{
    static QString table() { return QStringLiteral("audit_tool"); }
    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("definition")}; }
    static auto values(const AuditTool &t) { return columnValues(t.questionnaire.name, t.questionnaire.toJson()); }
    static AuditTool read(const Row &r)
    {
        AuditTool t;
        t.id = r.integer(0);
        // A definition that cannot be read leaves an empty tool under its name, to be mended in the builder.
        t.questionnaire = Questionnaire::fromJson(r.text(2)).value_or(Questionnaire());
        t.questionnaire.name = r.text(1);
        return t;
    }
};

} // namespace assure
