// The board's development plans, listed, each opened in its own dialog.
#include "gui/actions/developmentplansdialog.h"

#include "gui/actions/developmentplandialog.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "models/actions/developmentplanmodel.h"
#include "ui_developmentplansdialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

DevelopmentPlansDialog::DevelopmentPlansDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DevelopmentPlansDialog>()), m_workspace(workspace),
      m_model(new DevelopmentPlanModel(workspace, this))
{
    m_ui->setupUi(this);
    m_table = new EntityTablePanel(
        m_model, tr("plan"), tr("plans"),
        {[this] { editPlan(0); }, [this](qint64 id) { editPlan(id); }, [this](qint64 id) { removePlan(id); },
         [this](qint64 id) {
             if (const DevelopmentPlan *p = m_workspace->items<DevelopmentPlan>().find(id))
                 Q_EMIT historyRequested(TableMapping<DevelopmentPlan>::table(), id, p->title);
         }},
        m_ui->tableHolder);
    auto *holder = new QVBoxLayout(m_ui->tableHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_table);
    QTableView *view = m_table->view();
    const std::pair<int, int> widths[] = {{DevelopmentPlanModel::Title, 240},
                                          {DevelopmentPlanModel::PriorityColumn, 140},
                                          {DevelopmentPlanModel::Chair, 120},
                                          {DevelopmentPlanModel::Timescale, 180}};
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    m_table->setSpareWidthColumn(DevelopmentPlanModel::Title, 24);
    m_table->setReadOnly(workspace->isReadOnly());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DevelopmentPlansDialog::~DevelopmentPlansDialog() = default;

void DevelopmentPlansDialog::editPlan(qint64 id)
{
    const DevelopmentPlan *existing = m_workspace->items<DevelopmentPlan>().find(id);
    if (id != 0 && !existing)
        return;
    DevelopmentPlanDialog dialog(existing ? *existing : DevelopmentPlan{}, m_workspace, this);
    if (dialog.exec() == QDialog::Accepted && id == 0 && !m_workspace->items<DevelopmentPlan>().items().empty())
        m_table->selectId(m_workspace->items<DevelopmentPlan>().items().back().id);
}

void DevelopmentPlansDialog::removePlan(qint64 id)
{
    const DevelopmentPlan *p = m_workspace->items<DevelopmentPlan>().find(id);
    if (!p)
        return;
    // Its components are actions of their own: they stay, answering a plan no longer on the board.
    if (!confirmDelete(this, tr("Delete %1?").arg(KindTraits<DevelopmentPlan>::deleteQuestion(*p)),
                       tr("Its components stay on the Actions page.")))
        return;
    QString error;
    if (!m_workspace->remove<DevelopmentPlan>(id, &error))
        QMessageBox::warning(this, tr("Not changed"), error);
}

} // namespace assure
