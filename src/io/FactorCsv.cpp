// factors.csv and factor_values.csv of `export --format csv`.
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvWriter.h"

namespace quietlegs {

std::string factorsCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"name", "unit", "kind"});
    for (const FactorDefinition& factor : records.factors)
        csv.text(factor.name()).text(factor.unit()).text(factorKindId(factor.kind())).endRow();
    return csv.str();
}

std::string factorValuesCsv(const JournalRecords& records)
{
    CsvWriter csv;
    csv.header({"date", "name", "value", "kind", "unit"});
    for (const FactorValue& value : records.factorValues) {
        const FactorDefinition* factor = nullptr;
        for (const FactorDefinition& defined : records.factors)
            if (sameFactorName(defined.name(), value.name()))
                factor = &defined;
        csv.raw(formatDate(value.date())).text(value.name()).number(value.value());
        csv.text(factor ? factorKindId(factor->kind()) : "").text(factor ? factor->unit() : "");
        csv.endRow();
    }
    return csv.str();
}

} // namespace quietlegs
