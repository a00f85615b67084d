// Links between pages, written and read back in one place.
#include "gui/pagelink.h"

#include <QUrlQuery>

namespace assure::PageLink {

namespace {

QUrl link(const QString &target, const QList<std::pair<QString, QString>> &parts)
{
    QUrl url;
    url.setScheme(QStringLiteral("assure"));
    url.setPath(target);
    QUrlQuery query;
    for (const auto &[key, value] : parts)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QString part(const QUrl &link, const QString &key)
{
    return QUrlQuery(link).queryItemValue(key);
}

} // namespace

QUrl indicator(qint64 id, const Period &period)
{
    return link(QStringLiteral("indicator"),
                {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("period"), period.key()}});
}

QUrl indicators(Rag rag, const Period &period)
{
    return link(QStringLiteral("indicators"),
                {{QStringLiteral("rag"), ragKey(rag)}, {QStringLiteral("period"), period.key()}});
}

QUrl action(qint64 id)
{
    return link(QStringLiteral("action"), {{QStringLiteral("id"), QString::number(id)}});
}

QUrl actions(const QString &standing)
{
    return link(QStringLiteral("actions"), {{QStringLiteral("standing"), standing}});
}

QUrl audit(qint64 id)
{
    return link(QStringLiteral("audit"), {{QStringLiteral("id"), QString::number(id)}});
}

QUrl programme(int year, const QString &standing)
{
    QList<std::pair<QString, QString>> parts{{QStringLiteral("year"), QString::number(year)}};
    if (!standing.isEmpty())
        parts.append({QStringLiteral("standing"), standing});
    return link(QStringLiteral("programme"), parts);
}

QUrl assessment(qint64 roundId, qint64 agencyId)
{
    QList<std::pair<QString, QString>> parts{{QStringLiteral("round"), QString::number(roundId)}};
    if (agencyId > 0)
        parts.append({QStringLiteral("agency"), QString::number(agencyId)});
    return link(QStringLiteral("assessment"), parts);
}

QUrl risk(qint64 id)
{
    return link(QStringLiteral("risk"), {{QStringLiteral("id"), QString::number(id)}});
}

QUrl complaint(qint64 id)
{
    return link(QStringLiteral("complaint"), {{QStringLiteral("id"), QString::number(id)}});
}

QUrl escalation(qint64 id)
{
    return link(QStringLiteral("escalation"), {{QStringLiteral("id"), QString::number(id)}});
}

QUrl feedback(qint64 id)
{
    return link(QStringLiteral("feedback"), {{QStringLiteral("id"), QString::number(id)}});
}

QUrl newAction(const QString &sourceKey, qint64 sourceId)
{
    return link(QStringLiteral("new-action"),
                {{QStringLiteral("source"), sourceKey}, {QStringLiteral("id"), QString::number(sourceId)}});
}

QString target(const QUrl &link)
{
    return link.scheme() == QLatin1String("assure") ? link.path() : QString();
}

qint64 id(const QUrl &link)
{
    return part(link, QStringLiteral("id")).toLongLong();
}

qint64 idOf(const QUrl &link, const QString &target)
{
    return PageLink::target(link) == target ? id(link) : 0;
}

std::optional<Period> period(const QUrl &link, int fyStartMonth)
{
    return Period::fromKey(part(link, QStringLiteral("period")), fyStartMonth);
}

std::optional<Rag> rag(const QUrl &link)
{
    return ragFromKey(part(link, QStringLiteral("rag")));
}

QString standing(const QUrl &link)
{
    return part(link, QStringLiteral("standing"));
}

QString value(const QUrl &link, const QString &key)
{
    return part(link, key);
}

} // namespace assure::PageLink
