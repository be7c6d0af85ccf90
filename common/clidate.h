/* clidate.h - dates given on the command line (--date, --since, --until):
 * any form the library's one date parser reads (2024-07-01, 20240701,
 * "1 July 2024", "Mon, 01 Jul 2024 10:00:00 +0000"), checked and written
 * back as YYYY-MM-DD. */
#ifndef TOCSIN_CLI_CLIDATE_H
#define TOCSIN_CLI_CLIDATE_H

/* The date val of option opt as YYYY-MM-DD, in static storage that holds
 * the last 16 results; NULL after printing "prog: opt: why" to stderr
 * (an impossible day such as 2024-02-30 included). */
const char *cli_date(const char *prog, const char *opt, const char *val);

#endif
