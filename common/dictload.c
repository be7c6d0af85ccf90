/* dictload.c - dictionary discovery and diagnostics for the subcommands. */

#include "dictload.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TOCSIN_DATADIR
#define TOCSIN_DATADIR "/usr/local/share/tocsin"
#endif

const char *cli_prog = "tocsin";
unsigned long cli_diag_count;
static pthread_mutex_t diag_mu = PTHREAD_MUTEX_INITIALIZER;

static int is_dir(const char *p)
{
    struct stat sb;
    return p && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

const char *cli_beside_exe(const char *rel, char *buf, size_t cap)
{
    size_t rl = strlen(rel);
    if (cap <= rl + 2)
        return NULL;
    ssize_t n = readlink("/proc/self/exe", buf, cap - rl - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return NULL;
    memcpy(slash, rel, rl + 1);
    return buf;
}

const char *cli_dict_dir(const char *given)
{
    static char buf[4096];
    if (given)
        return given;
    const char *env = getenv("TOCSIN_DICT");
    if (env && *env)
        return env;
    /* next to the executable: build/tocsin -> ../dict */
    if (cli_beside_exe("/../dict", buf, sizeof buf) && is_dir(buf))
        return buf;
    if (is_dir(TOCSIN_DATADIR "/dict"))
        return TOCSIN_DATADIR "/dict";
    return "dict";
}

void cli_diag(void *ud, const tocsin_error *e)
{
    (void)ud;
    pthread_mutex_lock(&diag_mu);
    cli_diag_count++;
    if (e->line > 0)
        fprintf(stderr, "%s: %s:%ld: %s\n", cli_prog, e->file, e->line, e->message);
    else if (e->offset >= 0 && !strstr(e->message, "byte"))
        fprintf(stderr, "%s: %s: byte %lld: %s\n", cli_prog, e->file, e->offset, e->message);
    else
        fprintf(stderr, "%s: %s: %s\n", cli_prog, e->file, e->message);
    pthread_mutex_unlock(&diag_mu);
}

const char *cli_dict_add[CLI_MAX_DICT_ADD];
size_t cli_ndict_add;
int cli_dict_add_first;

int cli_take_dict_add(int *argc, char **argv)
{
    int out = 1;
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            while (i < *argc)
                argv[out++] = argv[i++];
            break;
        }
        const char *val = NULL;
        if (!strcmp(a, "--dict-add")) {
            if (i + 1 >= *argc) {
                fprintf(stderr, "%s: --dict-add needs a FILE\n", cli_prog);
                return -1;
            }
            val = argv[++i];
        } else if (!strncmp(a, "--dict-add=", 11)) {
            val = a + 11;
        } else if (!strcmp(a, "--dict-add-first")) {
            cli_dict_add_first = 1;
            continue;
        } else {
            argv[out++] = argv[i];
            continue;
        }
        if (cli_ndict_add >= CLI_MAX_DICT_ADD) {
            fprintf(stderr, "%s: too many --dict-add files (at most %d)\n", cli_prog,
                    CLI_MAX_DICT_ADD);
            return -1;
        }
        cli_dict_add[cli_ndict_add++] = val;
    }
    argv[out] = NULL;
    *argc = out;
    return 0;
}

tocsin_dict *cli_load_dict(const char *given, int quiet_warnings)
{
    const char *dir = cli_dict_dir(given);
    tocsin_dict_options o = {NULL, quiet_warnings ? NULL : cli_diag, NULL,
                             cli_dict_add, cli_ndict_add, cli_dict_add_first};
    /* errors in added files always show: they are the user's own files */
    if (cli_ndict_add && !o.diag)
        o.diag = cli_diag;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    tocsin_dict *d = NULL;
    int rc = tocsin_dict_load(dir, &o, &d, &err);
    if (rc) {
        fprintf(stderr, "%s: cannot load dictionaries from %s: %s%s%s\n", cli_prog,
                err.file[0] ? err.file : dir, err.message[0] ? err.message : tocsin_strerror(rc),
                given ? "" : "\n  (use --dict DIR or set TOCSIN_DICT)", "");
        return NULL;
    }
    return d;
}
