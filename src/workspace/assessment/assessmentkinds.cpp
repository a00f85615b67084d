// Self-assessment's kinds: frameworks in use kept as they are, unique labels, the Edit menu's
// words, the registration.
#include "workspace/assessment/assessmentkinds.h"

#include "core/assessment/assessmentrules.h"
#include "workspace/kindops.h"

namespace assure {

namespace {

// The agency and round an agency return names, for the Edit menu: "Fenholt Police, Section 11 2026/27".
QString returnName(const Workspace &ws, qint64 roundAgencyId)
{
    const RoundAgency *r = ws.items<RoundAgency>().find(roundAgencyId);
    if (!r)
        return {};
    const Agency *agency = ws.items<Agency>().find(r->agencyId);
    const AssessmentRound *round = ws.items<AssessmentRound>().find(r->roundId);
    return AssessmentKinds::tr("%1, %2").arg(agency ? agency->name : QString(), round ? round->label : QString());
}

QString criterionName(const Workspace &ws, qint64 criterionId)
{
    const AssessmentCriterion *c = ws.items<AssessmentCriterion>().find(criterionId);
    const AssessmentStandard *s = c ? ws.items<AssessmentStandard>().find(c->standardId) : nullptr;
    return s ? criterionCode(s->number, c->number) : QString();
}

QStringList withInUse(QStringList problems, const Workspace &ws, qint64 frameworkId)
{
    if (const QString refusal = AssessmentKinds::frameworkInUseRefusal(ws, frameworkId); !refusal.isEmpty())
        problems << refusal;
    return problems;
}

} // namespace

QString AssessmentKinds::frameworkInUseRefusal(const Workspace &ws, qint64 frameworkId)
{
    if (frameworkId == 0 || !frameworkInUse(frameworkId, ws.items<AssessmentRound>().items()))
        return {};
    const AssessmentFramework *f = ws.items<AssessmentFramework>().find(frameworkId);
    return tr("Version %1 of the framework “%2” is used by a self-assessment round and is kept as it is; "
              "make a new version of it to change it.")
        .arg(f ? f->version : 0)
        .arg(f ? f->name : QString());
}

QStringList KindTraits<AssessmentFramework>::problems(const Workspace &ws, const AssessmentFramework &f)
{
    return withInUse(f.problems(), ws, f.id);
}

QString KindTraits<AssessmentFramework>::clash(const Workspace &ws, const AssessmentFramework &f)
{
    for (const AssessmentFramework &other : ws.items<AssessmentFramework>())
        if (other.id != f.id && other.version == f.version &&
            other.name.trimmed().compare(f.name.trimmed(), Qt::CaseInsensitive) == 0)
            return AssessmentKinds::tr("There is already a version %1 of the framework “%2”.")
                .arg(f.version)
                .arg(f.name.trimmed());
    return {};
}

QStringList KindTraits<AssessmentStandard>::problems(const Workspace &ws, const AssessmentStandard &s)
{
    return withInUse(s.problems(), ws, s.frameworkId);
}

QStringList KindTraits<AssessmentCriterion>::problems(const Workspace &ws, const AssessmentCriterion &c)
{
    const AssessmentStandard *s = ws.items<AssessmentStandard>().find(c.standardId);
    return withInUse(c.problems(), ws, s ? s->frameworkId : 0);
}

QString KindTraits<AssessmentRound>::clash(const Workspace &ws, const AssessmentRound &r)
{
    if (!nameTaken(ws.items<AssessmentRound>(), r, &AssessmentRound::label))
        return {};
    return AssessmentKinds::tr("There is already a round called “%1”.").arg(r.label.trimmed());
}

QString KindTraits<RoundAgency>::addText(const Workspace &ws, const RoundAgency &a)
{
    const Agency *agency = ws.items<Agency>().find(a.agencyId);
    return AssessmentKinds::tr("Invite %1").arg(agency ? agency->name : QString());
}

QString KindTraits<RoundAgency>::editText(const Workspace &ws, const RoundAgency &a)
{
    return AssessmentKinds::tr("Edit the return of %1").arg(returnName(ws, a.id));
}

QString KindTraits<RoundAgency>::deleteText(const Workspace &ws, const RoundAgency &a)
{
    return AssessmentKinds::tr("Delete the return of %1").arg(returnName(ws, a.id));
}

QString KindTraits<RoundAgency>::clash(const Workspace &ws, const RoundAgency &a)
{
    for (const RoundAgency &other : ws.items<RoundAgency>())
        if (other.id != a.id && other.roundId == a.roundId && other.agencyId == a.agencyId)
            return AssessmentKinds::tr("That agency is already invited to the round.");
    return {};
}

QString KindTraits<CriterionReturn>::addText(const Workspace &ws, const CriterionReturn &a)
{
    return AssessmentKinds::tr("Answer %1 for %2")
        .arg(criterionName(ws, a.criterionId), returnName(ws, a.roundAgencyId));
}

QString KindTraits<CriterionReturn>::editText(const Workspace &ws, const CriterionReturn &a)
{
    return AssessmentKinds::tr("Edit answer %1 for %2")
        .arg(criterionName(ws, a.criterionId), returnName(ws, a.roundAgencyId));
}

QString KindTraits<CriterionReturn>::deleteText(const Workspace &ws, const CriterionReturn &a)
{
    return AssessmentKinds::tr("Clear answer %1 for %2")
        .arg(criterionName(ws, a.criterionId), returnName(ws, a.roundAgencyId));
}

QString KindTraits<CriterionReturn>::clash(const Workspace &ws, const CriterionReturn &a)
{
    for (const CriterionReturn &other : ws.items<CriterionReturn>())
        if (other.id != a.id && other.roundAgencyId == a.roundAgencyId && other.criterionId == a.criterionId)
            return AssessmentKinds::tr("That criterion already has an answer in this return.");
    return {};
}

void AssessmentKinds::registerAll()
{
    registerKind<AssessmentFramework>();
    registerKind<AssessmentStandard>();
    registerKind<AssessmentCriterion>();
    registerKind<AssessmentRound>();
    registerKind<RoundAgency>();
    registerKind<CriterionReturn>();
}

} // namespace assure
