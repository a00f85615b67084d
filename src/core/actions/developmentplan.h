// A development plan (seed 000, section 4): how one business plan objective (a priority) will be
// delivered, completed by the sub-group chair. Its components are actions answering it
// (ActionSource::DevelopmentPlan, with the plan's id), each with its own start and due date.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace assure {

struct DevelopmentPlan
{
    qint64 id = 0;
    qint64 priorityId = 0;    // the objective it delivers; 0 once that priority is deleted
    qint64 chairPersonId = 0; // who completed it: the sub-group chair
    QString title;
    QString methodology;
    QString expertise;
    QString consultation;
    QString resources;
    QString qualityAssurance;    // quality assurance and performance measures
    QString performanceMeasures; // how the board will know it worked
    QDate start;                 // the overall timescale
    QDate end;

    // What stops it being saved: a title; an end not before the start.
    QStringList problems() const;
    bool operator==(const DevelopmentPlan &o) const;
    bool operator!=(const DevelopmentPlan &o) const { return !(*this == o); }
};

} // namespace assure
