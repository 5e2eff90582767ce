#!/usr/bin/env python3
"""Writes schema-v1.sqlite, schema-v2.sqlite, schema-v4.sqlite and schema-v5.sqlite: journals of
the released formats, as those QuietLegs versions wrote them, with a few realistic rows in every
table (schema-v3.sqlite was saved with that version's quietlegs-cli).

The schema SQL is taken from src/storage/JournalSchema.cpp (kSchemaVersion1, kSchemaVersion2),
so each file is exactly what migrations 1..N make. Run once from this folder; the files are
committed. Later formats are saved with the quietlegs-cli of their version instead
(docs/reliability.md, "Journals of every released format").
"""
import os
import re
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "src", "storage", "JournalSchema.cpp")
APPLICATION_ID = 0x514C4753


def migration(name):
    text = open(SOURCE, encoding="utf-8").read()
    match = re.search(r"constexpr const char\* " + name + r' = R"sql\((.*?)\)sql";', text, re.S)
    return match.group(1)


V1_ROWS = """
INSERT INTO nights (date, irls1, irls2, irls3, irls4, irls5, irls6, irls7, irls8, irls9, irls10,
                    severity, into_bed, lights_out, sleep_latency_min, awakenings, waso_min,
                    final_wake, out_of_bed, notes, updated_at) VALUES
 ('2025-03-01', 2, 2, 1, 2, 1, 1, 2, 1, 2, 1, 5, '2025-03-01T22:30', '2025-03-01T22:45', 40, 2, 35,
  '2025-03-02T06:30', '2025-03-02T06:50', 'Legs restless after a late dinner', '2025-03-02T07:00:00Z'),
 ('2025-03-02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 3, '2025-03-02T23:00',
  '2025-03-02T23:10', 20, 1, 10, '2025-03-03T07:00', '2025-03-03T07:10', '', '2025-03-03T07:20:00Z'),
 ('2025-03-03', 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  'Walked in the evening', '2025-03-04T08:00:00Z');
INSERT INTO intakes (taken_at, nutrient, form, route, compound_mg, elemental_mg, label) VALUES
 ('2025-03-01T21:00', 'magnesium', 'glycinate', 'oral', 1000, 100, 'Mg bisglycinate, 2 caps'),
 ('2025-03-02T08:00', 'iron', 'bisglycinate', 'oral', NULL, 25, ''),
 ('2025-03-02T21:30', 'magnesium', 'citrate', 'oral', 1250, 200, 'Mg citrate'),
 ('2025-03-03T12:00', 'vitamin_c', 'unknown', 'oral', NULL, 500, 'with iron');
INSERT INTO daily_factors (date, caffeine_mg, alcohol_units, exercise_min, stress) VALUES
 ('2025-03-01', 190, 1.5, 0, 6),
 ('2025-03-02', 95, 0, 45, 3);
INSERT INTO lab_results (date, test, value, unit) VALUES
 ('2025-02-20', 'ferritin', 48, 'ng/mL'),
 ('2025-02-20', 'tsat', 22, '%'),
 ('2025-02-20', 'hemoglobin', 13.8, 'g/dL');
"""

V2_ROWS = """
INSERT INTO supplement_presets (name, nutrient, form, route, compound_mg, elemental_mg, position)
VALUES ('Evening magnesium', 'magnesium', 'glycinate', 'oral', 1000, 100, 0),
       ('Iron with C', 'iron', 'bisglycinate', 'oral', NULL, 25, 1);
UPDATE intakes SET preset_id = 1 WHERE taken_at = '2025-03-01T21:00';
UPDATE intakes SET preset_id = 2 WHERE taken_at = '2025-03-02T08:00';
INSERT INTO custom_foods (name, magnesium_mg_per_100g, iron_mg_per_100g) VALUES
 ('Grandma''s rye bread', 70, 2.9),
 ('Pumpkin seed mix', 550, 8.8);
INSERT INTO food_portions (food_name, custom_food_id, name, grams) VALUES
 ('Grandma''s rye bread', 1, 'a slice', 45),
 ('almonds', NULL, 'a handful', 30);
"""

V3_ROWS = """
INSERT INTO settings (key, value) VALUES ('primary_question', 'magnesium_mg:severity:0'),
                                         ('primary_mid', '1'), ('week_start', 'monday');
"""

V4_ROWS = """
INSERT INTO experiments (id, exposure, outcome, dose, mid, blocks, block_days, washout_days, seed,
                         start, blinded, power, saved_at, ended_early_at) VALUES
 ('3f2b8c1e-9d4a-4e6b-8a7c-2d1e0f9b8a76', 'magnesium_mg', 'severity', 200, 1, 12, 7, 2,
  424242, '2025-03-10', 0, 0.44, '2025-03-04T20:15:00Z', NULL);
"""


def write(version):
    path = os.path.join(HERE, "schema-v%d.sqlite" % version)
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(migration("kSchemaVersion1"))
    if version >= 2:
        db.executescript(migration("kSchemaVersion2"))
    db.executescript(V1_ROWS)
    if version >= 2:
        db.executescript(V2_ROWS)
    if version >= 3:
        db.executescript(migration("kSchemaVersion3"))
        db.executescript(V3_ROWS)
    if version >= 4:
        db.executescript(migration("kExperimentsSchema"))
        db.executescript(V4_ROWS)
    if version >= 5:
        # The zone the rows were migrated in, as JournalSchema::migrate passes it.
        db.executescript("CREATE TEMP TABLE migration_context (time_zone TEXT);"
                         "INSERT INTO temp.migration_context VALUES ('Europe/Berlin');")
        db.executescript(migration("kNightTimeZones"))
        db.executescript("DROP TABLE temp.migration_context;")
    db.execute("PRAGMA user_version = %d" % version)
    db.execute("PRAGMA application_id = %d" % APPLICATION_ID)
    db.commit()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("VACUUM")
    db.close()
    os.chmod(path, 0o600)


if __name__ == "__main__":
    write(1)
    write(2)
    write(4)
    write(5)
