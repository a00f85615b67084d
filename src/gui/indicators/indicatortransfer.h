// The Indicators page's File > Import and Export: measurements and definitions in and out as CSV or XLSX.
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace assure {

class Workspace;

class IndicatorTransfer final : public QObject
{
    Q_OBJECT

public:
    // page parents the dialogs and carries the shortcuts; shownCodes gives the codes the table
    // shows (none when it shows every indicator), indicatorCount how many there are in all.
    IndicatorTransfer(Workspace *workspace, QWidget *page, std::function<QStringList()> shownCodes,
                      std::function<int()> indicatorCount);

    QList<QAction *> actions() const { return m_actions; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void importFile(bool measurements);
    void exportFile(bool measurements);
    void saveTemplate();
    QString chooseSpreadsheet(const QString &title, const QString &suggestedName);

    Workspace *m_workspace;
    QWidget *m_page;
    std::function<QStringList()> m_shownCodes;
    std::function<int()> m_indicatorCount;
    QList<QAction *> m_actions;
};

} // namespace assure
