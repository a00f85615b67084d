// The dashboard's list of what the logs hold to chase: complaints past their response target and
// escalations still open, each opening its entry on its page with a click or Enter.
#pragma once

#include <QDate>
#include <QTableView>
#include <QUrl>

namespace assure {

class LogAttentionModel;
class Workspace;

class LogAttentionView final : public QTableView
{
    Q_OBJECT

public:
    explicit LogAttentionView(Workspace *workspace, QWidget *parent = nullptr);

    LogAttentionModel *attention() const { return m_model; }
    // The day the entries are judged on (today unless a test or the demo's screenshots say).
    void setDay(const QDate &day);
    // The tab's title, with its mnemonic: how many are listed, or that nothing is.
    QString title() const;
    // Whether the board keeps either log at all (the tab is shown only then).
    bool boardKeepsLogs() const;

Q_SIGNALS:
    void linkRequested(const QUrl &link);
    // The rows changed: the tab's title and whether it shows follow.
    void changed();

private:
    void openAt(const QModelIndex &index);

    Workspace *m_workspace;
    LogAttentionModel *m_model;
};

} // namespace assure
