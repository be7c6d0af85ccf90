/* cmd_copy.c - tocsin copy: one database into another, SQLite or PostgreSQL
 * either way (tocsin_store_copy). */
#include "cli.h"
#include "tocsin/store.h"

#include <stdio.h>
#include <string.h>

static void help(FILE *f)
{
    fprintf(f, "usage: tocsin copy --from DB --to DB [-q]\n"
               "\n"
               "Copies a tocsin database into another: articles, sources, stories,\n"
               "sentences, events and the state of tocsin watch, with their ids. DB is a\n"
               "file (SQLite) or a PostgreSQL URI (postgresql://USER@HOST/NAME), either way\n"
               "round: move a team's analyst file onto a shared server, or take a server's\n"
               "data home. The target is created (a file) or set up (an empty PostgreSQL\n"
               "database) as needed. The per-day aggregates of the analytics are not copied:\n"
               "the target builds its own on first use.\n"
               "\n"
               "The copy is idempotent and resumable: rows the target holds are skipped and\n"
               "each table goes on from the highest id the target holds, in committed\n"
               "batches, so running the same command again after an interruption completes\n"
               "the copy, and running it twice adds nothing. The target must be empty or an\n"
               "earlier copy of the same source.\n"
               "\n"
               "options:\n"
               "      --from DB   the database to read (opened read-only)\n"
               "      --to DB     the database to write\n"
               "  -q, --quiet     no progress lines\n"
               "\n"
               "example:\n"
               "  tocsin copy --from tocsin.db --to postgresql://tocsin@db.example.org/events\n");
}

static int progress(void *ud, const char *table, long long rows)
{
    if (!*(const int *)ud)
        fprintf(stderr, "tocsin copy: %s: %lld rows\n", table, rows);
    return 0;
}

int cmd_copy(int argc, char **argv)
{
    const char *from = NULL, *to = NULL;
    int quiet = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return 0;
        } else if ((!strcmp(a, "--from") || !strcmp(a, "--to")) && i + 1 < argc) {
            if (a[2] == 'f')
                from = argv[++i];
            else
                to = argv[++i];
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else {
            fprintf(stderr, "tocsin copy: unexpected argument '%s' (see --help)\n", a);
            return 2;
        }
    }
    if (!from || !to) {
        fprintf(stderr, "tocsin copy: --from DB and --to DB are both needed (see --help)\n");
        return 2;
    }
    tocsin_store *src = NULL, *dst = NULL;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int rc = 1;
    if (tocsin_store_open(from, TOCSIN_STORE_READONLY, &src, &err) ||
        tocsin_store_open(to, TOCSIN_STORE_CREATE, &dst, &err)) {
        fprintf(stderr, "tocsin copy: %s: %s\n", err.file, err.message);
        goto out;
    }
    if (tocsin_store_copy(src, dst, progress, &quiet, &err)) {
        fprintf(stderr, "tocsin copy: %s: %s\n", err.file, err.message);
        fprintf(stderr, "tocsin copy: what was committed stays; run the same command again to go on\n");
        goto out;
    }
    tocsin_store_counts c;
    if (!quiet && tocsin_store_counts_get(dst, &c, &err) == 0)
        fprintf(stderr, "tocsin copy: the target holds %lld articles, %lld stories, %lld events (%lld imported)\n",
                c.articles, c.stories, c.events + c.imported, c.imported);
    rc = 0;
out:
    tocsin_store_close(src);
    tocsin_store_close(dst);
    return rc;
}
