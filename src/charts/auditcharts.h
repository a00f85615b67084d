// An audit summary's pictures: how many cases got each grade (beside the audit it repeats), and each
// yes / no question's shares of yes, partial, no and not applicable.
#pragma once

#include "charts/chartstyle.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace assure {

// Bars of cases per grade, best grade left, each labelled with its count; with earlier counts a
// second, paler bar beside each, named in the legend. Bar sets carry the object names
// "grades-this" and "grades-earlier" for whoever reads the chart back.
std::unique_ptr<QChart> buildGradeChart(const QString &title, const QStringList &grades, const QList<int> &counts,
                                        const QString &thisLabel, const QList<int> &earlierCounts = {},
                                        const QString &earlierLabel = {}, const ChartStyle &style = {});

struct YesNoBar
{
    QString label;             // "Q2.1"
    std::array<int, 4> counts; // yes, partial, no, not applicable
};

// One bar a question, top to bottom in the tool's order, made of its cases answered yes, partial,
// no and not applicable, each part labelled with its count (a question answered in fewer cases
// has a shorter bar); sets named "answer-yes", "answer-partial", "answer-no", "answer-not_applicable".
std::unique_ptr<QChart> buildYesNoChart(const QString &title, const QList<YesNoBar> &bars,
                                        const ChartStyle &style = {});

} // namespace assure
