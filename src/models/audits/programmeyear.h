// One financial year of the audit programme, gathered once for the table and the calendar so that
// the two always agree: every entry's occurrences in the year (stored, or due by its frequency and
// not yet stored), each with its status on a day, its lead's name and the audit linked to it.
#pragma once

#include "core/audits/programme.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <vector>

namespace assure {

class Workspace;

// The colour of an occurrence's chip, as 0xRRGGBB. Planned is pale, the rest as their RAG
// counterparts, so they stay apart in greyscale (qGray: done 61, overdue 103, skipped 140, due 168,
// planned 236); the chip always carries the word too.
quint32 occurrenceStatusRgb(OccurrenceStatus status);

struct ProgrammeRow
{
    int entry = 0; // its entry's place in ProgrammeYear::entries()
    ProgrammeOccurrence occurrence;
    OccurrenceStatus status = OccurrenceStatus::Planned;
    qint64 auditId = 0; // the audit that did it, or else one planned for it
    QString auditRef;
};

class ProgrammeYear final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ProgrammeYear)

public:
    ProgrammeYear() = default;
    ProgrammeYear(const Workspace &workspace, int startYear, const QDate &asOf);

    int startYear() const { return m_startYear; }
    int fyStartMonth() const { return m_fyStartMonth; }
    // The entries in id order, and who leads each ("Quality Assurance sub-group", a person's name...).
    const std::vector<ProgrammeEntry> &entries() const { return m_entries; }
    const QString &leadOf(int entry) const { return m_leads[size_t(entry)]; }
    // Every occurrence, entry by entry, each entry's in the order of the months they are expected in.
    const std::vector<ProgrammeRow> &rows() const { return m_rows; }
    // The first of the year's n-th month (0: the financial year's first), and back (-1: outside).
    QDate monthAt(int n) const;
    int monthIndex(const QDate &month) const;
    // How many of the year's occurrences stand at each status (OccurrenceStatus as index).
    std::array<int, 5> counts() const;

    // "Dec 2026", as the table and the page write a month.
    static QString monthText(const QDate &month);
    // The financial years (their starting years) worth offering: those of the stored occurrences,
    // and this year and the next when there are entries, newest last.
    static QList<int> yearsOffered(const Workspace &workspace, const QDate &today);

private:
    int m_startYear = 0;
    int m_fyStartMonth = 4;
    std::vector<ProgrammeEntry> m_entries;
    std::vector<QString> m_leads;
    std::vector<ProgrammeRow> m_rows;
};

} // namespace assure
