// Imports measurements or indicator definitions: reads the file, previews every row, then writes in one undo step.
#pragma once

#include "workspace/boardspreadsheets.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;
class QTableView;

namespace Ui {
class ImportDialog;
}

namespace assure {

class ImportPreviewModel;
class SearchProxyModel;
class Workspace;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Measurements, Indicators };
    enum class Show { All, Problems, Changes };

    ImportDialog(Kind kind, Workspace *workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and plans the file; false (the reason shown in the dialog) when it cannot be used.
    bool loadFile(const QString &path);
    void setReplace(bool replace);
    void setAllOrNothing(bool allOrNothing);
    void setShow(Show show);

    // Rows the import wrote once accepted; 0 before.
    int rowsWritten() const { return m_written; }
    const ImportCounts &counts() const;
    QString summary() const;
    QTableView *preview() const;
    QPushButton *importButton() const { return m_import; }

    void accept() override;
    // Asks for the file to import (a file dialog), then reads and plans it.
    void choose();

private:
    void replan();
    void showPlan();
    void applyShow();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Kind m_kind;
    Workspace *m_workspace;
    ImportPreviewModel *m_model;
    SearchProxyModel *m_proxy;
    QPushButton *m_import;
    std::optional<SourceTable> m_table;
    QString m_source; // the file's name, for the undo text
    MeasurementImportPlan m_measurementPlan;
    IndicatorImportPlan m_indicatorPlan;
    int m_written = 0;
};

} // namespace assure
