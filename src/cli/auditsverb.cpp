// assure-cli audits: per audit its type, status, cases, final grades counted, findings,
// recommendations and Cohen's kappa over the moderated cases (issue 15, part 9).
#include "cli/auditsverb.h"

#include "core/audits/agreement.h"
#include "core/audits/grades.h"
#include "core/valueformat.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::AuditsVerb", text);
}

struct Tally
{
    int cases = 0;
    QHash<QString, int> grades;
    int findings = 0;
    int recommendations = 0;
};

} // namespace

QString AuditsVerb::summary() const
{
    return translated(QT_TRANSLATE_NOOP("assure::AuditsVerb",
                                        "The board's audits: status, cases, grades, findings, recommendations and the "
                                        "auditors' agreement."));
}

int AuditsVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::AuditsVerb", "Print JSON.")));
    parser.addOption(json);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;

    // One pass over each kind rather than one per audit: the large board has 50,000 cases.
    QHash<qint64, Tally> tallies;
    QHash<qint64, QList<std::pair<QString, QString>>> moderated;
    for (const AuditCase &c : ws->items<AuditCase>()) {
        Tally &t = tallies[c.auditId];
        ++t.cases;
        if (!c.finalGrade().isEmpty())
            ++t.grades[c.finalGrade()];
        moderated[c.auditId].append({c.grade, c.secondGrade});
    }
    for (const Finding &f : ws->items<Finding>())
        ++tallies[f.auditId].findings;
    for (const Recommendation &r : ws->items<Recommendation>())
        ++tallies[r.auditId].recommendations;

    const ValueFormat format;
    QJsonArray rows;
    for (const Audit &a : ws->items<Audit>()) {
        const Tally t = tallies.value(a.id);
        const Agreement agreed = agreement(moderated.value(a.id));
        const GradeScale scale = GradeScale::fromText(a.gradeScale);
        if (parser.isSet(json)) {
            QJsonObject grades;
            for (const Grade &g : scale.grades())
                grades.insert(g.key, t.grades.value(g.key));
            rows.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("type"), auditTypeKey(a.type)},
                                    {QStringLiteral("title"), a.title},
                                    {QStringLiteral("status"), auditStatusKey(a.status)},
                                    {QStringLiteral("cases"), t.cases},
                                    {QStringLiteral("grades"), grades},
                                    {QStringLiteral("findings"), t.findings},
                                    {QStringLiteral("recommendations"), t.recommendations},
                                    {QStringLiteral("agreement"),
                                     agreed.kappa ? QJsonValue(*agreed.kappa) : QJsonValue(QJsonValue::Null)}});
        } else {
            QStringList counts;
            for (const Grade &g : scale.grades())
                if (t.grades.value(g.key))
                    counts << QStringLiteral("%1 %2").arg(g.label, format.count(t.grades.value(g.key)));
            QString line =
                QStringLiteral("%1  %2  %3").arg(a.ref, -12).arg(auditStatusLabel(a.status), -18).arg(a.title);
            if (!counts.isEmpty())
                line += QStringLiteral(": ") + counts.join(QStringLiteral(", "));
            io.out << line << QLatin1Char('\n');
        }
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace assure
