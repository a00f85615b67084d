// The Board page: the board's details, agencies, people and sub-groups.
#include "gui/boardpage.h"

#include "gui/agencydialog.h"
#include "gui/entitytablepanel.h"
#include "gui/persondialog.h"
#include "gui/prioritydialog.h"
#include "gui/subgroupdialog.h"
#include "gui/thresholdsdialog.h"
#include "models/agencymodel.h"
#include "models/personmodel.h"
#include "models/prioritymodel.h"
#include "models/subgroupmodel.h"
#include "ui_boarddetailsform.h"
#include "workspace/workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace assure {

BoardPage::BoardPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_details(std::make_unique<Ui::BoardDetailsForm>()),
      m_detailsBox(new QGroupBox(this)), m_tabs(new QTabWidget(this)),
      m_agencyModel(new AgencyModel(workspace, this)), m_personModel(new PersonModel(workspace, this)),
      m_subGroupModel(new SubGroupModel(workspace, this)), m_priorityModel(new PriorityModel(workspace, this))
{
    m_details->setupUi(static_cast<QGroupBox *>(m_detailsBox));
    for (BoardType t : allBoardTypes())
        m_details->typeCombo->addItem(boardTypeLabel(t), boardTypeKey(t));
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        m_details->yearStartCombo->addItem(tr("1 %1").arg(locale.standaloneMonthName(m)), m);

    m_agencies = new EntityTablePanel(m_agencyModel, tr("agency"), tr("agencies"),
                                      {[this] { addAgency(); }, [this](qint64 id) { editAgency(id); },
                                       [this](qint64 id) { removeAgency(id); },
                                       [this](qint64 id) { requestHistory(QStringLiteral("agency"), id); }},
                                      this);
    m_people = new EntityTablePanel(m_personModel, tr("person"), tr("people"),
                                    {[this] { addPerson(); }, [this](qint64 id) { editPerson(id); },
                                     [this](qint64 id) { removePerson(id); },
                                       [this](qint64 id) { requestHistory(QStringLiteral("person"), id); }},
                                    this);
    m_subGroups = new EntityTablePanel(m_subGroupModel, tr("sub-group"), tr("sub-groups"),
                                       {[this] { addSubGroup(); }, [this](qint64 id) { editSubGroup(id); },
                                        [this](qint64 id) { removeSubGroup(id); },
                                       [this](qint64 id) { requestHistory(QStringLiteral("subgroup"), id); }},
                                       this);
    m_priorities = new EntityTablePanel(m_priorityModel, tr("priority"), tr("priorities"),
                                        {[this] { addPriority(); }, [this](qint64 id) { editPriority(id); },
                                         [this](qint64 id) { removePriority(id); },
                                         [this](qint64 id) { requestHistory(QStringLiteral("priority"), id); }},
                                        this);
    m_priorities->setObjectName(QStringLiteral("priorities"));
    // Never narrower than the header's own words, which translations lengthen.
    QTableView *priorities = m_priorities->view();
    for (const auto &[column, width] :
         {std::pair{int(PriorityModel::Title), 320}, std::pair{int(PriorityModel::Year), 90},
          std::pair{int(PriorityModel::Indicators), 90}})
        priorities->setColumnWidth(column, std::max(width, priorities->horizontalHeader()->sectionSizeHint(column)));
    m_agencies->setObjectName(QStringLiteral("agencies"));
    m_people->setObjectName(QStringLiteral("people"));
    m_subGroups->setObjectName(QStringLiteral("subgroups"));
    m_tabs->addTab(m_agencies, tr("&Agencies"));
    m_tabs->addTab(m_people, tr("&People"));
    m_tabs->addTab(m_subGroups, tr("&Sub-groups"));
    m_tabs->addTab(m_priorities, tr("P&riorities"));

    auto *thresholds = new QPushButton(tr("The board's RAG &thresholds…"), this);
    thresholds->setObjectName(QStringLiteral("boardThresholdsButton"));
    connect(thresholds, &QPushButton::clicked, this, [this] {
        ThresholdsDialog dialog(m_workspace, 0, this);
        dialog.exec();
    });
    auto *thresholdsRow = new QHBoxLayout;
    thresholdsRow->addStretch(1);
    thresholdsRow->addWidget(thresholds);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detailsBox);
    layout->addLayout(thresholdsRow);
    layout->addWidget(m_tabs, 1);

    for (TableModelBase *model : {static_cast<TableModelBase *>(m_agencyModel), static_cast<TableModelBase *>(m_personModel),
                                  static_cast<TableModelBase *>(m_subGroupModel), static_cast<TableModelBase *>(m_priorityModel)})
        connect(model, &TableModelBase::editRejected, this, &BoardPage::showRejected);
    connect(workspace->notifier(), &Notifier::boardChanged, this, &BoardPage::loadDetails);
    connect(m_details->nameEdit, &QLineEdit::editingFinished, this, &BoardPage::saveDetails);
    connect(m_details->areaEdit, &QLineEdit::editingFinished, this, &BoardPage::saveDetails);
    connect(m_details->typeCombo, &QComboBox::activated, this, &BoardPage::saveDetails);
    connect(m_details->yearStartCombo, &QComboBox::activated, this, &BoardPage::saveDetails);

    const bool readOnly = workspace->isReadOnly();
    m_detailsBox->setEnabled(!readOnly);
    for (EntityTablePanel *panel : {m_agencies, m_people, m_subGroups, m_priorities})
        panel->setReadOnly(readOnly);
    loadDetails();
}

BoardPage::~BoardPage() = default;

QStringList BoardPage::views() const
{
    return {QStringLiteral("agencies"), QStringLiteral("people"), QStringLiteral("subgroups"), QStringLiteral("priorities")};
}

void BoardPage::showView(const QString &view)
{
    if (auto *w = m_tabs->findChild<QWidget *>(view))
        m_tabs->setCurrentWidget(w);
}

void BoardPage::focusSearch()
{
    if (auto *panel = qobject_cast<EntityTablePanel *>(m_tabs->currentWidget())) {
        panel->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        panel->searchEdit()->selectAll();
    }
}

void BoardPage::loadDetails()
{
    const Board &b = m_workspace->board();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_details->nameEdit), QSignalBlocker(m_details->areaEdit),
                                       QSignalBlocker(m_details->typeCombo), QSignalBlocker(m_details->yearStartCombo)};
    m_details->nameEdit->setText(b.name);
    m_details->areaEdit->setText(b.area);
    m_details->typeCombo->setCurrentIndex(m_details->typeCombo->findData(boardTypeKey(b.type)));
    m_details->yearStartCombo->setCurrentIndex(b.fyStartMonth - 1);
}

void BoardPage::saveDetails()
{
    Board b = m_workspace->board();
    b.name = m_details->nameEdit->text().trimmed();
    b.area = m_details->areaEdit->text().trimmed();
    b.type = boardTypeFromKey(m_details->typeCombo->currentData().toString());
    b.fyStartMonth = m_details->yearStartCombo->currentData().toInt();
    QString error;
    if (!m_workspace->setBoard(b, &error)) {
        showRejected(error);
        loadDetails();
    }
}

void BoardPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

void BoardPage::requestHistory(const QString &table, qint64 id)
{
    QString name;
    if (const Agency *a = table == QLatin1String("agency") ? m_workspace->agencies().find(id) : nullptr)
        name = a->name;
    else if (const Person *p = table == QLatin1String("person") ? m_workspace->people().find(id) : nullptr)
        name = p->name;
    else if (const SubGroup *g = table == QLatin1String("subgroup") ? m_workspace->subGroups().find(id) : nullptr)
        name = g->name;
    else if (const Priority *r = table == QLatin1String("priority") ? m_workspace->priorities().find(id) : nullptr)
        name = r->title;
    Q_EMIT historyRequested(table, id, name);
}

bool BoardPage::confirmDelete(const QString &what, const QString &consequences)
{
    QMessageBox box(QMessageBox::Question, tr("Delete"), tr("Delete %1?").arg(what),
                    QMessageBox::Cancel, this);
    box.setInformativeText(consequences.isEmpty() ? tr("Nothing else refers to it. You can undo this.")
                                                  : consequences + QLatin1Char(' ') + tr("You can undo this."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(remove);
}

namespace {

// Shows the dialog for an item (a new one when its id is 0); OK adds or updates it through the
// workspace, and a refusal keeps the dialog open with the reason. Read-only boards only show it.
template <class Dialog, class T>
bool runItemDialog(QWidget *parent, Workspace &ws, const T &item, T (Dialog::*edited)() const)
{
    Dialog dialog(item, ws, parent);
    if (!ws.isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const T value = (dialog.*edited)();
            return item.id == 0 ? ws.add(value, error) : ws.update(value, error);
        });
    return dialog.exec() == QDialog::Accepted;
}

template <class T>
void selectNewest(EntityTablePanel *panel, const EntityStore<T> &items)
{
    if (!items.items().empty())
        panel->selectId(items.items().back().id);
}

} // namespace

void BoardPage::addAgency()
{
    if (runItemDialog(this, *m_workspace, Agency{}, &AgencyDialog::agency))
        selectNewest(m_agencies, m_workspace->agencies());
}

void BoardPage::editAgency(qint64 id)
{
    if (const Agency *a = m_workspace->agencies().find(id))
        runItemDialog(this, *m_workspace, *a, &AgencyDialog::agency);
}

void BoardPage::removeAgency(qint64 id)
{
    const Agency *a = m_workspace->agencies().find(id);
    if (a && confirmDelete(tr("the agency “%1”").arg(a->name), m_workspace->dependentsOfAgency(id).describe())) {
        QString error;
        if (!m_workspace->removeAgency(id, &error))
            showRejected(error);
    }
}

void BoardPage::addPerson()
{
    if (runItemDialog(this, *m_workspace, Person{}, &PersonDialog::person))
        selectNewest(m_people, m_workspace->people());
}

void BoardPage::editPerson(qint64 id)
{
    if (const Person *p = m_workspace->people().find(id))
        runItemDialog(this, *m_workspace, *p, &PersonDialog::person);
}

void BoardPage::removePerson(qint64 id)
{
    const Person *p = m_workspace->people().find(id);
    if (p && confirmDelete(p->name, m_workspace->dependentsOfPerson(id).describe())) {
        QString error;
        if (!m_workspace->removePerson(id, &error))
            showRejected(error);
    }
}

void BoardPage::addSubGroup()
{
    if (runItemDialog(this, *m_workspace, SubGroup{}, &SubGroupDialog::subGroup))
        selectNewest(m_subGroups, m_workspace->subGroups());
}

void BoardPage::editSubGroup(qint64 id)
{
    if (const SubGroup *s = m_workspace->subGroups().find(id))
        runItemDialog(this, *m_workspace, *s, &SubGroupDialog::subGroup);
}

void BoardPage::removeSubGroup(qint64 id)
{
    const SubGroup *s = m_workspace->subGroups().find(id);
    if (s && confirmDelete(tr("the sub-group “%1”").arg(s->name), QString())) {
        QString error;
        if (!m_workspace->removeSubGroup(id, &error))
            showRejected(error);
    }
}

void BoardPage::addPriority()
{
    if (runItemDialog(this, *m_workspace, Priority{}, &PriorityDialog::priority))
        selectNewest(m_priorities, m_workspace->priorities());
}

void BoardPage::editPriority(qint64 id)
{
    if (const Priority *p = m_workspace->priorities().find(id))
        runItemDialog(this, *m_workspace, *p, &PriorityDialog::priority);
}

void BoardPage::removePriority(qint64 id)
{
    const Priority *p = m_workspace->priorities().find(id);
    if (p && confirmDelete(tr("the priority “%1”").arg(p->title), m_workspace->dependentsOfPriority(id).describe())) {
        QString error;
        if (!m_workspace->removePriority(id, &error))
            showRejected(error);
    }
}

} // namespace assure
