// A financial year of the complaints log as the board is told it (the page's Figures, the board
// pack): the year's and each quarter's figures to the as-of day, the agencies' names, and the
// learning with the actions that followed.
#pragma once

#include "core/period.h"
#include "core/voices/complaintrules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace assure {

class Workspace;

struct ComplaintLearning
{
    QString reference;
    QDate received;
    QString agency;
    ComplaintKind kind = ComplaintKind::Complaint;
    QString theme;
    QString learning;
    QStringList actions; // "ACT-012 Title (In progress)"
};

struct ComplaintYear
{
    Period year;
    QDate to; // the year's end or the as-of day, whichever is first
    int targetDays = kDefaultComplaintTargetDays;
    ComplaintFigures total;
    std::array<Period, 4> quarters;
    std::array<ComplaintFigures, 4> byQuarter; // received in each, judged on `to`; one not begun counts nothing
    QHash<qint64, QString> agencyNames;
    QList<ComplaintLearning> learning; // entries received in the year with learning or actions, by date

    // Agency names with their counts in `f`, most first then by name.
    QList<QPair<QString, int>> agencies(const ComplaintFigures &f) const;
    // Themes with their counts, most first then by name; "" is said "No theme".
    static QList<QPair<QString, int>> themes(const ComplaintFigures &f);
};

ComplaintYear complaintYear(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
