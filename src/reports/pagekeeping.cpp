// Keeping a paged QTextDocument readable: lines, headings and table rows kept whole on a page.
#include "reports/pagekeeping.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace assure {

namespace {

struct Keeper
{
    QTextDocument *doc;
    qreal pageHeight;
    qreal toFormat; // from the layout's dots to the formats' pixels of 96 to the inch

    int pageOf(qreal y) const { return int(std::floor((y + 0.5) / pageHeight)); }
    qreal footOf(qreal y) const { return (pageOf(y) + 1) * pageHeight; }
    QRectF rectOf(const QTextBlock &b) const { return doc->documentLayout()->blockBoundingRect(b); }

    // Where the block begins: a block in a table counts as its table.
    qreal topOf(const QTextBlock &b) const
    {
        if (QTextTable *table = QTextCursor(b).currentTable())
            return doc->documentLayout()->frameBoundingRect(table).top();
        return rectOf(b).top();
    }

    // How far the block must go down to begin the next page; 0 when it may stay. A heading goes
    // when what it heads begins on the next page; a block goes when one of its lines crosses the
    // page's foot (the paragraphs here are short, so the whole block goes).
    qreal blockPush(const QTextBlock &b) const
    {
        const QRectF rect = rectOf(b);
        const qreal foot = footOf(rect.top());
        // At a page's head already, below its own top margin: moving it on would only leave an empty page.
        if (rect.top() - (foot - pageHeight) < b.blockFormat().topMargin() / toFormat + 1)
            return 0;
        if (b.blockFormat().headingLevel() > 0 && b.next().isValid() && pageOf(rect.top()) != pageOf(topOf(b.next())))
            return foot - rect.top();
        const int lines = b.layout()->lineCount();
        for (int i = 0; i < lines; ++i) {
            const QRectF line = b.layout()->lineAt(i).rect().translated(rect.topLeft());
            if (line.bottom() > footOf(line.top()) + 0.5)
                return foot - rect.top();
        }
        // A paragraph Qt parted between two pages goes whole: Qt draws all of a block's lines on each
        // page it touches, and those clipped away would still be in the PDF's text, read twice.
        if (lines > 1 && rect.height() < pageHeight / 2) {
            const qreal first = b.layout()->lineAt(0).rect().top() + rect.top();
            const qreal last = b.layout()->lineAt(lines - 1).rect().top() + rect.top();
            if (pageOf(first) != pageOf(last))
                return foot - rect.top();
        }
        return 0;
    }

    // The first row (after the header) whose cells run on to the next page; -1 when none does.
    int splitRow(QTextTable *table, qreal *push) const
    {
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            qreal top = 1e12;
            qreal bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = qMin(top, rectOf(cell.firstCursorPosition().block()).top());
                bottom = qMax(bottom, rectOf(cell.lastCursorPosition().block()).bottom());
            }
            if (pageOf(top) != pageOf(bottom - 1)) {
                *push = footOf(top) - top + 4;
                return r;
            }
        }
        return -1;
    }

    // One thing that breaks, fixed; false when nothing does.
    bool fixOne(QTextBlock *from) const
    {
        QTextTable *lastTable = nullptr;
        for (QTextBlock b = *from; b.isValid(); b = b.next()) {
            QTextTable *table = QTextCursor(b).currentTable();
            if (table) {
                if (table == lastTable)
                    continue;
                lastTable = table;
                qreal push = 0;
                const int row = splitRow(table, &push);
                if (row < 0 || !fixRow(table, row, push))
                    continue;
                *from = b;
                return true;
            }
            if (const qreal push = blockPush(b); push > 0) {
                QTextBlockFormat format = b.blockFormat();
                format.setTopMargin(format.topMargin() + push * toFormat + 0.5);
                QTextCursor(b).setBlockFormat(format);
                *from = b;
                return true;
            }
        }
        return false;
    }

    bool fixRow(QTextTable *table, int row, qreal push) const
    {
        QTextTableFormat format = table->format();
        if (row <= format.headerRowCount()) {
            // The first row would be parted from the header: the table starts the next page, unless it already does.
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                return false;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            return true;
        }
        // The row above grows by the room left at the page's foot, so the row itself begins the next page.
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell cell = table->cellAt(row - 1, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            const qreal padding = cellFormat.hasProperty(QTextFormat::TableCellBottomPadding)
                                      ? cellFormat.bottomPadding()
                                      : format.cellPadding();
            cellFormat.setBottomPadding(padding + push * toFormat);
            cell.setFormat(cellFormat);
        }
        return true;
    }
};

} // namespace

void keepTogether(QTextDocument *doc, qreal pageHeight, int dpi)
{
    const Keeper keeper{doc, pageHeight, 96.0 / dpi};
    // Laid out afresh on these pages first: a layout from before the page size was set still answers
    // with its old positions, and rows would be moved for breaks that are not there.
    doc->markContentsDirty(0, doc->characterCount());
    QTextBlock from = doc->begin();
    // Qt lays a change out again only as far as its next checkpoint, so after each fix the rest of
    // the document is laid out afresh before it is looked at. Each fix moves something to a later
    // page, so the fixes end; the guard is for a layout that will not.
    for (int fixes = 0; fixes < 100000 && keeper.fixOne(&from); ++fixes)
        doc->markContentsDirty(from.position(), doc->characterCount() - from.position());
}

} // namespace assure
