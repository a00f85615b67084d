// The two frameworks Assure ships ready to use, written for this project: Section 11 (the eight
// standards of DOMAIN.md) and adult safeguarding on the six Care Act safeguarding principles.
#pragma once

#include "core/assessment/framework.h"

#include <QList>

namespace assure {

// A framework with its standards and criteria, before it is in a board file (ids 0, links by place).
struct FrameworkContent
{
    struct Standard
    {
        AssessmentStandard standard;
        QList<AssessmentCriterion> criteria;
    };
    AssessmentFramework framework;
    QList<Standard> standards;

    int criterionCount() const;
};

FrameworkContent section11Framework();
FrameworkContent adultSafeguardingFramework();
// Both, Section 11 first.
QList<FrameworkContent> shippedFrameworks();

} // namespace assure
