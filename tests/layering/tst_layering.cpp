// The tree keeps its shape (DESIGN.md): includes run one way between the layers, SQL stays in storage, and no
// file under src/ passes 500 lines. Reads the sources from ASSURE_SOURCE_DIR; each failure names the file and line.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What each layer may include besides itself. Dependencies run one way: gui -> models, charts, reports ->
// workspace -> storage, interchange -> core; interchange may use storage for bulk writes. The layers above the
// workspace reach storage and interchange only through it (a widget never runs SQL). The CLI works on board
// files as files too (check, backup, restore, unlock), so it may use storage's file classes; it runs no SQL
// (sqlOutsideStorage). app is main() over the GUI.
const QHash<QString, QStringList> &allowedLayers()
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("core"), {}},
        {QStringLiteral("storage"), {QStringLiteral("core")}},
        {QStringLiteral("interchange"), {QStringLiteral("core"), QStringLiteral("storage")}},
        {QStringLiteral("workspace"),
         {QStringLiteral("core"), QStringLiteral("storage"), QStringLiteral("interchange")}},
        {QStringLiteral("models"), {QStringLiteral("core"), QStringLiteral("workspace")}},
        {QStringLiteral("charts"), {QStringLiteral("core"), QStringLiteral("workspace")}},
        {QStringLiteral("reports"), {QStringLiteral("core"), QStringLiteral("workspace"), QStringLiteral("charts")}},
        {QStringLiteral("gui"),
         {QStringLiteral("core"), QStringLiteral("workspace"), QStringLiteral("models"), QStringLiteral("charts"),
          QStringLiteral("reports")}},
        {QStringLiteral("cli"),
         {QStringLiteral("core"), QStringLiteral("storage"), QStringLiteral("interchange"), QStringLiteral("workspace"),
          QStringLiteral("charts"), QStringLiteral("reports")}},
        {QStringLiteral("app"),
         {QStringLiteral("core"), QStringLiteral("workspace"), QStringLiteral("models"), QStringLiteral("charts"),
          QStringLiteral("reports"), QStringLiteral("gui")}},
    };
    return allowed;
}

constexpr int kMaxLines = 500;

bool isSource(const QString &path)
{
    return path.endsWith(QLatin1String(".h")) || path.endsWith(QLatin1String(".cpp"));
}

// Every file under dir, recursively, as paths relative to dir, sorted so that reports are stable.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QStringList linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<unreadable>")};
    QString text = QString::fromUtf8(f.readAll());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

// The layer a file under src/ belongs to: its first folder.
QString layerOf(const QString &relative)
{
    const qsizetype slash = relative.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : relative.left(slash);
}

// The layer an include names, or empty for anything outside src/ (Qt, the C++ library, generated headers).
// "storage/x.h" names storage; a path relative to the including file ("../storage/x.h") counts the same.
QString includedLayer(const QString &src, const QString &fromRelative, const QString &included)
{
    if (included.startsWith(QLatin1Char('.'))) {
        const QString path = QFileInfo(QDir(src).filePath(fromRelative)).dir().filePath(included);
        const QString relative = QDir(src).relativeFilePath(QDir::cleanPath(path));
        return relative.startsWith(QLatin1String("..")) ? QString() : layerOf(relative);
    }
    const QString layer = layerOf(QDir::cleanPath(included));
    return allowedLayers().contains(layer) ? layer : QString();
}

// "src/gui/x.h:4: #include "storage/y.h": ..." for each include of a layer the file's layer may not know.
QStringList forbiddenIncludes(const QString &src)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QStringList found;
    for (const QString &file : filesUnder(src)) {
        if (!isSource(file))
            continue;
        const QString layer = layerOf(file);
        if (!allowedLayers().contains(layer)) {
            found << QStringLiteral("src/%1: the layer “%2” has no place in the layering; add it to allowedLayers()")
                         .arg(file, layer);
            continue;
        }
        const QStringList lines = linesOf(QDir(src).filePath(file));
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = include.match(lines[i]);
            if (!m.hasMatch())
                continue;
            const QString target = includedLayer(src, file, m.captured(1));
            if (target.isEmpty() || target == layer || allowedLayers()[layer].contains(target))
                continue;
            found << QStringLiteral("src/%1:%2: %3: %4 may not include %5 (it may include %6)")
                         .arg(file)
                         .arg(i + 1)
                         .arg(lines[i].trimmed(), layer, target,
                              allowedLayers()[layer].isEmpty() ? QStringLiteral("no other layer")
                                                               : allowedLayers()[layer].join(QStringLiteral(", ")));
        }
    }
    return found;
}

// SQL outside src/storage: statements in string literals, QSqlQuery, SQLite's C API.
QStringList sqlOutsideStorage(const QString &src)
{
    static const QRegularExpression sql(QStringLiteral(
        "\"[^\"]*\\b(PRAGMA\\s+\\w+|SELECT\\s.*\\bFROM\\b|INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE\\s+\\w+\\s+SET|"
        "DELETE\\s+FROM|(CREATE|DROP|ALTER)\\s+(TABLE|INDEX|VIEW|TRIGGER))"
        "|\\bQSqlQuery\\b|\\bsqlite3_\\w+\\s*\\(|<sqlite3\\.h>"));
    static const QRegularExpression comment(QStringLiteral("^\\s*//"));
    QStringList found;
    for (const QString &file : filesUnder(src)) {
        if (!isSource(file) || layerOf(file) == QLatin1String("storage"))
            continue;
        const QStringList lines = linesOf(QDir(src).filePath(file));
        for (int i = 0; i < lines.size(); ++i) {
            if (comment.match(lines[i]).hasMatch())
                continue;
            const QRegularExpressionMatch m = sql.match(lines[i]);
            if (m.hasMatch())
                found << QStringLiteral("src/%1:%2: %3: SQL belongs in storage")
                             .arg(file)
                             .arg(i + 1)
                             .arg(lines[i].trimmed());
        }
    }
    return found;
}

// Every file under src/ (sources, CMake files, anything) longer than kMaxLines.
QStringList longFiles(const QString &src)
{
    QStringList found;
    for (const QString &file : filesUnder(src)) {
        const qsizetype lines = linesOf(QDir(src).filePath(file)).size();
        if (lines > kMaxLines)
            found << QStringLiteral("src/%1: %2 lines, over %3: split it into files that do one thing each")
                         .arg(file)
                         .arg(lines)
                         .arg(kMaxLines);
    }
    return found;
}

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

QString sourceDir()
{
    return QDir(QStringLiteral(ASSURE_SOURCE_DIR)).filePath(QStringLiteral("src"));
}

} // namespace

class TestLayering final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAnIncludeAroundTheWorkspace();
    void findsSqlOutsideStorage();
    void findsALongFile();
    void includesRunOneWay();
    void sqlStaysInStorage();
    void noFileOver500Lines();
};

// The checks themselves, on a small tree made for them: each names the file, the line and the include.
void TestLayering::findsAnIncludeAroundTheWorkspace()
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    write(src + QStringLiteral("/storage/boardfile.h"), QStringLiteral("#pragma once\n"));
    write(src + QStringLiteral("/gui/page.cpp"),
          QStringLiteral("// A page.\n#include \"gui/page.h\"\n#include \"workspace/workspace.h\"\n"
                         "#include \"storage/boardfile.h\"\n#include <QWidget>\n#include \"ui_page.h\"\n"));
    write(src + QStringLiteral("/gui/other.cpp"), QStringLiteral("#include \"../storage/boardfile.h\"\n"));
    write(src + QStringLiteral("/core/rag.h"), QStringLiteral("#pragma once\n  #  include <models/x.h>\n"));
    write(src + QStringLiteral("/interchange/csv.cpp"), QStringLiteral("#include \"storage/boardfile.h\"\n"));
    write(src + QStringLiteral("/storage/repo.cpp"), QStringLiteral("\n\n#include \"interchange/csv.h\"\n"));
    write(src + QStringLiteral("/tools/x.cpp"), QStringLiteral("\n"));
    const QStringList found = forbiddenIncludes(src);
    QCOMPARE(found,
             QStringList({QStringLiteral("src/core/rag.h:2: #  include <models/x.h>: core may not include models "
                                         "(it may include no other layer)"),
                          QStringLiteral("src/gui/other.cpp:1: #include \"../storage/boardfile.h\": gui may not "
                                         "include storage (it may include core, workspace, models, charts, reports)"),
                          QStringLiteral("src/gui/page.cpp:4: #include \"storage/boardfile.h\": gui may not include "
                                         "storage (it may include core, workspace, models, charts, reports)"),
                          QStringLiteral("src/storage/repo.cpp:3: #include \"interchange/csv.h\": storage may not "
                                         "include interchange (it may include core)"),
                          QStringLiteral("src/tools/x.cpp: the layer “tools” has no place in the layering; add it "
                                         "to allowedLayers()")}));
}

void TestLayering::findsSqlOutsideStorage()
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    write(src + QStringLiteral("/storage/info.cpp"),
          QStringLiteral("q.exec(QStringLiteral(\"PRAGMA user_version\"));\n"));
    write(src + QStringLiteral("/cli/info.cpp"),
          QStringLiteral("// PRAGMA user_version, said in a comment\nQSqlQuery q(db);\n"
                         "q.exec(QStringLiteral(\"PRAGMA user_version\"));\n"
                         "tr(\"Select a file from the list\");\nsqlite3_exec(db, \"\", nullptr, nullptr, nullptr);\n"
                         "run(\"DELETE FROM agency WHERE id = ?\");\n"));
    const QStringList found = sqlOutsideStorage(src);
    QCOMPARE(found, QStringList({QStringLiteral("src/cli/info.cpp:2: QSqlQuery q(db);: SQL belongs in storage"),
                                 QStringLiteral("src/cli/info.cpp:3: q.exec(QStringLiteral(\"PRAGMA user_version\"));: "
                                                "SQL belongs in storage"),
                                 QStringLiteral("src/cli/info.cpp:5: sqlite3_exec(db, \"\", nullptr, nullptr, "
                                                "nullptr);: SQL belongs in storage"),
                                 QStringLiteral("src/cli/info.cpp:6: run(\"DELETE FROM agency WHERE id = ?\");: SQL "
                                                "belongs in storage")}));
}

void TestLayering::findsALongFile()
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src"));
    write(src + QStringLiteral("/core/full.cpp"), QStringLiteral("x\n").repeated(kMaxLines));
    write(src + QStringLiteral("/core/over.cpp"), QStringLiteral("x\n").repeated(kMaxLines) + QStringLiteral("y"));
    write(src + QStringLiteral("/core/CMakeLists.txt"), QStringLiteral("\n").repeated(kMaxLines + 1));
    QCOMPARE(longFiles(src),
             QStringList({QStringLiteral("src/core/CMakeLists.txt: 501 lines, over 500: split it into files that do "
                                         "one thing each"),
                          QStringLiteral("src/core/over.cpp: 501 lines, over 500: split it into files that do one "
                                         "thing each")}));
}

// The tree itself.
void TestLayering::includesRunOneWay()
{
    QVERIFY(QFileInfo::exists(sourceDir() + QStringLiteral("/core")));
    const QStringList found = forbiddenIncludes(sourceDir());
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
}

void TestLayering::sqlStaysInStorage()
{
    const QStringList found = sqlOutsideStorage(sourceDir());
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
}

void TestLayering::noFileOver500Lines()
{
    const QStringList found = longFiles(sourceDir());
    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
