// Every field of a board file where case material or narrative can be written, read for the
// anonymisation guard's whole-board scan (assure-cli privacy-scan FILE).
#pragma once

#include <QString>

#include <functional>

namespace assure {

class BoardFile;

struct NarrativeText
{
    QString table;
    qint64 id = 0; // the row's id
    QString key;   // for a table without ids (measurement): "CODE period key"; empty otherwise
    QString field;
    QString text;
};

// Indicator commentary; actions' text, milestones and progress updates; the audit programme,
// audits, their cases (references, answers, strengths, areas), findings and recommendations; the
// periods' summaries (narrative). Not
// the board's own directory (board, agencies, people, sub-groups) nor the names of auditors and
// leads, which are there by right. Blank fields are skipped. False with the reason when a read fails.
bool readNarrativeTexts(const BoardFile &file, const std::function<void(const NarrativeText &)> &visit,
                        QString *error = nullptr);

} // namespace assure
