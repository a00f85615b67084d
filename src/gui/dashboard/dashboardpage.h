// The dashboard, the first page of a board: for the chosen period, how the indicators stand, what
// stands out, and which actions need chasing; every tile and row opens what is behind it.
#pragma once

#include "gui/page.h"
#include "workspace/indicators/periodreview.h"

#include <QMap>

class QChartView;
class QGroupBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace assure {

class ActionModel;
class DashboardTile;
class ExceptionModel;
class LogAttentionView;
class OversightTiles;
class IndicatorTableModel;
class PeriodChooser;
class SearchProxyModel;

class DashboardPage final : public Page
{
    Q_OBJECT

public:
    DashboardPage(Workspace *workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QList<QAction *> importExportActions() const override { return {m_boardPapers}; }
    void useSettings(Settings *settings) override { m_settings = settings; }
    // Opens the board papers dialog on the dashboard's period.
    void openBoardPapers();
    // Opens the narrative editor on the dashboard's period.
    void openNarrative();

    // For tests and screenshots: what the page shows.
    Period period() const;
    void setPeriod(const Period &period);
    const PeriodReview &review() const { return m_review; }
    DashboardTile *ragTile(Rag rag) const { return m_ragTiles.value(rag); }
    DashboardTile *actionTile(const QString &standing) const { return m_actionTiles.value(standing); }
    QTableView *exceptionsView() const { return m_exceptionsView; }
    QTableView *summaryView() const { return m_summaryView; }
    QTableView *actionsView() const { return m_actionsView; }
    QTabWidget *lists() const { return m_lists; }
    QChartView *chartView() const { return m_chart; }
    OversightTiles *oversightTiles() const { return m_oversight; }
    LogAttentionView *logsView() const { return m_logs; }
    QAction *narrativeAction() const { return m_narrative; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *makeTiles();
    QWidget *makeExceptions();
    QWidget *makeSummary();
    QWidget *makeActions();
    void describeBoard();
    void placeOversight();
    // Marks what the board's edits moved; a hidden page catches up when it is next shown.
    void markStale();
    void refresh();
    void refreshChart();
    void refreshActionTiles();
    void openIndicatorAt(const QModelIndex &index);
    void openActionAt(const QModelIndex &index);
    // The logs' tab says how many entries it lists, and shows only where the board keeps a log.
    void retitleLogs();

    Workspace *m_workspace;
    Settings *m_settings = nullptr;
    QAction *m_boardPapers;
    QAction *m_narrative;
    PeriodChooser *m_periodChooser;
    QLabel *m_heading;
    QLabel *m_details;
    QMap<Rag, DashboardTile *> m_ragTiles;
    QMap<QString, DashboardTile *> m_actionTiles;
    QGroupBox *m_indicatorTiles = nullptr;
    OversightTiles *m_oversight = nullptr;
    QHBoxLayout *m_tileRow = nullptr;       // the row of tile groups
    QVBoxLayout *m_pictureColumn = nullptr; // the chart's column
    QTabWidget *m_lists = nullptr;          // the exceptions, and the actions and log entries that need chasing
    LogAttentionView *m_logs = nullptr;
    QTableView *m_exceptionsView = nullptr;
    ExceptionModel *m_exceptions;
    QChartView *m_chart = nullptr;
    QLabel *m_summaryCaption = nullptr;
    QTableView *m_summaryView = nullptr;
    IndicatorTableModel *m_summary;
    QTableView *m_actionsView = nullptr;
    ActionModel *m_actions;
    SearchProxyModel *m_attention;
    PeriodReview m_review;
    bool m_stale = true;
};

} // namespace assure
