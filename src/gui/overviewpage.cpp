// The first page: the board at a glance and where to go next.
#include "gui/overviewpage.h"

#include "core/period.h"
#include "core/valueformat.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace assure {

OverviewPage::OverviewPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_heading(new QLabel(this)), m_details(new QLabel(this)),
      m_counts(new QLabel(this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_details->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addSpacing(12);
    layout->addWidget(m_counts);
    layout->addStretch(1);
    Notifier *n = workspace->notifier();
    connect(n, &Notifier::boardChanged, this, &OverviewPage::refresh);
    // The page counts agencies (and the active ones), people and sub-groups: nothing else moves it.
    n->subscribe({kindOf<Agency>(), kindOf<Person>(), kindOf<SubGroup>()}, this, [this] { refresh(); });
    refresh();
}

void OverviewPage::refresh()
{
    const Board &b = m_workspace->board();
    m_heading->setText(b.name);
    const Period year = Period::containing(QDate::currentDate(), Period::Kind::Year, b.fyStartMonth);
    const Period quarter = Period::containing(QDate::currentDate(), Period::Kind::Quarter, b.fyStartMonth);
    const ValueFormat format;
    m_details->setText(tr("%1 · %2\nReporting year %3, now in %4 (%5 to %6).\nBoard file: %7")
                           .arg(boardTypeLabel(b.type), b.area.isEmpty() ? tr("no area set") : b.area,
                                ValueFormat::period(year), ValueFormat::period(quarter), format.date(quarter.start()),
                                format.date(quarter.end()), QFileInfo(m_workspace->path()).fileName()));
    int active = 0;
    for (const Agency &a : m_workspace->items<Agency>())
        active += a.active ? 1 : 0;
    m_counts->setText(tr("<table cellspacing='8'>"
                         "<tr><td><b>%1</b></td><td>partner agencies (%2 active)</td></tr>"
                         "<tr><td><b>%3</b></td><td>people</td></tr>"
                         "<tr><td><b>%4</b></td><td>sub-groups</td></tr></table>")
                          .arg(format.count(m_workspace->items<Agency>().size()), format.count(active),
                               format.count(m_workspace->items<Person>().size()),
                               format.count(m_workspace->items<SubGroup>().size())));
}

} // namespace assure
