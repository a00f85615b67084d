// Shows what an import of the feedback log will do with each row (new, unchanged, or rejected and
// why) before anything is written, then writes the rows as one undo step.
#pragma once

#include "workspace/voices/feedbackedits.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace assure {

class Workspace;

class FeedbackImportDialog final : public QDialog
{
    Q_OBJECT

public:
    FeedbackImportDialog(Workspace *workspace, const FeedbackImportPlan &plan, const QString &fileName,
                         QWidget *parent = nullptr);

    QTableWidget *preview() const { return m_preview; }
    QString summary() const;
    // Disabled while nothing would be written.
    QPushButton *importButton() const { return m_import; }
    // Entries written once accepted; 0 before.
    int rowsWritten() const { return m_written; }

    void accept() override;

private:
    Workspace *m_workspace;
    FeedbackImportPlan m_plan;
    QString m_fileName;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QPushButton *m_import = nullptr;
    int m_written = 0;
};

} // namespace assure
