// A complaint, compliment or comment about a partner agency's safeguarding work (issue 19, part 2):
// when it came and was answered, what it was about, what came of it and what was learnt. No names:
// a reference only, as the agency's own complaints log has it.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class ComplaintKind { Complaint, Compliment, Comment };

// How far a complaint went under the agencies' usual procedure: stage 1, local resolution by the
// team; stage 2, a formal investigation; stage 3, the Local Government and Social Care (or
// Parliamentary and Health Service) Ombudsman. A compliment or comment has no stage (None).
enum class ComplaintStage { None = 0, LocalResolution = 1, Investigation = 2, Ombudsman = 3 };

// What came of a complaint once answered; None while it is open, and always for a compliment or
// comment.
enum class ComplaintOutcome { None, Upheld, PartlyUpheld, NotUpheld };

struct Complaint
{
    qint64 id = 0;
    QString reference; // the agency's own reference, anonymised: never a name
    QDate received;
    qint64 agencyId = 0; // the board's agency it was made to or about
    ComplaintKind kind = ComplaintKind::Complaint;
    QString theme; // free text; the page offers the themes used before
    ComplaintStage stage = ComplaintStage::LocalResolution;
    ComplaintOutcome outcome = ComplaintOutcome::None;
    QDate responded; // invalid: not yet answered
    QString learning;

    // Each names its field: a reference, a received date, an agency, responded not before
    // received, a stage only and always for a complaint, an outcome only for a complaint.
    QStringList problems() const;

    bool operator==(const Complaint &o) const
    {
        return id == o.id && reference == o.reference && received == o.received && agencyId == o.agencyId &&
               kind == o.kind && theme == o.theme && stage == o.stage && outcome == o.outcome &&
               responded == o.responded && learning == o.learning;
    }
    bool operator!=(const Complaint &o) const { return !(*this == o); }
};

// An action taken because of what a complaint taught (one row per pair).
struct ComplaintAction
{
    qint64 id = 0;
    qint64 complaintId = 0;
    qint64 actionId = 0;

    QStringList problems() const { return {}; }
    bool operator==(const ComplaintAction &o) const
    {
        return id == o.id && complaintId == o.complaintId && actionId == o.actionId;
    }
    bool operator!=(const ComplaintAction &o) const { return !(*this == o); }
};

// Keys (stored and in JSON): "complaint", "compliment", "comment".
QString complaintKindKey(ComplaintKind kind);
std::optional<ComplaintKind> complaintKindFromKey(const QString &key);
QString complaintKindLabel(ComplaintKind kind);
QList<ComplaintKind> allComplaintKinds();

// Keys: "upheld", "partly_upheld", "not_upheld"; None is "".
QString complaintOutcomeKey(ComplaintOutcome outcome);
std::optional<ComplaintOutcome> complaintOutcomeFromKey(const QString &key);
QString complaintOutcomeLabel(ComplaintOutcome outcome);
// The three outcomes, without None.
QList<ComplaintOutcome> allComplaintOutcomes();

// "Stage 1: local resolution"...; empty for None.
QString complaintStageLabel(ComplaintStage stage);
QList<ComplaintStage> allComplaintStages(); // the three stages, without None

} // namespace assure
