# pgcluster.sh - sourced by the tests that need PostgreSQL. pg_up starts a
# throw-away cluster: initdb into a temporary folder (as the unprivileged
# user "postgres" when run as root: initdb refuses root), listening only on
# 127.0.0.1 at a free port and on a socket in that folder, without fsync; it
# sets PGURI to a fresh database. pg_newdb NAME prints the URI of another
# fresh database; pg_down stops the cluster and removes the folder (call it
# from the test's EXIT trap). PG_SHARED_BUFFERS sizes the server's page cache
# (default: the server's own, 128 MB). With TOCSIN_TEST_PG=postgresql://... an existing
# server is used instead (each database is created on it). pg_up returns 1
# with the reason in PG_WHY when no server can be started.
PGDIR=
PGURI=
PG_WHY=
pg_bin() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done | sort -V | tail -1
}
pg_as() { if [ -n "$PG_RUNAS" ]; then runuser -u "$PG_RUNAS" -- "$@"; else "$@"; fi; }
pg_newdb() {
  if [ -n "${TOCSIN_TEST_PG:-}" ]; then
    psql -q -d "$TOCSIN_TEST_PG" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE template0" >/dev/null 2>&1 || return 1
    echo "${TOCSIN_TEST_PG%/*}/$1"
    return 0
  fi
  "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U tocsin -T template0 "$1" 2>>"$PGDIR/log" || return 1
  echo "postgresql://tocsin@127.0.0.1:$PGPORT/$1"
}
pg_up() {
  if [ -n "${TOCSIN_TEST_PG:-}" ]; then
    PGURI=$(pg_newdb tocsin_t1) || { PG_WHY="cannot create a database on $TOCSIN_TEST_PG"; return 1; }
    return 0
  fi
  PGBIN=$(pg_bin)
  [ -n "$PGBIN" ] || { PG_WHY="no PostgreSQL server installed (initdb not found; make deps installs postgresql)"; return 1; }
  PG_RUNAS=
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 && command -v runuser >/dev/null 2>&1 ||
      { PG_WHY="running as root, and no user 'postgres' (or no runuser) to run the server as"; return 1; }
    PG_RUNAS=postgres
  fi
  PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/tocsin-pg.XXXXXX") || { PG_WHY="no temporary folder"; return 1; }
  chmod 755 "$PGDIR"
  [ -z "$PG_RUNAS" ] || chown "$PG_RUNAS" "$PGDIR"
  if ! pg_as "$PGBIN/initdb" -D "$PGDIR/data" -U tocsin -A trust --no-locale -E UTF8 --no-sync \
      >"$PGDIR/initdb.log" 2>&1; then
    PG_WHY="initdb failed: $(tail -2 "$PGDIR/initdb.log" | tr '\n' ' ')"
    return 1
  fi
  k=0
  while [ $k -lt 8 ]; do
    PGPORT=$((20000 + ($$ * 13 + k * 1031 + $(date +%N | sed 's/^0*//;s/^$/0/') % 997) % 40000))
    if pg_as "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/data/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=off -c full_page_writes=off${PG_SHARED_BUFFERS:+ -c shared_buffers=$PG_SHARED_BUFFERS}" \
        start >/dev/null 2>&1; then
      PGURI=$(pg_newdb tocsin_test) || { PG_WHY="createdb failed"; return 1; }
      return 0
    fi
    k=$((k + 1))
  done
  PG_WHY="the server did not start: $(tail -2 "$PGDIR/data/server.log" 2>/dev/null | tr '\n' ' ')"
  return 1
}
pg_down() {
  if [ -n "$PGDIR" ] && [ -d "$PGDIR" ]; then
    [ -f "$PGDIR/data/postmaster.pid" ] && pg_as "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$PGDIR"
  fi
  PGDIR=
}
