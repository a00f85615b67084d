// One domain of the Scorecard page: name, RAG chips, summary line and indicators.
#include "gui/scorecard/domainblock.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"
#include "gui/statuschipdelegate.h"
#include "models/scorecard/domainindicatorsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

QString hex(quint32 rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

// A chip: the word and count in the ink that reads on the status colour, with a dark edge so
// that light chips stand out from the page in greyscale too.
QLabel *chip(Rag rag, int count, QWidget *parent)
{
    auto *label = new QLabel(
        DomainBlock::tr("%1 %2", "RAG chip: word, then count").arg(ValueFormat::rag(rag), QLocale().toString(count)),
        parent);
    const quint32 fill = ragRgb(rag);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid #303030; "
                                        "border-radius: 3px; padding: 2px 8px; font-weight: bold; }")
                             .arg(hex(fill), hex(textOn(fill))));
    label->setAccessibleName(label->text());
    return label;
}

} // namespace

DomainBlock::DomainBlock(QWidget *parent)
    : QFrame(parent), m_name(new QLabel(this)), m_chips(new QHBoxLayout), m_summary(new QLabel(this)),
      m_edit(new QLabel(this)), m_view(new QTableView(this)), m_model(new DomainIndicatorsModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont heading = m_name->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_name->setFont(heading);
    m_name->setWordWrap(true);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setText(QStringLiteral("<a href=\"edit\">%1</a>").arg(tr("Edit summary…").toHtmlEscaped()));
    m_edit->setTextFormat(Qt::RichText);
    // Reached with Tab and followed with Enter, as with the mouse.
    m_edit->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_edit->setFocusPolicy(Qt::StrongFocus);
    m_edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_edit, &QLabel::linkActivated, this, [this] { Q_EMIT editSummaryRequested(m_domainId); });

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegateForColumn(
        DomainIndicatorsModel::RagColumn,
        new StatusChipDelegate(DomainIndicatorsModel::StatusColourRole, DomainIndicatorsModel::StatusTextRole, m_view));
    m_view->setItemDelegateForColumn(
        DomainIndicatorsModel::Variation,
        new StatusChipDelegate(DomainIndicatorsModel::StatusColourRole, DomainIndicatorsModel::StatusTextRole, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DomainIndicatorsModel::Title, QHeaderView::Stretch);
    // The chip columns fit their longest word whatever the period shows, so blocks line up.
    QStringList ragWords;
    for (Rag r : allRags())
        ragWords << ValueFormat::rag(r);
    QStringList variationWords;
    for (SpcVariation v :
         {SpcVariation::CommonCause, SpcVariation::ImprovementHigh, SpcVariation::ImprovementLow,
          SpcVariation::ConcernHigh, SpcVariation::ConcernLow, SpcVariation::NeutralHigh, SpcVariation::NeutralLow})
        variationWords << ValueFormat::variationShort(v);
    for (const auto &[column, words] : {std::pair{int(DomainIndicatorsModel::RagColumn), ragWords},
                                        std::pair{int(DomainIndicatorsModel::Variation), variationWords}}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        m_view->setColumnWidth(column, std::max(header->sectionSizeHint(column),
                                                StatusChipDelegate::columnWidthFor(words, m_view->font())));
    }
    connect(m_view->verticalHeader(), &QHeaderView::sectionResized, this, &DomainBlock::fitView);
    // A click opens the indicator, as Enter does on the row the keyboard is on.
    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT indicatorActivated(index.data(TableModelBase::IdRole).toLongLong());
    };
    connect(m_view, &QTableView::clicked, this, open);
    connect(m_view, &QTableView::activated, this, open);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_edit, 0, Qt::AlignTop);
    m_chips->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(m_chips);
    layout->addLayout(summaryRow);
    layout->addWidget(m_view);
}

void DomainBlock::showCard(const DomainCard &card)
{
    m_domainId = card.domainId;
    m_domainName = card.name;
    m_name->setText(card.name);
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Every rating the domain has, in the palette's order; a domain with none says so in words.
    for (Rag rag : allRags())
        if (const int n = card.ragCounts.value(rag); n > 0)
            m_chips->addWidget(chip(rag, n, this));
    if (card.items.empty())
        m_chips->addWidget(new QLabel(tr("No indicators in this domain."), this));
    m_chips->addStretch(1);

    const bool none = card.domainId == 0;
    m_edit->setVisible(!none);
    if (none)
        m_summary->setText(tr("Indicators not yet given a domain: choose one in the indicator's editor."));
    else if (card.summary.isEmpty())
        m_summary->setText(tr("<i>No summary written for this period.</i>"));
    else
        m_summary->setText(card.summary.toHtmlEscaped());
    m_summary->setTextFormat(Qt::RichText);
    m_edit->setAccessibleName(tr("Edit the summary of %1").arg(card.name));

    m_model->setItems(card.items);
    m_view->setVisible(!card.items.empty());
    fitView();
}

QStringList DomainBlock::chipTexts() const
{
    QStringList out;
    for (int i = 0; i < m_chips->count(); ++i)
        if (auto *label = qobject_cast<QLabel *>(m_chips->itemAt(i)->widget()))
            out << label->text();
    return out;
}

void DomainBlock::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    fitView(); // row and header heights are only final once the view is polished
}

void DomainBlock::fitView()
{
    // The page scrolls, not each block: the table is as tall as its header and rows.
    const int height =
        m_view->horizontalHeader()->sizeHint().height() + m_view->verticalHeader()->length() + 2 * m_view->frameWidth();
    if (m_view->height() != height)
        m_view->setFixedHeight(height);
}

} // namespace assure
