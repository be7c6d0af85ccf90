#!/bin/sh
# analytics.sh - ladder, alerts and network on a generated database of
# EVENTS events (default 10 million) spread over ten years between 60
# countries: the time of the first aggregation, then of each query warm.
set -eu
B=${B:-build}
N=${EVENTS:-10000000}
dir=$B/bench
mkdir -p "$dir"
db=$dir/analytics-$N.db
if [ ! -s "$db" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  "$B/tocsin" events --db "$db" >/dev/null 2>&1 || true  # not created by queries
  printf '' | "$B/tocsin" ingest -q --db "$db" - 2>/dev/null || true
  echo "generating $N events..."
  t0=$(date +%s.%N)
  sqlite3 "$db" <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;
DROP INDEX IF EXISTS events_dyad; DROP INDEX IF EXISTS events_target; DROP INDEX IF EXISTS events_root;
DROP INDEX IF EXISTS events_date; DROP INDEX IF EXISTS events_story;
CREATE TEMP TABLE c(i INTEGER PRIMARY KEY, code TEXT);
INSERT INTO c(code) VALUES ('RUS'),('UKR'),('PRK'),('KOR'),('USA'),('CHN'),('JPN'),('DEU'),('FRA'),('GBR'),
 ('TUR'),('SYR'),('IRQ'),('IRN'),('ISR'),('PSE'),('LBN'),('EGY'),('SAU'),('YEM'),('IND'),('PAK'),('AFG'),('BLR'),
 ('POL'),('LTU'),('LVA'),('EST'),('FIN'),('SWE'),('NOR'),('ITA'),('ESP'),('NLD'),('BEL'),('CAN'),('MEX'),('BRA'),
 ('ARG'),('VEN'),('COL'),('CUB'),('NGA'),('ETH'),('SDN'),('SOM'),('KEN'),('ZAF'),('COD'),('RWA'),('MLI'),('NER'),
 ('AUS'),('IDN'),('PHL'),('VNM'),('THA'),('MMR'),('TWN'),('NATO');
CREATE TEMP TABLE k(i INTEGER PRIMARY KEY, code TEXT, root TEXT, quad INTEGER, g REAL);
INSERT INTO k(code, root, quad, g) VALUES ('010','01',1,0),('020','02',1,3),('036','03',1,4),('040','04',1,1),
 ('042','04',1,1.9),('051','05',1,3.4),('057','05',1,8),('061','06',2,6.4),('062','06',2,7.4),('070','07',2,7),
 ('072','07',2,8.3),('074','07',2,8.5),('100','10',3,-5),('111','11',3,-2),('112','11',3,-2),('120','12',3,-4),
 ('130','13',3,-4.4),('138','13',3,-7),('141','14',3,-6.5),('154','15',4,-7.2),('163','16',4,-8),('173','17',4,-5),
 ('180','18',4,-9),('190','19',4,-10),('195','19',4,-10);
-- the random draws are made once per row (a materialised CTE; a scalar
-- subquery would be evaluated once for all rows), the target never the source
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < $N),
q AS MATERIALIZED (SELECT date('2015-01-01', '+' || (abs(random()) % 3650) || ' days') d,
                          1 + abs(random()) % 60 si, abs(random()) % 59 off, 1 + abs(random()) % 25 kk FROM n)
INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
SELECT d, cs.code, ct.code, cs.code, ct.code, k.code, k.root, k.quad, k.g, 'bench'
  FROM q JOIN c cs ON cs.i = q.si JOIN c ct ON ct.i = 1 + (q.si + q.off) % 60 JOIN k ON k.i = q.kk;
CREATE INDEX events_dyad ON events(src_country, tgt_country, date);
CREATE INDEX events_target ON events(tgt_country, date);
CREATE INDEX events_root ON events(root, date, src_country, tgt_country, code); -- as schema v4: covering
CREATE INDEX events_date ON events(date);
CREATE INDEX events_story ON events(story_id);
SQL
  t1=$(date +%s.%N)
  printf 'generated %s events in %.0f s\n' "$(sqlite3 "$db" 'select count(*) from events')" "$(echo "$t1 - $t0" | bc -l)"
fi
timeit() {
  t0=$(date +%s.%N)
  "$@" >/dev/null
  t1=$(date +%s.%N)
  printf '%-60s %6.3f s\n' "$*" "$(echo "$t1 - $t0" | bc -l | sed 's/^\./0./')"
}
echo "first aggregation (once per database, then incremental):"
timeit "$B/tocsin" ladder RUS UKR --db "$db" --by month
echo "warm:"
timeit "$B/tocsin" ladder RUS UKR --db "$db" --by month
timeit "$B/tocsin" ladder RUS UKR --db "$db" --by week --since 2023-01-01 --until 2024-12-31
timeit "$B/tocsin" alerts --db "$db" --since 2024-06-01 --until 2024-06-30
timeit "$B/tocsin" alerts --db "$db"
timeit "$B/tocsin" network --db "$db" --window 90d
timeit "$B/tocsin" network --db "$db" --window 1y --format dot
