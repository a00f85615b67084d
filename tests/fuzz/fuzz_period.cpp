// libFuzzer target: any text given as a period label is read or refused with a reason, and what is read prints back the same.
#include "core/period.h"
#include "fuzz/fuzzboard.h"

using namespace assure;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the month the financial year starts in, the rest is the label.
    const int fyStartMonth = data[0] % 12 + 1;
    const QString label = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    QString error;
    const auto period = Period::parse(label, fyStartMonth, &error);
    if (!period) {
        if (error.isEmpty())
            fuzzing::fail("a refused label gives no reason");
        return 0;
    }
    if (!period->isValid() || period->fyStartMonth() != fyStartMonth)
        fuzzing::fail("a parsed period is not valid");
    if (Period::parse(period->label(), fyStartMonth) != period)
        fuzzing::fail("label() does not parse back to the same period");
    if (Period::fromKey(period->key(), fyStartMonth) != period)
        fuzzing::fail("key() does not read back to the same period");
    if (!period->start().isValid() || period->start() > period->end() || !period->contains(period->end()))
        fuzzing::fail("a period's dates are out of order");
    if (Period::containing(period->start(), period->kind(), fyStartMonth) != *period)
        fuzzing::fail("the period holding a period's first day is another period");
    if (!period->enclosing(Period::Kind::Year).contains(period->start()))
        fuzzing::fail("a period is outside its own financial year");
    return 0;
}
