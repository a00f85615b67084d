// What the fuzz targets share: a Qt application, a small demo board to import into, and bytes read as a table.
#include "fuzz/fuzzboard.h"

#include "interchange/csvreader.h"
#include "interchange/xlsxreader.h"
#include "workspace/demo/demoboard.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace assure::fuzzing {

namespace {

// Damaged input makes Qt and QuaZip warn on every other run ("QBuffer::seek: Invalid pos"); printing
// them slows the fuzzer to a crawl. ASSURE_FUZZ_VERBOSE=1 keeps them.
const bool quiet = [] {
    if (qEnvironmentVariableIsEmpty("ASSURE_FUZZ_VERBOSE"))
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return true;
}();

} // namespace

void initialiseQt()
{
    static int argc = 1;
    static char name[] = "assure-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

Workspace &board()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Workspace> ws = [] {
        initialiseQt();
        const QString path = dir.filePath(QStringLiteral("fuzz.assure"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 1); // the same board on every run
        QString error;
        if (!dir.isValid() || !writeDemoBoard(path, options, &error))
            fail("cannot write the demo board");
        OpenResult result;
        auto opened = Workspace::open(path, BoardFile::Mode::ReadWrite, &result);
        if (!opened)
            fail("cannot open the demo board");
        // A throwaway file: waiting for the disk on every applied import would slow fuzzing
        // a hundredfold, and durability is what the crash test checks, not this.
        QSqlQuery(opened->file().database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        return opened;
    }();
    return *ws;
}

std::optional<SourceTable> readTable(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (bytes.startsWith("PK")) {
        XlsxReader reader;
        return reader.read(bytes, QStringLiteral("fuzz.xlsx"));
    }
    CsvReader reader;
    return reader.read(bytes, QStringLiteral("fuzz.csv"));
}

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

} // namespace assure::fuzzing
