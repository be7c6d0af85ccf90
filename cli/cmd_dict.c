/* cmd_dict.c - tocsin dict check: load and lint the dictionaries. */
#include "cli.h"

#include <string.h>

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin dict check [DIR]\n"
"\n"
"Loads every dictionary file under DIR (default: the dictionaries tocsin\n"
"uses, see tocsin code --help) and reports each bad line as file:line:\n"
"message. Prints counts and the load time. Exits 1 if any line is bad or\n"
"the folder cannot be loaded. The file format is in doc/dictionaries.md.\n");
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        help(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "check")) {
        fprintf(stderr, "tocsin dict: unknown subcommand '%s' (try: tocsin dict check)\n", argv[1]);
        return 2;
    }
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
    tocsin_dict_free(d);
    return st.errors ? 1 : 0;
}
