// Plans an import of complaints, compliments and comments from a spreadsheet.
#include "interchange/voices/complaintimport.h"

#include "core/audits/privacyguard.h"
#include "core/privacy/privacyacceptance.h"
#include "core/quotedtext.h"
#include "interchange/cellparse.h"

#include <QCoreApplication>
#include <QSet>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ComplaintImport)
};

enum Column { Ref, Received, AgencyName, Kind, Theme, Outcome, Responded, Learning };

// A key ("partly_upheld") or the words ("Partly upheld"), ignoring case.
QString normalised(const QString &text)
{
    QString out = text.trimmed().toLower();
    out.replace(u' ', u'_');
    out.replace(u'-', u'_');
    return out;
}

// Why a free-text cell may not be stored: the first thing in it that looks like personal data.
QString privacyRefusal(const QString &field, const QString &text)
{
    const QList<PrivacyHit> hits = PrivacyGuard::scan(text);
    if (hits.isEmpty())
        return {};
    const PrivacyHit &hit = hits.constFirst();
    return Tr::tr("%1: looks like %2 (%3); write it in anonymised words")
        .arg(field, privacyKindPhrase(hit.kind), QuotedText::quote(hit.text));
}

} // namespace

QList<ImportColumn> complaintImportColumns()
{
    const auto column = [](const char *name, QStringList aliases, bool required = false) {
        return ImportColumn{QString::fromLatin1(name), std::move(aliases), required};
    };
    return {
        column("ref", {QStringLiteral("reference")}, true),
        column("received", {QStringLiteral("date received")}, true),
        column("agency", {}, true),
        column("kind", {QStringLiteral("type")}, true),
        column("theme", {}),
        column("outcome", {}),
        column("responded", {QStringLiteral("date responded")}),
        column("learning", {}),
    };
}

QStringList ComplaintImportPlan::rejectedLines() const
{
    return rejectedRowLines(rows);
}

ComplaintImportPlan planComplaintImport(const SourceTable &table, const ComplaintImportContext &context)
{
    ComplaintImportPlan plan;
    const QList<ImportColumn> columns = complaintImportColumns();
    const ColumnLayout layout = locateColumns(table, columns);
    if (!layout.isUsable()) {
        plan.error = layout.error;
        return plan;
    }
    plan.warnings = layout.warnings;
    const auto has = [&](int c) { return layout.columns.at(c) >= 0; };
    QHash<QString, const Complaint *> byRef;
    for (const Complaint &c : context.complaints)
        byRef.insert(c.reference.trimmed().toLower(), &c);
    QSet<QString> seen;
    // A very large partnership's every name would bury the row's message: up to 40 are named, else the count.
    const QString known = context.agencyNames.size() <= 40 ? context.agencyNames.join(Tr::tr(", "))
                                                           : Tr::tr("%n agencies, listed on the Board page", nullptr,
                                                                    int(context.agencyNames.size()));

    for (const SourceRow &source : table.rows()) {
        ComplaintImportRow row;
        row.rowNumber = source.number;
        const auto cell = [&](int c) { return has(c) ? importedText(source.cell(layout.columns.at(c))) : QString(); };
        for (int c = 0; c < columns.size(); ++c)
            row.cells << cell(c);
        QStringList reasons;
        const QString ref = cell(Ref);
        row.reference = ref;
        const Complaint *stored = ref.isEmpty() ? nullptr : byRef.value(ref.toLower());
        Complaint after = stored ? *stored : Complaint();
        after.reference = ref;
        if (ref.isEmpty())
            reasons << Tr::tr("ref: empty; every entry needs the agency's reference");
        else if (seen.contains(ref.toLower()))
            reasons << Tr::tr("ref: %1 is given on an earlier row too").arg(QuotedText::quote(ref));
        seen.insert(ref.toLower());

        const auto readDate = [&](int c, QDate *into) {
            const QString written = cell(c);
            const ParsedDate date = parseDate(written);
            if (date.state == CellState::Invalid)
                reasons << Tr::tr("%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                               .arg(columns.at(c).name, QuotedText::quote(written));
            *into = date.date;
            return date.state;
        };
        if (readDate(Received, &after.received) == CellState::Blank)
            reasons << Tr::tr("received: empty; the date it was received is needed");
        if (has(Responded))
            readDate(Responded, &after.responded);
        if (after.received.isValid() && after.responded.isValid() && after.responded < after.received)
            reasons << Tr::tr("responded: %1 is before received %2")
                           .arg(QuotedText::quote(cell(Responded)), QuotedText::quote(cell(Received)));

        const QString agency = cell(AgencyName);
        after.agencyId = context.agencyIds.value(agency.toLower());
        if (agency.isEmpty())
            reasons << Tr::tr("agency: empty; name one of the board's agencies (%1)").arg(known);
        else if (after.agencyId == 0)
            reasons << Tr::tr("agency: %1 is not an agency of this board (it has %2)")
                           .arg(QuotedText::quote(agency), known);

        const QString kindText = cell(Kind);
        const std::optional<ComplaintKind> kind = complaintKindFromKey(normalised(kindText));
        if (!kind)
            reasons << Tr::tr("kind: %1 is not complaint, compliment or comment").arg(QuotedText::quote(kindText));
        else
            after.kind = *kind;
        if (after.kind != ComplaintKind::Complaint)
            after.stage = ComplaintStage::None;
        else if (after.stage == ComplaintStage::None)
            after.stage = ComplaintStage::LocalResolution;

        if (has(Outcome)) {
            const QString written = cell(Outcome);
            const std::optional<ComplaintOutcome> outcome = complaintOutcomeFromKey(normalised(written));
            if (!outcome)
                reasons
                    << Tr::tr("outcome: %1 is not upheld, partly upheld or not upheld").arg(QuotedText::quote(written));
            else if (*outcome != ComplaintOutcome::None && after.kind != ComplaintKind::Complaint)
                reasons << Tr::tr("outcome: only a complaint is upheld or not");
            else
                after.outcome = *outcome;
        }
        if (after.kind != ComplaintKind::Complaint)
            after.outcome = ComplaintOutcome::None;
        if (has(Theme))
            after.theme = cell(Theme);
        if (has(Learning))
            after.learning = cell(Learning);
        for (const int c : {Ref, Theme, Learning}) {
            const QString refusal = privacyRefusal(columns.at(c).name, cell(c));
            if (!refusal.isEmpty())
                reasons << refusal;
        }

        if (!reasons.isEmpty()) {
            row.reason = joinReasons(reasons);
            row.status = ImportStatus::Rejected;
        } else if (!stored) {
            row.status = ImportStatus::New;
            row.complaint = after;
        } else if (after != *stored) {
            row.status = ImportStatus::Update;
            row.complaint = after;
        } else {
            row.status = ImportStatus::Unchanged;
        }
        plan.counts.add(row.status);
        plan.rows.append(row);
    }
    return plan;
}

} // namespace assure
