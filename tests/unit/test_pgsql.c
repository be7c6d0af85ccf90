/* test_pgsql.c - the translation of the store's SQL into PostgreSQL's
 * (src/store/db_pg.c, ts_pg_translate): each rule on a statement of the form
 * the store and the analytics write, and text in quotes left alone. Run from
 * test_units.c's main as its own group; needs no server. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "store/db_int.h"

static void same(const char *sqlite, unsigned flags, const char *pg)
{
    char *t = ts_pg_translate(sqlite, flags);
    assert_non_null(t);
    assert_string_equal(t, pg);
    free(t);
}

static void t_params(void **state)
{
    (void)state;
    same("SELECT a FROM t WHERE x = ?1 AND y = ?12", 0, "SELECT a FROM t WHERE x = $1 AND y = $12");
    /* in quotes: a string and a quoted name stay as they are */
    same("SELECT 'a ?1 min(x, y)', \"offset\" FROM t WHERE z = ?2", 0,
         "SELECT 'a ?1 min(x, y)', \"offset\" FROM t WHERE z = $2");
}

static void t_insert(void **state)
{
    (void)state;
    same("INSERT OR IGNORE INTO sources(name) VALUES (?1)", 0,
         "INSERT INTO sources(name) VALUES ($1) ON CONFLICT DO NOTHING");
    same("INSERT OR IGNORE INTO events(a) VALUES (?1)", TS_STMT_RETURNS_ID,
         "INSERT INTO events(a) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id");
    same("INSERT INTO stories(t) VALUES (?1)", TS_STMT_RETURNS_ID, "INSERT INTO stories(t) VALUES ($1) RETURNING id");
}

static void t_functions(void **state)
{
    (void)state;
    /* two arguments: the scalar min and max; one: the aggregates */
    same("SELECT min(a, b), max(a, b), max(max_rung) FROM d WHERE day >= ?1 GROUP BY 1, 2 HAVING max(max_rung) >= 1", 0,
         "SELECT LEAST(a, b), GREATEST(a, b), max(max_rung) FROM d WHERE day >= $1 GROUP BY 1, 2 HAVING "
         "max(max_rung) >= 1 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST ");
    same("UPDATE d SET m = max(d.m, excluded.m)", 0, "UPDATE d SET m = GREATEST(d.m, excluded.m)");
    same("SELECT length(CAST(se.text AS BLOB)), CAST(x AS TEXT) FROM se", 0,
         "SELECT length(convert_to(se.text, 'UTF8')), CAST(x AS TEXT) FROM se");
    same("SELECT (SELECT group_concat(name, ', ') FROM (SELECT name FROM s ORDER BY name) AS t) FROM st", 0,
         "SELECT (SELECT string_agg(name, ', ') FROM (SELECT name FROM s ORDER BY name NULLS FIRST) AS t) FROM st");
}

static void t_order(void **state)
{
    (void)state;
    /* SQLite sorts NULL lowest */
    same("SELECT x FROM e ORDER BY e.date DESC, e.id LIMIT 5 OFFSET 0", 0,
         "SELECT x FROM e ORDER BY e.date DESC NULLS LAST, e.id NULLS FIRST LIMIT 5 OFFSET 0");
    /* grouped rows come back in the groups' order, ties too */
    same("SELECT a, count(*) FROM d GROUP BY a", 0, "SELECT a, count(*) FROM d GROUP BY a ORDER BY a NULLS FIRST ");
    same("SELECT min(a, b), sum(n) FROM d GROUP BY 1 HAVING sum(n) >= ?3 ORDER BY sum(n) DESC LIMIT ?4", 0,
         "SELECT LEAST(a, b), sum(n) FROM d GROUP BY 1 HAVING sum(n) >= $3 ORDER BY sum(n) DESC NULLS LAST, "
         "1 NULLS FIRST LIMIT $4");
}

static void t_uri(void **state)
{
    (void)state;
    assert_true(ts_db_is_pg_uri("postgresql://u@h/db"));
    assert_true(ts_db_is_pg_uri("postgres://h/db"));
    assert_false(ts_db_is_pg_uri("tocsin.db"));
    assert_false(ts_db_is_pg_uri("postgresql.db"));
    assert_false(ts_db_is_pg_uri(NULL));
}

int run_pgsql_tests(void);
int run_pgsql_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_params), cmocka_unit_test(t_insert), cmocka_unit_test(t_functions),
        cmocka_unit_test(t_order),  cmocka_unit_test(t_uri),
    };
    return cmocka_run_group_tests_name("SQL for PostgreSQL", tests, NULL, NULL);
}
