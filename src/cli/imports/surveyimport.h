// assure-cli import FILE --survey RESPONSES --year LABEL: a year's survey responses (issue 18, part 3).
#pragma once

namespace assure {

struct TableImportRun;

// Plans the import (interchange/survey/surveyimport.h), says which identifying columns it drops,
// writes when asked and prints the summary line; the exit code.
int importSurveyResponses(const TableImportRun &run);

} // namespace assure
