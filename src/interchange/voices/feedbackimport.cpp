// Plans an import of the feedback log from a spreadsheet.
#include "interchange/voices/feedbackimport.h"

#include "core/audits/privacyguard.h"
#include "core/privacy/privacyacceptance.h"
#include "core/quotedtext.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QLocale>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::FeedbackImport)
};

enum Column { Date, Voice, Method, AgencyName, Themes, Summary };

// What makes two entries the same, so that importing a file twice adds nothing the second time.
QString sameness(const Feedback &f)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(f.date.toString(Qt::ISODate), feedbackVoiceKey(f.voice), feedbackMethodKey(f.method))
        .arg(f.agencyId)
        .arg(f.summary.simplified().toLower());
}

template <class E> QString labels(const QList<E> &values, QString (*label)(E))
{
    QStringList out;
    for (E v : values)
        out << label(v).toLower();
    return out.join(QStringLiteral(", "));
}

QString known(const QStringList &names)
{
    return names.isEmpty() ? Tr::tr("it has none") : QLocale().createSeparatedList(names);
}

} // namespace

QList<ImportColumn> feedbackImportColumns()
{
    const auto column = [](const char *name, QStringList aliases, bool required = false) {
        return ImportColumn{QString::fromLatin1(name), std::move(aliases), required};
    };
    return {
        column("date", {QStringLiteral("heard"), QStringLiteral("date heard")}, true),
        column("voice", {QStringLiteral("whose voice")}, true),
        column("method", {QStringLiteral("how heard")}, true),
        column("agency", {}),
        column("themes", {QStringLiteral("theme")}),
        column("summary", {QStringLiteral("what was said")}, true),
    };
}

QStringList FeedbackImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

FeedbackImportPlan planFeedbackImport(const SourceTable &table, const FeedbackImportContext &context)
{
    FeedbackImportPlan plan;
    const QList<ImportColumn> columns = feedbackImportColumns();
    const ColumnLayout layout = locateColumns(table, columns);
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;
    const auto has = [&](int c) { return layout.columns.at(c) >= 0; };
    QSet<QString> stored;
    for (const Feedback &f : context.entries)
        stored.insert(sameness(f));
    QHash<QString, int> seen; // sameness to the row it was first given on

    for (const SourceRow &source : table.rows()) {
        FeedbackImportRow row;
        row.rowNumber = source.number;
        const auto cell = [&](int c) { return has(c) ? importedText(source.cell(layout.columns.at(c))) : QString(); };
        QStringList reasons;
        Feedback entry;

        const QString date = cell(Date);
        const ParsedDate parsed = parseDate(date);
        if (parsed.isBlank())
            reasons << Tr::tr("date is empty; every entry needs the date it was heard");
        else if (!parsed.isValid())
            reasons << Tr::tr("date: %1 is not a date (YYYY-MM-DD or DD/MM/YYYY)").arg(QuotedText::quote(date));
        entry.date = parsed.date;

        const QString voice = cell(Voice);
        if (const std::optional<FeedbackVoice> v = feedbackVoiceFromText(voice))
            entry.voice = *v;
        else
            reasons << Tr::tr("voice: %1 is not one of %2")
                           .arg(QuotedText::quote(voice), labels(allFeedbackVoices(), feedbackVoiceLabel));

        const QString method = cell(Method);
        if (const std::optional<FeedbackMethod> m = feedbackMethodFromText(method))
            entry.method = *m;
        else
            reasons << Tr::tr("method: %1 is not one of %2")
                           .arg(QuotedText::quote(method), labels(allFeedbackMethods(), feedbackMethodLabel));

        const QString agency = cell(AgencyName);
        if (!agency.isEmpty()) {
            entry.agencyId = context.agencies.value(agency.toLower());
            if (entry.agencyId == 0)
                reasons << Tr::tr("agency: %1 is not an agency of this board (it knows %2)")
                               .arg(QuotedText::quote(agency), known(context.agencyNames));
        }

        const QStringList themes = cell(Themes).split(QLatin1Char(';'));
        for (const QString &written : themes) {
            const QString name = written.trimmed();
            if (name.isEmpty())
                continue;
            const qint64 id = context.themes.value(name.toLower());
            if (id == 0)
                reasons << Tr::tr("themes: %1 is not one of the board's themes (it knows %2)")
                               .arg(QuotedText::quote(name), known(context.themeNames));
            else if (!row.themeIds.contains(id))
                row.themeIds << id;
        }

        entry.summary = cell(Summary);
        if (entry.summary.isEmpty())
            reasons << Tr::tr("summary is empty; every entry needs one");
        // The summary is not echoed: the message goes to a terminal, a log or a colleague.
        const QList<PrivacyHit> hits = PrivacyGuard::scan(entry.summary);
        if (!hits.isEmpty())
            reasons << Tr::tr("summary: looks like it holds %1; write it in anonymised words")
                           .arg(privacyKindPhrase(hits.constFirst().kind));

        const QString key = sameness(entry);
        if (reasons.isEmpty() && seen.contains(key))
            reasons << Tr::tr("the same entry is given on row %1 too").arg(seen.value(key));

        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
        } else {
            seen.insert(key, row.rowNumber);
            row.status = stored.contains(key) ? ImportStatus::Unchanged : ImportStatus::New;
            if (row.status == ImportStatus::New)
                row.entry = entry;
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
