// The Indicators page on the demo board: pick a period, open an indicator, edit a value, see RAG and chart change, undo.
#include "gui/entitytablepanel.h"
#include "gui/indicatorspage.h"
#include "gui/mainwindow.h"
#include "gui/periodchooser.h"
#include "models/indicatortablemodel.h"
#include "models/measurementgridmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/screenshots.h"
#include "workspace/demoboard.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace assure;

namespace {

void shoot(QWidget *w, const QString &name)
{
    QVERIFY(test::saveShot(w, name));
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
    void filtersByRag();
    void filtersByPriorityAndFollowsItsEdits();

private:
    IndicatorsPage *page() const { return qobject_cast<IndicatorsPage *>(m_window->page(QStringLiteral("indicators"))); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestIndicatorsPage::init()
{
    test::DemoWindow demo;
    test::openDemoWindow(&demo);
    if (QTest::currentTestFailed())
        return;
    m_dir = std::move(demo.dir);
    m_settings = std::move(demo.settings);
    m_window = std::move(demo.window);
    m_window->showPage(QStringLiteral("indicators"));
    QVERIFY(page());
}

void TestIndicatorsPage::cleanup()
{
    m_window.reset();
}

void TestIndicatorsPage::modelsPassTheTester()
{
    QAbstractItemModelTester table(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester grid(page()->grid()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page()->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2025/26 Q3")));
    Workspace *ws = m_window->workspace();
    Indicator i;
    i.code = QStringLiteral("NEW-01");
    i.title = QStringLiteral("A new local indicator");
    QVERIFY(ws->add(i));
    page()->selectIndicator(ws->indicatorByCode(QStringLiteral("NEW-01"))->id);
    QVERIFY(ws->removeIndicator(ws->indicatorByCode(QStringLiteral("NEW-01"))->id));
    ws->undoStack()->undo();
    ws->undoStack()->undo();
}

void TestIndicatorsPage::pickPeriodOpenIndicatorEditValueUndo()
{
    IndicatorsPage *p = page();
    // CSC-01, re-referrals within 12 months: lower is better, target 22% in 2026/27.
    p->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2026/27 Q2")));
    Workspace *ws = m_window->workspace();
    const Indicator *csc01 = ws->indicatorByCode(QStringLiteral("CSC-01"));
    QVERIFY(csc01);
    p->selectIndicator(csc01->id);
    QTableView *table = p->table()->view();
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.siblingAtColumn(IndicatorTableModel::Code).data().toString(), QStringLiteral("CSC-01"));
    const QModelIndex rag = current.siblingAtColumn(IndicatorTableModel::RagColumn);
    shoot(m_window.get(), QStringLiteral("indicators-table"));

    // The grid shows CSC-01's months; Sep 2026 answers for 2026/27 Q2.
    auto *grid = qobject_cast<MeasurementGridModel *>(p->grid()->model());
    QCOMPARE(grid->indicatorId(), csc01->id);
    const int sepRow = grid->rowOf(*Period::parse(QStringLiteral("Sep 2026")));
    QVERIFY(sepRow >= 0);
    const QString before = grid->index(sepRow, MeasurementGridModel::Value).data().toString();

    // Type 30 into Sep 2026's value: 22/30 = 73%, red; the chart's last point moves with it.
    p->setChartKind(QStringLiteral("rag"));
    const QModelIndex valueCell = p->grid()->model()->index(sepRow, MeasurementGridModel::Value);
    p->grid()->setFocus();
    p->grid()->setCurrentIndex(valueCell);
    p->grid()->edit(valueCell);
    QTRY_VERIFY(p->grid()->findChild<QLineEdit *>());
    QLineEdit *editor = p->grid()->findChild<QLineEdit *>();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("30"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(grid->index(sepRow, MeasurementGridModel::Value).data().toString(), QStringLiteral("30.0%"));
    QCOMPARE(rag.data(IndicatorTableModel::StatusTextRole).toString(), ragLabel(Rag::Red));
    QCOMPARE(grid->index(sepRow, MeasurementGridModel::RagColumn).data(MeasurementGridModel::StatusTextRole).toString(),
             ragLabel(Rag::Red));
    QCOMPARE(current.siblingAtColumn(IndicatorTableModel::Value).data().toString(), QStringLiteral("30.0%"));
    QVERIFY(chartValues(p->chart()).contains(30.0));
    shoot(m_window.get(), QStringLiteral("indicators-rag-chart"));
    p->setChartKind(QStringLiteral("spc"));
    QVERIFY(!p->chart()->series().isEmpty());
    shoot(m_window.get(), QStringLiteral("indicators-spc-chart"));

    // Undo puts the value, the chip and the chart back.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(grid->index(sepRow, MeasurementGridModel::Value).data().toString(), before);
    QVERIFY(rag.data(IndicatorTableModel::StatusTextRole).toString() != ragLabel(Rag::Red));
    p->setChartKind(QStringLiteral("rag"));
    QVERIFY(!chartValues(p->chart()).isEmpty());
    QVERIFY(!chartValues(p->chart()).contains(30.0));
}

void TestIndicatorsPage::filtersByRag()
{
    IndicatorsPage *p = page();
    p->periodChooser()->setPeriod(*Period::parse(QStringLiteral("2026/27 Q2")));
    QAbstractItemModel *shown = p->table()->view()->model();
    const int all = shown->rowCount();
    QCOMPARE(all, m_window->workspace()->indicators().size());
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
    Workspace *ws = m_window->workspace();
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
    QVERIFY(test::saveShot(m_window.get(), QStringLiteral("indicators-priority-filter")));
    // An indicator moved under the priority joins the filtered table; a renamed priority keeps its place.
    const int before = shown->rowCount();
    Indicator moved = *ws->indicatorByCode(QStringLiteral("CSC-01"));
    moved.priorityId = priorityFilter->currentData().toLongLong();
    QVERIFY(ws->update(moved));
    Q_EMIT priorityFilter->activated(priorityFilter->currentIndex());
    QCOMPARE(shown->rowCount(), before + 1);
    Priority renamed = *ws->priorities().find(moved.priorityId);
    renamed.title = QStringLiteral("Adults at risk");
    QVERIFY(ws->update(renamed));
    QCOMPARE(priorityFilter->currentText(), QStringLiteral("Adults at risk"));
    QCOMPARE(shown->rowCount(), before + 1);
}

QTEST_MAIN(TestIndicatorsPage)
#include "tst_indicatorspage.moc"
