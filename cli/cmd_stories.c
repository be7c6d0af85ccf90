/* cmd_stories.c - tocsin stories: the deduplicated stories and their sources. */
#include "cli.h"
#include "common/jsonw.h"
#include "tocsin/store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int show(void *ud, const tocsin_story *st)
{
    if (ud) {
        jw_story(ud, st);
        return jw_line(ud, stdout);
    }
    printf("%-6lld %-10s %3d art %3d src %4d ev  %.60s%s\n", st->id, st->date ? st->date : "",
           st->n_articles, st->n_sources, st->n_events, st->title ? st->title : "(no headline)",
           st->title && strlen(st->title) > 60 ? "..." : "");
    if (st->sources && *st->sources)
        printf("       sources: %s\n", st->sources);
    return 0;
}

int cmd_stories(int argc, char **argv)
{
    const char *db = "tocsin.db";
    long long limit = 50;
    int json = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            printf("usage: tocsin stories [--db PATH] [--limit N] [--format table|jsonl]\n\n"
                   "Lists stories, newest first: a story is one piece of news with every\n"
                   "copy of it that was ingested (syndicated wire copy, re-posts), with\n"
                   "its numbers of articles, sources (outlets) and events. --limit 0 = all.\n"
                   "JSON fields: id, title, date, n_articles, n_sources, n_events, sources.\n");
            return 0;
        } else if (!strcmp(argv[i], "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(argv[i], "--limit") && i + 1 < argc) {
            char *end;
            errno = 0;
            limit = strtoll(argv[++i], &end, 10);
            if (errno || *end || limit < 0) {
                fprintf(stderr, "tocsin stories: --limit wants a number\n");
                return 2;
            }
        } else if ((!strcmp(argv[i], "--format") || !strcmp(argv[i], "-f")) && i + 1 < argc) {
            const char *v = argv[++i];
            json = !strcmp(v, "jsonl") || !strcmp(v, "json");
            if (!json && strcmp(v, "table") && strcmp(v, "text")) {
                fprintf(stderr, "tocsin stories: --format table (or text), or jsonl (or json)\n");
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin stories: unexpected argument '%s' (see --help)\n", argv[i]);
            return 2;
        }
    }
    tocsin_store *s;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_store_open(db, TOCSIN_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "tocsin stories: %s: %s\n", err.file, err.message);
        return 1;
    }
    tocsin_json *j = json ? tocsin_json_new() : NULL; /* NULL: the table */
    int rc = json && !j ? TOCSIN_ENOMEM : tocsin_store_stories(s, limit, show, j, &err);
    if (rc)
        fprintf(stderr, "tocsin stories: %s\n", err.message[0] ? err.message : tocsin_strerror(rc));
    tocsin_json_free(j);
    tocsin_store_close(s);
    return rc ? 1 : 0;
}
