/* cmd_dict.c - tocsin dict check: load and lint the dictionaries (with any
 * --dict-add files); tocsin dict import: TABARI and PETRARCH2 files written
 * out in tocsin's own format, with a report of what converted and why not. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define IMPORT_MAX_FILES 64

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin dict check [DIR] [--dict-add FILE ...] [--dict-add-first]\n"
"       tocsin dict import --from tabari|petrarch FILE... --out DIR [--dict DIR]\n"
"\n"
"check: loads every dictionary file under DIR (default: the dictionaries\n"
"tocsin uses, see tocsin code --help) and the files given with --dict-add\n"
"(TABARI or PETRARCH2 actors, agents, discards or verbs, or tocsin's own\n"
"format), reports each bad line as file:line: message, then counts, the\n"
"load time and, for each added file, what it gave. Exits 1 if any line is\n"
"bad or the folder cannot be loaded.\n"
"\n"
"import: converts TABARI or PETRARCH2 files into tocsin's format:\n"
"DIR/actors/NAME.txt and DIR/verbs/NAME.txt, each line ending with the\n"
"legacy file's line it came from, and DIR/IMPORT-REPORT.txt: per file what\n"
"was converted, merged (already named by tocsin's own dictionaries, which\n"
"win by default), skipped and why, and for verbs the count per CAMEO root.\n"
"Use the result with --dict-add DIR/actors/NAME.txt or edit it.\n"
"The formats are in doc/dictionaries.md.\n");
}

static void print_stats(FILE *f, const char *file, const tocsin_convert_stats *st, int loaded)
{
    fprintf(f, "%s: %s; %zu lines, %zu %s read, %zu converted", file,
            tocsin_dict_format_name(st->format), st->lines, st->records,
            st->format == TOCSIN_FMT_VERBS_TABARI || st->format == TOCSIN_FMT_VERBS_PETRARCH
                ? "verbs and patterns"
                : "records",
            st->converted);
    if (st->phrases)
        fprintf(f, " (%zu phrases, %zu of them coding nothing)", st->phrases, st->nulls);
    fprintf(f, ", %zu lines in tocsin's format", st->out_lines);
    int verbs = st->format == TOCSIN_FMT_VERBS_TABARI || st->format == TOCSIN_FMT_VERBS_PETRARCH ||
                st->format == TOCSIN_FMT_OWN_VERBS;
    if (loaded && verbs)
        fprintf(f, "; merged: %zu patterns new, %zu dropped (their verb has patterns from a source "
                   "that wins)",
                st->added, st->shadowed);
    else if (loaded)
        fprintf(f,
                "; merged: %zu phrases new, %zu dated codes added to names a source of higher "
                "precedence has, %zu dropped (named by a source that wins)",
                st->added, st->filled, st->shadowed);
    fprintf(f, "; %zu skipped, %zu errors\n", st->skipped, st->errors);
    for (int r = 0; r < TOCSIN_LR_COUNT; r++)
        if (st->reason[r])
            fprintf(f, "  skipped %zu: %s (first at %s:%ld)\n", st->reason[r], tocsin_dict_reason(r),
                    file, st->reason_line[r]);
    if (st->century || st->dayfix || st->shortened || st->stems || st->mapped)
        fprintf(f,
                "  repaired: %zu two-digit years read as 19YY (range ran backwards), %zu days past "
                "their month's end, %zu codes in tocsin's conventions (IGOUNO -> UNO, PAL -> PSE), "
                "%zu codes shortened, %zu TABARI verb stems and forms made lemmas with WordNet\n",
                st->century, st->dayfix, st->mapped, st->shortened, st->stems);
    if (st->format != TOCSIN_FMT_VERBS_TABARI && st->format != TOCSIN_FMT_VERBS_PETRARCH)
        return;
    fprintf(f, "  per CAMEO root: converted / not converted (why)\n");
    for (int root = 0; root <= 20; root++) {
        size_t no = 0;
        for (int r = 0; r < TOCSIN_LR_COUNT; r++)
            no += st->root_no[root][r];
        if (!st->root_ok[root] && !no)
            continue;
        if (root)
            fprintf(f, "    %02d: %5zu / %5zu", root, st->root_ok[root], no);
        else
            fprintf(f, "    --: %5zu / %5zu", st->root_ok[root], no);
        const char *sep = "  (";
        for (int r = 0; r < TOCSIN_LR_COUNT; r++)
            if (st->root_no[root][r]) {
                fprintf(f, "%s%zu %s", sep, st->root_no[root][r], tocsin_dict_reason(r));
                sep = "; ";
            }
        fprintf(f, "%s\n", no ? ")" : "");
    }
}

static int check(int argc, char **argv)
{
    const char *dir = NULL;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            dir = argv[++i];
        else if (argv[i][0] == '-') {
            fprintf(stderr, "tocsin dict check: unknown option '%s'\n", argv[i]);
            return 2;
        } else
            dir = argv[i];
    }
    cli_diag_count = 0;
    tocsin_dict *d = cli_load_dict(dir, 0);
    if (!d)
        return 1;
    tocsin_dict_stats st;
    tocsin_dict_get_stats(d, &st);
    printf("%s: %zu files, %zu actor phrases (%zu people), %zu verb patterns for %zu verbs, "
           "%zu words with inflections; WordNet %s; loaded in %.1f ms; %zu bad line%s\n",
           cli_dict_dir(dir), st.files, st.actor_entries, st.people, st.verb_patterns, st.verbs,
           st.words, st.wordnet ? "used" : "NOT found", st.load_ms, st.errors,
           st.errors == 1 ? "" : "s");
    for (size_t i = 0; i < cli_ndict_add; i++) {
        tocsin_convert_stats xs;
        if (!tocsin_dict_extra_stats(d, i, &xs))
            print_stats(stdout, cli_dict_add[i], &xs, 1);
    }
    tocsin_dict_free(d);
    return st.errors ? 1 : 0;
}

/* ---- import ---- */

typedef struct out_ctx {
    FILE *f[2]; /* actors, verbs */
    char path[2][4096];
    const char *dir, *base, *src;
    int err;
} out_ctx;

static int mkdir_p(const char *p)
{
    return mkdir(p, 0777) == 0 || errno == EEXIST ? 0 : -1;
}

static int write_line(void *ud, int section, const char *line, size_t n, long src_line)
{
    out_ctx *o = ud;
    int k = section == 'v';
    if (!o->f[k]) {
        snprintf(o->path[k], sizeof o->path[k], "%s/%s", o->dir, k ? "verbs" : "actors");
        if (mkdir_p(o->path[k])) {
            fprintf(stderr, "tocsin dict import: cannot create %s: %s\n", o->path[k], strerror(errno));
            o->err = 1;
            return 1;
        }
        size_t bl = strlen(o->base);
        snprintf(o->path[k], sizeof o->path[k], "%s/%s/%s%s", o->dir, k ? "verbs" : "actors", o->base,
                 bl > 4 && !strcmp(o->base + bl - 4, ".txt") ? "" : ".txt");
        o->f[k] = fopen(o->path[k], "w");
        if (!o->f[k]) {
            fprintf(stderr, "tocsin dict import: cannot write %s: %s\n", o->path[k], strerror(errno));
            o->err = 1;
            return 1;
        }
        fprintf(o->f[k],
                "# Converted by tocsin dict import from %s.\n"
                "# Each line ends with the line of that file it comes from. Format: doc/dictionaries.md.\n"
                "\n",
                o->src);
    }
    fprintf(o->f[k], "%.*s    # %s:%ld\n", (int)n, line, o->base, src_line);
    return 0;
}

static int import(int argc, char **argv)
{
    const char *from = NULL, *out = NULL, *dict = NULL;
    const char *files[IMPORT_MAX_FILES];
    size_t nfiles = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--from") && i + 1 < argc)
            from = argv[++i];
        else if (!strcmp(argv[i], "--out") && i + 1 < argc)
            out = argv[++i];
        else if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            dict = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "tocsin dict import: unknown option '%s'\n", argv[i]);
            return 2;
        } else if (nfiles < IMPORT_MAX_FILES) {
            files[nfiles++] = argv[i];
        } else {
            fprintf(stderr, "tocsin dict import: too many files (at most %d)\n", IMPORT_MAX_FILES);
            return 2;
        }
    }
    if (!from || (strcmp(from, "tabari") && strcmp(from, "petrarch")) || !out || !nfiles) {
        fprintf(stderr, "usage: tocsin dict import --from tabari|petrarch FILE... --out DIR\n");
        return 2;
    }
    if (mkdir_p(out)) {
        fprintf(stderr, "tocsin dict import: cannot create %s: %s\n", out, strerror(errno));
        return 1;
    }
    char rpath[4096];
    snprintf(rpath, sizeof rpath, "%s/IMPORT-REPORT.txt", out);
    FILE *rep = fopen(rpath, "w");
    if (!rep) {
        fprintf(stderr, "tocsin dict import: cannot write %s: %s\n", rpath, strerror(errno));
        return 1;
    }
    const char *wn = getenv("TOCSIN_WORDNET");
    int status = 0;
    tocsin_convert_stats *st = calloc(nfiles, sizeof *st);
    char(*written)[4096] = calloc(nfiles * 2, sizeof *written);
    size_t nwritten = 0;
    if (!st || !written) {
        fclose(rep);
        free(st);
        free(written);
        return 1;
    }
    for (size_t i = 0; i < nfiles; i++) {
        const char *slash = strrchr(files[i], '/');
        out_ctx o = {{NULL, NULL}, {"", ""}, out, slash ? slash + 1 : files[i], files[i], 0};
        tocsin_error err;
        memset(&err, 0, sizeof err);
        int rc = tocsin_dict_convert(files[i], from[0], wn ? wn : "/usr/share/wordnet", write_line, &o,
                                     &st[i], cli_diag, NULL, &err);
        for (int k = 0; k < 2; k++)
            if (o.f[k]) {
                if (fclose(o.f[k]))
                    o.err = 1;
                else
                    snprintf(written[nwritten++], sizeof written[0], "%s", o.path[k]);
            }
        if (rc && !o.err) {
            fprintf(stderr, "tocsin dict import: %s: %s\n", err.file[0] ? err.file : files[i],
                    err.message[0] ? err.message : tocsin_strerror(rc));
            status = 1;
        }
        if (o.err)
            status = 1;
        if (st[i].errors)
            status = 1;
    }
    /* merged: load tocsin's own dictionaries with each converted file added
       alone; what they already name is what the default precedence leaves
       out or fills in */
    tocsin_convert_stats *ms = calloc(nwritten ? nwritten : 1, sizeof *ms);
    if (!ms) {
        fclose(rep);
        free(st);
        free(written);
        return 1;
    }
    for (size_t i = 0; i < nwritten; i++) {
        const char *add[1] = {written[i]};
        tocsin_dict_options lo = {NULL, cli_diag, NULL, add, 1, 0};
        tocsin_dict *d = NULL;
        tocsin_error err;
        memset(&err, 0, sizeof err);
        int lrc = tocsin_dict_load(cli_dict_dir(dict), &lo, &d, &err);
        if (lrc) {
            fprintf(stderr, "tocsin dict import: %s does not load: %s: %s\n", written[i], err.file,
                    err.message);
            status = 1;
        } else {
            tocsin_dict_extra_stats(d, 0, &ms[i]);
            if (ms[i].errors)
                status = 1;
        }
        tocsin_dict_free(d);
    }
    FILE *outs[2] = {stdout, rep};
    for (int k = 0; k < 2; k++) {
        fprintf(outs[k], "tocsin dict import --from %s: %zu file%s into %s\n", from, nfiles,
                nfiles == 1 ? "" : "s", out);
        for (size_t i = 0; i < nfiles; i++)
            print_stats(outs[k], files[i], &st[i], 0);
        for (size_t i = 0; i < nwritten; i++) {
            const tocsin_convert_stats xs = ms[i];
            if (xs.format == TOCSIN_FMT_OWN_VERBS)
                fprintf(outs[k],
                        "%s: loads beside %s: %zu patterns new (verbs tocsin lacks), %zu dropped "
                        "(verbs tocsin has: its own patterns win); %zu bad lines\n",
                        written[i], cli_dict_dir(dict), xs.added, xs.shadowed, xs.errors);
            else if (xs.format)
                fprintf(outs[k],
                        "%s: loads beside %s: %zu phrases new; merged with names tocsin's own "
                        "dictionaries have: %zu dated codes fill the dates they leave open, %zu "
                        "dropped (tocsin's own win); %zu bad lines\n",
                        written[i], cli_dict_dir(dict), xs.added, xs.filled, xs.shadowed, xs.errors);
        }
    }
    free(ms);
    if (fclose(rep))
        status = 1;
    free(st);
    free(written);
    return status;
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "check"))
        return check(argc, argv);
    if (!strcmp(argv[1], "import"))
        return import(argc, argv);
    fprintf(stderr, "tocsin dict: unknown subcommand '%s' (try: tocsin dict check, tocsin dict import)\n",
            argv[1]);
    return 2;
}
