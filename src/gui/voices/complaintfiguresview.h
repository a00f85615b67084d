// The Complaints page's Figures tab: a financial year's and its quarters' figures by kind, outcome,
// agency and theme, timeliness against the target, and the learning with the actions that
// followed, as the board pack reports them.
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace assure {

struct ComplaintYear;
class Workspace;

class ComplaintFiguresView final : public QWidget
{
    Q_OBJECT

public:
    ComplaintFiguresView(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *yearCombo() const { return m_yearCombo; }
    QTextBrowser *browser() const { return m_browser; }
    void setAsOf(const QDate &day);
    // Fills the years (those with entries, and the as-of day's) and shows the chosen one.
    void refresh();

private:
    void showYear();

    Workspace *m_workspace;
    QDate m_asOf;
    QComboBox *m_yearCombo;
    QTextBrowser *m_browser;
};

// The figures of a year as rich text.
QString complaintFiguresHtml(const ComplaintYear &year);

} // namespace assure
