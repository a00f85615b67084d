// The Complaints page's Figures tab.
#include "gui/voices/complaintfiguresview.h"

#include "core/valueformat.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/complaintyear.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace assure {

namespace {

QString cell(const QString &text, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    return QStringLiteral("<%1 style=\"padding: 2px 8px;\"%2>%3</%1>")
        .arg(tag, header ? QString() : QStringLiteral(" align=\"right\""), text.toHtmlEscaped());
}

QString row(const QString &caption, const QStringList &values, bool indented = false)
{
    QString out = QStringLiteral("<tr><td style=\"padding: 2px 8px 2px %1px;\">%2</td>")
                      .arg(indented ? 24 : 8)
                      .arg(caption.toHtmlEscaped());
    for (const QString &v : values)
        out += cell(v);
    return out + QStringLiteral("</tr>");
}

} // namespace

QString complaintFiguresHtml(const ComplaintYear &y)
{
    const ValueFormat format;
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(ComplaintFiguresView::tr("%1, received to %2. An answer is in time within %n working "
                                                     "days of receipt.",
                                                     nullptr, y.targetDays)
                                .arg(y.year.label(), format.date(y.to))
                                .toHtmlEscaped());
    QList<const ComplaintFigures *> columns;
    QString head = QStringLiteral("<tr><th></th>");
    for (size_t q = 0; q < 4; ++q) {
        columns << &y.byQuarter[q];
        head += cell(ComplaintFiguresView::tr("Q%1").arg(q + 1), true);
    }
    columns << &y.total;
    head += cell(ComplaintFiguresView::tr("Year"), true) + QStringLiteral("</tr>");
    const auto values = [&](const std::function<QString(const ComplaintFigures &)> &get) {
        QStringList out;
        for (const ComplaintFigures *f : columns)
            out << get(*f);
        return out;
    };
    const auto count = [&](const std::function<int(const ComplaintFigures &)> &get) {
        return values([&](const ComplaintFigures &f) { return format.count(get(f)); });
    };
    QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\">") + head;
    table += row(ComplaintFiguresView::tr("Received"), count([](const ComplaintFigures &f) { return f.received; }));
    for (ComplaintKind k : allComplaintKinds())
        table += row(complaintKindLabel(k), count([k](const ComplaintFigures &f) { return f.byKind.value(k); }), true);
    for (ComplaintOutcome o : allComplaintOutcomes())
        table +=
            row(complaintOutcomeLabel(o), count([o](const ComplaintFigures &f) { return f.byOutcome.value(o); }), true);
    table += row(ComplaintFiguresView::tr("Responded"), count([](const ComplaintFigures &f) { return f.responded; }));
    table += row(ComplaintFiguresView::tr("In time"), count([](const ComplaintFigures &f) { return f.inTime; }));
    table += row(ComplaintFiguresView::tr("Late"), count([](const ComplaintFigures &f) { return f.late; }));
    table += row(ComplaintFiguresView::tr("Overdue, not answered"),
                 count([](const ComplaintFigures &f) { return f.overdue; }));
    table += row(ComplaintFiguresView::tr("Answered in time"), values([&](const ComplaintFigures &f) {
                     const auto fraction = f.inTimeFraction();
                     return fraction ? format.fractionAsPercent(*fraction) : ComplaintFiguresView::tr("–");
                 }));
    html += table + QStringLiteral("</table>");

    const auto ranking = [&](const QString &caption, const QList<QPair<QString, int>> &rows) {
        QString out = QStringLiteral("<h3>%1</h3>").arg(caption.toHtmlEscaped());
        if (rows.isEmpty())
            return out + QStringLiteral("<p>%1</p>").arg(ComplaintFiguresView::tr("None received.").toHtmlEscaped());
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\">");
        for (const auto &[name, n] : rows)
            out += row(name.isEmpty() ? ComplaintFiguresView::tr("No theme") : name, {format.count(n)});
        return out + QStringLiteral("</table>");
    };
    html += ranking(ComplaintFiguresView::tr("By agency"), y.agencies(y.total));
    html += ranking(ComplaintFiguresView::tr("By theme"), ComplaintYear::themes(y.total));

    html += QStringLiteral("<h3>%1</h3>").arg(ComplaintFiguresView::tr("Learning and the actions that followed"));
    if (y.learning.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(ComplaintFiguresView::tr("No learning recorded this year.").toHtmlEscaped());
    for (const ComplaintLearning &l : y.learning) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(l.reference.toHtmlEscaped(),
                         ComplaintFiguresView::tr("%1, %2, %3%4")
                             .arg(complaintKindLabel(l.kind), l.agency, format.date(l.received),
                                  l.theme.isEmpty() ? QString() : ComplaintFiguresView::tr(": %1").arg(l.theme))
                             .toHtmlEscaped());
        if (!l.learning.isEmpty())
            html += QStringLiteral("<p style=\"margin-left: 16px;\">%1</p>").arg(l.learning.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-left: 16px;\"><i>%1</i> %2</p>")
                    .arg(ComplaintFiguresView::tr("Actions:").toHtmlEscaped(),
                         (l.actions.isEmpty() ? ComplaintFiguresView::tr("none linked")
                                              : l.actions.join(ComplaintFiguresView::tr("; ")))
                             .toHtmlEscaped());
    }
    return html;
}

ComplaintFiguresView::ComplaintFiguresView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_asOf(QDate::currentDate()), m_yearCombo(new QComboBox(this)),
      m_browser(new QTextBrowser(this))
{
    m_yearCombo->setObjectName(QStringLiteral("complaintYearCombo"));
    m_browser->setObjectName(QStringLiteral("complaintFigures"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_yearCombo);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_browser, 1);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &ComplaintFiguresView::showYear);
    refresh();
}

void ComplaintFiguresView::setAsOf(const QDate &day)
{
    m_asOf = day;
    refresh();
}

void ComplaintFiguresView::refresh()
{
    const int fyStart = m_workspace->board().fyStartMonth;
    const auto yearOf = [fyStart](const QDate &d) {
        return Period::containing(d, Period::Kind::Year, fyStart).financialYear();
    };
    QSet<int> years{yearOf(m_asOf)};
    for (const Complaint &c : m_workspace->items<Complaint>())
        if (c.received.isValid() && c.received <= m_asOf)
            years.insert(yearOf(c.received));
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    const QVariant chosen = m_yearCombo->currentData();
    {
        const QSignalBlocker blocker(m_yearCombo);
        m_yearCombo->clear();
        for (int y : sorted)
            m_yearCombo->addItem(Period::yearLabel(y, fyStart), y);
        m_yearCombo->setCurrentIndex(
            qMax(0, m_yearCombo->findData(chosen.isValid() ? chosen : QVariant(sorted.first()))));
    }
    showYear();
}

void ComplaintFiguresView::showYear()
{
    const int startYear = m_yearCombo->currentData().toInt();
    if (startYear == 0)
        return;
    m_browser->setHtml(complaintFiguresHtml(complaintYear(*m_workspace, startYear, m_asOf)));
}

} // namespace assure
