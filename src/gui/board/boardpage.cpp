// The Board page: the board's details, agencies, people and sub-groups.
#include "gui/board/boardpage.h"

#include "core/actions/action.h"
#include "core/valueformat.h"
#include "gui/board/agencydialog.h"
#include "gui/board/persondialog.h"
#include "gui/board/prioritydialog.h"
#include "gui/board/subgroupdialog.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/indicators/thresholdsdialog.h"
#include "gui/pagelink.h"
#include "gui/statuschipdelegate.h"
#include "models/board/agencymodel.h"
#include "models/board/personmodel.h"
#include "models/board/prioritymodel.h"
#include "models/board/subgroupmodel.h"
#include "ui_boarddetailsform.h"
#include "workspace/workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
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
      m_detailsBox(new QGroupBox(this)), m_tabs(new QTabWidget(this)), m_agencyModel(new AgencyModel(workspace, this)),
      m_personModel(new PersonModel(workspace, this)), m_subGroupModel(new SubGroupModel(workspace, this)),
      m_priorityModel(new PriorityModel(workspace, this))
{
    m_details->setupUi(static_cast<QGroupBox *>(m_detailsBox));
    for (BoardType t : allBoardTypes())
        m_details->typeCombo->addItem(boardTypeLabel(t), boardTypeKey(t));
    const ValueFormat format;
    for (int m = 1; m <= 12; ++m)
        m_details->yearStartCombo->addItem(tr("1 %1").arg(format.monthName(m)), m);

    m_agencies = panelFor(m_agencyModel, &AgencyDialog::agency);
    m_people = panelFor(m_personModel, &PersonDialog::person);
    m_subGroups = panelFor(m_subGroupModel, &SubGroupDialog::subGroup);
    m_priorities = panelFor(m_priorityModel, &PriorityDialog::priority);
    m_priorities->setObjectName(QStringLiteral("priorities"));
    // Never narrower than the header's own words, which translations lengthen.
    QTableView *priorities = m_priorities->view();
    for (const auto &[column, width] :
         {std::pair{int(PriorityModel::Title), 270}, std::pair{int(PriorityModel::Year), 70},
          std::pair{int(PriorityModel::Lead), 175}, std::pair{int(PriorityModel::Indicators), 80},
          std::pair{int(PriorityModel::IndicatorsGreen), 110}, std::pair{int(PriorityModel::ActionsOnTrack), 110}})
        priorities->setColumnWidth(column, std::max(width, priorities->horizontalHeader()->sectionSizeHint(column)));
    // Progress as a chip that carries its word, wide enough for the longest.
    priorities->setItemDelegateForColumn(
        PriorityModel::StatusColumn,
        new StatusChipDelegate(PriorityModel::StatusColourRole, PriorityModel::StatusTextRole, priorities));
    QStringList statusWords;
    for (PriorityStatus s : allPriorityStatuses())
        statusWords << priorityStatusLabel(s);
    priorities->setColumnWidth(PriorityModel::StatusColumn,
                               std::max(priorities->horizontalHeader()->sectionSizeHint(PriorityModel::StatusColumn),
                                        StatusChipDelegate::columnWidthFor(statusWords, priorities->font())));
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
    // An action answering the chosen priority: the Actions page opens its editor with the source filled.
    auto *createAction = new QPushButton(tr("Create a&ction for this priority…"), this);
    createAction->setObjectName(QStringLiteral("createActionButton"));
    connect(createAction, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_priorities->currentId())
            Q_EMIT linkRequested(PageLink::newAction(actionSourceKey(ActionSource::Priority), id));
    });
    const auto updateCreate = [this, createAction] {
        createAction->setVisible(m_tabs->currentWidget() == m_priorities);
        createAction->setEnabled(!m_workspace->isReadOnly() && m_priorities->currentId() != 0);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateCreate);
    connect(m_priorities, &EntityTablePanel::currentIdChanged, this, updateCreate);
    auto *thresholdsRow = new QHBoxLayout;
    thresholdsRow->addWidget(createAction);
    thresholdsRow->addStretch(1);
    thresholdsRow->addWidget(thresholds);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detailsBox);
    layout->addLayout(thresholdsRow);
    layout->addWidget(m_tabs, 1);

    for (TableModelBase *model :
         {static_cast<TableModelBase *>(m_agencyModel), static_cast<TableModelBase *>(m_personModel),
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
    updateCreate();
}

BoardPage::~BoardPage() = default;

QStringList BoardPage::views() const
{
    return {QStringLiteral("agencies"), QStringLiteral("people"), QStringLiteral("subgroups"),
            QStringLiteral("priorities")};
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
    if (!m_workspace->update(b, &error)) {
        showRejected(error);
        loadDetails();
    }
}

void BoardPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
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

template <class T> void selectNewest(EntityTablePanel *panel, const EntityStore<T> &items)
{
    if (!items.items().empty())
        panel->selectId(items.items().back().id);
}

} // namespace

template <class T, class Dialog>
EntityTablePanel *BoardPage::panelFor(TableModelBase *model, T (Dialog::*edited)() const)
{
    using Traits = KindTraits<T>;
    // The panel is made with its actions, so adding finds it through this once it exists.
    auto panel = std::make_shared<EntityTablePanel *>(nullptr);
    EntityTablePanel::Actions actions{[this, edited, panel] {
                                          if (runItemDialog(this, *m_workspace, T{}, edited))
                                              selectNewest(*panel, m_workspace->items<T>());
                                      },
                                      [this, edited](qint64 id) {
                                          if (const T *item = m_workspace->items<T>().find(id))
                                              runItemDialog(this, *m_workspace, *item, edited);
                                      },
                                      [this](qint64 id) { removeItem<T>(id); },
                                      [this](qint64 id) {
                                          const T *item = m_workspace->items<T>().find(id);
                                          Q_EMIT historyRequested(TableMapping<T>::table(), id,
                                                                  item ? Traits::label(*item) : QString());
                                      }};
    *panel = new EntityTablePanel(model, Traits::singular(), Traits::plural(), std::move(actions), this);
    return *panel;
}

template <class T> void BoardPage::removeItem(qint64 id)
{
    const T *item = m_workspace->items<T>().find(id);
    if (item && confirmDelete(this, BoardPage::tr("Delete %1?").arg(KindTraits<T>::deleteQuestion(*item)),
                              m_workspace->dependents<T>(id))) {
        QString error;
        if (!m_workspace->remove<T>(id, &error))
            showRejected(error);
    }
}

} // namespace assure
