// Plans an import of the escalation log from a spreadsheet.
#include "interchange/voices/escalationimport.h"

#include "core/audits/privacyguard.h"
#include "core/privacy/privacyacceptance.h"
#include "core/quotedtext.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::EscalationImport)
};

enum Column { Ref, Raised, RaisedBy, RaisedWith, Reason, Level, Resolved, Resolution, Learning };

QString key(EscalationField field)
{
    return escalationFieldKey(field);
}

// Why free text may not be stored: the first thing the anonymisation guard finds in it.
QString privacyRefusal(const QString &text)
{
    const QList<PrivacyHit> hits = PrivacyGuard::scan(text);
    if (hits.isEmpty())
        return {};
    return Tr::tr("looks like %1 (%2); only anonymised words may be stored")
        .arg(privacyKindPhrase(hits.constFirst().kind), QuotedText::quote(hits.constFirst().text));
}

// The id of a name the board knows, or why not.
qint64 known(const QString &column, const QString &name, const QHash<QString, qint64> &ids, const QStringList &names,
             const QString &what, QStringList &reasons)
{
    if (name.isEmpty()) {
        reasons << Tr::tr("%1: is empty; give %2").arg(column, what);
        return 0;
    }
    const qint64 id = ids.value(name.toLower());
    if (id == 0)
        reasons << Tr::tr("%1: %2 is not %3 of this board (it knows %4)")
                       .arg(column, QuotedText::quote(name), what, names.join(QStringLiteral(", ")));
    return id;
}

QString matchKey(const QString &ref, const QDate &raised)
{
    return ref.toLower() + QLatin1Char('|') + raised.toString(Qt::ISODate);
}

} // namespace

QList<ImportColumn> escalationImportColumns()
{
    const auto column = [](const char *name, QStringList aliases, bool required = false) {
        return ImportColumn{QString::fromLatin1(name), std::move(aliases), required};
    };
    return {
        column("ref", {QStringLiteral("reference"), QStringLiteral("case reference")}, true),
        column("raised", {QStringLiteral("date raised")}, true),
        column("raised_by", {QStringLiteral("raised by")}, true),
        column("raised_with", {QStringLiteral("raised with")}, true),
        column("reason", {}, true),
        column("level", {}, true),
        column("resolved", {QStringLiteral("date resolved")}),
        column("resolution", {}),
        column("learning", {}),
    };
}

QStringList EscalationImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

EscalationImportPlan planEscalationImport(const SourceTable &table, const EscalationImportContext &context)
{
    EscalationImportPlan plan;
    const ColumnLayout layout = locateColumns(table, escalationImportColumns());
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;
    const auto has = [&](int c) { return layout.columns.at(c) >= 0; };
    QHash<QString, const Escalation *> stored;
    for (const Escalation &e : context.escalations)
        stored.insert(matchKey(e.ref.trimmed(), e.raised), &e);
    QSet<QString> seen;
    const QString agency = Tr::tr("an agency");
    const QString reasonWord = Tr::tr("a reason");

    for (const SourceRow &source : table.rows()) {
        EscalationImportRow row;
        row.rowNumber = source.number;
        const auto cell = [&](int c) { return has(c) ? importedText(source.cell(layout.columns.at(c))) : QString(); };
        QStringList reasons;
        const auto day = [&](int c, EscalationField field) {
            const QString written = cell(c);
            const ParsedDate date = parseDate(written);
            if (date.state == CellState::Invalid)
                reasons << Tr::tr("%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                               .arg(key(field), QuotedText::quote(written));
            return date.date;
        };
        Escalation e;
        e.ref = cell(Ref);
        row.ref = e.ref;
        if (e.ref.isEmpty())
            reasons << Tr::tr("ref: is empty; every escalation needs its case's anonymised reference");
        else if (const QString why = privacyRefusal(e.ref); !why.isEmpty())
            reasons << QStringLiteral("ref: %1").arg(why);
        e.raised = day(Raised, EscalationField::Raised);
        if (cell(Raised).isEmpty())
            reasons << Tr::tr("raised: is empty; give the day it was raised");
        e.raisedByAgencyId = known(key(EscalationField::RaisedBy), cell(RaisedBy), context.agencyIds,
                                   context.agencyNames, agency, reasons);
        e.raisedWithAgencyId = known(key(EscalationField::RaisedWith), cell(RaisedWith), context.agencyIds,
                                     context.agencyNames, agency, reasons);
        e.reasonId = known(key(EscalationField::Reason), cell(Reason), context.reasonIds, context.reasonNames,
                           reasonWord, reasons);
        if (const QString refusal = escalationLevelRefusal(cell(Level), context.highestLevel, &e.level);
            !refusal.isEmpty())
            reasons << QStringLiteral("level: %1").arg(refusal);
        e.resolved = day(Resolved, EscalationField::Resolved);
        for (const int c : {Resolution, Learning}) {
            const QString text = cell(c);
            if (const QString why = privacyRefusal(text); !why.isEmpty())
                reasons << QStringLiteral("%1: %2").arg(
                    c == Resolution ? QStringLiteral("resolution") : key(EscalationField::Learning), why);
            (c == Resolution ? e.resolution : e.learning) = text;
        }
        // The checks across fields (the same agency twice, resolved before raised) once each
        // field has been read; those of a single field are said above in the file's words.
        if (reasons.isEmpty())
            for (const EscalationProblem &p : e.problemsWith(context.highestLevel))
                reasons << QStringLiteral("%1: %2").arg(key(p.field), p.text);

        const Escalation *before = nullptr;
        if (!e.ref.isEmpty() && e.raised.isValid()) {
            const QString k = matchKey(e.ref, e.raised);
            if (seen.contains(k))
                reasons << Tr::tr("ref: %1 raised on %2 is given on an earlier row too")
                               .arg(QuotedText::quote(e.ref), e.raised.toString(Qt::ISODate));
            seen.insert(k);
            before = stored.value(k);
        }
        if (before) {
            e.id = before->id;
            // A column left out keeps what is stored.
            if (!has(Resolved))
                e.resolved = before->resolved;
            if (!has(Resolution))
                e.resolution = before->resolution;
            if (!has(Learning))
                e.learning = before->learning;
        }

        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
        } else if (!before) {
            row.status = ImportStatus::New;
            row.escalation = e;
        } else if (e != *before) {
            row.status = ImportStatus::Update;
            row.escalation = e;
        } else {
            row.status = ImportStatus::Unchanged;
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
