// libFuzzer target: any bytes given to the CSV reader give a table or a message, never a crash.
#include "fuzz/fuzzboard.h"
#include "interchange/csvreader.h"
#include "interchange/tablelimits.h"

using namespace assure;

namespace {

// Every lookup a planner makes on a table, so that a table the reader built badly shows.
void walk(const SourceTable &table)
{
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString name = table.columnName(c);
        if (table.column(table.header().at(c)) > c)
            fuzzing::fail("a header is found after its own column");
        (void)name;
    }
    (void)table.duplicateHeaders();
    int previous = table.headerRowNumber();
    for (const SourceRow &row : table.rows()) {
        if (row.number <= previous)
            fuzzing::fail("row numbers do not increase");
        previous = row.number;
        (void)row.cell(table.columnCount());
        if (row.number > TableLimits::kMaxRows || row.cells.size() > TableLimits::kMaxColumns)
            fuzzing::fail("a row past what a spreadsheet holds");
        for (const QString &cell : row.cells)
            if (cell.size() > TableLimits::kMaxCellCharacters)
                fuzzing::fail("a cell longer than a spreadsheet allows");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CsvReader reader;
    if (const auto table = reader.read(bytes, QStringLiteral("fuzz.csv")))
        walk(*table);
    else if (reader.errorString().isEmpty())
        fuzzing::fail("a failed read gives no message");
    else if (reader.errorString().size() > 2000)
        fuzzing::fail("a message longer than a few lines");
    // The first byte as a forced delimiter, when it is one a user may choose.
    if (size > 0 && (data[0] == ';' || data[0] == '\t' || data[0] == '|')) {
        CsvReader forced;
        forced.setDelimiter(QLatin1Char(static_cast<char>(data[0])));
        if (const auto table = forced.read(bytes.mid(1)))
            walk(*table);
    }
    return 0;
}
