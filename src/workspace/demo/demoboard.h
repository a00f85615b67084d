// A fictional partnership for trying Assure out and for performance work: the same for the same seed.
#pragma once

#include <QDate>
#include <QString>

namespace assure {

enum class DemoScale { Small, Large };

struct DemoOptions
{
    DemoScale scale = DemoScale::Small;
    quint32 seed = 2026;
    // Indicator histories run up to the period before this date: the same seed and date give
    // the same board, byte for byte.
    QDate asOf = QDate::currentDate();
};

// Writes a new board file at path (which must not exist) in one transaction.
bool writeDemoBoard(const QString &path, const DemoOptions &options, QString *error);

} // namespace assure
