// Exports of a whole board's indicator definitions or measurements, as the importers read them back.
#pragma once

#include <QString>
#include <QStringList>

namespace assure {

class Workspace;

// codes: only these indicators (matched ignoring case); empty exports every indicator. A code
// the board does not hold is an error that names it, and nothing is written.
// The file's suffix chooses CSV or XLSX; the file is written whole or not at all.
bool exportBoardMeasurements(const Workspace &workspace, const QString &path, const QStringList &codes = {},
                             QString *error = nullptr);
bool exportBoardIndicators(const Workspace &workspace, const QString &path, const QStringList &codes = {},
                           QString *error = nullptr);

} // namespace assure
