// Writes the change history (or the part of it a filter kept) as CSV, and as JSON objects for the CLI.
#pragma once

#include "core/historyentry.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace assure {

// Choices: the header is in English whatever the language, like the other exports; times are
// UTC in ISO 8601, as stored, so that a spreadsheet sorts them; old and new values stay the
// compact JSON that is on the record (hashed), so an export can be checked against the chain.
QStringList historyExportHeader();
QList<QVariantList> historyExportRows(const std::vector<HistoryEntry> &entries);
QJsonObject historyEntryJson(const HistoryEntry &entry);
bool exportHistory(const QString &path, const std::vector<HistoryEntry> &entries, QString *error = nullptr);

} // namespace assure
