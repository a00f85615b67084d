// The audit list on the small demo: it passes Qt's tester, counts each audit's cases, findings and
// recommendations as the board holds them, and every filter (type, status, financial year, agency)
// and the search narrow it to exactly the audits that match, sorted as asked.
#include "models/audits/auditlistmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demoworkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace assure;

class TestAuditListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passesTester();
    void countsWhatTheBoardHolds();
    void filtersNarrowToWhatMatches();
    void searchAndSort();

private:
    // The references the proxy shows, in its order.
    static QStringList refs(const QAbstractItemModel &proxy);

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh board for each test
    std::unique_ptr<Workspace> m_ws;
};

void TestAuditListModel::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    test::openDemoWorkspace(*m_dir, &m_ws);
}

QStringList TestAuditListModel::refs(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out << proxy.index(r, AuditListModel::Reference).data().toString();
    return out;
}

void TestAuditListModel::passesTester()
{
    AuditListModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() >= 10);
    QCOMPARE(model.columnCount(), int(AuditListModel::ColumnCount));
    // A finding added and its undo reach the counts, still passing the tester.
    const Audit first = m_ws->items<Audit>().at(0);
    const int findings = model.index(0, AuditListModel::Findings).data().toInt();
    QVERIFY(m_ws->add(Finding{0, first.id, FindingKind::GoodPractice, QStringLiteral("Chronologies kept well")}));
    QCOMPARE(model.index(0, AuditListModel::Findings).data().toInt(), findings + 1);
    m_ws->undoStack()->undo();
    QCOMPARE(model.index(0, AuditListModel::Findings).data().toInt(), findings);
}

void TestAuditListModel::countsWhatTheBoardHolds()
{
    AuditListModel model(m_ws.get());
    for (int r = 0; r < model.rowCount(); ++r) {
        const Audit &a = model.itemAt(r);
        int cases = 0, findings = 0, recommendations = 0;
        QStringList agencies;
        for (const AuditCase &c : m_ws->items<AuditCase>())
            cases += c.auditId == a.id;
        for (const Finding &f : m_ws->items<Finding>())
            findings += f.auditId == a.id;
        for (const Recommendation &rec : m_ws->items<Recommendation>())
            recommendations += rec.auditId == a.id;
        for (const AuditAgency &aa : m_ws->items<AuditAgency>())
            if (aa.auditId == a.id)
                agencies << m_ws->items<Agency>().find(aa.agencyId)->name;
        QCOMPARE(model.index(r, AuditListModel::Reference).data().toString(), a.ref);
        QCOMPARE(model.index(r, AuditListModel::TypeColumn).data().toString(), auditTypeLabel(a.type));
        QCOMPARE(model.index(r, AuditListModel::StatusColumn).data().toString(), auditStatusLabel(a.status));
        QCOMPARE(model.index(r, AuditListModel::Cases).data().toInt(), cases);
        QCOMPARE(model.index(r, AuditListModel::Findings).data().toInt(), findings);
        QCOMPARE(model.index(r, AuditListModel::Recommendations).data().toInt(), recommendations);
        const QString shown = model.index(r, AuditListModel::AgenciesColumn).data().toString();
        for (const QString &name : agencies)
            QVERIFY2(shown.contains(name), qPrintable(shown));
    }
}

void TestAuditListModel::filtersNarrowToWhatMatches()
{
    AuditListModel model(m_ws.get());
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    const int all = proxy.rowCount();

    AuditFilter type;
    type.type = AuditType::MultiAgencyCaseAudit;
    proxy.setRowFilter(model.rowFilter(type));
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, AuditListModel::TypeColumn).data().toString(),
                 auditTypeLabel(AuditType::MultiAgencyCaseAudit));

    AuditFilter status;
    status.status = AuditStatus::Closed;
    proxy.setRowFilter(model.rowFilter(status));
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, AuditListModel::StatusColumn).data().toString(), auditStatusLabel(AuditStatus::Closed));

    // A financial year runs April to March: an audit planned in March 2027 is of 2026/27.
    const QList<int> years = model.financialYears();
    QVERIFY(!years.isEmpty());
    QVERIFY(std::is_sorted(years.rbegin(), years.rend()));
    Audit march = m_ws->items<Audit>().at(0);
    march.planned = QDate(2027, 3, 31);
    QVERIFY(m_ws->update(march));
    QCOMPARE(model.financialYearOf(march), 2026);
    AuditFilter year;
    year.financialYear = 2026;
    proxy.setRowFilter(model.rowFilter(year));
    QVERIFY(refs(proxy).contains(march.ref));
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(model.financialYearOf(model.itemAt(proxy.mapToSource(proxy.index(r, 0)).row())), 2026);
    year.financialYear = 2027;
    proxy.setRowFilter(model.rowFilter(year));
    QVERIFY(!refs(proxy).contains(march.ref));

    const AuditAgency involved = m_ws->items<AuditAgency>().at(0);
    AuditFilter agency;
    agency.agencyId = involved.agencyId;
    proxy.setRowFilter(model.rowFilter(agency));
    QVERIFY(proxy.rowCount() > 0);
    QVERIFY(refs(proxy).contains(m_ws->items<Audit>().find(involved.auditId)->ref));
    const QString name = m_ws->items<Agency>().find(involved.agencyId)->name;
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, AuditListModel::AgenciesColumn).data().toString().contains(name));

    proxy.setRowFilter(model.rowFilter(AuditFilter{}));
    QCOMPARE(proxy.rowCount(), all);
}

void TestAuditListModel::searchAndSort()
{
    AuditListModel model(m_ws.get());
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("neglect"));
    QVERIFY(proxy.rowCount() >= 2);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, AuditListModel::Title).data().toString().contains(QStringLiteral("eglect")));
    proxy.setSearchText(QString());
    // Most cases first: the counts sort as numbers, not as text.
    proxy.sort(AuditListModel::Cases, Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, AuditListModel::Cases).data().toInt() >=
                proxy.index(r, AuditListModel::Cases).data().toInt());
    QHash<qint64, int> cases;
    for (const AuditCase &c : m_ws->items<AuditCase>())
        ++cases[c.auditId];
    QCOMPARE(proxy.index(0, AuditListModel::Cases).data().toInt(), *std::max_element(cases.begin(), cases.end()));
}

QTEST_MAIN(TestAuditListModel)
#include "tst_auditlistmodel.moc"
