// Long tables cut into page-sized pieces: measured once, laid out in pieces.
#include "reports/tablepaging.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace assure {

QList<qreal> tableRowHeights(QTextDocument *doc, int n)
{
    QTextTable *text = nullptr;
    for (QTextFrame *child : doc->rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(child); table && n-- == 0) {
            text = table;
            break;
        }
    QList<qreal> heights;
    if (!text)
        return heights;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const QRectF box = layout->frameBoundingRect(text);
    // Where each row's text begins; a row begins that far above it (its padding and rule), as the first does.
    QList<qreal> tops;
    for (int r = 0; r < text->rows(); ++r) {
        qreal top = 1e12;
        for (int c = 0; c < text->columns(); ++c)
            top = std::min(top, layout->blockBoundingRect(text->cellAt(r, c).firstCursorPosition().block()).top());
        tops << top;
    }
    const qreal inset = tops.isEmpty() ? 0 : tops.first() - box.top();
    for (int r = 0; r < tops.size(); ++r) {
        const qreal end = r + 1 < tops.size() ? tops[r + 1] - inset : box.bottom();
        heights << end - (tops[r] - inset);
    }
    return heights;
}

int rowsThatFit(const QList<qreal> &heights, int from, qreal space)
{
    if (heights.isEmpty())
        return 0;
    qreal used = heights.first();
    int count = 0;
    for (int r = from; r < heights.size(); ++r) {
        used += heights[r];
        if (used > space && count > 0)
            break;
        ++count;
    }
    return count;
}

ReportTable tableRows(const ReportTable &table, int from, int count)
{
    ReportTable piece;
    piece.header = table.header;
    piece.widths = table.widths;
    // Data row r of the measurement is table.rows[r - 1].
    piece.rows = table.rows.mid(from - 1, count);
    return piece;
}

} // namespace assure
