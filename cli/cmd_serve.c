/* cmd_serve.c - tocsin serve: the JSON HTTP API and the dashboard's files
 * over libmicrohttpd (its internal thread pool, epoll where there is one),
 * with timeouts and memory caps per connection. Stops cleanly on SIGINT and
 * SIGTERM. The requests themselves are answered in api.c. */
#include "server/api.h"
#include "cli.h"
#include "common/names.h"
#include "server/dbwatch.h"
#include "server/webfiles.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define CONN_MEMORY (32u * 1024u) /* request line and headers must fit: else 414 / 431 */
#define MAX_CONNECTIONS 1000u
#define MAX_PER_CLIENT 64u        /* connections one client address may hold (slowloris) */
#define MAX_ALLOW_HOSTS 32
#define POLL_MS 250               /* how often the database's version is read */

static void help(FILE *f)
{
    fprintf(f,
"usage: tocsin serve [OPTIONS]\n"
"\n"
"Serves the database over HTTP: the JSON API (/api/v1/status, events,\n"
"events/ID, stories, stories/ID, dyads, ladder, alerts, network; see\n"
"doc/api.md) and the dashboard's files. Answers GET and HEAD only; nothing\n"
"is ever written through it. The analytics' per-day aggregates are brought\n"
"up to date when the database file is writable (as tocsin alerts does);\n"
"tocsin ingest or tocsin watch may add to the database meanwhile, and new\n"
"data shows within a second. Stops on Ctrl-C (SIGINT) or SIGTERM. One client\n"
"address holds at most %u connections at a time.\n"
"\n"
"options:\n"
"      --db PATH          database (default ./tocsin.db)\n"
"      --listen ADDR      [HOST:]PORT to listen on (default 127.0.0.1:8080;\n"
"                         [::1]:8080 for IPv6; port 0 picks a free one).\n"
"                         Anything but a loopback address exposes the data.\n"
"      --web DIR          the dashboard's files (default $TOCSIN_WEB, else\n"
"                         web/ next to the executable, else %s/web)\n"
"      --threads N        worker threads (default: one per CPU core)\n"
"      --timeout SECONDS  close connections idle this long (default 10)\n"
"      --allow-host NAME  also answer requests for this host name (repeatable);\n"
"                         by default only the listening address and localhost\n"
"                         are answered, others get 421 (against DNS rebinding)\n"
"      --writable         mark the API writable in /api/v1/status; API v1 has\n"
"                         no write endpoint, so this changes nothing else\n"
"      --dict DIR         dictionary folder (for ladder.txt and the names of codes)\n"
"      --ladder FILE      the escalation ladder (default DICT/ladder.txt)\n"
"  -v, --verbose          one line per request on stderr\n"
"  -h, --help             this help\n", MAX_PER_CLIENT, TOCSIN_DATADIR);
}

static int verbose_log, started;

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    if (started && !verbose_log)
        return; /* clients that go away are no news */
    fputs("tocsin serve: ", stderr);
    vfprintf(stderr, fmt, ap);
    if (!*fmt || fmt[strlen(fmt) - 1] != '\n')
        fputc('\n', stderr);
}

/* [HOST:]PORT, [V6]:PORT -> an address to bind */
static int parse_listen(const char *spec, struct sockaddr_storage *sa, socklen_t *len, char *shown, size_t cap)
{
    char host[256] = "127.0.0.1", port[16];
    const char *colon = strrchr(spec, ':');
    if (spec[0] == '[') {
        const char *close = strchr(spec, ']');
        if (!close || close[1] != ':' || close - spec - 1 <= 0 || close - spec - 1 >= (long)sizeof host)
            return -1;
        snprintf(host, sizeof host, "%.*s", (int)(close - spec - 1), spec + 1);
        colon = close + 1;
    } else if (colon) {
        if (colon == spec || colon - spec >= (long)sizeof host)
            return -1;
        snprintf(host, sizeof host, "%.*s", (int)(colon - spec), spec);
    }
    const char *p = colon ? colon + 1 : spec;
    char *end;
    long v = strtol(p, &end, 10);
    if (!*p || *end || v < 0 || v > 65535)
        return -1;
    snprintf(port, sizeof port, "%ld", v);
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    if (getaddrinfo(host, port, &hints, &res) || !res)
        return -1;
    memcpy(sa, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    char num[INET6_ADDRSTRLEN] = "?";
    if (sa->ss_family == AF_INET6)
        inet_ntop(AF_INET6, &((struct sockaddr_in6 *)sa)->sin6_addr, num, sizeof num);
    else
        inet_ntop(AF_INET, &((struct sockaddr_in *)sa)->sin_addr, num, sizeof num);
    snprintf(shown, cap, sa->ss_family == AF_INET6 ? "[%s]" : "%s", num);
    return 0;
}

static int loopback(const struct sockaddr_storage *sa)
{
    if (sa->ss_family == AF_INET)
        return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
    const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
    static const unsigned char one[16] = {[15] = 1};
    return !memcmp(a->s6_addr, one, 16);
}

static int positive(const char *v, long max, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || *end || x < 1 || x > max)
        return -1;
    *out = x;
    return 0;
}

int cmd_serve(int argc, char **argv)
{
    const char *db = "tocsin.db", *listen_at = "127.0.0.1:8080", *web = NULL, *dict = NULL, *ladder = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN), timeout = 10;
    int writable = 0, nallow = 0;
    const char *allow[MAX_ALLOW_HOSTS];
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help(stdout);
            return 0;
        }
        if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            verbose_log = 1;
            continue;
        }
        if (!strcmp(a, "--writable")) {
            writable = 1;
            continue;
        }
        if (a[0] != '-') {
            fprintf(stderr, "tocsin serve: unexpected argument '%s' (see --help)\n", a);
            return 2;
        }
        if (!v) {
            fprintf(stderr, "tocsin serve: option %s needs a value\n", a);
            return 2;
        }
        i++;
        if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--listen"))
            listen_at = v;
        else if (!strcmp(a, "--web"))
            web = v;
        else if (!strcmp(a, "--dict"))
            dict = v;
        else if (!strcmp(a, "--ladder"))
            ladder = v;
        else if (!strcmp(a, "--allow-host")) {
            if (nallow == MAX_ALLOW_HOSTS || !*v || strlen(v) > API_MAX_HOST || strpbrk(v, ":/ \t")) {
                fprintf(stderr, "tocsin serve: --allow-host wants a host name without port (at most %d)\n",
                        MAX_ALLOW_HOSTS);
                return 2;
            }
            allow[nallow++] = v;
        }
        else if (!strcmp(a, "--threads")) {
            if (positive(v, 256, &threads)) {
                fprintf(stderr, "tocsin serve: --threads wants a number from 1 to 256\n");
                return 2;
            }
        } else if (!strcmp(a, "--timeout")) {
            if (positive(v, 3600, &timeout)) {
                fprintf(stderr, "tocsin serve: --timeout wants seconds, 1 to 3600\n");
                return 2;
            }
        } else {
            fprintf(stderr, "tocsin serve: unknown option '%s' (see --help)\n", a);
            return 2;
        }
    }
    if (threads < 1)
        threads = 1;
    struct sockaddr_storage sa;
    socklen_t salen = 0;
    char host[INET6_ADDRSTRLEN + 2];
    memset(&sa, 0, sizeof sa);
    if (parse_listen(listen_at, &sa, &salen, host, sizeof host)) {
        fprintf(stderr, "tocsin serve: --listen wants [HOST:]PORT, e.g. 127.0.0.1:8080 ('%s')\n", listen_at);
        return 2;
    }

    /* the signals are taken by sigwait below: block them before any thread starts */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    int rc = 1;
    tocsin_ladder *lad = NULL;
    dbwatch *watch = NULL;
    webfiles *files = NULL;
    api_server *api = NULL;
    struct MHD_Daemon *d = NULL;
    int lsock = -1;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    char path[4096];
    fe_names_dir(dict);
    fe_names(); /* loaded once, before the threads start */
    if (!ladder) {
        snprintf(path, sizeof path, "%s/ladder.txt", cli_dict_dir(dict));
        ladder = path;
    }
    if (tocsin_ladder_load(ladder, &lad, &err)) {
        fprintf(stderr, "tocsin serve: %s: %s\n", err.file[0] ? err.file : ladder, err.message);
        goto out;
    }
    if (dbwatch_start("tocsin serve", db, lad, POLL_MS, verbose_log, &watch))
        goto out;
    files = webfiles_open(web);
    int any = sa.ss_family == AF_INET6
                  ? !memcmp(&((struct sockaddr_in6 *)&sa)->sin6_addr, &in6addr_any, sizeof in6addr_any)
                  : ((struct sockaddr_in *)&sa)->sin_addr.s_addr == htonl(INADDR_ANY);
    /* the socket is ours, so a refusal names the real address and reason */
    lsock = socket(sa.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int yes = 1;
    if (lsock >= 0)
        setsockopt(lsock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (lsock < 0 || bind(lsock, (struct sockaddr *)&sa, salen) || listen(lsock, 128)) {
        fprintf(stderr, "tocsin serve: cannot listen on %s: %s\n", listen_at,
                errno == EADDRINUSE ? "address already in use" : strerror(errno));
        goto out;
    }
    struct sockaddr_storage bound;
    socklen_t blen = sizeof bound;
    unsigned port = 0;
    if (!getsockname(lsock, (struct sockaddr *)&bound, &blen))
        port = ntohs(bound.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&bound)->sin6_port
                                                 : ((struct sockaddr_in *)&bound)->sin_port);
    api_config cfg = {db, lad, watch, files, writable, verbose_log, host, any, port, allow, nallow};
    api = files ? api_new(&cfg) : NULL;
    if (!api) {
        fprintf(stderr, "tocsin serve: out of memory\n");
        goto out;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG |
                     (MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES ? MHD_USE_EPOLL : MHD_USE_POLL) |
                     (sa.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0);
    unsigned pool = threads > 1 ? (unsigned)threads : 0;
    d = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, api_answer, api,
                         MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
                         MHD_OPTION_LISTEN_SOCKET, lsock,
                         MHD_OPTION_THREAD_POOL_SIZE, pool,
                         MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)timeout,
                         MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONN_MEMORY,
                         MHD_OPTION_CONNECTION_LIMIT, MAX_CONNECTIONS,
                         MHD_OPTION_PER_IP_CONNECTION_LIMIT, MAX_PER_CLIENT,
                         MHD_OPTION_URI_LOG_CALLBACK, api_begin, api,
                         MHD_OPTION_NOTIFY_COMPLETED, api_end, api,
                         MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "tocsin serve: cannot serve on %s:%u\n", host, port);
        goto out;
    }
    lsock = -1; /* the daemon's now */
    started = 1;
    fprintf(stderr, "tocsin serve: listening on http://%s:%u/ (db %s, %s)\n", host, port, db,
            writable ? "writable" : "read-only");
    if (!dbwatch_refreshing(watch))
        fprintf(stderr, "tocsin serve: the database cannot be written here; analytics use its aggregates as they are\n");
    if (webfiles_present(files))
        fprintf(stderr, "tocsin serve: dashboard from %s\n", webfiles_dir(files));
    else
        fprintf(stderr, "tocsin serve: no dashboard in %s (make web builds it); the API works without it\n",
                webfiles_dir(files));
    if (!loopback(&sa))
        fprintf(stderr, "tocsin serve: warning: %s is not a loopback address; whoever reaches it reads the database\n",
                host);
    fflush(stderr);
    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "tocsin serve: %s, stopping\n", sig == SIGINT ? "interrupted" : "terminated");
    rc = 0;
out:
    if (d)
        MHD_stop_daemon(d); /* joins the workers; their connections close */
    if (lsock >= 0)
        close(lsock);
    api_free(api);
    dbwatch_stop(watch);
    webfiles_free(files);
    tocsin_ladder_free(lad);
    return rc;
}
