// Action progress returns end to end: a pack exported, filled in as a lead's spreadsheet program
// would (cells written into the workbook), imported; each refusal leaves the board file as it was;
// a pack LibreOffice has opened and saved again still imports.
#include "testsupport/clirun.h"
#include "testsupport/filebytes.h"
#include "testsupport/workbookedit.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using test::cli;
using test::Run;

namespace {

const QString kActions = QStringLiteral("xl/worksheets/sheet2.xml"); // Cover, Actions, Pack identity
const QString kWorkbook = QStringLiteral("xl/workbook.xml");

enum class Damage {
    OtherBoard,
    OtherAgency,
    RenamedSheet,
    NoIdentity,
    OtherKind,
    NotAWorkbook,
    EmptyFile,
    UnknownRef,
    Percent140,
    PercentMinus5,
    NotAStatus,
    LongStatus,
    CancelWithoutReason,
};

} // namespace

class TestActionReturns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packHoldsTheAgencysOpenActions();
    void filledPackImportsExactlyItsUpdates();
    void refusals_data();
    void refusals();
    void renamedAgencyIsStillItself();
    void packSavedAgainByLibreOfficeImports();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    // A board of two agencies; the first owns three open actions and a completed one.
    QString makeBoard(const QString &name) const;
    QString exportPack(const QString &board, const QString &name, const QString &agency = {}) const;
    // The returns the round trip writes: progress and a percentage on the first action, a
    // status and a percentage on the second, nothing on the third.
    bool fill(test::WorkbookEdit &pack) const;
    QJsonObject action(const QString &board, const QString &ref) const;

    QTemporaryDir m_dir;
    QString m_sqlite3;
};

void TestActionReturns::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
}

QString TestActionReturns::makeBoard(const QString &name) const
{
    const QString file = path(name + QStringLiteral(".assure"));
    if (cli({QStringLiteral("create"), file, QStringLiteral("--name"), name}).exitCode != 0)
        return {};
    const Run shell = test::runProgram(
        m_sqlite3,
        {file,
         QStringLiteral(
             "INSERT INTO agency (id, name) VALUES (1, 'Fenholt Council'), (2, 'Fenholt Police');"
             "INSERT INTO person (id, name, agency_id) VALUES (1, 'Priya Shah', 1), (2, 'Tomasz Nowak', 2);"
             "INSERT INTO action (id, ref, title, owner_agency_id, lead_person_id, start_date, due_date, status) "
             "VALUES (1, 'A-2026-001', 'Train front-door staff', 1, 1, '2026-06-01', '2026-12-01', 'in_progress'),"
             "(2, 'A-2026-002', 'Audit referral quality', 1, 1, '2026-09-01', '2027-01-15', 'not_started'),"
             "(3, 'A-2026-003', 'Publish the threshold guide', 1, NULL, '2026-09-01', '2027-02-01', 'in_progress'),"
             "(4, 'A-2026-004', 'Done already', 1, 1, '2026-01-01', '2026-03-01', 'completed'),"
             "(5, 'A-2026-005', 'Police action', 2, 2, '2026-01-01', '2026-12-01', 'in_progress');"
             "INSERT INTO action_update (action_id, date, author, text, percent) VALUES "
             "(1, '2026-10-01', 'Priya Shah', 'Sessions booked', 40);")});
    return shell.exitCode == 0 ? file : QString();
}

QString TestActionReturns::exportPack(const QString &board, const QString &name, const QString &agency) const
{
    const QString pack = path(name);
    const Run r = cli({QStringLiteral("actions-pack"), board, QStringLiteral("--agency"),
                       agency.isEmpty() ? QStringLiteral("Fenholt Council") : agency, QStringLiteral("--out"), pack,
                       QStringLiteral("--deadline"), QStringLiteral("2026-12-18")});
    if (r.exitCode != 0)
        qWarning() << r.out << r.err;
    return r.exitCode == 0 ? pack : QString();
}

bool TestActionReturns::fill(test::WorkbookEdit &pack) const
{
    return pack.setCell(kActions, QStringLiteral("I2"), QStringLiteral("Training delivered to 40 of 55 staff")) &&
           pack.setCell(kActions, QStringLiteral("J2"), QStringLiteral("60"), true) &&
           pack.setCell(kActions, QStringLiteral("J3"), QStringLiteral("10"), true) &&
           pack.setCell(kActions, QStringLiteral("K3"), QStringLiteral("In progress"));
}

QJsonObject TestActionReturns::action(const QString &board, const QString &ref) const
{
    const Run r = cli({QStringLiteral("actions"), board, QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("ref")).toString() == ref)
            return v.toObject();
    return {};
}

void TestActionReturns::packHoldsTheAgencysOpenActions()
{
    const QString board = makeBoard(QStringLiteral("Holds"));
    QVERIFY(!board.isEmpty());
    const QString pack = exportPack(board, QStringLiteral("holds.xlsx"));
    QVERIFY(!pack.isEmpty());
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    // By due date, open only, the agency's own: not the completed one, not the police's.
    const QByteArray sheet = book.part(kActions);
    const QByteArray strings = book.part(QStringLiteral("xl/sharedStrings.xml"));
    for (const char *ref : {"A-2026-001", "A-2026-002", "A-2026-003"})
        QVERIFY2(strings.contains(ref), ref);
    QVERIFY(!strings.contains("A-2026-004"));
    QVERIFY(!strings.contains("A-2026-005"));
    QVERIFY(sheet.contains("<c r=\"A4\"") && !sheet.contains("<c r=\"A5\""));
    // Locked by protection, the identity hidden, the status a drop-down, the percentage 0 to 100.
    QVERIFY(sheet.contains("<sheetProtection"));
    QVERIFY(book.part(kWorkbook).contains("name=\"Pack identity\" sheetId=\"3\" state=\"hidden\""));
    QVERIFY2(sheet.contains("<formula1>\"Not started,In progress,Completed,Cancelled\"</formula1>"), sheet.right(1500));
    QVERIFY(sheet.contains("type=\"whole\"") && sheet.contains("<formula1>0</formula1><formula2>100</formula2>"));
    // The fillable cells are unlocked; the style they use says so.
    QVERIFY(book.part(QStringLiteral("xl/styles.xml")).contains("<protection locked=\"0\"/>"));
    // The cover says what it is and by when.
    QVERIFY(strings.contains("Action progress return") && strings.contains("18/12/2026"));

    // An unknown agency, or one that owes nothing, writes no file.
    const Run unknown = cli({QStringLiteral("actions-pack"), board, QStringLiteral("--agency"),
                             QStringLiteral("Nobody"), QStringLiteral("--out"), path("nobody.xlsx")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(!QFile::exists(path("nobody.xlsx")));
    // --all: one file per agency with open actions.
    QVERIFY(QDir().mkpath(path("all")));
    const Run all =
        cli({QStringLiteral("actions-pack"), board, QStringLiteral("--all"), QStringLiteral("--out"), path("all")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QDir(path("all")).entryList(QDir::Files),
             (QStringList{QStringLiteral("Fenholt Council progress return.xlsx"),
                          QStringLiteral("Fenholt Police progress return.xlsx")}));
}

void TestActionReturns::filledPackImportsExactlyItsUpdates()
{
    const QString board = makeBoard(QStringLiteral("Round trip"));
    QVERIFY(!board.isEmpty());
    const QString pack = exportPack(board, QStringLiteral("round.xlsx"));
    QVERIFY(!pack.isEmpty());
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    QVERIFY(fill(book));
    const QString filled = path("round-filled.xlsx");
    QVERIFY(book.write(filled));

    const QByteArray untouched = test::fileDigest(board);
    const Run dry =
        cli({QStringLiteral("import"), board, QStringLiteral("--action-returns"), filled, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    const QStringList expected{
        QStringLiteral("A-2026-001 (row 2): 60%; “Training delivered to 40 of 55 staff”"),
        QStringLiteral("A-2026-002 (row 3): 10%; status Not started -> In progress"),
        QStringLiteral("imported 2, unchanged 1, rejected 0"),
    };
    QCOMPARE(dry.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    QCOMPARE(test::fileDigest(board), untouched);

    const Run real = cli({QStringLiteral("import"), board, QStringLiteral("--action-returns"), filled});
    QVERIFY2(real.exitCode == 0, qPrintable(real.out + real.err));
    QCOMPARE(real.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);

    // Exactly those updates, by the action's lead, and the status the lead proposed.
    const Run rows = test::runProgram(
        m_sqlite3, {board, QStringLiteral("SELECT action_id, author, text, percent FROM action_update ORDER BY id")});
    QCOMPARE(rows.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("1|Priya Shah|Sessions booked|40"),
                          QStringLiteral("1|Priya Shah|Training delivered to 40 of 55 staff|60"),
                          QStringLiteral("2|Priya Shah||10")}));
    QCOMPARE(action(board, QStringLiteral("A-2026-001")).value(QStringLiteral("percent")).toInt(), 60);
    QCOMPARE(action(board, QStringLiteral("A-2026-002")).value(QStringLiteral("status")).toString(),
             QStringLiteral("in_progress"));
    QCOMPARE(action(board, QStringLiteral("A-2026-003")).value(QStringLiteral("percent")), QJsonValue());

    // One operation in the history: one undo step.
    const Run history = cli({QStringLiteral("history"), board, QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(QStringLiteral("label")).toString(),
             QStringLiteral("Import 2 progress returns from round-filled.xlsx"));
    int inOperation = 0;
    for (const QJsonValue &v : entries)
        inOperation += v.toObject().value(QStringLiteral("operation")) == last.value(QStringLiteral("operation"));
    QCOMPARE(inOperation, 3); // two progress updates and one status, all in the one operation
}

void TestActionReturns::refusals_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("another board's pack") << Damage::OtherBoard << 2 << QStringLiteral("exported from another board");
    QTest::newRow("another agency's pack")
        << Damage::OtherAgency << 2 << QStringLiteral("the pack of Fenholt Council, not of Fenholt Police");
    QTest::newRow("renamed sheet") << Damage::RenamedSheet << 2
                                   << QStringLiteral("has no sheet “Actions”: was it renamed or removed?");
    QTest::newRow("identity removed") << Damage::NoIdentity << 2
                                      << QStringLiteral(
                                             "is not an Assure return pack: it has no sheet “Pack identity”");
    QTest::newRow("another kind of pack") << Damage::OtherKind << 2 << QStringLiteral("a pack of another kind");
    QTest::newRow("a CSV named .xlsx") << Damage::NotAWorkbook << 2 << QStringLiteral("is not a return pack");
    QTest::newRow("an empty file") << Damage::EmptyFile << 2 << QStringLiteral("is not a return pack");
    QTest::newRow("unknown action") << Damage::UnknownRef << 4
                                    << QStringLiteral(
                                           "Actions!A2: “A-2099-001” is not an action reference of this board");
    QTest::newRow("percentage 140") << Damage::Percent140 << 4
                                    << QStringLiteral("Actions!J2: “140” is not a percentage from 0 to 100");
    QTest::newRow("percentage -5") << Damage::PercentMinus5 << 4
                                   << QStringLiteral("Actions!J2: “-5” is not a percentage from 0 to 100");
    QTest::newRow("not a status") << Damage::NotAStatus << 4
                                  << QStringLiteral(
                                         "Actions!K3: “Greenish” is not a status: choose one of Not started, "
                                         "In progress, Completed, Cancelled");
    QTest::newRow("10,000 characters")
        << Damage::LongStatus << 4
        << QStringLiteral("Actions!K3: “%1…” (10000 characters) is not a status").arg(QString(60, QLatin1Char('x')));
    QTest::newRow("cancelled without a reason")
        << Damage::CancelWithoutReason << 4
        << QStringLiteral("Actions!K4: to propose cancelling A-2026-003, say why in Actions!I4");
}

void TestActionReturns::refusals()
{
    QFETCH(Damage, damage);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString board = makeBoard(QStringLiteral("Refusals ") + tag);
    QVERIFY(!board.isEmpty());
    QString pack = exportPack(board, tag + QStringLiteral(".xlsx"));
    QVERIFY(!pack.isEmpty());
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    QVERIFY(fill(book)); // good returns beside the bad one: nothing of them is written either
    QStringList extra;
    switch (damage) {
    case Damage::OtherBoard: {
        const QString other = makeBoard(QStringLiteral("Other ") + tag);
        QVERIFY(!other.isEmpty());
        test::WorkbookEdit theirs;
        QVERIFY(theirs.read(exportPack(other, tag + QStringLiteral("-theirs.xlsx"))));
        book = theirs;
        break;
    }
    case Damage::OtherAgency: extra << QStringLiteral("--agency") << QStringLiteral("Fenholt Police"); break;
    case Damage::RenamedSheet: QVERIFY(book.replace(kWorkbook, "name=\"Actions\"", "name=\"Progress\"")); break;
    case Damage::NoIdentity: QVERIFY(book.replace(kWorkbook, "name=\"Pack identity\"", "name=\"Notes\"")); break;
    case Damage::OtherKind:
        QVERIFY(book.replace(QStringLiteral("xl/sharedStrings.xml"), "action_returns", "assessment_returns"));
        break;
    case Damage::UnknownRef:
        QVERIFY(book.replace(QStringLiteral("xl/sharedStrings.xml"), "A-2026-001", "A-2099-001"));
        break;
    case Damage::Percent140: QVERIFY(book.setCell(kActions, QStringLiteral("J2"), QStringLiteral("140"), true)); break;
    case Damage::PercentMinus5:
        QVERIFY(book.setCell(kActions, QStringLiteral("J2"), QStringLiteral("-5"), true));
        break;
    case Damage::NotAStatus: QVERIFY(book.setCell(kActions, QStringLiteral("K3"), QStringLiteral("Greenish"))); break;
    case Damage::LongStatus:
        QVERIFY(book.setCell(kActions, QStringLiteral("K3"), QString(10000, QLatin1Char('x'))));
        break;
    case Damage::CancelWithoutReason:
        QVERIFY(book.setCell(kActions, QStringLiteral("K4"), QStringLiteral("Cancelled")));
        break;
    case Damage::NotAWorkbook:
    case Damage::EmptyFile: break;
    }
    const QString damaged = path(tag + QStringLiteral("-damaged.xlsx"));
    if (damage == Damage::NotAWorkbook)
        QVERIFY(test::writeFile(damaged, "Reference,Progress\nA-2026-001,Done\n"));
    else if (damage == Damage::EmptyFile)
        QVERIFY(test::writeFile(damaged, QByteArray()));
    else
        QVERIFY(book.write(damaged));

    const QByteArray before = test::fileDigest(board);
    const Run r =
        cli(QStringList{QStringLiteral("import"), board, QStringLiteral("--action-returns"), damaged} + extra);
    QCOMPARE(r.exitCode, exitCode);
    const QString said = exitCode == 2 ? r.err : r.out;
    QVERIFY2(said.contains(message), qPrintable(r.out + r.err));
    if (exitCode == 4)
        QVERIFY2(r.out.startsWith(QStringLiteral("imported 0, unchanged ")), qPrintable(r.out));
    QCOMPARE(test::fileDigest(board), before);
}

void TestActionReturns::renamedAgencyIsStillItself()
{
    const QString board = makeBoard(QStringLiteral("Renamed"));
    QVERIFY(!board.isEmpty());
    const QString pack = exportPack(board, QStringLiteral("renamed.xlsx"));
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    QVERIFY(fill(book));
    const QString filled = path("renamed-filled.xlsx");
    QVERIFY(book.write(filled));
    // The council is renamed while its pack is out.
    QCOMPARE(test::runProgram(m_sqlite3, {board, QStringLiteral("UPDATE agency SET name = 'Fenholt City Council' "
                                                                "WHERE id = 1;")})
                 .exitCode,
             0);
    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--action-returns"), filled});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.endsWith(QStringLiteral("imported 2, unchanged 1, rejected 0\n")), qPrintable(r.out));
}

void TestActionReturns::packSavedAgainByLibreOfficeImports()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to run this test");
    const QString board = makeBoard(QStringLiteral("LibreOffice"));
    QVERIFY(!board.isEmpty());
    const QString pack = exportPack(board, QStringLiteral("lo.xlsx"));
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    QVERIFY(fill(book));
    // The second percentage as a formula that only the spreadsheet program works out.
    QVERIFY(book.setFormula(kActions, QStringLiteral("J3"), QStringLiteral("5*2")));
    const QString filled = path("lo-filled.xlsx");
    QVERIFY(book.write(filled));
    // Its own profile, so that it neither waits for nor disturbs a LibreOffice already running.
    const QString saved = path("resaved");
    const Run convert = test::runProgram(soffice, {QStringLiteral("-env:UserInstallation=file://") + path("lo-profile"),
                                                   QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                                   QStringLiteral("xlsx"), QStringLiteral("--outdir"), saved, filled});
    const QString resaved = QDir(saved).filePath(QStringLiteral("lo-filled.xlsx"));
    if (!QFile::exists(resaved))
        QSKIP(qPrintable(QStringLiteral("LibreOffice could not save the pack (is Calc installed? Debian: "
                                        "libreoffice-calc-nogui): ") +
                         convert.err));
    // It is LibreOffice's file now, not ours.
    test::WorkbookEdit theirs;
    QVERIFY(theirs.read(resaved));
    QVERIFY(theirs.part(kWorkbook).contains("appName=\"Calc\""));

    const Run r = cli({QStringLiteral("import"), board, QStringLiteral("--action-returns"), resaved});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{QStringLiteral("A-2026-001 (row 2): 60%; “Training delivered to 40 of 55 staff”"),
                          QStringLiteral("A-2026-002 (row 3): 10%; status Not started -> In progress"),
                          QStringLiteral("imported 2, unchanged 1, rejected 0")}));
    QCOMPARE(action(board, QStringLiteral("A-2026-001")).value(QStringLiteral("percent")).toInt(), 60);
}

QTEST_GUILESS_MAIN(TestActionReturns)
#include "tst_actionreturns.moc"
