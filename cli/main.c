/* main.c - tocsin's command dispatch table. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} commands[] = {
    {"code", cmd_code, "code news text into CAMEO events (JSON Lines or TSV)"},
    {"validate", cmd_validate, "score the coder against hand-coded gold sentences"},
    {"dict", cmd_dict, "check the dictionaries (tocsin dict check [DIR])"},
    {"ingest", cmd_ingest, "store articles, deduplicated, with their events (SQLite, PostgreSQL)"},
    {"events", cmd_events, "query stored events by dyad, actor, dates and code"},
    {"show", cmd_show, "one event with its evidence and sources"},
    {"stories", cmd_stories, "deduplicated stories and their sources"},
    {"watch", cmd_watch, "poll RSS/Atom feeds and ingest new articles"},
    {"import", cmd_import, "bring GDELT, ICEWS or KEDS event data into the database"},
    {"export", cmd_export, "write stored events as GDELT, PLOVER or CAMEO columns"},
    {"ladder", cmd_ladder, "a dyad's escalation ladder over time"},
    {"alerts", cmd_alerts, "what escalated in a window, ranked, with evidence"},
    {"eval-alerts", cmd_eval_alerts, "score the alerts against known escalation episodes"},
    {"network", cmd_network, "the actor graph of cooperation and hostility"},
    {"chart", cmd_chart, "draw a dyad's ladder as PNG or SVG (gnuplot)"},
    {"report", cmd_report, "a one-page HTML brief: alerts, evidence, ladders, network"},
    {"serve", cmd_serve, "the JSON HTTP API and the dashboard (read-only)"},
    {"copy", cmd_copy, "copy a database into another (SQLite, PostgreSQL, either way)"},
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tocsin COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "tocsin turns news text into CAMEO-coded events (who did what to whom,\n"
            "when) with the evidence sentence behind each.\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fprintf(f,
            "\nEvery command that reads dictionaries also takes --dict-add FILE (repeatable):\n"
            "a TABARI or PETRARCH2 actor, agent, discard or verb file, or one in tocsin's\n"
            "own format, merged after tocsin's own (--dict-add-first: before them);\n"
            "see doc/dictionaries.md.\n");
    fprintf(f, "\nEvery command that takes --db PATH also takes a PostgreSQL URI there\n"
               "(postgresql://USER@HOST/DB); TOCSIN_DB names the database when --db is not given.\n");
    fprintf(f, "\nRun 'tocsin COMMAND --help' for a command's options; 'man tocsin' for more.\n");
}

/* The commands that take --db: with TOCSIN_DB set, "--db $TOCSIN_DB" goes
 * before their own arguments, so that a --db given there still wins. */
static const char *const db_commands[] = {"ingest", "events", "show", "stories", "watch", "import", "export",
                                          "ladder", "alerts", "eval-alerts", "network", "chart", "report",
                                          "serve", NULL};

static char **with_env_db(int *argc, char **argv)
{
    const char *env = getenv("TOCSIN_DB");
    if (!env || !*env || *argc < 2)
        return argv;
    int takes = 0;
    for (int i = 0; db_commands[i] && !takes; i++)
        takes = !strcmp(argv[1], db_commands[i]);
    char **v = takes ? malloc(((size_t)*argc + 3) * sizeof *v) : NULL;
    if (!v)
        return argv;
    v[0] = argv[0];
    v[1] = argv[1];
    v[2] = "--db";
    v[3] = (char *)env;
    for (int i = 2; i <= *argc; i++) /* and argv's closing NULL */
        v[i + 2] = argv[i];
    *argc += 2;
    return v; /* freed by main after the command */
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("tocsin %s\n", TOCSIN_VERSION);
        return 0;
    }
    /* --dict-add FILE works with every command that loads dictionaries */
    if (cli_take_dict_add(&argc, argv))
        return 2;
    char **given = argv;
    argv = with_env_db(&argc, argv);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name)) {
            int rc = commands[i].fn(argc - 1, argv + 1);
            if (argv != given)
                free(argv);
            return rc;
        }
    fprintf(stderr, "tocsin: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return 2;
}
