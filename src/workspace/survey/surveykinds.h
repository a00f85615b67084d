// The survey's kinds: questions, responses and answers; each one's traits (kindtraits.h) beside
// its table mapping (storage/survey/surveymappings.h).
#pragma once

#include "storage/survey/surveymappings.h"
#include "workspace/entitystore.h"
#include "workspace/kindtraits.h"

#include <QCoreApplication>

namespace assure {

class Workspace;

class SurveyKinds final
{
    Q_DECLARE_TR_FUNCTIONS(assure::SurveyKinds)

public:
    // Registers them with the workspace (kindregistry.h).
    static void registerAll();
};

template <> struct KindTraits<SurveyQuestion> : KindDefaults<SurveyQuestion>
{
    using Store = EntityStore<SurveyQuestion>;
    static QString name() { return SurveyKinds::tr("Survey question"); }
    static QString singular() { return SurveyKinds::tr("survey question"); }
    static QString plural() { return SurveyKinds::tr("survey questions"); }
    static QString addText(const Workspace &, const SurveyQuestion &q);
    static QString editText(const Workspace &, const SurveyQuestion &q);
    static QString deleteText(const Workspace &, const SurveyQuestion &q);
    static QString label(const SurveyQuestion &q) { return q.text; }
    static QString deleteQuestion(const SurveyQuestion &q) { return SurveyKinds::tr("the question “%1”").arg(q.text); }
    // A year asks a question once, and has one breakdown at most.
    static QString clash(const Workspace &ws, const SurveyQuestion &q);
    static void prepareNew(SurveyQuestion &q)
    {
        q.id = 0;
        q.text = q.text.trimmed();
    }
};

template <> struct KindTraits<SurveyResponse> : KindDefaults<SurveyResponse>
{
    using Store = EntityStore<SurveyResponse>;
    static QString name() { return SurveyKinds::tr("Survey response"); }
    static QString singular() { return SurveyKinds::tr("survey response"); }
    static QString plural() { return SurveyKinds::tr("survey responses"); }
    static QString addText(const Workspace &, const SurveyResponse &r);
    static QString editText(const Workspace &, const SurveyResponse &r);
    static QString deleteText(const Workspace &, const SurveyResponse &r);
    static QString deleteQuestion(const SurveyResponse &r);
};

// A year's answers run to tens of thousands: they are not announced row by row; their responses
// and questions, which change with them, are.
template <> struct KindTraits<SurveyAnswer> : KindDefaults<SurveyAnswer>
{
    using Store = EntityStore<SurveyAnswer>;
    static constexpr bool kRowSignals = false;
    static QString name() { return SurveyKinds::tr("Survey answer"); }
    static QString singular() { return SurveyKinds::tr("survey answer"); }
    static QString plural() { return SurveyKinds::tr("survey answers"); }
    static QString addText(const Workspace &, const SurveyAnswer &) { return SurveyKinds::tr("Add survey answer"); }
    static QString editText(const Workspace &, const SurveyAnswer &) { return SurveyKinds::tr("Edit survey answer"); }
    static QString deleteText(const Workspace &, const SurveyAnswer &)
    {
        return SurveyKinds::tr("Delete survey answer");
    }
    static auto references()
    {
        return std::make_tuple(
            reference<SurveyResponse>(&SurveyAnswer::responseId, OnDelete::Cascade, "assure::SurveyKinds",
                                      QT_TRANSLATE_N_NOOP("assure::SurveyKinds", "Its %n answers go with it.")),
            reference<SurveyQuestion>(&SurveyAnswer::questionId, OnDelete::Cascade, "assure::SurveyKinds",
                                      QT_TRANSLATE_N_NOOP("assure::SurveyKinds", "Its %n answers go with it.")));
    }
};

} // namespace assure
