// The Self-assessment page: a round's heatmap, and the chosen agency's return edited in place.
#include "gui/assessment/assessmentpage.h"

#include "gui/assessment/assessmentpackflow.h"
#include "gui/assessment/frameworkdialog.h"
#include "gui/assessment/ratingdelegate.h"
#include "gui/assessment/startrounddialog.h"
#include "gui/pagelink.h"
#include "gui/statuschipdelegate.h"
#include "models/assessment/heatmapmodel.h"
#include "models/assessment/returnmodel.h"
#include "ui_assessmentpageform.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace assure {

AssessmentPage::AssessmentPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ui(std::make_unique<Ui::AssessmentPageForm>()), m_workspace(workspace),
      m_rounds(new RoundDataCache(workspace, this)), m_heatmap(new HeatmapModel(m_rounds, this)),
      m_return(new ReturnModel(workspace, m_rounds, this)), m_heatmapProxy(new QSortFilterProxyModel(this)),
      m_packs(new AssessmentPackFlow(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->sourceChooser->addItem(tr("Self-ratings"), int(RatingSource::Self));
    m_ui->sourceChooser->addItem(tr("Moderated ratings"), int(RatingSource::Moderated));
    m_ui->summaryChooser->addItem(tr("Worst per standard"), int(StandardSummary::Worst));
    m_ui->summaryChooser->addItem(tr("Typical per standard"), int(StandardSummary::Typical));
    for (ReturnStatus s : allReturnStatuses())
        m_ui->statusChooser->addItem(returnStatusLabel(s), int(s));
    QFont bold = m_ui->returnCaption->font();
    bold.setBold(true);
    m_ui->returnCaption->setFont(bold);
    m_ui->heatmapCaption->setFont(bold);
    m_ui->pageSplitter->setStretchFactor(0, 1);
    m_ui->pageSplitter->setStretchFactor(1, 1);

    m_heatmapProxy->setSourceModel(m_heatmap);
    m_heatmapProxy->setSortRole(TableModelBase::SortRole);
    m_heatmapProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *heatmap = m_ui->heatmap;
    heatmap->setModel(m_heatmapProxy);
    heatmap->verticalHeader()->hide();
    heatmap->setItemDelegate(
        new StatusChipDelegate(HeatmapModel::StatusColourRole, HeatmapModel::StatusTextRole, heatmap));
    heatmap->sortByColumn(HeatmapModel::AgencyColumn, Qt::AscendingOrder);

    QTableView *view = m_ui->returnView;
    view->setModel(m_return);
    view->verticalHeader()->hide();
    view->setItemDelegate(new RatingDelegate(ReturnModel::StatusColourRole, ReturnModel::StatusTextRole, view));
    // Wide enough for each rating's chip, and for "Not rated", written plainly.
    const QStringList ratingWords = [] {
        QStringList words;
        for (AssessmentRating r : allAssessmentRatings())
            if (isRated(r))
                words << assessmentRatingLabel(r);
        return words;
    }();
    const int chipWidth =
        std::max(StatusChipDelegate::columnWidthFor(ratingWords, font()),
                 QFontMetrics(font()).horizontalAdvance(assessmentRatingLabel(AssessmentRating::NotRated)) + 16);
    for (int c : {int(ReturnModel::LastYear), int(ReturnModel::SelfRating), int(ReturnModel::Moderated)})
        view->setColumnWidth(c, chipWidth);
    const QFontMetrics fm(font());
    view->setColumnWidth(ReturnModel::Code, fm.horizontalAdvance(QStringLiteral("No. 8.88")));
    view->setColumnWidth(ReturnModel::CriterionColumn, fm.averageCharWidth() * 30);
    view->setColumnWidth(ReturnModel::Evidence, fm.averageCharWidth() * 20);
    view->setColumnWidth(ReturnModel::Challenge, fm.averageCharWidth() * 20);
    view->setColumnWidth(ReturnModel::EvidenceRefs, fm.averageCharWidth() * 16);
    view->setColumnWidth(ReturnModel::PlannedImprovement, fm.averageCharWidth() * 30);

    connect(m_ui->roundChooser, &QComboBox::activated, this, &AssessmentPage::showRound);
    connect(m_ui->sourceChooser, &QComboBox::activated, this, [this] {
        m_heatmap->setSource(RatingSource(m_ui->sourceChooser->currentData().toInt()));
        showCaptions();
    });
    connect(m_ui->summaryChooser, &QComboBox::activated, this, [this] {
        m_heatmap->setSummary(StandardSummary(m_ui->summaryChooser->currentData().toInt()));
        showCaptions();
    });
    // A click on a cell, or Enter on it, opens that agency's return at that standard.
    connect(heatmap, &QTableView::clicked, this, &AssessmentPage::openCell);
    connect(heatmap, &QTableView::activated, this, &AssessmentPage::openCell);
    connect(m_ui->statusChooser, &QComboBox::activated, this, &AssessmentPage::setReturnStatus);
    connect(m_ui->newRoundButton, &QPushButton::clicked, this, &AssessmentPage::startRound);
    connect(m_ui->nextRoundButton, &QPushButton::clicked, this, &AssessmentPage::startNextRound);
    connect(m_return, &TableModelBase::editRejected, this, &AssessmentPage::showRejected);
    connect(m_ui->exportPacksButton, &QPushButton::clicked, this,
            [this] { m_packs->chooseExport(m_ui->roundChooser->currentData().toLongLong()); });
    connect(m_ui->importPackButton, &QPushButton::clicked, m_packs, &AssessmentPackFlow::chooseImport);
    connect(m_ui->frameworksButton, &QPushButton::clicked, this, &AssessmentPage::editFrameworks);
    connect(m_ui->createActionButton, &QPushButton::clicked, this, &AssessmentPage::createAction);
    connect(m_packs, &AssessmentPackFlow::statusMessage, this, &Page::statusMessage);
    // The return a pack was imported into, shown with what it now holds.
    connect(m_packs, &AssessmentPackFlow::imported, this, [this](qint64 roundId, qint64 roundAgencyId) {
        selectRound(roundId);
        openReturn(roundAgencyId);
    });
    connect(m_heatmap, &QAbstractItemModel::modelReset, this, [heatmap, chipWidth, this] {
        for (int c = HeatmapModel::FirstStandardColumn; c < m_heatmap->statusColumn(); ++c)
            heatmap->setColumnWidth(c, chipWidth);
        const int ch = heatmap->fontMetrics().averageCharWidth();
        heatmap->setColumnWidth(HeatmapModel::AgencyColumn, ch * 28);
        heatmap->setColumnWidth(m_heatmap->statusColumn(), ch * 12);
        heatmap->setColumnWidth(m_heatmap->evidenceColumn(), ch * 9);
        heatmap->setColumnWidth(m_heatmap->gapColumn(), ch * 20);
    });
    workspace->notifier()->subscribe({kindOf<AssessmentRound>()}, this, [this] { refillRounds(); });
    workspace->notifier()->subscribe({kindOf<RoundAgency>(), kindOf<CriterionReturn>(), kindOf<Agency>()}, this,
                                     [this] { showCaptions(); });

    const bool readOnly = workspace->isReadOnly();
    m_ui->nextRoundButton->setEnabled(!readOnly);
    m_ui->newRoundButton->setEnabled(!readOnly);
    m_ui->statusChooser->setEnabled(!readOnly);
    m_ui->importPackButton->setEnabled(!readOnly);
    refillRounds();
    showRound();
}

AssessmentPage::~AssessmentPage() = default;

QTableView *AssessmentPage::heatmapView() const
{
    return m_ui->heatmap;
}

QTableView *AssessmentPage::returnView() const
{
    return m_ui->returnView;
}

void AssessmentPage::refillRounds()
{
    const qint64 shown = m_ui->roundChooser->currentData().toLongLong();
    std::vector<const AssessmentRound *> rounds;
    for (const AssessmentRound &r : m_workspace->items<AssessmentRound>())
        rounds.push_back(&r);
    // The newest round first: this year's is the one people work on.
    std::stable_sort(rounds.begin(), rounds.end(), [](auto *a, auto *b) { return a->year > b->year; });
    m_ui->roundChooser->clear();
    for (const AssessmentRound *r : rounds)
        m_ui->roundChooser->addItem(r->label, r->id);
    if (rounds.empty())
        m_ui->roundChooser->addItem(tr("No rounds yet"), 0);
    const int again = m_ui->roundChooser->findData(shown);
    m_ui->roundChooser->setCurrentIndex(std::max(0, again));
    if (again < 0)
        showRound();
}

void AssessmentPage::selectRound(qint64 roundId)
{
    m_ui->roundChooser->setCurrentIndex(std::max(0, m_ui->roundChooser->findData(roundId)));
    showRound();
}

void AssessmentPage::showRound()
{
    const qint64 roundId = m_ui->roundChooser->currentData().toLongLong();
    m_heatmap->setRound(roundId);
    m_ui->nextRoundButton->setEnabled(roundId != 0 && !m_workspace->isReadOnly());
    m_ui->exportPacksButton->setEnabled(roundId != 0);
    openReturn(m_heatmap->roundAgencyAt(m_heatmapProxy->mapToSource(m_heatmapProxy->index(0, 0)).row()));
}

void AssessmentPage::showCaptions()
{
    const RoundData *round = m_heatmap->round();
    m_ui->heatmapCaption->setText(round && round->isValid()
                                      ? tr("%1: %2. Click a cell to open that return at that standard.")
                                            .arg(round->round().label, m_heatmap->description())
                                      : tr("No self-assessment round yet."));
    const RatingCounts counts = m_heatmap->counts();
    QStringList parts;
    for (AssessmentRating r : allAssessmentRatings())
        parts << tr("%1 %L2").arg(assessmentRatingLabel(r)).arg(counts[size_t(r)]);
    m_ui->countsLabel->setText(
        tr("Criteria by %1: %2")
            .arg(ratingSourceLabel(m_heatmap->source()).toLower(), parts.join(QStringLiteral(" · "))));
    m_ui->returnCaption->setText(m_return->caption());
    const RoundAgency *shown = m_workspace->items<RoundAgency>().find(m_return->returnId());
    m_ui->statusChooser->setEnabled(shown && !m_workspace->isReadOnly());
    m_ui->createActionButton->setEnabled(shown != nullptr);
    if (shown)
        m_ui->statusChooser->setCurrentIndex(m_ui->statusChooser->findData(int(shown->status)));
}

void AssessmentPage::openReturn(qint64 roundAgencyId, qint64 standardId)
{
    m_return->setReturn(roundAgencyId);
    showCaptions();
    const int row = standardId ? m_return->firstRowOf(standardId) : 0;
    if (row >= 0 && row < m_return->rowCount()) {
        // The criterion's row at the top, its number and words in sight, the cursor on its self-rating.
        m_ui->returnView->scrollTo(m_return->index(row, ReturnModel::Code), QAbstractItemView::PositionAtTop);
        m_ui->returnView->setCurrentIndex(m_return->index(row, ReturnModel::SelfRating));
    }
}

void AssessmentPage::openCell(const QModelIndex &heatmapIndex)
{
    const QModelIndex cell = m_heatmapProxy->mapToSource(heatmapIndex);
    if (!cell.isValid())
        return;
    openReturn(m_heatmap->roundAgencyAt(cell.row()), m_heatmap->standardAt(cell.column()));
}

void AssessmentPage::setReturnStatus()
{
    QString error;
    if (!AssessmentEdits(*m_workspace)
             .setStatus(m_return->returnId(), ReturnStatus(m_ui->statusChooser->currentData().toInt()),
                        QDate::currentDate(), &error) &&
        !error.isEmpty())
        showRejected(error);
}

void AssessmentPage::startRound()
{
    StartRoundDialog dialog(m_workspace, QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 id = 0;
    if (!dialog.start(&error, &id)) {
        showRejected(error);
        return;
    }
    selectRound(id);
    Q_EMIT statusMessage(tr("Started %1").arg(m_ui->roundChooser->currentText()));
}

void AssessmentPage::startNextRound()
{
    QString error;
    qint64 id = 0;
    if (!AssessmentEdits(*m_workspace)
             .startNextRound(m_ui->roundChooser->currentData().toLongLong(), QDate::currentDate(), &error, &id)) {
        showRejected(error);
        return;
    }
    selectRound(id);
    Q_EMIT statusMessage(tr("Started %1").arg(m_ui->roundChooser->currentText()));
}

bool AssessmentPage::openLink(const QUrl &link)
{
    if (PageLink::target(link) != QLatin1String("assessment"))
        return false;
    const qint64 roundId = PageLink::value(link, QStringLiteral("round")).toLongLong();
    if (!m_workspace->items<AssessmentRound>().find(roundId))
        return false;
    selectRound(roundId);
    const qint64 agencyId = PageLink::value(link, QStringLiteral("agency")).toLongLong();
    for (const RoundAgency &a : m_workspace->items<RoundAgency>())
        if (agencyId != 0 && a.roundId == roundId && a.agencyId == agencyId)
            openReturn(a.id);
    return true;
}

void AssessmentPage::createAction()
{
    const QModelIndex current = m_ui->returnView->currentIndex();
    const qint64 criterionId = m_return->criterionAt(current.isValid() ? current.row() : 0);
    if (criterionId == 0) {
        Q_EMIT statusMessage(tr("Choose a criterion of the return first."));
        return;
    }
    Q_EMIT linkRequested(PageLink::newAction(QStringLiteral("self_assessment"), criterionId));
}

void AssessmentPage::editFrameworks()
{
    FrameworkDialog dialog(m_workspace, this);
    dialog.exec();
}

void AssessmentPage::showRejected(const QString &message)
{
    QMessageBox::warning(this, tr("Self-assessment"), message);
}

} // namespace assure
