// Files and folders that hold case material, readable by their owner only.
#include "storage/filesafety/privatefiles.h"

#include <QDir>
#include <QFile>

namespace assure {

namespace {

// On Windows these map to the read-only attribute only; a file there is private through the
// profile folder's own access list.
constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOwnerFolder = kOwnerFile | QFile::ExeOwner | QFile::ExeUser;

} // namespace

bool PrivateFiles::createEmpty(const QString &path, QString *error)
{
    QFile file(path);
    // Created with these permissions (less the umask), never widened and narrowed afterwards.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool PrivateFiles::makeFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    QFile::setPermissions(path, kOwnerFolder); // best effort: a folder someone else owns stays as it is
    return true;
}

} // namespace assure
