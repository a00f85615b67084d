// Files and folders that hold case material, readable by their owner only.
#pragma once

#include <QString>

namespace assure {

class PrivateFiles final
{
public:
    // Creates path, empty, readable and writable by its owner only (0600), so that SQLite (which
    // gives a journal the permissions of its board) never has the case material in a wider file.
    // Fails when path exists or cannot be made.
    static bool createEmpty(const QString &path, QString *error);

    // Makes the folder (and its parents) when missing and narrows it to its owner (0700), tightening
    // one that exists with wider permissions. False when it cannot be made.
    static bool makeFolder(const QString &path);
};

} // namespace assure
