// libFuzzer target: a measurements file, as `assure-cli import --measurements` reads, plans and applies it.
#include "fuzz/fuzzboard.h"
#include "workspace/indicators/indicatoredits.h"

using namespace assure;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzing::board();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto table = fuzzing::readTable(data, size);
    if (!table)
        return 0;
    static const ImportContext context = IndicatorEdits(fuzzing::board()).importContext();
    ImportOptions options;
    options.replace = size % 2 == 1; // both ways, chosen by the input so that a crash repeats
    fuzzing::applyAndUndo(planMeasurementImport(*table, context, options), *table);
    return 0;
}
