// Keeping a paged QTextDocument readable: no line cut by a page's edge, no heading alone at a page's
// foot, and no table row split across pages (Qt splits rows, and now and then leaves a line across).
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace assure {

// Moves what would break down to the next page: a block by its top margin, a row by the padding of
// the row above it (so the space is left at the foot of the page it leaves), a table whose first row
// would be parted from its header by a page break before it. The document is laid out on pages of
// pageHeight at dpi (its margins and paddings are in pixels of 96 to the inch).
void keepTogether(QTextDocument *doc, qreal pageHeight, int dpi);

} // namespace assure
