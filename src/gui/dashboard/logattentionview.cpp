// The dashboard's list of complaints overdue and escalations open.
#include "gui/dashboard/logattentionview.h"

#include "core/valueformat.h"
#include "gui/pagelink.h"
#include "models/voices/logattentionmodel.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

#include <QHeaderView>

namespace assure {

LogAttentionView::LogAttentionView(Workspace *workspace, QWidget *parent)
    : QTableView(parent), m_workspace(workspace), m_model(new LogAttentionModel(workspace, this))
{
    setObjectName(QStringLiteral("logsView"));
    setAccessibleName(tr("Complaints and escalations to chase"));
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    setCursor(Qt::PointingHandCursor);
    setColumnWidth(LogAttentionModel::Entry, 165);
    setColumnWidth(LogAttentionModel::Agencies, 150);
    setColumnWidth(LogAttentionModel::Since, 85);
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::clicked, this, &LogAttentionView::openAt);
    connect(this, &QAbstractItemView::activated, this, &LogAttentionView::openAt);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogAttentionView::changed);
}

void LogAttentionView::setDay(const QDate &day)
{
    m_model->setDay(day);
}

QString LogAttentionView::title() const
{
    const int rows = m_model->rowCount();
    return rows == 0 ? tr("No c&omplaints or escalations to chase")
                     : tr("C&omplaints, escalations (%1)").arg(ValueFormat().count(rows));
}

bool LogAttentionView::boardKeepsLogs() const
{
    return m_workspace->items<Complaint>().size() > 0 || m_workspace->items<Escalation>().size() > 0;
}

void LogAttentionView::openAt(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(LogAttentionModel::IdRole).toLongLong();
    Q_EMIT linkRequested(index.data(LogAttentionModel::KindRole).toString() == QLatin1String("complaint")
                             ? PageLink::complaint(id)
                             : PageLink::escalation(id));
}

} // namespace assure
