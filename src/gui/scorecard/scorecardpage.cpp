// The Scorecard page: the board's domains for a period, each with its RAG counts, summary line and
// indicators.
#include "gui/scorecard/scorecardpage.h"

#include "gui/pagelink.h"
#include "gui/periodchooser.h"
#include "gui/scorecard/domainblock.h"
#include "gui/scorecard/scorecarddialogs.h"
#include "workspace/indicators/indicatorkinds.h"
#include "workspace/notifier.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace assure {

ScorecardPage::ScorecardPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace),
      m_periodChooser(
          new PeriodChooser(latestEndedQuarter(QDate::currentDate(), workspace->board().fyStartMonth), this)),
      m_domainsButton(new QPushButton(tr("&Domains…"), this)), m_scroll(new QScrollArea(this)), m_blocksLayout(nullptr)
{
    auto *heading = new QLabel(tr("Indicators by domain, rated as on the Indicators page. "
                                  "Click an indicator to open it there."),
                               this);
    heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_periodChooser);
    top->addWidget(heading, 1);
    top->addWidget(m_domainsButton);

    auto *inner = new QWidget(m_scroll);
    m_blocksLayout = new QVBoxLayout(inner);
    m_blocksLayout->addStretch(1);
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);

    connect(m_periodChooser, &PeriodChooser::periodChanged, this, &ScorecardPage::setPeriod);
    connect(m_domainsButton, &QPushButton::clicked, this, &ScorecardPage::openDomains);
    Notifier *n = workspace->notifier();
    // What the ratings read (as the dashboard follows them), and the scorecard's own kinds.
    n->subscribe({kindOf<Indicator>(), kindOf<ScorecardDomain>(), kindOf<ScorecardSummary>()}, this,
                 [this] { markStale(); });
    connect(n, &Notifier::seriesChanged, this, &ScorecardPage::markStale);
    connect(n, &Notifier::thresholdsChanged, this, &ScorecardPage::markStale);
    connect(n, &Notifier::boardChanged, this, &ScorecardPage::markStale);
}

Period ScorecardPage::period() const
{
    return m_periodChooser->period();
}

void ScorecardPage::setPeriod(const Period &period)
{
    if (period != m_periodChooser->period())
        m_periodChooser->setPeriod(period);
    markStale();
}

void ScorecardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void ScorecardPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ScorecardPage::refresh()
{
    m_stale = false;
    m_card = buildScorecard(*m_workspace, period());
    // Blocks are reused in place, never deleted while one of their buttons may be mid-click (a
    // summary saved from its dialog refreshes the page); only spare ones at the end go.
    while (m_blocks.size() < int(m_card.domains.size())) {
        auto *block = new DomainBlock(m_scroll->widget());
        connect(block, &DomainBlock::editSummaryRequested, this, &ScorecardPage::editSummary);
        connect(block, &DomainBlock::indicatorActivated, this,
                [this](qint64 id) { Q_EMIT linkRequested(PageLink::indicator(id, period())); });
        m_blocksLayout->insertWidget(m_blocks.size(), block);
        m_blocks.append(block);
    }
    for (int i = 0; i < m_blocks.size(); ++i) {
        const bool used = i < int(m_card.domains.size());
        if (used)
            m_blocks[i]->showCard(m_card.domains[size_t(i)]);
        m_blocks[i]->setVisible(used);
    }
    m_domainsButton->setEnabled(true);
}

void ScorecardPage::editSummary(qint64 domainId)
{
    if (m_workspace->isReadOnly())
        return;
    SummaryDialog dialog(m_workspace, domainId, period(), this);
    dialog.exec();
}

void ScorecardPage::openDomains()
{
    DomainsDialog dialog(m_workspace, this);
    dialog.exec();
}

} // namespace assure
