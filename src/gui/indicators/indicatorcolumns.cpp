// How an indicator table's columns look wherever one is shown: chips for RAG and SPC variation, and
// widths that fit their words.
#include "gui/indicators/indicatorcolumns.h"

#include "core/valueformat.h"
#include "gui/statuschipdelegate.h"
#include "models/indicators/indicatortablemodel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace assure {

void setUpIndicatorColumns(QTableView *view)
{
    view->setItemDelegateForColumn(
        IndicatorTableModel::RagColumn,
        new StatusChipDelegate(IndicatorTableModel::StatusColourRole, IndicatorTableModel::StatusTextRole, view));
    view->setItemDelegateForColumn(
        IndicatorTableModel::Variation,
        new StatusChipDelegate(IndicatorTableModel::StatusColourRole, IndicatorTableModel::StatusTextRole, view));
    // Numbers and chips are narrow; the title takes what is left, and on a narrow window the table
    // scrolls sideways rather than widening the window.
    const std::pair<int, int> widths[] = {
        {IndicatorTableModel::Code, 75},         {IndicatorTableModel::Owner, 130},
        {IndicatorTableModel::Value, 70},        {IndicatorTableModel::Target, 70},
        {IndicatorTableModel::Achievement, 75},  {IndicatorTableModel::RagColumn, 85},
        {IndicatorTableModel::TrendColumn, 105}, {IndicatorTableModel::Variation, 140},
        {IndicatorTableModel::Assurance, 110},   {IndicatorTableModel::DomainColumn, 180}};
    // Never narrower than the header's words or the chips' (which translations lengthen).
    for (const auto &[column, width] : widths) {
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    }
    // The chip columns fit their longest word, whatever the period shows now.
    QStringList ragWords;
    for (Rag r : allRags())
        ragWords << ragLabel(r);
    QStringList variationWords;
    for (SpcVariation v :
         {SpcVariation::CommonCause, SpcVariation::ImprovementHigh, SpcVariation::ImprovementLow,
          SpcVariation::ConcernHigh, SpcVariation::ConcernLow, SpcVariation::NeutralHigh, SpcVariation::NeutralLow})
        variationWords << ValueFormat::variationShort(v);
    for (const auto &[column, words] : {std::pair{IndicatorTableModel::RagColumn, ragWords},
                                        std::pair{IndicatorTableModel::Variation, variationWords}})
        view->setColumnWidth(
            column, std::max(view->columnWidth(column), StatusChipDelegate::columnWidthFor(words, view->font())));
    view->horizontalHeader()->setStretchLastSection(false);
}

} // namespace assure
