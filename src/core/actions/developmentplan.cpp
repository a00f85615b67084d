// A development plan's own rules, and the board's action settings' limits.
#include "core/actions/developmentplan.h"

#include "core/actions/actionrules.h"

#include <QCoreApplication>

#include <cmath>

namespace assure {

QStringList DevelopmentPlan::problems() const
{
    QStringList out;
    if (title.trimmed().isEmpty())
        out << QCoreApplication::translate("assure::DevelopmentPlan", "The development plan needs a title.");
    if (start.isValid() && end.isValid() && end < start)
        out << QCoreApplication::translate("assure::DevelopmentPlan", "The plan cannot end before it starts.");
    return out;
}

bool DevelopmentPlan::operator==(const DevelopmentPlan &o) const
{
    return id == o.id && priorityId == o.priorityId && chairPersonId == o.chairPersonId && title == o.title &&
           methodology == o.methodology && expertise == o.expertise && consultation == o.consultation &&
           resources == o.resources && qualityAssurance == o.qualityAssurance &&
           performanceMeasures == o.performanceMeasures && start == o.start && end == o.end;
}

QStringList ActionSettings::problems() const
{
    QStringList out;
    if (dueSoonDays < 0 || dueSoonDays > 365)
        out << QCoreApplication::translate("assure::ActionSettings", "Due soon is a number of days from 0 to 365.");
    // Whole percentages, as the board file keeps them.
    const auto whole = [](double share) {
        return share >= 0.01 && share <= 1.0 && std::abs(share * 100 - std::round(share * 100)) < 1e-9;
    };
    if (!whole(ragGreenAt) || !whole(ragAmberAt))
        out << QCoreApplication::translate("assure::ActionSettings",
                                           "The progress thresholds are whole percentages from 1% to 100%.");
    else if (ragAmberAt > ragGreenAt)
        out << QCoreApplication::translate("assure::ActionSettings", "AMBER starts at no more than GREEN does.");
    return out;
}

} // namespace assure
