// A complaint, compliment or comment: its names and the rules it is saved by.
#include "core/voices/complaint.h"

#include "core/enumnames.h"
#include "core/valueformat.h"

#include <QCoreApplication>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Complaint)
};

constexpr auto kKindNames = enumNames<ComplaintKind>(
    "assure::Complaint",
    {
        {ComplaintKind::Complaint, u"complaint", QT_TRANSLATE_NOOP("assure::Complaint", "Complaint")},
        {ComplaintKind::Compliment, u"compliment", QT_TRANSLATE_NOOP("assure::Complaint", "Compliment")},
        {ComplaintKind::Comment, u"comment", QT_TRANSLATE_NOOP("assure::Complaint", "Comment")},
    });

constexpr auto kOutcomeNames = enumNames<ComplaintOutcome>(
    "assure::Complaint",
    {
        {ComplaintOutcome::Upheld, u"upheld", QT_TRANSLATE_NOOP("assure::Complaint", "Upheld")},
        {ComplaintOutcome::PartlyUpheld, u"partly_upheld", QT_TRANSLATE_NOOP("assure::Complaint", "Partly upheld")},
        {ComplaintOutcome::NotUpheld, u"not_upheld", QT_TRANSLATE_NOOP("assure::Complaint", "Not upheld")},
    });

constexpr auto kStageNames = enumNames<ComplaintStage>(
    "assure::Complaint",
    {
        {ComplaintStage::LocalResolution, u"1", QT_TRANSLATE_NOOP("assure::Complaint", "Stage 1: local resolution")},
        {ComplaintStage::Investigation, u"2", QT_TRANSLATE_NOOP("assure::Complaint", "Stage 2: investigation")},
        {ComplaintStage::Ombudsman, u"3", QT_TRANSLATE_NOOP("assure::Complaint", "Stage 3: ombudsman")},
    });

} // namespace

QStringList Complaint::problems() const
{
    QStringList out;
    if (reference.trimmed().isEmpty())
        out << Tr::tr("reference: every entry needs the agency's reference (never a name).");
    if (!received.isValid())
        out << Tr::tr("received: the date it was received is needed.");
    if (agencyId == 0)
        out << Tr::tr("agency: choose the agency it was made to.");
    if (received.isValid() && responded.isValid() && responded < received) {
        const ValueFormat f;
        out << Tr::tr("responded: %1 is before the date it was received, %2.").arg(f.date(responded), f.date(received));
    }
    if (kind == ComplaintKind::Complaint && stage == ComplaintStage::None)
        out << Tr::tr("stage: a complaint is at stage 1, 2 or 3.");
    if (kind != ComplaintKind::Complaint && stage != ComplaintStage::None)
        out << Tr::tr("stage: only a complaint has a stage.");
    if (kind != ComplaintKind::Complaint && outcome != ComplaintOutcome::None)
        out << Tr::tr("outcome: only a complaint is upheld or not.");
    return out;
}

QString complaintKindKey(ComplaintKind kind)
{
    return kKindNames.key(kind);
}

std::optional<ComplaintKind> complaintKindFromKey(const QString &key)
{
    return kKindNames.fromKey(key);
}

QString complaintKindLabel(ComplaintKind kind)
{
    return kKindNames.label(kind);
}

QList<ComplaintKind> allComplaintKinds()
{
    return kKindNames.values();
}

QString complaintOutcomeKey(ComplaintOutcome outcome)
{
    return kOutcomeNames.key(outcome);
}

std::optional<ComplaintOutcome> complaintOutcomeFromKey(const QString &key)
{
    if (key.isEmpty())
        return ComplaintOutcome::None;
    return kOutcomeNames.fromKey(key);
}

QString complaintOutcomeLabel(ComplaintOutcome outcome)
{
    return kOutcomeNames.label(outcome);
}

QList<ComplaintOutcome> allComplaintOutcomes()
{
    return kOutcomeNames.values();
}

QString complaintStageLabel(ComplaintStage stage)
{
    return kStageNames.label(stage);
}

QList<ComplaintStage> allComplaintStages()
{
    return kStageNames.values();
}

} // namespace assure
