// Audits and reviews, their agencies, cases, findings and recommendations: names and what stops saving.
#include "core/audits/audit.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace assure {

namespace {

constexpr auto kTypeNames = enumNames<AuditType>(
    "assure::Audit",
    {
        {AuditType::SingleAgency, u"single_agency", QT_TRANSLATE_NOOP("assure::Audit", "Single-agency audit")},
        {AuditType::MultiAgencyCaseAudit, u"multi_agency_case_audit",
         QT_TRANSLATE_NOOP("assure::Audit", "Multi-agency case audit")},
        {AuditType::ThemedReview, u"themed_review", QT_TRANSLATE_NOOP("assure::Audit", "Themed review")},
        {AuditType::SeriousCaseReview, u"serious_case_review",
         QT_TRANSLATE_NOOP("assure::Audit", "Serious case review")},
        {AuditType::SafeguardingAdultsReview, u"safeguarding_adults_review",
         QT_TRANSLATE_NOOP("assure::Audit", "Safeguarding adults review")},
        {AuditType::ChildSafeguardingPracticeReview, u"child_safeguarding_practice_review",
         QT_TRANSLATE_NOOP("assure::Audit", "Child safeguarding practice review")},
        {AuditType::CdopReport, u"cdop_report", QT_TRANSLATE_NOOP("assure::Audit", "CDOP report")},
        {AuditType::QaReport, u"qa_report", QT_TRANSLATE_NOOP("assure::Audit", "Quality assurance report")},
        {AuditType::PeerReview, u"peer_review", QT_TRANSLATE_NOOP("assure::Audit", "Peer review")},
        {AuditType::ObservationOfPractice, u"observation_of_practice",
         QT_TRANSLATE_NOOP("assure::Audit", "Observation of practice")},
    });

constexpr auto kStatusNames = enumNames<AuditStatus>(
    "assure::Audit",
    {
        {AuditStatus::Planned, u"planned", QT_TRANSLATE_NOOP("assure::Audit", "Planned")},
        {AuditStatus::InProgress, u"in_progress", QT_TRANSLATE_NOOP("assure::Audit", "In progress")},
        {AuditStatus::FindingsAgreed, u"findings_agreed", QT_TRANSLATE_NOOP("assure::Audit", "Findings agreed")},
        {AuditStatus::ReportedToBoard, u"reported_to_board", QT_TRANSLATE_NOOP("assure::Audit", "Reported to board")},
        {AuditStatus::Closed, u"closed", QT_TRANSLATE_NOOP("assure::Audit", "Closed")},
    });

constexpr auto kFindingNames = enumNames<FindingKind>(
    "assure::Audit",
    {
        {FindingKind::Strength, u"strength", QT_TRANSLATE_NOOP("assure::Audit", "Strength")},
        {FindingKind::AreaForImprovement, u"area_for_improvement",
         QT_TRANSLATE_NOOP("assure::Audit", "Area for improvement")},
        {FindingKind::GoodPractice, u"good_practice", QT_TRANSLATE_NOOP("assure::Audit", "Good practice")},
    });

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::Audit", text);
}

} // namespace

QString auditTypeKey(AuditType type)
{
    return kTypeNames.key(type);
}
std::optional<AuditType> auditTypeFromKey(const QString &key)
{
    return kTypeNames.fromKey(key);
}
QString auditTypeLabel(AuditType type)
{
    return kTypeNames.label(type);
}
QList<AuditType> allAuditTypes()
{
    return kTypeNames.values();
}

bool isReview(AuditType type)
{
    return type == AuditType::SeriousCaseReview || type == AuditType::SafeguardingAdultsReview ||
           type == AuditType::ChildSafeguardingPracticeReview;
}

bool isReport(AuditType type)
{
    return type == AuditType::CdopReport || type == AuditType::QaReport;
}

QString auditStatusKey(AuditStatus status)
{
    return kStatusNames.key(status);
}
std::optional<AuditStatus> auditStatusFromKey(const QString &key)
{
    return kStatusNames.fromKey(key);
}
QString auditStatusLabel(AuditStatus status)
{
    return kStatusNames.label(status);
}
QList<AuditStatus> allAuditStatuses()
{
    return kStatusNames.values();
}

QString findingKindKey(FindingKind kind)
{
    return kFindingNames.key(kind);
}
std::optional<FindingKind> findingKindFromKey(const QString &key)
{
    return kFindingNames.fromKey(key);
}
QString findingKindLabel(FindingKind kind)
{
    return kFindingNames.label(kind);
}
QList<FindingKind> allFindingKinds()
{
    return kFindingNames.values();
}

QStringList Audit::problems() const
{
    QStringList out;
    if (ref.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "The audit needs a reference."));
    if (title.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "The audit needs a title."));
    static const QRegularExpression seedPattern(QStringLiteral("^[0-9]{1,20}$"));
    bool seedOk = samplingSeed.isEmpty();
    if (!seedOk && seedPattern.match(samplingSeed).hasMatch())
        samplingSeed.toULongLong(&seedOk);
    if (!seedOk)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "The sampling seed “%1” is not a whole number from 0 to "
                                                             "18446744073709551615."))
                   .arg(samplingSeed);
    if (repeatsAuditId != 0 && repeatsAuditId == id)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "An audit cannot repeat itself."));
    if (started.isValid() && reported.isValid() && reported < started)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "An audit is reported after it starts."));
    if (periodFrom.isValid() && periodTo.isValid() && periodTo < periodFrom)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "The period covered ends after it starts."));
    return out;
}

bool Audit::operator==(const Audit &o) const
{
    return id == o.id && ref == o.ref && type == o.type && title == o.title && scope == o.scope &&
           methodology == o.methodology && leadPersonId == o.leadPersonId && auditors == o.auditors &&
           independent == o.independent && status == o.status && planned == o.planned && started == o.started &&
           reported == o.reported && occurrenceId == o.occurrenceId && repeatsAuditId == o.repeatsAuditId &&
           samplingSeed == o.samplingSeed && gradeScale == o.gradeScale && referralDate == o.referralDate &&
           decisionDate == o.decisionDate && publicationDate == o.publicationDate && periodFrom == o.periodFrom &&
           periodTo == o.periodTo && questionnaire == o.questionnaire;
}

QStringList AuditAgency::problems() const
{
    QStringList out;
    if (auditId == 0 || agencyId == 0)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "An audit's agency names the audit and the agency."));
    return out;
}

QStringList AuditCase::problems() const
{
    QStringList out;
    if (auditId == 0)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "A case belongs to an audit."));
    if (ref.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "A case needs its anonymised reference."));
    return out;
}

bool AuditCase::operator==(const AuditCase &o) const
{
    return id == o.id && auditId == o.auditId && ref == o.ref && answers == o.answers && grade == o.grade &&
           secondGrade == o.secondGrade && agreedGrade == o.agreedGrade && strengths == o.strengths && areas == o.areas;
}

QStringList Finding::problems() const
{
    QStringList out;
    if (auditId == 0)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "A finding belongs to an audit."));
    if (text.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "A finding needs its words."));
    return out;
}

QStringList Recommendation::problems() const
{
    QStringList out;
    if (auditId == 0)
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "A recommendation belongs to an audit."));
    if (text.trimmed().isEmpty())
        out << translated(QT_TRANSLATE_NOOP("assure::Audit", "A recommendation needs its words."));
    return out;
}

} // namespace assure
