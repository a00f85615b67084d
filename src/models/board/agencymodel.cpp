// The board's agencies as a table: name, sector, Section 11 duty, active.
#include "models/board/agencymodel.h"

namespace assure {

namespace {

// A yes/no field shown and edited as a check box.
EntityTableModel<Agency>::ColumnSpec flagColumn(std::function<QString()> header, bool Agency::*member)
{
    return {std::move(header),
            [member](const Agency &a, int role) -> QVariant {
                const bool on = a.*member;
                if (role == Qt::CheckStateRole)
                    return on ? Qt::Checked : Qt::Unchecked;
                if (role == TableModelBase::SortRole)
                    return on;
                if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
                    return on ? AgencyModel::tr("Yes") : AgencyModel::tr("No");
                return {};
            },
            [member](Agency &a, const QVariant &value) {
                a.*member = value.toInt() == Qt::Checked;
                return true;
            },
            Qt::CheckStateRole};
}

} // namespace

AgencyModel::AgencyModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    ColumnSpec sector{[] { return tr("Sector"); },
                      [](const Agency &a, int role) -> QVariant {
                          if (role == Qt::DisplayRole || role == SortRole)
                              return sectorLabel(a.sector);
                          if (role == Qt::EditRole)
                              return sectorKey(a.sector);
                          if (role == ChoicesRole) {
                              QList<Choice> choices;
                              for (Sector s : allSectors())
                                  choices.append({sectorLabel(s), sectorKey(s)});
                              return QVariant::fromValue(choices);
                          }
                          return {};
                      },
                      [](Agency &a, const QVariant &value) {
                          a.sector = sectorFromKey(value.toString());
                          return true;
                      }};
    setColumns({textColumn([] { return tr("Agency"); }, &Agency::name), std::move(sector),
                flagColumn([] { return tr("Section 11 duty"); }, &Agency::section11),
                flagColumn([] { return tr("Active"); }, &Agency::active)});
}

} // namespace assure
