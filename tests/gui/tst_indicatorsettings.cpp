// An indicator's RAG threshold versions and SPC settings, edited through their dialogs as a user would.
#include "gui/indicators/spcsettingsdialog.h"
#include "gui/indicators/thresholdsdialog.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestIndicatorSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void thresholdVersionReratesOnlyFromItsDate();
    void spcSettingsRebase();

private:
    Rag ragOf(const Indicator &indicator, const QString &label) const
    {
        for (const HistoryPoint &p : evaluateHistory(indicatorHistory(*m_ws, indicator)).points)
            if (p.period.label() == label)
                return p.rag.rag;
        return Rag::NoData;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestIndicatorSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.assure"));
    DemoOptions options;
    options.asOf = QDate(2026, 11, 22);
    QString error;
    QVERIFY2(writeDemoBoard(path, options, &error), qPrintable(error));
    OpenResult result;
    m_ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
    QVERIFY2(m_ws, qPrintable(result.message));
}

void TestIndicatorSettings::thresholdVersionReratesOnlyFromItsDate()
{
    // CIN-01 is amber in Sep 2026 (85.4% against 90%: 94.9% of target).
    const Indicator cin = *m_ws->items<Indicator>().byCode(QStringLiteral("CIN-01"));
    const QString sep = QStringLiteral("Sep 2026");
    QCOMPARE(ragOf(cin, sep), Rag::Amber);
    QList<Rag> before;
    for (const HistoryPoint &p : evaluateHistory(indicatorHistory(*m_ws, cin)).points)
        if (p.period.end() < QDate(2026, 4, 1))
            before << p.rag.rag;

    ThresholdsDialog dialog(m_ws.get(), cin.id);
    dialog.resize(640, 520);
    dialog.show();
    QCOMPARE(dialog.versionCount(), 0);
    // A bad version (amber above green) is refused with the reason, and nothing is added.
    ThresholdVersion bad;
    bad.effectiveFrom = QDate(2026, 4, 1);
    bad.thresholds.greenAt = 0.90;
    bad.thresholds.amberAt = 0.92;
    dialog.setFormVersion(bad);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY(!dialog.problem().isEmpty());
    QCOMPARE(dialog.versionCount(), 0);

    ThresholdVersion v;
    v.effectiveFrom = QDate(2026, 4, 1);
    v.thresholds.greenAt = 0.94;
    v.thresholds.amberAt = 0.85;
    v.thresholds.blueMargin = 0.05;
    dialog.setFormVersion(v);
    QCOMPARE(dialog.formVersion(), v);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.versionCount(), 1);
    QVERIFY(test::saveShot(&dialog, QStringLiteral("thresholds-dialog")));
    QCOMPARE(ragOf(cin, sep), Rag::Green);
    QList<Rag> after;
    for (const HistoryPoint &p : evaluateHistory(indicatorHistory(*m_ws, cin)).points)
        if (p.period.end() < QDate(2026, 4, 1))
            after << p.rag.rag;
    QCOMPARE(after, before); // last year's ratings stand

    // Undo from elsewhere updates the open dialog.
    m_ws->undoStack()->undo();
    QCOMPARE(dialog.versionCount(), 0);
    QCOMPARE(ragOf(cin, sep), Rag::Amber);
}

void TestIndicatorSettings::spcSettingsRebase()
{
    const Indicator csc = *m_ws->items<Indicator>().byCode(QStringLiteral("CSC-01"));
    SpcSettingsDialog dialog(spcSettingsOf(*m_ws, csc.id), *m_ws);
    dialog.setSubmit([&](QString *error) { return IndicatorEdits(*m_ws).setSpcSettings(dialog.settings(), error); });
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("rebaseList"));
    QVERIFY(list && list->count() > 24);
    // Tick Apr 2025 as the start of new limits, and fix them after 12 points.
    const QList<QListWidgetItem *> april = list->findItems(QStringLiteral("Apr 2025"), Qt::MatchExactly);
    QCOMPARE(april.size(), 1);
    april.front()->setCheckState(Qt::Checked);
    dialog.findChild<QSpinBox *>(QStringLiteral("fixSpin"))->setValue(12);
    QVERIFY(test::saveShot(&dialog, QStringLiteral("spc-settings-dialog")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const IndicatorSpcSettings saved = spcSettingsOf(*m_ws, csc.id);
    QCOMPARE(saved.rebasePeriods, QStringList{QStringLiteral("2025-04")});
    QCOMPARE(saved.fixAfter, 12);
    const SpcResult spc = evaluateHistory(indicatorHistory(*m_ws, csc)).spc;
    QCOMPARE(spc.segments.size(), size_t(2));
    QCOMPARE(spc.segments.back().baselineCount, 12);

    // A fresh dialog shows what was saved; Restore Defaults and OK take it all back.
    SpcSettingsDialog again(spcSettingsOf(*m_ws, csc.id), *m_ws);
    again.setSubmit([&](QString *error) { return IndicatorEdits(*m_ws).setSpcSettings(again.settings(), error); });
    QCOMPARE(again.settings(), saved);
    IndicatorSpcSettings defaults;
    defaults.indicatorId = csc.id;
    again.showSettings(defaults);
    again.accept();
    QVERIFY(spcSettingsOf(*m_ws, csc.id).isDefault());
    QCOMPARE(evaluateHistory(indicatorHistory(*m_ws, csc)).spc.segments.size(), size_t(1));
}

QTEST_MAIN(TestIndicatorSettings)
#include "tst_indicatorsettings.moc"
