/* tocsin/interchange.h - event data in other projects' formats: reading
 * GDELT, ICEWS, KEDS and WEIS event files, writing GDELT-, PLOVER- and
 * CAMEO-style exports. */
#ifndef TOCSIN_INTERCHANGE_H
#define TOCSIN_INTERCHANGE_H

#include "tocsin/status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum tocsin_ext_format {
    TOCSIN_EXT_GDELT = 1, /* GDELT 1.0/2.0 event tables (tab-separated, 57/58/61 columns) */
    TOCSIN_EXT_ICEWS,     /* ICEWS event files (20 tab-separated columns, header line) */
    TOCSIN_EXT_KEDS,      /* KEDS/CAMEO series: date, source, target, code (tab-separated) */
    TOCSIN_EXT_CAMEO,     /* export only: tocsin's own CAMEO table */
    TOCSIN_EXT_PLOVER,    /* export only: PLOVER event type, mode, context */
    TOCSIN_EXT_WEIS       /* WEIS-coded KEDS series: date, source, target, WEIS code[, label] */
} tocsin_ext_format;

/* One event as exchanged with other data sets, in tocsin's actor codes. */
typedef struct tocsin_ext_event {
    char date[11];    /* YYYY-MM-DD */
    char source[16];  /* tocsin actor code (RUS, RUSGOV, NATO, ...), "" if unknown */
    char target[16];
    char code[8];     /* CAMEO code */
    char id[48];      /* the record's own id where the format has one, else "" */
    char text[512];   /* a short description or source sentence where the format has one;
                         WEIS lines: "WEIS 223" and the line's label */
    double goldstein; /* with has_goldstein: the weight to store instead of the CAMEO code's */
    int has_goldstein;
    char alt_id[48];  /* the id an older import gave this line, or "": stored under it, the
                         event is already there (tocsin_store_add_external) */
    char added[11];   /* export: the day the event was published (GDELT's DATEADDED); "" = date */
    /* where it happened (GDELT's ActionGeo, ICEWS's City/Province/Country and
     * coordinates): geo_type as tocsin_event's (0 = none known), the place's
     * full name, ISO 3166-1 alpha-3 country, region code or name, and
     * coordinates when geo_has_ll. */
    int geo_type, geo_has_ll;
    char geo_name[160];
    char geo_country[4];
    char geo_adm1[48];
    double geo_lat, geo_lon;
    char geo_feature[24];
} tocsin_ext_event;

/* Parses one line (without its newline). Returns 1 and fills *out for an
 * event, 0 for a line to skip silently (a header, a blank line), or a
 * negative status with err->message saying what is wrong (the caller adds
 * the file and line). Actor names and codes are mapped to tocsin's codes by
 * the tables in dict/interchange/ (read with tocsin_ext_load_maps); a name
 * or code the tables do not know is kept in out->source/target only if it
 * is already a valid tocsin code, else the line is an error naming it. */
typedef struct tocsin_ext_maps tocsin_ext_maps;
int tocsin_ext_load_maps(const char *dict_dir, tocsin_ext_maps **out, tocsin_error *err);
void tocsin_ext_free_maps(tocsin_ext_maps *m);
int tocsin_ext_parse_line(const tocsin_ext_maps *m, tocsin_ext_format fmt, const char *line, size_t n,
                          tocsin_ext_event *out, tocsin_error *err);

/* WEIS lines store their CAMEO code's Goldstein weight unless a table of
 * WEIS weights (WEIS<TAB>WEIGHT lines; a header line and `#` comments are
 * skipped) is added to the maps with this; a WEIS code the table lacks keeps
 * the CAMEO weight. Call it before the maps are shared between threads. */
int tocsin_ext_load_weis_goldstein(tocsin_ext_maps *m, const char *path, tocsin_error *err);

/* Adds a table of the user's own actor codes (keds.txt's format: CODE<TAB>
 * TOCSIN or `none`, `#` comments) that KEDS and WEIS lines read before every
 * other table, also as the prefix of a code with roles after it: a series'
 * own sense of a code ("MOS" for the Bosnian Muslims of one series). Call it
 * before the maps are shared between threads. */
int tocsin_ext_load_actors(tocsin_ext_maps *m, const char *path, tocsin_error *err);

/* Maps one actor code the way lines of fmt (TOCSIN_EXT_KEDS or
 * TOCSIN_EXT_WEIS) read it: out[16] gets the tocsin code, "" for an actor
 * the tables give no code (`none`). An unknown code is TOCSIN_EPARSE with
 * err->message naming it. */
int tocsin_ext_map_actor(const tocsin_ext_maps *m, tocsin_ext_format fmt, const char *code, char out[16],
                         tocsin_error *err);

/* Export: the header line and one line per event (with newline) into buf
 * (size cap); returns the length written, or a negative status.
 * plover needs the maps (CAMEO->PLOVER table). */
int tocsin_ext_header(tocsin_ext_format fmt, char *buf, size_t cap);
int tocsin_ext_format_line(const tocsin_ext_maps *m, tocsin_ext_format fmt, const tocsin_ext_event *ev,
                           long long event_id, int n_sources, int n_articles, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif
#endif
