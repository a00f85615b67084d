// Plans an import of survey responses: identifying columns dropped, questions recognised or
// matched, every answer checked.
#include "interchange/survey/surveyimport.h"

#include "core/period.h"
#include "core/quotedtext.h"
#include "core/survey/surveyresults.h"
#include "interchange/indicators/importcolumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::SurveyImport)
};

// Letters and digits only, lower case: "E-mail address" -> "emailaddress".
QString bareHeader(const QString &header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

bool looksLikeEmail(const QString &cell)
{
    if (!cell.contains(QLatin1Char('@')))
        return false;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(cell).hasMatch();
}

SurveyColumnRole roleOf(SurveyQuestionKind kind)
{
    switch (kind) {
    case SurveyQuestionKind::Statement: return SurveyColumnRole::Statement;
    case SurveyQuestionKind::FreeText: return SurveyColumnRole::FreeText;
    case SurveyQuestionKind::Breakdown: return SurveyColumnRole::Breakdown;
    }
    return SurveyColumnRole::FreeText;
}

// How the columns of a file for a year without a questionnaire are read: statements are the
// columns mostly filled with ratings, so that a mistyped answer in one is reported, not taken as words.
SurveyColumnRole recognised(const SourceTable &table, int column)
{
    if (isBreakdownHeader(table.header().value(column)))
        return SurveyColumnRole::Breakdown;
    int filled = 0;
    int ratings = 0;
    for (const SourceRow &row : table.rows()) {
        const QString cell = row.cell(column).trimmed();
        if (cell.isEmpty())
            continue;
        ++filled;
        if (ratingFromText(cell))
            ++ratings;
    }
    return filled > 0 && ratings * 2 >= filled ? SurveyColumnRole::Statement : SurveyColumnRole::FreeText;
}

// Fills in each kept column's question from the year's questionnaire; the error when they differ.
QString matchQuestionnaire(SurveyImportPlan &plan, const SurveyImportContext &context)
{
    const QString year = Period::yearLabel(context.year);
    QHash<QString, const SurveyQuestion *> byWords;
    for (const SurveyQuestion &q : context.questionnaire)
        byWords.insert(comparableQuestion(q.text), &q);
    QSet<qint64> found;
    QStringList unknown;
    for (const int k : std::as_const(plan.kept)) {
        SurveyImportColumn &c = plan.columns[k];
        const SurveyQuestion *q = byWords.value(comparableQuestion(c.header));
        if (!q) {
            unknown << QuotedText::quote(c.header);
            continue;
        }
        if (found.contains(q->id))
            return Tr::tr("Column %1 is the same question as an earlier column.").arg(QuotedText::quote(c.header));
        found.insert(q->id);
        c.questionId = q->id;
        c.role = roleOf(q->kind);
    }
    if (!unknown.isEmpty())
        return Tr::tr("The columns %1 are not questions of the %2 questionnaire. A file for a year that has "
                      "a questionnaire must have its questions as its columns.",
                      nullptr, int(unknown.size()))
            .arg(unknown.join(QStringLiteral(", ")), year);
    QStringList missing;
    for (const SurveyQuestion &q : context.questionnaire)
        if (q.kind == SurveyQuestionKind::Statement && !found.contains(q.id))
            missing << QuotedText::quote(q.text);
    if (!missing.isEmpty())
        return Tr::tr("The file has no column for the statements %1 of the %2 questionnaire.", nullptr,
                      int(missing.size()))
            .arg(missing.join(QStringLiteral(", ")), year);
    return {};
}

} // namespace

QString surveyColumnRoleLabel(SurveyColumnRole role)
{
    switch (role) {
    case SurveyColumnRole::Identifying: return Tr::tr("identifying");
    case SurveyColumnRole::Statement: return Tr::tr("statement");
    case SurveyColumnRole::FreeText: return Tr::tr("free text");
    case SurveyColumnRole::Breakdown: return Tr::tr("breakdown");
    }
    return {};
}

QStringList identifyingHeaders()
{
    return {QStringLiteral("ID"),
            QStringLiteral("Respondent ID"),
            QStringLiteral("Response ID"),
            QStringLiteral("Submission ID"),
            QStringLiteral("Collector ID"),
            QStringLiteral("Respondent"),
            QStringLiteral("Name"),
            QStringLiteral("Full name"),
            QStringLiteral("Your name"),
            QStringLiteral("First name"),
            QStringLiteral("Forename"),
            QStringLiteral("Last name"),
            QStringLiteral("Surname"),
            QStringLiteral("Email"),
            QStringLiteral("Email address"),
            QStringLiteral("Your email"),
            QStringLiteral("Start time"),
            QStringLiteral("Completion time"),
            QStringLiteral("Last modified time"),
            QStringLiteral("Start date"),
            QStringLiteral("End date"),
            QStringLiteral("Started"),
            QStringLiteral("Completed"),
            QStringLiteral("Timestamp"),
            QStringLiteral("Submitted"),
            QStringLiteral("Submitted at"),
            QStringLiteral("Date submitted"),
            QStringLiteral("IP address"),
            QStringLiteral("Username"),
            QStringLiteral("User"),
            QStringLiteral("Phone"),
            QStringLiteral("Telephone"),
            QStringLiteral("Mobile")};
}

bool isIdentifyingHeader(const QString &header)
{
    static const QSet<QString> bare = [] {
        QSet<QString> out;
        for (const QString &h : identifyingHeaders())
            out.insert(bareHeader(h));
        out.insert(QStringLiteral("emailaddress"));
        out.insert(QStringLiteral("youremailaddress"));
        return out;
    }();
    return bare.contains(bareHeader(header));
}

bool isBreakdownHeader(const QString &header)
{
    const QString b = bareHeader(header);
    return b == QLatin1String("sector") || b == QLatin1String("breakdown") || b == QLatin1String("group");
}

QStringList SurveyImportPlan::droppedColumns() const
{
    QStringList out;
    for (const SurveyImportColumn &c : columns)
        if (c.role == SurveyColumnRole::Identifying)
            out << c.header;
    return out;
}

QStringList SurveyImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

SurveyImportPlan planSurveyImport(const SourceTable &table, const SurveyImportContext &context)
{
    SurveyImportPlan plan;
    for (int c = 0; c < table.columnCount(); ++c) {
        SurveyImportColumn column;
        column.column = c;
        column.header = table.columnName(c);
        bool identifying = isIdentifyingHeader(table.header().value(c));
        if (!identifying) {
            // A column of email addresses names people whatever its header says.
            // The first filled cell that is not one settles it, so a column of answers is not read through.
            bool filled = false;
            identifying = true;
            for (const SourceRow &row : table.rows()) {
                const QString cell = row.cell(c).trimmed();
                if (cell.isEmpty())
                    continue;
                filled = true;
                if (!looksLikeEmail(cell)) {
                    identifying = false;
                    break;
                }
            }
            identifying = identifying && filled;
        }
        column.role = identifying ? SurveyColumnRole::Identifying : recognised(table, c);
        if (!identifying)
            plan.kept << int(plan.columns.size());
        plan.columns << column;
    }
    if (plan.columns.isEmpty()) {
        plan.error = Tr::tr("The file has no columns.");
        return plan;
    }
    if (plan.kept.isEmpty()) {
        plan.error = Tr::tr("The file's only columns identify respondents (%1), and are never stored: it has no "
                            "answers to import.")
                         .arg(plan.droppedColumns().join(QStringLiteral(", ")));
        return plan;
    }
    if (const QStringList twice = table.duplicateHeaders(); !twice.isEmpty()) {
        plan.error = Tr::tr("The column %1 is there twice.").arg(QuotedText::quote(twice.constFirst()));
        return plan;
    }
    plan.newQuestionnaire = context.questionnaire.empty();
    if (plan.newQuestionnaire) {
        int breakdowns = 0;
        for (const int k : std::as_const(plan.kept))
            breakdowns += plan.columns.at(k).role == SurveyColumnRole::Breakdown ? 1 : 0;
        if (breakdowns > 1) {
            plan.error = Tr::tr("The file has %1 breakdown columns (Sector, Breakdown or Group); a survey has "
                                "one at most.")
                             .arg(breakdowns);
            return plan;
        }
    } else if (const QString why = matchQuestionnaire(plan, context); !why.isEmpty()) {
        plan.error = why;
        return plan;
    }
    if (context.responses > 0)
        plan.warnings << Tr::tr("%1 already holds %n responses; these are added to them (responses carry no "
                                "identity, so a file imported twice is counted twice).",
                                nullptr, context.responses)
                             .arg(Period::yearLabel(context.year));

    for (const SourceRow &source : table.rows()) {
        SurveyImportRow row;
        row.rowNumber = source.number;
        QStringList reasons;
        bool answered = false;
        for (const int k : std::as_const(plan.kept)) {
            const SurveyImportColumn &c = plan.columns.at(k);
            const QString cell = importedText(source.cell(c.column));
            SurveyImportCell out;
            if (c.role == SurveyColumnRole::Statement) {
                out.rating = ratingFromText(cell);
                if (!cell.isEmpty() && !out.rating)
                    reasons << Tr::tr("column %1: %2 is not a rating (1 to 5, or Strongly disagree, Disagree, "
                                      "Neither agree nor disagree, Agree, Strongly agree)")
                                   .arg(QuotedText::quote(c.header), QuotedText::quote(cell));
            } else {
                out.text = cell;
            }
            answered = answered || out.rating || !out.text.isEmpty();
            row.cells << out;
        }
        if (!answered && reasons.isEmpty())
            reasons << Tr::tr("it answers no question");
        if (reasons.isEmpty()) {
            row.status = ImportStatus::New;
        } else {
            row.status = ImportStatus::Rejected;
            row.reason = joinReasons(reasons);
            row.cells.clear();
        }
        plan.counts.add(row.status);
        plan.rows << row;
    }
    return plan;
}

} // namespace assure
