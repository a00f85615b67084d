// What the board pack's section "Escalations" says, gathered from a workspace: the financial
// year's figures as of the pack's day (core/voices/escalationtally.h), by reason and level, the
// escalations still open (oldest first) and what was learnt from those resolved in the year.
#pragma once

#include "core/voices/escalationtally.h"

#include <QList>
#include <QString>

namespace assure {

class Workspace;

struct EscalationReportData
{
    struct Named
    {
        QString name;
        int count = 0;
    };
    struct OpenOne
    {
        QString ref;
        QDate raised;
        int daysOpen = 0;
        QString between; // "Raising → receiving"
        QString level;   // "3 Senior manager to senior manager"
    };
    struct Learnt
    {
        QString ref;
        QString learning;
        QStringList actions; // "ACT-012 Title"
    };

    QString yearLabel;
    QDate asOf;
    int raised = 0;
    int resolved = 0;
    int open = 0;
    std::optional<double> medianDays;
    QList<Named> byReason; // every reason of the board, in its order
    QList<Named> byLevel;  // every level, lowest first
    QList<OpenOne> openOnes;
    QList<Learnt> learning;

    bool isEmpty() const { return raised == 0 && resolved == 0 && open == 0; }
};

EscalationReportData gatherEscalations(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
