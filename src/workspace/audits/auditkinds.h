// The audits' kinds: programme entries and occurrences, audits, their agencies, cases, findings,
// recommendations and tools; each one's traits (kindtraits.h) beside its table mapping (storage/audits/).
#pragma once

#include "core/board/agency.h"
#include "core/board/person.h"
#include "core/board/subgroup.h"
#include "storage/audits/auditmappings.h"
#include "storage/audits/programmemappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class AuditKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::AuditKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<ProgrammeEntry> : KindDefaults<ProgrammeEntry>
{
    using Store = EntityStore<ProgrammeEntry>;
    static QString name() { return AuditKinds::tr("Programme entry"); }
    static QString singular() { return AuditKinds::tr("programme entry"); }
    static QString plural() { return AuditKinds::tr("programme entries"); }
    static QString addText(const Workspace &, const ProgrammeEntry &e)
    {
        return AuditKinds::tr("Add “%1” to the audit programme").arg(e.subject);
    }
    static QString editText(const Workspace &, const ProgrammeEntry &e)
    {
        return AuditKinds::tr("Edit programme entry “%1”").arg(e.subject);
    }
    static QString deleteText(const Workspace &, const ProgrammeEntry &e)
    {
        return AuditKinds::tr("Delete programme entry “%1”").arg(e.subject);
    }
    static QString label(const ProgrammeEntry &e) { return e.subject; }
    static auto references()
    {
        return std::make_tuple(
            reference<Person>(&ProgrammeEntry::leadPersonId, OnDelete::Clear, "assure::AuditKinds",
                              QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                                  "%n audit programme entries are led by them and will be kept "
                                                  "without that lead.")),
            reference<SubGroup>(&ProgrammeEntry::leadSubgroupId, OnDelete::Clear, "assure::AuditKinds",
                                QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                                    "%n audit programme entries are led by it and will be kept "
                                                    "without that lead.")));
    }
};

template <> struct KindTraits<Audit> : KindDefaults<Audit>
{
    using Store = EntityStore<Audit>;
    static QString name() { return AuditKinds::tr("Audit"); }
    static QString singular() { return AuditKinds::tr("audit"); }
    static QString plural() { return AuditKinds::tr("audits"); }
    static QString addText(const Workspace &, const Audit &a) { return AuditKinds::tr("Add audit %1").arg(a.ref); }
    static QString editText(const Workspace &, const Audit &a) { return AuditKinds::tr("Edit audit %1").arg(a.ref); }
    static QString deleteText(const Workspace &, const Audit &a)
    {
        return AuditKinds::tr("Delete audit %1").arg(a.ref);
    }
    static QString label(const Audit &a) { return a.ref; }
    static QString deleteQuestion(const Audit &a) { return AuditKinds::tr("the audit %1 “%2”").arg(a.ref, a.title); }
    // A reference is unique in the board, whatever its case.
    static QString clash(const Workspace &ws, const Audit &a);
    static void prepareNew(Audit &a)
    {
        a.id = 0;
        a.ref = a.ref.trimmed();
        a.title = a.title.trimmed();
    }
    static auto references()
    {
        return std::make_tuple(
            reference<Person>(&Audit::leadPersonId, OnDelete::Clear, "assure::AuditKinds",
                              QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                                  "%n audits are led by them and will be kept without a lead.")),
            reference<ProgrammeOccurrence>(
                &Audit::occurrenceId, OnDelete::Clear, "assure::AuditKinds",
                QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                    "%n audits fulfil it and will be kept without that link to the programme.")),
            reference<Audit>(&Audit::repeatsAuditId, OnDelete::Clear, "assure::AuditKinds",
                             QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                                 "%n audits repeat it and will be kept as audits of their own.")));
    }
};

template <> struct KindTraits<ProgrammeOccurrence> : KindDefaults<ProgrammeOccurrence>
{
    using Store = EntityStore<ProgrammeOccurrence>;
    static QString name() { return AuditKinds::tr("Programme occurrence"); }
    static QString singular() { return AuditKinds::tr("programme occurrence"); }
    static QString plural() { return AuditKinds::tr("programme occurrences"); }
    static QString addText(const Workspace &ws, const ProgrammeOccurrence &o);
    static QString editText(const Workspace &ws, const ProgrammeOccurrence &o);
    static QString deleteText(const Workspace &ws, const ProgrammeOccurrence &o);
    // One occurrence of an entry per month it falls due.
    static QString clash(const Workspace &ws, const ProgrammeOccurrence &o);
    static auto references()
    {
        return std::make_tuple(
            reference<ProgrammeEntry>(&ProgrammeOccurrence::entryId, OnDelete::Cascade, "assure::AuditKinds",
                                      QT_TRANSLATE_N_NOOP("assure::AuditKinds", "Its %n occurrences go with it.")),
            reference<Audit>(&ProgrammeOccurrence::auditId, OnDelete::Clear, "assure::AuditKinds",
                             QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                                 "%n programme occurrences were done by it and will be kept without "
                                                 "that link.")));
    }
};

template <> struct KindTraits<AuditAgency> : KindDefaults<AuditAgency>
{
    using Store = EntityStore<AuditAgency>;
    static QString name() { return AuditKinds::tr("Agency of an audit"); }
    static QString singular() { return AuditKinds::tr("agency of an audit"); }
    static QString plural() { return AuditKinds::tr("agencies of audits"); }
    static QString addText(const Workspace &ws, const AuditAgency &a);
    static QString editText(const Workspace &ws, const AuditAgency &a);
    static QString deleteText(const Workspace &ws, const AuditAgency &a);
    static QString clash(const Workspace &ws, const AuditAgency &a);
    static auto references()
    {
        return std::make_tuple(
            reference<Audit>(&AuditAgency::auditId, OnDelete::Cascade, "assure::AuditKinds"),
            reference<Agency>(
                &AuditAgency::agencyId, OnDelete::Cascade, "assure::AuditKinds",
                QT_TRANSLATE_N_NOOP("assure::AuditKinds", "It is named in %n audits, which will be kept without it.")));
    }
};

template <> struct KindTraits<AuditCase> : KindDefaults<AuditCase>
{
    using Store = EntityStore<AuditCase>;
    static QString name() { return AuditKinds::tr("Audited case"); }
    static QString singular() { return AuditKinds::tr("audited case"); }
    static QString plural() { return AuditKinds::tr("audited cases"); }
    static QString addText(const Workspace &ws, const AuditCase &c);
    static QString editText(const Workspace &ws, const AuditCase &c);
    static QString deleteText(const Workspace &ws, const AuditCase &c);
    // Beside the case's own problems: grades from its audit's scale, answers that are JSON and of the kinds
    // its copy of the tool asks for.
    static QStringList problems(const Workspace &ws, const AuditCase &c);
    // A case reference once per audit, whatever its case.
    static QString clash(const Workspace &ws, const AuditCase &c);
    static auto references()
    {
        return std::make_tuple(reference<Audit>(&AuditCase::auditId, OnDelete::Cascade, "assure::AuditKinds",
                                                QT_TRANSLATE_N_NOOP("assure::AuditKinds", "Its %n cases go with it.")));
    }
};

template <> struct KindTraits<Finding> : KindDefaults<Finding>
{
    using Store = EntityStore<Finding>;
    static QString name() { return AuditKinds::tr("Finding"); }
    static QString singular() { return AuditKinds::tr("finding"); }
    static QString plural() { return AuditKinds::tr("findings"); }
    static QString addText(const Workspace &ws, const Finding &f);
    static QString editText(const Workspace &ws, const Finding &f);
    static QString deleteText(const Workspace &ws, const Finding &f);
    static auto references()
    {
        return std::make_tuple(
            reference<Audit>(&Finding::auditId, OnDelete::Cascade, "assure::AuditKinds",
                             QT_TRANSLATE_N_NOOP("assure::AuditKinds", "Its %n findings go with it.")));
    }
};

template <> struct KindTraits<Recommendation> : KindDefaults<Recommendation>
{
    using Store = EntityStore<Recommendation>;
    static QString name() { return AuditKinds::tr("Recommendation"); }
    static QString singular() { return AuditKinds::tr("recommendation"); }
    static QString plural() { return AuditKinds::tr("recommendations"); }
    static QString addText(const Workspace &ws, const Recommendation &r);
    static QString editText(const Workspace &ws, const Recommendation &r);
    static QString deleteText(const Workspace &ws, const Recommendation &r);
    static auto references()
    {
        return std::make_tuple(
            reference<Audit>(&Recommendation::auditId, OnDelete::Cascade, "assure::AuditKinds",
                             QT_TRANSLATE_N_NOOP("assure::AuditKinds", "Its %n recommendations go with it.")),
            reference<Agency>(&Recommendation::ownerAgencyId, OnDelete::Clear, "assure::AuditKinds",
                              QT_TRANSLATE_N_NOOP("assure::AuditKinds",
                                                  "%n recommendations are owned by it and will be kept without an "
                                                  "owner.")));
    }
};

template <> struct KindTraits<AuditTool> : KindDefaults<AuditTool>
{
    using Store = EntityStore<AuditTool>;
    static QString name() { return AuditKinds::tr("Audit tool"); }
    static QString singular() { return AuditKinds::tr("audit tool"); }
    static QString plural() { return AuditKinds::tr("audit tools"); }
    static QString addText(const Workspace &, const AuditTool &t)
    {
        return AuditKinds::tr("Add audit tool “%1”").arg(t.questionnaire.name);
    }
    static QString editText(const Workspace &, const AuditTool &t)
    {
        return AuditKinds::tr("Edit audit tool “%1”").arg(t.questionnaire.name);
    }
    static QString deleteText(const Workspace &, const AuditTool &t)
    {
        return AuditKinds::tr("Delete audit tool “%1”").arg(t.questionnaire.name);
    }
    static QString label(const AuditTool &t) { return t.questionnaire.name; }
    // A name once in the board, whatever its case.
    static QString clash(const Workspace &ws, const AuditTool &t);
};

} // namespace assure
