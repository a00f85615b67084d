// The user's settings, each declared once with its key and default.
#pragma once

#include "storage/filesafety/backupstore.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace assure {

template <class T> struct Setting
{
    const char *key;
    T defaultValue;
};

class Settings final
{
public:
    // Settings in the usual place for this user; tests pass their own QSettings file.
    Settings();
    explicit Settings(const QString &iniFile);

    static constexpr int kMaxRecentFiles = 8;

    QByteArray windowGeometry() const { return get(kWindowGeometry); }
    void setWindowGeometry(const QByteArray &v) { set(kWindowGeometry, v); }
    QByteArray windowState() const { return get(kWindowState); }
    void setWindowState(const QByteArray &v) { set(kWindowState, v); }
    QString lastFolder() const { return get(kLastFolder); }
    void setLastFolder(const QString &v) { set(kLastFolder, v); }

    // Most recent first; files that no longer exist are dropped when read.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    // The last board paper's choices, offered again: its kind and format keys (reports' own words),
    // the protective marking, and whether a PDF was made for the archive (PDF/A).
    QString reportKind() const { return get(kReportKind); }
    void setReportKind(const QString &v) { set(kReportKind, v); }
    QString reportFormat() const { return get(kReportFormat); }
    void setReportFormat(const QString &v) { set(kReportFormat, v); }
    QString reportMarking() const { return get(kReportMarking); }
    void setReportMarking(const QString &v) { set(kReportMarking, v); }
    bool reportPdfA() const { return get(kReportPdfA); }
    void setReportPdfA(bool v) { set(kReportPdfA, v); }

    // The audit programme's last view: "table" or "calendar".
    QString programmeView() const { return get(kProgrammeView); }
    void setProgrammeView(const QString &v) { set(kProgrammeView, v); }

    // Automatic backups: what rotation keeps, and how often a board being edited is copied.
    BackupPolicy backupPolicy() const { return {get(kBackupKeepLast), get(kBackupDays), get(kBackupWeeks)}; }
    void setBackupPolicy(const BackupPolicy &p);
    int backupIntervalMinutes() const { return get(kBackupIntervalMinutes); }
    void setBackupIntervalMinutes(int v) { set(kBackupIntervalMinutes, v); }

private:
    static inline const Setting<QByteArray> kWindowGeometry{"window/geometry", {}};
    static inline const Setting<QByteArray> kWindowState{"window/state", {}};
    static inline const Setting<QString> kLastFolder{"files/lastFolder", {}};
    static inline const Setting<QStringList> kRecentFiles{"files/recent", {}};
    static inline const Setting<QString> kReportKind{"reports/kind", QStringLiteral("board-pack")};
    static inline const Setting<QString> kReportFormat{"reports/format", QStringLiteral("pdf")};
    static inline const Setting<QString> kReportMarking{"reports/marking", {}};
    static inline const Setting<bool> kReportPdfA{"reports/pdfA", false};
    static inline const Setting<QString> kProgrammeView{"programme/view", QStringLiteral("table")};
    static inline const Setting<int> kBackupKeepLast{"backups/keepLast", BackupPolicy().keepLast};
    static inline const Setting<int> kBackupDays{"backups/dailyForDays", BackupPolicy().days};
    static inline const Setting<int> kBackupWeeks{"backups/weeklyForWeeks", BackupPolicy().weeks};
    static inline const Setting<int> kBackupIntervalMinutes{"backups/intervalMinutes", 10};

    template <class T> T get(const Setting<T> &s) const
    {
        return m_settings->value(QLatin1String(s.key), QVariant::fromValue(s.defaultValue)).template value<T>();
    }
    template <class T> void set(const Setting<T> &s, const T &value)
    {
        m_settings->setValue(QLatin1String(s.key), QVariant::fromValue(value));
    }

    std::unique_ptr<QSettings> m_settings;
};

} // namespace assure
