// Long tables cut into page-sized pieces before they are placed on PDF pages, each with its header.
// Qt pages a long table itself, but keeping its rows whole meant laying the rest of the table out
// again after every page: a 500-indicator summary took most of a minute. Measured once and cut,
// the same table takes a fraction of a second.
#pragma once

#include "reports/reportdocument.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace assure {

// Each row's height of the n-th table (from 0) of a laid-out document, the header row first, in
// the layout's dots; empty when the document has no such table.
QList<qreal> tableRowHeights(QTextDocument *doc, int n);

// How many rows from `from` (a data row: the header is row 0) fit in space beneath the header;
// at least one while any is left, so that a row taller than a page still moves on.
int rowsThatFit(const QList<qreal> &heights, int from, qreal space);

// The table's rows [from, from + count) beneath its header.
ReportTable tableRows(const ReportTable &table, int from, int count);

} // namespace assure
