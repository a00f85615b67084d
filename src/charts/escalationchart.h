// The escalation log's picture: per quarter, the escalations raised beside those resolved, so that
// a backlog building up shows as raised bars standing taller than resolved ones.
#pragma once

#include "charts/chartstyle.h"

#include <QList>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace assure {

struct EscalationQuarterBar
{
    QString label; // "Q2 26/27"
    int raised = 0;
    int resolved = 0;
};

// Upright bars left to right in the order given, each labelled with its count. Sets are named
// "raised" and "resolved".
std::unique_ptr<QChart> buildEscalationChart(const QString &title, const QList<EscalationQuarterBar> &bars,
                                             const ChartStyle &style = {});

} // namespace assure
