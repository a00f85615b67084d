// Self-assessment return packs: the workbook an agency fills in with its ratings and evidence for a round, and reading
// it back.
#include "interchange/returnpacks/assessmentpacks.h"

#include "core/valueformat.h"
#include "interchange/returnpacks/packreader.h"
#include "interchange/returnpacks/packworkbook.h"

#include <QCoreApplication>
#include <QSet>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::AssessmentPacks)
};

enum Column { Code, Criterion, Guidance, Rating, Evidence, References, Improvement, LastRating, LastEvidence, Columns };

// Case, spaces and underscores do not tell ratings apart: "not rated", "Not_Rated", " GREEN ".
QString ratingWord(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('_'))
            out += c.toLower();
    return out;
}

const CriterionReturn *storedAnswer(const AssessmentPackRound &round, qint64 criterionId)
{
    for (const CriterionReturn &a : round.answers)
        if (a.criterionId == criterionId)
            return &a;
    return nullptr;
}

QVariant textOrBlank(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QString assessmentSheetName(int standardNumber)
{
    return QStringLiteral("Standard %1").arg(standardNumber);
}

QStringList assessmentPackHeader()
{
    return {QStringLiteral("Criterion"),
            QStringLiteral("Criterion text"),
            QStringLiteral("Evidence expected"),
            QStringLiteral("Rating"),
            QStringLiteral("Evidence"),
            QStringLiteral("Evidence references"),
            QStringLiteral("Planned improvement"),
            QStringLiteral("Last year's rating"),
            QStringLiteral("Last year's evidence")};
}

QString assessmentFrameworkVersion(const AssessmentFramework &framework)
{
    return QString::number(framework.version);
}

std::optional<AssessmentRating> ratingFromCell(const QString &cell)
{
    const QString word = ratingWord(cell);
    if (word.isEmpty())
        return AssessmentRating::NotRated;
    for (const AssessmentRating r : allAssessmentRatings())
        if (word == ratingWord(assessmentRatingLabel(r)) || word == ratingWord(assessmentRatingKey(r)))
            return r;
    return std::nullopt;
}

bool writeAssessmentPack(const AssessmentPackExport &pack, const QString &path, QString *error)
{
    const AssessmentPackRound &content = pack.content;
    PackIdentity identity = pack.identity;
    identity.kind = PackIdentity::assessmentReturnsKind();
    identity.round = content.round.label;
    identity.frameworkVersion = assessmentFrameworkVersion(content.framework);
    identity.deadline = content.round.deadline;

    QStringList standards;
    for (const AssessmentStandard &s : content.standards)
        standards << Tr::tr("%1: %2").arg(assessmentSheetName(s.number), s.title);
    PackCover cover;
    cover.title = Tr::tr("Self-assessment return");
    cover.details = {
        {Tr::tr("Board"), identity.boardName},
        {Tr::tr("Round"), content.round.label},
        {Tr::tr("Framework"), Tr::tr("%1, version %2").arg(content.framework.name).arg(content.framework.version)},
        {Tr::tr("For"), identity.agencyName},
        {Tr::tr("Please return by"),
         content.round.deadline.isValid() ? ValueFormat().date(content.round.deadline) : Tr::tr("as soon as you can")},
        {Tr::tr("Exported"), ValueFormat().date(identity.exportedAt.toLocalTime().date())},
        {Tr::tr("Standards"), standards.join(QLatin1Char('\n'))},
    };
    QStringList ratings;
    for (const AssessmentRating r : allAssessmentRatings())
        ratings << assessmentRatingLabel(r);
    cover.instructions = {
        Tr::tr("Each standard has a sheet of its own. For each criterion, fill in the shaded cells: your rating "
               "(choose %1 from the list), the evidence that supports it, where that evidence can be found "
               "(documents, policies, audits), and what you plan to improve.")
            .arg(ratings.join(QStringLiteral(", "))),
        Tr::tr("Last year's rating and evidence are shown beside each criterion for reference; they are not "
               "read back. Anything already in the shaded cells is what the board holds of your return so far: "
               "change it if it is out of date."),
        Tr::tr("The other cells are locked so that the board can match your answers to its criteria. Please do "
               "not rename, add or remove sheets, and send the file back as it is (.xlsx)."),
    };

    PackWorkbook book(identity, cover);
    const QStringList header = assessmentPackHeader();
    const QList<double> widths{10, 44, 40, 13, 50, 26, 36, 12, 40};
    for (const AssessmentStandard &s : content.standards) {
        PackSheet sheet;
        sheet.name = assessmentSheetName(s.number);
        for (int c = 0; c < Columns; ++c)
            sheet.columns.append(PackColumn{header.at(c), widths.at(c), false, {}, {}, {}, {}});
        for (const int c : {Rating, Evidence, References, Improvement})
            sheet.columns[c].fillable = true;
        sheet.columns[Rating].choices = ratings;
        sheet.columns[Rating].hint = Tr::tr("Choose a rating from the list.");
        sheet.columns[Evidence].hint = Tr::tr("What shows that the criterion is met.");
        sheet.columns[References].hint = Tr::tr("Documents, policies or audits the evidence is in.");
        sheet.columns[Improvement].hint = Tr::tr("What you will do to improve, and by when.");
        for (const AssessmentCriterion &c : content.criteria) {
            if (c.standardId != s.id)
                continue;
            const CriterionReturn *now = storedAnswer(content, c.id);
            const CriterionReturn answer = now ? *now : CriterionReturn();
            const auto last = pack.lastYear.constFind(c.id);
            sheet.rows.append(QVariantList{
                criterionCode(s.number, c.number), c.text, textOrBlank(c.evidenceGuidance),
                isRated(answer.selfRating) ? QVariant(assessmentRatingLabel(answer.selfRating)) : QVariant(),
                textOrBlank(answer.evidence), textOrBlank(answer.evidenceRefs), textOrBlank(answer.plannedImprovement),
                last == pack.lastYear.cend() ? QVariant() : QVariant(assessmentRatingLabel(last->selfRating)),
                last == pack.lastYear.cend() ? QVariant() : textOrBlank(last->evidence)});
        }
        book.addSheet(sheet);
    }
    if (!book.write(path)) {
        if (error)
            *error = book.errorString();
        return false;
    }
    return true;
}

AssessmentPackPlan readAssessmentPack(const QString &path, const QString &boardId, const QString &agencyName,
                                      const AssessmentRoundLookup &lookup)
{
    AssessmentPackPlan plan;
    PackReader reader;
    PackExpectation expected;
    expected.kind = PackIdentity::assessmentReturnsKind();
    expected.boardId = boardId;
    expected.agencyName = agencyName;
    if (!reader.open(path, expected)) {
        plan.refusal = reader.errorString();
        return plan;
    }
    plan.identity = reader.identity();
    QString why;
    const std::optional<AssessmentPackRound> round = lookup(plan.identity, &why);
    if (!round) {
        plan.refusal = why;
        return plan;
    }
    // Checked again now that the round is known: a pack edited into another version of the
    // framework would match its rows to the wrong criteria.
    expected.round = round->round.label;
    expected.frameworkVersion = assessmentFrameworkVersion(round->framework);
    if (!reader.open(path, expected)) {
        plan.refusal = reader.errorString();
        return plan;
    }
    plan.round = round->round;
    plan.roundAgencyId = round->roundAgencyId;

    const QStringList header = assessmentPackHeader();
    for (const AssessmentStandard &standard : round->standards) {
        const QString sheetName = assessmentSheetName(standard.number);
        const auto table = reader.sheet(sheetName, header);
        if (!table) {
            plan.refusal = reader.errorString();
            plan.changes.clear();
            plan.problems.clear();
            return plan;
        }
        QHash<QString, const AssessmentCriterion *> byCode;
        for (const AssessmentCriterion &c : round->criteria)
            if (c.standardId == standard.id)
                byCode.insert(criterionCode(standard.number, c.number), &c);
        QSet<QString> seen;
        for (const SourceRow &row : table->rows()) {
            const auto cell = [&](int c) { return PackReader::cellName(sheetName, row.number, c); };
            const auto problem = [&](int c, const QString &reason) {
                plan.problems << QStringLiteral("%1: %2").arg(cell(c), reason);
            };
            const QString code = row.cell(Code).trimmed();
            const QString ratingText = row.cell(Rating);
            const QString evidence = row.cell(Evidence).trimmed();
            const QString references = row.cell(References).trimmed();
            const QString improvement = row.cell(Improvement).trimmed();
            if (code.isEmpty()) {
                if (!ratingWord(ratingText).isEmpty() || !evidence.isEmpty() || !references.isEmpty() ||
                    !improvement.isEmpty())
                    problem(Code, Tr::tr("this row names no criterion, so its answer cannot be matched to one"));
                continue;
            }
            const AssessmentCriterion *criterion = byCode.value(code);
            if (!criterion) {
                problem(Code, Tr::tr("%1 is not a criterion of standard %2 in this framework")
                                  .arg(PackReader::quoted(code))
                                  .arg(standard.number));
                continue;
            }
            if (seen.contains(code)) {
                problem(Code, Tr::tr("the criterion %1 is in the pack twice; give its answer once").arg(code));
                continue;
            }
            seen.insert(code);
            const std::optional<AssessmentRating> rating = ratingFromCell(ratingText);
            if (!rating) {
                QStringList words;
                for (const AssessmentRating r : allAssessmentRatings())
                    words << assessmentRatingLabel(r);
                problem(Rating, Tr::tr("%1 is not a rating: choose one of %2")
                                    .arg(PackReader::quoted(ratingText.trimmed()), words.join(QStringLiteral(", "))));
                continue;
            }
            const CriterionReturn *stored = storedAnswer(*round, criterion->id);
            AssessmentPackChange change;
            change.cell = cell(Rating);
            change.code = code;
            if (stored) {
                change.before = *stored;
            } else {
                change.before.roundAgencyId = round->roundAgencyId;
                change.before.criterionId = criterion->id;
            }
            change.after = change.before;
            change.after.selfRating = *rating;
            change.after.evidence = evidence;
            change.after.evidenceRefs = references;
            change.after.plannedImprovement = improvement;
            if (change.after == change.before)
                ++plan.unchanged;
            else
                plan.changes.append(change);
        }
    }
    return plan;
}

} // namespace assure
