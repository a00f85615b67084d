// Every string lupdate finds is filed under a context the code looks it up in, so a translation
// (Welsh, or the pseudo-translation) is found at run time; no file makes a tr() of its own.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourceDir()
{
    return QStringLiteral(ASSURE_SOURCE_DIR);
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QStringList codeFiles()
{
    return filesUnder(sourceDir() + QStringLiteral("/src"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")});
}

QStringList formFiles()
{
    return filesUnder(sourceDir() + QStringLiteral("/ui"), {QStringLiteral("*.ui")});
}

void addMatches(QSet<QString> &out, const QRegularExpression &re, const QString &text, const QString &prefix = {})
{
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(prefix + it.next().captured(1));
}

// The contexts the code translates in: its QObject classes, Q_DECLARE_TR_FUNCTIONS, the literal
// contexts of translate(), QT_TRANSLATE_NOOP and QT_TRANSLATE_N_NOOP, and the forms' classes (uic translates in those).
QSet<QString> lookedUpContexts()
{
    static const QRegularExpression qobject(
        QStringLiteral("\\bclass\\s+(\\w+)(?:\\s+final)?\\s*(?::[^{;]*)?\\{\\s*Q_OBJECT\\b"));
    static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(\\s*([\\w:]+)\\s*\\)"));
    static const QRegularExpression literal(
        QStringLiteral("\\b(?:translate|QT_TRANSLATE_(?:N_)?NOOP3?)\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression form(QStringLiteral("<class>(\\w+)</class>"));
    QSet<QString> out;
    for (const QString &path : codeFiles()) {
        const QString text = readAll(path);
        addMatches(out, qobject, text, QStringLiteral("assure::")); // every class lives in namespace assure
        addMatches(out, declared, text);
        addMatches(out, literal, text);
    }
    for (const QString &path : formFiles()) {
        const auto m = form.match(readAll(path)); // the first <class> is the form's own
        if (m.hasMatch())
            out.insert(m.captured(1));
    }
    return out;
}

// Context name -> number of messages, from a .ts file.
QHash<QString, int> tsContexts(const QString &path)
{
    QHash<QString, int> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context"))
            context.clear();
        else if (xml.name() == QLatin1String("name") && context.isEmpty())
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ++out[context];
    }
    return out;
}

QString strayContexts(const QHash<QString, int> &contexts, const QSet<QString> &lookedUp)
{
    QStringList stray;
    for (auto it = contexts.cbegin(); it != contexts.cend(); ++it)
        if (!lookedUp.contains(it.key()))
            stray << QStringLiteral("%1 (%2 strings)").arg(it.key()).arg(it.value());
    stray.sort();
    return stray.join(QStringLiteral(", "));
}

} // namespace

class TestTranslationContexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noHandMadeTrFunctions();
    void committedTranslationsAreLookedUp();
    void extractedStringsAreLookedUp();

private:
    QSet<QString> m_lookedUp;
};

void TestTranslationContexts::initTestCase()
{
    m_lookedUp = lookedUpContexts();
    // The scan itself works: a QObject class, a declared one, a literal context and a form.
    for (const char *known : {"assure::MainWindow", "assure::BoardFile", "assure::Cli", "AgencyDialog"})
        QVERIFY2(m_lookedUp.contains(QString::fromLatin1(known)), known);
}

// A free function named tr() translates in the context it names, but lupdate files its strings
// under the enclosing namespace: translations are then never found.
void TestTranslationContexts::noHandMadeTrFunctions()
{
    static const QRegularExpression handMade(QStringLiteral("\\bQString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*"));
    QStringList offenders;
    for (const QString &path : codeFiles())
        if (handMade.match(readAll(path)).hasMatch())
            offenders << path.mid(sourceDir().size() + 1);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
}

void TestTranslationContexts::committedTranslationsAreLookedUp()
{
    const QHash<QString, int> contexts = tsContexts(sourceDir() + QStringLiteral("/translations/assure_en_GB.ts"));
    QVERIFY(contexts.size() > 50);
    const QString stray = strayContexts(contexts, m_lookedUp);
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("under contexts no code looks up: ") + stray));
}

// The same for what lupdate finds in today's code, so that a new stray string fails here before
// anyone regenerates the .ts.
void TestTranslationContexts::extractedStringsAreLookedUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("extracted.ts"));
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-I"), sourceDir() + QStringLiteral("/src")};
    for (const QString &path : codeFiles())
        if (!path.endsWith(QLatin1String("/main.cpp")))
            args << path;
    args << formFiles() << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(ASSURE_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    const QHash<QString, int> contexts = tsContexts(ts);
    QVERIFY(contexts.size() > 50);
    const QString stray = strayContexts(contexts, m_lookedUp);
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("under contexts no code looks up: ") + stray));
}

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
