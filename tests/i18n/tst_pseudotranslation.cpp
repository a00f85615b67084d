// The pseudo-translation made from the .ts at build time: strings from every layer come back
// marked through it, so each is looked up under the context lupdate filed it in.
#include "cli/createverb.h"
#include "cli/importverb.h"
#include "core/board/agency.h"
#include "core/board/board.h"
#include "core/indicators/exceptions.h"
#include "core/indicators/indicator.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"
#include "core/indicators/trend.h"
#include "gui/actions/actionsettingsdialog.h"
#include "gui/actions/bulkchangedialog.h"
#include "gui/actions/developmentplandialog.h"
#include "gui/board/agencydialog.h"
#include "gui/budget/budgetlinedialog.h"
#include "gui/budget/budgetsettingsdialog.h"
#include "gui/board/persondialog.h"
#include "gui/board/prioritydialog.h"
#include "gui/board/subgroupdialog.h"
#include "gui/filesafety/backupsettingsdialog.h"
#include "gui/filesafety/restoredialog.h"
#include "gui/indicators/importdialog.h"
#include "gui/indicators/indicatordialog.h"
#include "gui/indicators/spcsettingsdialog.h"
#include "gui/indicators/thresholdsdialog.h"
#include "gui/risks/riskdialog.h"
#include "gui/risks/risksettingsdialog.h"
#include "gui/dashboard/dashboardpage.h"
#include "interchange/indicators/importstatus.h"
#include "interchange/indicators/measurementexport.h"
#include "models/board/prioritymodel.h"
#include "models/history/historymodel.h"
#include "storage/boardfile.h"
#include "testsupport/demowindow.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/screenshots.h"
#include "workspace/indicators/boardexport.h"
#include "workspace/settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace assure;

namespace {

// The tool's marks: "[" before the text, " ~…]" after it.
bool isMarked(const QString &text)
{
    return text.contains(QLatin1Char('[')) && text.contains(QStringLiteral("~]"));
}

} // namespace

class TestPseudoTranslation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void marksKeepPlaceMarkersAndMnemonics();
    void core();
    void storage();
    void interchange();
    void workspace();
    void models();
    void gui();
    void cli();
    void dialogs();
    void mainWindow();

private:
    // Checks that text is plain without the pseudo-translation and marked with it.
    void check(const std::function<QString()> &text);

    QTranslator m_pseudo;
    QTemporaryDir m_dir;
};

void TestPseudoTranslation::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/assure_pseudo.qm")));
    QVERIFY(m_pseudo.load(QStringLiteral(":/i18n/assure_pseudo.qm")));
    QVERIFY(!m_pseudo.isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestPseudoTranslation::cleanup()
{
    QCoreApplication::removeTranslator(&m_pseudo);
}

void TestPseudoTranslation::check(const std::function<QString()> &text)
{
    const QString plain = text();
    QVERIFY2(!plain.isEmpty(), "no text");
    QVERIFY2(!isMarked(plain), qPrintable(plain));
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    const QString pseudo = text();
    QCoreApplication::removeTranslator(&m_pseudo);
    QVERIFY2(isMarked(pseudo), qPrintable(QStringLiteral("not translated: ") + pseudo));
    // Longer (by a third of the translated text; arguments such as paths stay as they are).
    QVERIFY2(pseudo.size() > plain.size() + 2, qPrintable(pseudo));
}

// The tool on a .ts of its own: place markers, mnemonics, plurals and HTML come through intact.
void TestPseudoTranslation::marksKeepPlaceMarkersAndMnemonics()
{
    const QString source = m_dir.filePath(QStringLiteral("sample.ts"));
    const QString pseudoTs = m_dir.filePath(QStringLiteral("sample_pseudo.ts"));
    const QString qm = m_dir.filePath(QStringLiteral("sample_pseudo.qm"));
    QFile ts(source);
    QVERIFY(ts.open(QIODevice::WriteOnly));
    ts.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Sample</name>
    <message><source>&amp;Quit</source><translation type="unfinished"></translation></message>
    <message><source>R&amp;&amp;D at %L1%</source><translation type="unfinished"></translation></message>
    <message><source>The code “%1” is %2.</source><translation type="unfinished"></translation></message>
    <message><source>&lt;h3&gt;Title %1&lt;/h3&gt;&lt;p&gt;A&amp;nbsp;body.&lt;/p&gt;</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n rows</source><translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation></message>
    <message><source>Same words</source><comment>in a menu</comment><translation type="unfinished"></translation></message>
</context>
</TS>
)");
    ts.close();
    QCOMPARE(QProcess::execute(QStringLiteral(ASSURE_PSEUDOTRANSLATE), {source, pseudoTs}), 0);
    QCOMPARE(QProcess::execute(QStringLiteral(ASSURE_LRELEASE),
                               {QStringLiteral("-silent"), pseudoTs, QStringLiteral("-qm"), qm}),
             0);
    QTranslator sample;
    QVERIFY(sample.load(qm));
    const auto translated = [&](const char *text, const char *comment = nullptr, int n = -1) {
        return sample.translate("Sample", text, comment, n);
    };
    // The letter after a mnemonic is kept, so shortcuts stay as they are; "&&" stays a literal "&".
    QCOMPARE(translated("&Quit"), QStringLiteral("[&Qüíť ~~]"));
    QCOMPARE(translated("R&&D at %L1%").arg(12.5), QStringLiteral("[Ŕ&&Ď áť 12.5% ~~~]"));
    QCOMPARE(translated("The code “%1” is %2.").arg(QStringLiteral("XY"), QStringLiteral("ok")),
             QStringLiteral("[Ťĥé çöďé “XY” íš ok. ~~~~~~]"));
    // HTML stays HTML: the marks go around the text, inside the tags; entities are kept.
    QCOMPARE(translated("<h3>Title %1</h3><p>A&nbsp;body.</p>"),
             QStringLiteral("<h3>[Ťíťľé %1</h3><p>Å&nbsp;böďý. ~~~~~]</p>"));
    // Both plural forms, from the source's own forms.
    QCOMPARE(translated("%n rows", nullptr, 1), QStringLiteral("[%n ŕöŵ ~~]"));
    QCOMPARE(translated("%n rows", nullptr, 5), QStringLiteral("[%n ŕöŵš ~~]"));
    QCOMPARE(translated("Same words", "in a menu"), QStringLiteral("[Šámé ŵöŕďš ~~~~]"));
}

// Every label of every enum table: a table's context and its QT_TRANSLATE_NOOP's must agree.
void TestPseudoTranslation::core()
{
    for (Rag v : allRags())
        check([v] { return ragLabel(v); });
    for (RagScheme v : {RagScheme::PercentOfTarget, RagScheme::AbsoluteBands})
        check([v] { return ragSchemeLabel(v); });
    for (Sector v : allSectors())
        check([v] { return sectorLabel(v); });
    for (BoardType v : allBoardTypes())
        check([v] { return boardTypeLabel(v); });
    for (Polarity v : allPolarities())
        check([v] { return polarityLabel(v); });
    for (Unit v : allUnits())
        check([v] { return unitLabel(v); });
    for (Frequency v : allFrequencies())
        check([v] { return frequencyLabel(v); });
    for (DataQuality v : allDataQualities())
        check([v] { return dataQualityLabel(v); });
    for (Trend v : allTrends())
        check([v] { return trendLabel(v); });
    for (SpcRule v : {SpcRule::OutsideLimits, SpcRule::Trend, SpcRule::TwoOfThree, SpcRule::Run})
        check([v] { return spcRuleLabel(v); });
    for (SpcPointType v :
         {SpcPointType::Common, SpcPointType::Improvement, SpcPointType::Concern, SpcPointType::Neutral})
        check([v] { return spcPointTypeLabel(v); });
    for (SpcVariation v :
         {SpcVariation::CommonCause, SpcVariation::ImprovementHigh, SpcVariation::ImprovementLow,
          SpcVariation::ConcernHigh, SpcVariation::ConcernLow, SpcVariation::NeutralHigh, SpcVariation::NeutralLow})
        check([v] { return spcVariationLabel(v); });
    for (SpcAssurance v : {SpcAssurance::Pass, SpcAssurance::Fail, SpcAssurance::Inconsistent})
        check([v] { return spcAssuranceLabel(v); });
    for (ExceptionKind v : {ExceptionKind::Red, ExceptionKind::WorseThanPrevious, ExceptionKind::SpecialCauseConcern,
                            ExceptionKind::OutOfStepWithBenchmark})
        check([v] { return exceptionKindLabel(v); });
    for (BenchmarkKind v : {BenchmarkKind::National, BenchmarkKind::Regional, BenchmarkKind::StatisticalNeighbours})
        check([v] { return benchmarkKindLabel(v); });
    // And the other strings of a file that translates through a Tr class.
    check([] { return Indicator{}.problems().value(0); });
}

void TestPseudoTranslation::storage()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-board.assure"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("This is a text file, not a database.\n");
    f.close();
    check([&] { return BoardFile::inspect(path).message; });
}

void TestPseudoTranslation::interchange()
{
    for (ImportStatus v : {ImportStatus::New, ImportStatus::Update, ImportStatus::Replace, ImportStatus::Unchanged,
                           ImportStatus::Rejected})
        check([v] { return importStatusLabel(v); });
    check([&] {
        QString error;
        writeMeasurementTemplate(m_dir.filePath(QStringLiteral("no-such-folder/template.xlsx")), 4, &error);
        return error;
    });
}

void TestPseudoTranslation::workspace()
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    test::openDemoWorkspace(dir, &ws);
    QVERIFY(ws);
    check([&] {
        QString error;
        exportBoardMeasurements(*ws, m_dir.filePath(QStringLiteral("out.csv")), {QStringLiteral("NO-SUCH-CODE")},
                                &error);
        return error;
    });
}

void TestPseudoTranslation::models()
{
    check([] { return HistoryModel::tableLabel(QStringLiteral("agency")); });
    check([] { return priorityYearLabel(0, 4); });
}

void TestPseudoTranslation::gui()
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    test::openDemoWorkspace(dir, &ws);
    QVERIFY(ws);
    check([&] { return DashboardPage(ws.get()).title(); });
    // A form's labels, translated by uic's code under the form's class.
    check([&] {
        AgencyDialog dialog(Agency{}, *ws);
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (!label->text().isEmpty())
                texts << label->text();
        return texts.value(0);
    });
}

void TestPseudoTranslation::cli()
{
    check([] { return CreateVerb().summary(); });
    check([] { return ImportVerb().summary(); });
}

// Every dialog built in the pseudo-translation: each word on it marked (so it went through tr()),
// and saved as pseudo-<dialog>.png to look for text cut short.
void TestPseudoTranslation::dialogs()
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    test::openDemoWorkspace(dir, &ws);
    QVERIFY(ws);
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const BackupStore backups(dir.filePath(QStringLiteral("backups")));
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    const std::pair<const char *, std::function<QDialog *()>> dialogs[] = {
        {"agency", [&] { return new AgencyDialog(Agency{}, *ws); }},
        {"person", [&] { return new PersonDialog(Person{}, *ws); }},
        {"subgroup", [&] { return new SubGroupDialog(SubGroup{}, *ws); }},
        {"priority", [&] { return new PriorityDialog(Priority{}, *ws); }},
        {"indicator", [&] { return new IndicatorDialog(Indicator{}, *ws); }},
        {"thresholds", [&] { return new ThresholdsDialog(ws.get(), 0); }},
        {"spc-settings", [&] { return new SpcSettingsDialog(IndicatorSpcSettings{}, *ws); }},
        {"backup-settings", [&] { return new BackupSettingsDialog(&settings); }},
        {"restore", [&] { return new RestoreDialog(backups, dir.path()); }},
        {"import-measurements", [&] { return new ImportDialog(ImportDialog::Kind::Measurements, ws.get()); }},
        {"import-indicators", [&] { return new ImportDialog(ImportDialog::Kind::Indicators, ws.get()); }},
        {"action-settings", [&] { return new ActionSettingsDialog(ws.get()); }},
        {"development-plan", [&] { return new DevelopmentPlanDialog(DevelopmentPlan{}, ws.get()); }},
        {"bulk-change", [&] { return new BulkChangeDialog({}, ws.get()); }},
        {"budget-line", [&] { return new BudgetLineDialog(ws.get(), BudgetLine{}); }},
        {"budget-settings", [&] { return new BudgetSettingsDialog(ws.get()); }},
        {"risk", [&] { return new RiskDialog(Risk{}, {}, *ws); }},
        {"risk-bands", [&] { return new RiskSettingsDialog(ws.get()); }},
    };
    QStringList unmarked;
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(test::saveShot(dialog.get(), QStringLiteral("pseudo-") + QLatin1String(name)));
        QStringList texts{dialog->windowTitle()};
        for (const QLabel *w : dialog->findChildren<QLabel *>())
            if (w->isVisibleTo(dialog.get()))
                texts << w->text();
        for (QAbstractButton *w : dialog->findChildren<QAbstractButton *>()) {
            // OK, Cancel and the like are Qt's words, translated by Qt's own translations.
            const auto *box = qobject_cast<const QDialogButtonBox *>(w->parentWidget());
            if (w->isVisibleTo(dialog.get()) && !(box && box->standardButton(w) != QDialogButtonBox::NoButton))
                texts << w->text();
        }
        for (const QGroupBox *w : dialog->findChildren<QGroupBox *>())
            if (w->isVisibleTo(dialog.get()))
                texts << w->title();
        for (const QString &text : std::as_const(texts)) {
            bool words = false;
            for (const QChar c : text)
                words = words || c.isLetter();
            if (words && !isMarked(text))
                unmarked << QLatin1String(name) + QStringLiteral(": ") + text;
        }
    }
    QCoreApplication::removeTranslator(&m_pseudo);
    QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(QLatin1Char('\n'))));
}

// The main window on the demo board in the pseudo-translation: every word on its menus, buttons,
// tabs, table headers and search fields, on every page, shown or not, is marked. (Labels are left
// out: many show the board's own data.)
void TestPseudoTranslation::mainWindow()
{
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
    test::DemoWindow demo;
    test::openDemoWindow(&demo);
    QVERIFY(!QTest::currentTestFailed());
    QWidget *window = demo.window.get();
    QStringList texts;
    std::function<void(const QList<QAction *> &)> addActions = [&](const QList<QAction *> &actions) {
        for (const QAction *a : actions) {
            if (a->isSeparator())
                continue;
            texts << a->text();
            if (a->menu())
                addActions(a->menu()->actions());
        }
    };
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>())
        addActions(bar->actions());
    for (const QAbstractButton *w : window->findChildren<QAbstractButton *>())
        texts << w->text();
    for (const QTabBar *w : window->findChildren<QTabBar *>())
        for (int i = 0; i < w->count(); ++i)
            texts << w->tabText(i);
    for (const QHeaderView *w : window->findChildren<QHeaderView *>())
        if (w->orientation() == Qt::Horizontal && w->model())
            for (int i = 0; i < w->count(); ++i)
                texts << w->model()->headerData(i, Qt::Horizontal).toString();
    for (const QLineEdit *w : window->findChildren<QLineEdit *>())
        texts << w->placeholderText();
    // Models translate their headers when asked, so the translator stays until here.
    QCoreApplication::removeTranslator(&m_pseudo);
    QStringList unmarked;
    for (const QString &text : std::as_const(texts)) {
        if (text.contains(demo.dir->path())) // the recent-files menu names the board file
            continue;
        bool words = false;
        for (const QChar c : text)
            words = words || c.isLetter();
        if (words && !isMarked(text))
            unmarked << text;
    }
    QVERIFY(texts.size() > 50);
    QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudotranslation.moc"
