// The rules of action plans: transitions, overdue and due soon, progress RAG, the SMART check.
#include "core/actions/actionrules.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace assure {

namespace {

constexpr auto kLetterNames = enumNames<SmartLetter>(
    "assure::ActionRules", {
                               {SmartLetter::Specific, u"S", QT_TRANSLATE_NOOP("assure::ActionRules", "Specific")},
                               {SmartLetter::Measurable, u"M", QT_TRANSLATE_NOOP("assure::ActionRules", "Measurable")},
                               {SmartLetter::Achievable, u"A", QT_TRANSLATE_NOOP("assure::ActionRules", "Achievable")},
                               {SmartLetter::Relevant, u"R", QT_TRANSLATE_NOOP("assure::ActionRules", "Relevant")},
                               {SmartLetter::Timed, u"T", QT_TRANSLATE_NOOP("assure::ActionRules", "Timed")},
                           });

// Thresholds are inclusive, with room for the rounding of decimal fractions (as for indicators).
constexpr double kEpsilon = 1e-9;

// Lower case, words only: "Look  at." and "look at" read alike.
QString words(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool onlyAVagueVerb(const QString &title)
{
    const QString t = words(title);
    if (t.isEmpty())
        return false;
    for (const QString &verb : vagueVerbs())
        if (t == words(verb))
            return true;
    return false;
}

// The same words, in any order and however often: "Policy reviewed" restates "Review policy"
// only if the words match, so it takes the words' sets, not their stems.
bool restates(const QString &measure, const QString &title)
{
    const QString m = words(measure);
    if (m.isEmpty())
        return false;
    const QStringList a = m.split(QLatin1Char(' '));
    const QStringList b = words(title).split(QLatin1Char(' '));
    return QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
}

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::ActionRules", text);
}

} // namespace

QString transitionRefusal(ActionStatus from, const Action &after)
{
    if (after.status == ActionStatus::ImpactEvidenced && from != ActionStatus::ImpactEvidenced) {
        if (from != ActionStatus::Completed)
            return QCoreApplication::translate("assure::ActionRules",
                                               "Impact can be evidenced only once the action is completed; it is %1.")
                .arg(actionStatusLabel(from).toLower());
        if (blank(after.impactEvidence))
            return QCoreApplication::translate("assure::ActionRules",
                                               "Record the evidence of outcome before marking the impact evidenced.");
        if (!after.impactAccepted())
            return QCoreApplication::translate(
                "assure::ActionRules",
                "The evidence of outcome must be accepted (by whom and when) before the impact is evidenced.");
    }
    if (after.status == ActionStatus::Cancelled && blank(after.cancelReason))
        return QCoreApplication::translate("assure::ActionRules", "Say why the action is cancelled.");
    return {};
}

bool isOverdue(const Action &action, const QDate &asOf)
{
    return isOpen(action.status) && action.due.isValid() && asOf.isValid() && action.due < asOf;
}

bool isDueSoon(const Action &action, const QDate &asOf, const ActionSettings &settings)
{
    return isOpen(action.status) && action.due.isValid() && asOf.isValid() && action.due >= asOf &&
           action.due <= asOf.addDays(settings.dueSoonDays);
}

std::optional<int> latestPercent(qint64 actionId, const QList<ProgressUpdate> &updates)
{
    const ProgressUpdate *latest = nullptr;
    for (const ProgressUpdate &u : updates) {
        if (u.actionId != actionId || !u.percent)
            continue;
        // Later in the list wins on the same day: it was entered later.
        if (!latest || u.date >= latest->date)
            latest = &u;
    }
    return latest ? latest->percent : std::nullopt;
}

std::optional<double> timeElapsed(const Action &action, const QDate &asOf)
{
    if (!action.start.isValid() || !action.due.isValid() || !asOf.isValid() || action.due < action.start)
        return std::nullopt;
    const qint64 total = action.start.daysTo(action.due);
    if (total == 0)
        return asOf >= action.due ? 1.0 : 0.0;
    const double share = double(action.start.daysTo(asOf)) / double(total);
    return std::clamp(share, 0.0, 1.0);
}

std::optional<Rag> progressRag(const Action &action, std::optional<int> percent, const QDate &asOf,
                               const ActionSettings &settings)
{
    switch (action.status) {
    case ActionStatus::Cancelled: return std::nullopt;
    case ActionStatus::ImpactEvidenced: return Rag::Blue;
    case ActionStatus::Completed: return Rag::Green;
    case ActionStatus::NotStarted:
    case ActionStatus::InProgress: break;
    }
    if (isOverdue(action, asOf))
        return Rag::Red;
    if (const auto elapsed = timeElapsed(action, asOf); elapsed && percent) {
        const double done = *percent / 100.0;
        if (done + kEpsilon >= settings.ragGreenAt * *elapsed)
            return Rag::Green;
        if (done + kEpsilon >= settings.ragAmberAt * *elapsed)
            return Rag::Amber;
        return Rag::Red;
    }
    if (action.status == ActionStatus::NotStarted && action.start.isValid() && asOf > action.start)
        return Rag::Amber;
    return Rag::Green;
}

QString smartLetterKey(SmartLetter letter)
{
    return kLetterNames.key(letter);
}

QString smartLetterLabel(SmartLetter letter)
{
    return kLetterNames.label(letter);
}

QList<SmartLetter> allSmartLetters()
{
    return kLetterNames.values();
}

QStringList vagueVerbs()
{
    return {QStringLiteral("Review"), QStringLiteral("Monitor"), QStringLiteral("Consider"), QStringLiteral("Explore"),
            QStringLiteral("Look at")};
}

int SmartCheck::score() const
{
    return int(std::count_if(reasons.begin(), reasons.end(), [](const QString &r) { return r.isEmpty(); }));
}

QStringList SmartCheck::problems() const
{
    QStringList out;
    for (const QString &r : reasons)
        if (!r.isEmpty())
            out << r;
    return out;
}

SmartCheck smartCheck(const Action &a, const SmartContext &context)
{
    SmartCheck c;
    auto &reason = c.reasons;
    if (blank(a.description) && onlyAVagueVerb(a.title))
        reason[size_t(SmartLetter::Specific)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules",
                                         "Specific: say what exactly will change; “%1” alone does not, and there is no "
                                         "description."))
                .arg(a.title.trimmed());
    if (blank(a.successMeasure))
        reason[size_t(SmartLetter::Measurable)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules", "Measurable: there is no success measure."));
    if (a.ownerAgencyId == 0 && a.leadPersonId == 0)
        reason[size_t(SmartLetter::Achievable)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules", "Achievable: there is no owner agency and no lead."));
    else if (a.ownerAgencyId == 0)
        reason[size_t(SmartLetter::Achievable)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules", "Achievable: there is no owner agency."));
    else if (a.leadPersonId == 0)
        reason[size_t(SmartLetter::Achievable)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules", "Achievable: there is no named lead."));
    if (a.sourceKind == ActionSource::None && blank(a.rationale))
        reason[size_t(SmartLetter::Relevant)] = translated(QT_TRANSLATE_NOOP(
            "assure::ActionRules", "Relevant: there is no source and no rationale; say what it answers."));
    if (!a.due.isValid())
        reason[size_t(SmartLetter::Timed)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules", "Timed: there is no due date."));
    else if (a.start.isValid() && a.due < a.start)
        reason[size_t(SmartLetter::Timed)] =
            translated(QT_TRANSLATE_NOOP("assure::ActionRules", "Timed: the due date is before the start."));

    if (restates(a.successMeasure, a.title))
        c.advice << translated(QT_TRANSLATE_NOOP(
            "assure::ActionRules", "The success measure only restates the title: say what will be different."));
    if (!blank(a.successMeasure) && blank(a.evidence))
        c.advice << translated(
            QT_TRANSLATE_NOOP("assure::ActionRules", "Name the evidence that will show the success measure is met."));
    if (a.start.isValid() && a.due.isValid() && a.due > a.start.addMonths(3) && context.milestones.isEmpty())
        c.advice << translated(
            QT_TRANSLATE_NOOP("assure::ActionRules", "An action of more than three months needs milestones."));
    const bool outside = std::any_of(context.milestones.begin(), context.milestones.end(), [&](const Milestone &m) {
        return m.date.isValid() && ((a.start.isValid() && m.date < a.start) || (a.due.isValid() && m.date > a.due));
    });
    if (outside)
        c.advice << translated(
            QT_TRANSLATE_NOOP("assure::ActionRules", "A milestone falls outside the action's start and due dates."));
    if (a.ownerAgencyId != 0 && context.leadAgencyId != 0 && context.leadAgencyId != a.ownerAgencyId)
        c.advice << translated(QT_TRANSLATE_NOOP(
            "assure::ActionRules", "The lead belongs to another agency than the owner: agree who answers for it."));
    if (a.due.isValid() && a.due.dayOfWeek() >= Qt::Saturday)
        c.advice << translated(QT_TRANSLATE_NOOP("assure::ActionRules", "The due date falls on a weekend."));
    return c;
}

} // namespace assure
