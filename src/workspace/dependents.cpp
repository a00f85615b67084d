// What else refers to an item that is about to be deleted, and what deleting it does to them.
#include "workspace/dependents.h"

#include "workspace/kindtraits.h"

#include <QCoreApplication>

#include <cstring>

namespace assure {

qint64 Dependents::count(Kind kind) const
{
    qint64 n = 0;
    for (const Group &g : m_groups)
        if (g.kind == kind)
            n += g.count;
    return n;
}

void Dependents::note(Kind kind, OnDelete onDelete, const char *context, const char *sentence, qint64 n)
{
    if (n > 0)
        m_groups.push_back({kind, onDelete, context, sentence, n});
}

QString Dependents::sentences(bool refusals) const
{
    // References that share a sentence are counted together ("its measurements, targets and
    // benchmarks"), in the order first met.
    std::vector<Group> said;
    for (Group g : m_groups) {
        if ((g.onDelete == OnDelete::Refuse) != refusals)
            continue;
        if (!g.sentence && refusals) {
            // A refusal is always said, in these words where the kind gives none.
            g.context = "assure::Dependents";
            g.sentence = QT_TRANSLATE_N_NOOP("assure::Dependents", "%n other items refer to it.");
        }
        if (!g.sentence)
            continue;
        const auto same = std::find_if(said.begin(), said.end(), [&](const Group &s) {
            return std::strcmp(s.context, g.context) == 0 && std::strcmp(s.sentence, g.sentence) == 0;
        });
        if (same == said.end())
            said.push_back(g);
        else
            same->count += g.count;
    }
    QStringList parts;
    for (const Group &g : said)
        parts << QCoreApplication::translate(g.context, g.sentence, nullptr, int(g.count));
    return parts.join(QLatin1Char(' '));
}

QString Dependents::describe() const
{
    return sentences(false);
}

QString Dependents::refusal() const
{
    return sentences(true);
}

} // namespace assure
