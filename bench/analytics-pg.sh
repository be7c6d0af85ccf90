#!/bin/sh
# analytics-pg.sh - bench/analytics.sh on PostgreSQL: ladder, alerts and
# network on a generated database of EVENTS events (default 10 million) over
# ten years between 60 countries: the first aggregation, then each query warm.
# On a throw-away cluster (tests/pgcluster.sh) or the server TOCSIN_TEST_PG
# names; skipped, saying why, where none can be started. The throw-away
# server's page cache is PG_SHARED_BUFFERS (1 GB here, as PostgreSQL advises
# a quarter of the memory; SQLite's bench maps 1 GB of its file).
set -u
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-1GB}
B=${B:-build}
N=${EVENTS:-10000000}
. tests/pgcluster.sh
trap 'pg_down' EXIT
if ! pg_up; then
  echo "analytics on PostgreSQL: skipped ($PG_WHY)"
  exit 0
fi
db=$(pg_newdb "bench_events") || exit 1
printf '' | "$B/tocsin" ingest -q --db "$db" - 2>/dev/null
echo "generating $N events in PostgreSQL..."
t0=$(date +%s.%N)
psql -q -d "$db" <<SQL
DROP INDEX events_dyad, events_target, events_root, events_date, events_story;
CREATE TEMP TABLE c AS SELECT i::int, code FROM unnest(ARRAY['RUS','UKR','PRK','KOR','USA','CHN','JPN','DEU','FRA',
 'GBR','TUR','SYR','IRQ','IRN','ISR','PSE','LBN','EGY','SAU','YEM','IND','PAK','AFG','BLR','POL','LTU','LVA','EST',
 'FIN','SWE','NOR','ITA','ESP','NLD','BEL','CAN','MEX','BRA','ARG','VEN','COL','CUB','NGA','ETH','SDN','SOM','KEN',
 'ZAF','COD','RWA','MLI','NER','AUS','IDN','PHL','VNM','THA','MMR','TWN','NATO']) WITH ORDINALITY AS t(code, i);
CREATE TEMP TABLE k(i int, code text, root text, quad int, g float8);
INSERT INTO k VALUES (1,'010','01',1,0),(2,'020','02',1,3),(3,'036','03',1,4),(4,'040','04',1,1),(5,'042','04',1,1.9),
 (6,'051','05',1,3.4),(7,'057','05',1,8),(8,'061','06',2,6.4),(9,'062','06',2,7.4),(10,'070','07',2,7),
 (11,'072','07',2,8.3),(12,'074','07',2,8.5),(13,'100','10',3,-5),(14,'111','11',3,-2),(15,'112','11',3,-2),
 (16,'120','12',3,-4),(17,'130','13',3,-4.4),(18,'138','13',3,-7),(19,'141','14',3,-6.5),(20,'154','15',4,-7.2),
 (21,'163','16',4,-8),(22,'173','17',4,-5),(23,'180','18',4,-9),(24,'190','19',4,-10),(25,'195','19',4,-10);
INSERT INTO events(date, source, target, src_country, tgt_country, code, root, quad, goldstein, origin)
SELECT to_char(date '2015-01-01' + floor(random() * 3650)::int, 'YYYY-MM-DD'), cs.code, ct.code, cs.code, ct.code,
       k.code, k.root, k.quad, k.g, 'bench'
  FROM (SELECT 1 + floor(random() * 60)::int si, floor(random() * 59)::int off, 1 + floor(random() * 25)::int kk
          FROM generate_series(1, $N)) q
  JOIN c cs ON cs.i = q.si JOIN c ct ON ct.i = 1 + (q.si + q.off) % 60 JOIN k ON k.i = q.kk;
CREATE INDEX events_date ON events(date NULLS FIRST);
CREATE INDEX events_dyad ON events(src_country, tgt_country, date);
CREATE INDEX events_target ON events(tgt_country, date);
CREATE INDEX events_root ON events(root, date, src_country, tgt_country, code);
CREATE INDEX events_story ON events(story_id);
ANALYZE events;
SQL
t1=$(date +%s.%N)
printf 'generated %s events in %.0f s\n' "$(psql -At -d "$db" -c 'select count(*) from events')" "$(echo "$t1 - $t0" | bc -l)"
timeit() {
  t0=$(date +%s.%N)
  "$@" >/dev/null
  t1=$(date +%s.%N)
  printf '%-60s %6.3f s\n' "$(echo "$*" | sed 's|postgresql://[^ ]*|PG|')" "$(echo "$t1 - $t0" | bc -l | sed 's/^\./0./')"
}
echo "first aggregation (once per database, then incremental):"
timeit "$B/tocsin" ladder RUS UKR --db "$db" --by month
# what autovacuum does soon after: statistics, and the visibility map that
# lets the alerts read dyad_days_hist by index-only scans
psql -q -d "$db" -c "VACUUM ANALYZE dyad_days" -c "VACUUM ANALYZE day_totals"
# warm: each query run three times (the server's page cache filled by the
# first), the fastest and slowest printed
warm() {
  best= worst=
  for i in 1 2 3; do
    t0=$(date +%s.%N)
    "$@" >/dev/null
    t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l | sed 's/^\./0./')
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    if [ -z "$worst" ] || [ "$(echo "$t > $worst" | bc -l)" = 1 ]; then worst=$t; fi
  done
  printf '%-60s %6.3f s (slowest of 3: %.3f s)\n' "$(echo "$*" | sed 's|postgresql://[^ ]*|PG|')" "$best" "$worst"
}
echo "warm (fastest of 3 runs):"
warm "$B/tocsin" ladder RUS UKR --db "$db" --by month
warm "$B/tocsin" ladder RUS UKR --db "$db" --by week --since 2023-01-01 --until 2024-12-31
warm "$B/tocsin" alerts --db "$db" --since 2024-06-01 --until 2024-06-30
warm "$B/tocsin" alerts --db "$db"
warm "$B/tocsin" network --db "$db" --window 90d
warm "$B/tocsin" network --db "$db" --window 1y --format dot
