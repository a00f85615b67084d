// Audits and reviews: the audit itself, the agencies it involves, its cases with their grades and
// moderation, its findings and its recommendations.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class AuditType {
    SingleAgency,
    MultiAgencyCaseAudit,
    ThemedReview,
    SeriousCaseReview,
    SafeguardingAdultsReview,
    ChildSafeguardingPracticeReview,
    CdopReport,
    QaReport, // Prevent, LeDeR, domestic abuse...
    PeerReview,
    ObservationOfPractice,
};
// Keys: "single_agency", "multi_agency_case_audit", "themed_review", "serious_case_review",
// "safeguarding_adults_review", "child_safeguarding_practice_review", "cdop_report", "qa_report",
// "peer_review", "observation_of_practice".
QString auditTypeKey(AuditType type);
std::optional<AuditType> auditTypeFromKey(const QString &key);
QString auditTypeLabel(AuditType type);
QList<AuditType> allAuditTypes();
// Reviews have a referral, a decision and a publication date.
bool isReview(AuditType type);
// Reports cover a period.
bool isReport(AuditType type);

enum class AuditStatus { Planned, InProgress, FindingsAgreed, ReportedToBoard, Closed };
// Keys: "planned", "in_progress", "findings_agreed", "reported_to_board", "closed".
QString auditStatusKey(AuditStatus status);
std::optional<AuditStatus> auditStatusFromKey(const QString &key);
QString auditStatusLabel(AuditStatus status);
QList<AuditStatus> allAuditStatuses();

struct Audit
{
    qint64 id = 0;
    QString ref; // "AU-2026-003": unique in the board
    AuditType type = AuditType::MultiAgencyCaseAudit;
    QString title;
    QString scope; // scope or terms of reference
    QString methodology;
    qint64 leadPersonId = 0;
    QString auditors; // the other auditors, as written
    bool independent = false;
    AuditStatus status = AuditStatus::Planned;
    QDate planned;
    QDate started;
    QDate reported;
    qint64 occurrenceId = 0;   // the programme occurrence it fulfils
    qint64 repeatsAuditId = 0; // the earlier audit it repeats (a re-audit)
    QString samplingSeed;      // the seed its sample was drawn with, as typed (0 .. 2^64 - 1); empty: none
    QString gradeScale;        // its grades, "|"-separated, best first; empty: the standard four
    QDate referralDate;        // reviews
    QDate decisionDate;
    QDate publicationDate;
    QDate periodFrom; // reports
    QDate periodTo;
    QString questionnaire; // its own copy of its tool's JSON, taken when it starts; empty until then

    QStringList problems() const;
    bool operator==(const Audit &o) const;
    bool operator!=(const Audit &o) const { return !(*this == o); }
};

// An agency an audit involves.
struct AuditAgency
{
    qint64 id = 0;
    qint64 auditId = 0;
    qint64 agencyId = 0;

    QStringList problems() const;
    bool operator==(const AuditAgency &o) const { return id == o.id && auditId == o.auditId && agencyId == o.agencyId; }
    bool operator!=(const AuditAgency &o) const { return !(*this == o); }
};

// One audited case: never a name, only the anonymised reference.
struct AuditCase
{
    qint64 id = 0;
    qint64 auditId = 0;
    QString ref;
    QString answers;     // the questionnaire's answers, as JSON
    QString grade;       // the auditor's overall grade (a key of the audit's scale); empty: not graded
    QString secondGrade; // moderation: a second auditor's grade
    QString agreedGrade; // ... and the grade agreed between them
    QString strengths;
    QString areas; // areas for improvement

    // The grade that stands: the agreed one once moderated, else the auditor's.
    QString finalGrade() const { return agreedGrade.isEmpty() ? grade : agreedGrade; }
    QStringList problems() const;
    bool operator==(const AuditCase &o) const;
    bool operator!=(const AuditCase &o) const { return !(*this == o); }
};

enum class FindingKind { Strength, AreaForImprovement, GoodPractice };
// Keys: "strength", "area_for_improvement", "good_practice".
QString findingKindKey(FindingKind kind);
std::optional<FindingKind> findingKindFromKey(const QString &key);
QString findingKindLabel(FindingKind kind);
QList<FindingKind> allFindingKinds();

struct Finding
{
    qint64 id = 0;
    qint64 auditId = 0;
    FindingKind kind = FindingKind::AreaForImprovement;
    QString text;

    QStringList problems() const;
    bool operator==(const Finding &o) const
    {
        return id == o.id && auditId == o.auditId && kind == o.kind && text == o.text;
    }
    bool operator!=(const Finding &o) const { return !(*this == o); }
};

struct Recommendation
{
    qint64 id = 0;
    qint64 auditId = 0;
    QString text;
    qint64 ownerAgencyId = 0;
    QDate accepted; // by the board; invalid until then

    QStringList problems() const;
    bool operator==(const Recommendation &o) const
    {
        return id == o.id && auditId == o.auditId && text == o.text && ownerAgencyId == o.ownerAgencyId &&
               accepted == o.accepted;
    }
    bool operator!=(const Recommendation &o) const { return !(*this == o); }
};

} // namespace assure
