// An escalation under the board's escalation policy: its checks, days to resolve, the median.
#include "core/voices/escalation.h"

#include <QCoreApplication>

#include <algorithm>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Escalation)
};

} // namespace

QString escalationFieldKey(EscalationField field)
{
    switch (field) {
    case EscalationField::Ref: return QStringLiteral("ref");
    case EscalationField::Raised: return QStringLiteral("raised");
    case EscalationField::RaisedBy: return QStringLiteral("raised_by");
    case EscalationField::RaisedWith: return QStringLiteral("raised_with");
    case EscalationField::Reason: return QStringLiteral("reason");
    case EscalationField::Level: return QStringLiteral("level");
    case EscalationField::Resolved: return QStringLiteral("resolved");
    case EscalationField::Learning: break;
    }
    return QStringLiteral("learning");
}

QString escalationFieldLabel(EscalationField field)
{
    switch (field) {
    case EscalationField::Ref: return Tr::tr("Case reference");
    case EscalationField::Raised: return Tr::tr("Raised");
    case EscalationField::RaisedBy: return Tr::tr("Raised by");
    case EscalationField::RaisedWith: return Tr::tr("Raised with");
    case EscalationField::Reason: return Tr::tr("Reason");
    case EscalationField::Level: return Tr::tr("Level");
    case EscalationField::Resolved: return Tr::tr("Resolved");
    case EscalationField::Learning: break;
    }
    return Tr::tr("Learning");
}

QList<EscalationProblem> Escalation::problemsWith(int highestLevel) const
{
    QList<EscalationProblem> out;
    if (ref.trimmed().isEmpty())
        out.append({EscalationField::Ref, Tr::tr("is empty; give the case's anonymised reference")});
    if (!raised.isValid())
        out.append({EscalationField::Raised, Tr::tr("is not given")});
    if (raisedByAgencyId == 0)
        out.append({EscalationField::RaisedBy, Tr::tr("no agency is chosen")});
    if (raisedWithAgencyId == 0)
        out.append({EscalationField::RaisedWith, Tr::tr("no agency is chosen")});
    else if (raisedWithAgencyId == raisedByAgencyId)
        out.append({EscalationField::RaisedWith, Tr::tr("is the agency that raised it; an escalation is between two")});
    if (reasonId == 0)
        out.append({EscalationField::Reason, Tr::tr("no reason is chosen")});
    if (level < kEscalationLevelMin || level > highestLevel)
        out.append({EscalationField::Level, Tr::tr("%1 is not from 1 to %2").arg(level).arg(highestLevel)});
    if (resolved.isValid() && raised.isValid() && resolved < raised)
        out.append({EscalationField::Resolved, Tr::tr("%1 is before the day it was raised (%2)")
                                                   .arg(resolved.toString(Qt::ISODate), raised.toString(Qt::ISODate))});
    return out;
}

QStringList Escalation::problems(int highestLevel) const
{
    QStringList out;
    for (const EscalationProblem &p : problemsWith(highestLevel))
        out << Tr::tr("%1: %2").arg(escalationFieldLabel(p.field), p.text);
    return out;
}

QStringList EscalationReason::problems() const
{
    if (name.trimmed().isEmpty())
        return {Tr::tr("The reason needs a name.")};
    return {};
}

QString EscalationSettings::levelName(int level) const
{
    const QString name = level >= 1 && level <= levelNames.size() ? levelNames.at(level - 1).trimmed() : QString();
    return name.isEmpty() ? Tr::tr("Level %1").arg(level) : name;
}

QStringList EscalationSettings::problems() const
{
    QStringList out;
    if (levelNames.isEmpty() || levelNames.size() > kEscalationLevelsMax)
        out << Tr::tr("There must be from 1 to %1 levels.").arg(kEscalationLevelsMax);
    for (int i = 0; i < levelNames.size(); ++i)
        if (levelNames.at(i).trimmed().isEmpty())
            out << Tr::tr("Level %1 needs a name.").arg(i + 1);
    return out;
}

QStringList EscalationSettings::defaultLevelNames()
{
    return {Tr::tr("Practitioner to practitioner"), Tr::tr("Manager to manager"),
            Tr::tr("Senior manager to senior manager"), Tr::tr("Director to director")};
}

QStringList defaultEscalationReasons()
{
    // The same words as the defaults 0020_escalations.sql writes into a board file.
    return {Tr::tr("Threshold disagreement"),
            Tr::tr("Response to a referral"),
            Tr::tr("Case progress"),
            Tr::tr("Information sharing"),
            Tr::tr("Plan or decision"),
            Tr::tr("Attendance at meetings"),
            Tr::tr("Other")};
}

std::optional<int> daysToResolve(const Escalation &e)
{
    if (!e.raised.isValid() || !e.resolved.isValid())
        return std::nullopt;
    return int(e.raised.daysTo(e.resolved));
}

std::optional<double> medianDays(QList<int> days)
{
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end());
    const qsizetype mid = days.size() / 2;
    if (days.size() % 2 == 1)
        return double(days.at(mid));
    return (double(days.at(mid - 1)) + double(days.at(mid))) / 2.0;
}

QString escalationLevelRefusal(const QString &text, int highestLevel, int *level)
{
    const QString written = text.trimmed();
    if (written.isEmpty())
        return Tr::tr("is empty; give a whole number from 1 to %1").arg(highestLevel);
    // A spreadsheet may hold 3 as 3.0; 3.5 is no level.
    bool ok = false;
    const double number = written.toDouble(&ok);
    const int value = ok && number > -1e6 && number < 1e6 ? int(number) : 0;
    if (!ok || double(value) != number)
        return Tr::tr("“%1” is not a whole number from 1 to %2").arg(written).arg(highestLevel);
    if (value < kEscalationLevelMin || value > highestLevel)
        return Tr::tr("%1 is not from 1 to %2").arg(value).arg(highestLevel);
    if (level)
        *level = value;
    return {};
}

} // namespace assure
