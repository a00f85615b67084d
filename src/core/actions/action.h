// An action of the board's action plans (SMART), with its dated milestones and progress updates.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

enum class ActionStatus { NotStarted, InProgress, Completed, ImpactEvidenced, Cancelled };

// Keys: "not_started", "in_progress", "completed", "impact_evidenced", "cancelled".
QString actionStatusKey(ActionStatus status);
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QString actionStatusLabel(ActionStatus status);
QList<ActionStatus> allActionStatuses();
// Not completed, impact evidenced or cancelled: the board is still owed it.
bool isOpen(ActionStatus status);

// What an action answers. The id beside it (Action::sourceId) names the item of that kind where
// the board file holds such items; 0 when it does not (yet) or none is named.
enum class ActionSource {
    None, // stands alone
    Priority,
    Recommendation,
    Finding,
    Audit,
    Review,
    SelfAssessment,
    DevelopmentPlan,
};

// Keys: "none", "priority", "recommendation", "finding", "audit", "review", "self_assessment",
// "development_plan".
QString actionSourceKey(ActionSource source);
std::optional<ActionSource> actionSourceFromKey(const QString &key);
QString actionSourceLabel(ActionSource source);
QList<ActionSource> allActionSources();

struct Action
{
    qint64 id = 0;
    QString ref; // "A-2026-014": made by the app, editable, unique in the board
    QString title;
    QString description;    // specific: what exactly changes
    QString successMeasure; // measurable: what success looks like
    QString evidence;       // ... and the evidence that will show it
    qint64 ownerAgencyId = 0;
    qint64 leadPersonId = 0;
    QString resources;
    ActionSource sourceKind = ActionSource::None;
    qint64 sourceId = 0;
    QString rationale;
    QDate start;
    QDate due;
    ActionStatus status = ActionStatus::NotStarted;
    QString cancelReason;
    QString impactEvidence;   // the evidence of outcome
    QString impactAcceptedBy; // who accepted it (a person, or "QA sub-group")
    QDate impactAcceptedOn;
    qint64 impactIndicatorId = 0; // optionally, the indicator that shows the impact

    // What stops it being saved: a reference and a title, a reason when cancelled, accepted
    // evidence when impact is evidenced. A weak action is saved: the SMART check advises.
    QStringList problems() const;
    bool impactAccepted() const
    {
        return !impactEvidence.trimmed().isEmpty() && !impactAcceptedBy.trimmed().isEmpty() &&
               impactAcceptedOn.isValid();
    }

    bool operator==(const Action &o) const;
    bool operator!=(const Action &o) const { return !(*this == o); }
};

// A dated step towards an action.
struct Milestone
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDate date;
    QString text;
    bool done = false;

    QStringList problems() const;
    bool operator==(const Milestone &o) const
    {
        return id == o.id && actionId == o.actionId && date == o.date && text == o.text && done == o.done;
    }
    bool operator!=(const Milestone &o) const { return !(*this == o); }
};

// A dated entry of an action's progress log.
struct ProgressUpdate
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDate date;
    QString author;
    QString text;
    std::optional<int> percent; // 0 to 100 when reported

    QStringList problems() const;
    bool operator==(const ProgressUpdate &o) const
    {
        return id == o.id && actionId == o.actionId && date == o.date && author == o.author && text == o.text &&
               percent == o.percent;
    }
    bool operator!=(const ProgressUpdate &o) const { return !(*this == o); }
};

} // namespace assure
