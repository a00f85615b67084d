// The Feedback page (issue 19, parts 1 and 5): the log of what children, families, practitioners
// and partners told the board, as a table with search and filters (voice, how heard, agency, theme,
// year) and the chosen entry's detail; and the "You said, we did" tab.
#pragma once

#include "gui/page.h"

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace assure {

class EntityTablePanel;
class FeedbackModel;
class YouSaidPanel;

class FeedbackPage final : public Page
{
    Q_OBJECT

public:
    FeedbackPage(Workspace *workspace, QWidget *parent = nullptr);
    ~FeedbackPage() override;

    QString pageId() const override { return QStringLiteral("feedback"); }
    QString title() const override { return tr("Feedback"); }
    QStringList views() const override { return {QStringLiteral("log"), QStringLiteral("you-said-we-did")}; }
    void showView(const QString &view) override;
    void focusSearch() override;
    bool openLink(const QUrl &link) override;
    QList<QAction *> importExportActions() const override { return {m_importAction}; }

    EntityTablePanel *table() const { return m_table; }
    FeedbackModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    YouSaidPanel *youSaid() const { return m_youSaid; }
    QComboBox *voiceFilter() const { return m_voiceFilter; }
    QComboBox *methodFilter() const { return m_methodFilter; }
    QComboBox *agencyFilter() const { return m_agencyFilter; }
    QComboBox *themeFilter() const { return m_themeFilter; }
    QComboBox *yearFilter() const { return m_yearFilter; }
    QPushButton *themesButton() const { return m_themesButton; }
    // Which entry the detail pane is on (0: none), and what it says, in plain text.
    qint64 shownId() const { return m_shownId; }
    QString detailText() const;
    // Reads the file, shows the preview and writes what the user accepts (File > Import does the
    // choosing of the file).
    void importFile(const QString &path);

private:
    void refillChoices();
    void applyFilters();
    void clearFilters();
    void showEntry(qint64 id);
    void addEntry();
    void editEntry(qint64 id);
    void removeEntry(qint64 id);
    void chooseImport();
    void showRejected(const QString &message);

    Workspace *m_workspace;
    FeedbackModel *m_model;
    EntityTablePanel *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    YouSaidPanel *m_youSaid = nullptr;
    QComboBox *m_voiceFilter = nullptr;
    QComboBox *m_methodFilter = nullptr;
    QComboBox *m_agencyFilter = nullptr;
    QComboBox *m_themeFilter = nullptr;
    QComboBox *m_yearFilter = nullptr;
    QPushButton *m_themesButton = nullptr;
    QLabel *m_detail = nullptr;
    QAction *m_importAction = nullptr;
    qint64 m_shownId = 0;
};

} // namespace assure
