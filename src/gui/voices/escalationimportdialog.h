// Imports the escalation log from a CSV or XLSX file, from the page: every row checked and shown
// first (added, updated, unchanged, or rejected with its reason), then written as one step.
#pragma once

#include "gui/itemdialog.h"
#include "workspace/voices/escalationfile.h"

class QLabel;
class QTableWidget;

namespace assure {

class Workspace;

class EscalationImportDialog final : public ItemDialog
{
    Q_OBJECT

public:
    // Reads and plans path at once; a file that cannot be read says why in place of the preview.
    EscalationImportDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    const EscalationImportPlan &plan() const { return m_plan; }
    QTableWidget *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }

private:
    Workspace *m_workspace;
    QString m_path;
    EscalationImportPlan m_plan;
    QLabel *m_summary;
    QTableWidget *m_preview;
};

} // namespace assure
