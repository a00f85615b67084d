// Risky places: synced-folder and network paths, filesystem types from mountinfo and statfs, and what each means.
#include "storage/filesafety/filelocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;
using Kind = LocationRisk::Kind;

Q_DECLARE_METATYPE(LocationRisk::Kind)

namespace {

// A mountinfo as a Linux laptop with a few network and sync mounts shows it.
const char *const kMountInfo =
    "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw\n"
    "23 22 0:21 / /proc rw,nosuid shared:12 - proc proc rw\n"
    "40 22 259:3 / /home rw,relatime shared:30 - ext4 /dev/nvme0n1p3 rw\n"
    "51 22 0:45 / /mnt/shared rw,relatime shared:40 - nfs4 fileserver:/export/team rw,vers=4.2\n"
    "52 22 0:46 / /mnt/finance rw,relatime shared:41 - cifs //nas/finance rw,vers=3.1.1\n"
    "53 40 0:47 / /home/jane/remote rw,nosuid shared:42 - fuse.sshfs jane@host:/srv rw,user_id=1000\n"
    "54 40 0:48 / /home/jane/Board\\040Papers rw shared:43 - fuse.rclone gdrive: rw\n"
    "55 51 0:49 / /mnt/shared/local rw shared:44 - ext4 /dev/sdb1 rw\n"
    "56 40 0:50 / /home/jane/vault rw shared:45 - fuse.gocryptfs /home/jane/.vault rw\n"
    "57 22 0:51 / /media/usb rw shared:46 master:9 - vfat /dev/sdc1 rw\n";

} // namespace

class TestFileLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data();
    void paths();
    void mountInfo_data();
    void mountInfo();
    void filesystems_data();
    void filesystems();
    void magic_data();
    void magic();
    void warningsSayWhatAndWhatToDo();
    void syncedFolderThroughALink();
    void localTemporaryFolderIsLocal();
};

void TestFileLocation::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("service");

    QTest::newRow("plain home") << "/home/jane/Documents/board.assure" << Kind::Local << "";
    QTest::newRow("Dropbox") << "/home/jane/Dropbox/QA/board.assure" << Kind::CloudSync << "Dropbox";
    QTest::newRow("Dropbox business") << "/home/jane/Dropbox (Westmere)/board.assure" << Kind::CloudSync << "Dropbox";
    QTest::newRow("not Dropbox") << "/home/jane/Dropbox notes/board.assure" << Kind::Local << "";
    QTest::newRow("OneDrive") << "C:/Users/jane/OneDrive/board.assure" << Kind::CloudSync << "OneDrive";
    QTest::newRow("OneDrive business") << "C:\\Users\\jane\\OneDrive - Westmere Council\\QA\\board.assure"
                                       << Kind::CloudSync << "OneDrive";
    QTest::newRow("Google Drive mount") << "G:/My Drive/board.assure" << Kind::CloudSync << "Google Drive";
    QTest::newRow("Google Drive folder") << "/Users/jane/Google Drive/board.assure" << Kind::CloudSync
                                         << "Google Drive";
    QTest::newRow("iCloud Windows") << "C:/Users/jane/iCloudDrive/board.assure" << Kind::CloudSync << "iCloud Drive";
    QTest::newRow("iCloud macOS") << "/Users/jane/Library/Mobile Documents/com~apple~CloudDocs/board.assure"
                                  << Kind::CloudSync << "iCloud Drive";
    QTest::newRow("CloudStorage Google")
        << "/Users/jane/Library/CloudStorage/GoogleDrive-jane@example.org/My Drive/b.assure" << Kind::CloudSync
        << "Google Drive";
    QTest::newRow("CloudStorage other") << "/Users/jane/Library/CloudStorage/Box-Box/b.assure" << Kind::CloudSync
                                        << "Box";
    QTest::newRow("Nextcloud") << "/home/jane/Nextcloud/board.assure" << Kind::CloudSync << "Nextcloud";
    QTest::newRow("ownCloud") << "/home/jane/ownCloud/Board/board.assure" << Kind::CloudSync << "ownCloud";
    QTest::newRow("case differs") << "/home/jane/DROPBOX/board.assure" << Kind::CloudSync << "Dropbox";
    QTest::newRow("UNC share") << "\\\\nas\\finance\\board.assure" << Kind::Network << "SMB";
    QTest::newRow("automounter") << "/net/fileserver/export/board.assure" << Kind::Network << "NFS";
    QTest::newRow("GVfs SMB") << "/run/user/1000/gvfs/smb-share:server=nas,share=qa/board.assure" << Kind::Network
                              << "SMB";
    QTest::newRow("GVfs SFTP") << "/run/user/1000/gvfs/sftp:host=box/board.assure" << Kind::Network << "SFTP";
    QTest::newRow("GVfs Google") << "/run/user/1000/gvfs/google-drive:host=example.org,user=jane/x/board.assure"
                                 << Kind::CloudSync << "Google Drive";
}

void TestFileLocation::paths()
{
    QFETCH(QString, path);
    QFETCH(Kind, kind);
    QFETCH(QString, service);
    const LocationRisk r = FileLocation::fromPath(path);
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.service, service);
}

void TestFileLocation::mountInfo_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");

    QTest::newRow("root") << "/srv/board.assure"
                          << "ext4";
    QTest::newRow("home") << "/home/jane/board.assure"
                          << "ext4";
    QTest::newRow("nfs") << "/mnt/shared/qa/board.assure"
                         << "nfs4";
    QTest::newRow("mount point itself") << "/mnt/shared"
                                        << "nfs4";
    QTest::newRow("prefix is not a parent") << "/mnt/sharedx/board.assure"
                                            << "ext4";
    QTest::newRow("local inside nfs") << "/mnt/shared/local/board.assure"
                                      << "ext4";
    QTest::newRow("cifs") << "/mnt/finance/board.assure"
                          << "cifs";
    QTest::newRow("sshfs") << "/home/jane/remote/board.assure"
                           << "fuse.sshfs";
    QTest::newRow("escaped blank") << "/home/jane/Board Papers/board.assure"
                                   << "fuse.rclone";
    QTest::newRow("usb") << "/media/usb/board.assure"
                         << "vfat";
}

void TestFileLocation::mountInfo()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QCOMPARE(FileLocation::filesystemFromMountInfo(QString::fromLatin1(kMountInfo), path), type);
}

void TestFileLocation::filesystems_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("service");

    QTest::newRow("ext4") << "ext4" << Kind::Local << "";
    QTest::newRow("btrfs") << "btrfs" << Kind::Local << "";
    QTest::newRow("tmpfs") << "tmpfs" << Kind::Local << "";
    QTest::newRow("unknown") << "" << Kind::Local << "";
    QTest::newRow("nfs") << "nfs" << Kind::Network << "NFS";
    QTest::newRow("nfs4") << "nfs4" << Kind::Network << "NFS";
    QTest::newRow("cifs") << "cifs" << Kind::Network << "SMB";
    QTest::newRow("smb3") << "smb3" << Kind::Network << "SMB";
    QTest::newRow("sshfs") << "fuse.sshfs" << Kind::Network << "SSHFS";
    QTest::newRow("davfs") << "davfs" << Kind::Network << "WebDAV";
    QTest::newRow("rclone") << "fuse.rclone" << Kind::Network << "rclone";
    QTest::newRow("gvfs") << "fuse.gvfsd-fuse" << Kind::Network << "gvfsd-fuse";
    QTest::newRow("plain fuse") << "fuse" << Kind::Network << "FUSE";
    QTest::newRow("onedriver") << "fuse.onedriver" << Kind::CloudSync << "OneDrive";
    QTest::newRow("google ocamlfuse") << "fuse.google-drive-ocamlfuse" << Kind::CloudSync << "Google Drive";
    QTest::newRow("ceph") << "ceph" << Kind::Network << "CEPH";
    QTest::newRow("gocryptfs is local") << "fuse.gocryptfs" << Kind::Local << "";
    QTest::newRow("portal is local") << "fuse.portal" << Kind::Local << "";
    QTest::newRow("ntfs-3g is local") << "fuseblk" << Kind::Local << "";
}

void TestFileLocation::filesystems()
{
    QFETCH(QString, type);
    QFETCH(Kind, kind);
    QFETCH(QString, service);
    const LocationRisk r = FileLocation::fromFilesystem(type);
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.service, service);
    QCOMPARE(r.filesystem, type);
}

void TestFileLocation::magic_data()
{
    QTest::addColumn<quint64>("magic");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("ext4") << quint64(0xEF53) << Kind::Local;
    QTest::newRow("nfs") << quint64(0x6969) << Kind::Network;
    QTest::newRow("smb") << quint64(0x517B) << Kind::Network;
    QTest::newRow("cifs") << quint64(0xFF534D42) << Kind::Network;
    QTest::newRow("smb2") << quint64(0xFE534D42) << Kind::Network;
    QTest::newRow("fuse") << quint64(0x65735546) << Kind::Network;
    QTest::newRow("9p") << quint64(0x01021997) << Kind::Network;
}

void TestFileLocation::magic()
{
    QFETCH(quint64, magic);
    QFETCH(Kind, kind);
    QCOMPARE(FileLocation::fromFilesystem(FileLocation::filesystemFromMagic(magic)).kind, kind);
}

void TestFileLocation::warningsSayWhatAndWhatToDo()
{
    QVERIFY(FileLocation::warning(LocationRisk{}).isEmpty());
    const QString cloud = FileLocation::warning(FileLocation::fromPath(QStringLiteral("/home/j/Dropbox/b.assure")));
    QVERIFY2(cloud.contains(QStringLiteral("Dropbox")), qPrintable(cloud));
    QVERIFY(cloud.contains(QStringLiteral("conflicts")));
    QVERIFY(cloud.contains(QStringLiteral("Save a Copy")));
    const QString network = FileLocation::warning(FileLocation::fromFilesystem(QStringLiteral("nfs4")));
    QVERIFY2(network.contains(QStringLiteral("network drive (NFS)")), qPrintable(network));
    QVERIFY(network.contains(QStringLiteral("own disk")));
    QCOMPARE(FileLocation::fromPath(QStringLiteral("/home/j/Dropbox/b.assure")).key(), QStringLiteral("cloud_sync"));
    QCOMPARE(FileLocation::fromFilesystem(QStringLiteral("cifs")).key(), QStringLiteral("network"));
    QCOMPARE(LocationRisk{}.key(), QStringLiteral("local"));
}

void TestFileLocation::syncedFolderThroughALink()
{
    // ~/Dropbox may be a link to a folder of another name, or the other way round.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sync-data")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("sync-data")), dir.filePath(QStringLiteral("Dropbox"))));
    const LocationRisk r = FileLocation::assess(dir.filePath(QStringLiteral("Dropbox/board.assure")));
    QCOMPARE(r.kind, Kind::CloudSync);
    QCOMPARE(r.service, QStringLiteral("Dropbox"));
    QVERIFY(!r.filesystem.isEmpty());
}

void TestFileLocation::localTemporaryFolderIsLocal()
{
    // The test machine's own temporary folder: a real assessment through mountinfo or statfs.
    QTemporaryDir dir;
    const LocationRisk r = FileLocation::assess(dir.filePath(QStringLiteral("new.assure")));
    QVERIFY2(!r.isRisky(), qPrintable(r.service + QLatin1Char(' ') + r.filesystem));
    QVERIFY(!r.filesystem.isEmpty());
}

QTEST_GUILESS_MAIN(TestFileLocation)
#include "tst_filelocation.moc"
