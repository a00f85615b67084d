// An escalation under the board's escalation policy (issue 19, part 3): one agency raising a case
// with another, how far up it went, how and when it was resolved and what was learnt. The case is
// named by an anonymised reference only.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assure {

// Levels run from 1 to the board's highest; a board may set its highest from 1 to 9.
constexpr int kEscalationLevelMin = 1;
constexpr int kEscalationLevelsMax = 9;
constexpr int kEscalationLevelsDefault = 4;

// The fields of an escalation, as problems and imports name them.
enum class EscalationField { Ref, Raised, RaisedBy, RaisedWith, Reason, Level, Resolved, Learning };

// The import's column for a field: "ref", "raised", "raised_by", "raised_with", "reason", "level",
// "resolved", "learning".
QString escalationFieldKey(EscalationField field);
// The field's name in the editor ("Case reference"...).
QString escalationFieldLabel(EscalationField field);

struct EscalationProblem
{
    EscalationField field;
    QString text; // without the field's name: "is after the day it was resolved"

    bool operator==(const EscalationProblem &o) const { return field == o.field && text == o.text; }
};

struct Escalation
{
    qint64 id = 0;
    QString ref;                 // the anonymised case reference
    QDate raised;                // the day it was raised
    qint64 raisedByAgencyId = 0; // the agency that raised it
    qint64 raisedWithAgencyId = 0;
    qint64 reasonId = 0; // one of the board's reasons
    int level = 1;       // the highest level it reached
    QString resolution;  // how it was resolved
    QDate resolved;      // invalid: still open
    QString learning;

    bool isResolved() const { return resolved.isValid(); }

    // Each with the field it is about: a reference, the day raised, both agencies and different,
    // a reason, a level from 1 to highestLevel, resolved not before raised.
    QList<EscalationProblem> problemsWith(int highestLevel) const;
    // The same as sentences that name the field ("Resolved: ...").
    QStringList problems(int highestLevel = kEscalationLevelsMax) const;

    bool operator==(const Escalation &o) const
    {
        return id == o.id && ref == o.ref && raised == o.raised && raisedByAgencyId == o.raisedByAgencyId &&
               raisedWithAgencyId == o.raisedWithAgencyId && reasonId == o.reasonId && level == o.level &&
               resolution == o.resolution && resolved == o.resolved && learning == o.learning;
    }
    bool operator!=(const Escalation &o) const { return !(*this == o); }
};

// One of the board's reasons for escalating (its list; the file ships with defaults).
struct EscalationReason
{
    qint64 id = 0;
    QString name;

    QStringList problems() const;
    bool operator==(const EscalationReason &o) const { return id == o.id && name == o.name; }
    bool operator!=(const EscalationReason &o) const { return !(*this == o); }
};

// An action taken because of an escalation (one row per pair).
struct EscalationAction
{
    qint64 id = 0;
    qint64 escalationId = 0;
    qint64 actionId = 0;

    QStringList problems() const { return {}; }
    bool operator==(const EscalationAction &o) const
    {
        return id == o.id && escalationId == o.escalationId && actionId == o.actionId;
    }
    bool operator!=(const EscalationAction &o) const { return !(*this == o); }
};

// The board's levels: how many, and what each is called (the first is level 1).
struct EscalationSettings
{
    QStringList levelNames = defaultLevelNames();

    int highestLevel() const { return int(levelNames.size()); }
    // "Level 3" when the board gave it no name.
    QString levelName(int level) const;
    // From 1 to 9 levels, each named.
    QStringList problems() const;
    static QStringList defaultLevelNames();

    bool operator==(const EscalationSettings &o) const { return levelNames == o.levelNames; }
    bool operator!=(const EscalationSettings &o) const { return !(*this == o); }
};

// The defaults a new board file ships with, in their order.
QStringList defaultEscalationReasons();

// Calendar days from raised to resolved (0 when resolved the day it was raised); none while open
// or when either day is missing.
std::optional<int> daysToResolve(const Escalation &e);

// The median of the days (the mean of the middle two for an even count); none for none.
std::optional<double> medianDays(QList<int> days);

// Why a level written as `text` is refused, for people ("7 is not from 1 to 4"); empty when it is
// a whole number from 1 to highestLevel, given in *level.
QString escalationLevelRefusal(const QString &text, int highestLevel, int *level);

} // namespace assure
