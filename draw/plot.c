/* plot.c - the ladder chart, drawn by gnuplot fed through a pipe (see plot.h). */
#include "plot.h"

#include "common/names.h"

#include "tocsin/date.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define PLOT_MAX_POINTS 40000 /* a century by day; the picture is 1200 pixels wide */
#define PLOT_MAX_MARKS 64     /* alerts drawn on one chart */
#define PLOT_MAX_TICKS 40
#define DAY 86400L

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* ---- small helpers ---- */

plot_format plot_format_of(const char *path)
{
    size_t n = path ? strlen(path) : 0;
    if (n < 5 || path[n - 4] != '.')
        return PLOT_NONE;
    char ext[4];
    for (int i = 0; i < 3; i++) {
        char c = path[n - 3 + i];
        ext[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    ext[3] = '\0';
    return !strcmp(ext, "png") ? PLOT_PNG : !strcmp(ext, "svg") ? PLOT_SVG : PLOT_NONE;
}

int plot_actor_ok(const char *code)
{
    size_t n = code ? strlen(code) : 0;
    if (n < 3 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (code[i] < 'A' || code[i] > 'Z')
            return 0;
    return 1;
}

int plot_have_program(const char *name)
{
    const char *path = getenv("PATH");
    if (!path || !*path)
        path = "/usr/bin:/bin";
    char buf[4096];
    while (*path) {
        const char *colon = strchr(path, ':');
        size_t len = colon ? (size_t)(colon - path) : strlen(path);
        if (len + strlen(name) + 2 < sizeof buf) {
            if (len)
                memcpy(buf, path, len);
            else
                buf[len++] = '.'; /* an empty entry is the current folder */
            snprintf(buf + len, sizeof buf - len, "/%s", name);
            struct stat sb;
            if (stat(buf, &sb) == 0 && S_ISREG(sb.st_mode) && access(buf, X_OK) == 0)
                return 1;
        }
        if (!colon)
            break;
        path = colon + 1;
    }
    return 0;
}

int plot_writable(const char *prog, const char *path, int *created)
{
    *created = access(path, F_OK) != 0;
    FILE *f = fopen(path, "a");
    if (!f) {
        fprintf(stderr, "%s: cannot write %s: %s\n", prog, path, strerror(errno));
        return 0;
    }
    fclose(f);
    return 1;
}

int plot_alert_matches(const tocsin_alert *al, const char *a, const char *b)
{
    if (strlen(al->actor_a) < 3 || strlen(al->actor_b) < 3)
        return 0;
    return (!strncmp(al->actor_a, a, 3) && !strncmp(al->actor_b, b, 3)) ||
           (!strncmp(al->actor_a, b, 3) && !strncmp(al->actor_b, a, 3));
}

/* YYYY-MM-DD -> days; -1 on a malformed date */
static int parse_day(const char *s, long *out)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    int v[3] = {0, 0, 0}, idx[3][2] = {{0, 4}, {5, 2}, {8, 2}};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < idx[k][1]; i++) {
            char c = s[idx[k][0] + i];
            if (c < '0' || c > '9')
                return -1;
            v[k] = v[k] * 10 + (c - '0');
        }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31)
        return -1;
    *out = tocsin_days_from_civil(v[0], v[1], v[2]);
    return 0;
}

long plot_day_number(const char *date)
{
    long d;
    return parse_day(date, &d) ? LONG_MIN : d;
}

/* the first day after the period that starts on day */
static long period_end(long day, tocsin_period by)
{
    if (by == TOCSIN_BY_DAY)
        return day + 1;
    if (by == TOCSIN_BY_WEEK)
        return day + 7;
    int y, m, d;
    tocsin_civil_from_days(day, &y, &m, &d);
    return m == 12 ? tocsin_days_from_civil(y + 1, 1, 1) : tocsin_days_from_civil(y, m + 1, 1);
}

/* Writes s as a single-quoted gnuplot string: no backquote, macro or
 * backslash processing happens inside single quotes; a quote is doubled, a
 * newline becomes a concatenated "\n", other control characters a space. */
void plot_gp_str(FILE *g, const char *s)
{
    fputc('\'', g);
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\'')
            fputs("''", g);
        else if (c == '\n')
            fputs("' . \"\\n\" . '", g);
        else if (c < 0x20 || c == 0x7f)
            fputc(' ', g);
        else
            fputc(c, g);
    }
    fputc('\'', g);
}

/* A long rung name is split over two lines at the space nearest its middle
 * (the left margin would otherwise eat a quarter of the chart); shorter
 * ones stay on one line, where neighbouring two-line names would crowd. */
static void wrap_name(const char *name, char *out, size_t cap)
{
    snprintf(out, cap, "%s", name);
    size_t n = strlen(out);
    if (n <= 30)
        return;
    size_t best = 0, mid = n / 2;
    for (size_t i = 1; i + 1 < n; i++)
        if (out[i] == ' ' && (!best || (i > mid ? i - mid : mid - i) < (best > mid ? best - mid : mid - best)))
            best = i;
    if (best)
        out[best] = '\n';
}

/* ---- the data ---- */

typedef struct plot_pt {
    long day, events;
    int rung;
    double level;
} plot_pt;

typedef struct series {
    plot_pt *v;
    size_t n, cap;
    int full, bad;
} series;

static int take_point(void *ud, const tocsin_ladder_point *p)
{
    series *s = ud;
    long day;
    if (parse_day(p->period, &day)) {
        s->bad = 1;
        return 1;
    }
    if (s->n == s->cap) {
        if (s->cap >= PLOT_MAX_POINTS) {
            s->full = 1;
            return 1;
        }
        size_t cap = s->cap ? s->cap * 2 : 64;
        plot_pt *v = realloc(s->v, cap * sizeof *v);
        if (!v)
            return TOCSIN_ENOMEM;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = (plot_pt){day, p->events, p->max_rung, p->level};
    return 0;
}

typedef struct mark {
    long x;          /* seconds */
    int level;       /* stacking row of the label, 0 at the top */
    int right;       /* the label ends at the arrow (near the right edge) */
    double lo, hi;   /* the label's extent on the time axis (estimated) */
    char label[48];
} mark;

/* the type size of tic labels, key and alert labels: an SVG is usually
 * shown scaled down (in the report), so its type is larger */
static int small_font(const plot_ladder_spec *sp)
{
    return sp->format == PLOT_SVG ? 14 : 10;
}

static int mark_cmp(const void *pa, const void *pb)
{
    const mark *a = pa, *b = pb;
    return a->x < b->x ? -1 : a->x > b->x;
}

/* Alerts of the dyad inside [x0, x1], sorted, with label rows so that
 * labels do not overlap: a label's width is estimated from its length (the
 * plot is about 820 of the 1200 pixels, a character about 0.65 of the type
 * size). */
static size_t alert_marks(const char *prog, tocsin_store *s, const tocsin_ladder *l, const plot_ladder_spec *sp,
                          const char *since, long x0, long x1, mark *m, int *rows)
{
    tocsin_alert_options o;
    memset(&o, 0, sizeof o);
    o.since = sp->alerts_since ? sp->alerts_since : since;
    o.until = sp->until;
    o.max_alerts = 1000;
    tocsin_alert *v = NULL;
    size_t n = 0, k = 0;
    tocsin_error err;
    memset(&err, 0, sizeof err);
    *rows = 0;
    int rc = tocsin_alerts(s, l, &o, &v, &n, &err);
    if (rc) {
        fprintf(stderr, "%s: warning: no alert marks: %s\n", prog,
                err.message[0] ? err.message : tocsin_strerror(rc));
        return 0;
    }
    for (size_t i = 0; i < n && k < PLOT_MAX_MARKS; i++) {
        long day;
        if (!plot_alert_matches(&v[i], sp->a, sp->b) || parse_day(v[i].first, &day))
            continue;
        long x = day * DAY + DAY / 2;
        if (x < x0 || x > x1)
            continue;
        m[k].x = x;
        m[k].level = 0;
        m[k].right = (double)(x - x0) > 0.72 * (double)(x1 - x0);
        /* third-party codes come from the data: keep letters only */
        char third[16];
        size_t t = 0;
        for (const char *c = v[i].third; *c && t + 1 < sizeof third; c++)
            if (*c >= 'A' && *c <= 'Z')
                third[t++] = *c;
        third[t] = '\0';
        snprintf(m[k].label, sizeof m[k].label, "%s%s%s", tocsin_alert_kind_name(v[i].kind), t ? ": " : "", third);
        k++;
    }
    free(v);
    qsort(m, k, sizeof *m, mark_cmp);
    double per_char = (double)(x1 - x0) * small_font(sp) * 0.65 / 820;
    for (size_t i = 0; i < k; i++) {
        double w = (double)(strlen(m[i].label) + 2) * per_char;
        m[i].lo = m[i].right ? (double)m[i].x - w : (double)m[i].x;
        m[i].hi = m[i].right ? (double)m[i].x : (double)m[i].x + w;
    }
    for (size_t i = 0; i < k; i++) {
        int lv = 0;
        for (int busy = 1; busy && lv < 3;) {
            busy = 0;
            for (size_t j = 0; j < i; j++)
                if (m[j].level == lv && m[i].lo < m[j].hi + per_char && m[j].lo < m[i].hi + per_char) {
                    busy = 1;
                    lv++;
                    break;
                }
        }
        m[i].level = lv;
        if (lv + 1 > *rows)
            *rows = lv + 1;
    }
    return k;
}

/* ---- the script ---- */

/* Tic marks with dates chosen for the span: days, weeks (Mondays) or
 * months, at most about 16 labels; the year is written under the first
 * label and wherever it changes. */
static void emit_xtics(FILE *g, long d0, long d1)
{
    long span = d1 - d0, days[PLOT_MAX_TICKS];
    int n = 0, months = 0, step = 1;
    if (span <= 16) {
        for (long d = d0; d <= d1 && n < PLOT_MAX_TICKS; d++)
            days[n++] = d;
    } else if (span <= 16 * 7) {
        long d = d0;
        while ((d % 7 + 7 + 3) % 7 != 0) /* day 0 was a Thursday */
            d++;
        for (; d <= d1 && n < PLOT_MAX_TICKS; d += 7)
            days[n++] = d;
    } else {
        static const int steps[] = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600};
        months = 1;
        double nm = (double)span / 30.44;
        for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
            step = steps[i];
            if (nm / step <= 14)
                break;
        }
        int y, m, d;
        tocsin_civil_from_days(d0, &y, &m, &d);
        long idx = (long)y * 12 + (m - 1) + (d > 1);
        while (idx % step)
            idx++;
        for (; n < PLOT_MAX_TICKS; idx += step) {
            long day = tocsin_days_from_civil((int)(idx / 12), (int)(idx % 12) + 1, 1);
            if (day > d1)
                break;
            days[n++] = day;
        }
    }
    fputs("set xtics (", g);
    int prev_year = -100000;
    for (int i = 0; i < n; i++) {
        int y, m, d;
        char lab[32];
        tocsin_civil_from_days(days[i], &y, &m, &d);
        if (months && step >= 12)
            snprintf(lab, sizeof lab, "%d", y);
        else if (months)
            snprintf(lab, sizeof lab, "%s", month_abbr[m - 1]);
        else
            snprintf(lab, sizeof lab, "%d %s", d, month_abbr[m - 1]);
        if (y != prev_year && !(months && step >= 12)) {
            size_t k = strlen(lab);
            snprintf(lab + k, sizeof lab - k, "\n%d", y);
        }
        prev_year = y;
        fputs(i ? ", " : "", g);
        plot_gp_str(g, lab);
        fprintf(g, " '%ld'", days[i] * DAY);
    }
    fputs(") nomirror out scale 0.6\n", g);
}

static long nice_step(long max)
{
    long step = 1;
    while (max / step > 5) {
        if (max / (step * 2) <= 5)
            return step * 2;
        if (max / (step * 5) <= 5)
            return step * 5;
        step *= 10;
    }
    return step;
}

static void write_script(FILE *g, const tocsin_ladder *l, const plot_ladder_spec *sp, const series *se,
                         const mark *m, size_t nm, int rows)
{
    static const char *const by_name[] = {"", "day", "week", "month"};
    const char *per = by_name[sp->by];
    long d0 = se->v[0].day, d1 = period_end(se->v[se->n - 1].day, sp->by);
    long x0 = d0 * DAY, x1 = d1 * DAY, maxev = 1;
    for (size_t i = 0; i < se->n; i++)
        if (se->v[i].events > maxev)
            maxev = se->v[i].events;
    int top = tocsin_ladder_top(l);
    char buf[512];
    /* an SVG is usually shown scaled down (in the report): larger type */
    int svg = sp->format == PLOT_SVG, small = small_font(sp);

    if (svg)
        fputs("set terminal svg size 1200,600 noenhanced font 'sans-serif,15' background '#ffffff'\n", g);
    else
        fputs("if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
              "  set terminal pngcairo size 1200,600 noenhanced font 'Sans,11' background '#ffffff'\n"
              "} else {\n"
              "  set terminal png size 1200,600 noenhanced background '#ffffff'\n"
              "}\n",
              g);
    fputs("set encoding utf8\nset output ", g);
    plot_gp_str(g, sp->out);
    char na[200], nb[200];
    fe_actor_name(sp->a, na, sizeof na);
    fe_actor_name(sp->b, nb, sizeof nb);
    if (na[0] && nb[0]) /* the codes' names too: "RUS-UKR escalation ladder, by week: Russia and Ukraine" */
        snprintf(buf, sizeof buf, "%s-%s escalation ladder, by %s: %s and %s", sp->a, sp->b, per, na, nb);
    else
        snprintf(buf, sizeof buf, "%s-%s escalation ladder, by %s", sp->a, sp->b, per);
    /* the title as a label: set title would sit on the plot, under the alert labels */
    fputs("\nset label ", g);
    plot_gp_str(g, buf);
    fprintf(g, " at screen 0.5, screen 0.95 center font ',%d'\n", svg ? 18 : 15);
    fputs("set xdata time\nset timefmt '%s'\nset format x '%d %b %Y'\n", g);
    fprintf(g, "set xrange ['%ld':'%ld']\n", x0, x1);
    emit_xtics(g, d0, d1);

    /* the rung scale, named */
    fputs("set ytics (", g);
    for (int r = 0; r <= top; r++) {
        char name[160];
        wrap_name(r ? tocsin_ladder_name(l, r) : "none", name, sizeof name);
        if (!name[0])
            snprintf(name, sizeof name, "rung %d", r);
        fputs(r ? ", " : "", g);
        plot_gp_str(g, name);
        fprintf(g, " %d", r);
    }
    fprintf(g, ") nomirror font ',%d'\n", small);
    fprintf(g, "set yrange [-0.4:%.1f]\n", top + 0.4);
    fputs("set ylabel 'highest rung reached' offset 1,0\n", g);
    fprintf(g, "set y2range [0:%.2f]\nset y2tics 0, %ld, %ld nomirror\nset format y2 '%%.0f'\n",
            (double)maxev * 2.2, nice_step(maxev), maxev);
    snprintf(buf, sizeof buf, "events per %s", per);
    fputs("set y2label ", g);
    plot_gp_str(g, buf);
    fputs(" offset -1,0\n", g);
    fprintf(g, "set key font ',%d'\n", small);
    fputs("set grid xtics ytics lc rgb '#d2d2d2' lw 1 dt solid\nset border 15 lc rgb '#444444'\n"
          "set key outside bottom center horizontal maxrows 1 samplen 2.5 width -1\n"
          "set style fill solid 1.0 noborder\n",
          g);
    long width = sp->by == TOCSIN_BY_DAY ? DAY * 8 / 10 : sp->by == TOCSIN_BY_WEEK ? DAY * 56 / 10 : DAY * 24;
    fprintf(g, "set boxwidth %ld absolute\n", width);

    /* The alert labels live in a band between the title and the plot, one
     * row per level of stacking, so that they never cover the data; each
     * has a dashed arrow down to its day on the time line. */
    double row_h = 0.036, band0 = 0.895, ptop = band0 - 0.012 - row_h * rows;
    fprintf(g, "set tmargin at screen %.3f\nset bmargin at screen %.3f\n", ptop, svg ? 0.2 : 0.165);
    for (size_t i = 0; i < nm; i++) {
        double y = ptop + 0.012 + row_h * (rows - 1 - m[i].level) + row_h / 2;
        int right = m[i].right;
        fprintf(g, "set arrow from '%ld', screen %.3f to '%ld', graph 0 head filled size screen 0.008,25 "
                   "lw 1.5 dt 2 lc rgb '#d9730d' front\n",
                m[i].x, y + row_h * 0.35, m[i].x);
        fputs("set label ", g);
        plot_gp_str(g, m[i].label);
        fprintf(g, " at '%ld', screen %.3f %s offset %s,0 tc rgb '#a5520a' font ',%d' front\n", m[i].x, y,
                right ? "right" : "left", right ? "-0.5" : "0.5", small);
    }

    fputs("$bars << EOD\n", g);
    for (size_t i = 0; i < se->n; i++) {
        long a = se->v[i].day * DAY, b = period_end(se->v[i].day, sp->by) * DAY;
        fprintf(g, "%ld %ld\n", a + (b - a) / 2, se->v[i].events);
    }
    fputs("EOD\n$steps << EOD\n", g);
    for (size_t i = 0; i < se->n; i++)
        fprintf(g, "%ld %d\n", se->v[i].day * DAY, se->v[i].rung);
    fprintf(g, "%ld %d\nEOD\n$level << EOD\n", x1, se->v[se->n - 1].rung);
    for (size_t i = 0; i < se->n; i++) {
        long a = se->v[i].day * DAY, b = period_end(se->v[i].day, sp->by) * DAY;
        fprintf(g, "%ld %.3f\n", a + (b - a) / 2, se->v[i].level);
    }
    fputs("EOD\n", g);
    snprintf(buf, sizeof buf, "events per %s", per);
    fputs("plot $bars using 1:2 axes x1y2 with boxes lc rgb '#c6d6ea' title ", g);
    plot_gp_str(g, buf);
    fputs(", \\\n  $steps using 1:2 with steps lw 2.5 lc rgb '#c8261e' title 'highest rung', \\\n"
          "  $level using 1:2 with lines lw 2 lc rgb '#1f3f7f' title 'smoothed level'",
          g);
    if (nm)
        fputs(", \\\n  keyentry with lines lw 1.5 dt 2 lc rgb '#d9730d' title 'alert'", g);
    fputs("\nunset output\n", g);
}

/* Runs gnuplot on the script; its own complaints go to our stderr. */
int plot_run_gnuplot(const char *prog, const char *script, size_t len)
{
    struct sigaction ign, old;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPIPE, &ign, &old); /* a gnuplot that dies early must not kill us */
    fflush(NULL);
    FILE *p = popen("gnuplot >/dev/null", "w");
    if (!p) {
        fprintf(stderr, "%s: cannot run gnuplot: %s\n", prog, strerror(errno));
        sigaction(SIGPIPE, &old, NULL);
        return 1;
    }
    size_t w = fwrite(script, 1, len, p);
    int st = pclose(p);
    sigaction(SIGPIPE, &old, NULL);
    if (st == -1 || !WIFEXITED(st) || WEXITSTATUS(st) != 0 || w != len) {
        if (st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 127)
            fprintf(stderr, "%s: gnuplot could not be started: install the Debian package gnuplot-nox\n", prog);
        else
            fprintf(stderr, "%s: gnuplot failed (exit status %d)\n", prog,
                    st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1);
        return 1;
    }
    return 0;
}

int plot_ladder(const char *prog, tocsin_store *s, const tocsin_ladder *l, const plot_ladder_spec *sp)
{
    series se;
    memset(&se, 0, sizeof se);
    char *script = NULL;
    size_t len = 0;
    int rc = 1, created = 0;
    if (!plot_actor_ok(sp->a) || !plot_actor_ok(sp->b)) {
        fprintf(stderr, "%s: '%s' is not an actor code (3 to 15 capital letters A-Z, like RUS or RUSMIL)\n",
                prog, plot_actor_ok(sp->a) ? sp->b : sp->a);
        return 1;
    }
    for (const char *c = sp->out; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f) {
            fprintf(stderr, "%s: the output file name has a control character\n", prog);
            return 1;
        }
    if (sp->by < TOCSIN_BY_DAY || sp->by > TOCSIN_BY_MONTH) {
        fprintf(stderr, "%s: the period must be a day, a week or a month\n", prog);
        return 1;
    }
    if (sp->format != PLOT_PNG && sp->format != PLOT_SVG) {
        fprintf(stderr, "%s: %s: the picture must be .png or .svg\n", prog, sp->out);
        return 1;
    }
    if (!plot_have_program("gnuplot")) {
        fprintf(stderr, "%s: gnuplot is not installed (not found on PATH): install the Debian package "
                        "gnuplot-nox\n", prog);
        return 1;
    }
    tocsin_error err;
    memset(&err, 0, sizeof err);
    int r = tocsin_ladder_series(s, l, sp->a, sp->b, sp->by, sp->since, sp->until, take_point, &se, &err);
    if (se.full) {
        fprintf(stderr, "%s: more than %d periods: choose a coarser --by or a shorter range\n", prog,
                PLOT_MAX_POINTS);
        goto out;
    }
    if (r || se.bad) {
        fprintf(stderr, "%s: %s\n", prog, se.bad ? "malformed period in the ladder series"
                                          : err.message[0] ? err.message : tocsin_strerror(r));
        goto out;
    }
    if (!se.n) {
        fprintf(stderr, "%s: no events between %s and %s%s%s%s%s\n", prog, sp->a, sp->b,
                sp->since ? " since " : "", sp->since ? sp->since : "", sp->until ? " until " : "",
                sp->until ? sp->until : "");
        goto out;
    }
    /* the alerts of the same range: from the first period when open */
    char since[32];
    snprintf(since, sizeof since, "%s", sp->since ? sp->since : "");
    if (!sp->since) {
        int y, m, d;
        tocsin_civil_from_days(se.v[0].day, &y, &m, &d);
        snprintf(since, sizeof since, "%04d-%02d-%02d", y, m, d);
    }
    mark marks[PLOT_MAX_MARKS];
    int rows = 0;
    long x0 = se.v[0].day * DAY, x1 = period_end(se.v[se.n - 1].day, sp->by) * DAY;
    size_t nm = alert_marks(prog, s, l, sp, since, x0, x1, marks, &rows);

    if (!plot_writable(prog, sp->out, &created))
        goto out;
    FILE *g = open_memstream(&script, &len);
    if (!g) {
        fprintf(stderr, "%s: out of memory\n", prog);
        goto out;
    }
    write_script(g, l, sp, &se, marks, nm, rows);
    if (fclose(g)) {
        fprintf(stderr, "%s: out of memory\n", prog);
        goto out;
    }
    if (getenv("TOCSIN_PLOT_SCRIPT")) /* for debugging a chart: the script on stderr */
        fwrite(script, 1, len, stderr);
    if (plot_run_gnuplot(prog, script, len))
        goto out;
    struct stat sb;
    if (stat(sp->out, &sb) || sb.st_size == 0) {
        fprintf(stderr, "%s: gnuplot wrote nothing to %s\n", prog, sp->out);
        goto out;
    }
    rc = 0;
out:
    if (rc && created)
        remove(sp->out);
    free(script);
    free(se.v);
    return rc;
}
