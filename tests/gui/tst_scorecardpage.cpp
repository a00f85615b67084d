// The Scorecard page on the demo board (issue 19, part 4): its counts per domain are those of the
// Indicators page's model for the same period; a click on an indicator (or Enter on it) opens it on
// the Indicators page; a summary typed in its dialog shows in the block and is undone in one step;
// a summary holding personal data is stopped by the anonymisation guard; a domain moved in the
// Domains dialog moves on the page; screenshots in colour and greyscale.
#include "gui/entitytablepanel.h"
#include "gui/indicators/indicatordialog.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/periodchooser.h"
#include "gui/privacy/privacycheck.h"
#include "gui/scorecard/domainblock.h"
#include "gui/scorecard/scorecarddialogs.h"
#include "gui/scorecard/scorecardpage.h"
#include "models/indicators/indicatortablemodel.h"
#include "models/scorecard/domainindicatorsmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "workspace/scorecard/scorecardedits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace assure;
using assure::test::clickCell;

class TestScorecardPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTester();
    void countsAreThoseOfTheIndicatorsPage();
    void aClickOpensTheIndicator();
    void enterOpensTheIndicatorToo();
    void summaryIsTypedAndUndone();
    void personalDataInASummaryIsStopped();
    void domainsDialogMovesADomain();
    void indicatorEditorAndTableShowTheDomain();
    void screenshots();

private:
    ScorecardPage *page() const
    {
        return qobject_cast<ScorecardPage *>(m_demo.window->page(QStringLiteral("scorecard")));
    }
    IndicatorsPage *indicatorsPage() const
    {
        return qobject_cast<IndicatorsPage *>(m_demo.window->page(QStringLiteral("indicators")));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    DomainBlock *blockNamed(const QString &name) const
    {
        for (DomainBlock *b : page()->blocks())
            if (b->isVisible() && b->domainName() == name)
                return b;
        return nullptr;
    }
    test::DemoWindow m_demo;
    const Period m_q2 = Period::quarter(2026, 2);
};

void TestScorecardPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("scorecard"));
    QVERIFY(page());
    page()->setPeriod(m_q2); // the demo's latest quarter
    QTRY_VERIFY(!page()->blocks().isEmpty());
}

void TestScorecardPage::cleanup()
{
    m_demo.window.reset();
}

void TestScorecardPage::modelPassesTester()
{
    DomainIndicatorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Scorecard card = buildScorecard(*workspace(), m_q2);
    model.setItems(card.domains.at(2).items);
    QCOMPARE(model.rowCount(), int(card.domains.at(2).items.size()));
    QVERIFY(model.rowCount() > 0);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestScorecardPage::countsAreThoseOfTheIndicatorsPage()
{
    // The Indicators page rates the same quarter; its model's RAG per row, counted by domain.
    indicatorsPage()->periodChooser()->setPeriod(m_q2);
    const IndicatorTableModel *model = indicatorsPage()->model();
    QCOMPARE(model->period(), m_q2);
    QHash<qint64, QMap<Rag, int>> expected;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row, 0).data(TableModelBase::IdRole).toLongLong();
        const Indicator *i = workspace()->items<Indicator>().find(id);
        expected[i->domainId][Rag(model->index(row, 0).data(IndicatorTableModel::RagRole).toInt())] += 1;
    }
    const QList<DomainBlock *> blocks = page()->blocks();
    QCOMPARE(int(page()->scorecard().domains.size()), 5); // every demo indicator has a domain
    int shownRows = 0;
    for (int b = 0; b < 5; ++b) {
        const DomainCard &card = page()->scorecard().domains.at(size_t(b));
        QStringList chips;
        for (Rag rag : allRags()) {
            QCOMPARE(card.ragCounts.value(rag), expected.value(card.domainId).value(rag));
            if (const int n = expected.value(card.domainId).value(rag))
                chips << QStringLiteral("%1 %2").arg(ragLabel(rag)).arg(n);
        }
        // What the user reads on the block: each rating as a word with its count.
        QCOMPARE(blocks.at(b)->chipTexts(), chips);
        QCOMPARE(blocks.at(b)->domainName(), card.name);
        shownRows += blocks.at(b)->indicatorsView()->model()->rowCount();
    }
    QCOMPARE(shownRows, model->rowCount());
}

void TestScorecardPage::aClickOpensTheIndicator()
{
    DomainBlock *block = blockNamed(QStringLiteral("Effectiveness of service delivery and outcomes"));
    QVERIFY(block);
    QTableView *view = block->indicatorsView();
    QVERIFY(view->model()->rowCount() > 2);
    const QModelIndex cell = view->model()->index(2, DomainIndicatorsModel::Title);
    const QString code = view->model()->index(2, DomainIndicatorsModel::Code).data().toString();
    page()->scrollArea()->ensureWidgetVisible(view);
    clickCell(view, cell);
    QTRY_VERIFY(indicatorsPage()->isVisible());
    const Indicator *shown = workspace()->items<Indicator>().find(indicatorsPage()->shownIndicatorId());
    QVERIFY(shown);
    QCOMPARE(shown->code, code);
    QCOMPARE(indicatorsPage()->periodChooser()->period(), m_q2);
}

void TestScorecardPage::enterOpensTheIndicatorToo()
{
    DomainBlock *block = blockNamed(QStringLiteral("Cost and efficiency"));
    QVERIFY(block);
    QTableView *view = block->indicatorsView();
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Down); // onto the first row
    QTest::keyClick(view, Qt::Key_Down);
    const QString code = view->currentIndex().siblingAtColumn(DomainIndicatorsModel::Code).data().toString();
    QVERIFY(!code.isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(indicatorsPage()->isVisible());
    QCOMPARE(workspace()->items<Indicator>().find(indicatorsPage()->shownIndicatorId())->code, code);
}

void TestScorecardPage::summaryIsTypedAndUndone()
{
    DomainBlock *block = blockNamed(QStringLiteral("Fair access"));
    QVERIFY(block);
    QCOMPARE(block->summaryLabel()->text(), QStringLiteral("<i>No summary written for this period.</i>"));
    const QString words = QStringLiteral("Early help reached more families in the east of the county.");
    test::whenModal<SummaryDialog>([words](SummaryDialog *d) {
        QTest::keyClicks(d->textEdit(), words);
        QTest::keyClick(d->textEdit(), Qt::Key_Return);
    });
    page()->scrollArea()->ensureWidgetVisible(block->summaryLink());
    QTest::mouseClick(block->summaryLink(), Qt::LeftButton, Qt::NoModifier, block->summaryLink()->rect().center());
    QTRY_COMPARE(block->summaryLabel()->text(), words);
    QCOMPARE(ScorecardEdits::summary(*workspace(), block->domainId(), m_q2), words);
    QCOMPARE(workspace()->undoStack()->undoText(), QStringLiteral("Write the summary of “Fair access” for 2026/27 Q2"));
    workspace()->undoStack()->undo();
    QTRY_COMPARE(block->summaryLabel()->text(), QStringLiteral("<i>No summary written for this period.</i>"));
    // Another quarter has its own summary: none.
    const DomainBlock *cost = blockNamed(QStringLiteral("Cost and efficiency"));
    QVERIFY(cost->summaryLabel()->text().startsWith(QStringLiteral("Spend is within budget")));
    page()->setPeriod(Period::quarter(2026, 1));
    QCOMPARE(cost->summaryLabel()->text(), QStringLiteral("<i>No summary written for this period.</i>"));
}

void TestScorecardPage::personalDataInASummaryIsStopped()
{
    DomainBlock *block = blockNamed(QStringLiteral("Fair access"));
    QVERIFY(block);
    bool guardShown = false;
    test::whenModal<SummaryDialog>([&guardShown](SummaryDialog *d) {
        QTest::keyClicks(d->textEdit(), QStringLiteral("Mrs Jones waited 40 days for early help"));
        // The guard asks before it is kept; going back leaves the dialog open and nothing saved.
        test::whenModal<PrivacyCheck>([&guardShown, d](PrivacyCheck *check) {
            guardShown = true;
            check->reject();
            QTimer::singleShot(0, d, [d] { d->reject(); });
        });
        QTest::keyClick(d->textEdit(), Qt::Key_Return);
    });
    page()->scrollArea()->ensureWidgetVisible(block->summaryLink());
    QTest::mouseClick(block->summaryLink(), Qt::LeftButton, Qt::NoModifier, block->summaryLink()->rect().center());
    QTRY_VERIFY(guardShown);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(ScorecardEdits::summary(*workspace(), block->domainId(), m_q2), QString());
    QCOMPARE(block->summaryLabel()->text(), QStringLiteral("<i>No summary written for this period.</i>"));
}

void TestScorecardPage::domainsDialogMovesADomain()
{
    test::whenModal<DomainsDialog>([](DomainsDialog *d) {
        QListWidget *list = d->list();
        QCOMPARE(list->count(), 5);
        const QRect last = list->visualItemRect(list->item(4));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, last.center());
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Fair access"));
        const auto buttons = d->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == DomainsDialog::tr("Move &up"))
                QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(list->item(3)->text(), QStringLiteral("Fair access"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Fair access"));
        d->reject();
    });
    QTest::mouseClick(page()->domainsButton(), Qt::LeftButton);
    QTRY_COMPARE(page()->blocks().at(3)->domainName(), QStringLiteral("Fair access"));
    QCOMPARE(page()->blocks().at(4)->domainName(), QStringLiteral("Quality of services for users and carers"));
    workspace()->undoStack()->undo();
    QCOMPARE(page()->blocks().at(4)->domainName(), QStringLiteral("Fair access"));
}

void TestScorecardPage::indicatorEditorAndTableShowTheDomain()
{
    const Indicator *wf = workspace()->items<Indicator>().byCode(QStringLiteral("WF-01"));
    QVERIFY(wf);
    IndicatorDialog dialog(*wf, *workspace());
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("domainCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemText(0), QStringLiteral("No domain"));
    QCOMPARE(combo->itemText(5), QStringLiteral("Fair access"));
    QCOMPARE(combo->currentText(), QStringLiteral("Cost and efficiency"));
    dialog.show();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End); // the last domain, by keyboard
    Indicator edited;
    QString error;
    QVERIFY(dialog.indicator(&edited, &error));
    QCOMPARE(edited.domainId, orderedDomains(*workspace()).back().id);
    QVERIFY(workspace()->update(edited, &error));

    // The Indicators page's Domain column says it, and the scorecard moved it.
    const IndicatorTableModel *model = indicatorsPage()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, IndicatorTableModel::Code).data().toString() == QStringLiteral("WF-01"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model->headerData(IndicatorTableModel::DomainColumn, Qt::Horizontal).toString(), QStringLiteral("Domain"));
    QCOMPARE(model->index(row, IndicatorTableModel::DomainColumn).data().toString(), QStringLiteral("Fair access"));
    QCOMPARE(blockNamed(QStringLiteral("Fair access"))->indicatorsView()->model()->rowCount(), 4);
    // Renaming a domain renames the column's word at once.
    QVERIFY(ScorecardEdits(*workspace()).renameDomain(edited.domainId, QStringLiteral("Fair and equal access")));
    QCOMPARE(model->index(row, IndicatorTableModel::DomainColumn).data().toString(),
             QStringLiteral("Fair and equal access"));
}

void TestScorecardPage::screenshots()
{
    // Each block's table shows every one of its rows: the page scrolls, the tables do not.
    for (DomainBlock *b : page()->blocks()) {
        const QTableView *view = b->indicatorsView();
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY2(view->viewport()->height() >= view->verticalHeader()->length(), qPrintable(b->domainName()));
        QCOMPARE(view->rowAt(view->viewport()->height() - 1), view->model()->rowCount() - 1);
    }
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("scorecard")));
    const QImage grey = test::shot(m_demo.window.get()).toImage().convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(grey.save(QDir(test::screenshotDir()).filePath(QStringLiteral("scorecard-greyscale.png"))));
    page()->scrollArea()->ensureWidgetVisible(page()->blocks().at(4));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("scorecard-end")));
}

QTEST_MAIN(TestScorecardPage)
#include "tst_scorecardpage.moc"
