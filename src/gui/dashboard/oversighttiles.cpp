// The dashboard's audit and self-assessment tiles: counted from the loaded programme and returns
// (no report is built), and shown only where the board keeps that work.
#include "gui/dashboard/oversighttiles.h"

#include "core/statuspalette.h"
#include "gui/dashboard/dashboardtile.h"
#include "gui/pagelink.h"
#include "reports/assessmentsections.h"
#include "reports/auditdata.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>

namespace assure {

OversightTiles::OversightTiles(Workspace *workspace, QWidget *parent)
    : QGroupBox(parent), m_workspace(workspace), m_day(QDate::currentDate())
{
    auto *row = new QHBoxLayout(this);
    row->setSpacing(4);
    m_due = new DashboardTile(tr("Audits due"), tr("programme audits due this month"),
                              QColor::fromRgb(ragRgb(Rag::Amber)), this);
    m_due->setObjectName(QStringLiteral("auditTile-due"));
    m_overdue = new DashboardTile(tr("Audits overdue"), tr("programme audits past the month they were due"),
                                  QColor::fromRgb(ragRgb(Rag::Red)), this);
    m_overdue->setObjectName(QStringLiteral("auditTile-overdue"));
    m_assessment = new DashboardTile(tr("Self-assessment"), tr("agencies invited have returned"),
                                     QColor::fromRgb(ragRgb(Rag::Blue)), this);
    m_assessment->setObjectName(QStringLiteral("assessmentTile"));
    row->addWidget(m_due);
    row->addWidget(m_overdue);
    row->addWidget(m_assessment);
    connect(m_due, &QAbstractButton::clicked, this,
            [this] { Q_EMIT linkRequested(PageLink::programme(m_year, QStringLiteral("due"))); });
    connect(m_overdue, &QAbstractButton::clicked, this,
            [this] { Q_EMIT linkRequested(PageLink::programme(m_year, QStringLiteral("overdue"))); });
    connect(m_assessment, &QAbstractButton::clicked, this,
            [this] { Q_EMIT linkRequested(PageLink::assessment(m_roundId)); });
    workspace->notifier()->subscribe(
        {kindOf<ProgrammeEntry>(), kindOf<ProgrammeOccurrence>(), kindOf<AssessmentRound>(), kindOf<RoundAgency>()},
        this, [this] { refresh(); });
    connect(workspace->notifier(), &Notifier::boardChanged, this, &OversightTiles::refresh);
    refresh();
}

void OversightTiles::setDay(const QDate &day)
{
    m_day = day;
    refresh();
}

void OversightTiles::refresh()
{
    m_year = Period::containing(m_day, Period::Kind::Year, m_workspace->board().fyStartMonth).financialYear();
    const ProgrammeCounts programme = programmeCounts(*m_workspace, m_year, m_day);
    m_due->setCount(programme.counts.at(OccurrenceStatus::Due));
    m_overdue->setCount(programme.counts.at(OccurrenceStatus::Overdue));
    m_due->setVisible(programme.entries > 0);
    m_overdue->setVisible(programme.entries > 0);
    const AssessmentRound *round = latestRound(*m_workspace);
    m_roundId = round ? round->id : 0;
    if (round) {
        const RoundProgress progress = roundProgress(*m_workspace, round->id);
        m_assessment->setCount(progress.returned, progress.invited);
    }
    m_assessment->setVisible(round != nullptr);
    const QString audits = tr("Audits %1").arg(Period::yearLabel(m_year));
    if (programme.entries > 0 && round)
        setTitle(tr("%1 · %2").arg(audits, round->label));
    else
        setTitle(round ? round->label : audits);
    setVisible(programme.entries > 0 || round);
}

} // namespace assure
