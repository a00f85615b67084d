// assure-cli actions: the board's actions, filtered, with overdue, due soon, progress RAG and SMART.
#include "cli/actionsverb.h"

#include "core/valueformat.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionstanding.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::ActionsVerb", text);
}

// The id of the item whose name is this (trimmed, any case), 0 when none; false when the name
// is given and nothing has it.
template <class Store, class Member> bool idByName(const Store &items, Member member, const QString &name, qint64 *id)
{
    *id = 0;
    for (const auto &item : items)
        if ((item.*member).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *id = item.id;
            return true;
        }
    return false;
}

QJsonValue nameOr(const QString *name)
{
    return name ? QJsonValue(*name) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ActionsVerb::summary() const
{
    return translated(
        QT_TRANSLATE_NOOP("assure::ActionsVerb",
                          "The board's actions: status, due date, overdue or due soon, progress RAG and SMART check."));
}

int ActionsVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption agency(
        QStringLiteral("agency"),
        translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "Only actions owned by this agency.")),
        QStringLiteral("NAME"));
    const QCommandLineOption lead(
        QStringLiteral("lead"),
        translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "Only actions led by this person.")),
        QStringLiteral("NAME"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        translated(QT_TRANSLATE_NOOP(
            "assure::ActionsVerb", "Only actions of this status: not_started, in_progress, completed, impact_evidenced "
                                   "or cancelled.")),
        QStringLiteral("STATUS"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "Only overdue actions.")));
    const QCommandLineOption dueSoon(
        QStringLiteral("due-soon"),
        translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "Only actions due soon (with --overdue: either).")));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "The day to judge them on, YYYY-MM-DD (default: today).")),
        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "Print JSON.")));
    parser.addOptions({agency, lead, status, overdue, dueSoon, asOf, json});
    if (!parse(parser, args, io, 1,
               QStringLiteral("FILE [--agency NAME] [--lead NAME] [--status STATUS] [--overdue] [--due-soon] "
                              "[--as-of DATE] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    QDate day = QDate::currentDate();
    if (!readAsOf(parser, io, &day))
        return ExitUsage;
    std::optional<ActionStatus> onlyStatus;
    if (parser.isSet(status)) {
        onlyStatus = actionStatusFromKey(parser.value(status).trimmed().toLower());
        if (!onlyStatus) {
            io.err << translated(QT_TRANSLATE_NOOP("assure::ActionsVerb",
                                                   "--status: “%1” is not one of not_started, in_progress, completed, "
                                                   "impact_evidenced, cancelled."))
                          .arg(parser.value(status))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    qint64 agencyId = 0;
    if (parser.isSet(agency) && !idByName(ws->items<Agency>(), &Agency::name, parser.value(agency), &agencyId)) {
        io.err << translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "--agency: the board has no agency called “%1”."))
                      .arg(parser.value(agency))
               << Qt::endl;
        return ExitUsage;
    }
    qint64 leadId = 0;
    if (parser.isSet(lead) && !idByName(ws->items<Person>(), &Person::name, parser.value(lead), &leadId)) {
        io.err << translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "--lead: the board has no one called “%1”."))
                      .arg(parser.value(lead))
               << Qt::endl;
        return ExitUsage;
    }

    const ActionStandings standings(*ws);
    const ValueFormat format;
    QJsonArray rows;
    for (const Action &a : ws->items<Action>()) {
        if ((agencyId && a.ownerAgencyId != agencyId) || (leadId && a.leadPersonId != leadId) ||
            (onlyStatus && a.status != *onlyStatus))
            continue;
        const ActionStanding s = standings.standing(a, day);
        const bool wantOverdue = parser.isSet(overdue), wantSoon = parser.isSet(dueSoon);
        if ((wantOverdue || wantSoon) && !((wantOverdue && s.overdue) || (wantSoon && s.dueSoon)))
            continue;
        const Agency *owner = ws->items<Agency>().find(a.ownerAgencyId);
        const Person *person = ws->items<Person>().find(a.leadPersonId);
        if (parser.isSet(json)) {
            QJsonObject smart;
            for (SmartLetter l : allSmartLetters())
                smart.insert(smartLetterKey(l), s.smart.passes(l));
            rows.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("ref"), a.ref},
                {QStringLiteral("title"), a.title},
                {QStringLiteral("agency"), nameOr(owner ? &owner->name : nullptr)},
                {QStringLiteral("lead"), nameOr(person ? &person->name : nullptr)},
                {QStringLiteral("source"), actionSourceKey(a.sourceKind)},
                {QStringLiteral("status"), actionStatusKey(a.status)},
                {QStringLiteral("start"), machine::date(a.start)},
                {QStringLiteral("due"), machine::date(a.due)},
                {QStringLiteral("overdue"), s.overdue},
                {QStringLiteral("due_soon"), s.dueSoon},
                {QStringLiteral("rag"), machine::key(s.rag)},
                {QStringLiteral("percent"), s.percent ? QJsonValue(*s.percent) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("smart"), smart},
                {QStringLiteral("smart_problems"), QJsonArray::fromStringList(s.smart.problems())},
                {QStringLiteral("smart_advice"), QJsonArray::fromStringList(s.smart.advice)}});
        } else {
            QString letters;
            for (SmartLetter l : allSmartLetters())
                letters += s.smart.passes(l) ? smartLetterKey(l) : QStringLiteral("-");
            const QString flag = s.overdue   ? translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "overdue"))
                                 : s.dueSoon ? translated(QT_TRANSLATE_NOOP("assure::ActionsVerb", "due soon"))
                                             : QString();
            io.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                          .arg(a.ref, -11)
                          .arg(s.rag ? ragLetter(*s.rag) : QStringLiteral(" "))
                          .arg(actionStatusLabel(a.status), -16)
                          .arg(a.due.isValid() ? format.date(a.due) : QStringLiteral("–"), -11)
                          .arg(flag, -8)
                          .arg(letters)
                          .arg(s.percent ? format.percent(*s.percent, 0) : QStringLiteral("–"), -4)
                          .arg(owner ? owner->name : QStringLiteral("–"))
                          .arg(a.title);
        }
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace assure
