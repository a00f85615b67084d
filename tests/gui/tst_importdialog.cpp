// The import preview as a user meets it: every row and its problem before anything is written, then one undo step.
#include "gui/indicators/importdialog.h"
#include "models/indicators/importpreviewmodel.h"
#include "testsupport/filebytes.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

// The preview's row for a spreadsheet row: its status word and what it says.
struct PreviewLine
{
    QString status;
    QString details;
};

PreviewLine lineFor(QTableView *view, int spreadsheetRow)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, ImportPreviewModel::RowColumn).data().toInt() == spreadsheetRow)
            return {m->index(r, ImportPreviewModel::StatusColumn).data().toString(),
                    m->index(r, ImportPreviewModel::Details).data().toString()};
    return {};
}

} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void previewShowsEveryProblemThenImportsAsOneUndoStep();
    void allOrNothingHoldsBackTheImport();
    void indicatorDefinitions();
    void unusableFileSaysWhy();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    double stored(const QString &code, const QString &periodKey) const
    {
        const Measurement *m = m_ws->items<Measurement>().find(m_ws->items<Indicator>().byCode(code)->id, periodKey);
        return m && m->value ? *m->value : -1;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    QByteArray m_csv;
};

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    DemoOptions options;
    options.asOf = QDate(2026, 11, 22);
    QString error;
    QVERIFY2(writeDemoBoard(path("demo.assure"), options, &error), qPrintable(error));
    OpenResult result;
    m_ws = Workspace::open(path("demo.assure"), BoardFile::Mode::ReadWrite, &result);
    QVERIFY2(m_ws, qPrintable(result.message));
    // Oct 2026 of CSC-01 is stored; the file gives another value for it.
    const double october = stored(QStringLiteral("CSC-01"), QStringLiteral("2026-10"));
    QVERIFY(october >= 0);
    m_csv = "\xEF\xBB\xBFIndicator code,Period,Value,Commentary\r\n"
            "CSC-01,Nov 2026,21.5,\"Down: two sibling groups, closed\"\r\n"
            "CP-99,Nov 2026,4,\r\n"
            "CSC-01,Sept 26,20,\r\n"
            "CP-02,2026/27 Q3,n/a,\r\n"
            "csc-01,Nov 2026,21.5,\r\n"
            "CSC-01,Oct 2026," +
            QByteArray::number(october + 1.5) + ",\r\n";
}

void TestImportDialog::previewShowsEveryProblemThenImportsAsOneUndoStep()
{
    QVERIFY(test::writeFile(path("q3.csv"), m_csv));
    ImportDialog dialog(ImportDialog::Kind::Measurements, m_ws.get());
    dialog.resize(980, 520);
    dialog.show();
    QAbstractItemModelTester tester(dialog.preview()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.loadFile(path("q3.csv")));
    QTableView *view = dialog.preview();
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(lineFor(view, 2).status, QStringLiteral("New"));
    QVERIFY2(lineFor(view, 3).details.contains(QStringLiteral("unknown indicator code")),
             qPrintable(lineFor(view, 3).details));
    QVERIFY2(lineFor(view, 4).details.contains(QStringLiteral("Sept 26")), qPrintable(lineFor(view, 4).details));
    QVERIFY2(lineFor(view, 5).details.contains(QStringLiteral("n/a")), qPrintable(lineFor(view, 5).details));
    QVERIFY2(lineFor(view, 6).details.contains(QStringLiteral("row 2")), qPrintable(lineFor(view, 6).details));
    QVERIFY2(lineFor(view, 7).details.contains(QStringLiteral("Replace stored values")),
             qPrintable(lineFor(view, 7).details));
    for (int row = 3; row <= 7; ++row)
        QCOMPARE(lineFor(view, row).status, QStringLiteral("Rejected"));
    QVERIFY2(dialog.summary().contains(QStringLiteral("6 rows")) &&
                 dialog.summary().contains(QStringLiteral("5 rejected")),
             qPrintable(dialog.summary()));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(test::saveShot(&dialog, QStringLiteral("import-preview")));

    // Only the problems, then replacing the differing value.
    dialog.setShow(ImportDialog::Show::Problems);
    QCOMPARE(view->model()->rowCount(), 5);
    dialog.setShow(ImportDialog::Show::All);
    dialog.setReplace(true);
    QCOMPARE(lineFor(view, 7).status, QStringLiteral("Replace"));
    QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 2 rows"));
    QVERIFY(test::saveShot(&dialog, QStringLiteral("import-preview-replace")));

    // Nothing is written until Import; then it is one undo step.
    const double october = stored(QStringLiteral("CSC-01"), QStringLiteral("2026-10"));
    QCOMPARE(stored(QStringLiteral("CSC-01"), QStringLiteral("2026-11")), -1.0);
    const int steps = m_ws->undoStack()->count();
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.rowsWritten(), 2);
    QCOMPARE(stored(QStringLiteral("CSC-01"), QStringLiteral("2026-11")), 21.5);
    QCOMPARE(stored(QStringLiteral("CSC-01"), QStringLiteral("2026-10")), october + 1.5);
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    m_ws->undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("CSC-01"), QStringLiteral("2026-11")), -1.0);
    QCOMPARE(stored(QStringLiteral("CSC-01"), QStringLiteral("2026-10")), october);
}

void TestImportDialog::allOrNothingHoldsBackTheImport()
{
    QVERIFY(test::writeFile(path("q3.csv"), m_csv));
    ImportDialog dialog(ImportDialog::Kind::Measurements, m_ws.get());
    dialog.show();
    QVERIFY(dialog.loadFile(path("q3.csv")));
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.setAllOrNothing(true);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summary().contains(QStringLiteral("Nothing will be imported")), qPrintable(dialog.summary()));
    // Return does not get round it.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(stored(QStringLiteral("CSC-01"), QStringLiteral("2026-11")), -1.0);
}

void TestImportDialog::indicatorDefinitions()
{
    QVERIFY(test::writeFile(path("defs.csv"),
                            "Code,Title,Unit,Polarity,Frequency,Annual target\n"
                            "LOC-01,Return interviews offered within 72 hours,%,higher is better,monthly,90%\n"
                            "LOC-02,Missing episodes,count,sideways,quarterly,\n"
                            "LOC-03,Strategy meetings within 5 working days,%,higher,fortnightly,\n"));
    ImportDialog dialog(ImportDialog::Kind::Indicators, m_ws.get());
    dialog.show();
    QVERIFY(dialog.loadFile(path("defs.csv")));
    QTableView *view = dialog.preview();
    QVERIFY2(lineFor(view, 2).status == QStringLiteral("New"), qPrintable(lineFor(view, 2).details));
    QVERIFY2(lineFor(view, 3).details.contains(QStringLiteral("sideways")), qPrintable(lineFor(view, 3).details));
    QVERIFY2(lineFor(view, 4).details.contains(QStringLiteral("fortnightly")), qPrintable(lineFor(view, 4).details));
    QVERIFY(test::saveShot(&dialog, QStringLiteral("import-preview-indicators")));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(m_ws->items<Indicator>().byCode(QStringLiteral("LOC-01")));
    QVERIFY(!m_ws->items<Indicator>().byCode(QStringLiteral("LOC-02")));
}

void TestImportDialog::unusableFileSaysWhy()
{
    QVERIFY(test::writeFile(path("bad.csv"), "Indicator code,Value\nCSC-01,3\n"));
    ImportDialog dialog(ImportDialog::Kind::Measurements, m_ws.get());
    dialog.show();
    QVERIFY(!dialog.loadFile(path("bad.csv")));
    QVERIFY2(dialog.summary().contains(QStringLiteral("cannot be imported")) &&
                 dialog.summary().contains(QStringLiteral("eriod")),
             qPrintable(dialog.summary()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.loadFile(path("missing.csv")));
    QVERIFY(!dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
