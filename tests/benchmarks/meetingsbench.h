// Issue 18's attendance target on the large demo: a financial year's attendance of some 200
// agencies and 500 meetings gathered, and shown on the Meetings page's Attendance tab.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct MeetingsSamples
{
    int meetings = 0;           // held in the year timed
    int agencies = 0;           // with a rate in it
    int records = 0;            // attendance records in the board
    std::vector<double> gather; // the year's rates per agency and per member, with names
    std::vector<double> page;   // the Attendance tab switched to the year and its tables filled
};

bool timeMeetings(const QString &path, const QString &workDir, int runs, MeetingsSamples *s, QString *error);

void addMeetingsFigures(const MeetingsSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
