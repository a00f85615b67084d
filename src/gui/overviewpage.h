// The first page: the board at a glance and where to go next.
#pragma once

#include "gui/page.h"

class QLabel;

namespace assure {

class OverviewPage final : public Page
{
    Q_OBJECT

public:
    OverviewPage(Workspace *workspace, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }

private:
    void refresh();

    Workspace *m_workspace;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_counts;
};

} // namespace assure
