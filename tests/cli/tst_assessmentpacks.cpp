// Self-assessment return packs end to end: a pack exported, filled in as an agency's spreadsheet
// program would (cells written into the workbook), imported; each refusal leaves the board file as
// it was; a pack LibreOffice has opened and saved again still imports.
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

// Cover, Standard 1, Standard 2, Pack identity.
const QString kStandard1 = QStringLiteral("xl/worksheets/sheet2.xml");
const QString kStandard2 = QStringLiteral("xl/worksheets/sheet3.xml");
const QString kIdentity = QStringLiteral("xl/worksheets/sheet4.xml");
const QString kWorkbook = QStringLiteral("xl/workbook.xml");
const QString kRound = QStringLiteral("Section 11 2026/27");

enum class Damage {
    OtherBoard,
    OtherAgency,
    OtherRound,
    OtherFrameworkVersion,
    RenamedSheet,
    HiddenSheetDeleted,
    OtherKind,
    OtherProgram,
    NotAWorkbook,
    Corrupt,
    Password,
    NotARating,
    AmbiguousRating,
    UnknownCriterion,
};

} // namespace

class TestAssessmentPacks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void packHoldsTheRoundForTheAgency();
    void filledPackImportsExactlyItsAnswers();
    void refusals_data();
    void refusals();
    void packSavedAgainByLibreOfficeImports();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromUtf8(name)); }
    // Two standards of two criteria; last year's round and this year's, started from it. Fenholt
    // Council answered 1.1 last year; this year it has answered 2.2, which the QA sub-group has
    // challenged and moderated. Fenholt Police is invited too.
    QString makeBoard(const QString &name) const;
    QString exportPack(const QString &board, const QString &name) const;
    // Ratings typed as people type them, evidence, references, an improvement, and 5,000 characters
    // of evidence in one cell.
    bool fill(test::WorkbookEdit &pack) const;
    QStringList answers(const QString &board) const;

    QTemporaryDir m_dir;
    QString m_sqlite3;
};

void TestAssessmentPacks::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");
}

QString TestAssessmentPacks::makeBoard(const QString &name) const
{
    const QString file = path(name + QStringLiteral(".assure"));
    if (cli({QStringLiteral("create"), file, QStringLiteral("--name"), name}).exitCode != 0)
        return {};
    const Run shell = test::runProgram(
        m_sqlite3,
        {file, QStringLiteral(
                   "INSERT INTO agency (id, name) VALUES (1, 'Fenholt Council'), (2, 'Fenholt Police');"
                   "INSERT INTO assessment_framework (id, name, version) VALUES (1, 'Section 11', 1);"
                   "INSERT INTO assessment_standard (id, framework_id, number, title) VALUES "
                   "(1, 1, 1, 'Senior management commitment'), (2, 1, 2, 'Clear lines of accountability');"
                   "INSERT INTO assessment_criterion (id, standard_id, number, text, evidence_guidance) VALUES "
                   "(1, 1, 1, 'A named senior lead', 'Minutes'), (2, 1, 2, 'Safeguarding is in the business plan', ''),"
                   "(3, 2, 1, 'A safeguarding policy', 'The policy'), (4, 2, 2, 'Staff know who to call', 'A survey');"
                   "INSERT INTO assessment_round (id, framework_id, label, year, deadline, previous_round_id) VALUES "
                   "(1, 1, 'Section 11 2025/26', 2025, '2025-12-19', NULL),"
                   "(2, 1, 'Section 11 2026/27', 2026, '2026-12-18', 1);"
                   "INSERT INTO assessment_round_agency (id, round_id, agency_id, status, invited_on) VALUES "
                   "(1, 1, 1, 'accepted', '2025-09-01'), (2, 2, 1, 'in_progress', '2026-09-01'),"
                   "(3, 2, 2, 'invited', '2026-09-01');"
                   "INSERT INTO assessment_answer (round_agency_id, criterion_id, self_rating, evidence, "
                   "challenge_note, moderated_rating) VALUES "
                   "(1, 1, 'amber', 'Lead appointed in March', '', 'amber'),"
                   "(2, 4, 'amber', 'Draft survey', 'Where are the results?', 'red');")});
    return shell.exitCode == 0 ? file : QString();
}

QString TestAssessmentPacks::exportPack(const QString &board, const QString &name) const
{
    const QString pack = path(name);
    const Run r =
        cli({QStringLiteral("assessment"), QStringLiteral("export-pack"), board, QStringLiteral("--round"), kRound,
             QStringLiteral("--agency"), QStringLiteral("Fenholt Council"), QStringLiteral("--out"), pack});
    if (r.exitCode != 0)
        qWarning() << r.out << r.err;
    return r.exitCode == 0 ? pack : QString();
}

bool TestAssessmentPacks::fill(test::WorkbookEdit &pack) const
{
    return pack.setCell(kStandard1, QStringLiteral("D2"), QStringLiteral("green")) &&
           pack.setCell(kStandard1, QStringLiteral("E2"), QStringLiteral("Lead named in the 2026 plan")) &&
           pack.setCell(kStandard1, QStringLiteral("F2"), QStringLiteral("Business plan p. 4")) &&
           pack.setCell(kStandard1, QStringLiteral("D3"), QStringLiteral(" Not  rated ")) &&
           pack.setCell(kStandard2, QStringLiteral("D2"), QStringLiteral("RED")) &&
           pack.setCell(kStandard2, QStringLiteral("E2"), QString(5000, QLatin1Char('e'))) &&
           pack.setCell(kStandard2, QStringLiteral("D3"), QStringLiteral("b l u e")) &&
           pack.setCell(kStandard2, QStringLiteral("G3"), QStringLiteral("Repeat the survey in spring"));
}

QStringList TestAssessmentPacks::answers(const QString &board) const
{
    const Run rows = test::runProgram(
        m_sqlite3, {board, QStringLiteral("SELECT round_agency_id, criterion_id, self_rating, length(evidence), "
                                          "substr(evidence, 1, 30), evidence_refs, planned_improvement, "
                                          "challenge_note, moderated_rating FROM assessment_answer "
                                          "ORDER BY round_agency_id, criterion_id")});
    return rows.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestAssessmentPacks::packHoldsTheRoundForTheAgency()
{
    const QString board = makeBoard(QStringLiteral("Holds"));
    QVERIFY(!board.isEmpty());
    const QString pack = exportPack(board, QStringLiteral("holds.xlsx"));
    QVERIFY(!pack.isEmpty());
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    const QByteArray workbook = book.part(kWorkbook);
    QVERIFY2(workbook.contains("<sheet name=\"Cover\" sheetId=\"1\" r:id=\"rId1\"/>"
                               "<sheet name=\"Standard 1\" sheetId=\"2\" r:id=\"rId2\"/>"
                               "<sheet name=\"Standard 2\" sheetId=\"3\" r:id=\"rId3\"/>"
                               "<sheet name=\"Pack identity\" sheetId=\"4\" state=\"hidden\" r:id=\"rId4\"/>"),
             workbook.constData());
    const QByteArray strings = book.part(QStringLiteral("xl/sharedStrings.xml"));
    // The cover: board, round, framework version, agency, deadline.
    for (const char *said : {"Self-assessment return", "Holds", "Section 11 2026/27", "Section 11, version 1",
                             "Fenholt Council", "18/12/2026", "Standard 2: Clear lines of accountability"})
        QVERIFY2(strings.contains(said), said);
    // Criteria locked, the rating a drop-down of the five, over every criterion's row.
    const QByteArray sheet = book.part(kStandard1);
    QVERIFY(sheet.contains("<sheetProtection"));
    QVERIFY2(sheet.contains("sqref=\"D2:D3\"><formula1>\"BLUE,GREEN,AMBER,RED,Not rated\"</formula1>"),
             sheet.right(800).constData());
    // Last year's rating and evidence beside 1.1; this year's answer so far in 2.2's cells.
    QVERIFY(strings.contains("Lead appointed in March") && strings.contains("Draft survey"));
    // The identity: the round and framework version.
    QVERIFY(strings.contains("assessment_returns"));

    // --all: a file per invited agency; an agency not invited writes nothing.
    QVERIFY(QDir().mkpath(path("all")));
    const Run all = cli({QStringLiteral("assessment"), QStringLiteral("export-pack"), board, QStringLiteral("--round"),
                         kRound, QStringLiteral("--all"), QStringLiteral("--out"), path("all")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QDir(path("all")).entryList(QDir::Files),
             (QStringList{QStringLiteral("Fenholt Council self-assessment.xlsx"),
                          QStringLiteral("Fenholt Police self-assessment.xlsx")}));
    const Run unknown =
        cli({QStringLiteral("assessment"), QStringLiteral("export-pack"), board, QStringLiteral("--round"), kRound,
             QStringLiteral("--agency"), QStringLiteral("Nobody"), QStringLiteral("--out"), path("nobody.xlsx")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("“Nobody” is not invited to Section 11 2026/27")),
             qPrintable(unknown.err));
    QVERIFY(!QFile::exists(path("nobody.xlsx")));
}

void TestAssessmentPacks::filledPackImportsExactlyItsAnswers()
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

    const QStringList expected{
        QStringLiteral("1.1 (Standard 1!D2): rating Not rated -> GREEN; evidence; evidence references"),
        QStringLiteral("2.1 (Standard 2!D2): rating Not rated -> RED; evidence"),
        QStringLiteral("2.2 (Standard 2!D3): rating AMBER -> BLUE; planned improvement"),
    };
    const QByteArray untouched = test::fileDigest(board);
    const Run dry =
        cli({QStringLiteral("assessment"), QStringLiteral("import-pack"), board, filled, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QCOMPARE(dry.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             expected + QStringList{QStringLiteral("would update 3 criteria (dry run: nothing written)")});
    QCOMPARE(test::fileDigest(board), untouched);

    const Run real = cli({QStringLiteral("assessment"), QStringLiteral("import-pack"), board, filled});
    QVERIFY2(real.exitCode == 0, qPrintable(real.out + real.err));
    QCOMPARE(real.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             expected + QStringList{QStringLiteral("updated 3 criteria")});
    // Exactly those answers; 2.2's challenge and moderated rating kept; last year's untouched.
    QCOMPARE(answers(board),
             (QStringList{
                 QStringLiteral("1|1|amber|23|Lead appointed in March||||amber"),
                 QStringLiteral("2|1|green|27|Lead named in the 2026 plan|Business plan p. 4|||not_rated"),
                 QStringLiteral("2|3|red|5000|eeeeeeeeeeeeeeeeeeeeeeeeeeeeee||||not_rated"),
                 QStringLiteral("2|4|blue|12|Draft survey||Repeat the survey in spring|Where are the results?|red")}));
    const Run status =
        test::runProgram(m_sqlite3, {board, QStringLiteral("SELECT status FROM assessment_round_agency WHERE id = 2")});
    QCOMPARE(status.out.trimmed(), QStringLiteral("returned"));

    // One operation in the history: one undo step.
    const Run history = cli({QStringLiteral("history"), board, QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(QStringLiteral("label")).toString(), QStringLiteral("Import 3 answers from round-filled.xlsx"));
    int inOperation = 0;
    for (const QJsonValue &v : entries)
        inOperation += v.toObject().value(QStringLiteral("operation")) == last.value(QStringLiteral("operation"));
    QCOMPARE(inOperation, 4); // two answers added, one changed, and the return's status

    // The same pack again changes nothing.
    const Run again = cli({QStringLiteral("assessment"), QStringLiteral("import-pack"), board, filled});
    QCOMPARE(again.out, QStringLiteral("updated 0 criteria\n"));
}

void TestAssessmentPacks::refusals_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("another board's pack") << Damage::OtherBoard << 2 << QStringLiteral("exported from another board");
    QTest::newRow("an agency not invited")
        << Damage::OtherAgency << 2
        << QStringLiteral("the pack is for Fenholt Fire, and Fenholt Fire is not invited to the round");
    QTest::newRow("a round the board lacks")
        << Damage::OtherRound << 2
        << QStringLiteral("the pack is for the round “Section 11 2030/31”, and the board has no such round now");
    QTest::newRow("another framework version")
        << Damage::OtherFrameworkVersion << 2
        << QStringLiteral("it was made for version “2” of the framework, and the board now has version “1”");
    QTest::newRow("renamed sheet") << Damage::RenamedSheet << 2
                                   << QStringLiteral("has no sheet “Standard 2”: was it renamed or removed?");
    QTest::newRow("hidden sheet deleted")
        << Damage::HiddenSheetDeleted << 2
        << QStringLiteral("is not an Assure return pack: it has no sheet “Pack identity”");
    QTest::newRow("another kind of pack") << Damage::OtherKind << 2 << QStringLiteral("a pack of another kind");
    QTest::newRow("another program's workbook")
        << Damage::OtherProgram << 2 << QStringLiteral("is not an Assure return pack: it has no sheet “Pack identity”");
    QTest::newRow("a CSV named .xlsx") << Damage::NotAWorkbook << 2 << QStringLiteral("is not a return pack");
    QTest::newRow("corrupt") << Damage::Corrupt << 2 << QStringLiteral("is not a return pack");
    QTest::newRow("password-protected") << Damage::Password << 2 << QStringLiteral("is protected by a password");
    QTest::newRow("not a rating") << Damage::NotARating << 4
                                  << QStringLiteral("Standard 2!D3: “Greenish” is not a rating: choose one of BLUE, "
                                                    "GREEN, AMBER, RED, Not rated");
    QTest::newRow("two ratings") << Damage::AmbiguousRating << 4
                                 << QStringLiteral("Standard 1!D3: “Green or amber” is not a rating");
    QTest::newRow("unknown criterion")
        << Damage::UnknownCriterion << 4
        << QStringLiteral("Standard 1!A2: “1.9” is not a criterion of standard 1 in this framework");
}

void TestAssessmentPacks::refusals()
{
    QFETCH(Damage, damage);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString board = makeBoard(QStringLiteral("Refusals ") + tag);
    QVERIFY(!board.isEmpty());
    const QString pack = exportPack(board, tag + QStringLiteral(".xlsx"));
    QVERIFY(!pack.isEmpty());
    test::WorkbookEdit book;
    QVERIFY(book.read(pack));
    QVERIFY(fill(book)); // good answers beside the bad one: none of them is written either
    QByteArray bytes;    // a file that is not the pack at all
    switch (damage) {
    case Damage::OtherBoard: {
        const QString other = makeBoard(QStringLiteral("Other ") + tag);
        QVERIFY(!other.isEmpty());
        test::WorkbookEdit theirs;
        QVERIFY(theirs.read(exportPack(other, tag + QStringLiteral("-theirs.xlsx"))));
        book = theirs;
        break;
    }
    // The identity's rows: program, format, kind, board id, board, agency, agency id, export id,
    // exported at, deadline, round, framework version (B2 to B13).
    case Damage::OtherAgency:
        QVERIFY(book.setCell(kIdentity, QStringLiteral("B7"), QStringLiteral("Fenholt Fire")));
        QVERIFY(book.setCell(kIdentity, QStringLiteral("B8"), QStringLiteral("99")));
        break;
    case Damage::OtherRound:
        QVERIFY(book.setCell(kIdentity, QStringLiteral("B12"), QStringLiteral("Section 11 2030/31")));
        break;
    case Damage::OtherFrameworkVersion:
        QVERIFY(book.setCell(kIdentity, QStringLiteral("B13"), QStringLiteral("2")));
        break;
    case Damage::RenamedSheet: QVERIFY(book.replace(kWorkbook, "name=\"Standard 2\"", "name=\"Standard Two\"")); break;
    case Damage::HiddenSheetDeleted:
        QVERIFY(book.replace(kWorkbook, "<sheet name=\"Pack identity\" sheetId=\"4\" state=\"hidden\" r:id=\"rId4\"/>",
                             ""));
        break;
    case Damage::OtherKind:
        QVERIFY(book.setCell(kIdentity, QStringLiteral("B4"), QStringLiteral("action_returns")));
        break;
    case Damage::OtherProgram:
        // Another program's workbook: the parts of one sheet, without Assure's identity.
        QVERIFY(book.replace(kWorkbook, "<sheet name=\"Pack identity\" sheetId=\"4\" state=\"hidden\" r:id=\"rId4\"/>",
                             ""));
        QVERIFY(book.replace(kWorkbook, "name=\"Cover\"", "name=\"Survey\""));
        break;
    case Damage::NotAWorkbook: bytes = "Criterion,Rating\n1.1,Green\n"; break;
    case Damage::Corrupt: {
        QVERIFY(book.write(path(tag + QStringLiteral("-whole.xlsx"))));
        bytes = test::readFile(path(tag + QStringLiteral("-whole.xlsx")));
        bytes.truncate(bytes.size() / 2);
        break;
    }
    case Damage::Password: {
        // What Excel writes for a workbook with a password to open: an OLE file holding the
        // EncryptionInfo and EncryptedPackage streams in place of the zip.
        bytes = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        for (const char *stream : {"EncryptionInfo", "EncryptedPackage"})
            for (const char *c = stream; *c; ++c)
                bytes.append(*c).append('\0');
        bytes.append(QByteArray(1024, '\x5a'));
        break;
    }
    case Damage::NotARating: QVERIFY(book.setCell(kStandard2, QStringLiteral("D3"), QStringLiteral("Greenish"))); break;
    case Damage::AmbiguousRating:
        QVERIFY(book.setCell(kStandard1, QStringLiteral("D3"), QStringLiteral("Green or amber")));
        break;
    case Damage::UnknownCriterion:
        QVERIFY(book.replace(QStringLiteral("xl/sharedStrings.xml"), "<t>1.1</t>", "<t>1.9</t>"));
        break;
    }
    const QString damaged = path(tag + QStringLiteral("-damaged.xlsx"));
    if (!bytes.isNull())
        QVERIFY(test::writeFile(damaged, bytes));
    else
        QVERIFY(book.write(damaged));

    const QByteArray before = test::fileDigest(board);
    const Run r = cli({QStringLiteral("assessment"), QStringLiteral("import-pack"), board, damaged});
    QCOMPARE(r.exitCode, exitCode);
    const QString said = exitCode == 2 ? r.err : r.out;
    QVERIFY2(said.contains(message), qPrintable(r.out + r.err));
    if (exitCode == 4)
        QVERIFY2(!r.out.contains(QStringLiteral("updated")), qPrintable(r.out));
    QCOMPARE(test::fileDigest(board), before);
}

void TestAssessmentPacks::packSavedAgainByLibreOfficeImports()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to run this test");
    const QString board = makeBoard(QStringLiteral("LibreOffice"));
    QVERIFY(!board.isEmpty());
    test::WorkbookEdit book;
    QVERIFY(book.read(exportPack(board, QStringLiteral("lo.xlsx"))));
    QVERIFY(fill(book));
    // A rating that only the spreadsheet program works out.
    QVERIFY(book.setFormula(kStandard1, QStringLiteral("D3"), QStringLiteral("UPPER(\"amber\")")));
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
    test::WorkbookEdit theirs;
    QVERIFY(theirs.read(resaved));
    QVERIFY(theirs.part(kWorkbook).contains("appName=\"Calc\""));

    const Run r = cli({QStringLiteral("assessment"), QStringLiteral("import-pack"), board, resaved});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).constLast(), QStringLiteral("updated 4 criteria"));
    const QStringList stored = answers(board);
    QCOMPARE(stored.size(), 5);
    QVERIFY2(stored.at(2).startsWith(QStringLiteral("2|2|amber|0|")), qPrintable(stored.join(QLatin1Char('\n'))));
    QVERIFY2(stored.at(3).startsWith(QStringLiteral("2|3|red|5000|")), qPrintable(stored.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestAssessmentPacks)
#include "tst_assessmentpacks.moc"
