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

QString target(const QUrl &link)
{
    return link.scheme() == QLatin1String("assure") ? link.path() : QString();
}

qint64 id(const QUrl &link)
{
    return part(link, QStringLiteral("id")).toLongLong();
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

} // namespace assure::PageLink
