// The audits' kinds: uniqueness, the grades and answers of a case, the Edit menu's words, the registration.
#include "workspace/audits/auditkinds.h"

#include "core/audits/grades.h"
#include "core/audits/questionnaire.h"
#include "workspace/kindops.h"

#include <QJsonDocument>

namespace assure {

namespace {

// The reference of the audit an item belongs to, for the Edit menu.
QString refOf(const Workspace &ws, qint64 auditId)
{
    const Audit *a = ws.items<Audit>().find(auditId);
    return a ? a->ref : QString();
}

QString subjectOf(const Workspace &ws, qint64 entryId)
{
    const ProgrammeEntry *e = ws.items<ProgrammeEntry>().find(entryId);
    return e ? e->subject : QString();
}

QString monthOf(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QString KindTraits<Audit>::clash(const Workspace &ws, const Audit &a)
{
    if (!nameTaken(ws.items<Audit>(), a, &Audit::ref))
        return {};
    return AuditKinds::tr("There is already an audit with the reference “%1”.").arg(a.ref.trimmed());
}

QString KindTraits<ProgrammeOccurrence>::addText(const Workspace &ws, const ProgrammeOccurrence &o)
{
    return AuditKinds::tr("Add %1 to “%2”").arg(monthOf(o.due), subjectOf(ws, o.entryId));
}

QString KindTraits<ProgrammeOccurrence>::editText(const Workspace &ws, const ProgrammeOccurrence &o)
{
    return AuditKinds::tr("Edit %1 of “%2”").arg(monthOf(o.due), subjectOf(ws, o.entryId));
}

QString KindTraits<ProgrammeOccurrence>::deleteText(const Workspace &ws, const ProgrammeOccurrence &o)
{
    return AuditKinds::tr("Delete %1 of “%2”").arg(monthOf(o.due), subjectOf(ws, o.entryId));
}

QString KindTraits<ProgrammeOccurrence>::clash(const Workspace &ws, const ProgrammeOccurrence &o)
{
    for (const ProgrammeOccurrence &other : ws.items<ProgrammeOccurrence>())
        if (other.id != o.id && other.entryId == o.entryId && other.due == o.due)
            return AuditKinds::tr("“%1” already has an occurrence due in %2.")
                .arg(subjectOf(ws, o.entryId), monthOf(o.due));
    return {};
}

QString KindTraits<AuditAgency>::addText(const Workspace &ws, const AuditAgency &a)
{
    return AuditKinds::tr("Add an agency to %1").arg(refOf(ws, a.auditId));
}

QString KindTraits<AuditAgency>::editText(const Workspace &ws, const AuditAgency &a)
{
    return AuditKinds::tr("Change an agency of %1").arg(refOf(ws, a.auditId));
}

QString KindTraits<AuditAgency>::deleteText(const Workspace &ws, const AuditAgency &a)
{
    return AuditKinds::tr("Remove an agency from %1").arg(refOf(ws, a.auditId));
}

QString KindTraits<AuditAgency>::clash(const Workspace &ws, const AuditAgency &a)
{
    for (const AuditAgency &other : ws.items<AuditAgency>())
        if (other.id != a.id && other.auditId == a.auditId && other.agencyId == a.agencyId)
            return AuditKinds::tr("That agency is already named in %1.").arg(refOf(ws, a.auditId));
    return {};
}

QString KindTraits<AuditCase>::addText(const Workspace &ws, const AuditCase &c)
{
    return AuditKinds::tr("Add case %1 to %2").arg(c.ref, refOf(ws, c.auditId));
}

QString KindTraits<AuditCase>::editText(const Workspace &ws, const AuditCase &c)
{
    return AuditKinds::tr("Edit case %1 of %2").arg(c.ref, refOf(ws, c.auditId));
}

QString KindTraits<AuditCase>::deleteText(const Workspace &ws, const AuditCase &c)
{
    return AuditKinds::tr("Delete case %1 of %2").arg(c.ref, refOf(ws, c.auditId));
}

QStringList KindTraits<AuditCase>::problems(const Workspace &ws, const AuditCase &c)
{
    QStringList out = c.problems();
    const Audit *audit = ws.items<Audit>().find(c.auditId);
    const GradeScale scale = GradeScale::fromText(audit ? audit->gradeScale : QString());
    const std::pair<const QString *, QString> grades[] = {
        {&c.grade, AuditKinds::tr("overall grade")},
        {&c.secondGrade, AuditKinds::tr("second auditor's grade")},
        {&c.agreedGrade, AuditKinds::tr("agreed grade")},
    };
    for (const auto &[grade, field] : grades)
        if (!grade->isEmpty() && !scale.contains(*grade))
            out << AuditKinds::tr("The %1 “%2” is not one of the audit's grades.").arg(field, *grade);
    if (!c.answers.trimmed().isEmpty()) {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(c.answers.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            out << AuditKinds::tr("The answers of case %1 are not a JSON object: %2").arg(c.ref, e.errorString());
        else if (audit && !audit->questionnaire.isEmpty())
            // Each answer of the kind its question takes, against the audit's own copy of its tool.
            out << answerProblems(Questionnaire::fromJson(audit->questionnaire).value_or(Questionnaire()), scale,
                                  doc.object());
    }
    return out;
}

QString KindTraits<AuditCase>::clash(const Workspace &ws, const AuditCase &c)
{
    const QString ref = c.ref.trimmed();
    for (const AuditCase &other : ws.items<AuditCase>())
        if (other.id != c.id && other.auditId == c.auditId &&
            other.ref.trimmed().compare(ref, Qt::CaseInsensitive) == 0)
            return AuditKinds::tr("Case %1 is already in %2.").arg(ref, refOf(ws, c.auditId));
    return {};
}

QString KindTraits<Finding>::addText(const Workspace &ws, const Finding &f)
{
    return AuditKinds::tr("Add a finding to %1").arg(refOf(ws, f.auditId));
}

QString KindTraits<Finding>::editText(const Workspace &ws, const Finding &f)
{
    return AuditKinds::tr("Edit a finding of %1").arg(refOf(ws, f.auditId));
}

QString KindTraits<Finding>::deleteText(const Workspace &ws, const Finding &f)
{
    return AuditKinds::tr("Delete a finding of %1").arg(refOf(ws, f.auditId));
}

QString KindTraits<Recommendation>::addText(const Workspace &ws, const Recommendation &r)
{
    return AuditKinds::tr("Add a recommendation to %1").arg(refOf(ws, r.auditId));
}

QString KindTraits<Recommendation>::editText(const Workspace &ws, const Recommendation &r)
{
    return AuditKinds::tr("Edit a recommendation of %1").arg(refOf(ws, r.auditId));
}

QString KindTraits<Recommendation>::deleteText(const Workspace &ws, const Recommendation &r)
{
    return AuditKinds::tr("Delete a recommendation of %1").arg(refOf(ws, r.auditId));
}

QString KindTraits<AuditTool>::clash(const Workspace &ws, const AuditTool &t)
{
    const QString name = t.questionnaire.name.trimmed();
    for (const AuditTool &other : ws.items<AuditTool>())
        if (other.id != t.id && other.questionnaire.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return AuditKinds::tr("There is already an audit tool called “%1”.").arg(name);
    return {};
}

void AuditKinds::registerAll()
{
    registerKind<ProgrammeEntry>();
    registerKind<ProgrammeOccurrence>();
    registerKind<Audit>();
    registerKind<AuditAgency>();
    registerKind<AuditCase>();
    registerKind<Finding>();
    registerKind<Recommendation>();
    registerKind<AuditTool>();
}

} // namespace assure
