/* where.h - the place of an event: place phrases of its sentence ("in
 * Kherson", "near Bukavu", "outside the US embassy in Bamako", "in eastern
 * Syria", "off the coast of Somalia", "along the border with Lebanon"),
 * resolved in the gazetteer with the actors' countries and the story's
 * places as context; the story's dateline; the place it names most. */
#ifndef TS_WHERE_H
#define TS_WHERE_H

#include "sentence.h"

#define TS_MAX_WHERE 16       /* place phrases kept per sentence */
#define TS_WHERE_DOC_PLACES 32 /* places a story's context remembers */
#define TS_WHERE_DOC_COUNTRIES 16

typedef struct ts_loc {
    uint16_t t0, t1;  /* the name's tokens [t0, t1) */
    int32_t place;    /* gazetteer id, -1: not in the gazetteer (the name is kept) */
    uint8_t strength; /* 2 a place phrase, 1 a bare city or region name */
    uint8_t to;       /* a country reached by "to": a place only for a visit ("went to Pyongyang") */
    uint8_t actor;    /* a bare name that is an actor mention ("Moscow said") */
} ts_loc;

typedef struct ts_where_doc {
    int32_t dateline; /* -1 */
    int32_t seen[TS_WHERE_DOC_PLACES];
    uint16_t nseen_of[TS_WHERE_DOC_PLACES];
    size_t nseen;
    char country[TS_WHERE_DOC_COUNTRIES][4]; /* actors' countries so far */
    uint16_t ncountry[TS_WHERE_DOC_COUNTRIES];
    size_t nc;
} ts_where_doc;

void ts_where_begin(ts_where_doc *d);

/* The dateline tokens tok[0..n) of the story's first paragraph
 * ("KHARTOUM, Sudan (Reuters) -"). */
void ts_where_dateline(ts_where_doc *d, const char *text, const ts_tok *tok, size_t n);

/* The country (ISO alpha-3) of the story's dateline, or NULL. Valid as long
 * as the gazetteer. */
const char *ts_where_dateline_country(const ts_where_doc *d);
/* The story's country: its dateline's, else the country its places named
 * most often (one only), else NULL. */
const char *ts_where_story_country(const ts_where_doc *d);

/* Finds the place names of the sentence (after ts_mentions); returns how
 * many were written to out. Without events (events 0) only place phrases
 * are looked for: they are what the story's context keeps; bare names that
 * are actors only with TS_WHERE_STRUCK (an event of material conflict or a
 * visit, whose target's city is its place). events: TS_WHERE_* bits. */
enum { TS_WHERE_EVENTS = 1, TS_WHERE_STRUCK = 2 };
size_t ts_where_scan(ts_where_doc *d, const ts_sent *s, int events, ts_loc *out, size_t max);

/* A place phrase of the sentence and its country, found before its events:
 * "in Kakamega", "in the Kenyan capital", "in the Malian town of Moura". */
typedef struct ts_where_cc {
    uint16_t cue;    /* the locative word that leads to it ("in", "near") */
    uint16_t t0, t1; /* the name, or the country's adjective, [t0, t1) */
    char cc[4];      /* its country (ISO alpha-3, or the adjective's code) */
} ts_where_cc;

/* The sentence's place phrases that say where someone is (after "in",
 * "near", "outside", "at", ...; not "to", "into", "on", "across", which lead
 * to where someone goes or strikes): writes up to max to out; returns how
 * many. */
size_t ts_where_phrases(ts_where_doc *d, const ts_sent *s, ts_where_cc *out, size_t max);

/* Fills the event's geo_* fields: the nearest place phrase of the sentence
 * that is not one of its actors, else the dateline, else the story's most
 * named place; those two only in the country of one of the event's actors.
 * Returns 1 when the place is the sentence's own, 2 when it is a place phrase
 * right after the event's source ("the rebels in Yemen"), else 0. */
int ts_where_event(const ts_where_doc *d, const ts_sent *s, const ts_loc *x, size_t nx, const ts_raw_event *r,
                    tocsin_event *ev);

/* The country (ISO alpha-3) of the city or region, not a country, that the
 * sentence's places x[0..nx) name at tokens [t0, t1) ("struck Damascus",
 * "attacks on Kyiv"), or NULL. Valid as long as the gazetteer. */
const char *ts_where_city_country(const ts_loc *x, size_t nx, size_t t0, size_t t1);

/* Counts the sentence's places and actors' countries into the story's context. */
void ts_where_remember(ts_where_doc *d, const ts_sent *s, const ts_loc *x, size_t nx);

/* The country (ISO alpha-3) of the first place phrase of x[0..nx) inside
 * tokens [t0, t1) ("condemned the attack on a village in Zamfara": the
 * judged act's own place), or NULL. Valid as long as the gazetteer. */
const char *ts_where_country_within(const ts_loc *x, size_t nx, size_t t0, size_t t1);

/* 1 when a place phrase of the sentence (x[0..nx)), the story's dateline, or
 * the place or country the story has named most so far lies in a country
 * other than cc (ISO alpha-3): an act the sentence leaves unplaced may have
 * happened there. */
int ts_where_elsewhere(const ts_where_doc *d, const ts_loc *x, size_t nx, const char *cc);

#endif
