// What a backup (or any board file) holds, read from the file itself without changing it.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace assure {

struct BackupSummary
{
    Q_DECLARE_TR_FUNCTIONS(assure::BackupSummary)

public:
    bool ok = false;
    QString problem; // why it cannot be read, for people
    QString notice;  // what reading it did first (an interrupted change rolled back), for people
    int schemaVersion = 0;
    QString boardName;
    QList<QPair<QString, qint64>> counts; // rows per table

    qint64 count(const QString &table) const;
    // "20 agencies, 60 people, 12 indicators, 1,430 measurements"
    QString describe() const;

    // Checks the file read-only (header, application id and, unless Quick, quick_check) and
    // counts its rows. Quick is for listing many large backups; restore checks fully.
    enum class Depth { Checked, Quick };
    static BackupSummary read(const QString &path, Depth depth = Depth::Checked);
};

} // namespace assure
