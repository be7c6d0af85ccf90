/* tocsin/event.h - one coded event: who did what to whom, when, and the
 * evidence for it. */
#ifndef TOCSIN_EVENT_H
#define TOCSIN_EVENT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A (pointer, length) view into memory owned by someone else; not
 * NUL-terminated. Each use says how long it stays valid. */
typedef struct tocsin_slice {
    const char *ptr;
    size_t len;
} tocsin_slice;

enum tocsin_event_flags {
    TOCSIN_EV_NEGATED = 1u << 0,     /* the act is negated (only emitted with TOCSIN_CODE_ALL) */
    TOCSIN_EV_ATTRIBUTED = 1u << 1,  /* reported speech: "X said Y did Z" */
    TOCSIN_EV_INTENT = 1u << 2,      /* an intention or pledge turned into 03x / 014 / 13x */
    TOCSIN_EV_PASSIVE = 1u << 3,     /* coded from a passive clause */
    TOCSIN_EV_SYMMETRIC = 1u << 4,   /* the mirror event of a joint action */
    TOCSIN_EV_RESOLVED = 1u << 5,    /* an actor came from a pronoun or earlier mention */
    TOCSIN_EV_HYPOTHETICAL = 1u << 6, /* modal or conditional (only with TOCSIN_CODE_ALL) */
    TOCSIN_EV_RETOLD = 1u << 7       /* its time lies well before the article (retold history) */
};

#define TOCSIN_CODE_LEN 16

typedef struct tocsin_event {
    tocsin_slice doc;      /* document id */
    tocsin_slice date;     /* article date (YYYY-MM-DD) or empty */
    uint32_t sentence;     /* 0-based index of the sentence in the document */
    uint64_t offset;       /* byte offset of the sentence in the document text */
    uint32_t length;       /* byte length of the sentence */
    char source[TOCSIN_CODE_LEN]; /* actor codes, NUL-terminated */
    char target[TOCSIN_CODE_LEN]; /* "" when the event has no target */
    char code[8];          /* CAMEO code, 2-4 digits */
    char root[3];          /* its first two digits */
    int quad;              /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    double goldstein;      /* Goldstein weight of the code */
    tocsin_slice sentence_text; /* the evidence sentence */
    tocsin_slice source_text, verb_text, target_text; /* matched words (target may be empty) */
    unsigned flags;        /* tocsin_event_flags */
    /* The time the event's own clause gives, resolved against the article
     * date ("on Tuesday", "in 2015", "since May 2022"), else the article
     * date: day numbers (days since 1970-01-01, tocsin/date.h), end
     * included, and how precisely it is known (tocsin_date_precision;
     * TOCSIN_WHEN_NONE when neither the text nor the article dates it). */
    long when_start, when_end;
    int when_precision;
    /* The verb pattern that produced the event, for explanations: the path of
     * its dictionary file (valid while the dictionary is loaded) and its line;
     * NULL and 0 when no pattern was involved. */
    const char *pattern_file;
    uint32_t pattern_line;
    /* The grammar's rule, in words, that made the event or found its target
     * beyond the pattern ("the party after 'from'"); NULL when none. Static
     * text, valid for the process. */
    const char *rule;
    /* Where it happened, GDELT ActionGeo style: a place phrase of its
     * sentence ("in Kherson", "off the coast of Somalia"), else the story's
     * dateline, else the place the story has named most so far. geo_type is
     * TOCSIN_GEO_*; 0 with a non-empty geo_name is a place the gazetteer
     * does not hold (kept, never guessed). geo_name is the full name
     * ("Kherson, Kherson Oblast, Ukraine"), valid for the process when
     * resolved, like sentence_text otherwise. Country codes are ISO 3166-1
     * (not GDELT's FIPS 10-4), geo_adm1 ISO 3166-2 ("UA-65") or "".
     * geo_lat/geo_lon count only when tocsin_event_has_ll() (NAN when the
     * place has no coordinates; events built elsewhere leave them 0). */
    int geo_type;
    tocsin_slice geo_name;
    char geo_country[4];  /* alpha-3, "" when none or across borders */
    char geo_country2[3]; /* alpha-2 */
    char geo_adm1[8];
    double geo_lat, geo_lon;
    char geo_feature[24]; /* "gn:<GeoNames id>" (cities), an ISO code, "tocsin:<region>" */
} tocsin_event;

enum tocsin_geo_type {
    TOCSIN_GEO_NONE = 0,
    TOCSIN_GEO_COUNTRY = 1,
    TOCSIN_GEO_US_STATE = 2,
    TOCSIN_GEO_US_CITY = 3,
    TOCSIN_GEO_WORLD_CITY = 4,
    TOCSIN_GEO_WORLD_ADM1 = 5 /* a first-level region, or a named region or sea */
};

/* Does the event carry a latitude and longitude? */
static inline int tocsin_event_has_ll(const tocsin_event *ev)
{
    return ev->geo_type > 0 && ev->geo_lat == ev->geo_lat && ev->geo_lon == ev->geo_lon &&
           ev->geo_lat >= -90 && ev->geo_lat <= 90 && ev->geo_lon >= -180 && ev->geo_lon <= 180;
}

#ifdef __cplusplus
}
#endif
#endif
