/* gazetteer-build.c - builds the place table from the installed packages:
 * countries from iso-codes' ISO 3166-1, first-level regions and cities from
 * libgeonames (matched to ISO 3166-2 codes by name), tocsin's own regions and
 * spellings (src/dict/place_table.c). Run at build time only (gen-gazetteer.c);
 * the library reads the table it writes. Names are keyed by the folded token
 * hashes of their words, the same hashes the tokenizer gives the text. */
#include "gazetteer-build.h"

#include "tocsin/json.h"

#include "base/internal.h"
#include "dict/place_table.h"

#include <geonames.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#define ISO_DIR "/usr/share/iso-codes/json/"
#define GAZ_MAX_JSON (8u << 20) /* the iso-codes files are under 1 MiB */
#define GAZ_MAX_PLACES 200000
#define ADM1_SLOTS 16384 /* (country, region name) -> place, while building */

static gazb *g_gaz;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* ---- building ---- */

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static char *dups(const char *s) { return dupn(s, strlen(s)); }

static int32_t add_place(gazb *g, const ts_place *p)
{
    if (g->npl >= GAZ_MAX_PLACES ||
        (g->npl == g->cappl && ts_vec_grow((void **)&g->pl, &g->cappl, g->npl + 1, sizeof *g->pl, GAZ_MAX_PLACES)))
        return -1;
    g->pl[g->npl] = *p;
    return (int32_t)g->npl++;
}

static int add_key(gazb *g, const char *name, size_t len, int32_t id, int core)
{
    if (id < 0)
        return 0;
    ts_gaz_name a;
    if (!ts_gaz_name_key(name, len, core, &a))
        return 0;
    if (g->nk == g->capk && ts_vec_grow((void **)&g->k, &g->capk, g->nk + 1, sizeof *g->k, 4 * GAZ_MAX_PLACES))
        return -1;
    g->k[g->nk++] = (gazb_key){a.h, a.first, (uint32_t)id, (uint8_t)(core ? TS_GK_CORE : 0)};
    return 0;
}

static int iso2_index(const char *c)
{
    if (!c || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z')
        return -1;
    return (c[0] - 'A') * 26 + (c[1] - 'A');
}

#define GAZ_MAX_DEPTH 16

static yajl_val read_json(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ts_buf b = {0};
    b.max = GAZ_MAX_JSON;
    char chunk[65536];
    size_t n;
    int bad = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (ts_buf_put(&b, chunk, n)) {
            bad = 1;
            break;
        }
    fclose(f);
    yajl_val v = NULL;
    /* iso-codes nests three deep; anything much deeper is not that file,
       and yajl's recursive tree would not survive it */
    if (!bad && !ts_buf_putc(&b, '\0') && tocsin_json_depth(b.p, b.len, GAZ_MAX_DEPTH) <= GAZ_MAX_DEPTH)
        v = yajl_tree_parse(b.p, NULL, 0);
    ts_buf_free(&b);
    return v;
}

static const char *jstr(yajl_val o, const char *k)
{
    const char *path[] = {k, NULL};
    yajl_val v = yajl_tree_get(o, path, yajl_t_string);
    return v ? YAJL_GET_STRING(v) : NULL;
}

static yajl_val jlist(yajl_val root, const char *k)
{
    const char *path[] = {k, NULL};
    return yajl_tree_get(root, path, yajl_t_array);
}

static int load_countries(gazb *g)
{
    yajl_val root = read_json(ISO_DIR "iso_3166-1.json");
    yajl_val arr = root ? jlist(root, "3166-1") : NULL;
    for (size_t i = 0; arr && i < arr->u.array.len; i++) {
        yajl_val o = arr->u.array.values[i];
        const char *a2 = jstr(o, "alpha_2"), *a3 = jstr(o, "alpha_3"), *nm = jstr(o, "name");
        const char *cn = jstr(o, "common_name"), *on = jstr(o, "official_name");
        if (!a2 || !a3 || !nm || strlen(a3) != 3 || iso2_index(a2) < 0)
            continue;
        const char *disp = cn ? cn : nm;
        for (const ts_alias *al = ts_country_aliases; al->name; al++) /* the everyday name first */
            if (!strcmp(al->iso3, a3)) {
                disp = al->name;
                break;
            }
        ts_place p = {0};
        p.name = dups(disp);
        p.adm1 = "";
        memcpy(p.iso3, a3, 4);
        memcpy(p.iso2, a2, 2);
        snprintf(p.feature, sizeof p.feature, "%s", a3);
        p.lat = p.lon = NAN;
        p.kind = TS_PL_COUNTRY;
        p.parent = -1;
        p.gtype = TS_GEO_COUNTRY;
        int32_t id = p.name ? add_place(g, &p) : -1;
        if (id < 0) {
            yajl_tree_free(root);
            return -1;
        }
        g->by_iso2[iso2_index(a2)] = id;
        if (!strchr(nm, ',') && add_key(g, nm, strlen(nm), id, 0))
            break;
        if (cn && add_key(g, cn, strlen(cn), id, 0))
            break;
        if (on && add_key(g, on, strlen(on), id, 0))
            break;
    }
    yajl_tree_free(root);
    for (const ts_alias *al = ts_country_aliases; al->name; al++) {
        int32_t id = gazb_country(g, al->iso3);
        if (id >= 0 && add_key(g, al->name, strlen(al->name), id, 0))
            return -1;
    }
    return 0;
}

static uint64_t str_hash(const char *a, const char *b)
{
    uint64_t h = 1469598103934665603ull;
    for (; *a; a++)
        h = (h ^ (unsigned char)*a) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
    for (; *b; b++)
        h = (h ^ (unsigned char)*b) * 1099511628211ull;
    return h;
}

typedef struct adm1map {
    uint64_t h[ADM1_SLOTS];
    int32_t id[ADM1_SLOTS];
} adm1map;

static int32_t adm1_of(gazb *g, adm1map *m, const char *iso2, const char *state, int32_t country)
{
    uint64_t h = str_hash(iso2, state);
    if (!h)
        h = 1;
    size_t i = (size_t)(h % ADM1_SLOTS);
    for (size_t probe = 0; probe < ADM1_SLOTS; probe++, i = (i + 1) % ADM1_SLOTS) {
        if (m->h[i] == h)
            return m->id[i];
        if (m->h[i])
            continue;
        const ts_place *c = country >= 0 ? &g->pl[country] : NULL;
        size_t sl = strlen(state), cl = c ? strlen(c->name) : 0;
        char *full = malloc(sl + cl + 3);
        if (!full)
            return -1;
        memcpy(full, state, sl);
        if (c) {
            memcpy(full + sl, ", ", 2);
            memcpy(full + sl + 2, c->name, cl + 1);
        } else {
            full[sl] = '\0';
        }
        ts_place p = {0};
        p.name = full;
        p.adm1 = "";
        if (c)
            memcpy(p.iso3, c->iso3, 4);
        memcpy(p.iso2, iso2, 2);
        p.lat = p.lon = NAN;
        p.kind = TS_PL_ADM1;
        p.parent = country;
        p.gtype = !strcmp(iso2, "US") ? TS_GEO_USSTATE : TS_GEO_WORLDADM1;
        int32_t id = add_place(g, &p);
        if (id < 0) {
            free(full);
            return -1;
        }
        snprintf(g->pl[id].feature, sizeof g->pl[id].feature, "gn-adm1:%d", (int)id);
        m->h[i] = h;
        m->id[i] = id;
        if (add_key(g, state, sl, id, 0) || add_key(g, state, sl, id, 1))
            return -1;
        return id;
    }
    return -1;
}

static int grow_weights(gazb *g)
{
    size_t n = g->cappl;
    if (n <= g->wcap)
        return 0;
    double **v[3] = {&g->wlat, &g->wlon, &g->wsum};
    for (int k = 0; k < 3; k++) {
        double *a = realloc(*v[k], n * sizeof *a);
        if (!a)
            return -1;
        memset(a + g->wcap, 0, (n - g->wcap) * sizeof *a);
        *v[k] = a;
    }
    g->wcap = n;
    return 0;
}

static int load_cities(gazb *g, adm1map *m)
{
    int n = geonames_get_n_cities();
    for (int i = 0; i < n; i++) {
        GeonamesCity *gc = geonames_get_city(i);
        if (!gc)
            continue;
        /* one pass over the record: the accessors cost a lookup each */
        const char *gid = NULL, *nm = NULL, *st = NULL, *cc = NULL, *cn = NULL;
        guint32 pop = 0;
        double lat = NAN, lon = NAN;
        if (g_variant_is_of_type(gc, G_VARIANT_TYPE("(sssssssudd)"))) {
            /* child by child: g_variant_get's format string costs more than the fields */
            GVariant *ch[10];
            for (gsize k = 0; k < 10; k++)
                ch[k] = k == 2 || k == 6 ? NULL : g_variant_get_child_value(gc, k); /* not ADM1 id, zone */
            gid = g_variant_get_string(ch[0], NULL);
            nm = g_variant_get_string(ch[1], NULL);
            st = g_variant_get_string(ch[3], NULL);
            cc = g_variant_get_string(ch[4], NULL);
            cn = g_variant_get_string(ch[5], NULL);
            pop = g_variant_get_uint32(ch[7]);
            lat = g_variant_get_double(ch[8]);
            lon = g_variant_get_double(ch[9]);
            /* the strings point into gc's data, which outlives the children */
            for (gsize k = 0; k < 10; k++)
                if (ch[k])
                    g_variant_unref(ch[k]);
        } else {
            nm = geonames_city_get_name(gc);
            st = geonames_city_get_state(gc);
            cc = geonames_city_get_country_code(gc);
            cn = geonames_city_get_country(gc);
            pop = geonames_city_get_population(gc);
            lat = geonames_city_get_latitude(gc);
            lon = geonames_city_get_longitude(gc);
        }
        if (!nm || !cc) {
            geonames_city_free(gc);
            continue;
        }
        int ci = iso2_index(cc);
        int32_t country = ci >= 0 ? g->by_iso2[ci] : -1;
        int32_t adm = (st && *st && ci >= 0) ? adm1_of(g, m, cc, st, country) : -1;
        const char *cname = country >= 0 ? g->pl[country].name : cn;
        size_t nl = strlen(nm), sl = st ? strlen(st) : 0, cl = cname ? strlen(cname) : 0;
        char *full = malloc(nl + sl + cl + 5);
        int rc = -1;
        if (full) {
            size_t o = 0;
            memcpy(full, nm, nl);
            o = nl;
            if (sl) {
                memcpy(full + o, ", ", 2);
                memcpy(full + o + 2, st, sl);
                o += 2 + sl;
            }
            if (cl) {
                memcpy(full + o, ", ", 2);
                memcpy(full + o + 2, cname, cl);
                o += 2 + cl;
            }
            full[o] = '\0';
            ts_place p = {0};
            p.name = full;
            p.adm1 = "";
            if (country >= 0)
                memcpy(p.iso3, g->pl[country].iso3, 4);
            if (ci >= 0)
                memcpy(p.iso2, cc, 2);
            if (gid && *gid) /* the GeoNames id */
                snprintf(p.feature, sizeof p.feature, "gn:%.20s", gid);
            else
                snprintf(p.feature, sizeof p.feature, "gn-row:%d", i);
            p.lat = lat;
            p.lon = lon;
            p.pop = pop;
            p.kind = TS_PL_CITY;
            p.parent = -1;
            p.gtype = (ci >= 0 && !strcmp(cc, "US")) ? TS_GEO_USCITY : TS_GEO_WORLDCITY;
            int32_t id = add_place(g, &p);
            if (id < 0)
                free(full);
            rc = id < 0 ? -1 : add_key(g, nm, nl, id, 0);
            /* the city's region (its ADM1 code is filled in later) and weights */
            if (!rc && (rc = grow_weights(g)) == 0) {
                double w = p.pop > 0 ? (double)p.pop : 1.0;
                int32_t up[2] = {adm, country};
                for (int k = 0; k < 2; k++) {
                    if (up[k] < 0)
                        continue;
                    g->wlat[up[k]] += w * p.lat;
                    g->wlon[up[k]] += w * p.lon;
                    g->wsum[up[k]] += w;
                    g->pl[up[k]].pop += p.pop;
                }
                g->pl[id].parent = adm;
            }
        }
        geonames_city_free(gc);
        if (rc)
            return -1;
    }
    return 0;
}

/* ISO 3166-2 codes for libgeonames' region names: equal cores, or one core a
 * prefix of the other ("kherson" / "khersonska"), within the country. */
static void match_adm1_codes(gazb *g)
{
    /* the regions of each country, with their cores, once */
    size_t nadm = 0;
    for (size_t p = 0; p < g->npl; p++)
        nadm += g->pl[p].kind == TS_PL_ADM1;
    typedef struct acore {
        uint32_t id;
        int next; /* next region of the same country, -1 */
        char words[64];
        size_t wlen;
    } acore;
    acore *ac = calloc(nadm ? nadm : 1, sizeof *ac);
    int head[26 * 26];
    if (!ac)
        return;
    for (size_t i = 0; i < 26 * 26; i++)
        head[i] = -1;
    size_t n = 0;
    for (size_t p = 0; p < g->npl && n < nadm; p++) {
        const ts_place *pl = &g->pl[p];
        int ci = iso2_index(pl->iso2);
        if (pl->kind != TS_PL_ADM1 || ci < 0)
            continue;
        const char *comma = strstr(pl->name, ", ");
        ts_gaz_name ga;
        ts_gaz_name_key(pl->name, comma ? (size_t)(comma - pl->name) : strlen(pl->name), 1, &ga);
        ac[n].id = (uint32_t)p;
        ac[n].wlen = ga.wlen < sizeof ac[n].words ? ga.wlen : sizeof ac[n].words - 1;
        memcpy(ac[n].words, ga.words, ac[n].wlen);
        ac[n].next = head[ci];
        head[ci] = (int)n++;
    }
    yajl_val root = read_json(ISO_DIR "iso_3166-2.json");
    yajl_val arr = root ? jlist(root, "3166-2") : NULL;
    for (size_t i = 0; arr && i < arr->u.array.len; i++) {
        yajl_val o = arr->u.array.values[i];
        const char *code = jstr(o, "code"), *nm = jstr(o, "name");
        if (!code || !nm || jstr(o, "parent") || strlen(code) < 4 || strlen(code) > 7)
            continue;
        int ci = iso2_index(code);
        if (ci < 0 || head[ci] < 0)
            continue;
        ts_gaz_name ia;
        ts_gaz_name_key(nm, strlen(nm), 1, &ia);
        if (ia.wlen < 3)
            continue;
        for (int a = head[ci]; a >= 0; a = ac[a].next) {
            ts_place *pl = &g->pl[ac[a].id];
            size_t m = ac[a].wlen < ia.wlen ? ac[a].wlen : ia.wlen;
            if (pl->adm1[0] || m < 4 || memcmp(ac[a].words, ia.words, m) || (ac[a].wlen != ia.wlen && m < 5))
                continue;
            char *c = dups(code);
            if (c) {
                pl->adm1 = c;
                snprintf(pl->feature, sizeof pl->feature, "%s", code);
            }
        }
    }
    yajl_tree_free(root);
    free(ac);
}

static int load_own(gazb *g)
{
    for (const ts_own_region *r = ts_own_regions; r->key; r++) {
        const char *bar = strchr(r->names, '|');
        size_t dl = bar ? (size_t)(bar - r->names) : strlen(r->names);
        int32_t c = r->iso3[0] ? gazb_country(g, r->iso3) : -1;
        size_t cl = c >= 0 ? strlen(g->pl[c].name) : 0;
        char *full = malloc(dl + cl + 3);
        if (!full)
            return -1;
        memcpy(full, r->names, dl);
        if (cl) {
            memcpy(full + dl, ", ", 2);
            memcpy(full + dl + 2, g->pl[c].name, cl + 1);
        } else {
            full[dl] = '\0';
        }
        ts_place p = {0};
        p.name = full;
        p.adm1 = r->adm1;
        if (c >= 0) {
            memcpy(p.iso3, g->pl[c].iso3, 4);
            memcpy(p.iso2, g->pl[c].iso2, 2);
        }
        snprintf(p.feature, sizeof p.feature, "tocsin:%s", r->key);
        p.lat = r->lat;
        p.lon = r->lon;
        p.kind = TS_PL_REGION;
        p.parent = c;
        p.gtype = TS_GEO_WORLDADM1;
        int32_t id = add_place(g, &p);
        if (id < 0) {
            free(full);
            return -1;
        }
        for (const char *s = r->names; *s;) {
            const char *e = strchr(s, '|');
            size_t l = e ? (size_t)(e - s) : strlen(s);
            if (add_key(g, s, l, id, 0))
                return -1;
            s += l + (e ? 1 : 0);
        }
    }
    /* other spellings of cities: the most populous city of that name and country */
    for (const ts_city_alias *a = ts_city_aliases; a->alias; a++) {
        ts_gaz_name k;
        ts_gaz_name_key(a->name, strlen(a->name), 0, &k);
        int32_t best = -1;
        for (size_t i = 0; i < g->nk; i++) {
            const ts_place *p = &g->pl[g->k[i].id];
            if (g->k[i].key == k.h && p->kind == TS_PL_CITY && !memcmp(p->iso2, a->iso2, 2) &&
                (best < 0 || p->pop > g->pl[best].pop))
                best = (int32_t)g->k[i].id;
        }
        if (best >= 0 && add_key(g, a->alias, strlen(a->alias), best, 0))
            return -1;
    }
    return 0;
}

static int cmp_key(const void *a, const void *b)
{
    const gazb_key *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

static int index_keys(gazb *g)
{
    qsort(g->k, g->nk, sizeof *g->k, cmp_key);
    size_t ns = 16;
    while (ns < 2 * g->nk)
        ns <<= 1;
    g->slot = calloc(ns, sizeof *g->slot);
    g->first = calloc(ns, sizeof *g->first);
    if (!g->slot || !g->first)
        return -1;
    g->nslot = g->nfirst = ns;
    for (size_t i = 0; i < g->nk; i++) {
        if (i == 0 || g->k[i].key != g->k[i - 1].key) {
            size_t s = (size_t)(g->k[i].key >> 11) & (ns - 1);
            while (g->slot[s])
                s = (s + 1) & (ns - 1);
            g->slot[s] = (uint32_t)(i + 1);
        }
        uint64_t f = g->k[i].first ? g->k[i].first : 1;
        size_t s = (size_t)(f >> 11) & (ns - 1);
        while (g->first[s] && g->first[s] != f)
            s = (s + 1) & (ns - 1);
        g->first[s] = f;
        g->bloom[TS_GAZ_BLOOM_A(f) / 64] |= 1ull << (TS_GAZ_BLOOM_A(f) % 64);
        g->bloom[TS_GAZ_BLOOM_B(f) / 64] |= 1ull << (TS_GAZ_BLOOM_B(f) % 64);
    }
    return 0;
}

static void build(void)
{
    gazb *g = calloc(1, sizeof *g);
    adm1map *m = calloc(1, sizeof *m);
    if (!g || !m)
        goto fail;
    for (size_t i = 0; i < 26 * 26; i++)
        g->by_iso2[i] = -1;
    if (load_countries(g))
        goto fail;
    if (grow_weights(g) || load_cities(g, m))
        goto fail;
    /* region codes of cities, as pointers now that the places stopped moving */
    match_adm1_codes(g);
    for (size_t i = 0; i < g->npl; i++) {
        ts_place *p = &g->pl[i];
        if (p->kind == TS_PL_CITY && p->parent >= 0)
            p->adm1 = g->pl[p->parent].adm1;
        if (i < g->wcap && g->wsum[i] > 0 && p->kind != TS_PL_CITY) {
            p->lat = g->wlat[i] / g->wsum[i];
            p->lon = g->wlon[i] / g->wsum[i];
        }
    }
    if (load_own(g) || index_keys(g))
        goto fail;
    free(g->wlat);
    free(g->wlon);
    free(g->wsum);
    g->wlat = g->wlon = g->wsum = NULL;
    free(m);
    g_gaz = g;
    return;
fail:
    free(m);
    if (g) {
        free(g->k);
        free(g->slot);
        free(g->first);
        free(g->wlat);
        free(g->wlon);
        free(g->wsum);
        free(g->pl); /* the names stay allocated: a failed build happens once */
        free(g);
    }
}

const gazb *gazb_get(void)
{
    pthread_once(&g_once, build);
    return g_gaz;
}

int gazb_first(const gazb *g, uint64_t h)
{
    if (!h)
        h = 1;
    if (!(g->bloom[TS_GAZ_BLOOM_A(h) / 64] & (1ull << (TS_GAZ_BLOOM_A(h) % 64))) ||
        !(g->bloom[TS_GAZ_BLOOM_B(h) / 64] & (1ull << (TS_GAZ_BLOOM_B(h) % 64))))
        return 0;
    size_t s = (size_t)(h >> 11) & (g->nfirst - 1);
    while (g->first[s]) {
        if (g->first[s] == h)
            return 1;
        s = (s + 1) & (g->nfirst - 1);
    }
    return 0;
}

size_t gazb_find(const gazb *g, uint64_t key, uint32_t *ids, uint8_t *flags, size_t max)
{
    size_t s = (size_t)(key >> 11) & (g->nslot - 1);
    while (g->slot[s]) {
        size_t i = g->slot[s] - 1;
        if (g->k[i].key == key) {
            size_t n = 0;
            for (; i < g->nk && g->k[i].key == key && n < max; i++) {
                if (n && ids[n - 1] == g->k[i].id) {
                    flags[n - 1] &= g->k[i].flags; /* a full name beats a core */
                    continue;
                }
                ids[n] = g->k[i].id;
                flags[n] = g->k[i].flags;
                n++;
            }
            return n;
        }
        s = (s + 1) & (g->nslot - 1);
    }
    return 0;
}

const ts_place *gazb_place(const gazb *g, uint32_t id) { return id < g->npl ? &g->pl[id] : NULL; }

int32_t gazb_country(const gazb *g, const char *iso3)
{
    for (size_t i = 0; i < g->npl && g->pl[i].kind == TS_PL_COUNTRY; i++) /* countries come first */
        if (!strcmp(g->pl[i].iso3, iso3))
            return (int32_t)i;
    return -1;
}

int32_t gazb_lookup(const gazb *g, const char *name, size_t n, int kind)
{
    ts_gaz_name a;
    if (!ts_gaz_name_key(name, n, 0, &a))
        return -1;
    uint32_t ids[TS_GAZ_MAX_HITS];
    uint8_t fl[TS_GAZ_MAX_HITS];
    size_t nh = gazb_find(g, a.h, ids, fl, TS_GAZ_MAX_HITS);
    int32_t best = -1;
    for (size_t k = 0; k < nh; k++) {
        const ts_place *p = &g->pl[ids[k]];
        if ((fl[k] & TS_GK_CORE) || (kind && p->kind != kind))
            continue;
        if (best < 0 || p->pop > g->pl[best].pop)
            best = (int32_t)ids[k];
    }
    return best;
}
