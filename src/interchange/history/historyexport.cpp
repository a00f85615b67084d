// Writes the change history (or the part of it a filter kept) as CSV, and as JSON objects for the CLI.
#include "interchange/history/historyexport.h"

#include "interchange/csvwriter.h"

#include <QJsonDocument>

namespace assure {

namespace {

QJsonValue parsed(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QStringList historyExportHeader()
{
    return {QStringLiteral("Entry"),
            QStringLiteral("Operation"),
            QStringLiteral("Time (UTC)"),
            QStringLiteral("User"),
            QStringLiteral("Machine"),
            QStringLiteral("Kind"),
            QStringLiteral("Refers to operation"),
            QStringLiteral("Label"),
            QStringLiteral("Table"),
            QStringLiteral("Key"),
            QStringLiteral("Action"),
            QStringLiteral("Old values"),
            QStringLiteral("New values"),
            QStringLiteral("Hash")};
}

QList<QVariantList> historyExportRows(const std::vector<HistoryEntry> &entries)
{
    QList<QVariantList> rows;
    rows.reserve(qsizetype(entries.size()));
    for (const HistoryEntry &e : entries)
        rows.append({e.id, e.operation, e.at, e.user, e.machine, e.kind,
                     e.refersTo == 0 ? QVariant() : QVariant(e.refersTo), e.label, e.table, e.key, e.action,
                     e.oldValues, e.newValues, e.hash});
    return rows;
}

QJsonObject historyEntryJson(const HistoryEntry &e)
{
    return {{QStringLiteral("entry"), e.id},
            {QStringLiteral("operation"), e.operation},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("machine"), e.machine},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("refers_to"), e.refersTo == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.refersTo)},
            {QStringLiteral("label"), e.label},
            {QStringLiteral("table"), e.table},
            {QStringLiteral("key"), parsed(e.key)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("old"), parsed(e.oldValues)},
            {QStringLiteral("new"), parsed(e.newValues)},
            {QStringLiteral("hash"), e.hash}};
}

bool exportHistory(const QString &path, const std::vector<HistoryEntry> &entries, QString *error)
{
    return CsvWriter::writeFile(path, historyExportHeader(), historyExportRows(entries), error);
}

} // namespace assure
