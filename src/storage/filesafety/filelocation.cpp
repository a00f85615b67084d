// Where a board file lives, and whether that place is risky: a network filesystem or a cloud-synced folder.
#include "storage/filesafety/filelocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace assure {

namespace {

LocationRisk risk(LocationRisk::Kind kind, const QString &service, const QString &filesystem = QString())
{
    LocationRisk r;
    r.kind = kind;
    r.service = service;
    r.filesystem = filesystem;
    return r;
}

// A synced-folder name, matched against one folder of the path.
struct SyncedFolder
{
    QRegularExpression pattern;
    QString service;
};

const QList<SyncedFolder> &syncedFolders()
{
    // Exact folder names, or the names the clients give with a suffix ("OneDrive - Contoso",
    // "Dropbox (Personal)", macOS "GoogleDrive-jane@example.org").
    static const QList<SyncedFolder> folders = {
        {QRegularExpression(QStringLiteral("^onedrive( - .+|-.+)?$")), QStringLiteral("OneDrive")},
        {QRegularExpression(QStringLiteral("^dropbox( \\(.+\\)|-.+)?$")), QStringLiteral("Dropbox")},
        {QRegularExpression(QStringLiteral("^(google ?drive(-.+)?|my drive)$")), QStringLiteral("Google Drive")},
        {QRegularExpression(QStringLiteral("^(icloud ?drive|com~apple~clouddocs|mobile documents)$")),
         QStringLiteral("iCloud Drive")},
        {QRegularExpression(QStringLiteral("^nextcloud$")), QStringLiteral("Nextcloud")},
        {QRegularExpression(QStringLiteral("^owncloud$")), QStringLiteral("ownCloud")},
        {QRegularExpression(QStringLiteral("^box sync$")), QStringLiteral("Box")},
        {QRegularExpression(QStringLiteral("^pclouddrive$")), QStringLiteral("pCloud")},
    };
    return folders;
}

// The fourth field of a mountinfo line escapes blanks and backslashes as octal.
QString unescapeMountPath(const QString &field)
{
    QString out;
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('\\') && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += QChar(code);
                i += 3;
                continue;
            }
        }
        out += field.at(i);
    }
    return out;
}

bool holds(const QString &mountPoint, const QString &path)
{
    return mountPoint == QLatin1String("/") || path == mountPoint || path.startsWith(mountPoint + QLatin1Char('/'));
}

} // namespace

QString LocationRisk::key() const
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("network");
    case Kind::CloudSync: return QStringLiteral("cloud_sync");
    case Kind::Local: break;
    }
    return QStringLiteral("local");
}

LocationRisk FileLocation::fromPath(const QString &absolutePath)
{
    // Windows paths are matched on every system, so tests and copied paths read the same.
    const QString path = QString(absolutePath).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1String("//")))
        return risk(LocationRisk::Kind::Network, QStringLiteral("SMB")); // a Windows share: \\server\share
    if (path.startsWith(QLatin1String("/net/")))
        return risk(LocationRisk::Kind::Network, QStringLiteral("NFS")); // the automounter's network hosts
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).toLower();
        // GNOME mounts network places under /run/user/<uid>/gvfs/<scheme>:host=...
        if (i > 0 && parts.at(i - 1) == QLatin1String("gvfs")) {
            if (part.startsWith(QLatin1String("google-drive:")))
                return risk(LocationRisk::Kind::CloudSync, QStringLiteral("Google Drive"),
                            QStringLiteral("fuse.gvfsd-fuse"));
            if (part.startsWith(QLatin1String("onedrive:")))
                return risk(LocationRisk::Kind::CloudSync, QStringLiteral("OneDrive"),
                            QStringLiteral("fuse.gvfsd-fuse"));
            const QString scheme = part.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('-'), 0, 0).toUpper();
            return risk(LocationRisk::Kind::Network, scheme.isEmpty() ? QStringLiteral("GVfs") : scheme,
                        QStringLiteral("fuse.gvfsd-fuse"));
        }
        // macOS File Provider folders: ~/Library/CloudStorage/<Service>-<account>
        if (i > 0 && parts.at(i - 1) == QLatin1String("CloudStorage")) {
            for (const SyncedFolder &f : syncedFolders())
                if (f.pattern.match(part).hasMatch())
                    return risk(LocationRisk::Kind::CloudSync, f.service);
            return risk(LocationRisk::Kind::CloudSync, parts.at(i).section(QLatin1Char('-'), 0, 0));
        }
        for (const SyncedFolder &f : syncedFolders())
            if (f.pattern.match(part).hasMatch())
                return risk(LocationRisk::Kind::CloudSync, f.service);
    }
    return {};
}

QString FileLocation::filesystemFromMountInfo(const QString &mountInfo, const QString &absolutePath)
{
    // "36 35 98:0 /root /mnt/point rw,noatime shared:1 - ext4 /dev/sda1 rw": the mount point is
    // the fifth field, the type the first after the lone "-".
    QString best;
    qsizetype bestLength = -1;
    const QStringList lines = mountInfo.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype dash = fields.indexOf(QStringLiteral("-"), 6);
        if (fields.size() < 5 || dash < 0 || dash + 1 >= fields.size())
            continue;
        const QString mountPoint = unescapeMountPath(fields.at(4));
        // A later mount on the same point hides the earlier one, hence >=.
        if (holds(mountPoint, absolutePath) && mountPoint.size() >= bestLength) {
            bestLength = mountPoint.size();
            best = fields.at(dash + 1);
        }
    }
    return best;
}

QString FileLocation::filesystemFromMagic(quint64 magic)
{
    switch (magic) {
    case 0x6969: return QStringLiteral("nfs");
    case 0x517B: return QStringLiteral("smbfs");
    case 0xFF534D42: return QStringLiteral("cifs");
    case 0xFE534D42: return QStringLiteral("smb3");
    case 0x65735546: return QStringLiteral("fuse");
    case 0x5346414F: return QStringLiteral("afs");
    case 0x00C36400: return QStringLiteral("ceph");
    case 0x01021997: return QStringLiteral("9p");
    case 0x73757245: return QStringLiteral("coda");
    default: return {};
    }
}

LocationRisk FileLocation::fromFilesystem(const QString &type)
{
    const QString t = type.toLower();
    const auto network = [&type](const QString &service) { return risk(LocationRisk::Kind::Network, service, type); };
    if (t == QLatin1String("nfs") || t == QLatin1String("nfs4"))
        return network(QStringLiteral("NFS"));
    if (t == QLatin1String("cifs") || t == QLatin1String("smb3") || t == QLatin1String("smbfs"))
        return network(QStringLiteral("SMB"));
    if (t == QLatin1String("fuse.sshfs") || t == QLatin1String("sshfs"))
        return network(QStringLiteral("SSHFS"));
    if (t == QLatin1String("davfs") || t == QLatin1String("fuse.davfs2"))
        return network(QStringLiteral("WebDAV"));
    if (t == QLatin1String("fuse.onedriver"))
        return risk(LocationRisk::Kind::CloudSync, QStringLiteral("OneDrive"), type);
    if (t == QLatin1String("fuse.google-drive-ocamlfuse"))
        return risk(LocationRisk::Kind::CloudSync, QStringLiteral("Google Drive"), type);
    if (t == QLatin1String("fuse.rclone"))
        return network(QStringLiteral("rclone"));
    for (const char *cluster : {"afs", "ceph", "9p", "coda", "glusterfs", "fuse.glusterfs", "lustre"})
        if (t == QLatin1String(cluster))
            return network(type.section(QLatin1Char('.'), -1).toUpper());
    // FUSE is often a network (GVfs, cloud mounts), but not when it only layers local files.
    static const QStringList localFuse = {QStringLiteral("fuse.gocryptfs"), QStringLiteral("fuse.encfs"),
                                          QStringLiteral("fuse.bindfs"),    QStringLiteral("fuse.mergerfs"),
                                          QStringLiteral("fuse.lxcfs"),     QStringLiteral("fuse.portal"),
                                          QStringLiteral("fuse.ntfs-3g"),   QStringLiteral("fuse.appimagelauncherfs")};
    if ((t == QLatin1String("fuse") || t.startsWith(QLatin1String("fuse."))) && !localFuse.contains(t))
        return network(t == QLatin1String("fuse") ? QStringLiteral("FUSE") : type.mid(5));
    LocationRisk local;
    local.filesystem = type;
    return local;
}

LocationRisk FileLocation::assess(const QString &path)
{
    QFileInfo info(path);
    // The file may not exist yet (a new board): its folder decides.
    const QString existing =
        info.exists() ? info.canonicalFilePath() : QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString absolute = existing.isEmpty() ? info.absoluteFilePath() : existing;
    // A synced folder may be reached through a link with another name: both paths count.
    LocationRisk byPath = fromPath(info.absoluteFilePath());
    if (!byPath.isRisky())
        byPath = fromPath(absolute);
    QString type;
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (mounts.open(QIODevice::ReadOnly | QIODevice::Text))
        type = filesystemFromMountInfo(QString::fromUtf8(mounts.readAll()), absolute);
#ifdef Q_OS_LINUX
    if (type.isEmpty()) {
        struct statfs fs = {};
        if (statfs(QFile::encodeName(absolute).constData(), &fs) == 0)
            type = filesystemFromMagic(static_cast<quint64>(fs.f_type));
    }
#endif
    const LocationRisk byType = fromFilesystem(type);
    // A known path names the service better than the filesystem under it does.
    if (byPath.isRisky() || !byType.isRisky()) {
        if (byPath.filesystem.isEmpty())
            byPath.filesystem = type;
        return byPath;
    }
    return byType;
}

QString FileLocation::warning(const LocationRisk &risk)
{
    switch (risk.kind) {
    case LocationRisk::Kind::CloudSync:
        return tr("This board file is in a folder synced by %1. Sync conflicts and half-copied files can damage a "
                  "board file or lose your edits, and two people may end up changing different copies. Keep the "
                  "file you work on on this computer's own disk, and put a copy in the synced folder when you want "
                  "to share it (File › Save a Copy).")
            .arg(risk.service);
    case LocationRisk::Kind::Network:
        return tr("This board file is on a network drive (%1). If the connection drops while a change is being "
                  "written, the file can be damaged or edits lost, and network drives do not always stop two people "
                  "changing it at once. Keep the file you work on on this computer's own disk, and put a copy on the "
                  "network drive when you want to share it (File › Save a Copy).")
            .arg(risk.service);
    case LocationRisk::Kind::Local: break;
    }
    return {};
}

} // namespace assure
