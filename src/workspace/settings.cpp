// The user's settings, each declared once with its key and default.
#include "workspace/settings.h"

#include <QFileInfo>

namespace assure {

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QStringList Settings::recentFiles() const
{
    QStringList out;
    for (const QString &path : get(kRecentFiles))
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = get(kRecentFiles);
    files.removeAll(absolute);
    files.prepend(absolute);
    set(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = get(kRecentFiles);
    files.removeAll(QFileInfo(path).absoluteFilePath());
    set(kRecentFiles, files);
}

void Settings::setBackupPolicy(const BackupPolicy &p)
{
    set(kBackupKeepLast, p.keepLast);
    set(kBackupDays, p.days);
    set(kBackupWeeks, p.weeks);
}

} // namespace assure
