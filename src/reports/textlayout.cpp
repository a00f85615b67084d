// A report laid out as a QTextDocument: the house style of board papers, in Qt's rich text.
#include "reports/textlayout.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"
#include "reports/reportchart.h"
#include "reports/reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextTable>

namespace assure {

namespace {

const QColor kInk{QRgb(kInkRgb)};
const QColor kAccent{QRgb(0x1f3864)};  // headings: a dark navy, 12:1 on white
const QColor kNoteInk{QRgb(0x505050)}; // notes: 8:1 on white
const QColor kRule{QRgb(0x8c8c8c)};    // table borders
const QColor kHeaderFill{QRgb(0xdde4ef)};

QFont baseFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")});
    // No ligatures: "ﬁ" as one glyph reads back from the PDF as a character no search finds.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9.5);
    return font;
}

class Builder
{
public:
    Builder(const ReportDocument &report, const TextLayoutOptions &options, QTextDocument *doc)
        : m_report(report), m_options(options), m_doc(doc), m_cursor(doc)
    {
        m_charts = new ChartTextObject(doc);
    }

    QList<int> build()
    {
        // Laid out once at the end: a layout that exists while the text goes in lays out every table
        // again with each cell.
        m_cursor.beginEditBlock();
        for (const ReportBlock &block : m_report.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Title: text(block.text, 1, 26, true, kAccent, 0, 18); break;
            case ReportBlock::Kind::Heading:
                text(block.text, block.level, block.level <= 2 ? 16 : 12, true, kAccent, block.level <= 2 ? 14 : 12, 6);
                if (block.level <= 2)
                    m_sections << m_cursor.block().position();
                break;
            case ReportBlock::Kind::Paragraph: text(block.text, 0, 0, false, kInk, 3, 6); break;
            case ReportBlock::Kind::Note: text(block.text, 0, 8, false, kNoteInk, 0, 8); break;
            case ReportBlock::Kind::Table: table(block.table); break;
            case ReportBlock::Kind::Chart: chart(*block.chart, block.chart); break;
            case ReportBlock::Kind::Contents: contents(); break;
            case ReportBlock::Kind::PageBreak: m_breakBefore = true; break;
            }
        }
        m_cursor.endEditBlock();
        m_doc->documentLayout()->registerHandler(ChartTextObject::kObjectType, m_charts);
        return m_sections;
    }

private:
    QTextBlockFormat blockFormat(int headingLevel, qreal top, qreal bottom)
    {
        QTextBlockFormat f;
        f.setHeadingLevel(headingLevel);
        f.setTopMargin(top);
        f.setBottomMargin(bottom);
        if (m_breakBefore)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
        return f;
    }

    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_reuse) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
        } else {
            m_cursor.insertBlock(block, chars);
        }
        m_reuse = false;
    }

    void text(const QString &words, int headingLevel, qreal points, bool bold, const QColor &colour, qreal top,
              qreal bottom)
    {
        QTextCharFormat chars;
        QFont font = baseFont();
        if (points > 0)
            font.setPointSizeF(points);
        font.setBold(bold);
        chars.setFont(font);
        chars.setForeground(colour);
        startBlock(blockFormat(headingLevel, top, bottom), chars);
        m_cursor.insertText(words, chars);
    }

    QTextCharFormat cellChars(bool bold, const QColor &colour) const
    {
        QTextCharFormat chars;
        QFont font = baseFont();
        font.setPointSizeF(8);
        font.setBold(bold);
        chars.setFont(font);
        chars.setForeground(colour);
        return chars;
    }

    QTextTable *insertTable(int rows, int columns, const QList<int> &widths, bool ruled)
    {
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorderCollapse(true);
        format.setBorder(ruled ? 0.75 : 0);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (widths.size() == columns) {
            QList<QTextLength> lengths;
            for (int w : widths)
                lengths << QTextLength(QTextLength::PercentageLength, w);
            format.setColumnWidthConstraints(lengths);
        }
        if (m_breakBefore)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
        // A plain block for the table to follow: one copied from a heading would be a heading too.
        if (!m_reuse)
            m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        return m_cursor.insertTable(rows, columns, format);
    }

    void fillCell(QTextTable *table, int row, int column, const ReportCell &cell, bool header)
    {
        QTextTableCell c = table->cellAt(row, column);
        QTextCharFormat chars = cellChars(header || cell.chip.has_value(), kInk);
        QTextTableCellFormat cellFormat = c.format().toTableCellFormat();
        if (header)
            cellFormat.setBackground(kHeaderFill);
        // A rule under every row, so that a row of several lines reads as one.
        cellFormat.setBottomBorder(0.5);
        cellFormat.setBottomBorderBrush(kRule);
        cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        QString words = cell.text;
        if (cell.chip) {
            // The word on a chip of its colour, in black or white, whichever reads better on it. A chip,
            // not the whole cell, so that a row made taller to keep the next one whole stays white.
            const quint32 fill = ragRgb(*cell.chip);
            chars.setBackground(QColor(QRgb(fill)));
            chars.setForeground(QColor(QRgb(textOn(fill))));
            words = QChar(QChar::Nbsp) + words + QChar(QChar::Nbsp);
        }
        c.setFormat(cellFormat);
        // Only the characters: the block's own char format is where the cell keeps its format.
        c.firstCursorPosition().insertText(words, chars);
    }

    void finishTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_reuse = true;
    }

    void table(const ReportTable &t)
    {
        const int columns = int(t.header.size());
        QTextTable *table = insertTable(int(t.rows.size()) + 1, columns, t.widths, true);
        for (int c = 0; c < columns; ++c)
            fillCell(table, 0, c, {t.header[c], std::nullopt}, true);
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < columns && c < t.rows[r].size(); ++c)
                fillCell(table, r + 1, c, t.rows[r][c], false);
        finishTable();
    }

    void chart(const ReportChart &chart, const std::shared_ptr<const ReportChart> &shared)
    {
        if (m_options.drawCharts) {
            QTextBlockFormat block = blockFormat(0, 6, 2);
            block.setAlignment(Qt::AlignHCenter);
            startBlock(block, QTextCharFormat());
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_charts->formatFor(shared));
        }
        // The text alternative, beneath the chart in every format.
        text(ReportText::tr("Chart: %1.").arg(chart.description), 0, 8, false, kNoteInk, 0, 8);
    }

    void contents()
    {
        text(ReportText::tr("Contents"), 0, 13, true, kAccent, 24, 6);
        const QStringList sections =
            m_options.contentsSections.isEmpty() ? m_report.sectionHeadings() : m_options.contentsSections;
        const bool pages = m_options.sectionPages.size() == sections.size();
        QTextTable *table =
            insertTable(int(sections.size()) + 1, pages ? 2 : 1, pages ? QList<int>{85, 15} : QList<int>{100}, false);
        fillCell(table, 0, 0, {ReportText::tr("Section"), std::nullopt}, true);
        if (pages)
            fillCell(table, 0, 1, {ReportText::tr("Page"), std::nullopt}, true);
        const ValueFormat format;
        for (int i = 0; i < sections.size(); ++i) {
            fillCell(table, i + 1, 0, {sections[i], std::nullopt}, false);
            if (pages)
                fillCell(table, i + 1, 1, {format.count(m_options.sectionPages[i]), std::nullopt}, false);
        }
        finishTable();
    }

    const ReportDocument &m_report;
    const TextLayoutOptions &m_options;
    QTextDocument *m_doc;
    QTextCursor m_cursor;
    ChartTextObject *m_charts = nullptr;
    QList<int> m_sections;
    bool m_reuse = true;        // the cursor's block is empty and may take the next paragraph
    bool m_breakBefore = false; // the next block starts a page
};

} // namespace

LaidOutReport layOutReport(const ReportDocument &report, const TextLayoutOptions &options)
{
    LaidOutReport out;
    out.document = std::make_unique<QTextDocument>();
    QTextDocument *doc = out.document.get();
    doc->setDefaultFont(baseFont());
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title + QStringLiteral(" – ") + report.periodLabel);
    out.sectionPositions = Builder(report, options, doc).build();
    return out;
}

} // namespace assure
