// The framework editor: a framework's standards and criteria with the evidence expected, added, edited and reordered,
// and saved as one undo step; a version some round uses is never changed under it: saving makes the next version.
#pragma once

#include "core/assessment/shippedframeworks.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class FrameworkDialog;
}

namespace assure {

class Workspace;

class FrameworkDialog final : public QDialog
{
    Q_OBJECT

public:
    FrameworkDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~FrameworkDialog() override;

    Ui::FrameworkDialog *form() const { return m_ui.get(); }
    QPushButton *saveButton() const { return m_save; }
    // The framework shown (its id), and showing another (changes not saved are dropped).
    qint64 frameworkId() const { return m_frameworkId; }
    void showFramework(qint64 frameworkId);
    // Writes the changes: into this version, or as a new one when a round uses it. False, with
    // the reason shown, when nothing was written.
    bool save();

    void reject() override;

private:
    void refillFrameworks(qint64 select);
    void rebuildTree(int standard, int criterion);
    // The standard and criterion (-1: the standard itself) of the current item; -1, -1 when none.
    QPair<int, int> current() const;
    void showDetail();
    void textEdited();
    void addStandard();
    void addCriterion();
    void move(int by);
    void remove();
    void markChanged();
    bool inUse() const;
    // True when there is nothing unsaved, or the user agrees to drop it.
    bool changesMayGo();

    std::unique_ptr<Ui::FrameworkDialog> m_ui;
    Workspace *m_workspace;
    QPushButton *m_save = nullptr;
    qint64 m_frameworkId = 0;
    FrameworkContent m_draft;
    bool m_changed = false;
};

} // namespace assure
