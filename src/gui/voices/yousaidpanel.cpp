// The "You said, we did" tab: what was said beside what the board did.
#include "gui/voices/yousaidpanel.h"

#include "core/valueformat.h"
#include "gui/pagelink.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/feedbackkinds.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace assure {

YouSaidPanel::YouSaidPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_voice(new QComboBox(this)), m_count(new QLabel(this)),
      m_browser(new QTextBrowser(this))
{
    m_voice->addItem(tr("Every voice"), -1);
    for (FeedbackVoice v : allFeedbackVoices())
        m_voice->addItem(feedbackVoiceLabel(v), int(v));
    auto *voiceLabel = new QLabel(tr("&Voice:"), this);
    voiceLabel->setBuddy(m_voice);
    // Links go to the Actions page, never out of the app.
    m_browser->setOpenLinks(false);
    m_browser->setObjectName(QStringLiteral("youSaidWeDid"));
    auto *top = new QHBoxLayout;
    top->addWidget(voiceLabel);
    top->addWidget(m_voice);
    top->addWidget(m_count);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_browser, 1);
    connect(m_voice, &QComboBox::activated, this, &YouSaidPanel::refresh);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &YouSaidPanel::linkRequested);
    workspace->notifier()->subscribe({kindOf<Feedback>(), kindOf<FeedbackAction>(), kindOf<Action>()}, this,
                                     [this] { refresh(); });
    refresh();
}

void YouSaidPanel::setSpan(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    refresh();
}

QString YouSaidPanel::text() const
{
    return m_browser->toPlainText();
}

void YouSaidPanel::refresh()
{
    QHash<qint64, QList<qint64>> actions;
    for (const FeedbackAction &l : m_workspace->items<FeedbackAction>())
        actions[l.feedbackId].append(l.actionId);
    const int voice = m_voice->currentData().toInt();
    std::vector<const Feedback *> shown;
    int heard = 0;
    for (const Feedback &f : m_workspace->items<Feedback>()) {
        if ((voice >= 0 && int(f.voice) != voice) || (m_first.isValid() && f.date < m_first) ||
            (m_last.isValid() && f.date > m_last))
            continue;
        ++heard;
        if (actions.contains(f.id))
            shown.push_back(&f);
    }
    // The newest first: what a board is asked about is what it did lately.
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Feedback *a, const Feedback *b) { return a->date > b->date; });
    m_count->setText(tr("%1 of %2 entries led to action").arg(shown.size()).arg(heard));
    const ValueFormat format;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">"
                                  "<tr><th align=\"left\" width=\"50%\">%1</th><th align=\"left\">%2</th></tr>")
                       .arg(tr("You said").toHtmlEscaped(), tr("We did").toHtmlEscaped());
    for (const Feedback *f : shown) {
        QStringList did;
        if (!f->whatChanged.isEmpty())
            did << f->whatChanged.toHtmlEscaped();
        for (qint64 id : actions.value(f->id))
            if (const Action *a = m_workspace->items<Action>().find(id))
                did << QStringLiteral("<a href=\"%1\">%2</a> %3 (%4)")
                           .arg(PageLink::action(id).toString(QUrl::FullyEncoded), a->ref.toHtmlEscaped(),
                                a->title.toHtmlEscaped(), actionStatusLabel(a->status).toHtmlEscaped());
        html += QStringLiteral("<tr><td valign=\"top\"><i>%1</i><br>%2</td><td valign=\"top\">%3</td></tr>")
                    .arg(tr("%1, %2, %3")
                             .arg(format.date(f->date), feedbackVoiceLabel(f->voice), feedbackMethodLabel(f->method))
                             .toHtmlEscaped(),
                         f->summary.toHtmlEscaped(), did.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    if (shown.empty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("No entry here has an action linked yet. Link the actions taken because of what was said "
                           "in an entry's editor, on the Log tab.")
                            .toHtmlEscaped());
    m_browser->setHtml(html);
}

} // namespace assure
