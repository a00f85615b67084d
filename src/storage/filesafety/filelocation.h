// Where a board file lives, and whether that place is risky: a network filesystem or a cloud-synced folder.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace assure {

struct LocationRisk
{
    enum class Kind { Local, Network, CloudSync };
    Kind kind = Kind::Local;
    QString service;    // CloudSync: "Dropbox", "OneDrive"...; Network: "NFS", "SMB", "SSHFS"...
    QString filesystem; // as the system names it ("ext4", "nfs4", "fuse.sshfs"); empty when unknown

    bool isRisky() const { return kind != Kind::Local; }
    // "local", "network" or "cloud_sync", for JSON.
    QString key() const;
};

// Detection is split so each part can be tested with made-up inputs: path patterns for synced
// folders and network paths, the filesystem type of a path from /proc/self/mountinfo text, statfs
// magic numbers for when mountinfo cannot be read, and the type-to-risk mapping.
class FileLocation final
{
    Q_DECLARE_TR_FUNCTIONS(assure::FileLocation)

public:
    // Looks at the real system: path patterns first, then the filesystem the path is on.
    static LocationRisk assess(const QString &path);

    // Known synced-folder and network paths (OneDrive, Dropbox, Google Drive, iCloud Drive,
    // Nextcloud, ownCloud, ~/Library/CloudStorage/*, GVfs mounts, UNC paths, /net).
    static LocationRisk fromPath(const QString &absolutePath);
    // The filesystem type of the longest mount point that holds absolutePath; empty if none.
    static QString filesystemFromMountInfo(const QString &mountInfo, const QString &absolutePath);
    // statfs(2) f_type to a type name ("nfs", "cifs", "fuse"...); empty when not a network type.
    static QString filesystemFromMagic(quint64 magic);
    // What a filesystem type means for a board file.
    static LocationRisk fromFilesystem(const QString &type);

    // For people: what the risk is and what to do instead. Empty for a local file.
    static QString warning(const LocationRisk &risk);
};

} // namespace assure
