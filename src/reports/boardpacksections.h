// The board pack's own sections around the performance ones: cover, summary, actions, glossary, appendices.
#pragma once

#include "reports/reportdata.h"
#include "reports/reportdocument.h"

namespace assure {

class Workspace;

// The cover: the title, the board, the period (or, for a paper not about a period, what it is about),
// when it was prepared and the marking; then the contents.
void addCover(ReportDocument &doc, const QDate &prepared, bool withContents, const QString &about = {});
// A few sentences a board member reads first, each with the figures behind it.
void addExecutiveSummary(ReportDocument &doc, const PerformanceData &performance, const ActionPlanData &actions,
                         const QString &summary = {});
// Action plan progress, overdue first: one row per action, with its progress RAG on a chip.
void addActionProgress(ReportDocument &doc, const ActionPlanData &actions, int level, bool showAgency,
                       const QString &summary = {});
// The summary the board's officer wrote for a section (the narrative), under its heading: a
// paragraph for each paragraph written; nothing when there is none.
void addSummary(ReportDocument &doc, const QString &summary);
// Which sections beyond performance and actions a paper holds, so that its glossary explains their terms.
struct GlossaryScope
{
    bool audits = false;
    bool assessment = false;
};
// The terms and abbreviations the pack uses, each explained.
void addGlossary(ReportDocument &doc, GlossaryScope scope = {});
// Appendix: each indicator's definition, source and owner; and how the ratings are worked out.
void addAppendices(ReportDocument &doc, const PerformanceData &performance);

} // namespace assure
