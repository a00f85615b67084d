// The rules of the complaints log: target, timeliness and figures.
#include "core/voices/complaintrules.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ComplaintRules)
};

constexpr auto kTimelinessNames =
    enumNames<Timeliness>("assure::ComplaintRules",
                          {
                              {Timeliness::Open, u"open", QT_TRANSLATE_NOOP("assure::ComplaintRules", "Open")},
                              {Timeliness::Overdue, u"overdue", QT_TRANSLATE_NOOP("assure::ComplaintRules", "Overdue")},
                              {Timeliness::InTime, u"in_time", QT_TRANSLATE_NOOP("assure::ComplaintRules", "In time")},
                              {Timeliness::Late, u"late", QT_TRANSLATE_NOOP("assure::ComplaintRules", "Late")},
                          });

} // namespace

QStringList ComplaintSettings::problems() const
{
    if (targetDays < 1 || targetDays > kComplaintTargetDaysMax)
        return {Tr::tr("target: the response target must be from 1 to %1 working days.").arg(kComplaintTargetDaysMax)};
    return {};
}

QStringList ComplaintHoliday::problems() const
{
    if (!day.isValid())
        return {Tr::tr("date: a day off needs its date.")};
    return {};
}

QString timelinessKey(Timeliness t)
{
    return kTimelinessNames.key(t);
}

QString timelinessLabel(Timeliness t)
{
    return kTimelinessNames.label(t);
}

QList<Timeliness> allTimeliness()
{
    return kTimelinessNames.values();
}

ComplaintTiming timingOf(const Complaint &c, const WorkingDays &days, int targetDays, const QDate &asOf)
{
    ComplaintTiming t;
    t.due = days.deadline(c.received, targetDays);
    if (c.responded.isValid() && c.received.isValid()) {
        t.days = days.between(c.received, c.responded);
        t.state = t.days <= targetDays ? Timeliness::InTime : Timeliness::Late;
    } else {
        t.state = t.due.isValid() && asOf > t.due ? Timeliness::Overdue : Timeliness::Open;
    }
    return t;
}

std::optional<double> ComplaintFigures::inTimeFraction() const
{
    if (responded == 0)
        return std::nullopt;
    return double(inTime) / double(responded);
}

ComplaintFigures complaintFigures(const QList<Complaint> &all, const QDate &from, const QDate &to,
                                  const WorkingDays &days, int targetDays, const QDate &asOf)
{
    const QDate judged = asOf.isValid() ? asOf : to;
    ComplaintFigures f;
    for (const Complaint &c : all) {
        if (!c.received.isValid() || c.received < from || c.received > to)
            continue;
        ++f.received;
        ++f.byKind[c.kind];
        if (c.kind == ComplaintKind::Complaint && c.outcome != ComplaintOutcome::None)
            ++f.byOutcome[c.outcome];
        ++f.byAgency[c.agencyId];
        ++f.byTheme[c.theme.trimmed()];
        // An answer after the day judged on was not yet known then.
        Complaint asKnown = c;
        if (asKnown.responded.isValid() && asKnown.responded > judged)
            asKnown.responded = QDate();
        const ComplaintTiming t = timingOf(asKnown, days, targetDays, judged);
        switch (t.state) {
        case Timeliness::InTime:
            ++f.responded;
            ++f.inTime;
            break;
        case Timeliness::Late:
            ++f.responded;
            ++f.late;
            break;
        case Timeliness::Overdue: ++f.overdue; break;
        case Timeliness::Open: break;
        }
    }
    return f;
}

QStringList themesUsed(const QList<Complaint> &all)
{
    QStringList out;
    QSet<QString> seen;
    for (const Complaint &c : all) {
        const QString theme = c.theme.trimmed();
        if (theme.isEmpty() || seen.contains(theme.toLower()))
            continue;
        seen.insert(theme.toLower());
        out << theme;
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

} // namespace assure
