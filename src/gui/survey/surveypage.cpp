// The Survey page: a year's statements, chart, breakdown and free text, and the ways responses come in.
#include "gui/survey/surveypage.h"

#include "charts/surveychart.h"
#include "core/period.h"
#include "core/valueformat.h"
#include "gui/confirmdelete.h"
#include "gui/survey/surveyformdialog.h"
#include "gui/survey/surveyimportdialog.h"
#include "gui/survey/surveyquestiondialog.h"
#include "models/survey/surveybreakdownmodel.h"
#include "models/survey/surveystatementmodel.h"
#include "models/tablemodelbase.h"
#include "workspace/survey/surveyedits.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace assure {

namespace {

QTableView *newTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    return view;
}

QSortFilterProxyModel *sorted(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(TableModelBase::SortRole);
    return proxy;
}

} // namespace

SurveyPage::SurveyPage(Workspace *workspace, QWidget *parent)
    : Page(parent), m_ws(workspace), m_yearCombo(new QComboBox), m_summary(new QLabel),
      m_enter(new QPushButton(tr("&Enter returned forms…"))), m_import(new QPushButton(tr("&Import responses…"))),
      m_addQuestion(new QPushButton(tr("Add &question…"))), m_changeQuestion(new QPushButton(tr("C&hange…"))),
      m_deleteQuestion(new QPushButton(tr("De&lete"))),
      m_importAction(new QAction(tr("Import survey responses…"), this)), m_tabs(new QTabWidget),
      m_statementModel(new SurveyStatementModel(this)), m_statementProxy(sorted(m_statementModel, this)),
      m_statements(newTable(m_statementProxy)), m_detail(new QLabel), m_chart(new QChartView),
      m_breakdownModel(new SurveyBreakdownModel(this)), m_breakdownProxy(sorted(m_breakdownModel, this)),
      m_breakdown(newTable(m_breakdownProxy)), m_breakdownNote(new QLabel), m_freeText(new QTreeWidget)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_yearCombo);
    top->addWidget(yearLabel);
    top->addWidget(m_yearCombo);
    top->addWidget(m_summary, 1);
    top->addWidget(m_addQuestion);
    top->addWidget(m_enter);
    top->addWidget(m_import);
    layout->addLayout(top);

    auto *statementsTab = new QSplitter(Qt::Vertical);
    auto *upper = new QWidget;
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_statements, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The chosen statement's words changed, or the statement taken out with its answers.
    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(m_detail, 1);
    m_changeQuestion->setToolTip(tr("Change the chosen statement's words"));
    m_deleteQuestion->setToolTip(tr("Delete the chosen statement and its answers"));
    detailRow->addWidget(m_changeQuestion, 0, Qt::AlignTop);
    detailRow->addWidget(m_deleteQuestion, 0, Qt::AlignTop);
    upperLayout->addLayout(detailRow);
    statementsTab->addWidget(upper);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    statementsTab->addWidget(m_chart);
    statementsTab->setStretchFactor(0, 1);
    statementsTab->setStretchFactor(1, 1);
    m_statements->horizontalHeader()->setSectionResizeMode(SurveyStatementModel::Statement, QHeaderView::Stretch);
    m_statements->sortByColumn(SurveyStatementModel::Number, Qt::AscendingOrder);
    m_tabs->addTab(statementsTab, tr("Statements"));

    auto *breakdownTab = new QWidget;
    auto *breakdownLayout = new QVBoxLayout(breakdownTab);
    m_breakdownNote->setWordWrap(true);
    breakdownLayout->addWidget(m_breakdownNote);
    breakdownLayout->addWidget(m_breakdown, 1);
    m_breakdown->sortByColumn(SurveyBreakdownModel::Group, Qt::AscendingOrder);
    m_tabs->addTab(breakdownTab, tr("Breakdown"));

    m_freeText->setHeaderHidden(true);
    m_freeText->setWordWrap(true);
    m_tabs->addTab(m_freeText, tr("Free text"));
    layout->addWidget(m_tabs, 1);

    connect(m_yearCombo, &QComboBox::activated, this, [this] { setYear(m_yearCombo->currentData().toInt()); });
    connect(m_statements->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SurveyPage::showStatement);
    connect(m_enter, &QPushButton::clicked, this, &SurveyPage::enterForms);
    connect(m_addQuestion, &QPushButton::clicked, this, &SurveyPage::addQuestion);
    connect(m_changeQuestion, &QPushButton::clicked, this, &SurveyPage::changeQuestion);
    connect(m_deleteQuestion, &QPushButton::clicked, this, &SurveyPage::deleteQuestion);
    connect(m_statements, &QAbstractItemView::doubleClicked, this, &SurveyPage::changeQuestion);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_statements, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SurveyPage::deleteQuestion);
    connect(m_import, &QPushButton::clicked, this, [this] { importResponses(); });
    connect(m_importAction, &QAction::triggered, this, [this] { importResponses(); });
    m_ws->notifier()->subscribe({kindOf<SurveyQuestion>(), kindOf<SurveyResponse>()}, this,
                                [this] { scheduleRefresh(); });

    const QDate today = QDate::currentDate();
    m_shownYear = Period::containing(today, Period::Kind::Year, m_ws->board().fyStartMonth).financialYear();
    // The newest year that has a survey, when there is one: a survey is usually of the year past.
    if (const QList<int> years = surveyYears(*m_ws); !years.isEmpty())
        m_shownYear = years.constFirst();
    refillYears();
    refresh();
}

QStringList SurveyPage::views() const
{
    return {QStringLiteral("statements"), QStringLiteral("breakdown"), QStringLiteral("free-text")};
}

void SurveyPage::showView(const QString &view)
{
    const int index = int(views().indexOf(view));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void SurveyPage::setYear(int startYear)
{
    if (startYear == m_shownYear)
        return;
    m_shownYear = startYear;
    refillYears();
    refresh();
}

void SurveyPage::refillYears()
{
    QList<int> years = surveyYears(*m_ws);
    const int current =
        Period::containing(QDate::currentDate(), Period::Kind::Year, m_ws->board().fyStartMonth).financialYear();
    for (const int y : {current + 1, current, m_shownYear})
        if (!years.contains(y))
            years << y;
    std::sort(years.begin(), years.end(), std::greater<int>());
    const QSignalBlocker blocker(m_yearCombo);
    m_yearCombo->clear();
    for (const int y : std::as_const(years))
        m_yearCombo->addItem(Period::yearLabel(y, m_ws->board().fyStartMonth), y);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_shownYear));
}

void SurveyPage::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refillYears();
        refresh();
    });
}

void SurveyPage::refresh()
{
    const qint64 shown = m_statements->currentIndex().data(TableModelBase::IdRole).toLongLong();
    const SurveyResults r = surveyResultsOf(*m_ws, m_shownYear);
    const ValueFormat format;
    const QString yearText = Period::yearLabel(m_shownYear, m_ws->board().fyStartMonth);
    if (surveyQuestionnaire(*m_ws, m_shownYear).empty())
        m_summary->setText(tr("No %1 survey yet: import a form tool's file of responses, or add the questions and "
                              "enter the returned forms.")
                               .arg(yearText));
    else if (r.previousResponses > 0)
        m_summary->setText(
            tr("%1 responses; %2 the year before.").arg(format.count(r.responses), format.count(r.previousResponses)));
    else
        m_summary->setText(tr("%1 responses.").arg(format.count(r.responses)));
    m_summary->setWordWrap(true);

    m_statementModel->setResults(r);
    m_breakdownModel->setResults(r);
    m_statements->resizeColumnToContents(SurveyStatementModel::Number);

    QList<SurveyBar> bars;
    for (int i = 0; i < r.statements.size(); ++i)
        bars.append({SurveyStatementModel::numberOf(i), r.statements.at(i).counts});
    ChartStyle style = ChartStyle::screen();
    auto chart = buildSurveyChart(tr("Ratings per statement, %1").arg(yearText), bars, style);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart.release());
    delete old;
    m_chart->setVisible(!bars.isEmpty());

    if (r.breakdownTitle.isEmpty())
        m_breakdownNote->setText(tr("The %1 survey asks for no breakdown (such as sector).").arg(yearText));
    else if (r.suppressedGroups() > 0)
        m_breakdownNote->setText(
            tr("By %1. A group with fewer than %2 responses is not shown, so that no one's answers can be told "
               "apart: %n groups are suppressed.",
               nullptr, r.suppressedGroups())
                .arg(r.breakdownTitle.toLower())
                .arg(kSmallestGroupShown));
    else
        m_breakdownNote->setText(tr("By %1. A group with fewer than %2 responses would not be shown; every group "
                                    "here has enough.")
                                     .arg(r.breakdownTitle.toLower())
                                     .arg(kSmallestGroupShown));
    m_breakdown->resizeColumnsToContents();

    m_freeText->clear();
    for (const FreeTextResult &f : r.freeText) {
        auto *question =
            new QTreeWidgetItem(m_freeText, {tr("%1 (%n answers)", nullptr, int(f.answers.size())).arg(f.text)});
        QFont bold = question->font(0);
        bold.setBold(true);
        question->setFont(0, bold);
        for (const QString &a : f.answers)
            new QTreeWidgetItem(question, {a});
        question->setExpanded(true);
    }

    const bool hasQuestions = !surveyQuestionnaire(*m_ws, m_shownYear).empty();
    m_enter->setEnabled(hasQuestions && !m_ws->isReadOnly());
    m_import->setEnabled(!m_ws->isReadOnly());
    m_addQuestion->setEnabled(!m_ws->isReadOnly());
    // Back on the statement that was shown, when the year still has it.
    for (int row = 0; row < m_statementProxy->rowCount(); ++row)
        if (shown && m_statementProxy->index(row, 0).data(TableModelBase::IdRole).toLongLong() == shown)
            m_statements->selectRow(row);
    showStatement();
}

qint64 SurveyPage::chosenStatementId() const
{
    const QModelIndexList rows = m_statements->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(TableModelBase::IdRole).toLongLong();
}

void SurveyPage::showStatement()
{
    const QModelIndexList rows = m_statements->selectionModel()->selectedRows();
    const bool editable = !rows.isEmpty() && !m_ws->isReadOnly();
    m_changeQuestion->setEnabled(editable);
    m_deleteQuestion->setEnabled(editable);
    if (rows.isEmpty()) {
        m_detail->setText(tr("Choose a statement to see how its answers fell."));
        return;
    }
    const QModelIndex source = m_statementProxy->mapToSource(rows.constFirst());
    const StatementResult &s = m_statementModel->results().statements.at(source.row());
    const ValueFormat format;
    QStringList parts;
    for (int r = kLowestRating; r <= kHighestRating; ++r)
        parts << tr("%1: %2").arg(ratingLabel(r), format.count(s.counts[size_t(r - 1)]));
    QString text =
        tr("%1 “%2”: %3.").arg(SurveyStatementModel::numberOf(source.row()), s.text, parts.join(QStringLiteral(", ")));
    if (const auto mean = s.mean())
        text += QLatin1Char(' ') + tr("Mean %1 of %2 answers.").arg(format.fixed(*mean, 2), format.count(s.answered()));
    m_detail->setText(text);
}

void SurveyPage::enterForms()
{
    SurveyFormDialog dialog(m_ws, m_shownYear, this);
    dialog.exec();
    if (dialog.saved() > 0)
        Q_EMIT statusMessage(tr("%n survey forms entered.", nullptr, dialog.saved()));
}

void SurveyPage::addQuestion()
{
    SurveyQuestionDialog dialog(m_ws, m_shownYear, this);
    dialog.exec();
}

void SurveyPage::changeQuestion()
{
    const SurveyQuestion *q = m_ws->items<SurveyQuestion>().find(chosenStatementId());
    if (!q || m_ws->isReadOnly())
        return;
    SurveyQuestionDialog dialog(m_ws, *q, this);
    dialog.exec();
}

void SurveyPage::deleteQuestion()
{
    const qint64 id = chosenStatementId();
    const SurveyQuestion *q = m_ws->items<SurveyQuestion>().find(id);
    if (!q || m_ws->isReadOnly() ||
        !confirmDelete(this,
                       tr("Delete the statement “%1” from the %2 survey?").arg(q->text, Period::yearLabel(q->year)),
                       m_ws->dependents<SurveyQuestion>(id)))
        return;
    QString error;
    if (!m_ws->remove<SurveyQuestion>(id, &error))
        QMessageBox::warning(this, tr("Not deleted"), error);
}

void SurveyPage::importResponses(const QString &path)
{
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(this, tr("Import survey responses"), QString(),
                                            tr("Spreadsheets (*.csv *.xlsx)"));
    if (file.isEmpty())
        return;
    SurveyImportDialog dialog(m_ws, m_shownYear, file, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Imported %n survey responses.", nullptr, dialog.written()));
}

} // namespace assure
