"""The embedded index: one SQLite file, opened read-only at run time.

places(rid, id, name, kind, cc, admin1, admin2, lat, lon, population, fcode, geometry)
    rid is the GeoNames id for GeoNames places (id NULL, shown as "geonames:<rid>"); curated and
    derived places have rid >= CURATED_BASE and an explicit id ("geomap:donbas").
names(key, rid, flags)  WITHOUT ROWID, key = geomap.names.fold(name); flags: 1 = own or official name,
    0 = alternate name.
meta(key, value)
"""

from __future__ import annotations

CURATED_BASE = 2_000_000_000
SCHEMA_VERSION = "1"

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    rid INTEGER PRIMARY KEY, id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL, cc TEXT, admin1 TEXT,
    admin2 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL DEFAULT 0, fcode TEXT,
    geometry TEXT
);
CREATE TABLE names (key TEXT NOT NULL, rid INTEGER NOT NULL, flags INTEGER NOT NULL,
                    PRIMARY KEY (key, rid)) WITHOUT ROWID;
"""
INDEXES = "CREATE INDEX places_admin ON places (cc, admin1, kind);"
