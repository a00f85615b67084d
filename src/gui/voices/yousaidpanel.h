// The Feedback page's "You said, we did" tab: each entry the board acted on, what was said beside
// what was done (its actions with their status, each a link to the action), filterable by voice.
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QUrl;

namespace assure {

class Workspace;

class YouSaidPanel final : public QWidget
{
    Q_OBJECT

public:
    YouSaidPanel(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *voiceFilter() const { return m_voice; }
    QTextBrowser *browser() const { return m_browser; }
    // The entries heard between first and last (both invalid: every one).
    void setSpan(const QDate &first, const QDate &last);
    // What the tab says, in plain text.
    QString text() const;

Q_SIGNALS:
    void linkRequested(const QUrl &link);

private:
    void refresh();

    Workspace *m_workspace;
    QComboBox *m_voice;
    QLabel *m_count;
    QTextBrowser *m_browser;
    QDate m_first;
    QDate m_last;
};

} // namespace assure
