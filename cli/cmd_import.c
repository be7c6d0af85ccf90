/* cmd_import.c - tocsin import: bring GDELT, ICEWS or KEDS event data into
 * the database so that the analytics run on it. */
#include "cli.h"
#include "tocsin/interchange.h"
#include "tocsin/store.h"

#include <stdlib.h>
#include <string.h>

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin import --format gdelt|icews|keds [--db PATH] [--name NAME] FILE...\n"
"\n"
"Reads event files of other projects and stores their events (no article\n"
"text) with actor codes mapped to tocsin's (tables in dict/interchange/).\n"
"  gdelt  GDELT 1.0/2.0 event tables (tab-separated)\n"
"  icews  ICEWS event files (20 tab-separated columns with a header line)\n"
"  keds   KEDS/CAMEO series: date, source, target, code (tab-separated)\n"
"Events are marked with their origin (--name, default the format), which\n"
"tocsin events --origin selects. Importing the same file again adds\n"
"nothing. Lines that cannot be read are reported as file:line and skipped.\n");
}

/* A stable id for a line without one: its number and content. */
static void line_id(const char *line, size_t n, long lineno, char out[48])
{
    unsigned long long h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)line[i]) * 1099511628211ull;
    snprintf(out, 48, "L%ld:%016llx", lineno, h);
}

int cmd_import(int argc, char **argv)
{
    const char *db = "tocsin.db", *dict = NULL, *name = NULL;
    tocsin_ext_format fmt = 0;
    const char *fmtname = NULL;
    int nf = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            free(files);
            return 0;
        } else if ((!strcmp(a, "--db") || !strcmp(a, "--format") || !strcmp(a, "--dict") ||
                    !strcmp(a, "--name")) && i + 1 < argc) {
            const char *v = argv[++i];
            if (!strcmp(a, "--db"))
                db = v;
            else if (!strcmp(a, "--dict"))
                dict = v;
            else if (!strcmp(a, "--name"))
                name = v;
            else {
                fmtname = v;
                fmt = !strcmp(v, "gdelt") ? TOCSIN_EXT_GDELT
                      : !strcmp(v, "icews") ? TOCSIN_EXT_ICEWS
                      : !strcmp(v, "keds")  ? TOCSIN_EXT_KEDS
                                            : 0;
            }
        } else if (a[0] == '-') {
            fprintf(stderr, "tocsin import: unknown option or missing value '%s' (see --help)\n", a);
            free(files);
            return 2;
        } else {
            files[nf++] = argv[i];
        }
    }
    if (!fmt || !nf) {
        fprintf(stderr, !fmt ? "tocsin import: --format gdelt, icews or keds is required\n"
                             : "tocsin import: no file given\n");
        free(files);
        return 2;
    }
    if (!name)
        name = fmtname;
    int status = 1;
    tocsin_ext_maps *maps = NULL;
    tocsin_store *s = NULL;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (tocsin_ext_load_maps(cli_dict_dir(dict), &maps, &err)) {
        fprintf(stderr, "tocsin import: %s: %s\n", err.file, err.message);
        goto out;
    }
    if (tocsin_store_open(db, TOCSIN_STORE_CREATE, &s, &err) || tocsin_store_begin(s, &err)) {
        fprintf(stderr, "tocsin import: %s: %s\n", err.file, err.message);
        goto out;
    }
    long long added = 0, bad = 0, lines = 0;
    for (int f = 0; f < nf; f++) {
        FILE *in = fopen(files[f], "r");
        if (!in) {
            fprintf(stderr, "tocsin import: cannot open %s\n", files[f]);
            bad++;
            continue;
        }
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        long lineno = 0;
        while ((n = getline(&line, &cap, in)) > 0) {
            lineno++;
            while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                line[--n] = '\0';
            tocsin_ext_event ev;
            memset(&ev, 0, sizeof ev);
            tocsin_error le;
            memset(&le, 0, sizeof le);
            int rc = tocsin_ext_parse_line(maps, fmt, line, (size_t)n, &ev, &le);
            if (rc < 0) {
                if (bad < 20)
                    fprintf(stderr, "tocsin import: %s:%ld: %s\n", files[f], lineno, le.message);
                bad++;
                continue;
            }
            if (rc == 0)
                continue;
            lines++;
            if (!ev.id[0])
                line_id(line, (size_t)n, lineno, ev.id);
            if (tocsin_store_add_external(s, &ev, name, &le)) {
                if (le.code == TOCSIN_EPARSE) {
                    if (bad < 20)
                        fprintf(stderr, "tocsin import: %s:%ld: %s\n", files[f], lineno, le.message);
                    bad++;
                    continue;
                }
                fprintf(stderr, "tocsin import: %s\n", le.message);
                free(line);
                fclose(in);
                goto out;
            }
            added++;
            if (added % 20000 == 0 && (tocsin_store_commit(s, &err) || tocsin_store_begin(s, &err))) {
                fprintf(stderr, "tocsin import: %s\n", err.message);
                free(line);
                fclose(in);
                goto out;
            }
        }
        free(line);
        fclose(in);
    }
    if (tocsin_store_commit(s, &err)) {
        fprintf(stderr, "tocsin import: %s\n", err.message);
        goto out;
    }
    if (bad > 20)
        fprintf(stderr, "tocsin import: ... %lld lines skipped in all\n", bad);
    fprintf(stderr, "tocsin import: %lld events read as '%s' (already stored ones are not added twice); "
                    "%lld lines skipped\n", lines, name, bad);
    status = lines ? 0 : 1;
out:
    tocsin_store_close(s);
    tocsin_ext_free_maps(maps);
    free(files);
    return status;
}
