// The Survey page: a year's annual effectiveness survey. Its statements with their mean, last
// year's and a distribution chart; the breakdown by group with small groups suppressed (and said
// so); the free-text answers; and the ways in: returned forms typed in, a form tool's file imported.
#pragma once

#include "gui/page.h"

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace assure {

class SurveyBreakdownModel;
class SurveyStatementModel;

class SurveyPage final : public Page
{
    Q_OBJECT

public:
    explicit SurveyPage(Workspace *workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("survey"); }
    QString title() const override { return tr("Survey"); }
    QStringList views() const override;
    void showView(const QString &view) override;
    QList<QAction *> importExportActions() const override { return {m_importAction}; }

    // The financial year shown, by the calendar year it starts in.
    int year() const { return m_shownYear; }
    void setYear(int startYear);

    QComboBox *yearCombo() const { return m_yearCombo; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableView *statementsView() const { return m_statements; }
    QTableView *breakdownView() const { return m_breakdown; }
    QLabel *breakdownNote() const { return m_breakdownNote; }
    QLabel *detailLabel() const { return m_detail; }
    QTreeWidget *freeTextTree() const { return m_freeText; }
    QChartView *chartView() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    SurveyStatementModel *statementModel() const { return m_statementModel; }
    QPushButton *enterButton() const { return m_enter; }
    QPushButton *addQuestionButton() const { return m_addQuestion; }
    QPushButton *changeQuestionButton() const { return m_changeQuestion; }
    QPushButton *deleteQuestionButton() const { return m_deleteQuestion; }
    // The statement chosen in the table (0: none).
    qint64 chosenStatementId() const;

    // Imports a file after its preview (SurveyImportDialog); the file dialog asks for path when empty.
    void importResponses(const QString &path = {});

private:
    // Gathers the year's results once a change set is done, not once per row it changed.
    void scheduleRefresh();
    void refresh();
    void refillYears();
    void showStatement();
    void enterForms();
    void addQuestion();
    void changeQuestion();
    void deleteQuestion();

    Workspace *m_ws;
    int m_shownYear = 0;
    bool m_refreshPending = false;
    QComboBox *m_yearCombo;
    QLabel *m_summary;
    QPushButton *m_enter;
    QPushButton *m_import;
    QPushButton *m_addQuestion;
    QPushButton *m_changeQuestion;
    QPushButton *m_deleteQuestion;
    QAction *m_importAction;
    QTabWidget *m_tabs;
    SurveyStatementModel *m_statementModel;
    QSortFilterProxyModel *m_statementProxy;
    QTableView *m_statements;
    QLabel *m_detail;
    QChartView *m_chart;
    SurveyBreakdownModel *m_breakdownModel;
    QSortFilterProxyModel *m_breakdownProxy;
    QTableView *m_breakdown;
    QLabel *m_breakdownNote;
    QTreeWidget *m_freeText;
};

} // namespace assure
