// The sample dialog driven as a user does: candidates pasted (Ctrl+V) or imported, the size and
// seed typed, Preview and Add to audit clicked. The preview is the documented sample for the seed
// (the CLI's and the core's fixed output), the same seed previews the same sample, a sample is
// added with its seed as one undo step, strata and exclusions (pasted, and cases this board audited
// lately) are honoured, and each bad input names what and where, and leaves nothing written.
#include "gui/audits/sampledialog.h"
#include "testsupport/screenshots.h"
#include "workspace/audits/auditedits.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace assure;

namespace {

QString twentyCases()
{
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines << QStringLiteral("C-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
    return lines.join(QLatin1Char('\n'));
}

const QStringList kSeed42{QStringLiteral("C-2026-0014"), QStringLiteral("C-2026-0017"), QStringLiteral("C-2026-0003"),
                          QStringLiteral("C-2026-0009"), QStringLiteral("C-2026-0007")};

} // namespace

class TestSampleDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pasteDrawAndAdd();
    void blankLinesAndBom();
    void badInput_data();
    void badInput();
    void strataFromAnImport();
    void exclusions();
    void twoHundredThousandRows();

private:
    template <class W> W *child(const char *name) const
    {
        W *w = m_dialog->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    void paste(const char *edit, const QString &text);
    void type(const char *edit, const QString &text);
    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    QStringList shown() const;
    QPushButton *addButton() const;
    QString file(const QString &name, const QByteArray &bytes) const;
    int casesOf(qint64 auditId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SampleDialog> m_dialog;
    qint64 m_audit = 0;
};

void TestSampleDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("sample.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    Audit a;
    a.title = QStringLiteral("Neglect: multi-agency case audit");
    QVERIFY(AuditEdits(*m_ws).add(a, QDate::currentDate(), nullptr, &m_audit));
    m_ws->undoStack()->clear();
    m_dialog = std::make_unique<SampleDialog>(m_ws.get(), m_audit);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSampleDialog::cleanup()
{
    m_dialog.reset();
    m_ws.reset();
}

void TestSampleDialog::paste(const char *edit, const QString &text)
{
    QPlainTextEdit *e = child<QPlainTextEdit>(edit);
    QTest::mouseClick(e->viewport(), Qt::LeftButton);
    QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
    QApplication::clipboard()->setText(text);
    QTest::keyClick(e, Qt::Key_V, Qt::ControlModifier);
}

void TestSampleDialog::type(const char *edit, const QString &text)
{
    QLineEdit *e = child<QLineEdit>(edit);
    QTest::mouseClick(e, Qt::LeftButton);
    QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text);
}

QStringList TestSampleDialog::shown() const
{
    QStringList out;
    const QTableWidget *t = child<QTableWidget>("previewTable");
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, 1)->text();
    return out;
}

QPushButton *TestSampleDialog::addButton() const
{
    for (QAbstractButton *b : child<QDialogButtonBox>("buttonBox")->buttons())
        if (b->text() == QStringLiteral("&Add to audit"))
            return qobject_cast<QPushButton *>(b);
    qFatal("no Add to audit");
}

QString TestSampleDialog::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int TestSampleDialog::casesOf(qint64 auditId) const
{
    int n = 0;
    for (const AuditCase &c : m_ws->items<AuditCase>())
        n += c.auditId == auditId ? 1 : 0;
    return n;
}

void TestSampleDialog::pasteDrawAndAdd()
{
    QVERIFY(!child<QLineEdit>("seedEdit")->text().isEmpty()); // a seed is offered
    paste("candidatesEdit", twentyCases());
    type("sizeEdit", QStringLiteral("5"));
    type("seedEdit", QStringLiteral("42"));
    QVERIFY(!addButton()->isEnabled()); // nothing to add before a preview
    click("previewButton");
    QCOMPARE(m_dialog->problem(), QString());
    QCOMPARE(shown(), kSeed42);
    QCOMPARE(child<QLabel>("summaryLabel")->text(), QStringLiteral("5 of 20 candidates drawn with seed 42."));
    QVERIFY(addButton()->isEnabled());
    QVERIFY(test::saveShot(m_dialog.get(), QStringLiteral("sampledialog")));

    // Another seed, another sample; the first seed again, the first sample again.
    click("newSeedButton");
    QVERIFY(!addButton()->isEnabled()); // the preview no longer shows what would be added
    QVERIFY(shown().isEmpty());
    type("seedEdit", QStringLiteral("43"));
    click("previewButton");
    QCOMPARE(shown().size(), 5);
    QVERIFY(shown() != kSeed42);
    type("seedEdit", QStringLiteral("42"));
    click("previewButton");
    QCOMPARE(shown(), kSeed42);

    QTest::mouseClick(addButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QStringList stored;
    for (const AuditCase &c : m_ws->items<AuditCase>())
        if (c.auditId == m_audit)
            stored << c.ref;
    QCOMPARE(stored, kSeed42); // in the order drawn
    QCOMPARE(m_ws->items<Audit>().find(m_audit)->samplingSeed, QStringLiteral("42"));
    QCOMPARE(m_ws->undoStack()->count(), 1);
    m_ws->undoStack()->undo();
    QCOMPARE(casesOf(m_audit), 0);
    QVERIFY(m_ws->items<Audit>().find(m_audit)->samplingSeed.isEmpty());

    // Drawn again for the same audit, the recorded seed is offered.
    m_ws->undoStack()->redo();
    SampleDialog again(m_ws.get(), m_audit);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->text(), QStringLiteral("42"));
}

void TestSampleDialog::blankLinesAndBom()
{
    // A byte order mark, Windows line ends and blank lines: the same sample as the clean list.
    paste("candidatesEdit", QChar(0xfeff) + twentyCases().replace(QStringLiteral("\n"), QStringLiteral("\r\n\r\n")));
    type("sizeEdit", QStringLiteral("5"));
    type("seedEdit", QStringLiteral("42"));
    click("previewButton");
    QCOMPARE(m_dialog->problem(), QString());
    QCOMPARE(shown(), kSeed42);
}

void TestSampleDialog::badInput_data()
{
    QTest::addColumn<QString>("candidates");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("message");
    const QString cases = twentyCases();
    QTest::newRow("no candidates") << QString() << QStringLiteral("5") << QStringLiteral("1")
                                   << QStringLiteral("There are no candidate cases: paste their references or "
                                                     "import them.");
    QTest::newRow("duplicate") << QStringLiteral("C-1\nC-2\n\nc-1") << QStringLiteral("1") << QStringLiteral("1")
                               << QStringLiteral("Row 4 repeats the case reference “c-1” of row 1; each case may be "
                                                 "listed once.");
    QTest::newRow("size 0") << cases << QStringLiteral("0") << QStringLiteral("1")
                            << QStringLiteral("The sample size must be 1 or more, not 0.");
    QTest::newRow("size -1") << cases << QStringLiteral("-1") << QStringLiteral("1")
                             << QStringLiteral("The sample size must be 1 or more, not -1.");
    QTest::newRow("size ten") << cases << QStringLiteral("ten") << QStringLiteral("1")
                              << QStringLiteral("Sample size: “ten” is not a whole number.");
    QTest::newRow("seed not a number") << cases << QStringLiteral("5") << QStringLiteral("forty-two")
                                       << QStringLiteral("Seed: “forty-two” is not a whole number from 0 to "
                                                         "18,446,744,073,709,551,615.");
    QTest::newRow("larger than candidates") << cases << QStringLiteral("21") << QStringLiteral("1")
                                            << QStringLiteral("A sample of 21 is more than the cases left to draw "
                                                              "from (20).");
    QTest::newRow("personal data") << QStringLiteral("C-1\n943 476 5919\nC-3") << QStringLiteral("1")
                                   << QStringLiteral("1")
                                   << QStringLiteral("Line 2: the case reference “943 476 5919” holds an NHS number "
                                                     "(943 476 5919). Case references must be anonymised: correct "
                                                     "the list, then draw again.");
}

void TestSampleDialog::badInput()
{
    QFETCH(QString, candidates);
    QFETCH(QString, size);
    QFETCH(QString, seed);
    QFETCH(QString, message);
    if (!candidates.isEmpty())
        paste("candidatesEdit", candidates);
    type("sizeEdit", size);
    type("seedEdit", seed);
    click("previewButton");
    QCOMPARE(m_dialog->problem(), message);
    QVERIFY(child<QLabel>("problemLabel")->isVisible());
    QVERIFY(shown().isEmpty());
    QVERIFY(!addButton()->isEnabled());
    QTest::keyClick(child<QLineEdit>("sizeEdit"), Qt::Key_Return); // Enter previews again; still refused
    QCOMPARE(m_dialog->problem(), message);
    QCOMPARE(casesOf(m_audit), 0);
    QCOMPARE(m_ws->undoStack()->count(), 0);
}

void TestSampleDialog::strataFromAnImport()
{
    QByteArray teams("Agency,Case_Ref,Team\n");
    for (int t = 1; t <= 14; ++t)
        for (int i = 1; i <= 3; ++i)
            teams += QStringLiteral("Children's services,C-%1-%2,Team %1\n")
                         .arg(t, 2, 10, QLatin1Char('0'))
                         .arg(i)
                         .toLatin1();
    teams += "Children's services,C-15-1,Team 15\n"; // a team of one
    QVERIFY(m_dialog->importFile(file(QStringLiteral("teams.csv"), teams)));
    QVERIFY(!child<QPlainTextEdit>("candidatesEdit")->isEnabled());
    QCOMPARE(child<QLabel>("candidatesLabel")->text(),
             QStringLiteral("teams.csv: 43 cases, references from “Case_Ref”."));
    QComboBox *strata = child<QComboBox>("stratifyCombo");
    QCOMPARE(strata->count(), 3); // none, Agency, Team
    strata->setFocus();
    QTest::keyClick(strata, Qt::Key_End); // Team
    QCOMPARE(strata->currentText(), QStringLiteral("Team"));
    QVERIFY(!child<QLineEdit>("sizeEdit")->isEnabled()); // one from each team by default
    type("seedEdit", QStringLiteral("2026"));
    click("previewButton");
    QCOMPARE(m_dialog->problem(), QString());
    const QStringList drawn = shown();
    QCOMPARE(drawn.size(), 15);
    QCOMPARE(drawn.mid(0, 3),
             QStringList({QStringLiteral("C-01-2"), QStringLiteral("C-02-3"), QStringLiteral("C-03-3")}));
    QCOMPARE(child<QTableWidget>("previewTable")->item(0, 2)->text(), QStringLiteral("Team 01"));

    type("perStratumEdit", QStringLiteral("2"));
    click("previewButton");
    QCOMPARE(m_dialog->problem(),
             QStringLiteral("The stratum “Team 15” has fewer cases left to draw from (1) than the 2 asked for."));
    QVERIFY(shown().isEmpty());

    QTest::mouseClick(child<QRadioButton>("proportionalRadio"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>("sizeEdit")->isEnabled());
    type("sizeEdit", QStringLiteral("28"));
    click("previewButton");
    QCOMPARE(shown().size(), 28);

    click("clearImportButton");
    QVERIFY(child<QPlainTextEdit>("candidatesEdit")->isEnabled());
    QCOMPARE(strata->count(), 1);
}

void TestSampleDialog::exclusions()
{
    // Cases of an audit started two months ago are left out with "audited in the last 12 months".
    Audit earlier;
    earlier.title = QStringLiteral("Earlier audit");
    earlier.started = QDate::currentDate().addMonths(-2);
    qint64 earlierId = 0;
    QVERIFY(AuditEdits(*m_ws).add(earlier, QDate::currentDate(), nullptr, &earlierId));
    QVERIFY(
        AuditEdits(*m_ws).recordSample(earlierId, {QStringLiteral("C-2026-0014"), QStringLiteral("C-2026-0017")}, 7));
    paste("candidatesEdit", twentyCases());
    paste("excludeEdit", QStringLiteral("c-2026-0003\n"));
    type("sizeEdit", QStringLiteral("17"));
    type("seedEdit", QStringLiteral("42"));
    QTest::mouseClick(child<QCheckBox>("recentCheck"), Qt::LeftButton);
    click("previewButton");
    QCOMPARE(m_dialog->problem(), QString());
    const QStringList drawn = shown();
    QCOMPARE(drawn.size(), 17); // every case left
    for (const char *never : {"C-2026-0003", "C-2026-0014", "C-2026-0017"})
        QVERIFY2(!drawn.contains(QString::fromLatin1(never)), never);
    type("sizeEdit", QStringLiteral("18"));
    click("previewButton");
    QCOMPARE(m_dialog->problem(), QStringLiteral("A sample of 18 is more than the cases left to draw from (17)."));
}

void TestSampleDialog::twoHundredThousandRows()
{
    QByteArray bytes("case_ref,team\n");
    bytes.reserve(200000 * 22);
    for (int i = 1; i <= 200000; ++i)
        bytes += QStringLiteral("C-%1,Team %2\n").arg(i, 7, 10, QLatin1Char('0')).arg(i % 14).toLatin1();
    QVERIFY(m_dialog->importFile(file(QStringLiteral("big.csv"), bytes)));
    type("sizeEdit", QStringLiteral("100"));
    type("seedEdit", QStringLiteral("9"));
    click("previewButton");
    QCOMPARE(m_dialog->problem(), QString());
    QCOMPARE(shown().size(), 100);
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QCOMPARE(casesOf(m_audit), 100);
}

QTEST_MAIN(TestSampleDialog)
#include "tst_sampledialog.moc"
