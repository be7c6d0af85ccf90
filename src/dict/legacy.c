/* legacy.c - reads TABARI and PETRARCH2 dictionaries (actors, agents,
 * discards; verbs in legacy_verbs.c), recognised by their content, into
 * lines of tocsin's own format, and merges them into a dictionary being
 * loaded (tocsin_dict_options.extra).
 *
 * Actor records: a name line (NAME_ or NAME, '_' joins words), '+' synonym
 * lines, and codes in brackets on the name line or on the lines below:
 * [CODE], [CODE 930120-970120] (both days in), [CODE >20140101] (from),
 * [CODE <19990101] (before), [---] and [###] (a known phrase that is no
 * actor). Two-digit years are 20YY up to 30, else 19YY (KEDS' and TABARI's
 * rule); a range that then runs backwards gets its start read as 19YY. */
#include "legacy.h"

#include "dict_impl.h"
#include "tocsin/date.h"
#include "text/token.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEG_MAX_CODES 64   /* codes of one record */
#define LEG_MAX_NAMES 2048 /* names of one record */
#define LEG_MAX_EXPAND 64  /* phrases one name may expand to ({A | B}, !MACRO!) */
#define LEG_MAX_MACROS 32  /* PETRARCH2 !MACRO! definitions */

static const char *const fmt_names[] = {
    "unknown",         "TABARI/PETRARCH2 actors", "TABARI/PETRARCH2 agents",
    "PETRARCH2 discards", "TABARI verbs",         "PETRARCH2 verbs",
    "TABARI options",  "tocsin actors",           "tocsin verbs",
};

const char *tocsin_dict_format_name(int fmt)
{
    if (fmt < 0 || fmt >= (int)(sizeof fmt_names / sizeof fmt_names[0]))
        return "unknown";
    return fmt_names[fmt];
}

static const char *const reasons[TOCSIN_LR_COUNT] = {
    "name without a code",
    "code with digits or punctuation, or shorter than 3 letters",
    "compound code [A/B] (tocsin gives a phrase one actor)",
    "date not YYMMDD or YYYYMMDD",
    "prefix agent [SEC~] (tocsin's agents follow the country)",
    "more than 12 words or pattern elements",
    "empty name, or a name with |",
    "part-of-speech list (<NOUN>, <ADJECTIVE>), not actors",
    "line not understood",
    "words before the verb (tocsin's patterns start at the verb)",
    "target before the verb (passive; tocsin's grammar handles the passive)",
    "source after the verb",
    "verb is a TABARI stem or form WordNet cannot make a verb of",
    "alternative or synset member of several words",
    "reciprocal code [A:B] with two different codes",
    "same converted line twice",
    "options file (coder settings), nothing to convert",
    "verb of several words (ANGERED_BY, AIR_STRIKE)",
    "code that is not in CAMEO",
    "reversed code [:173] (the target acting on the source)",
    "verb be, have or do (BEEN, HAS): tocsin's grammar reads these",
};

const char *tocsin_dict_reason(int r)
{
    return r >= 0 && r < TOCSIN_LR_COUNT ? reasons[r] : "unknown";
}

/* ---- shared helpers ---- */

void leg_skip(leg_ctx *c, int reason)
{
    c->st->skipped++;
    c->st->reason[reason]++;
    if (!c->st->reason_line[reason])
        c->st->reason_line[reason] = c->line;
}

void leg_error(leg_ctx *c, const char *what)
{
    c->st->errors++;
    if (c->diag)
        ts_diag(c->diag, c->dud, TOCSIN_EPARSE, c->name, c->line, -1, "%s", what);
}

static int seen_add(leg_ctx *c, uint64_t h)
{
    h |= 1; /* 0 marks an empty slot */
    if ((c->nseen + 1) * 2 > c->seen_slots) {
        size_t ns = c->seen_slots ? c->seen_slots * 2 : 4096;
        uint64_t *t = calloc(ns, sizeof *t);
        if (!t)
            return TOCSIN_ENOMEM;
        for (size_t i = 0; i < c->seen_slots; i++)
            if (c->seen[i]) {
                size_t j = (size_t)ts_mix(c->seen[i]) & (ns - 1);
                while (t[j])
                    j = (j + 1) & (ns - 1);
                t[j] = c->seen[i];
            }
        free(c->seen);
        c->seen = t;
        c->seen_slots = ns;
    }
    size_t j = (size_t)ts_mix(h) & (c->seen_slots - 1);
    while (c->seen[j]) {
        if (c->seen[j] == h)
            return 1;
        j = (j + 1) & (c->seen_slots - 1);
    }
    c->seen[j] = h;
    c->nseen++;
    return 0;
}

/* A hash of a converted line, eight bytes at a time (the lines are many). */
static uint64_t line_hash(const char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = ts_mix(h ^ w);
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    return ts_mix(h ^ w);
}

int leg_emit(leg_ctx *c, int section)
{
    int dup = seen_add(c, line_hash(c->out.p, c->out.len) ^ (uint64_t)section);
    if (dup < 0)
        return dup;
    if (dup) {
        if (!c->quiet_dup)
            leg_skip(c, TOCSIN_LR_DUP);
        return 1;
    }
    c->st->out_lines++;
    if (c->fn && c->fn(c->ud, section, c->out.p, c->out.len, c->line)) {
        c->stopped = 1;
        return TOCSIN_ESTOPPED;
    }
    return 0;
}

static int count_tok(void *ud, const ts_tok *t)
{
    (void)t;
    (*(int *)ud)++;
    return 0;
}

int leg_token_count(const char *s, size_t n)
{
    int k = 0;
    ts_tokenize(s, n, count_tok, &k);
    return k;
}

int leg_lines(leg_ctx *c, const char *p, size_t n, int (*fn)(leg_ctx *c, const char *s, const char *e))
{
    const char *end = p + n;
    c->line = 0;
    while (p < end && !c->stopped) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        c->line++;
        c->st->lines++;
        if (le - p >= LEG_MAX_LINE) {
            leg_error(c, "line too long (at most 8191 bytes)");
        } else {
            /* comments: ';' anywhere, '#' outside brackets (TABARI's [###]) */
            const char *q = p;
            int depth = 0;
            for (; q < le; q++) {
                if (*q == '[')
                    depth++;
                else if (*q == ']' && depth)
                    depth--;
                else if (*q == ';' || (*q == '#' && !depth) || *q == '\0')
                    break;
            }
            const char *e = q;
            while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
                e--;
            const char *s = p;
            while (s < e && (*s == ' ' || *s == '\t'))
                s++;
            /* a line starting with '#' or "//" is a comment */
            if (s < e && !(e - s >= 2 && s[0] == '/' && s[1] == '/')) {
                int rc = fn(c, s, e);
                if (rc < 0)
                    return rc;
            }
        }
        p = nl ? nl + 1 : end;
    }
    return c->stopped ? TOCSIN_ESTOPPED : 0;
}

/* ---- recognising a file ---- */

static int is_upper(int ch)
{
    return ch >= 'A' && ch <= 'Z';
}

static int is_digit(int ch)
{
    return ch >= '0' && ch <= '9';
}

static int starts_word(const char *s, const char *e, const char *w)
{
    size_t n = strlen(w);
    return (size_t)(e - s) > n && !memcmp(s, w, n) && (s[n] == ' ' || s[n] == '\t');
}

static int sniff(const char *p, size_t n)
{
    size_t lines = 0, dash = 0, block = 0, amp = 0, tilde = 0, coded = 0, colon = 0, own_a = 0,
           own_v = 0, upper = 0;
    const char *end = p + n;
    for (size_t seen = 0; p < end && seen < 20000; seen++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end, *s = p;
        p = nl ? nl + 1 : end;
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
        while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        if (s >= e || *s == '#' || *s == ';' || (e - s >= 2 && s[0] == '/' && s[1] == '/'))
            continue;
        lines++;
        /* legacy dictionaries are written in capitals (comments aside) */
        const char *lc = s;
        while (lc < e && !(*lc >= 'a' && *lc <= 'z') && *lc != '#' && *lc != ';')
            lc++;
        upper += lc >= e || *lc == '#' || *lc == ';';
        if (e - s >= 2 && s[0] == '-' && (s[1] == ' ' || s[1] == '\t'))
            dash++;
        if (e - s > 4 && !memcmp(s, "---", 3) && (s[3] == ' ' || s[3] == '\t'))
            block++;
        if (*s == '&' && e - s > 1 && is_upper((unsigned char)s[1]))
            amp++;
        const char *b = memchr(s, '[', (size_t)(e - s));
        if (b) {
            coded++;
            if (b + 1 < e && (b[1] == '~' || memchr(b, '~', (size_t)(e - b))))
                tilde++;
        }
        static const char *const opt[] = {"SET:", "LABEL:", "COMPLEX:", "OUTPUT:", "ISSUE:", "FILTER:"};
        for (size_t k = 0; k < sizeof opt / sizeof opt[0]; k++)
            if ((size_t)(e - s) >= strlen(opt[k]) && !memcmp(s, opt[k], strlen(opt[k])))
                colon++;
        static const char *const kinds[] = {"country", "adj", "actor", "person", "agent"};
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            if (starts_word(s, e, kinds[k]))
                own_a++;
        const char *f = s;
        while (f < e && is_digit((unsigned char)*f))
            f++;
        if (((f - s >= 2 && f - s <= 4) || (e - s > 3 && !memcmp(s, "---", 3) && (f = s + 3))) &&
            f < e && (*f == ' ' || *f == '\t')) {
            const char *g = f;
            while (g < e && (*g == ' ' || *g == '\t'))
                g++;
            if (g < e && *g >= 'a' && *g <= 'z')
                own_v++;
        }
    }
    if (!lines)
        return TOCSIN_FMT_UNKNOWN;
    if (own_a * 10 >= lines * 9)
        return TOCSIN_FMT_OWN_ACTORS;
    if (own_v * 10 >= lines * 9)
        return TOCSIN_FMT_OWN_VERBS;
    if (colon * 2 >= lines)
        return TOCSIN_FMT_OPTIONS;
    if (upper * 10 < lines * 7)
        return TOCSIN_FMT_UNKNOWN; /* prose, or something else in lower case */
    if (dash * 10 >= lines) /* verb files are mostly "- pattern [CODE]" lines */
        return block || amp ? TOCSIN_FMT_VERBS_PETRARCH : TOCSIN_FMT_VERBS_TABARI;
    if (coded && tilde * 2 >= coded)
        return TOCSIN_FMT_AGENTS;
    if (!coded)
        return TOCSIN_FMT_DISCARDS;
    return TOCSIN_FMT_ACTORS;
}

/* ---- names into phrases ---- */

/* One UTF-8 sequence at s (valid: its length; else 0). */
static int utf8_len(const unsigned char *s, const unsigned char *e)
{
    int n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2 : 0;
    if (!n || e - s < n)
        return 0;
    for (int i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Appends the phrase of a legacy name: '_' and spaces become one space,
 * trailing '_' go; letters are lower case except the first letter of the
 * first word other than "the" for actors (a capital is then required, so
 * "Bush" is no shrub), and none for agents (they match any case). Bytes
 * that are not UTF-8 are read as Latin-1. Returns 0, a reason, or -1 (out
 * of memory). */
static int to_phrase(const char *s, size_t n, int agent, ts_buf *out)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e && (*p == '+' || *p == ' ' || *p == '\t' || *p == '_'))
        p++;
    while (e > p && (e[-1] == '_' || e[-1] == ' ' || e[-1] == '\t'))
        e--;
    size_t start = out->len;
    int space = 0;
    for (; p < e; p++) {
        unsigned ch = *p;
        if (ch == '|') {
            out->len = start;
            return TOCSIN_LR_BADNAME;
        }
        if (ch == '_' || ch == ' ' || ch == '\t' || ch == '"') {
            space = out->len > start;
            continue;
        }
        if (space && ts_buf_putc(out, ' '))
            return -1;
        space = 0;
        if (ch >= 0x80) {
            int k = utf8_len(p, e);
            if (k) {
                if (ts_buf_put(out, p, (size_t)k))
                    return -1;
                p += k - 1;
            } else {
                char u[2] = {(char)(0xC0 | (ch >> 6)), (char)(0x80 | (ch & 0x3F))};
                if (ts_buf_put(out, u, 2))
                    return -1;
            }
            continue;
        }
        if (ts_buf_putc(out, (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch)))
            return -1;
    }
    if (out->len == start)
        return TOCSIN_LR_BADNAME;
    char *w = out->p + start, *we = out->p + out->len;
    if (!agent) {
        if (we - w > 4 && !memcmp(w, "the ", 4))
            w += 4;
        if (w < we && *w >= 'a' && *w <= 'z')
            *w = (char)(*w - 'a' + 'A');
    }
    if (leg_token_count(out->p + start, out->len - start) > LEG_MAX_WORDS) {
        out->len = start;
        return TOCSIN_LR_LONG;
    }
    return 0;
}

/* ---- actor, agent and discard records ---- */

typedef struct lcode {
    char code[TS_CODE_MAX];
    int32_t from, to;
    uint8_t dated, null;
} lcode;

typedef struct macro {
    char name[32];
    char vals[512]; /* comma-separated */
} macro;

typedef struct arec {
    leg_ctx *c;
    ts_buf names; /* phrases, each followed by '\n' */
    size_t nnames;
    lcode codes[LEG_MAX_CODES];
    int ncodes;
    int bad;  /* a code of the record was refused */
    long line;
    int pos;  /* inside a <NOUN> or <ADJECTIVE> list */
    macro mac[LEG_MAX_MACROS];
    int nmac;
} arec;

static int month_days(int y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return md[m - 1];
}

/* YYMMDD or YYYYMMDD into days; force19 reads YY as 19YY. */
static int leg_date(leg_ctx *c, const char *s, size_t n, int force19, int32_t *days)
{
    int v[8];
    if (n != 6 && n != 8)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit((unsigned char)s[i]))
            return -1;
        v[i] = s[i] - '0';
    }
    int y, k = 0;
    if (n == 6) {
        y = v[0] * 10 + v[1];
        y += y <= 30 && !force19 ? 2000 : 1900;
        k = 2;
    } else {
        y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        k = 4;
    }
    int m = v[k] * 10 + v[k + 1], d = v[k + 2] * 10 + v[k + 3];
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    if (d > month_days(y, m)) {
        d = month_days(y, m); /* 080631: the last of June */
        c->st->dayfix++;
    }
    *days = (int32_t)tocsin_days_from_civil(y, m, d);
    return 0;
}

/* One [...] group; returns 0, or a reason. */
static int parse_code(leg_ctx *c, const char *p, const char *e, int agent, lcode *out)
{
    memset(out, 0, sizeof *out);
    out->from = DAY_MIN;
    out->to = DAY_MAX;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    const char *ce = p;
    while (ce < e && *ce != ' ' && *ce != '\t')
        ce++;
    size_t cl = (size_t)(ce - p);
    if ((cl == 3 && (!memcmp(p, "---", 3) || !memcmp(p, "###", 3)))) {
        out->null = 1;
        memcpy(out->code, "---", 4);
        return 0;
    }
    if (agent) {
        if (cl > 1 && p[cl - 1] == '~')
            return TOCSIN_LR_PREFIXAGENT;
        if (cl > 1 && p[0] == '~') {
            p++;
            cl--;
        }
    }
    for (size_t i = 0; i < cl; i++) {
        if (p[i] == '/')
            return TOCSIN_LR_COMPOUND;
        if (!is_upper((unsigned char)p[i]))
            return TOCSIN_LR_BADCODE;
    }
    if (cl < 3)
        return TOCSIN_LR_BADCODE;
    /* CAMEO's organisation and Palestine codes in tocsin's conventions:
       the UN and its organs UNO, NATO, the EU EUR, other organisations IGO,
       Palestine PSE */
    static const struct {
        const char *from, *to;
        int keep_rest;
    } maps[] = {{"IGOUNO", "UNO", 0},    {"IGOWSTNAT", "NATO", 0}, {"IGONAT", "NATO", 0},
                {"IGOEUREEC", "EUR", 0}, {"IGOEEC", "EUR", 0},     {"IGOEUR", "EUR", 0},
                {"IGO", "IGO", 0},       {"PAL", "PSE", 1}};
    char mapped[TS_CODE_MAX + 8];
    for (size_t m = 0; !agent && m < sizeof maps / sizeof maps[0]; m++) {
        size_t fl = strlen(maps[m].from), tl = strlen(maps[m].to);
        if (cl < fl || memcmp(p, maps[m].from, fl))
            continue;
        size_t rest = maps[m].keep_rest ? cl - fl : 0;
        if (tl + rest >= sizeof mapped)
            break;
        memcpy(mapped, maps[m].to, tl);
        memcpy(mapped + tl, p + fl, rest);
        if (cl != tl + rest || memcmp(p, mapped, cl))
            c->st->mapped++;
        p = mapped;
        cl = tl + rest;
        break;
    }
    if (agent && cl > 3) {
        /* GOVMIL, a defence ministry, is MIL in tocsin; else the first sector */
        p = cl == 6 && !memcmp(p, "GOVMIL", 6) ? p + 3 : p;
        cl = 3;
        c->st->shortened++;
    } else if (cl >= TS_CODE_MAX) {
        cl = 9; /* three three-letter parts */
        c->st->shortened++;
    }
    memcpy(out->code, p, cl);
    out->code[cl] = '\0';
    /* the date part */
    const char *d = ce;
    while (d < e && (*d == ' ' || *d == '\t'))
        d++;
    if (d >= e)
        return 0;
    const char *de = e;
    while (de > d && (de[-1] == ' ' || de[-1] == '\t'))
        de--;
    int32_t a, b;
    if (*d == '>' || *d == '<') {
        const char *q = d + 1;
        while (q < de && *q == ' ')
            q++;
        if (leg_date(c, q, (size_t)(de - q), 0, &a))
            return TOCSIN_LR_BADDATE;
        if (*d == '>')
            out->from = a;
        else
            out->to = a;
        out->dated = 1;
        return 0;
    }
    const char *dash = memchr(d, '-', (size_t)(de - d));
    if (!dash || leg_date(c, dash + 1, (size_t)(de - dash - 1), 0, &b) ||
        leg_date(c, d, (size_t)(dash - d), 0, &a))
        return TOCSIN_LR_BADDATE;
    if (a > b && dash - d == 6) {
        /* "270101-730717": born 1927, not 2027 */
        if (leg_date(c, d, 6, 1, &a))
            return TOCSIN_LR_BADDATE;
        if (a <= b)
            c->st->century++;
    }
    if (a > b)
        return TOCSIN_LR_BADDATE;
    out->from = a;
    out->to = b + 1; /* TABARI's last day is in the range */
    out->dated = 1;
    return 0;
}

static int add_phrase_text(arec *r, const char *s, size_t n)
{
    if (r->nnames >= LEG_MAX_NAMES) {
        leg_skip(r->c, TOCSIN_LR_LONG);
        return 0;
    }
    int agent = r->c->fmt == TOCSIN_FMT_AGENTS;
    size_t mark = r->names.len;
    int rc = to_phrase(s, n, agent, &r->names);
    if (rc < 0)
        return TOCSIN_ENOMEM;
    if (rc) {
        r->names.len = mark;
        leg_skip(r->c, rc);
        r->bad = 1; /* its codes below are no error */
        return 0;
    }
    if (ts_buf_putc(&r->names, '\n'))
        return TOCSIN_ENOMEM;
    r->nnames++;
    /* agents: the regular plural too, as TABARI's stems and PETRARCH2 do */
    size_t len = r->names.len - 1 - mark;
    char pl[LEG_MAX_LINE];
    if (agent && len > 2 && len + 4 < sizeof pl && r->names.p[mark + len - 1] != 's') {
        memcpy(pl, r->names.p + mark, len);
        char last = pl[len - 1];
        if (len > 3 && !memcmp(pl + len - 3, "man", 3))
            pl[len - 2] = 'e';
        else if (last == 'y' && !strchr("aeiou", pl[len - 2]))
            memcpy(pl + len - 1, "ies", 3), len += 2;
        else if (last == 'x' || last == 'h')
            memcpy(pl + len, "es", 2), len += 2;
        else
            pl[len++] = 's';
        if (ts_buf_put(&r->names, pl, len) || ts_buf_putc(&r->names, '\n'))
            return TOCSIN_ENOMEM;
        r->nnames++;
    }
    return 0;
}

/* Expands {A | B} alternatives, {OTHER_FORM}, and !MACRO! into names. */
static int add_name(arec *r, const char *s, size_t n, int depth)
{
    if (depth > 4) {
        leg_skip(r->c, TOCSIN_LR_LONG);
        return 0;
    }
    const char *ob = memchr(s, '{', n);
    if (ob) {
        const char *cb = memchr(ob, '}', n - (size_t)(ob - s));
        if (!cb) {
            leg_error(r->c, "unclosed { in a name");
            return 0;
        }
        if (!memchr(ob, '|', (size_t)(cb - ob))) {
            /* PETRARCH2: NAME {OTHER_FORM}: two names */
            char tmp[LEG_MAX_LINE];
            size_t k = (size_t)(ob - s);
            memcpy(tmp, s, k);
            memcpy(tmp + k, cb + 1, n - (size_t)(cb + 1 - s));
            int rc = add_name(r, tmp, k + n - (size_t)(cb + 1 - s), depth + 1);
            return rc ? rc : add_name(r, ob + 1, (size_t)(cb - ob - 1), depth + 1);
        }
        int made = 0;
        for (const char *a = ob + 1; a < cb && made < LEG_MAX_EXPAND; made++) {
            const char *bar = memchr(a, '|', (size_t)(cb - a));
            const char *ae = bar ? bar : cb;
            char tmp[LEG_MAX_LINE];
            size_t k = (size_t)(ob - s), al = (size_t)(ae - a), rest = n - (size_t)(cb + 1 - s);
            if (k + al + rest + 2 >= sizeof tmp)
                break;
            memcpy(tmp, s, k);
            tmp[k] = ' ';
            memcpy(tmp + k + 1, a, al);
            tmp[k + 1 + al] = ' ';
            memcpy(tmp + k + 2 + al, cb + 1, rest);
            int rc = add_name(r, tmp, k + 2 + al + rest, depth + 1);
            if (rc)
                return rc;
            a = bar ? bar + 1 : cb;
        }
        return 0;
    }
    const char *b1 = memchr(s, '!', n);
    const char *b2 = b1 ? memchr(b1 + 1, '!', n - (size_t)(b1 + 1 - s)) : NULL;
    if (b2) {
        size_t ml = (size_t)(b2 - b1 - 1);
        for (int m = 0; m < r->nmac; m++) {
            if (strlen(r->mac[m].name) != ml || memcmp(r->mac[m].name, b1 + 1, ml))
                continue;
            const char *v = r->mac[m].vals;
            while (*v) {
                const char *comma = strchr(v, ',');
                size_t vl = comma ? (size_t)(comma - v) : strlen(v);
                while (vl && v[0] == ' ') {
                    v++;
                    vl--;
                }
                while (vl && v[vl - 1] == ' ')
                    vl--;
                char tmp[LEG_MAX_LINE];
                size_t k = (size_t)(b1 - s), rest = n - (size_t)(b2 + 1 - s);
                if (vl && k + vl + rest < sizeof tmp) {
                    memcpy(tmp, s, k);
                    memcpy(tmp + k, v, vl);
                    memcpy(tmp + k + vl, b2 + 1, rest);
                    int rc = add_name(r, tmp, k + vl + rest, depth + 1);
                    if (rc)
                        return rc;
                }
                v = comma ? comma + 1 : v + strlen(v);
            }
            return 0;
        }
        leg_error(r->c, "unknown !MACRO! in a name");
        return 0;
    }
    return add_phrase_text(r, s, n);
}

/* A three-letter code that names a country or region, not an organisation,
 * a role or a religion (CAMEO's ELI, UAF, MOS ... stand alone too). */
static int is_country(const char *code)
{
    static const char *const not_country[] = {"UNO", "EUR", "IGO", "NGO", "NGM", "MNC", "IMG",
                                              "ELI", "UAF", "SPY", "MOS", "CHR", "JEW", "HIN",
                                              "BUD", "SIK", "REB", "CVL", "---"};
    if (strlen(code) != 3)
        return 0;
    for (size_t i = 0; i < sizeof not_country / sizeof not_country[0]; i++)
        if (!strcmp(code, not_country[i]))
            return 0;
    return 1;
}

static const char *kind_of(const arec *r, const lcode *k)
{
    if (k->null)
        return "actor";
    if (r->c->fmt == TOCSIN_FMT_AGENTS)
        return "agent";
    /* a record with a bare country code is a country (Azerbaijan: USRAZE
       before 1991-10-18, AZE after); else one with dates is a person */
    int dated = 0, country = 0;
    for (int i = 0; i < r->ncodes; i++) {
        dated |= r->codes[i].dated;
        country |= is_country(r->codes[i].code);
    }
    if (country && is_country(k->code))
        return "country";
    return dated && !country ? "person" : "actor";
}

static int put_day(ts_buf *b, int32_t days)
{
    int y, m, d;
    tocsin_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        return ts_buf_printf(b, "%04d-%02d-%02d", y, m, d);
    char t[10] = {(char)('0' + y / 1000), (char)('0' + y / 100 % 10), (char)('0' + y / 10 % 10),
                  (char)('0' + y % 10), '-', (char)('0' + m / 10), (char)('0' + m % 10), '-',
                  (char)('0' + d / 10), (char)('0' + d % 10)};
    return ts_buf_put(b, t, sizeof t);
}

/* Writes the record out: one line per code, its names as alternatives. */
static int flush(arec *r)
{
    leg_ctx *c = r->c;
    int rc = 0;
    if (r->nnames && !r->ncodes) {
        long save = c->line;
        c->line = r->line;
        if (!r->bad)
            leg_skip(c, TOCSIN_LR_NOCODE);
        c->line = save;
        goto out;
    }
    if (!r->nnames)
        goto out;
    c->st->converted++;
    c->st->phrases += r->nnames;
    for (int i = 0; i < r->ncodes && !rc; i++) {
        const lcode *k = &r->codes[i];
        if (k->null)
            c->st->nulls += r->nnames;
        const char *nm = r->names.p, *ne = r->names.p + r->names.len;
        while (nm < ne && !rc) {
            c->out.len = 0;
            const char *kind = kind_of(r, k);
            if (ts_buf_put(&c->out, kind, strlen(kind)) || ts_buf_putc(&c->out, ' ') ||
                ts_buf_put(&c->out, k->code, strlen(k->code)) || ts_buf_putc(&c->out, ' '))
                return TOCSIN_ENOMEM;
            if (k->dated) {
                if ((k->from != DAY_MIN && put_day(&c->out, k->from)) ||
                    ts_buf_put(&c->out, "..", 2) ||
                    (k->to != DAY_MAX && put_day(&c->out, k->to)) || ts_buf_putc(&c->out, ' '))
                    return TOCSIN_ENOMEM;
            }
            int first = 1;
            while (nm < ne && (first || c->out.len < LEG_OUT_MAX)) {
                const char *nl = memchr(nm, '\n', (size_t)(ne - nm));
                if ((!first && ts_buf_put(&c->out, " | ", 3)) ||
                    ts_buf_put(&c->out, nm, (size_t)(nl - nm)))
                    return TOCSIN_ENOMEM;
                first = 0;
                nm = nl + 1;
            }
            long save = c->line;
            c->line = r->line;
            rc = leg_emit(c, 'a');
            c->line = save;
            if (rc > 0)
                rc = 0;
        }
    }
out:
    r->names.len = 0;
    r->nnames = 0;
    r->ncodes = 0;
    r->bad = 0;
    return rc;
}

/* Reads the [...] groups in p..e into the record. */
static void codes_of(arec *r, const char *p, const char *e)
{
    while (p < e) {
        const char *ob = memchr(p, '[', (size_t)(e - p));
        if (!ob)
            break;
        const char *cb = memchr(ob, ']', (size_t)(e - ob));
        if (!cb) {
            leg_error(r->c, "unclosed [ in a code");
            r->bad = 1;
            return;
        }
        lcode k;
        int why = parse_code(r->c, ob + 1, cb, r->c->fmt == TOCSIN_FMT_AGENTS, &k);
        if (why) {
            if (why == TOCSIN_LR_BADDATE) {
                char msg[160];
                snprintf(msg, sizeof msg, "bad date in code [%.*s] (expected YYMMDD or YYYYMMDD)",
                         (int)(cb - ob - 1 < 60 ? cb - ob - 1 : 60), ob + 1);
                leg_error(r->c, msg);
            }
            leg_skip(r->c, why);
            r->bad = 1;
        } else if (r->ncodes < LEG_MAX_CODES) {
            r->codes[r->ncodes++] = k;
        }
        p = cb + 1;
    }
}

static int macro_line(arec *r, const char *s, const char *e)
{
    const char *b2 = memchr(s + 1, '!', (size_t)(e - s - 1));
    const char *eq = b2 ? memchr(b2, '=', (size_t)(e - b2)) : NULL;
    if (!eq || r->nmac >= LEG_MAX_MACROS || (size_t)(b2 - s - 1) >= sizeof r->mac[0].name ||
        (size_t)(e - eq - 1) >= sizeof r->mac[0].vals) {
        leg_error(r->c, "bad !MACRO! = A, B definition");
        return 0;
    }
    macro *m = &r->mac[r->nmac++];
    memcpy(m->name, s + 1, (size_t)(b2 - s - 1));
    m->name[b2 - s - 1] = '\0';
    memcpy(m->vals, eq + 1, (size_t)(e - eq - 1));
    m->vals[e - eq - 1] = '\0';
    return 0;
}

static int actor_line(leg_ctx *c, const char *s, const char *e)
{
    arec *r = c->aux;
    if (*s == '<') {
        /* <NOUN> ... </NOUN>: words TABARI should not take as verbs */
        r->pos = !(e - s > 1 && s[1] == '/');
        return 0;
    }
    if (r->pos) {
        leg_skip(c, TOCSIN_LR_POSLIST);
        return 0;
    }
    if (c->fmt == TOCSIN_FMT_DISCARDS) {
        r->line = c->line;
        c->st->records++;
        lcode k = {"---", DAY_MIN, DAY_MAX, 0, 1};
        r->codes[0] = k;
        r->ncodes = 1;
        int rc = add_name(r, s, (size_t)(e - s), 0);
        return rc ? rc : flush(r);
    }
    if (*s == '!' && memchr(s, '=', (size_t)(e - s)))
        return macro_line(r, s, e);
    if (*s == '[') {
        if (!r->nnames && !r->bad) {
            leg_error(c, "a code without a name above it");
            return 0;
        }
        codes_of(r, s, e);
        return 0;
    }
    const char *ob = memchr(s, '[', (size_t)(e - s));
    const char *ne = ob ? ob : e;
    if (*s != '+') {
        /* a new record; names still without a code join it when its codes
           come on lines of their own (PETRARCH2's "U.N._" above a block) */
        if (r->ncodes || r->bad || ob) {
            int rc = flush(r);
            if (rc)
                return rc;
        }
        if (!r->nnames)
            r->line = c->line;
        c->st->records++;
    } else if (!r->nnames && !r->ncodes && !r->bad) {
        r->line = c->line;
        c->st->records++;
    }
    int rc = add_name(r, s, (size_t)(ne - s), 0);
    if (rc)
        return rc;
    if (ob)
        codes_of(r, ob, e);
    return 0;
}

static int read_actors(leg_ctx *c, const char *p, size_t n)
{
    arec *r = calloc(1, sizeof *r);
    if (!r)
        return TOCSIN_ENOMEM;
    r->c = c;
    r->names.max = 1u << 20;
    c->aux = r;
    int rc = leg_lines(c, p, n, actor_line);
    if (!rc) {
        c->line++;
        rc = flush(r);
    }
    c->aux = NULL;
    ts_buf_free(&r->names);
    free(r);
    return rc;
}

/* ---- the public entry points ---- */

static int own_line(leg_ctx *c, const char *s, const char *e)
{
    c->st->records++;
    c->out.len = 0;
    if (ts_buf_put(&c->out, s, (size_t)(e - s)))
        return TOCSIN_ENOMEM;
    c->st->converted++;
    int rc = leg_emit(c, c->fmt == TOCSIN_FMT_OWN_VERBS ? 'v' : 'a');
    return rc > 0 ? 0 : rc;
}

static int convert(const char *name, const char *buf, size_t n, int fmt, const char *wordnet_dir,
                   tocsin_convert_fn fn, void *ud, tocsin_convert_stats *st, tocsin_diag_fn diag,
                   void *diag_ud);

int tocsin_dict_convert_buf(const char *name, const char *buf, size_t n, int from,
                            const char *wordnet_dir, tocsin_convert_fn fn, void *ud,
                            tocsin_convert_stats *st, tocsin_diag_fn diag, void *diag_ud)
{
    (void)from; /* both dialects are read by the same rules */
    if (!buf || n > LEG_MAX_FILE) {
        if (st)
            memset(st, 0, sizeof *st);
        return TOCSIN_ELIMIT;
    }
    return convert(name, buf, n, sniff(buf, n), wordnet_dir, fn, ud, st, diag, diag_ud);
}

static int convert(const char *name, const char *buf, size_t n, int fmt, const char *wordnet_dir,
                   tocsin_convert_fn fn, void *ud, tocsin_convert_stats *st, tocsin_diag_fn diag,
                   void *diag_ud)
{
    tocsin_convert_stats local;
    if (!st)
        st = &local;
    memset(st, 0, sizeof *st);
    if (!buf || n > LEG_MAX_FILE)
        return TOCSIN_ELIMIT;
    leg_ctx c;
    memset(&c, 0, sizeof c);
    c.name = name ? name : "";
    c.fn = fn;
    c.ud = ud;
    c.st = st;
    c.diag = diag;
    c.dud = diag_ud;
    c.wordnet_dir = wordnet_dir;
    c.out.max = LEG_MAX_LINE * 2;
    c.fmt = st->format = fmt;
    int rc = 0;
    switch (c.fmt) {
    case TOCSIN_FMT_ACTORS:
    case TOCSIN_FMT_AGENTS:
    case TOCSIN_FMT_DISCARDS: rc = read_actors(&c, buf, n); break;
    case TOCSIN_FMT_VERBS_TABARI: rc = leg_verbs(&c, buf, n, 0); break;
    case TOCSIN_FMT_VERBS_PETRARCH: rc = leg_verbs(&c, buf, n, 1); break;
    case TOCSIN_FMT_OWN_ACTORS:
    case TOCSIN_FMT_OWN_VERBS: rc = leg_lines(&c, buf, n, own_line); break;
    case TOCSIN_FMT_OPTIONS:
        c.line = 1;
        leg_skip(&c, TOCSIN_LR_OPTIONS);
        break;
    default: break;
    }
    ts_buf_free(&c.out);
    free(c.seen);
    return rc;
}

static int read_all(const char *path, char **out, size_t *n, tocsin_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ts_error_set(err, TOCSIN_EIO, path, 0, -1, "cannot open: %s", strerror(errno));
        return TOCSIN_EIO;
    }
    ts_buf b = {NULL, 0, 0, LEG_MAX_FILE};
    char tmp[65536];
    size_t k;
    int rc = 0;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if ((rc = ts_buf_put(&b, tmp, k)) != 0)
            break;
    if (!rc && ferror(f))
        rc = TOCSIN_EIO;
    fclose(f);
    if (rc) {
        ts_error_set(err, rc, path, 0, -1, "%s",
                     rc == TOCSIN_EIO ? "read error" : "file too large (at most 64 MiB)");
        ts_buf_free(&b);
        return rc;
    }
    *out = b.p;
    *n = b.len;
    return 0;
}

int tocsin_dict_convert(const char *path, int from, const char *wordnet_dir, tocsin_convert_fn fn,
                        void *ud, tocsin_convert_stats *st, tocsin_diag_fn diag, void *diag_ud,
                        tocsin_error *err)
{
    char *buf = NULL;
    size_t n = 0;
    int rc = read_all(path, &buf, &n, err);
    if (rc)
        return rc;
    rc = tocsin_dict_convert_buf(path, buf ? buf : "", n, from, wordnet_dir, fn, ud, st, diag,
                                 diag_ud);
    free(buf);
    return rc;
}

/* ---- merging into a dictionary being loaded ---- */

typedef struct feed_ctx {
    tocsin_dict *d;
    const tocsin_dict_options *o;
    uint16_t fileno;
    int section;
    int rc;
} feed_ctx;

static int feed(void *ud, int section, const char *line, size_t n, long src_line)
{
    feed_ctx *f = ud;
    if (section != f->section)
        return 0;
    f->rc = ts_dict_feed(f->d, f->o, f->fileno, src_line, section, line, line + n);
    return f->rc < 0;
}

static int section_of(int fmt)
{
    switch (fmt) {
    case TOCSIN_FMT_VERBS_TABARI:
    case TOCSIN_FMT_VERBS_PETRARCH:
    case TOCSIN_FMT_OWN_VERBS: return 'v';
    case TOCSIN_FMT_OPTIONS:
    case TOCSIN_FMT_UNKNOWN: return 0;
    default: return 'a';
    }
}

int ts_legacy_load(tocsin_dict *d, const tocsin_dict_options *o, int section, tocsin_error *err)
{
    const char *wn = o->wordnet_dir ? o->wordnet_dir : getenv("TOCSIN_WORDNET");
    if (!wn)
        wn = "/usr/share/wordnet";
    for (size_t i = 0; i < o->nextra && i < d->nxst; i++) {
        /* the first phase recognises every file; the second reads only its own */
        int known = d->xst[i].format != TOCSIN_FMT_UNKNOWN || d->xst[i].lines == (size_t)-1;
        int ks = known ? section_of(d->xst[i].format) : 0;
        if (known && ks != section && !(section == 'a' && !ks))
            continue; /* unknown and options files are dealt with with the actors */
        const char *path = o->extra[i];
        char *buf = NULL;
        size_t n = 0;
        int rc = read_all(path, &buf, &n, err);
        if (rc)
            return rc;
        int fmt = known ? d->xst[i].format : sniff(buf ? buf : "", n);
        int sec = section_of(fmt);
        if (!known) {
            d->xst[i].format = fmt;
            d->xst[i].lines = (size_t)-1; /* recognised: not again */
        }
        if (sec != section && !(section == 'a' && !sec)) {
            free(buf);
            continue;
        }
        feed_ctx f = {d, o, 0, section, 0};
        rc = ts_dict_add_file(d, path, (uint16_t)(i + 1), &f.fileno);
        if (!rc) {
            rc = convert(path, buf ? buf : "", n, fmt, wn, feed, &f, &d->xst[i], o->diag,
                         o->diag_ud);
            if (rc == TOCSIN_ESTOPPED)
                rc = f.rc;
            d->st.errors += d->xst[i].errors;
            if (!rc && fmt == TOCSIN_FMT_UNKNOWN) {
                if (o->diag)
                    ts_diag(o->diag, o->diag_ud, TOCSIN_EPARSE, path, 0, -1,
                            "not a dictionary tocsin recognises (TABARI, PETRARCH2 or its own)");
                d->st.errors++;
            }
        }
        free(buf);
        if (rc) {
            ts_error_set(err, rc, path, 0, -1, "%s", tocsin_strerror(rc));
            return rc;
        }
    }
    return 0;
}

int tocsin_dict_extra_stats(const tocsin_dict *d, size_t i, tocsin_convert_stats *st)
{
    if (!d || !st || i >= d->nxst)
        return TOCSIN_ENOTFOUND;
    *st = d->xst[i];
    return 0;
}
