#pragma once

// The journal's migrations, in order: migration N brings journal format N-1 to N. Private to the
// storage layer; also read at build time by tools/journal-schema, which runs them on an empty
// database and writes the schema a new journal is created with (NewJournalSchema.inc), so they
// stay the only description of the journal's tables.

namespace quietlegs::journal_migrations {

// Version 1: the journal itself. CHECKs mirror the core's rules so that no tool writing
// the file directly can store what the app would refuse.
inline constexpr const char* kSchemaVersion1 = R"sql(
CREATE TABLE nights (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL UNIQUE CHECK (date IS date(date, '+0 days')),
    irls1 INTEGER CHECK (irls1 BETWEEN 0 AND 4),
    irls2 INTEGER CHECK (irls2 BETWEEN 0 AND 4),
    irls3 INTEGER CHECK (irls3 BETWEEN 0 AND 4),
    irls4 INTEGER CHECK (irls4 BETWEEN 0 AND 4),
    irls5 INTEGER CHECK (irls5 BETWEEN 0 AND 4),
    irls6 INTEGER CHECK (irls6 BETWEEN 0 AND 4),
    irls7 INTEGER CHECK (irls7 BETWEEN 0 AND 4),
    irls8 INTEGER CHECK (irls8 BETWEEN 0 AND 4),
    irls9 INTEGER CHECK (irls9 BETWEEN 0 AND 4),
    irls10 INTEGER CHECK (irls10 BETWEEN 0 AND 4),
    severity INTEGER CHECK (severity BETWEEN 0 AND 10),
    into_bed TEXT CHECK (into_bed IS NULL OR into_bed IS strftime('%Y-%m-%dT%H:%M', into_bed, '+0 minutes')),
    lights_out TEXT CHECK (lights_out IS NULL OR lights_out IS strftime('%Y-%m-%dT%H:%M', lights_out, '+0 minutes')),
    sleep_latency_min INTEGER CHECK (sleep_latency_min BETWEEN 0 AND 1440),
    awakenings INTEGER CHECK (awakenings BETWEEN 0 AND 100),
    waso_min INTEGER CHECK (waso_min BETWEEN 0 AND 1440),
    final_wake TEXT CHECK (final_wake IS NULL OR final_wake IS strftime('%Y-%m-%dT%H:%M', final_wake, '+0 minutes')),
    out_of_bed TEXT CHECK (out_of_bed IS NULL OR out_of_bed IS strftime('%Y-%m-%dT%H:%M', out_of_bed, '+0 minutes')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- all ten IRLS items or none
    CHECK ((irls1 IS NULL) + (irls2 IS NULL) + (irls3 IS NULL) + (irls4 IS NULL)
           + (irls5 IS NULL) + (irls6 IS NULL) + (irls7 IS NULL) + (irls8 IS NULL)
           + (irls9 IS NULL) + (irls10 IS NULL) IN (0, 10)),
    -- Consensus Sleep Diary order
    CHECK (into_bed IS NULL OR lights_out IS NULL OR into_bed <= lights_out),
    CHECK (lights_out IS NULL OR final_wake IS NULL OR lights_out <= final_wake),
    CHECK (final_wake IS NULL OR out_of_bed IS NULL OR final_wake <= out_of_bed),
    CHECK (into_bed IS NULL OR out_of_bed IS NULL
           OR julianday(out_of_bed) - julianday(into_bed) < 1.0)
);

CREATE TABLE intakes (
    id INTEGER PRIMARY KEY,
    taken_at TEXT NOT NULL CHECK (taken_at IS strftime('%Y-%m-%dT%H:%M', taken_at, '+0 minutes')),
    nutrient TEXT NOT NULL CHECK (nutrient IN ('magnesium', 'iron', 'vitamin_b6', 'vitamin_c', 'other')),
    form TEXT NOT NULL CHECK (length(form) > 0),
    route TEXT NOT NULL CHECK (route IN ('oral', 'topical')),
    compound_mg REAL CHECK (compound_mg IS NULL OR compound_mg > 0),
    elemental_mg REAL NOT NULL CHECK (elemental_mg > 0),
    label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 200),
    CHECK (compound_mg IS NULL OR elemental_mg <= compound_mg + 1e-9)
);
CREATE INDEX intakes_by_time ON intakes (taken_at);
CREATE INDEX intakes_by_key ON intakes (taken_at, nutrient, form, elemental_mg);

CREATE TABLE daily_factors (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL UNIQUE CHECK (date IS date(date, '+0 days')),
    caffeine_mg REAL CHECK (caffeine_mg BETWEEN 0 AND 2000),
    alcohol_units REAL CHECK (alcohol_units BETWEEN 0 AND 60),
    exercise_min INTEGER CHECK (exercise_min BETWEEN 0 AND 1440),
    stress INTEGER CHECK (stress BETWEEN 0 AND 10)
);

CREATE TABLE lab_results (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date IS date(date, '+0 days')),
    test TEXT NOT NULL CHECK (test IN ('ferritin', 'tsat', 'serum_magnesium', 'hemoglobin')),
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    UNIQUE (date, test)
);
CREATE INDEX lab_results_by_date ON lab_results (date);
)sql";

// Version 2: "My supplements" presets and the user's own foods and portions. Intakes
// remember the preset that added them (kept when the preset is deleted, as plain intakes).
inline constexpr const char* kSchemaVersion2 = R"sql(
CREATE TABLE supplement_presets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    nutrient TEXT NOT NULL CHECK (nutrient IN ('magnesium', 'iron', 'vitamin_b6', 'vitamin_c', 'other')),
    form TEXT NOT NULL,
    route TEXT NOT NULL CHECK (route IN ('oral', 'topical')),
    compound_mg REAL CHECK (compound_mg IS NULL OR compound_mg > 0),
    elemental_mg REAL CHECK (elemental_mg IS NULL OR elemental_mg > 0),
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (compound_mg IS NOT NULL OR elemental_mg IS NOT NULL)
);

ALTER TABLE intakes ADD COLUMN preset_id INTEGER
    REFERENCES supplement_presets (id) ON DELETE SET NULL;
CREATE INDEX intakes_by_preset ON intakes (preset_id);

CREATE TABLE custom_foods (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    magnesium_mg_per_100g REAL NOT NULL CHECK (magnesium_mg_per_100g BETWEEN 0 AND 2000),
    iron_mg_per_100g REAL NOT NULL CHECK (iron_mg_per_100g BETWEEN 0 AND 200)
);

CREATE TABLE food_portions (
    id INTEGER PRIMARY KEY,
    food_name TEXT NOT NULL CHECK (length(food_name) > 0),
    custom_food_id INTEGER REFERENCES custom_foods (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    grams REAL NOT NULL CHECK (grams > 0 AND grams <= 5000),
    UNIQUE (food_name, name)
);
)sql";

// Version 3: the journal's own settings (interchange-v2.md "Journal settings"), text by key;
// the core (JournalSettings::set) validates a value before it is stored and when it is read.
inline constexpr const char* kSchemaVersion3 = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
)sql";
// Version 4: self-experiments (statistics-v2.md section 5). Saving a plan pre-registers it: the
// trigger refuses any change of a fixed field, whatever tool writes the file, and
// ended_early_at can be set once (from NULL) and never changed or cleared.
inline constexpr const char* kExperimentsSchema = R"sql(
CREATE TABLE experiments (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    exposure TEXT NOT NULL CHECK (length(exposure) > 0),
    outcome TEXT NOT NULL CHECK (length(outcome) > 0),
    dose REAL NOT NULL CHECK (dose > 0),
    mid REAL NOT NULL CHECK (mid > 0),
    blocks INTEGER NOT NULL CHECK (blocks BETWEEN 12 AND 40 AND blocks % 2 = 0),
    block_days INTEGER NOT NULL CHECK (block_days BETWEEN 1 AND 90),
    washout_days INTEGER NOT NULL CHECK (washout_days >= 0 AND washout_days < block_days),
    seed INTEGER NOT NULL CHECK (seed >= 0),
    start TEXT NOT NULL CHECK (start IS date(start, '+0 days')),
    blinded INTEGER NOT NULL CHECK (blinded IN (0, 1)),
    power REAL CHECK (power IS NULL OR power BETWEEN 0 AND 1),
    saved_at TEXT NOT NULL CHECK (saved_at IS strftime('%Y-%m-%dT%H:%M:%SZ', saved_at)),
    ended_early_at TEXT CHECK (ended_early_at IS NULL
                               OR ended_early_at IS strftime('%Y-%m-%dT%H:%M:%SZ', ended_early_at))
);

CREATE TRIGGER experiments_fixed_once_saved BEFORE UPDATE ON experiments
WHEN NEW.id IS NOT OLD.id OR NEW.exposure IS NOT OLD.exposure OR NEW.outcome IS NOT OLD.outcome
     OR NEW.dose IS NOT OLD.dose OR NEW.mid IS NOT OLD.mid OR NEW.blocks IS NOT OLD.blocks
     OR NEW.block_days IS NOT OLD.block_days OR NEW.washout_days IS NOT OLD.washout_days
     OR NEW.seed IS NOT OLD.seed OR NEW.start IS NOT OLD.start OR NEW.blinded IS NOT OLD.blinded
     OR NEW.power IS NOT OLD.power
     OR NEW.saved_at IS NOT OLD.saved_at
     OR (OLD.ended_early_at IS NOT NULL AND NEW.ended_early_at IS NOT OLD.ended_early_at)
BEGIN
    SELECT RAISE(ABORT, 'a saved experiment plan is pre-registered: its fields cannot change');
END;
)sql";

// Version 5: nights carry the IANA time zone their clock times are local times of (issue 20): the
// string CHECKs on order and span went, since across a clock change valid nights break them
// (02:30 summer time, then 02:15 winter time); the core judges both on real instants. SQLite's
// table rebuild: no foreign key points at nights, and its only index is the UNIQUE on date,
// which the new table declares. Existing rows get the migrating computer's zone (as an import
// without time_zone gets the importing computer's, interchange-v2), from migration_context.
inline constexpr const char* kNightTimeZones = R"sql(
CREATE TABLE nights_with_zones (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL UNIQUE CHECK (date IS date(date, '+0 days')),
    irls1 INTEGER CHECK (irls1 BETWEEN 0 AND 4),
    irls2 INTEGER CHECK (irls2 BETWEEN 0 AND 4),
    irls3 INTEGER CHECK (irls3 BETWEEN 0 AND 4),
    irls4 INTEGER CHECK (irls4 BETWEEN 0 AND 4),
    irls5 INTEGER CHECK (irls5 BETWEEN 0 AND 4),
    irls6 INTEGER CHECK (irls6 BETWEEN 0 AND 4),
    irls7 INTEGER CHECK (irls7 BETWEEN 0 AND 4),
    irls8 INTEGER CHECK (irls8 BETWEEN 0 AND 4),
    irls9 INTEGER CHECK (irls9 BETWEEN 0 AND 4),
    irls10 INTEGER CHECK (irls10 BETWEEN 0 AND 4),
    severity INTEGER CHECK (severity BETWEEN 0 AND 10),
    into_bed TEXT CHECK (into_bed IS NULL OR into_bed IS strftime('%Y-%m-%dT%H:%M', into_bed, '+0 minutes')),
    lights_out TEXT CHECK (lights_out IS NULL OR lights_out IS strftime('%Y-%m-%dT%H:%M', lights_out, '+0 minutes')),
    sleep_latency_min INTEGER CHECK (sleep_latency_min BETWEEN 0 AND 1440),
    awakenings INTEGER CHECK (awakenings BETWEEN 0 AND 100),
    waso_min INTEGER CHECK (waso_min BETWEEN 0 AND 1440),
    final_wake TEXT CHECK (final_wake IS NULL OR final_wake IS strftime('%Y-%m-%dT%H:%M', final_wake, '+0 minutes')),
    out_of_bed TEXT CHECK (out_of_bed IS NULL OR out_of_bed IS strftime('%Y-%m-%dT%H:%M', out_of_bed, '+0 minutes')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
    -- an IANA name (Europe/Berlin); NULL (a row some other tool wrote): the computer's zone
    time_zone TEXT CHECK (time_zone IS NULL OR (length(time_zone) BETWEEN 1 AND 100
                                                AND time_zone NOT GLOB '*[^A-Za-z0-9/_+-]*')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- all ten IRLS items or none
    CHECK ((irls1 IS NULL) + (irls2 IS NULL) + (irls3 IS NULL) + (irls4 IS NULL)
           + (irls5 IS NULL) + (irls6 IS NULL) + (irls7 IS NULL) + (irls8 IS NULL)
           + (irls9 IS NULL) + (irls10 IS NULL) IN (0, 10))
);
INSERT INTO nights_with_zones (id, date, irls1, irls2, irls3, irls4, irls5, irls6, irls7, irls8,
    irls9, irls10, severity, into_bed, lights_out, sleep_latency_min, awakenings, waso_min,
    final_wake, out_of_bed, notes, time_zone, updated_at)
SELECT id, date, irls1, irls2, irls3, irls4, irls5, irls6, irls7, irls8, irls9, irls10, severity,
    into_bed, lights_out, sleep_latency_min, awakenings, waso_min, final_wake, out_of_bed, notes,
    (SELECT time_zone FROM temp.migration_context), updated_at
FROM nights;
DROP TABLE nights;
ALTER TABLE nights_with_zones RENAME TO nights;
)sql";

// Weekly IRLS check-ins and what a night can tell (issue 21). The IRLS recalls the past week,
// so its ten areas get a table keyed by the week's last day; nights gain symptom onset (placed
// like the sleep clocks), times woken by the legs and symptoms in the arms. A journal that
// already scores the ten areas nightly keeps doing so: score_ten_areas_nightly is set to true
// for it (left unset, i.e. false, for every other journal).
inline constexpr const char* kWeeklyIrls = R"sql(
CREATE TABLE weeks (
    week_ending TEXT PRIMARY KEY CHECK (week_ending IS date(week_ending, '+0 days')),
    irls1 INTEGER NOT NULL CHECK (irls1 BETWEEN 0 AND 4),
    irls2 INTEGER NOT NULL CHECK (irls2 BETWEEN 0 AND 4),
    irls3 INTEGER NOT NULL CHECK (irls3 BETWEEN 0 AND 4),
    irls4 INTEGER NOT NULL CHECK (irls4 BETWEEN 0 AND 4),
    irls5 INTEGER NOT NULL CHECK (irls5 BETWEEN 0 AND 4),
    irls6 INTEGER NOT NULL CHECK (irls6 BETWEEN 0 AND 4),
    irls7 INTEGER NOT NULL CHECK (irls7 BETWEEN 0 AND 4),
    irls8 INTEGER NOT NULL CHECK (irls8 BETWEEN 0 AND 4),
    irls9 INTEGER NOT NULL CHECK (irls9 BETWEEN 0 AND 4),
    irls10 INTEGER NOT NULL CHECK (irls10 BETWEEN 0 AND 4),
    source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source IN ('manual', 'cronometer', 'fitbit', 'apple_health', 'csv', 'demo')),
    source_name TEXT CHECK (source_name IS NULL OR length(source_name) BETWEEN 1 AND 200),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

ALTER TABLE nights ADD COLUMN symptom_onset TEXT CHECK (symptom_onset IS NULL
    OR symptom_onset IS strftime('%Y-%m-%dT%H:%M', symptom_onset, '+0 minutes'));
ALTER TABLE nights ADD COLUMN rls_awakenings INTEGER CHECK (rls_awakenings BETWEEN 0 AND 99);
ALTER TABLE nights ADD COLUMN arms INTEGER CHECK (arms IN (0, 1));

INSERT OR IGNORE INTO settings (key, value)
SELECT 'score_ten_areas_nightly', 'true' WHERE EXISTS (SELECT 1 FROM nights WHERE irls1 IS NOT NULL);
)sql";

// The person's own factors (interchange-v2.md "User-defined factors"): names unique without
// regard to case; a factor's values go with it, and follow a rename.
inline constexpr const char* kUserFactors = R"sql(
CREATE TABLE factors (
    name TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 20),
    kind TEXT NOT NULL CHECK (kind IN ('number', 'yesno'))
);
CREATE TABLE factor_values (
    date TEXT NOT NULL CHECK (date IS date(date, '+0 days')),
    name TEXT NOT NULL COLLATE NOCASE
        REFERENCES factors (name) ON UPDATE CASCADE ON DELETE CASCADE,
    value REAL NOT NULL CHECK (abs(value) <= 1000000),
    source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source IN ('manual', 'cronometer', 'fitbit', 'apple_health', 'csv', 'demo')),
    source_name TEXT,
    PRIMARY KEY (date, name)
);
CREATE INDEX factor_values_by_name ON factor_values (name);
-- A yes/no factor holds 1 or 0, whoever writes the file.
CREATE TRIGGER factor_values_yesno_insert BEFORE INSERT ON factor_values
WHEN NEW.value NOT IN (0, 1) AND (SELECT kind FROM factors WHERE name = NEW.name) = 'yesno'
BEGIN SELECT RAISE(ABORT, 'a yes/no factor holds 1 or 0'); END;
CREATE TRIGGER factor_values_yesno_update BEFORE UPDATE OF value, name ON factor_values
WHEN NEW.value NOT IN (0, 1) AND (SELECT kind FROM factors WHERE name = NEW.name) = 'yesno'
BEGIN SELECT RAISE(ABORT, 'a yes/no factor holds 1 or 0'); END;
)sql";

// Labs with context (issue 21, interchange-v2 "Labs"): the laboratory (assays differ between
// laboratories), whether it was drawn in the morning without iron for 24 h (AASM 2024), where
// the row came from, and CRP among the tests. The test CHECK can only change in a table rebuild
// (as kNightTimeZones did): no foreign key points at lab_results; its index is rebuilt. Existing
// rows keep their ids and values and become `manual` (interchange-v2).
inline constexpr const char* kLabContext = R"sql(
CREATE TABLE lab_results_with_context (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date IS date(date, '+0 days')),
    test TEXT NOT NULL CHECK (test IN ('ferritin', 'tsat', 'serum_magnesium', 'hemoglobin', 'crp')),
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    laboratory TEXT NOT NULL DEFAULT '' CHECK (length(laboratory) <= 200),
    morning_no_iron_24h INTEGER CHECK (morning_no_iron_24h IN (0, 1)),
    source TEXT NOT NULL DEFAULT 'manual'
        CHECK (source IN ('manual', 'cronometer', 'fitbit', 'apple_health', 'csv', 'demo')),
    source_name TEXT CHECK (source_name IS NULL OR length(source_name) <= 200),
    UNIQUE (date, test)
);
INSERT INTO lab_results_with_context (id, date, test, value, unit)
SELECT id, date, test, value, unit FROM lab_results;
DROP TABLE lab_results;
ALTER TABLE lab_results_with_context RENAME TO lab_results;
CREATE INDEX lab_results_by_date ON lab_results (date);
)sql";

// Version 9: RLS medicines (interchange-v2.md "RLS medications"), keyed by (taken_at, drug),
// and the medicine presets Today adds with one keystroke, beside the supplement presets.
inline constexpr const char* kMedicines = R"sql(
CREATE TABLE meds (
    id INTEGER PRIMARY KEY,
    taken_at TEXT NOT NULL CHECK (taken_at IS strftime('%Y-%m-%dT%H:%M', taken_at, '+0 minutes')),
    drug TEXT NOT NULL CHECK (drug IN ('levodopa', 'pramipexole', 'ropinirole', 'rotigotine',
        'gabapentin', 'gabapentin_enacarbil', 'pregabalin', 'oxycodone_naloxone', 'methadone',
        'tramadol', 'clonazepam', 'ferric_carboxymaltose', 'iron_sucrose', 'other')),
    dose_mg REAL NOT NULL CHECK (dose_mg > 0 AND dose_mg < 10000),
    route TEXT NOT NULL DEFAULT 'oral' CHECK (route IN ('oral', 'patch', 'iv')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'cronometer', 'fitbit',
        'apple_health', 'csv', 'demo')),
    source_name TEXT CHECK (source_name IS NULL OR length(source_name) <= 200),
    -- "other" is named in its notes
    CHECK (drug <> 'other' OR length(trim(notes)) > 0),
    UNIQUE (taken_at, drug)
);

CREATE TABLE medicine_presets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    drug TEXT NOT NULL CHECK (drug IN ('levodopa', 'pramipexole', 'ropinirole', 'rotigotine',
        'gabapentin', 'gabapentin_enacarbil', 'pregabalin', 'oxycodone_naloxone', 'methadone',
        'tramadol', 'clonazepam', 'ferric_carboxymaltose', 'iron_sucrose', 'other')),
    dose_mg REAL NOT NULL CHECK (dose_mg > 0 AND dose_mg < 10000),
    route TEXT NOT NULL DEFAULT 'oral' CHECK (route IN ('oral', 'patch', 'iv')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (drug <> 'other' OR length(trim(notes)) > 0)
);
)sql";

// Version 10: where nights, intakes and daily entries came from (issue 22, interchange-v2
// `source`, `source_name`; existing rows become `manual`), and a device's record of a night
// kept beside the hand-kept diary (`device_sleep`) instead of replacing it. The device's
// clocks are checked like the diary's; their order is judged in core, as for the diary.
inline constexpr const char* kEntrySourcesAndDeviceSleep = R"sql(
ALTER TABLE nights ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'
    CHECK (source IN ('manual', 'cronometer', 'fitbit', 'apple_health', 'csv', 'demo'));
ALTER TABLE nights ADD COLUMN source_name TEXT
    CHECK (source_name IS NULL OR length(source_name) BETWEEN 1 AND 200);
ALTER TABLE nights ADD COLUMN device_source TEXT
    CHECK (device_source IS NULL OR device_source IN ('manual', 'cronometer', 'fitbit',
        'apple_health', 'csv', 'demo'));
ALTER TABLE nights ADD COLUMN device_source_name TEXT
    CHECK (device_source_name IS NULL OR length(device_source_name) BETWEEN 1 AND 200);
ALTER TABLE nights ADD COLUMN device_into_bed TEXT CHECK (device_into_bed IS NULL
    OR device_into_bed IS strftime('%Y-%m-%dT%H:%M', device_into_bed, '+0 minutes'));
ALTER TABLE nights ADD COLUMN device_lights_out TEXT CHECK (device_lights_out IS NULL
    OR device_lights_out IS strftime('%Y-%m-%dT%H:%M', device_lights_out, '+0 minutes'));
ALTER TABLE nights ADD COLUMN device_sleep_latency_min INTEGER
    CHECK (device_sleep_latency_min BETWEEN 0 AND 1440);
ALTER TABLE nights ADD COLUMN device_awakenings INTEGER CHECK (device_awakenings BETWEEN 0 AND 100);
ALTER TABLE nights ADD COLUMN device_waso_min INTEGER CHECK (device_waso_min BETWEEN 0 AND 1440);
ALTER TABLE nights ADD COLUMN device_final_wake TEXT CHECK (device_final_wake IS NULL
    OR device_final_wake IS strftime('%Y-%m-%dT%H:%M', device_final_wake, '+0 minutes'));
ALTER TABLE nights ADD COLUMN device_out_of_bed TEXT CHECK (device_out_of_bed IS NULL
    OR device_out_of_bed IS strftime('%Y-%m-%dT%H:%M', device_out_of_bed, '+0 minutes'));

ALTER TABLE intakes ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'
    CHECK (source IN ('manual', 'cronometer', 'fitbit', 'apple_health', 'csv', 'demo'));
ALTER TABLE intakes ADD COLUMN source_name TEXT
    CHECK (source_name IS NULL OR length(source_name) BETWEEN 1 AND 200);

ALTER TABLE daily_factors ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'
    CHECK (source IN ('manual', 'cronometer', 'fitbit', 'apple_health', 'csv', 'demo'));
ALTER TABLE daily_factors ADD COLUMN source_name TEXT
    CHECK (source_name IS NULL OR length(source_name) BETWEEN 1 AND 200);
)sql";

// Version 11: the packs a blinded experiment's person logs as taken (statistics-v2.md section 5),
// one per plan and day. Adherence of a blinded plan is counted from them, so the triggers keep
// any tool from logging a pack the plan does not have: the day must fall in a block of a
// blinded plan, and the pack is that block's number.
inline constexpr const char* kExperimentPacks = R"sql(
CREATE TABLE experiment_packs (
    experiment_id TEXT NOT NULL REFERENCES experiments (id),
    date TEXT NOT NULL CHECK (date IS date(date, '+0 days')),
    pack INTEGER NOT NULL CHECK (pack BETWEEN 1 AND 40),
    PRIMARY KEY (experiment_id, date)
);

CREATE TRIGGER experiment_packs_fit_the_plan BEFORE INSERT ON experiment_packs
WHEN NOT EXISTS (SELECT 1 FROM experiments e WHERE e.id = NEW.experiment_id AND e.blinded = 1
    AND julianday(NEW.date) >= julianday(e.start)
    AND julianday(NEW.date) - julianday(e.start) < e.blocks * e.block_days
    AND NEW.pack = CAST((julianday(NEW.date) - julianday(e.start)) / e.block_days AS INTEGER) + 1)
BEGIN
    SELECT RAISE(ABORT, 'a pack taken must be the pack of its day in a blinded plan''s blocks');
END;

CREATE TRIGGER experiment_packs_kept_as_logged BEFORE UPDATE ON experiment_packs
BEGIN
    SELECT RAISE(ABORT, 'a pack taken is logged or removed, never changed');
END;
)sql";

inline constexpr const char* kMigrations[] = {kSchemaVersion1, kSchemaVersion2,
                                              kSchemaVersion3, kExperimentsSchema,
                                              kNightTimeZones, kWeeklyIrls,
                                              kUserFactors,    kLabContext,
                                              kMedicines,      kEntrySourcesAndDeviceSleep,
                                              kExperimentPacks};

} // namespace quietlegs::journal_migrations
