// assure-cli import --survey and the survey key of assure-cli board (issue 18, parts 3 and 7): the
// identifying columns are named, dropped and found nowhere in the board file afterwards; words and
// numbers read alike; bad answers name their row and column; a file of identifying columns only is
// refused and the board left as it was; the JSON gives each statement's mean and five counts.
#include "interchange/tablefile.h"
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QStringList kNames = {QStringLiteral("Ann Smith"), QStringLiteral("Bob Jones"), QStringLiteral("Cerys Evans"),
                            QStringLiteral("Dafydd Hughes"), QStringLiteral("Efa Morgan")};
const QStringList kEmails = {QStringLiteral("ann.smith@fenholt.example"), QStringLiteral("bob.jones@fenholt.example"),
                             QStringLiteral("c.evans@westmere.example"), QStringLiteral("dafydd.h@police.example"),
                             QStringLiteral("efa.morgan@school.example")};

// A Microsoft Forms export: its identifying columns, a sector, two statements and a free-text question.
TableSheet formsExport()
{
    TableSheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.header = {QStringLiteral("ID"),
                    QStringLiteral("Start time"),
                    QStringLiteral("Completion time"),
                    QStringLiteral("Email"),
                    QStringLiteral("Name"),
                    QStringLiteral("Sector"),
                    QStringLiteral("The board has clear priorities"),
                    QStringLiteral("Meetings are well chaired"),
                    QStringLiteral("What should the board change?")};
    const QStringList sectors = {QStringLiteral("Health"), QStringLiteral("Health"), QStringLiteral("Police"),
                                 QStringLiteral("Health"), QStringLiteral("Education")};
    const QStringList first = {QStringLiteral("Agree"), QStringLiteral("5"), QStringLiteral("strongly disagree"),
                               QStringLiteral("Neither agree nor disagree"), QStringLiteral("4")};
    const QStringList second = {QStringLiteral("4"), QStringLiteral("Strongly agree"), QStringLiteral("2"),
                                QStringLiteral("Disagree"), QStringLiteral("Strongly agre")};
    for (int i = 0; i < 5; ++i)
        sheet.rows.append(QVariantList{i + 1, QStringLiteral("10/03/2027 09:0%1").arg(i),
                                       QStringLiteral("10/03/2027 09:1%1").arg(i), kEmails[i], kNames[i], sectors[i],
                                       first[i], second[i], i == 0 ? QStringLiteral("Shorter papers") : QString()});
    return sheet;
}

} // namespace

class TestSurveyVerb final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importDropsWhatIdentifies_data();
    void importDropsWhatIdentifies();
    void onlyIdentifyingColumnsIsRefused();
    void dryRunAndAllOrNothingWriteNothing();
    void yearIsNeeded();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshBoard(const QString &name) const
    {
        const QString file = path(name);
        QFile::remove(file);
        return cli({QStringLiteral("create"), file, QStringLiteral("--name"), QStringLiteral("Fenholt SAB")})
                           .exitCode == 0
                   ? file
                   : QString();
    }
    QJsonObject survey(const QString &board, const QString &year) const
    {
        const Run r = cli({QStringLiteral("board"), board, QStringLiteral("--year"), year, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("survey")).toObject();
    }

    QTemporaryDir m_dir;
};

void TestSurveyVerb::initTestCase()
{
    qputenv("ASSURE_BACKUP_DIR", QFile::encodeName(path(QStringLiteral("backups"))));
    QVERIFY(writeTableFile(path(QStringLiteral("responses.csv")), {formsExport()}));
    QVERIFY(writeTableFile(path(QStringLiteral("responses.xlsx")), {formsExport()}));
}

void TestSurveyVerb::importDropsWhatIdentifies_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestSurveyVerb::importDropsWhatIdentifies()
{
    QFETCH(QString, suffix);
    const QString board = freshBoard(QStringLiteral("board-%1.assure").arg(suffix));
    QVERIFY(!board.isEmpty());
    const QString file = path(QStringLiteral("responses.") + suffix);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--survey"), file, QStringLiteral("--year"),
                       QStringLiteral("2026/27")});
    QCOMPARE(r.exitCode, 4); // a row was rejected
    QCOMPARE(r.out, QStringLiteral("imported 4, unchanged 0, rejected 1\n"
                                   "row 6: column “Meetings are well chaired”: “Strongly agre” is not a rating (1 to "
                                   "5, or Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly "
                                   "agree)\n"));
    QVERIFY2(r.err.contains(QStringLiteral("dropped, never stored (they identify respondents): ID, Start time, "
                                           "Completion time, Email, Name")),
             qPrintable(r.err));

    // Nowhere in the board file, nor beside it (journal, backups), is a name, an email or a time given.
    QStringList files;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.endsWith(QLatin1String(".csv")) && !f.endsWith(QLatin1String(".xlsx")))
            files << f;
    }
    QVERIFY(files.contains(board));
    for (const QString &f : std::as_const(files)) {
        const QByteArray bytes = test::readFile(f);
        for (const QString &needle : kNames + kEmails + QStringList{QStringLiteral("10/03/2027")}) {
            QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(f + QStringLiteral(": ") + needle));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2)),
                     qPrintable(f + QStringLiteral(" (UTF-16): ") + needle));
        }
        // The first name alone, as a respondent might be told apart, is not there either.
        QVERIFY(!bytes.contains("Dafydd"));
    }

    const QJsonObject s = survey(board, QStringLiteral("2026/27"));
    QCOMPARE(s.value(QStringLiteral("responses")).toInt(), 4);
    const QJsonArray statements = s.value(QStringLiteral("statements")).toArray();
    QCOMPARE(statements.size(), 2);
    const QJsonObject priorities = statements[0].toObject();
    QCOMPARE(priorities.value(QStringLiteral("text")).toString(), QStringLiteral("The board has clear priorities"));
    QCOMPARE(priorities.value(QStringLiteral("counts")).toArray(), (QJsonArray{1, 0, 1, 1, 1}));
    QCOMPARE(priorities.value(QStringLiteral("mean")).toDouble(), 13.0 / 4.0);
    QCOMPARE(statements[1].toObject().value(QStringLiteral("counts")).toArray(), (QJsonArray{0, 2, 0, 1, 1}));
    QCOMPARE(statements[1].toObject().value(QStringLiteral("mean")).toDouble(), 13.0 / 4.0);
    // Health has three responses, Police one: both too few to show, and neither count is given.
    const QJsonObject breakdown = s.value(QStringLiteral("breakdown")).toObject();
    QCOMPARE(breakdown.value(QStringLiteral("title")).toString(), QStringLiteral("Sector"));
    QCOMPARE(breakdown.value(QStringLiteral("smallest_shown")).toInt(), 5);
    for (const QJsonValue &g : breakdown.value(QStringLiteral("groups")).toArray()) {
        QVERIFY(g.toObject().value(QStringLiteral("suppressed")).toBool());
        QVERIFY(!g.toObject().contains(QStringLiteral("responses")));
        QVERIFY(!g.toObject().contains(QStringLiteral("means")));
    }
    QCOMPARE(s.value(QStringLiteral("free_text")).toArray()[0].toObject().value(QStringLiteral("answers")).toArray(),
             QJsonArray{QStringLiteral("Shorter papers")});
    // A year with no survey says so with nothing in it.
    QCOMPARE(survey(board, QStringLiteral("2025/26")).value(QStringLiteral("responses")).toInt(-1), 0);
}

void TestSurveyVerb::onlyIdentifyingColumnsIsRefused()
{
    const QString board = freshBoard(QStringLiteral("refused.assure"));
    const QString csv = path(QStringLiteral("identifying.csv"));
    QVERIFY(test::writeFile(csv, "Respondent ID,Name,Email address\n1,Ann Smith,ann.smith@fenholt.example\n"));
    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--survey"), csv, QStringLiteral("--year"),
                       QStringLiteral("2026/27")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("The file's only columns identify respondents (Respondent ID, Name, Email "
                                           "address), and are never stored: it has no answers to import.")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(test::fileDigest(board), before);
}

void TestSurveyVerb::dryRunAndAllOrNothingWriteNothing()
{
    const QString board = freshBoard(QStringLiteral("dry.assure"));
    const QByteArray before = test::fileDigest(board);
    const QString csv = path(QStringLiteral("responses.csv"));
    const QStringList args = {QStringLiteral("import"),   board,
                              QStringLiteral("--survey"), csv,
                              QStringLiteral("--year"),   QStringLiteral("2026/27")};
    const Run dry = cli(args + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 4);
    QVERIFY(dry.out.startsWith(QStringLiteral("imported 4, unchanged 0, rejected 1\n")));
    QCOMPARE(test::fileDigest(board), before);
    const Run none = cli(args + QStringList{QStringLiteral("--all-or-nothing")});
    QVERIFY(none.out.startsWith(QStringLiteral("imported 0, unchanged 0, rejected 1\n")));
    QCOMPARE(test::fileDigest(board), before);
    QCOMPARE(survey(board, QStringLiteral("2026/27")).value(QStringLiteral("responses")).toInt(-1), 0);
}

void TestSurveyVerb::yearIsNeeded()
{
    const QString board = freshBoard(QStringLiteral("noyear.assure"));
    const Run r =
        cli({QStringLiteral("import"), board, QStringLiteral("--survey"), path(QStringLiteral("responses.csv"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--year")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestSurveyVerb)
#include "tst_surveyverb.moc"
