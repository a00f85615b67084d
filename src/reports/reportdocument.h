// A report as a list of plain blocks (headings, paragraphs, tables, charts): what every output format lays out.
#pragma once

#include "charts/chartdata.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace assure {

// One cell: its words and, for a status, the chip they sit on (the word is always there too).
struct ReportCell
{
    QString text;
    std::optional<Rag> chip;
};

struct ReportTable
{
    QStringList header;            // header cells, repeated on every page the table crosses
    QList<QList<ReportCell>> rows; // each row as long as the header
    QList<int> widths;             // percentages of the text width, one per column; empty: even
};

// A chart of one indicator with the sentence that says what it shows.
struct ReportChart
{
    IndicatorSeries series;
    QString description; // the text alternative, also printed beneath the chart
};

struct ReportBlock
{
    enum class Kind { Title, Heading, Paragraph, Note, Table, Chart, Contents, PageBreak };
    Kind kind = Kind::Paragraph;
    int level = 0; // for Heading: 2 for a section, 3 beneath it (the report's title is the 1)
    QString text;
    ReportTable table;
    std::shared_ptr<const ReportChart> chart;
};

// The report: what goes on every page, then its blocks in reading order.
struct ReportDocument
{
    QString title;       // "Board pack"
    QString boardName;   // "Westmere Safeguarding Children Partnership"
    QString periodLabel; // "2026/27 Q2"
    QString marking;     // "OFFICIAL"
    std::vector<ReportBlock> blocks;

    // The running head: "Westmere … · Board pack · 2026/27 Q2".
    QString runningHead() const;

    void title1(const QString &text);
    void heading(int level, const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text); // smaller, greyer: sources, how to read a table
    void table(ReportTable table);
    void chart(ReportChart chart);
    void contents();
    void pageBreak();

    // The section headings (level 2), in order: what a contents page lists.
    QStringList sectionHeadings() const;
};

} // namespace assure
