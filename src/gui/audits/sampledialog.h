// Draws a reproducible random sample of cases for an audit (form: ui/sampledialog.ui): candidates
// pasted or imported from CSV / XLSX, size, seed, strata and exclusions; the sample previewed in
// the order drawn, then added to the audit with its seed as one undo step.
#pragma once

#include "core/audits/casesampling.h"
#include "workspace/audits/samplesource.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class SampleDialog;
}

namespace assure {

class Workspace;

class SampleDialog final : public QDialog
{
    Q_OBJECT

public:
    SampleDialog(Workspace *workspace, qint64 auditId, QWidget *parent = nullptr);
    ~SampleDialog() override;

    // Shows the dialog for an audit; true when a sample was added to it.
    static bool drawFor(Workspace *workspace, qint64 auditId, QWidget *parent);

    // Reads the candidates from a .csv or .xlsx file, as Import… does once a file is chosen; false,
    // with the reason shown, when it cannot be read.
    bool importFile(const QString &path);

    // The sample in the preview, in the order drawn; empty when none is shown.
    QStringList previewed() const { return m_drawn.refs; }
    // What is wrong with the input, as shown; empty when nothing is.
    QString problem() const;

private:
    void chooseFile();
    void clearImport();
    void offerNewSeed();
    void updateChoices();
    void showPreview();
    void addToAudit();
    // The input changed: the preview no longer shows what would be added.
    void invalidate();
    void showProblem(const QString &text);
    std::optional<SampleRequest> request(QString *error) const;
    std::optional<QList<SampleCandidate>> candidates(QString *error) const;

    std::unique_ptr<Ui::SampleDialog> m_ui;
    Workspace *m_workspace;
    qint64 m_auditId;
    std::optional<SampleSource> m_table; // the imported candidates; none when pasted
    SampleResult m_drawn;
    SampleRequest m_drawnFrom; // what m_drawn was drawn from (its seed is recorded)
    QPushButton *m_add = nullptr;
};

} // namespace assure
