// The narrative fields of a board file, table by table, for the anonymisation guard.
#include "storage/audits/narrativetexts.h"

#include "storage/boardfile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace assure {

namespace {

struct Source
{
    const char *table;
    QStringList fields;
};

QStringList fieldList(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

bool readNarrativeTexts(const BoardFile &file, const std::function<void(const NarrativeText &)> &visit, QString *error)
{
    const Source sources[] = {
        {"action", fieldList({"title", "description", "success_measure", "evidence", "resources", "rationale",
                              "cancel_reason", "impact_evidence"})},
        {"action_milestone", fieldList({"text"})},
        {"action_update", fieldList({"text"})},
        {"development_plan", fieldList({"title", "methodology", "expertise", "consultation", "resources",
                                        "quality_assurance", "performance_measures"})},
        {"audit_programme_entry", fieldList({"subject", "criteria", "reporting_route", "comment"})},
        {"audit_programme_occurrence", fieldList({"skip_reason"})},
        {"audit", fieldList({"title", "scope", "methodology"})},
        {"audit_case", fieldList({"ref", "answers", "strengths", "areas"})},
        {"audit_finding", fieldList({"text"})},
        {"audit_recommendation", fieldList({"text"})},
        {"narrative", fieldList({"text"})},
        // The board's own business: what is written about its risks, its meetings and, in the
        // effectiveness survey's free text, by its members.
        {"risk", fieldList({"title", "cause", "consequence"})},
        {"meeting", fieldList({"title", "notes"})},
        {"survey_answer", fieldList({"text"})},
        {"scorecard_summary", fieldList({"text"})},
        {"feedback", fieldList({"summary", "what_changed"})},
        {"escalation", fieldList({"ref", "resolution", "learning"})},
        {"complaint", fieldList({"reference", "theme", "learning"})},
    };
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    auto failed = [&q, error] {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    NarrativeText t;
    // Measurements have no id of their own: the indicator's code and the period name the row.
    t.table = QStringLiteral("measurement");
    t.field = QStringLiteral("commentary");
    if (!q.exec(QStringLiteral("SELECT i.code || ' ' || m.period_key, m.commentary FROM measurement m "
                               "JOIN indicator i ON i.id = m.indicator_id WHERE m.commentary <> '' "
                               "ORDER BY i.code, m.period_key")))
        return failed();
    while (q.next()) {
        t.key = q.value(0).toString();
        t.text = q.value(1).toString();
        visit(t);
    }
    t.key.clear();
    for (const Source &s : sources) {
        t.table = QString::fromLatin1(s.table);
        if (!q.exec(
                QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(s.fields.join(QStringLiteral(", ")), t.table)))
            return failed();
        while (q.next()) {
            t.id = q.value(0).toLongLong();
            for (int i = 0; i < s.fields.size(); ++i) {
                t.text = q.value(i + 1).toString();
                if (t.text.trimmed().isEmpty())
                    continue;
                t.field = s.fields.at(i);
                visit(t);
            }
        }
    }
    return true;
}

} // namespace assure
