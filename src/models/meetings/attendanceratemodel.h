// A year's attendance rates as a table, per agency or per member, with the rows below the board's
// threshold marked in words and in colour.
#pragma once

#include "models/tablemodelbase.h"
#include "workspace/meetings/attendanceyear.h"

namespace assure {

class AttendanceRateModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum class Rows { Agencies, Members };
    enum Column { Name, Body, Meetings, Attended, Rate, Standing, ColumnCount };

    AttendanceRateModel(Rows rows, QObject *parent = nullptr);

    void setYear(const AttendanceYear &year);
    const AttendanceYear &year() const { return m_year; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The fill of a row below the threshold (a pale red that text reads on).
    static quint32 belowRgb();

private:
    Rows m_rows;
    AttendanceYear m_year;
};

} // namespace assure
