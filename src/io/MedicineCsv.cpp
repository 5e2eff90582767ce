// meds.csv of `export --format csv` (issue 21).
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvWriter.h"

namespace quietlegs {

std::string medsCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"taken_at", "journal_date", "drug", "dose_mg", "route", "notes", "source",
                "source_name", "dopaminergic"});
    for (const MedicineDose& dose : records.meds) {
        csv.raw(formatLocalDateTime(dose.takenAt())).raw(formatDate(dose.journalDate()));
        csv.text(drugId(dose.drug())).number(dose.doseMg()).text(medicineRouteId(dose.route()));
        csv.text(dose.notes()).text(dose.source()).text(dose.sourceName());
        csv.text(dose.isDopaminergic() ? "yes" : "no").endRow();
    }
    return csv.str();
}

} // namespace quietlegs
