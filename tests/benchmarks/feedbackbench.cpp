// Issue 19's feedback targets on the large demo: the log filtered, a year gathered.
#include "feedbackbench.h"

#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/voices/feedbackpage.h"
#include "reports/feedbackdata.h"
#include "timing.h"
#include "workspace/settings.h"
#include "workspace/voices/feedbackkinds.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace assure {

namespace {

constexpr double kFilterUnderMs = 50.0;
constexpr double kYearUnderMs = 200.0;

} // namespace

bool timeFeedback(const QString &path, const QString &workDir, int runs, FeedbackSamples *s, QString *error)
{
    Settings settings(workDir + QStringLiteral("/feedback.ini"));
    auto window = std::make_unique<MainWindow>(&settings);
    if (!window->openFile(path)) {
        *error = QStringLiteral("the main window did not open %1").arg(path);
        return false;
    }
    window->show();
    window->showPage(QStringLiteral("feedback"));
    QApplication::processEvents();
    auto *page = qobject_cast<FeedbackPage *>(window->page(QStringLiteral("feedback")));
    const Workspace &ws = *window->workspace();
    s->entries = int(ws.items<Feedback>().size());
    if (!page || s->entries < 20000) {
        *error = QStringLiteral("the board has no Feedback page or too few entries (%1)").arg(s->entries);
        return false;
    }
    QTableView *view = page->table()->view();
    QLineEdit *search = page->table()->searchEdit();
    QComboBox *voices = page->voiceFilter();
    const int parents = voices->findText(feedbackVoiceLabel(FeedbackVoice::ParentOrCarer));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        search->setText(QStringLiteral("timeliness"));
        view->viewport()->repaint();
        s->search.push_back(msSince(t));
        s->matched = view->model()->rowCount();
        search->clear();
        QApplication::processEvents();

        t.start();
        voices->setCurrentIndex(parents);
        Q_EMIT voices->activated(parents);
        view->viewport()->repaint();
        s->voice.push_back(msSince(t));
        voices->setCurrentIndex(0);
        Q_EMIT voices->activated(0);
        QApplication::processEvents();
    }
    const Period year = *Period::parse(QStringLiteral("2025/26"), ws.board().fyStartMonth);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const FeedbackReportData data = gatherFeedback(ws, year);
        s->year.push_back(msSince(t));
        if (data.isEmpty()) {
            *error = QStringLiteral("the large demo has no feedback in 2025/26");
            return false;
        }
    }
    return true;
}

void addFeedbackFigures(const FeedbackSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met)
{
    JsonObject search = statsJson(s.search);
    search.addInt("entries", s.entries).addInt("rows_matched", s.matched);
    timings.addObject("feedback_search", search);
    timings.addObject("feedback_voice_filter", statsJson(s.voice));
    timings.addObject("feedback_year", statsJson(s.year));
    targets.addNumber("feedback_filter_under_ms", kFilterUnderMs, 0)
        .addNumber("feedback_year_under_ms", kYearUnderMs, 0);
    met.addBool("feedback_search", median(s.search) < kFilterUnderMs)
        .addBool("feedback_voice_filter", median(s.voice) < kFilterUnderMs)
        .addBool("feedback_year", median(s.year) < kYearUnderMs);
}

} // namespace assure
