// Test helper: an action that passes every SMART letter, for the rules' tests to spoil one field at a time.
#pragma once

#include "core/actions/action.h"

namespace assure::test {

inline Action soundAction()
{
    Action a;
    a.id = 7;
    a.ref = QStringLiteral("A-2026-007");
    a.title = QStringLiteral("Review the neglect pathway");
    a.description =
        QStringLiteral("Rewrite the multi-agency neglect pathway with the Graded Care Profile at its centre.");
    a.successMeasure = QStringLiteral("80% of neglect referrals use the Graded Care Profile");
    a.evidence = QStringLiteral("Quarterly case audit of 20 referrals");
    a.ownerAgencyId = 1;
    a.leadPersonId = 2;
    a.sourceKind = ActionSource::Priority;
    a.sourceId = 3;
    a.start = QDate(2026, 7, 1);
    a.due = QDate(2026, 9, 30);
    a.status = ActionStatus::InProgress;
    return a;
}

} // namespace assure::test
