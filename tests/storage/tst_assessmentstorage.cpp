// Self-assessment in the board file (format 6): every kind written and read back as it was, and
// what the file itself refuses or does on a delete: a rating that is not one of the five, a second
// answer to one criterion, deleting a framework a round uses, an agency taking its returns.
#include "storage/assessment/assessmentmappings.h"
#include "storage/board/boardmappings.h"
#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"
#include "storage/repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestAssessmentStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void fileRefusesBadRows();
    void deletes();

private:
    bool exec(const QString &sql) const
    {
        QSqlQuery q(m_file->database());
        return q.exec(sql);
    }
    template <class T> size_t count() const { return Repository<T>(m_file->database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BoardFile> m_file;
    Agency m_agency;
    AssessmentFramework m_framework;
    AssessmentStandard m_standard;
    AssessmentCriterion m_criterion;
    AssessmentRound m_round;
    RoundAgency m_invited;
    CriterionReturn m_answer;
};

void TestAssessmentStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    OpenResult r;
    m_file = BoardFile::create(m_dir->filePath(QStringLiteral("s11.assure")), &r);
    QVERIFY2(m_file, qPrintable(r.message));
    QVERIFY(BoardFile::currentSchemaVersion() >= 6); // 0006_assessments.sql and any after it
    const QSqlDatabase db = m_file->database();
    QString error;
    m_agency.name = QStringLiteral("Fenholt Police");
    QVERIFY2(Repository<Agency>(db).insert(m_agency, &error), qPrintable(error));
    m_framework = {0, QStringLiteral("Section 11"), 2, QStringLiteral("The duties of section 11.")};
    QVERIFY2(Repository<AssessmentFramework>(db).insert(m_framework, &error), qPrintable(error));
    m_standard = {0, m_framework.id, 5, QStringLiteral("Staff training")};
    QVERIFY2(Repository<AssessmentStandard>(db).insert(m_standard, &error), qPrintable(error));
    m_criterion = {0, m_standard.id, 2, QStringLiteral("Training is refreshed."), QStringLiteral("Schedule.")};
    QVERIFY2(Repository<AssessmentCriterion>(db).insert(m_criterion, &error), qPrintable(error));
    m_round = {0, m_framework.id, QStringLiteral("Section 11 2026/27"), 2026, QDate(2026, 12, 18), 0};
    QVERIFY2(Repository<AssessmentRound>(db).insert(m_round, &error), qPrintable(error));
    m_invited.roundId = m_round.id;
    m_invited.agencyId = m_agency.id;
    m_invited.setStatus(ReturnStatus::Invited, QDate(2026, 9, 1));
    m_invited.setStatus(ReturnStatus::Challenged, QDate(2026, 11, 30));
    QVERIFY2(Repository<RoundAgency>(db).insert(m_invited, &error), qPrintable(error));
    m_answer.roundAgencyId = m_invited.id;
    m_answer.criterionId = m_criterion.id;
    m_answer.selfRating = AssessmentRating::Blue;
    m_answer.evidence = QStringLiteral("97% of officers trained — see the register");
    m_answer.evidenceRefs = QStringLiteral("TR-2026-04");
    m_answer.plannedImprovement = QStringLiteral("Refresher e-learning");
    m_answer.challengeNote = QStringLiteral("The register shows 81%.");
    m_answer.moderatedRating = AssessmentRating::Amber;
    QVERIFY2(Repository<CriterionReturn>(db).insert(m_answer, &error), qPrintable(error));
}

void TestAssessmentStorage::cleanup()
{
    m_file.reset();
    m_dir.reset();
}

void TestAssessmentStorage::roundTrip()
{
    const QString path = m_file->path();
    m_file.reset();
    OpenResult r;
    m_file = BoardFile::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY2(m_file, qPrintable(r.message));
    const QSqlDatabase db = m_file->database();
    QCOMPARE(Repository<AssessmentFramework>(db).loadAll(), std::vector<AssessmentFramework>{m_framework});
    QCOMPARE(Repository<AssessmentStandard>(db).loadAll(), std::vector<AssessmentStandard>{m_standard});
    QCOMPARE(Repository<AssessmentCriterion>(db).loadAll(), std::vector<AssessmentCriterion>{m_criterion});
    QCOMPARE(Repository<AssessmentRound>(db).loadAll(), std::vector<AssessmentRound>{m_round});
    const std::vector<RoundAgency> invited = Repository<RoundAgency>(db).loadAll();
    QCOMPARE(invited, std::vector<RoundAgency>{m_invited});
    QCOMPARE(invited.at(0).status, ReturnStatus::Challenged);
    QCOMPARE(invited.at(0).challengedOn, QDate(2026, 11, 30));
    QVERIFY(!invited.at(0).acceptedOn.isValid());
    const std::vector<CriterionReturn> answers = Repository<CriterionReturn>(db).loadAll();
    QCOMPARE(answers, std::vector<CriterionReturn>{m_answer});
    QCOMPARE(answers.at(0).moderatedRating, AssessmentRating::Amber);
}

void TestAssessmentStorage::fileRefusesBadRows()
{
    QVERIFY(!exec(QStringLiteral("UPDATE assessment_answer SET self_rating = 'greenish'")));
    QVERIFY(!exec(QStringLiteral("UPDATE assessment_answer SET moderated_rating = 'GREEN'")));
    QVERIFY(!exec(QStringLiteral("UPDATE assessment_round_agency SET status = 'done'")));
    CriterionReturn second = m_answer;
    second.id = 0;
    QString error;
    QVERIFY(!Repository<CriterionReturn>(m_file->database()).insert(second, &error)); // one answer a criterion
    AssessmentRound sameLabel = m_round;
    sameLabel.id = 0;
    sameLabel.label = QStringLiteral("SECTION 11 2026/27");
    QVERIFY(!Repository<AssessmentRound>(m_file->database()).insert(sameLabel, &error));
    AssessmentFramework sameVersion = m_framework;
    sameVersion.id = 0;
    sameVersion.name = QStringLiteral("section 11");
    QVERIFY(!Repository<AssessmentFramework>(m_file->database()).insert(sameVersion, &error));
    sameVersion.version = 3; // a new version is welcome
    QVERIFY2(Repository<AssessmentFramework>(m_file->database()).insert(sameVersion, &error), qPrintable(error));
}

void TestAssessmentStorage::deletes()
{
    QString error;
    // A framework a round uses stays.
    QVERIFY(!Repository<AssessmentFramework>(m_file->database()).remove(m_framework, &error));
    QCOMPARE(count<AssessmentCriterion>(), size_t(1));
    // An agency takes its returns and their answers with it; the round stays.
    QVERIFY2(Repository<Agency>(m_file->database()).remove(m_agency, &error), qPrintable(error));
    QCOMPARE(count<RoundAgency>(), size_t(0));
    QCOMPARE(count<CriterionReturn>(), size_t(0));
    QCOMPARE(count<AssessmentRound>(), size_t(1));
    // Once no round uses it, a framework goes with its standards and criteria.
    QVERIFY2(Repository<AssessmentRound>(m_file->database()).remove(m_round, &error), qPrintable(error));
    QVERIFY2(Repository<AssessmentFramework>(m_file->database()).remove(m_framework, &error), qPrintable(error));
    QCOMPARE(count<AssessmentStandard>(), size_t(0));
    QCOMPARE(count<AssessmentCriterion>(), size_t(0));
}

QTEST_GUILESS_MAIN(TestAssessmentStorage)
#include "tst_assessmentstorage.moc"
