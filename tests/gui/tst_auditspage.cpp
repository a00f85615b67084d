// The Audits page on the small demo, driven as a user drives it: a click on an audit in a sorted,
// filtered list shows that audit's details; a change of type to a review shows the review's dates;
// Save is one undo step and a refused save says why; findings (good practice under its own heading
// and count) and recommendations are added, a recommendation shows the progress rolled up from
// its actions, and Create action and the actions listed ask for the right links; a link to an
// audit from another page selects it, clearing the filters that hid it.
#include "core/audits/recommendationprogress.h"
#include "gui/audits/auditdetailspanel.h"
#include "gui/audits/auditspage.h"
#include "gui/audits/casespanel.h"
#include "gui/audits/findingdialogs.h"
#include "gui/audits/findingspanel.h"
#include "gui/audits/summarypanel.h"
#include "gui/entitytablepanel.h"
#include "gui/pagelink.h"
#include "gui/privacy/privacycheck.h"
#include "models/audits/auditlistmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_auditdetailspanel.h"
#include "ui_auditspageform.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

// A tab that only remembers the audit it was told of.
class AuditTabProbe final : public QWidget
{
    Q_OBJECT

public:
    qint64 shown = -1;

public Q_SLOTS:
    void setAudit(qint64 id) { shown = id; }
};

class TestAuditsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickInSortedFilteredListShowsThatAudit();
    void reviewDatesFollowTheTypeAndSaveUndoes();
    void refusedSaveSaysWhy();
    void findingsAndRecommendationsAreAdded();
    void recommendationRollsUpItsActions();
    void linkFromAnotherPageSelectsTheAudit();
    void newAuditAndDelete();
    void pluggedTabFollowsTheAudit();
    void casesAndSummaryFollowTheAudit();
    void findingNamingAPersonIsStopped();
    void screenshots();

private:
    AuditsPage *page() const { return qobject_cast<AuditsPage *>(m_demo.window->page(QStringLiteral("audits"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    Ui::AuditDetailsPanel *details() const { return page()->details()->form(); }
    const Audit *auditByRef(const QString &ref) const;
    // Clicks the audit's row (by reference) with the mouse; fails the test when it is not shown.
    void clickAudit(const QString &ref);
    // Chooses an item of a filter combo as a user does (the page listens to activated).
    static void choose(QComboBox *combo, const QVariant &data);
    test::DemoWindow m_demo;
};

void TestAuditsPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("audits"));
    QVERIFY(page());
    QVERIFY(page()->isVisible());
    page()->findings()->setAsOf(QDate(2026, 11, 22)); // the demo's own day
}

void TestAuditsPage::cleanup()
{
    m_demo.window.reset();
}

const Audit *TestAuditsPage::auditByRef(const QString &ref) const
{
    for (const Audit &a : workspace()->items<Audit>())
        if (a.ref == ref)
            return &a;
    return nullptr;
}

void TestAuditsPage::clickAudit(const QString &ref)
{
    QTableView *view = page()->table()->view();
    const int row = rowWithText(view, AuditListModel::Reference, ref);
    QVERIFY2(row >= 0, qPrintable(ref));
    clickCell(view, view->model()->index(row, AuditListModel::Title));
}

void TestAuditsPage::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void TestAuditsPage::clickInSortedFilteredListShowsThatAudit()
{
    choose(page()->form()->typeFilter, int(AuditType::MultiAgencyCaseAudit));
    QTableView *view = page()->table()->view();
    const int shown = view->model()->rowCount();
    QVERIFY2(shown >= 3, "the demo has several multi-agency case audits");
    QVERIFY(shown < workspace()->items<Audit>().size());
    // Sort by title, Z to A, with clicks on the header as a user would.
    QHeaderView *header = view->horizontalHeader();
    const QPoint title(header->sectionViewportPosition(AuditListModel::Title) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, title);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, title);
    QCOMPARE(header->sortIndicatorSection(), int(AuditListModel::Title));
    QStringList refs;
    for (int r = 0; r < shown; ++r)
        refs << view->model()->index(r, AuditListModel::Reference).data().toString();
    for (int r = 1; r < shown; ++r)
        QVERIFY(view->model()
                    ->index(r - 1, AuditListModel::Title)
                    .data()
                    .toString()
                    .localeAwareCompare(view->model()->index(r, AuditListModel::Title).data().toString()) >= 0);
    // Last, first, middle: each click shows the audit clicked, never its neighbour.
    for (const QString &ref : {refs.last(), refs.first(), refs.at(shown / 2)}) {
        clickAudit(ref);
        const Audit *a = auditByRef(ref);
        QVERIFY(a);
        QCOMPARE(page()->shownAuditId(), a->id);
        QCOMPARE(details()->refEdit->text(), ref);
        QCOMPARE(details()->titleEdit->text(), a->title);
        QCOMPARE(details()->typeCombo->currentText(), auditTypeLabel(a->type));
        QCOMPARE(details()->scopeEdit->toPlainText(), a->scope);
        QVERIFY(page()->auditTitle().startsWith(ref + QLatin1Char(' ') + a->title));
        int agencies = 0;
        for (const AuditAgency &aa : workspace()->items<AuditAgency>())
            agencies += aa.auditId == a->id;
        int ticked = 0;
        for (int i = 0; i < details()->agenciesList->count(); ++i)
            ticked += details()->agenciesList->item(i)->checkState() == Qt::Checked;
        QCOMPARE(ticked, agencies);
        QVERIFY(!details()->saveButton->isEnabled()); // nothing typed yet
    }
}

void TestAuditsPage::reviewDatesFollowTheTypeAndSaveUndoes()
{
    const Audit *found = nullptr;
    for (const Audit &a : workspace()->items<Audit>())
        if (a.type == AuditType::MultiAgencyCaseAudit && !found)
            found = &a;
    QVERIFY(found);
    const Audit original = *found;
    clickAudit(original.ref);
    QCOMPARE(page()->shownAuditId(), original.id);
    QVERIFY(!details()->reviewBox->isVisibleTo(page()));
    QVERIFY(!details()->reportBox->isVisibleTo(page()));

    QComboBox *type = details()->typeCombo;
    type->setCurrentIndex(type->findData(int(AuditType::ChildSafeguardingPracticeReview)));
    QVERIFY(details()->reviewBox->isVisibleTo(page()));
    QVERIFY(!details()->reportBox->isVisibleTo(page()));
    QVERIFY(details()->saveButton->isEnabled());
    QTest::mouseClick(details()->referralCheck, Qt::LeftButton);
    QVERIFY(details()->referralCheck->isChecked());
    QVERIFY(details()->referralEdit->isEnabled());
    details()->referralEdit->setDate(QDate(2026, 6, 3));
    // An agency more: the list's Agencies column gains it on Save.
    QListWidgetItem *extra = nullptr;
    for (int i = 0; i < details()->agenciesList->count() && !extra; ++i)
        if (details()->agenciesList->item(i)->checkState() == Qt::Unchecked)
            extra = details()->agenciesList->item(i);
    QVERIFY(extra);
    extra->setCheckState(Qt::Checked);
    const QString extraName = extra->text(); // the list is filled anew when the board changes
    const int undoable = workspace()->undoStack()->count();
    QTest::mouseClick(details()->saveButton, Qt::LeftButton);
    QCOMPARE(workspace()->undoStack()->count(), undoable + 1); // one step for the fields and the agency
    const Audit *saved = workspace()->items<Audit>().find(original.id);
    QCOMPARE(saved->type, AuditType::ChildSafeguardingPracticeReview);
    QCOMPARE(saved->referralDate, QDate(2026, 6, 3));
    QVERIFY(details()->problemLabel->text().isEmpty());
    QVERIFY(!details()->saveButton->isEnabled());
    QTableView *view = page()->table()->view();
    const int row = rowWithText(view, AuditListModel::Reference, original.ref);
    QCOMPARE(view->model()->index(row, AuditListModel::TypeColumn).data().toString(),
             auditTypeLabel(AuditType::ChildSafeguardingPracticeReview));
    QVERIFY(view->model()->index(row, AuditListModel::AgenciesColumn).data().toString().contains(extraName));

    workspace()->undoStack()->undo();
    QCOMPARE(*workspace()->items<Audit>().find(original.id), original);
    QCOMPARE(details()->typeCombo->currentText(), auditTypeLabel(original.type));
    QVERIFY(!details()->reviewBox->isVisibleTo(page()));
    QVERIFY(!view->model()->index(row, AuditListModel::AgenciesColumn).data().toString().contains(extraName));

    // A report shows its period instead.
    type->setCurrentIndex(type->findData(int(AuditType::QaReport)));
    QVERIFY(details()->reportBox->isVisibleTo(page()));
    QVERIFY(!details()->reviewBox->isVisibleTo(page()));
    QTest::mouseClick(details()->revertButton, Qt::LeftButton);
    QCOMPARE(details()->typeCombo->currentText(), auditTypeLabel(original.type));
    QVERIFY(!details()->reportBox->isVisibleTo(page()));
}

void TestAuditsPage::refusedSaveSaysWhy()
{
    const Audit first = workspace()->items<Audit>().at(0);
    const Audit second = workspace()->items<Audit>().at(1);
    clickAudit(first.ref);
    details()->refEdit->selectAll();
    QTest::keyClicks(details()->refEdit, second.ref.toLower()); // taken, whatever its case
    QTest::mouseClick(details()->saveButton, Qt::LeftButton);
    QVERIFY2(details()->problemLabel->text().contains(second.ref, Qt::CaseInsensitive),
             qPrintable(details()->problemLabel->text()));
    QCOMPARE(workspace()->items<Audit>().find(first.id)->ref, first.ref);
    details()->titleEdit->clear();
    details()->refEdit->setText(first.ref);
    QTest::mouseClick(details()->saveButton, Qt::LeftButton);
    QVERIFY2(details()->problemLabel->text().contains(QStringLiteral("needs a title")),
             qPrintable(details()->problemLabel->text()));
    QCOMPARE(*workspace()->items<Audit>().find(first.id), first);
}

void TestAuditsPage::findingsAndRecommendationsAreAdded()
{
    const Audit first = workspace()->items<Audit>().at(0);
    clickAudit(first.ref);
    page()->tabs()->setCurrentWidget(page()->findings());
    FindingsPanel *panel = page()->findings();
    QCOMPARE(panel->auditId(), first.id);
    int goodPractice = 0;
    for (const Finding &f : workspace()->items<Finding>())
        goodPractice += f.auditId == first.id && f.kind == FindingKind::GoodPractice;
    // Good practice leads, with its own heading and count.
    QCOMPARE(panel->findingsTree()->topLevelItem(0)->text(0), QStringLiteral("Good practice (%1)").arg(goodPractice));
    QVERIFY(panel->findingsTree()->topLevelItem(0)->font(0).bold());

    test::whenModal<FindingDialog>([](FindingDialog *dialog) {
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(FindingKind::GoodPractice)));
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Chronologies were kept in every case"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addFindingButton")), Qt::LeftButton);
    QCOMPARE(panel->headingOf(FindingKind::GoodPractice), QStringLiteral("Good practice (%1)").arg(goodPractice + 1));
    const Finding added = workspace()->items<Finding>().items().back();
    QCOMPARE(added.text, QStringLiteral("Chronologies were kept in every case"));

    const Agency agency = workspace()->items<Agency>().at(0);
    test::whenModal<RecommendationDialog>([agency](RecommendationDialog *dialog) {
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Share chronology templates across agencies"));
        dialog->agencyCombo()->setCurrentIndex(dialog->agencyCombo()->findData(agency.id));
        dialog->acceptedCheck()->setChecked(true);
        dialog->acceptedEdit()->setDate(QDate(2026, 10, 14));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addRecommendationButton")), Qt::LeftButton);
    const Recommendation rec = workspace()->items<Recommendation>().items().back();
    QCOMPARE(rec.text, QStringLiteral("Share chronology templates across agencies"));
    QCOMPARE(rec.ownerAgencyId, agency.id);
    QCOMPARE(rec.accepted, QDate(2026, 10, 14));

    // The new recommendation reads "No actions yet"; Create action on it asks for a new action.
    QTreeWidget *recs = panel->recommendationsTree();
    QTreeWidgetItem *recItem = nullptr;
    for (int i = 0; i < recs->topLevelItemCount(); ++i)
        if (recs->topLevelItem(i)->text(0) == rec.text)
            recItem = recs->topLevelItem(i);
    QVERIFY(recItem);
    QCOMPARE(recItem->text(1), QStringLiteral("No actions yet"));
    QCOMPARE(recItem->child(1)->text(0),
             QStringLiteral("Owned by %1; accepted by the board on 14 Oct 2026.").arg(agency.name));
    QSignalSpy links(page(), &Page::linkRequested);
    recs->scrollToItem(recItem);
    QTest::mouseClick(recs->viewport(), Qt::LeftButton, Qt::NoModifier, recs->visualItemRect(recItem).center());
    QVERIFY(recItem->isSelected());
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("fullText"))->text(), rec.text); // in full, not cut short
    auto *create = panel->findChild<QPushButton *>(QStringLiteral("createActionButton"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).at(0).toUrl(), PageLink::newAction(QStringLiteral("recommendation"), rec.id));

    // ... and on the finding added, a new action answering that finding.
    QTreeWidget *findings = panel->findingsTree();
    QTreeWidgetItem *findingItem = findings->findItems(added.text, Qt::MatchExactly | Qt::MatchRecursive).value(0);
    QVERIFY(findingItem);
    findings->scrollToItem(findingItem);
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, Qt::NoModifier,
                      findings->visualItemRect(findingItem).center());
    QVERIFY(!recItem->isSelected()); // one selection across both lists
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(1).at(0).toUrl(), PageLink::newAction(QStringLiteral("finding"), added.id));

    // Each is its own undo step.
    workspace()->undoStack()->undo();
    workspace()->undoStack()->undo();
    QCOMPARE(panel->headingOf(FindingKind::GoodPractice), QStringLiteral("Good practice (%1)").arg(goodPractice));
}

void TestAuditsPage::recommendationRollsUpItsActions()
{
    // A recommendation of the demo that actions answer.
    QHash<qint64, QList<Action>> answering;
    for (const Action &a : workspace()->items<Action>())
        if (a.sourceKind == ActionSource::Recommendation)
            answering[a.sourceId].append(a);
    const Recommendation *rec = nullptr;
    for (const Recommendation &r : workspace()->items<Recommendation>())
        if (!rec && answering.contains(r.id))
            rec = &r;
    QVERIFY2(rec, "the demo's actions answer some recommendations");
    const QList<Action> actions = answering.value(rec->id);
    const RecommendationRollUp expected = rollUpRecommendation(actions, QDate(2026, 11, 22));
    clickAudit(workspace()->items<Audit>().find(rec->auditId)->ref);
    page()->tabs()->setCurrentWidget(page()->findings());
    QTreeWidget *recs = page()->findings()->recommendationsTree();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < recs->topLevelItemCount(); ++i)
        if (recs->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == rec->id)
            item = recs->topLevelItem(i);
    QVERIFY(item);
    QString label = recommendationProgressLabel(expected.progress);
    label[0] = label[0].toUpper();
    QCOMPARE(item->text(1), label);
    // The parts first, the owner next, then one line per action, each opening that action.
    QCOMPARE(item->childCount(), 2 + actions.size());
    QCOMPARE(item->child(0)->text(0), expected.parts());
    QVERIFY(expected.parts().startsWith(QStringLiteral("%1 action").arg(actions.size())));
    QTreeWidgetItem *actionItem = item->child(2);
    QCOMPARE(actionItem->text(1), actionStatusLabel(actions.first().status));
    QVERIFY(actionItem->text(0).startsWith(actions.first().ref));
    QSignalSpy links(page(), &Page::linkRequested);
    recs->scrollToItem(actionItem);
    QTest::mouseClick(recs->viewport(), Qt::LeftButton, Qt::NoModifier, recs->visualItemRect(actionItem).center());
    QVERIFY(actionItem->isSelected());
    QVERIFY(page()->findings()->findChild<QPushButton *>(QStringLiteral("openActionButton"))->isEnabled());
    QTest::keyClick(recs, Qt::Key_Return);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).at(0).toUrl(), PageLink::action(actions.first().id));

    // An action of it completed: the roll-up follows, as of the same day.
    Action done = actions.first();
    done.status = ActionStatus::Completed;
    QVERIFY(workspace()->update(done));
    QList<Action> after = actions;
    after.first() = done;
    for (int i = 0; i < recs->topLevelItemCount(); ++i)
        if (recs->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == rec->id)
            item = recs->topLevelItem(i);
    QCOMPARE(item->child(0)->text(0), rollUpRecommendation(after, QDate(2026, 11, 22)).parts());
}

void TestAuditsPage::linkFromAnotherPageSelectsTheAudit()
{
    // A closed audit, hidden by a filter on planned audits and by a search.
    const Audit *closed = nullptr;
    for (const Audit &a : workspace()->items<Audit>())
        if (a.status == AuditStatus::Closed && !closed)
            closed = &a;
    QVERIFY(closed);
    const qint64 id = closed->id;
    choose(page()->form()->statusFilter, int(AuditStatus::Planned));
    QTest::keyClicks(page()->table()->searchEdit(), QStringLiteral("zzzz"));
    QCOMPARE(page()->table()->proxy()->rowCount(), 0);
    m_demo.window->showPage(QStringLiteral("dashboard"));
    QVERIFY(!page()->isVisible());
    // The dashboard's tile (or any page) asks; the main window routes it here.
    Q_EMIT m_demo.window->page(QStringLiteral("dashboard"))->linkRequested(PageLink::audit(id));
    QVERIFY(page()->isVisible());
    QCOMPARE(page()->shownAuditId(), id);
    QCOMPARE(page()->table()->currentId(), id);
    QCOMPARE(page()->form()->statusFilter->currentIndex(), 0);
    QVERIFY(page()->table()->searchEdit()->text().isEmpty());
    QCOMPARE(details()->refEdit->text(), workspace()->items<Audit>().find(id)->ref);
    // A link to something else, or to no audit, is not this page's.
    QVERIFY(!page()->openLink(PageLink::action(1)));
    QVERIFY(!page()->openLink(PageLink::audit(987654)));
}

void TestAuditsPage::newAuditAndDelete()
{
    const int before = workspace()->items<Audit>().size();
    QPushButton *add = nullptr;
    for (QPushButton *b : page()->table()->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Add")))
            add = b;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(workspace()->items<Audit>().size(), before + 1);
    const Audit added = workspace()->items<Audit>().items().back();
    QCOMPARE(page()->shownAuditId(), added.id);
    QCOMPARE(details()->titleEdit->text(), QStringLiteral("New audit"));
    QVERIFY(added.ref.startsWith(QStringLiteral("AU-")));
    // The title is ready to be typed over.
    QTest::keyClicks(details()->titleEdit, QStringLiteral("Thematic review of bruising in babies"));
    QTest::mouseClick(details()->saveButton, Qt::LeftButton);
    QCOMPARE(workspace()->items<Audit>().find(added.id)->title,
             QStringLiteral("Thematic review of bruising in babies"));

    // Delete says what goes with an audit that has findings, and asks first.
    const Audit *withFindings = nullptr;
    for (const Finding &f : workspace()->items<Finding>())
        if (!withFindings)
            withFindings = workspace()->items<Audit>().find(f.auditId);
    QVERIFY(withFindings);
    const Audit doomed = *withFindings;
    clickAudit(doomed.ref);
    QString said;
    test::whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->informativeText();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    QPushButton *remove = nullptr;
    for (QPushButton *b : page()->table()->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Delete")))
            remove = b;
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(said.contains(QStringLiteral("findings go with it")), qPrintable(said));
    QVERIFY(!workspace()->items<Audit>().find(doomed.id));
    workspace()->undoStack()->undo();
    QVERIFY(workspace()->items<Audit>().find(doomed.id));
}

void TestAuditsPage::pluggedTabFollowsTheAudit()
{
    // A panel with a setAudit(qint64) slot, as the Cases and Summary tabs will be: a line edit's
    // text stands in, told through a small receiver.
    auto *panel = new AuditTabProbe;
    page()->addAuditTab(panel, QStringLiteral("Probe"), 1);
    QCOMPARE(page()->tabs()->indexOf(panel), 1);
    QCOMPARE(panel->shown, page()->shownAuditId()); // told at once
    const Audit third = workspace()->items<Audit>().at(2);
    clickAudit(third.ref);
    QCOMPARE(panel->shown, third.id);
}

void TestAuditsPage::casesAndSummaryFollowTheAudit()
{
    QStringList titles;
    for (int i = 0; i < page()->tabs()->count(); ++i)
        titles << page()->tabs()->tabText(i);
    QCOMPARE(titles, QStringList({QStringLiteral("&Details"), QStringLiteral("&Cases"), QStringLiteral("S&ummary"),
                                  QStringLiteral("&Findings and recommendations")}));
    auto *cases = page()->findChild<CasesPanel *>();
    auto *summary = page()->findChild<SummaryPanel *>();
    QVERIFY(cases && summary);
    // The audit with the most cases, clicked in the list: both tabs show it.
    std::map<qint64, int> caseCounts;
    for (const AuditCase &c : workspace()->items<AuditCase>())
        ++caseCounts[c.auditId];
    const auto most = std::max_element(caseCounts.begin(), caseCounts.end(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    QVERIFY(most != caseCounts.end());
    const Audit *audit = workspace()->items<Audit>().find(most->first);
    clickAudit(audit->ref);
    QCOMPARE(cases->auditId(), audit->id);
    QCOMPARE(summary->auditId(), audit->id);
    QCOMPARE(summary->summary().cases, most->second);
    QVERIFY(page()->findChild<QPushButton *>(QStringLiteral("sampleButton"))->isEnabled());

    // The case form has the width while it is shown: the list folds away, and comes back after.
    auto *split = page()->findChild<QSplitter *>(QStringLiteral("pageSplitter"));
    const int listWidth = split->sizes().at(0);
    QVERIFY(listWidth > 0);
    QTest::mouseClick(page()->tabs()->tabBar(), Qt::LeftButton, {},
                      page()->tabs()->tabBar()->tabRect(page()->tabs()->indexOf(cases)).center());
    QCOMPARE(page()->tabs()->currentWidget(), cases);
    QCOMPARE(split->sizes().at(0), 0);
    QTest::mouseClick(page()->tabs()->tabBar(), Qt::LeftButton, {}, page()->tabs()->tabBar()->tabRect(0).center());
    QCOMPARE(split->sizes().at(0), listWidth);
}

void TestAuditsPage::findingNamingAPersonIsStopped()
{
    page()->tabs()->setCurrentWidget(page()->findings());
    const size_t findings = workspace()->items<Finding>().size();
    bool checked = false;
    test::whenModal<FindingDialog>([&](FindingDialog *dialog) {
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Mrs Okafor was not seen alone"));
        test::whenModal<PrivacyCheck>([&](PrivacyCheck *check) {
            checked = true;
            const QString shown = check->findChild<QTextBrowser *>(QStringLiteral("privacyText"))->toPlainText();
            QVERIFY2(shown.contains(QStringLiteral("Mrs Okafor")), qPrintable(shown));
            for (QPushButton *b : check->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("&Go back and correct"))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible()); // back to correct it, with the words as typed
        QCOMPARE(workspace()->items<Finding>().size(), findings);
        dialog->reject();
    });
    QTest::mouseClick(page()->findings()->findChild<QPushButton *>(QStringLiteral("addFindingButton")), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(workspace()->items<Finding>().size(), findings);
}

void TestAuditsPage::screenshots()
{
    m_demo.window->resize(1200, 800);
    const Audit *rich = nullptr;
    for (const Recommendation &r : workspace()->items<Recommendation>())
        if (!rich)
            rich = workspace()->items<Audit>().find(r.auditId);
    QVERIFY(rich);
    clickAudit(rich->ref);
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("audits-list")));
    page()->tabs()->setCurrentWidget(page()->findings());
    QTreeWidget *recs = page()->findings()->recommendationsTree();
    QVERIFY(recs->topLevelItemCount() > 0);
    QTest::mouseClick(recs->viewport(), Qt::LeftButton, Qt::NoModifier,
                      recs->visualItemRect(recs->topLevelItem(0)).center());
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("audits-findings")));
    const Audit *review = nullptr;
    for (const Audit &a : workspace()->items<Audit>())
        if (isReview(a.type) && !review)
            review = &a;
    QVERIFY(review);
    page()->tabs()->setCurrentWidget(page()->details());
    clickAudit(review->ref);
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("audits-review")));
}

QTEST_MAIN(TestAuditsPage)
#include "tst_auditspage.moc"
