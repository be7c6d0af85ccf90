/* cmd_code.c - tocsin code: read text, JSON Lines or stdin, write events. */
#include "cli.h"
#include "common/clidate.h"
#include "tocsin/pipeline.h"
#include "tocsin/reader.h"

#include <errno.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin code [OPTIONS] [FILE|DIR|-]...\n"
"\n"
"Codes news text into CAMEO events, one per line on standard output.\n"
"Inputs: plain-text files (one article each; the first line may be a\n"
"headline), directories of them (recursive), JSON Lines files (one article\n"
"per line with id, date, source, url, title, text), saved web pages (main\n"
"text, headline and date taken from the markup), or standard input ('-',\n"
"the default). Format is detected from the extension (.jsonl, .ndjson,\n"
".json, .html, .htm) or the first bytes ('{', '<!DOCTYPE html', '<html').\n"
"\n"
"options:\n"
"  -f, --format json|tsv   output format (default json)\n"
"      --header            with tsv, print a header line first\n"
"      --explain           for each event, the sentence with its source [..]S,\n"
"                          verb <..>V and target [..]T marked, the flags, and the\n"
"                          verb pattern that produced it (dictionary file:line),\n"
"                          and the grammar's rule when one made the event or\n"
"                          found its target\n"
"  -d, --date DATE         article date when a record has none (2024-07-01,\n"
"                          1 July 2024, ...; selects dated actors: Biden is\n"
"                          USAGOV 2021-01-20..2025-01-20)\n"
"  -j, --jobs N            code on N threads, output in input order (default 1)\n"
"      --dict DIR          dictionary folder (default: $TOCSIN_DICT, the\n"
"                          installed one, or dict/ beside the build)\n"
"      --input text|jsonl|html  force the input format\n"
"      --all               also emit negated and hypothetical events, flagged\n"
"      --keep-boilerplate  do not drop page furniture (bylines, share boxes)\n"
"      --ngo               also emit events of non-governmental organisations\n"
"                          (source or target NGO: Amnesty, the Red Cross ...);\n"
"                          by default an NGO's statement is attribution, as in\n"
"                          hand-coded event data: the event it reports is coded\n"
"  -q, --quiet             no summary on standard error\n"
"  -h, --help              this help\n"
"\n"
"JSON fields: doc, sentence (0-based index in the document), offset and\n"
"length (bytes of the sentence in the document text), date (the article's),\n"
"when (the event's own time as its clause gives it, resolved against the\n"
"article date: 2024-11-05, 2024-04, 2015 or an interval 2022-05-01/2024-11-06;\n"
"else the article date), source, target\n"
"(null when none), code (CAMEO, 2-4 digits), root, quad (1 verbal coop,\n"
"2 material coop, 3 verbal conflict, 4 material conflict), goldstein,\n"
"source_text, verb_text, target_text (the matched words), flags (negated,\n"
"attributed, intent, passive, symmetric, resolved, hypothetical, retold: its\n"
"time lies over 60 days before the article), text (the evidence sentence)\n"
"and where (the place: type 1 country, 2 US state, 3 US city, 4 world city,\n"
"5 region; name, country ISO3 and country2 ISO2, adm1 ISO 3166-2, lat, lon,\n"
"feature; null when unknown; type 0 a name the gazetteer lacks). TSV columns\n"
"are the same, in that order, where as geo_type, geo_name, geo_country,\n"
"geo_adm1, geo_lat, geo_lon, geo_feature.\n"
"\n"
"Exit status: 0 when every named input was read (even with warnings), 1\n"
"when nothing could be coded or a named file or folder could not be read\n"
"(the others are still coded), 2 on a usage error.\n");
}

static int write_out(void *ud, const char *p, size_t n)
{
    FILE *f = ud;
    return fwrite(p, 1, n, f) != n;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int cmd_code(int argc, char **argv)
{
    const char *dict = NULL, *date = NULL;
    tocsin_format fmt = TOCSIN_FORMAT_JSON;
    tocsin_input_format in = TOCSIN_INPUT_AUTO;
    int jobs = 1, header = 0, quiet = 0;
    unsigned opts = 0;
    int nin = 0;
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    if (!inputs)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = (i + 1 < argc) ? argv[i + 1] : NULL;
#define NEED()                                                                            \
    do {                                                                                  \
        if (!val) {                                                                       \
            fprintf(stderr, "tocsin code: option %s needs a value\n", a);                 \
            free(inputs);                                                                 \
            return 2;                                                                     \
        }                                                                                 \
        i++;                                                                              \
    } while (0)
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            free(inputs);
            return 0;
        } else if (!strcmp(a, "-f") || !strcmp(a, "--format")) {
            NEED();
            if (!strcmp(val, "json") || !strcmp(val, "jsonl"))
                fmt = TOCSIN_FORMAT_JSON;
            else if (!strcmp(val, "tsv"))
                fmt = TOCSIN_FORMAT_TSV;
            else {
                fprintf(stderr, "tocsin code: unknown format '%s' (json or tsv)\n", val);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--header")) {
            header = 1;
        } else if (!strcmp(a, "--explain")) {
            fmt = TOCSIN_FORMAT_EXPLAIN;
        } else if (!strcmp(a, "-d") || !strcmp(a, "--date")) {
            NEED();
            if (!(date = cli_date("tocsin code", a, val))) {
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
            NEED();
            char *end;
            errno = 0;
            long j = strtol(val, &end, 10);
            if (errno || *end || j < 1 || j > 256) {
                fprintf(stderr, "tocsin code: --jobs wants a number from 1 to 256\n");
                free(inputs);
                return 2;
            }
            jobs = (int)j;
        } else if (!strcmp(a, "--dict")) {
            NEED();
            dict = val;
        } else if (!strcmp(a, "--input")) {
            NEED();
            if (!strcmp(val, "text"))
                in = TOCSIN_INPUT_TEXT;
            else if (!strcmp(val, "jsonl"))
                in = TOCSIN_INPUT_JSONL;
            else if (!strcmp(val, "html"))
                in = TOCSIN_INPUT_HTML;
            else {
                fprintf(stderr, "tocsin code: unknown input format '%s' (text, jsonl or html)\n", val);
                free(inputs);
                return 2;
            }
        } else if (!strcmp(a, "--all")) {
            opts |= TOCSIN_CODE_ALL;
        } else if (!strcmp(a, "--keep-boilerplate")) {
            opts |= TOCSIN_CODE_NO_BOILER;
        } else if (!strcmp(a, "--ngo")) {
            opts |= TOCSIN_CODE_NGO;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "tocsin code: unknown option '%s' (see tocsin code --help)\n", a);
            free(inputs);
            return 2;
        } else {
            inputs[nin++] = argv[i];
        }
    }
    if (nin == 0)
        inputs[nin++] = "-";
    double t0 = now();
    tocsin_dict *d = cli_load_dict(dict, 0);
    if (!d) {
        free(inputs);
        return 1;
    }
    double t1 = now();
    tocsin_pipeline_options po = {jobs, opts, fmt, write_out, stdout, cli_diag, NULL};
    tocsin_pipeline *p = NULL;
    if (tocsin_pipeline_new(d, &po, &p)) {
        fprintf(stderr, "tocsin code: out of memory\n");
        tocsin_dict_free(d);
        free(inputs);
        return 1;
    }
    if (header && fmt == TOCSIN_FORMAT_TSV)
        fputs(tocsin_tsv_header(), stdout);
    tocsin_doc_sink sink = tocsin_pipeline_sink(p);
    tocsin_read_options ro = {in, date, cli_diag, NULL};
    tocsin_read_stats rs;
    memset(&rs, 0, sizeof rs);
    int failed = 0, fatal = 0;
    for (int i = 0; i < nin && !fatal; i++) {
        int rc = tocsin_read_path(inputs[i], &ro, &sink, &rs);
        if (rc == TOCSIN_ENOTFOUND || rc == TOCSIN_EIO)
            failed++;
        else if (rc) {
            fprintf(stderr, "tocsin code: %s: %s\n", inputs[i], tocsin_strerror(rc));
            fatal = 1;
        }
    }
    tocsin_coder_stats cs;
    memset(&cs, 0, sizeof cs);
    int rc = tocsin_pipeline_finish(p, &cs);
    tocsin_pipeline_free(p);
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "tocsin code: error writing output\n");
        rc = TOCSIN_EIO;
    }
    double t2 = now();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    if (!quiet)
        fprintf(stderr,
                "tocsin code: %llu document%s, %llu sentences, %llu events in %.2f s "
                "(dictionaries %.1f ms; %llu repeated sentences and %llu boilerplate lines "
                "skipped; peak RSS %.1f MiB)\n",
                (unsigned long long)cs.documents, cs.documents == 1 ? "" : "s",
                (unsigned long long)cs.sentences, (unsigned long long)cs.events, t2 - t1,
                (t1 - t0) * 1e3, (unsigned long long)cs.repeated, (unsigned long long)cs.boiler,
                ru.ru_maxrss / 1024.0);
    tocsin_dict_free(d);
    free(inputs);
    if (rc || fatal)
        return 1;
    if (cs.documents == 0) {
        fprintf(stderr, "tocsin code: nothing could be coded\n");
        return 1;
    }
    if (failed) {
        fprintf(stderr, "tocsin code: %d input%s could not be read (see above)\n", failed, failed == 1 ? "" : "s");
        return 1;
    }
    return 0;
}
