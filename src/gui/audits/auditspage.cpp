// The Audits page: the audit list with its filters, and the chosen audit's tabs.
#include "gui/audits/auditspage.h"

#include "core/period.h"
#include "gui/audits/auditdetailspanel.h"
#include "gui/audits/casespanel.h"
#include "gui/audits/findingspanel.h"
#include "gui/audits/sampledialog.h"
#include "gui/audits/summarypanel.h"
#include "gui/audits/toolsdialog.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "models/audits/auditlistmodel.h"
#include "models/board/personmodel.h"
#include "models/searchproxymodel.h"
#include "ui_auditdetailspanel.h"
#include "ui_auditspageform.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/audits/auditedits.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

AuditsPage::AuditsPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ui(std::make_unique<Ui::AuditsPageForm>()), m_workspace(workspace),
      m_model(new AuditListModel(workspace, this))
{
    m_ui->setupUi(this);
    m_tabs = m_ui->tabs;
    QFont bold = m_ui->auditTitle->font();
    bold.setBold(true);
    m_ui->auditTitle->setFont(bold);
    m_ui->typeFilter->addItem(tr("Any type"), -1);
    for (AuditType t : allAuditTypes())
        m_ui->typeFilter->addItem(auditTypeLabel(t), int(t));
    m_ui->statusFilter->addItem(tr("Any status"), -1);
    for (AuditStatus s : allAuditStatuses())
        m_ui->statusFilter->addItem(auditStatusLabel(s), int(s));
    // The list is what the user works through: it has the larger share.
    m_ui->pageSplitter->setStretchFactor(0, 3);
    m_ui->pageSplitter->setStretchFactor(1, 2);
    layOutTable();

    m_details = new AuditDetailsPanel(workspace, m_tabs);
    m_findings = new FindingsPanel(workspace, m_tabs);
    addAuditTab(m_details, tr("&Details"));
    auto *cases = new CasesPanel(workspace, m_tabs);
    auto *summary = new SummaryPanel(workspace, m_tabs);
    addAuditTab(cases, tr("&Cases"));
    addAuditTab(summary, tr("S&ummary"));
    // Grading cases and reading a summary want the width: the list of audits folds away while they
    // are shown (the audit's title stays above the tabs; the list can be dragged back out) and has
    // its room back after.
    m_ui->pageSplitter->setCollapsible(0, true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, cases, summary] {
        QWidget *shown = m_tabs->currentWidget();
        const bool wide = shown == cases || shown == summary;
        if (wide && m_listSizes.isEmpty()) {
            m_listSizes = m_ui->pageSplitter->sizes();
            m_ui->pageSplitter->setSizes({0, m_listSizes.value(0) + m_listSizes.value(1)});
        } else if (!wide && !m_listSizes.isEmpty()) {
            m_ui->pageSplitter->setSizes(m_listSizes);
            m_listSizes.clear();
        }
    });
    addAuditTab(m_findings, tr("&Findings and recommendations"));
    // The audit tools are the board's, not one audit's: their button sits with the audit's title.
    auto *tools = new QPushButton(tr("Audit &tools…"), this);
    tools->setToolTip(tr("The questionnaires audits are carried out with: an audit takes its own copy when it starts"));
    connect(tools, &QPushButton::clicked, this, [this] { ToolsDialog::open(m_workspace, this); });
    // A case audit's sample is drawn for the audit chosen; the dialog records it with its seed.
    m_sampleButton = new QPushButton(tr("Draw &sample…"), this);
    m_sampleButton->setObjectName(QStringLiteral("sampleButton"));
    m_sampleButton->setToolTip(tr("Draw this audit's cases at random from a list of case references, with a seed "
                                  "that draws the same sample again"));
    connect(m_sampleButton, &QPushButton::clicked, this, [this] {
        if (m_shownId != 0)
            SampleDialog::drawFor(m_workspace, m_shownId, this);
    });
    auto *titleRow = new QHBoxLayout;
    m_ui->auditLayout->removeWidget(m_ui->auditTitle);
    titleRow->addWidget(m_ui->auditTitle, 1);
    titleRow->addWidget(m_sampleButton, 0, Qt::AlignTop);
    titleRow->addWidget(tools, 0, Qt::AlignTop);
    m_ui->auditLayout->insertLayout(0, titleRow);
    connect(m_findings, &FindingsPanel::rejected, this, &AuditsPage::showRejected);

    for (QComboBox *combo : {m_ui->typeFilter, m_ui->statusFilter, m_ui->yearFilter, m_ui->agencyFilter})
        connect(combo, &QComboBox::activated, this, &AuditsPage::applyFilters);
    // The tabs follow the list's selected audit, as the panel announces it once settled.
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &AuditsPage::showAudit);
    connect(m_model, &TableModelBase::editRejected, this, &AuditsPage::showRejected);
    refillFilters();
    // New years and agencies become choices; the heading follows the audit's saved words.
    workspace->notifier()->subscribe({kindOf<Agency>(), kindOf<Audit>()}, this, [this] {
        refillFilters();
        showAudit(m_shownId);
    });
    m_table->setReadOnly(workspace->isReadOnly());
    if (m_table->proxy()->rowCount() > 0)
        m_table->view()->selectRow(0); // the tabs follow through currentIdChanged
    else
        showAudit(0);
}

AuditsPage::~AuditsPage() = default;

void AuditsPage::layOutTable()
{
    m_table = new EntityTablePanel(m_model, tr("audit"), tr("audits"),
                                   {[this] { addAudit(); },
                                    [this](qint64 id) {
                                        selectAudit(id);
                                        m_tabs->setCurrentWidget(m_details);
                                        m_details->form()->titleEdit->setFocus(Qt::OtherFocusReason);
                                    },
                                    [this](qint64 id) { removeAudit(id); },
                                    [this](qint64 id) {
                                        if (const Audit *a = m_workspace->items<Audit>().find(id))
                                            Q_EMIT historyRequested(QStringLiteral("audit"), id,
                                                                    a->ref + QLatin1Char(' ') + a->title);
                                    }},
                                   m_ui->tableHolder);
    auto *holder = new QVBoxLayout(m_ui->tableHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_table);
    QTableView *view = m_table->view();
    const std::pair<int, int> widths[] = {{AuditListModel::Reference, 95},   {AuditListModel::TypeColumn, 130},
                                          {AuditListModel::Title, 220},      {AuditListModel::StatusColumn, 110},
                                          {AuditListModel::LeadColumn, 110}, {AuditListModel::Planned, 85},
                                          {AuditListModel::Reported, 85},    {AuditListModel::AgenciesColumn, 160}};
    // Never narrower than the header's words (which translations lengthen); counts as wide as theirs.
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    for (int column : {AuditListModel::Cases, AuditListModel::Findings, AuditListModel::Recommendations})
        view->setColumnWidth(column, view->horizontalHeader()->sectionSizeHint(column));
    view->horizontalHeader()->setStretchLastSection(false);
    m_table->setSpareWidthColumn(AuditListModel::Title, 24);
}

void AuditsPage::addAuditTab(QWidget *panel, const QString &title, int index)
{
    m_tabs->insertTab(index, panel, title); // out of range: last
    m_panels << panel;
    // Signals the page passes on, for the panels that have them.
    const QMetaObject *meta = panel->metaObject();
    if (meta->indexOfSignal("linkRequested(QUrl)") >= 0)
        connect(panel, SIGNAL(linkRequested(QUrl)), this, SIGNAL(linkRequested(QUrl)));
    if (meta->indexOfSignal("statusMessage(QString)") >= 0)
        connect(panel, SIGNAL(statusMessage(QString)), this, SIGNAL(statusMessage(QString)));
    QMetaObject::invokeMethod(panel, "setAudit", Q_ARG(qint64, m_shownId));
}

void AuditsPage::showView(const QString &view)
{
    m_tabs->setCurrentWidget(view == QLatin1String("findings") ? static_cast<QWidget *>(m_findings) : m_details);
}

void AuditsPage::focusSearch()
{
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

void AuditsPage::refillFilters()
{
    const QVariant year = m_ui->yearFilter->currentData();
    m_ui->yearFilter->clear();
    m_ui->yearFilter->addItem(tr("Any year"), -1);
    const int fyStart = m_workspace->board().fyStartMonth;
    for (int y : m_model->financialYears())
        m_ui->yearFilter->addItem(Period::yearLabel(y, fyStart), y);
    m_ui->yearFilter->setCurrentIndex(qMax(0, m_ui->yearFilter->findData(year)));
    const QVariant agency = m_ui->agencyFilter->currentData();
    m_ui->agencyFilter->clear();
    m_ui->agencyFilter->addItem(tr("Any agency"), qint64(-1));
    for (const Choice &c : agencyChoices(*m_workspace))
        if (c.value.toLongLong() != 0)
            m_ui->agencyFilter->addItem(c.label, c.value);
    m_ui->agencyFilter->setCurrentIndex(qMax(0, m_ui->agencyFilter->findData(agency)));
    applyFilters(); // a choice gone falls back to "Any", and the list with it
}

void AuditsPage::clearFilters()
{
    for (QComboBox *combo : {m_ui->typeFilter, m_ui->statusFilter, m_ui->yearFilter, m_ui->agencyFilter})
        combo->setCurrentIndex(0);
    m_table->searchEdit()->clear();
    applyFilters();
}

void AuditsPage::applyFilters()
{
    AuditFilter f;
    if (const int type = m_ui->typeFilter->currentData().toInt(); type >= 0)
        f.type = AuditType(type);
    if (const int status = m_ui->statusFilter->currentData().toInt(); status >= 0)
        f.status = AuditStatus(status);
    if (const int year = m_ui->yearFilter->currentData().toInt(); year >= 0)
        f.financialYear = year;
    f.agencyId = std::max<qint64>(0, m_ui->agencyFilter->currentData().toLongLong());
    m_table->proxy()->setRowFilter(m_model->rowFilter(f));
}

bool AuditsPage::openLink(const QUrl &link)
{
    if (PageLink::target(link) != QLatin1String("audit"))
        return false;
    const qint64 id = PageLink::id(link);
    if (!m_workspace->items<Audit>().find(id))
        return false;
    selectAudit(id);
    m_table->view()->setFocus();
    return true;
}

QString AuditsPage::auditTitle() const
{
    return m_ui->auditTitle->text();
}

void AuditsPage::selectAudit(qint64 id)
{
    // An audit the filters hide is shown by clearing them: the user asked for that audit.
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (!m_table->proxy()->mapFromSource(m_model->index(row, 0)).isValid())
        clearFilters();
    m_table->selectId(id);
}

void AuditsPage::showAudit(qint64 id)
{
    const Audit *a = m_workspace->items<Audit>().find(id);
    const qint64 shown = a ? id : 0;
    m_ui->auditTitle->setText(a ? tr("%1 %2 (%3)").arg(a->ref, a->title, auditStatusLabel(a->status))
                                : tr("Choose an audit to see its details, findings and recommendations."));
    m_tabs->setEnabled(a != nullptr);
    m_sampleButton->setEnabled(a != nullptr && !m_workspace->isReadOnly());
    if (shown == m_shownId)
        return; // the same audit, its words changed: the panels follow the board themselves
    m_shownId = shown;
    for (QWidget *panel : std::as_const(m_panels))
        QMetaObject::invokeMethod(panel, "setAudit", Q_ARG(qint64, m_shownId));
}

void AuditsPage::addAudit()
{
    Audit a;
    a.title = tr("New audit");
    a.planned = QDate::currentDate();
    qint64 id = 0;
    QString error;
    if (!AuditEdits(*m_workspace).add(a, QDate::currentDate(), &error, &id)) {
        showRejected(error);
        return;
    }
    selectAudit(id);
    m_tabs->setCurrentWidget(m_details);
    m_details->form()->titleEdit->setFocus(Qt::OtherFocusReason);
    m_details->form()->titleEdit->selectAll();
}

void AuditsPage::removeAudit(qint64 id)
{
    const Audit *a = m_workspace->items<Audit>().find(id);
    if (!a)
        return;
    QStringList said;
    if (const QString consequences = m_workspace->dependents<Audit>(id).describe(); !consequences.isEmpty())
        said << consequences;
    // Actions name their source by id, which no reference follows: say what they answer is going.
    QSet<qint64> findings, recommendations;
    for (const Finding &f : m_workspace->items<Finding>())
        if (f.auditId == id)
            findings.insert(f.id);
    for (const Recommendation &r : m_workspace->items<Recommendation>())
        if (r.auditId == id)
            recommendations.insert(r.id);
    int answering = 0;
    for (const Action &act : m_workspace->items<Action>())
        answering += (act.sourceKind == ActionSource::Finding && findings.contains(act.sourceId)) ||
                     (act.sourceKind == ActionSource::Recommendation && recommendations.contains(act.sourceId));
    if (answering == 1)
        said << tr("One action answers its findings or recommendations and is kept.");
    else if (answering > 1)
        said
            << tr("%1 actions answer its findings or recommendations and are kept.").arg(QLocale().toString(answering));
    if (!confirmDelete(this, tr("Delete %1?").arg(KindTraits<Audit>::deleteQuestion(*a)), said.join(QLatin1Char(' '))))
        return;
    QString error;
    if (!m_workspace->remove<Audit>(id, &error))
        showRejected(error);
}

void AuditsPage::showRejected(const QString &message)
{
    if (!message.isEmpty())
        QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
