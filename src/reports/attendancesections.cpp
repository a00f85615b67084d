// The board pack's attendance section: per agency rates, those below the threshold marked.
#include "reports/attendancesections.h"

#include "core/valueformat.h"
#include "reports/boardpacksections.h"
#include "reports/reporttext.h"

namespace assure {

void addAttendance(ReportDocument &doc, const AttendanceYear &year, const QString &yearLabel, const QString &summary)
{
    const ValueFormat format;
    const QString threshold = format.percent(year.thresholdPercent, 0);
    doc.heading(2, ReportText::tr("Attendance"));
    addSummary(doc, summary);
    doc.paragraph(ReportText::tr("In %1 up to %2 the board and its sub-groups held %3 meetings. %4 of the %5 agencies "
                                 "with members attended fewer than %6 of the meetings they were due at, and are "
                                 "marked below.")
                      .arg(yearLabel, format.date(year.last), format.count(year.meetingsHeld),
                           format.count(year.belowCount()), format.count(qint64(year.agencies.size())), threshold));
    ReportTable table;
    table.header = QStringList{ReportText::tr("Agency"), ReportText::tr("Meetings"), ReportText::tr("Attended"),
                               ReportText::tr("Rate"), ReportText::tr("Threshold")};
    table.widths = {46, 12, 12, 12, 18};
    for (const AgencyAttendanceRow &a : year.agencies) {
        const auto share = a.rate.share();
        ReportCell standing{a.below ? ReportText::tr("Below %1").arg(threshold) : QString(), std::nullopt};
        if (a.below)
            standing.chip = Rag::Red;
        table.rows.append({{a.agency, std::nullopt},
                           {format.count(a.rate.meetings), std::nullopt},
                           {format.count(a.rate.attended), std::nullopt},
                           {share ? format.percent(*share * 100, 0) : QString(), std::nullopt},
                           standing});
    }
    doc.table(std::move(table));
    doc.note(
        ReportText::tr("An agency is due at each meeting of the board, and of each sub-group, held while one of its "
                       "people was a member of it; a meeting counts as attended when its member or a deputy was "
                       "there. The threshold of %1 is the board's choice.")
            .arg(threshold));
}

} // namespace assure
