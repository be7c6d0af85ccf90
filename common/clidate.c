/* clidate.c - command-line dates through tocsin_date_parse. */
#include "clidate.h"

#include "tocsin/date.h"

#include <stdio.h>
#include <string.h>

#define CLI_DATES 16 /* results kept at once: a command takes a few date options */

const char *cli_date(const char *prog, const char *opt, const char *val)
{
    static char ring[CLI_DATES][11];
    static unsigned next;
    long d;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    if (!val || tocsin_date_parse(val, strlen(val), &d, &err)) {
        fprintf(stderr, "%s: %s: %s\n", prog, opt, val ? err.message : "needs a date");
        return NULL;
    }
    char *out = ring[next++ % CLI_DATES];
    tocsin_date_format(d, out);
    return out;
}
