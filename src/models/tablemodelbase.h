// What every table model over the workspace shares: item roles, choices for editors, rejected edits.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace assure {

// One option an editor offers for a cell: what people read, and what is stored.
struct Choice
{
    QString label;
    QVariant value;
};

class TableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the item's id (qint64)
        ChoicesRole,               // QList<Choice> for a cell edited by picking
        SortRole,                  // what the column sorts by
    };

    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    // An edit made in a view was refused or failed; message says why, for people.
    void editRejected(const QString &message);
};

} // namespace assure

Q_DECLARE_METATYPE(QList<assure::Choice>)
