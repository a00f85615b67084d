// How an indicator table's columns look wherever one is shown (the Indicators page, the dashboard).
#pragma once

class QTableView;

namespace assure {

// For a view over IndicatorTableModel (directly or through a proxy that keeps its columns): chip
// delegates for the RAG and variation columns, and widths that never cut a header or a chip's word.
void setUpIndicatorColumns(QTableView *view);

} // namespace assure
