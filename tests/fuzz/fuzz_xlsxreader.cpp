// libFuzzer target: any bytes given to the XLSX reader give a table or a message, never a crash.
#include "fuzz/fuzzboard.h"
#include "interchange/tablelimits.h"
#include "interchange/xlsxreader.h"

using namespace assure;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    XlsxReader reader;
    const auto table = reader.read(bytes, QStringLiteral("fuzz.xlsx"));
    if (!table) {
        if (reader.errorString().isEmpty())
            fuzzing::fail("a failed read gives no message");
        // A message quotes at most the start of a value, however much the file holds.
        if (reader.errorString().size() > 2000)
            fuzzing::fail("a message longer than a few lines");
        return 0;
    }
    int previous = table->headerRowNumber();
    for (const SourceRow &row : table->rows()) {
        if (row.number <= previous || row.number > XlsxReader::kMaxRows)
            fuzzing::fail("row numbers out of order or past Excel's last row");
        previous = row.number;
        if (row.cells.size() > XlsxReader::kMaxColumns)
            fuzzing::fail("a row wider than Excel allows");
        for (const QString &cell : row.cells)
            if (cell.size() > TableLimits::kMaxCellCharacters)
                fuzzing::fail("a cell longer than Excel allows");
    }
    // A named sheet: the first one listed must be found again by name.
    if (!reader.sheetNames().isEmpty()) {
        XlsxReader named;
        named.setSheetName(reader.sheetNames().constFirst());
        (void)named.read(bytes);
    }
    return 0;
}
