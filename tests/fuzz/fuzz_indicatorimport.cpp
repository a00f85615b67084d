// libFuzzer target: an indicator definitions file, as `assure-cli import --indicators` reads, plans and applies it.
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
    fuzzing::applyAndUndo(planIndicatorImport(*table, context), *table);
    return 0;
}
