// Board papers from the desktop: the dialog offers the last choices, previews the chosen report and
// writes it; an agency's action plan needs an agency; the dashboard opens it on its own period.
#include "gui/dashboard/dashboardpage.h"
#include "gui/periodchooser.h"
#include "gui/reports/reportdialog.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/screenshots.h"
#include "ui_reportdialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace assure;

class TestReportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewsAndWritesTheBoardPack();
    void remembersTheLastChoices();
    void agencyPlanNeedsAnAgency();
    void dashboardOpensItOnItsPeriod();
    void cancelStopsTheExport();

private:
    DashboardPage *dashboard() const
    {
        return qobject_cast<DashboardPage *>(m_demo.window->page(QStringLiteral("dashboard")));
    }
    test::DemoWindow m_demo;
    const Period m_quarter = Period::quarter(2026, 2);
};

void TestReportDialog::init()
{
    test::openDemoWindow(&m_demo);
}

void TestReportDialog::cleanup()
{
    m_demo.window.reset();
}

void TestReportDialog::previewsAndWritesTheBoardPack()
{
    ReportDialog dialog(m_demo.window->workspace(), m_demo.settings.get(), m_quarter);
    Ui::ReportDialog *ui = dialog.form();
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("board-pack")));
    ui->formatCombo->setCurrentIndex(ui->formatCombo->findData(QStringLiteral("pdf")));
    QVERIFY(!ui->agencyCombo->isEnabled());
    QTest::mouseClick(ui->previewButton, Qt::LeftButton);
    const QString previewed = ui->preview->toPlainText();
    QVERIFY2(previewed.contains(QStringLiteral("Board pack")), qPrintable(previewed.left(200)));
    QVERIFY(previewed.contains(QStringLiteral("Performance")));
    // Another preview replaces the first (its document freed, the new one shown).
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("performance")));
    QTest::mouseClick(ui->previewButton, Qt::LeftButton);
    QVERIFY(ui->preview->toPlainText().contains(QStringLiteral("performance report"), Qt::CaseInsensitive));
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("board-pack")));
    QTest::mouseClick(ui->previewButton, Qt::LeftButton);
    QVERIFY(ui->preview->toPlainText().contains(QStringLiteral("Board pack")));
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(test::saveShot(&dialog, QStringLiteral("report-dialog")));

    QVERIFY(dialog.suggestedFileName().endsWith(QStringLiteral("Board pack - 2026-27 Q2.pdf")));
    const QString path = m_demo.dir->filePath(dialog.suggestedFileName());
    QString error;
    QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QCOMPARE(dialog.writtenPath(), path);
}

void TestReportDialog::remembersTheLastChoices()
{
    {
        ReportDialog dialog(m_demo.window->workspace(), m_demo.settings.get(), m_quarter);
        Ui::ReportDialog *ui = dialog.form();
        ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("performance")));
        ui->formatCombo->setCurrentIndex(ui->formatCombo->findData(QStringLiteral("html")));
        ui->markingCombo->setCurrentText(QStringLiteral("OFFICIAL-SENSITIVE"));
        QVERIFY(!ui->pdfaCheck->isEnabled()); // PDF/A is for PDFs
        QString error;
        QVERIFY2(dialog.exportTo(m_demo.dir->filePath(QStringLiteral("q2.html")), &error), qPrintable(error));
    }
    ReportDialog again(m_demo.window->workspace(), m_demo.settings.get(), m_quarter);
    QCOMPARE(again.form()->kindCombo->currentData().toString(), QStringLiteral("performance"));
    QCOMPARE(again.form()->formatCombo->currentData().toString(), QStringLiteral("html"));
    QCOMPARE(again.form()->markingCombo->currentText(), QStringLiteral("OFFICIAL-SENSITIVE"));
    QCOMPARE(again.request().marking, QStringLiteral("OFFICIAL-SENSITIVE"));
}

void TestReportDialog::agencyPlanNeedsAnAgency()
{
    ReportDialog dialog(m_demo.window->workspace(), m_demo.settings.get(), m_quarter);
    Ui::ReportDialog *ui = dialog.form();
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("agency")));
    QVERIFY(ui->agencyCombo->isEnabled());
    QVERIFY(ui->agencyCombo->count() > 0);
    QCOMPARE(dialog.request().agency, ui->agencyCombo->currentText());
    QVERIFY(dialog.suggestedFileName().contains(ui->agencyCombo->currentText()));
    QString error;
    QVERIFY2(dialog.exportTo(m_demo.dir->filePath(QStringLiteral("plan.odt")), &error), qPrintable(error));
}

void TestReportDialog::dashboardOpensItOnItsPeriod()
{
    dashboard()->setPeriod(m_quarter.previous());
    const QList<QAction *> actions = dashboard()->importExportActions();
    QCOMPARE(actions.size(), 1);
    bool seen = false;
    test::whenModal<ReportDialog>([&](ReportDialog *d) {
        seen = true;
        QCOMPARE(d->periodChooser()->period(), m_quarter.previous());
        d->reject();
    });
    actions.front()->trigger();
    QVERIFY(seen);
}

void TestReportDialog::cancelStopsTheExport()
{
    ReportDialog dialog(m_demo.window->workspace(), m_demo.settings.get(), m_quarter);
    Ui::ReportDialog *ui = dialog.form();
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(QStringLiteral("board-pack")));
    ui->formatCombo->setCurrentIndex(ui->formatCombo->findData(QStringLiteral("pdf")));
    const QString path = m_demo.dir->filePath(QStringLiteral("stopped.pdf"));
    // The user clicks Cancel on the progress box as soon as it shows.
    QString shown;
    QTimer::singleShot(0, &dialog, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>();
        QPushButton *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (!cancel)
            return;
        shown = progress->labelText();
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QString error;
    QVERIFY(!dialog.exportTo(path, &error));
    QCOMPARE(shown, QStringLiteral("Writing stopped.pdf…"));
    QCOMPARE(error, reportCancelledText());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(dialog.writtenPath().isEmpty());
    // And the next export, not stopped, is written.
    QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
