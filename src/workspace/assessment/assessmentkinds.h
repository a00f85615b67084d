// Self-assessment's kinds: frameworks with their standards and criteria, rounds, the agencies
// invited to them and their answers; each one's traits (kindtraits.h) beside its table mapping
// (storage/assessment/assessmentmappings.h).
#pragma once

#include "core/board/agency.h"
#include "storage/assessment/assessmentmappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class AssessmentKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::AssessmentKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
    // Why the framework with this id may not be changed: a round uses it; empty when it may.
    static QString frameworkInUseRefusal(const Workspace &ws, qint64 frameworkId);
};

template <> struct KindTraits<AssessmentFramework> : KindDefaults<AssessmentFramework>
{
    using Store = EntityStore<AssessmentFramework>;
    static QString name() { return AssessmentKinds::tr("Framework"); }
    static QString singular() { return AssessmentKinds::tr("framework"); }
    static QString plural() { return AssessmentKinds::tr("frameworks"); }
    static QString addText(const Workspace &, const AssessmentFramework &f)
    {
        return AssessmentKinds::tr("Add framework %1").arg(f.name);
    }
    static QString editText(const Workspace &, const AssessmentFramework &f)
    {
        return AssessmentKinds::tr("Edit framework %1").arg(f.name);
    }
    static QString deleteText(const Workspace &, const AssessmentFramework &f)
    {
        return AssessmentKinds::tr("Delete framework %1").arg(f.name);
    }
    static QString label(const AssessmentFramework &f)
    {
        return AssessmentKinds::tr("%1 (version %2)").arg(f.name).arg(f.version);
    }
    static QString deleteQuestion(const AssessmentFramework &f)
    {
        return AssessmentKinds::tr("the framework “%1”, version %2").arg(f.name).arg(f.version);
    }
    // A framework a round uses is never changed under it.
    static QStringList problems(const Workspace &ws, const AssessmentFramework &f);
    static QString clash(const Workspace &ws, const AssessmentFramework &f);
};

template <> struct KindTraits<AssessmentStandard> : KindDefaults<AssessmentStandard>
{
    using Store = EntityStore<AssessmentStandard>;
    static QString name() { return AssessmentKinds::tr("Standard"); }
    static QString singular() { return AssessmentKinds::tr("standard"); }
    static QString plural() { return AssessmentKinds::tr("standards"); }
    static QString addText(const Workspace &, const AssessmentStandard &s)
    {
        return AssessmentKinds::tr("Add standard %1").arg(s.number);
    }
    static QString editText(const Workspace &, const AssessmentStandard &s)
    {
        return AssessmentKinds::tr("Edit standard %1").arg(s.number);
    }
    static QString deleteText(const Workspace &, const AssessmentStandard &s)
    {
        return AssessmentKinds::tr("Delete standard %1").arg(s.number);
    }
    static QStringList problems(const Workspace &ws, const AssessmentStandard &s);
    static auto references()
    {
        return std::make_tuple(reference<AssessmentFramework>(
            &AssessmentStandard::frameworkId, OnDelete::Cascade, "assure::AssessmentKinds",
            QT_TRANSLATE_N_NOOP("assure::AssessmentKinds", "Its %n standards go with it, with their criteria.")));
    }
};

template <> struct KindTraits<AssessmentCriterion> : KindDefaults<AssessmentCriterion>
{
    using Store = EntityStore<AssessmentCriterion>;
    static QString name() { return AssessmentKinds::tr("Criterion"); }
    static QString singular() { return AssessmentKinds::tr("criterion"); }
    static QString plural() { return AssessmentKinds::tr("criteria"); }
    static QString addText(const Workspace &, const AssessmentCriterion &)
    {
        return AssessmentKinds::tr("Add criterion");
    }
    static QString editText(const Workspace &, const AssessmentCriterion &)
    {
        return AssessmentKinds::tr("Edit criterion");
    }
    static QString deleteText(const Workspace &, const AssessmentCriterion &)
    {
        return AssessmentKinds::tr("Delete criterion");
    }
    static QStringList problems(const Workspace &ws, const AssessmentCriterion &c);
    static auto references()
    {
        return std::make_tuple(reference<AssessmentStandard>(&AssessmentCriterion::standardId, OnDelete::Cascade));
    }
};

template <> struct KindTraits<AssessmentRound> : KindDefaults<AssessmentRound>
{
    using Store = EntityStore<AssessmentRound>;
    static QString name() { return AssessmentKinds::tr("Self-assessment round"); }
    static QString singular() { return AssessmentKinds::tr("self-assessment round"); }
    static QString plural() { return AssessmentKinds::tr("self-assessment rounds"); }
    static QString addText(const Workspace &, const AssessmentRound &r)
    {
        return AssessmentKinds::tr("Start round %1").arg(r.label);
    }
    static QString editText(const Workspace &, const AssessmentRound &r)
    {
        return AssessmentKinds::tr("Edit round %1").arg(r.label);
    }
    static QString deleteText(const Workspace &, const AssessmentRound &r)
    {
        return AssessmentKinds::tr("Delete round %1").arg(r.label);
    }
    static QString label(const AssessmentRound &r) { return r.label; }
    static QString deleteQuestion(const AssessmentRound &r)
    {
        return AssessmentKinds::tr("the self-assessment round “%1”").arg(r.label);
    }
    // A label is unique in the board, whatever its case.
    static QString clash(const Workspace &ws, const AssessmentRound &r);
    static void prepareNew(AssessmentRound &r)
    {
        r.id = 0;
        r.label = r.label.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<AssessmentFramework>(
                &AssessmentRound::frameworkId, OnDelete::Refuse, "assure::AssessmentKinds",
                QT_TRANSLATE_N_NOOP("assure::AssessmentKinds", "%n self-assessment rounds use it.")),
            reference<AssessmentRound>(&AssessmentRound::previousRoundId, OnDelete::Clear, "assure::AssessmentKinds",
                                       QT_TRANSLATE_N_NOOP("assure::AssessmentKinds",
                                                           "%n rounds were started from it and will no longer show "
                                                           "its ratings as last year's.")));
    }
};

template <> struct KindTraits<RoundAgency> : KindDefaults<RoundAgency>
{
    using Store = EntityStore<RoundAgency>;
    static QString name() { return AssessmentKinds::tr("Agency return"); }
    static QString singular() { return AssessmentKinds::tr("agency return"); }
    static QString plural() { return AssessmentKinds::tr("agency returns"); }
    static QString addText(const Workspace &ws, const RoundAgency &a);
    static QString editText(const Workspace &ws, const RoundAgency &a);
    static QString deleteText(const Workspace &ws, const RoundAgency &a);
    // An agency is invited to a round once.
    static QString clash(const Workspace &ws, const RoundAgency &a);
    static auto references()
    {
        return std::make_tuple(
            reference<AssessmentRound>(
                &RoundAgency::roundId, OnDelete::Cascade, "assure::AssessmentKinds",
                QT_TRANSLATE_N_NOOP("assure::AssessmentKinds",
                                    "Its %n agency returns go with it, with their ratings and evidence.")),
            reference<Agency>(&RoundAgency::agencyId, OnDelete::Cascade, "assure::AssessmentKinds",
                              QT_TRANSLATE_N_NOOP("assure::AssessmentKinds",
                                                  "Its %n self-assessment returns go with it, with their ratings "
                                                  "and evidence.")));
    }
};

template <> struct KindTraits<CriterionReturn> : KindDefaults<CriterionReturn>
{
    using Store = EntityStore<CriterionReturn>;
    static QString name() { return AssessmentKinds::tr("Answer"); }
    static QString singular() { return AssessmentKinds::tr("answer"); }
    static QString plural() { return AssessmentKinds::tr("answers"); }
    static QString addText(const Workspace &ws, const CriterionReturn &a);
    static QString editText(const Workspace &ws, const CriterionReturn &a);
    static QString deleteText(const Workspace &ws, const CriterionReturn &a);
    // A criterion is answered once in a return.
    static QString clash(const Workspace &ws, const CriterionReturn &a);
    static auto references()
    {
        return std::make_tuple(
            reference<RoundAgency>(&CriterionReturn::roundAgencyId, OnDelete::Cascade),
            reference<AssessmentCriterion>(
                &CriterionReturn::criterionId, OnDelete::Refuse, "assure::AssessmentKinds",
                QT_TRANSLATE_N_NOOP("assure::AssessmentKinds",
                                    "%n agencies have answered it; make a new version of the framework instead.")));
    }
};

} // namespace assure
