// The narrative editor: for a period, the summary under each section heading of the board papers,
// written section by section; each change is kept as one undo step when the user moves on.
#pragma once

#include "core/narrative/narrative.h"
#include "core/period.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class NarrativeDialog;
}

namespace assure {

class PeriodChooser;
class Workspace;

class NarrativeDialog final : public QDialog
{
    Q_OBJECT

public:
    NarrativeDialog(Workspace *workspace, const Period &period, QWidget *parent = nullptr);
    ~NarrativeDialog() override;

    // For tests and screenshots: what the dialog shows.
    Ui::NarrativeDialog *form() const { return m_ui.get(); }
    PeriodChooser *periodChooser() const { return m_period; }
    QPushButton *undoButton() const { return m_undo; }
    NarrativeSection section() const { return m_section; }

    // Keeps what is typed in the section shown (one undo step when it changed); false, having said
    // why, when the board file refused it.
    bool keep();

    void done(int result) override;

private:
    void showSection(int row);
    void periodChosen(const Period &period);
    void load();
    // The stored summaries moved (an undo, another window): the section shown follows unless
    // something is being typed in it.
    void storedChanged();
    void markWritten();
    void checkPrivacy();
    void undo();

    std::unique_ptr<Ui::NarrativeDialog> m_ui;
    Workspace *m_workspace;
    PeriodChooser *m_period;
    QPushButton *m_undo;
    QPushButton *m_redo;
    Period m_shownPeriod;
    NarrativeSection m_section = NarrativeSection::ExecutiveSummary;
    QString m_loaded; // the stored words of the section shown, as loaded
};

} // namespace assure
