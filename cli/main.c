/* main.c - tocsin's command dispatch table. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} commands[] = {
    {"code", cmd_code, "code news text into CAMEO events (JSON Lines or TSV)"},
    {"validate", cmd_validate, "score the coder against hand-coded gold sentences"},
    {"dict", cmd_dict, "check the dictionaries (tocsin dict check [DIR])"},
    {"ingest", cmd_ingest, "store articles, deduplicated, with their events (SQLite)"},
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
    fprintf(f, "\nRun 'tocsin COMMAND --help' for a command's options; 'man tocsin' for more.\n");
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
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "tocsin: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return 2;
}
