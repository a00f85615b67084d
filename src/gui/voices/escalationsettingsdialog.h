// The board's escalation levels and reasons (Escalations > Levels and reasons…): each level's name
// (their number is the highest level), and the list of reasons, renamed, added to or deleted;
// saved as one undoable step.
#pragma once

#include "gui/itemdialog.h"

class QListWidget;
class QPushButton;

namespace assure {

class Workspace;

class EscalationSettingsDialog final : public ItemDialog
{
    Q_OBJECT

public:
    explicit EscalationSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QListWidget *levelList() const { return m_levels; }
    QListWidget *reasonList() const { return m_reasons; }
    QPushButton *addLevelButton() const { return m_addLevel; }
    QPushButton *addReasonButton() const { return m_addReason; }

private:
    bool save(QString *error);

    Workspace *m_workspace;
    QListWidget *m_levels;
    QListWidget *m_reasons;
    QPushButton *m_addLevel;
    QPushButton *m_addReason;
};

} // namespace assure
