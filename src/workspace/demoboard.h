// A fictional partnership for trying Assure out and for performance work: the same for the same seed.
#pragma once

#include <QString>

namespace assure {

enum class DemoScale { Small, Large };

struct DemoOptions
{
    DemoScale scale = DemoScale::Small;
    quint32 seed = 2026;
};

// Writes a new board file at path (which must not exist) in one transaction.
bool writeDemoBoard(const QString &path, const DemoOptions &options, QString *error);

} // namespace assure
