// The Indicators page on the demo board: pick a period, open an indicator, edit a value, see RAG and chart change,
// undo.
#include "gui/entitytablepanel.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/mainwindow.h"
#include "gui/periodchooser.h"
#include "models/indicators/indicatortablemodel.h"
#include "models/indicators/measurementgridmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXYSeries>

using namespace assure;

namespace {

void shoot(QWidget *w, const QString &name)
{
    QVERIFY(test::saveShot(w, name));
}

// The heights of a chart's line (all the series of that name: a line is broken into pieces at gaps).
QList<qreal> lineValues(QChart *chart, const QString &name)
{
    QList<qreal> values;
    for (QAbstractSeries *s : chart->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && s->objectName() == name)
            for (const QPointF &point : xy->points())
                values << point.y();
    return values;
}

// Moves to a grid cell, which opens its editor (the grid edits on any trigger), and types text over
// what it holds; null if no editor opened.
QLineEdit *typeInto(QTableView *view, const QModelIndex &cell, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(cell);
    if (!view->indexWidget(cell))
        view->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(cell));
    if (editor) {
        editor->selectAll();
        QTest::keyClicks(editor, text);
    }
    return editor;
}

// ... and presses Return, as someone filling in the grid does.
void enterInto(QTableView *view, const QModelIndex &cell, const QString &text)
{
    QLineEdit *editor = typeInto(view, cell, text);
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
}

// Every point of the chart's value line (series named "value", broken into pieces at gaps).
QList<qreal> chartValues(QChart *chart)
{
    QList<qreal> values;
    for (QAbstractSeries *s : chart->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && s->objectName().startsWith(QLatin1String("value")))
            for (const QPointF &point : xy->points())
                values << point.y();
    return values;
}

} // namespace

class TestIndicatorsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void pickPeriodOpenIndicatorEditValueUndo();
    void typeBenchmarkSeeChartUndo();
    void filtersByRag();
    void filtersByPriorityAndFollowsItsEdits();

private:
    IndicatorsPage *page() const
    {
        return qobject_cast<IndicatorsPage *>(m_demo.window->page(QStringLiteral("indicators")));
    }
    test::DemoWindow m_demo; // cleanup() closes its window; the next init() replaces the rest
};

void TestIndicatorsPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("indicators"));
    QVERIFY(page());
}

void TestIndicatorsPage::cleanup()
{
    m_demo.window.reset();
}

void TestIndicatorsPage::modelsPassTheTester()
{
    QAbstractItemModelTester table(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester grid(page()->grid()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page()->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2025/26 Q3")));
    Workspace *ws = m_demo.window->workspace();
    Indicator i;
    i.code = QStringLiteral("NEW-01");
    i.title = QStringLiteral("A new local indicator");
    QVERIFY(ws->add(i));
    page()->selectIndicator(ws->items<Indicator>().byCode(QStringLiteral("NEW-01"))->id);
    QVERIFY(ws->remove<Indicator>(ws->items<Indicator>().byCode(QStringLiteral("NEW-01"))->id));
    ws->undoStack()->undo();
    ws->undoStack()->undo();
}

void TestIndicatorsPage::pickPeriodOpenIndicatorEditValueUndo()
{
    IndicatorsPage *p = page();
    // CSC-01, re-referrals within 12 months: lower is better, target 22% in 2026/27.
    p->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2026/27 Q2")));
    Workspace *ws = m_demo.window->workspace();
    const Indicator *csc01 = ws->items<Indicator>().byCode(QStringLiteral("CSC-01"));
    QVERIFY(csc01);
    p->selectIndicator(csc01->id);
    QTableView *table = p->table()->view();
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.siblingAtColumn(IndicatorTableModel::Code).data().toString(), QStringLiteral("CSC-01"));
    const QModelIndex rag = current.siblingAtColumn(IndicatorTableModel::RagColumn);
    shoot(m_demo.window.get(), QStringLiteral("indicators-table"));

    // The grid shows CSC-01's months; Sep 2026 answers for 2026/27 Q2.
    auto *grid = qobject_cast<MeasurementGridModel *>(p->grid()->model());
    QCOMPARE(grid->indicatorId(), csc01->id);
    const int sepRow = grid->rowOf(*Period::parse(QStringLiteral("Sep 2026")));
    QVERIFY(sepRow >= 0);
    const QString before = grid->index(sepRow, MeasurementGridModel::Value).data().toString();

    // Type 30 into Sep 2026's value: 22/30 = 73%, red; the chart's last point moves with it.
    p->setChartKind(QStringLiteral("rag"));
    enterInto(p->grid(), p->grid()->model()->index(sepRow, MeasurementGridModel::Value), QStringLiteral("30"));
    QTRY_COMPARE(grid->index(sepRow, MeasurementGridModel::Value).data().toString(), QStringLiteral("30.0%"));
    QCOMPARE(rag.data(IndicatorTableModel::StatusTextRole).toString(), ragLabel(Rag::Red));
    QCOMPARE(grid->index(sepRow, MeasurementGridModel::RagColumn).data(MeasurementGridModel::StatusTextRole).toString(),
             ragLabel(Rag::Red));
    QCOMPARE(current.siblingAtColumn(IndicatorTableModel::Value).data().toString(), QStringLiteral("30.0%"));
    QVERIFY(chartValues(p->chart()).contains(30.0));
    shoot(m_demo.window.get(), QStringLiteral("indicators-rag-chart"));
    p->setChartKind(QStringLiteral("spc"));
    QVERIFY(!p->chart()->series().isEmpty());
    shoot(m_demo.window.get(), QStringLiteral("indicators-spc-chart"));

    // Undo puts the value, the chip and the chart back.
    QApplication::setActiveWindow(m_demo.window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_demo.window.get()));
    QTest::keyClick(m_demo.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(grid->index(sepRow, MeasurementGridModel::Value).data().toString(), before);
    QVERIFY(rag.data(IndicatorTableModel::StatusTextRole).toString() != ragLabel(Rag::Red));
    p->setChartKind(QStringLiteral("rag"));
    QVERIFY(!chartValues(p->chart()).isEmpty());
    QVERIFY(!chartValues(p->chart()).contains(30.0));
}

void TestIndicatorsPage::typeBenchmarkSeeChartUndo()
{
    IndicatorsPage *p = page();
    Workspace *ws = m_demo.window->workspace();
    p->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2026/27 Q2")));
    const Indicator *csc01 = ws->items<Indicator>().byCode(QStringLiteral("CSC-01"));
    QVERIFY(csc01);
    p->selectIndicator(csc01->id);
    p->setChartKind(QStringLiteral("rag"));
    auto *grid = qobject_cast<MeasurementGridModel *>(p->grid()->model());
    QCOMPARE(grid->indicatorId(), csc01->id);
    const Period sep = *Period::parse(QStringLiteral("Sep 2026"));
    const int sepRow = grid->rowOf(sep);
    QVERIFY(sepRow >= 0);

    // Three benchmark columns follow the others, and say what they hold.
    const auto header = [grid](int column, int role = Qt::DisplayRole) {
        return grid->headerData(column, Qt::Horizontal, role).toString();
    };
    QCOMPARE(header(MeasurementGridModel::National), QStringLiteral("National"));
    QCOMPARE(header(MeasurementGridModel::Regional), QStringLiteral("Regional"));
    QCOMPARE(header(MeasurementGridModel::Neighbours), QStringLiteral("Stat. neighbours"));
    QCOMPARE(header(MeasurementGridModel::Neighbours, Qt::ToolTipRole),
             QStringLiteral("Statistical neighbours' average"));
    // No header is cut short (the grid scrolls sideways instead), and the period names each row
    // from the side, where it stays in sight however far the grid scrolls.
    QHeaderView *columns = p->grid()->horizontalHeader();
    for (int c = 0; c < MeasurementGridModel::ColumnCount; ++c)
        if (!columns->isSectionHidden(c))
            QVERIFY2(columns->sectionSize(c) >= columns->sectionSizeHint(c), qPrintable(header(c)));
    QVERIFY(p->grid()->verticalHeader()->isVisible());
    QCOMPARE(grid->headerData(sepRow, Qt::Vertical).toString(), QStringLiteral("Sep 2026"));
    QVERIFY(!ws->items<Benchmark>().find(csc01->id, sep.key()));
    // The demo's national figures are yearly: each is drawn across its year's months.
    const Benchmark *lastYear = ws->items<Benchmark>().find(csc01->id, Period::year(2025).key());
    QVERIFY(lastYear && lastYear->national);
    const auto nationalLine = [p] { return lineValues(p->chart(), QStringLiteral("benchmark-national")); };
    QCOMPARE(nationalLine().count(*lastYear->national), 12);
    QVERIFY(!nationalLine().contains(21.5));

    // Type the national figure as a spreadsheet holds it: stored, shown in the indicator's unit, drawn.
    const QModelIndex national = grid->index(sepRow, MeasurementGridModel::National);
    enterInto(p->grid(), national, QStringLiteral("21.5%"));
    QTRY_COMPARE(national.data().toString(), QStringLiteral("21.5%"));
    QVERIFY(ws->items<Benchmark>().find(csc01->id, sep.key()));
    QCOMPARE(ws->items<Benchmark>().find(csc01->id, sep.key())->national, std::optional<double>(21.5));
    QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Set national benchmark for CSC-01 Sep 2026"));
    QVERIFY(nationalLine().contains(21.5));

    // Something that is not a number is refused with the value column's message, and nothing changes.
    const QModelIndex regional = grid->index(sepRow, MeasurementGridModel::Regional);
    QLineEdit *editor = typeInto(p->grid(), regional, QStringLiteral("n/a"));
    QVERIFY(editor);
    QStringList warnings;
    QTimer reader; // reads and closes each message whenever it comes up
    connect(&reader, &QTimer::timeout, [&warnings] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warnings << box->text();
            box->accept();
        }
    });
    reader.start(10);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!warnings.isEmpty());
    QTRY_VERIFY(!p->grid()->indexWidget(regional));
    reader.stop();
    QCOMPARE(warnings, QStringList{QStringLiteral("“n/a” is not a number.")}); // once, not again as the editor closes
    QVERIFY(!ws->items<Benchmark>().find(csc01->id, sep.key())->regional);

    // The months before, for a line to look at; the grid scrolls to the benchmark columns.
    for (int m = 4; m <= 8; ++m)
        QVERIFY(IndicatorEdits(*ws).setBenchmark(
            {csc01->id, Period::month(2026, m).key(), 21.0 + 0.1 * m, 19.0 + 0.2 * m, std::nullopt}));
    QVERIFY(lineValues(p->chart(), QStringLiteral("benchmark-regional")).contains(19.8));
    shoot(m_demo.window.get(), QStringLiteral("indicators-benchmark-chart"));
    p->grid()->scrollTo(grid->index(sepRow, MeasurementGridModel::Neighbours));
    shoot(m_demo.window.get(), QStringLiteral("indicators-benchmark-grid"));
    for (int m = 4; m <= 8; ++m)
        ws->undoStack()->undo();

    // Undo takes the national figure away again: the file, the grid and the chart.
    QApplication::setActiveWindow(m_demo.window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_demo.window.get()));
    QTest::keyClick(m_demo.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(national.data().toString(), QString());
    QVERIFY(!ws->items<Benchmark>().find(csc01->id, sep.key()));
    QVERIFY(!nationalLine().contains(21.5));
}

void TestIndicatorsPage::filtersByRag()
{
    IndicatorsPage *p = page();
    p->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2026/27 Q2")));
    QAbstractItemModel *shown = p->table()->view()->model();
    const int all = shown->rowCount();
    QCOMPARE(all, m_demo.window->workspace()->items<Indicator>().size());
    auto *ragFilter = p->findChild<QComboBox *>(QStringLiteral("ragFilter"));
    QVERIFY(ragFilter);
    ragFilter->setCurrentIndex(ragFilter->findData(int(Rag::Red)));
    Q_EMIT ragFilter->activated(ragFilter->currentIndex());
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, IndicatorTableModel::RagColumn).data(IndicatorTableModel::StatusTextRole).toString(),
                 ragLabel(Rag::Red));
}

void TestIndicatorsPage::filtersByPriorityAndFollowsItsEdits()
{
    IndicatorsPage *p = page();
    Workspace *ws = m_demo.window->workspace();
    QAbstractItemModel *shown = p->table()->view()->model();
    const int all = shown->rowCount();
    auto *priorityFilter = p->findChild<QComboBox *>(QStringLiteral("priorityFilter"));
    QVERIFY(priorityFilter);
    // "Any priority", "No priority", then the demo's five.
    QCOMPARE(priorityFilter->count(), 7);
    const int adults = priorityFilter->findText(QStringLiteral("Adults at risk of abuse and neglect"));
    QVERIFY(adults > 0);
    priorityFilter->setCurrentIndex(adults);
    Q_EMIT priorityFilter->activated(adults);
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QString code = shown->index(r, IndicatorTableModel::Code).data().toString();
        QVERIFY2(code.startsWith(QStringLiteral("ASC-")) || code.startsWith(QStringLiteral("DOLS-")), qPrintable(code));
    }
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("indicators-priority-filter")));
    // An indicator moved under the priority joins the filtered table; a renamed priority keeps its place.
    const int before = shown->rowCount();
    Indicator moved = *ws->items<Indicator>().byCode(QStringLiteral("CSC-01"));
    moved.priorityId = priorityFilter->currentData().toLongLong();
    QVERIFY(ws->update(moved));
    Q_EMIT priorityFilter->activated(priorityFilter->currentIndex());
    QCOMPARE(shown->rowCount(), before + 1);
    Priority renamed = *ws->items<Priority>().find(moved.priorityId);
    renamed.title = QStringLiteral("Adults at risk");
    QVERIFY(ws->update(renamed));
    QCOMPARE(priorityFilter->currentText(), QStringLiteral("Adults at risk"));
    QCOMPARE(shown->rowCount(), before + 1);
}

QTEST_MAIN(TestIndicatorsPage)
#include "tst_indicatorspage.moc"
