// The main window fits a small laptop screen: at 1024 x 700 every page's minimum size fits and every
// button, filter and box is inside the window, search boxes are wide enough to read, with screenshots at 1280 x 720 and
// 1024 x 700.
#include "gui/mainwindow.h"
#include "gui/page.h"
#include "testsupport/demowindow.h"
#include "testsupport/screenshots.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace assure;

namespace {

// The page's views (tabs) by name, or one unnamed view.
QStringList viewsOf(Page *page)
{
    const QStringList views = page->views();
    return views.isEmpty() ? QStringList{QString()} : views;
}

// The visible controls of the page that lie (even partly) outside the window, named for the message.
QStringList controlsOutside(QWidget *window, Page *page)
{
    QStringList outside;
    const QRect area = window->rect();
    QList<QWidget *> controls;
    for (QWidget *w : page->findChildren<QAbstractButton *>())
        controls << w;
    for (QWidget *w : page->findChildren<QComboBox *>())
        controls << w;
    for (QWidget *w : page->findChildren<QLineEdit *>())
        controls << w;
    for (QWidget *w : std::as_const(controls)) {
        // Editors inside tables and the insides of spin boxes come and go; the page's own controls count.
        if (!w->isVisibleTo(window) || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!area.contains(r)) {
            const QString name =
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            const auto *button = qobject_cast<QAbstractButton *>(w);
            outside << QStringLiteral("%1 “%2” at %3,%4 %5x%6")
                           .arg(name, button ? button->text() : QString())
                           .arg(r.x())
                           .arg(r.y())
                           .arg(r.width())
                           .arg(r.height());
        }
    }
    return outside;
}

} // namespace

class TestWindowSize final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPageFits_data();
    void everyPageFits();

private:
    test::DemoWindow m_demo;
};

void TestWindowSize::init()
{
    test::openDemoWindow(&m_demo);
}

void TestWindowSize::cleanup()
{
    m_demo.window.reset();
}

void TestWindowSize::everyPageFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024 x 700") << QSize(1024, 700);
    QTest::newRow("1280 x 720") << QSize(1280, 720);
}

void TestWindowSize::everyPageFits()
{
    QFETCH(QSize, size);
    MainWindow *window = m_demo.window.get();
    window->resize(size);
    for (Page *page : window->pages()) {
        window->showPage(page->pageId());
        for (const QString &view : viewsOf(page)) {
            if (!view.isEmpty())
                page->showView(view);
            QApplication::processEvents();
            const QString where = view.isEmpty() ? page->pageId() : page->pageId() + QLatin1Char('-') + view;
            const QSize minimum = window->minimumSizeHint();
            QVERIFY2(
                minimum.width() <= size.width() && minimum.height() <= size.height(),
                qPrintable(
                    QStringLiteral("%1 needs at least %2 x %3").arg(where).arg(minimum.width()).arg(minimum.height())));
            QCOMPARE(window->size(), size);
            const QStringList outside = controlsOutside(window, page);
            QVERIFY2(outside.isEmpty(),
                     qPrintable(where + QStringLiteral(": outside the window: ") + outside.join(QStringLiteral("; "))));
            // A search box shows what it searches ("Search audits (Ctrl+F)"), not a squeezed "S…".
            for (QLineEdit *search : page->findChildren<QLineEdit *>()) {
                if (!search->isVisibleTo(window) || search->accessibleName() != QStringLiteral("Search"))
                    continue;
                const int readable = search->fontMetrics().averageCharWidth() * 15;
                QVERIFY2(search->width() >= readable,
                         qPrintable(QStringLiteral("%1: a search box %2 pixels wide").arg(where).arg(search->width())));
            }
            QVERIFY(test::saveShot(window,
                                   QStringLiteral("size-%1x%2-%3").arg(size.width()).arg(size.height()).arg(where)));
        }
    }
}

QTEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
