// The Risks page: the register, its heat map and the chosen risk's detail.
#include "gui/risks/riskspage.h"

#include "core/valueformat.h"
#include "gui/confirmdelete.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "gui/risks/riskdialog.h"
#include "gui/risks/risksettingsdialog.h"
#include "gui/statuschipdelegate.h"
#include "models/risks/riskheatmapmodel.h"
#include "models/risks/riskmodel.h"
#include "models/searchproxymodel.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/risks/riskedits.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

namespace {

constexpr int kCellWidth = 46;
constexpr int kCellHeight = 34;

} // namespace

RisksPage::RisksPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_workspace(workspace), m_model(new RiskModel(workspace, this)),
      m_heatMapModel(new RiskHeatMapModel(workspace, this))
{
    m_table = new EntityTablePanel(m_model, tr("risk"), tr("risks"),
                                   {[this] { addRisk(); }, [this](qint64 id) { editRisk(id); },
                                    [this](qint64 id) { removeRisk(id); },
                                    [this](qint64 id) {
                                        if (const Risk *r = m_workspace->items<Risk>().find(id))
                                            Q_EMIT historyRequested(QStringLiteral("risk"), id, r->title);
                                    }},
                                   this);
    QTableView *view = m_table->view();
    view->setItemDelegateForColumn(
        RiskModel::RatingColumn, new StatusChipDelegate(RiskModel::StatusColourRole, RiskModel::StatusTextRole, view));
    QStringList ratingWords;
    for (RiskRating r : allRiskRatings())
        ratingWords << riskRatingLabel(r);
    const std::pair<int, int> widths[] = {{RiskModel::Title, 260}, {RiskModel::Owner, 120}, {RiskModel::Likelihood, 70},
                                          {RiskModel::Impact, 60}, {RiskModel::Score, 50},  {RiskModel::Target, 55},
                                          {RiskModel::Review, 85}, {RiskModel::Flags, 200}};
    // Never narrower than the header's words (which translations lengthen).
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, std::max(width, view->horizontalHeader()->sectionSizeHint(column)));
    view->setColumnWidth(RiskModel::RatingColumn,
                         std::max(view->horizontalHeader()->sectionSizeHint(RiskModel::RatingColumn),
                                  StatusChipDelegate::columnWidthFor(ratingWords, view->font())));
    view->horizontalHeader()->setStretchLastSection(false);
    m_table->setSpareWidthColumn(RiskModel::Title, 24);

    // Filters above the table.
    m_ratingFilter = new QComboBox(this);
    m_ratingFilter->addItem(tr("Any rating"), -1);
    for (RiskRating r : allRiskRatings())
        m_ratingFilter->addItem(riskRatingLabel(r), int(r));
    auto *ratingLabel = new QLabel(tr("R&ating:"), this);
    ratingLabel->setBuddy(m_ratingFilter);
    m_overdueFilter = new QCheckBox(tr("Review &overdue"), this);
    m_concernFilter = new QCheckBox(tr("Indicators of &concern"), this);
    m_cellLabel = new QLabel(this);
    m_showAll = new QPushButton(tr("Show a&ll"), this);
    m_bandsButton = new QPushButton(tr("Risk &bands…"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(ratingLabel);
    filters->addWidget(m_ratingFilter);
    filters->addWidget(m_overdueFilter);
    filters->addWidget(m_concernFilter);
    filters->addWidget(m_cellLabel);
    filters->addWidget(m_showAll);
    filters->addStretch(1);
    filters->addWidget(m_bandsButton);

    // The heat map: impact up the side, likelihood along the bottom, as a register is drawn.
    m_heatMap = new QTableView(this);
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_heatMap->setModel(m_heatMapModel);
    m_heatMap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatMap->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heatMap->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_heatMap->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_heatMap->horizontalHeader()->setDefaultSectionSize(kCellWidth);
    m_heatMap->verticalHeader()->setDefaultSectionSize(kCellHeight);
    QFont cellFont = m_heatMap->font();
    cellFont.setBold(true);
    m_heatMap->setFont(cellFont);
    m_heatMap->setFixedSize(
        m_heatMap->verticalHeader()->sizeHint().width() + 5 * kCellWidth + 2 * m_heatMap->frameWidth(),
        m_heatMap->horizontalHeader()->sizeHint().height() + 5 * kCellHeight + 2 * m_heatMap->frameWidth());
    auto *impactCaption = new QLabel(tr("Impact"), this);
    auto *likelihoodCaption = new QLabel(tr("Likelihood"), this);
    likelihoodCaption->setAlignment(Qt::AlignHCenter);
    auto *hint = new QLabel(tr("Click a cell to list its risks;\nclick it again to list all."), this);
    auto *heatBox = new QGroupBox(tr("Heat map"), this);
    auto *heatGrid = new QGridLayout(heatBox);
    heatGrid->addWidget(impactCaption, 0, 0, Qt::AlignVCenter);
    heatGrid->addWidget(m_heatMap, 0, 1);
    heatGrid->addWidget(likelihoodCaption, 1, 1);
    heatGrid->addWidget(hint, 2, 0, 1, 2);
    heatGrid->setRowStretch(3, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("riskDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A long cause or many links scroll rather than push the heat map off the page.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(m_detail);
    auto *detailBox = new QGroupBox(tr("The risk chosen"), this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(detailScroll);

    // The register across the page, for its many columns; the heat map and the chosen risk below it.
    auto *below = new QWidget(this);
    auto *belowLayout = new QHBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    heatBox->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    belowLayout->addWidget(heatBox);
    belowLayout->addWidget(detailBox, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_ratingFilter, &QComboBox::activated, this, &RisksPage::applyFilters);
    connect(m_overdueFilter, &QCheckBox::toggled, this, &RisksPage::applyFilters);
    connect(m_concernFilter, &QCheckBox::toggled, this, &RisksPage::applyFilters);
    connect(m_showAll, &QPushButton::clicked, this, &RisksPage::clearFilters);
    connect(m_heatMap, &QTableView::clicked, this, &RisksPage::chooseCell);
    connect(m_bandsButton, &QPushButton::clicked, this, [this] {
        RiskSettingsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_table, &EntityTablePanel::currentIdChanged, this, &RisksPage::showRisk);
    connect(m_model, &TableModelBase::editRejected, this, &RisksPage::showRejected);
    connect(m_detail, &QLabel::linkActivated, this, [this](const QString &link) { Q_EMIT linkRequested(QUrl(link)); });
    // Ratings and flags are read by the bands and the indicators: the filters ask again when they change.
    workspace->notifier()->subscribe({kindOf<RiskSettings>(), kindOf<RiskIndicator>(), kindOf<Measurement>()}, this,
                                     [this] { applyFilters(); });
    // The pane shows the risk anew when it, its links or what they name change (or undo).
    workspace->notifier()->subscribe({kindOf<Risk>(), kindOf<RiskIndicator>(), kindOf<RiskAction>(), kindOf<Person>(),
                                      kindOf<Indicator>(), kindOf<Action>(), kindOf<RiskSettings>()},
                                     this, [this] { showRisk(m_shownId); });
    m_table->setReadOnly(workspace->isReadOnly());
    applyFilters();
    if (m_table->proxy()->rowCount() > 0)
        view->selectRow(0); // the pane follows through currentIdChanged
    else
        showRisk(0);
}

RisksPage::~RisksPage() = default;

void RisksPage::focusSearch()
{
    m_table->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_table->searchEdit()->selectAll();
}

void RisksPage::setAsOf(const QDate &day)
{
    m_model->setAsOf(day);
    applyFilters();
    showRisk(m_shownId);
}

void RisksPage::chooseCell(const QModelIndex &cell)
{
    const std::pair<int, int> chosen{cell.data(RiskHeatMapModel::LikelihoodRole).toInt(),
                                     cell.data(RiskHeatMapModel::ImpactRole).toInt()};
    // The same cell again lists every risk, as the hint says.
    if (m_cell == chosen) {
        m_cell.reset();
        m_heatMap->clearSelection();
    } else {
        m_cell = chosen;
    }
    applyFilters();
}

bool RisksPage::openLink(const QUrl &link)
{
    const qint64 id = PageLink::idOf(link, QStringLiteral("risk"));
    if (!m_workspace->items<Risk>().find(id))
        return false;
    clearFilters(); // whatever was left on could hide it
    m_table->showEntry(id);
    return true;
}

void RisksPage::clearFilters()
{
    m_ratingFilter->setCurrentIndex(0);
    {
        const QSignalBlocker overdue(m_overdueFilter), concern(m_concernFilter);
        m_overdueFilter->setChecked(false);
        m_concernFilter->setChecked(false);
    }
    m_cell.reset();
    m_heatMap->clearSelection();
    m_table->searchEdit()->clear();
    applyFilters();
}

void RisksPage::applyFilters()
{
    const int rating = m_ratingFilter->currentData().toInt();
    const bool overdue = m_overdueFilter->isChecked();
    const bool concern = m_concernFilter->isChecked();
    const auto cell = m_cell;
    m_table->proxy()->setRowFilter([=](int row) {
        const Risk &r = m_model->itemAt(row);
        if (cell && (r.likelihood != cell->first || r.impact != cell->second))
            return false;
        if (rating < 0 && !overdue && !concern)
            return true;
        const RiskStanding s = m_model->standingAt(row);
        if (rating >= 0 && (!s.rating || int(*s.rating) != rating))
            return false;
        return (!overdue || s.reviewOverdue) && (!concern || !s.flags.isEmpty());
    });
    m_cellLabel->setVisible(cell.has_value());
    if (cell)
        m_cellLabel->setText(tr("Likelihood %1 × impact %2").arg(cell->first).arg(cell->second));
    m_showAll->setEnabled(cell || rating >= 0 || overdue || concern || !m_table->searchEdit()->text().isEmpty());
}

QString RisksPage::detailText() const
{
    QTextDocument doc;
    doc.setHtml(m_detail->text());
    return doc.toPlainText();
}

void RisksPage::showRisk(qint64 id)
{
    const Risk *r = m_workspace->items<Risk>().find(id);
    m_shownId = r ? id : 0;
    if (!r) {
        m_detail->setText(tr("Choose a risk to see its cause, consequence, indicators and mitigating actions."));
        return;
    }
    const RiskStanding s = m_model->standingOf(*r);
    const ValueFormat format;
    const auto para = [](const QString &caption, const QString &text) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(caption.toHtmlEscaped(), text);
    };
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(r->title.toHtmlEscaped());
    QString score = tr("%1 × %2 = %3 (%4)")
                        .arg(r->likelihood)
                        .arg(r->impact)
                        .arg(s.score)
                        .arg(s.rating ? riskRatingLabel(*s.rating) : QString());
    if (r->targetScore > 0)
        score +=
            QLatin1String("; ") +
            tr("target %1 (%2)").arg(r->targetScore).arg(s.targetRating ? riskRatingLabel(*s.targetRating) : QString());
    html += para(tr("Score:"), score.toHtmlEscaped());
    const Person *owner = m_workspace->items<Person>().find(r->ownerPersonId);
    html += para(tr("Owner:"), owner ? owner->name.toHtmlEscaped() : tr("none named"));
    if (!r->cause.isEmpty())
        html += para(tr("Cause:"), r->cause.toHtmlEscaped());
    if (!r->consequence.isEmpty())
        html += para(tr("Consequence:"), r->consequence.toHtmlEscaped());
    if (r->reviewDate.isValid())
        html += para(tr("Review by:"),
                     s.reviewOverdue ? tr("%1, overdue").arg(format.date(r->reviewDate)) : format.date(r->reviewDate));
    const RiskLinks links = RiskEdits(*m_workspace).linksOf(id);
    QStringList indicators;
    for (qint64 indicatorId : links.indicatorIds) {
        const Indicator *i = m_workspace->items<Indicator>().find(indicatorId);
        if (!i)
            continue;
        QString line = (i->code + QLatin1Char(' ') + i->title).toHtmlEscaped();
        for (const RiskIndicatorFlag &f : s.flags)
            if (f.indicatorId == indicatorId) {
                QStringList why;
                for (IndicatorConcern c : f.concerns)
                    why << indicatorConcernLabel(c);
                line += QStringLiteral(" <b>(%1)</b>").arg(why.join(tr(", ")).toHtmlEscaped());
            }
        indicators << line;
    }
    html += para(tr("Indicators (%1):").arg(m_model->standingOf(*r).indicators),
                 indicators.isEmpty() ? tr("none linked") : indicators.join(QStringLiteral("<br>")));
    QStringList actions;
    for (qint64 actionId : links.actionIds)
        if (const Action *a = m_workspace->items<Action>().find(actionId))
            actions << QStringLiteral("<a href=\"%1\">%2</a> %3 (%4)")
                           .arg(PageLink::action(actionId).toString(QUrl::FullyEncoded), a->ref.toHtmlEscaped(),
                                a->title.toHtmlEscaped(), actionStatusLabel(a->status).toHtmlEscaped());
    html +=
        para(tr("Mitigating actions:"), actions.isEmpty() ? tr("none linked") : actions.join(QStringLiteral("<br>")));
    m_detail->setText(html);
}

void RisksPage::addRisk()
{
    Risk fresh;
    fresh.likelihood = 3;
    fresh.impact = 3;
    RiskDialog dialog(fresh, {}, *m_workspace, this);
    qint64 added = 0;
    dialog.setSubmit([&](QString *error) {
        const Risk risk = dialog.risk();
        return PrivacyCheck::save(
            &dialog, m_workspace, RiskDialog::privacyFields(risk),
            [&](QString *e, qint64 *newId) {
                const bool done = RiskEdits(*m_workspace).add(risk, dialog.links(), e, &added);
                *newId = added;
                return done;
            },
            error);
    });
    if (dialog.exec() == QDialog::Accepted && added) {
        clearFilters(); // so that the new risk shows
        m_table->selectId(added);
    }
}

void RisksPage::editRisk(qint64 id)
{
    const Risk *r = m_workspace->items<Risk>().find(id);
    if (!r)
        return;
    RiskDialog dialog(*r, RiskEdits(*m_workspace).linksOf(id), *m_workspace, this);
    if (!m_workspace->isReadOnly())
        dialog.setSubmit([&](QString *error) {
            const Risk risk = dialog.risk();
            return PrivacyCheck::save(
                &dialog, m_workspace, RiskDialog::privacyFields(risk),
                [&](QString *e, qint64 *) { return RiskEdits(*m_workspace).save(risk, dialog.links(), e); }, error);
        });
    dialog.exec();
}

void RisksPage::removeRisk(qint64 id)
{
    const Risk *r = m_workspace->items<Risk>().find(id);
    if (!r)
        return;
    if (!confirmDelete(this, tr("Delete %1?").arg(KindTraits<Risk>::deleteQuestion(*r)),
                       tr("The indicators and actions linked to it are kept.")))
        return;
    QString error;
    if (!m_workspace->remove<Risk>(id, &error))
        showRejected(error);
}

void RisksPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Not changed"), message);
}

} // namespace assure
