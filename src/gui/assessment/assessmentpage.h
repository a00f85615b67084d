// The Self-assessment page: a round's heatmap of agencies against standards (self or moderated,
// worst or typical, chosen here and said above it), and the return of the agency chosen in it,
// edited criterion by criterion: the agency's self-rating and evidence, then the QA sub-group's
// challenge and moderated rating, with last year's rating beside this year's.
#pragma once

#include "gui/page.h"

#include <memory>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class AssessmentPageForm;
}

namespace assure {

class AssessmentPackFlow;
class HeatmapModel;
class RoundDataCache;
class ReturnModel;

class AssessmentPage final : public Page
{
    Q_OBJECT

public:
    AssessmentPage(Workspace *workspace, QWidget *parent = nullptr);
    ~AssessmentPage() override;

    QString pageId() const override { return QStringLiteral("assessment"); }
    QString title() const override { return tr("Self-assessment"); }
    // PageLink::assessment(round, agency): selects the round; with an agency (its Agency id),
    // opens that agency's return.
    bool openLink(const QUrl &link) override;

    Ui::AssessmentPageForm *form() const { return m_ui.get(); }
    HeatmapModel *heatmapModel() const { return m_heatmap; }
    ReturnModel *returnModel() const { return m_return; }
    QTableView *heatmapView() const;
    QTableView *returnView() const;
    AssessmentPackFlow *packs() const { return m_packs; }
    void selectRound(qint64 roundId);
    // Opens an agency's return (RoundAgency id) at a standard's first criterion (0: the first).
    void openReturn(qint64 roundAgencyId, qint64 standardId = 0);

private:
    void refillRounds();
    void showRound();
    void showCaptions();
    void openCell(const QModelIndex &heatmapIndex);
    void setReturnStatus();
    // Asks for the framework, year, deadline and agencies of a new round, and starts it.
    void startRound();
    void startNextRound();
    void showRejected(const QString &message);
    // Asks the Actions page for a new action answering the criterion selected in the return.
    void createAction();
    void editFrameworks();

    std::unique_ptr<Ui::AssessmentPageForm> m_ui;
    Workspace *m_workspace;
    RoundDataCache *m_rounds; // before the models: they are made with it
    HeatmapModel *m_heatmap;
    ReturnModel *m_return;
    QSortFilterProxyModel *m_heatmapProxy;
    AssessmentPackFlow *m_packs;
};

} // namespace assure
