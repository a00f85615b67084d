// The survey's picture: one bar a statement, made of its responses rating it 1 to 5.
#pragma once

#include "charts/chartstyle.h"

#include <QList>
#include <QString>

#include <array>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace assure {

struct SurveyBar
{
    QString label;             // "S2"
    std::array<int, 5> counts; // responses rating it 1 (strongly disagree) ... 5 (strongly agree)
};

// Bars top to bottom in the questionnaire's order, each part labelled with its count; the parts go
// from strongly disagree (left, red-brown) to strongly agree (right, dark blue), a scale that
// reads in grey and to people who do not see red from green. Sets are named "rating-1" ... "rating-5".
std::unique_ptr<QChart> buildSurveyChart(const QString &title, const QList<SurveyBar> &bars,
                                         const ChartStyle &style = {});

} // namespace assure
