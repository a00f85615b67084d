// An audit's summary, with its charts, beside the audit it repeats.
#include "gui/audits/summarypanel.h"

#include "charts/auditcharts.h"
#include "core/valueformat.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/audits/caseedits.h"
#include "workspace/workspace.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace assure {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setWordWrap(true);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return t;
}

// Fits a table's height to its rows: the panel scrolls, not each table in it.
void fitHeight(QTableWidget *t)
{
    t->resizeRowsToContents();
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(h);
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString signedFigure(double v, int decimals, const QString &unit)
{
    const QString figure = ValueFormat().rounded(std::abs(v), decimals);
    if (figure == ValueFormat().rounded(0, decimals))
        return SummaryPanel::tr("no change");
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + figure + unit;
}

QString resultText(const QuestionResult &r, const QList<Grade> &scale)
{
    const ValueFormat f;
    if (r.answered == 0)
        return SummaryPanel::tr("No answers");
    switch (r.kind) {
    case AnswerKind::YesNo: {
        const int counted = r.yesNo[0] + r.yesNo[1] + r.yesNo[2];
        const auto share = [&](int n) { return f.percent(counted ? 100.0 * n / counted : 0, 0); };
        QString text = counted ? SummaryPanel::tr("Yes %1, partial %2, no %3")
                                     .arg(share(r.yesNo[0]), share(r.yesNo[1]), share(r.yesNo[2]))
                               : QString();
        if (r.yesNo[3] > 0)
            text += (text.isEmpty() ? QString() : QStringLiteral("; ")) +
                    SummaryPanel::tr("not applicable in %1").arg(f.count(r.yesNo[3]));
        return text;
    }
    case AnswerKind::Grade: {
        QStringList counts;
        for (int i = 0; i < scale.size() && i < r.grades.size(); ++i)
            counts << SummaryPanel::tr("%1 %2").arg(scale.at(i).label, f.count(r.grades.at(i)));
        return SummaryPanel::tr("%1 good or better (%2)")
            .arg(f.percent(100 * r.goodShare().value_or(0), 0), counts.join(QStringLiteral(", ")));
    }
    case AnswerKind::Number: return SummaryPanel::tr("Mean %1").arg(f.rounded(r.mean.value_or(0), 1));
    case AnswerKind::Text: return SummaryPanel::tr("Written in %n cases", nullptr, r.answered);
    }
    return {};
}

QString changeText(const QuestionResult &now, const QuestionResult &then)
{
    switch (now.kind) {
    case AnswerKind::YesNo:
        if (now.yesShare() && then.yesShare())
            return signedFigure(100 * (*now.yesShare() - *then.yesShare()), 0, SummaryPanel::tr(" points yes"));
        break;
    case AnswerKind::Grade:
        if (now.goodShare() && then.goodShare())
            return signedFigure(100 * (*now.goodShare() - *then.goodShare()), 0, SummaryPanel::tr(" points"));
        break;
    case AnswerKind::Number:
        if (now.mean && then.mean)
            return signedFigure(*now.mean - *then.mean, 1, QString());
        break;
    case AnswerKind::Text: break;
    }
    return {};
}

QString gathered(const QList<GatheredText> &list)
{
    if (list.isEmpty())
        return SummaryPanel::tr("None recorded.");
    QStringList lines;
    for (const GatheredText &g : list)
        lines << SummaryPanel::tr("• %1 (%n cases)", nullptr, g.cases).arg(g.text.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

SummaryPanel::SummaryPanel(Workspace *workspace, QWidget *parent)
    : QScrollArea(parent), m_ws(workspace), m_heading(new QLabel), m_gradeChart(new QChartView),
      m_grades(table({tr("Grade"), tr("This audit"), tr("Earlier audit"), tr("Change")}, nullptr)),
      m_agreement(new QLabel),
      m_questions(table({tr("Question"), tr("Answered"), tr("Result"), tr("Earlier audit"), tr("Change")}, nullptr)),
      m_answersChart(new QChartView), m_strengths(new QLabel), m_areas(new QLabel)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *layout = new QGridLayout(page);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    int row = 0;
    layout->addWidget(m_heading, row++, 0, 1, 2);
    m_gradeChart->setRenderHint(QPainter::Antialiasing);
    m_gradeChart->setMinimumSize(420, 260);
    layout->addWidget(m_gradeChart, row, 0);
    auto *side = new QVBoxLayout;
    side->addWidget(m_grades);
    side->addWidget(heading(tr("Moderation"), page));
    m_agreement->setWordWrap(true);
    side->addWidget(m_agreement);
    side->addStretch(1);
    layout->addLayout(side, row++, 1);
    layout->addWidget(heading(tr("Question by question"), page), row++, 0, 1, 2);
    layout->addWidget(m_questions, row++, 0, 1, 2);
    m_answersChart->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_answersChart, row++, 0, 1, 2);
    layout->addWidget(heading(tr("Strengths the cases name"), page), row, 0);
    layout->addWidget(heading(tr("Areas for improvement the cases name"), page), row++, 1);
    for (QLabel *l : {m_strengths, m_areas}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    layout->addWidget(m_strengths, row, 0);
    layout->addWidget(m_areas, row++, 1);
    layout->setRowStretch(row, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    setWidget(page);
    m_ws->notifier()->subscribe({kindOf<AuditCase>(), kindOf<Audit>()}, this, [this] { refresh(); });
}

void SummaryPanel::setAudit(qint64 auditId)
{
    m_auditId = auditId;
    refresh();
}

void SummaryPanel::refresh()
{
    const Audit *audit = m_ws->items<Audit>().find(m_auditId);
    if (!audit) {
        m_summary = AuditSummary();
        m_heading->setText(tr("Choose an audit."));
        return;
    }
    const CaseEdits cases(*m_ws);
    const Audit *earlier = audit->repeatsAuditId ? m_ws->items<Audit>().find(audit->repeatsAuditId) : nullptr;
    m_summary = summariseAudit(*audit, cases.casesOf(audit->id), earlier,
                               earlier ? cases.casesOf(earlier->id) : std::vector<const AuditCase *>());
    const ValueFormat f;
    QString text = tr("%1 %2: %n cases", nullptr, m_summary.cases).arg(audit->ref, audit->title) +
                   tr(", %1 graded").arg(f.count(m_summary.graded));
    if (earlier)
        text += tr("; repeats %1 %2 (%n cases)", nullptr, *m_summary.previousCases).arg(earlier->ref, earlier->title);
    m_heading->setText(text);
    fillGrades(*audit, earlier);
    fillQuestions();
    fillCharts(*audit, earlier);
    m_strengths->setText(gathered(m_summary.strengths));
    m_areas->setText(gathered(m_summary.areas));
    const Agreement &a = m_summary.agreement;
    if (a.cases == 0)
        m_agreement->setText(tr("No case has a second auditor's grade."));
    else
        m_agreement->setText(tr("%1 of %2 moderated cases graded alike; Cohen's kappa %3.")
                                 .arg(f.percent(100 * a.percent.value_or(0), 0), f.count(a.cases),
                                      a.kappa ? f.fixed(*a.kappa, 2) : tr("not defined (one grade throughout)")));
}

void SummaryPanel::fillGrades(const Audit &, const Audit *earlier)
{
    const ValueFormat f;
    m_grades->setColumnHidden(2, !earlier);
    m_grades->setColumnHidden(3, !earlier);
    m_grades->setRowCount(int(m_summary.scale.size()));
    for (int i = 0; i < m_summary.scale.size(); ++i) {
        const int now = m_summary.gradeCounts.value(i);
        const int then = m_summary.previousGradeCounts.value(i);
        setRow(m_grades, i,
               {m_summary.scale.at(i).label, f.count(now), earlier ? f.count(then) : QString(),
                earlier ? signedFigure(now - then, 0, QString()) : QString()});
    }
    m_grades->resizeColumnsToContents();
    m_grades->horizontalHeader()->setStretchLastSection(true);
    fitHeight(m_grades);
}

void SummaryPanel::fillQuestions()
{
    const bool earlier = m_summary.previousCases.has_value();
    const ValueFormat f;
    m_questions->setColumnHidden(3, !earlier);
    m_questions->setColumnHidden(4, !earlier);
    m_questions->setRowCount(int(m_summary.questions.size()));
    for (int i = 0; i < m_summary.questions.size(); ++i) {
        const QuestionResult &r = m_summary.questions.at(i);
        const QuestionResult then = earlier ? m_summary.previousQuestions.value(i) : QuestionResult();
        setRow(m_questions, i,
               {tr("%1  %2").arg(r.number, r.text), f.count(r.answered), resultText(r, m_summary.scale),
                earlier ? resultText(then, m_summary.scale) : QString(), earlier ? changeText(r, then) : QString()});
    }
    QHeaderView *h = m_questions->horizontalHeader();
    h->setSectionResizeMode(0, QHeaderView::Stretch);
    h->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(2, QHeaderView::Stretch);
    h->setSectionResizeMode(3, QHeaderView::Stretch);
    h->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    fitHeight(m_questions);
}

void SummaryPanel::fillCharts(const Audit &audit, const Audit *earlier)
{
    const ValueFormat f;
    QStringList grades, said;
    for (int i = 0; i < m_summary.scale.size(); ++i) {
        // A long grade goes on two lines under its bars rather than be cut short.
        QString label = m_summary.scale.at(i).label.toHtmlEscaped();
        if (const qsizetype space = label.indexOf(QLatin1Char(' '), label.size() / 3); label.size() > 12 && space > 0)
            label.replace(space, 1, QStringLiteral("<br>"));
        grades << label;
        QString one = tr("%1 %2").arg(m_summary.scale.at(i).label, f.count(m_summary.gradeCounts.value(i)));
        if (earlier)
            one += tr(" (%1 in %2)").arg(f.count(m_summary.previousGradeCounts.value(i)), earlier->ref);
        said << one;
    }
    ChartStyle style;
    style.size = QSize(480, 280);
    style.titlePixelSize = 13;
    style.labelPixelSize = 11;
    const QString gradeTitle = tr("Cases by final grade");
    QChart *old = m_gradeChart->chart();
    m_gradeChart->setChart(buildGradeChart(gradeTitle, grades, m_summary.gradeCounts, audit.ref,
                                           earlier ? m_summary.previousGradeCounts : QList<int>(),
                                           earlier ? earlier->ref : QString(), style)
                               .release());
    delete old;
    m_gradeChart->setAccessibleName(gradeTitle);
    m_gradeChart->setAccessibleDescription(said.join(QStringLiteral("; ")));
    m_gradeChart->setToolTip(said.join(QLatin1Char('\n')));

    QList<YesNoBar> bars;
    QStringList answersSaid;
    for (const QuestionResult &r : m_summary.questions)
        if (r.kind == AnswerKind::YesNo) {
            bars.append({r.number, r.yesNo});
            answersSaid << tr("%1: %2").arg(r.number, resultText(r, m_summary.scale));
        }
    m_answersChart->setVisible(!bars.isEmpty());
    const QString answersTitle = tr("Cases answered yes, partial, no and not applicable, question by question");
    style.size = QSize(900, 90 + 26 * int(bars.size()));
    old = m_answersChart->chart();
    m_answersChart->setChart(buildYesNoChart(answersTitle, bars, style).release());
    delete old;
    m_answersChart->setFixedHeight(style.size.height());
    m_answersChart->setAccessibleName(answersTitle);
    m_answersChart->setAccessibleDescription(answersSaid.join(QStringLiteral("; ")));
    m_answersChart->setToolTip(answersSaid.join(QLatin1Char('\n')));
}

QString SummaryPanel::headingText() const
{
    return m_heading->text();
}

QString SummaryPanel::strengthsText() const
{
    return m_strengths->text();
}

QString SummaryPanel::areasText() const
{
    return m_areas->text();
}

QString SummaryPanel::agreementText() const
{
    return m_agreement->text();
}

QString SummaryPanel::gradeChartText() const
{
    return m_gradeChart->accessibleDescription();
}

QString SummaryPanel::answersChartText() const
{
    return m_answersChart->accessibleDescription();
}

} // namespace assure
