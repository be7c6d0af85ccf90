/* test_where.c - where an event happened (src/code/where.c, the gazetteer
 * src/dict/gazetteer.c): each place phrase, the dateline, the story's
 * context, same-name places told apart, places outside the gazetteer, and a
 * place that is never the event's actor. Run from test_units.c's main as its
 * own group. Sentences are written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dict/gazetteer.h"
#include "tocsin/coder.h"
#include "tocsin/dict.h"

int run_where_tests(const char *dictdir);

static tocsin_dict *GD;

typedef struct got {
    int n;
    char verb[32], want_verb[32];
    tocsin_event ev; /* the event of want_verb (geo_name copied below) */
    char name[160];
} got;

static int sink(void *ud, const tocsin_event *e)
{
    got *g = ud;
    size_t vl = strlen(g->want_verb);
    if (g->n || e->verb_text.len != vl || memcmp(e->verb_text.ptr, g->want_verb, vl))
        return 0; /* the first event of the verb */
    g->n++;
    g->ev = *e;
    size_t l = e->geo_name.len < sizeof g->name - 1 ? e->geo_name.len : sizeof g->name - 1;
    memcpy(g->name, e->geo_name.ptr, l);
    g->name[l] = '\0';
    return 0;
}

/* one case: a story, the verb of the event, and where it should be:
   ISO3 country ("" none), GDELT type, the start of its full name */
typedef struct pcase {
    const char *text, *verb, *country;
    int type;
    const char *name;
} pcase;

static void run_cases(const pcase *c, size_t n)
{
    assert_non_null(GD);
    tocsin_coder *co = tocsin_coder_new(GD);
    assert_non_null(co);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        got g;
        memset(&g, 0, sizeof g);
        snprintf(g.want_verb, sizeof g.want_verb, "%s", c[i].verb);
        tocsin_coder_set_sink(co, sink, &g);
        tocsin_doc_info info = {.id = "t", .date = "2024-05-01"};
        assert_int_equal(tocsin_code_text(co, &info, c[i].text, strlen(c[i].text)), 0);
        if (!g.n) {
            print_message("no event of \"%s\" in \"%s\"\n", c[i].verb, c[i].text);
            bad++;
            continue;
        }
        if (strcmp(g.ev.geo_country, c[i].country) || g.ev.geo_type != c[i].type ||
            strncmp(g.name, c[i].name, strlen(c[i].name)) || (!c[i].name[0] && g.name[0]))
            bad++, print_message("\"%s\": got %s type %d \"%s\", expected %s type %d \"%s\"\n", c[i].text,
                                 g.ev.geo_country, g.ev.geo_type, g.name, c[i].country, c[i].type, c[i].name);
        else if (g.ev.geo_type > 0 && !tocsin_event_has_ll(&g.ev) && g.ev.geo_country[0])
            bad++, print_message("\"%s\": a placed event without coordinates\n", c[i].text);
    }
    tocsin_coder_free(co);
    assert_int_equal(bad, 0);
}

static void t_phrases(void **st)
{
    (void)st;
    static const pcase c[] = {
        {"Russian artillery shelled Ukrainian trenches near Kherson.", "shelled", "UKR", 4, "Kherson, "},
        {"Rebels attacked an army base in Goma on Sunday.", "attacked", "COD", 4, "Goma, "},
        {"Protesters attacked the US embassy in Bamako on Friday.", "attacked", "MLI", 4, "Bamako, "},
        {"Turkish jets bombed Kurdish fighters in northern Iraq.", "bombed", "IRQ", 1, "Iraq"},
        {"Somali pirates attacked a Greek tanker off the coast of Somalia.", "attacked", "SOM", 1, "Somalia"},
        {"Israeli soldiers arrested three Palestinians in the West Bank.", "arrested", "PSE", 5, "West Bank"},
        {"Hezbollah fired rockets at Israeli soldiers along the border with Lebanon.", "fired", "LBN", 1,
         "Lebanon"},
        {"Ukrainian troops attacked Russian soldiers in the Kursk region.", "attacked", "RUS", 5, "Kursk"},
        /* a sea, a bare region: where it happened, in no country */
        {"Russian warships fired missiles from the Black Sea.", "fired", "", 5, "Black Sea"},
        {"Russian jets struck a fuel depot in Crimea.", "struck", "UKR", 5, "Crimea"},
        {"Sudanese troops clashed with militias in the city of Omdurman.", "clashed", "SDN", 4, "Omdurman, "},
        {"Ukraine said Russian troops shelled a school in Ukraine's Kharkiv region.", "shelled", "UKR", 5,
         "Kharkiv"},
        {"Chadian soldiers attacked Boko Haram fighters across the Sahel.", "attacked", "", 5, "Sahel"},
        {"Russian forces attacked Ukrainian positions in Kiev.", "attacked", "UKR", 4, "Kyiv, "}, /* old spelling */
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

static void t_dateline_and_story(void **st)
{
    (void)st;
    static const pcase c[] = {
        /* the wire dateline places a sentence that names no place */
        {"KHARTOUM, Sudan (Reuters) - Sudanese soldiers arrested four protesters on Monday.", "arrested", "SDN",
         4, "Khartoum, "},
        /* the sentence's own place wins over the dateline */
        {"NAIROBI, Kenya (AP) - Somali troops attacked militants in Mogadishu.", "attacked", "SOM", 4,
         "Mogadishu, "},
        /* no dateline: the place the story named before */
        {"Fighting raged in Bukavu on Monday.\nCongolese troops later arrested rebel commanders.", "arrested",
         "COD", 4, "Bukavu, "},
        /* nothing anywhere: no place */
        {"Japan criticised China on Monday.", "criticised", "", 0, ""},
        /* the dateline and the story's places only in an actor's country */
        {"SEOUL (Reuters) - Russia criticised Japan on Monday.", "criticised", "", 0, ""},
        {"Fighting raged in Bukavu on Monday.\nJapan later criticised China.", "criticised", "", 0, ""},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

static void t_same_names(void **st)
{
    (void)st;
    static const pcase c[] = {
        {"Chilean police arrested students in Santiago.", "arrested", "CHL", 4, "Santiago, "},
        {"Dominican police arrested students in Santiago.", "arrested", "DOM", 4, "Santiago de los Caballeros"},
        {"Chilean police arrested students in Santiago, Dominican Republic.", "arrested", "DOM", 4, "Santiago de los"},
        {"Russian troops attacked Georgian soldiers in Georgia.", "attacked", "GEO", 1, "Georgia"},
        {"American police arrested protesters in Georgia.", "arrested", "USA", 2, "Georgia"},
        {"Libyan militias attacked rivals in Tripoli, Lebanon.", "attacked", "LBN", 4, "Tripoli, "}, /* the qualifier wins */
        {"Libyan militias attacked rivals in Tripoli.", "attacked", "LBY", 4, "Tripoli, "},
        /* "the Mozambican town of Palma": not Mallorca's, which the gazetteer holds; Mozambique's it lacks */
        {"Insurgents attacked soldiers in the northern Mozambican town of Palma.", "attacked", "", 0, ""},
        /* a continent, not the town of the same name in the Philippines */
        {"Chinese envoys met Japanese diplomats in Asia.", "met", "", 5, "Asia"},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

static void t_not_held_and_not_actor(void **st)
{
    (void)st;
    static const pcase c[] = {
        /* a place the gazetteer does not hold: the name kept, nothing guessed */
        {"Nigerian soldiers attacked Boko Haram fighters in the village of Zurmadu.", "attacked", "", 0, "Zurmadu"},
        /* a place is never the actor: the accused capital is not the place */
        {"Moscow accused Kyiv of sabotage.", "accused", "", 0, ""},
        /* nor the country condemned */
        {"Russia condemned Georgia.", "condemned", "", 0, ""},
        /* "to" a country is a place for a visit only */
        {"Russian President Vladimir Putin travelled to Pyongyang on Tuesday.", "travelled", "PRK", 4,
         "Pyongyang, "},
        {"Japan sent humanitarian aid to Ukraine.", "sent", "", 0, ""},
        /* capitals standing for their governments are actors, not places */
        {"Moscow and Pyongyang signed a defence pact with Minsk.", "signed", "", 0, ""},
        /* a country name that modifies a noun is not a place */
        {"Protesters attacked the French embassy in Niamey.", "attacked", "NER", 4, "Niamey, "},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

/* A region named with its country ("Cameroon's North-West region", "the
 * North-West region of Cameroon") is that country's, or unknown; a hyphen
 * in the text finds the name the gazetteer writes without it; an adjective
 * before "capital" is no place of the same name; "Congo" is the country the
 * dictionaries make it. */
static void t_owned_regions(void **st)
{
    (void)st;
    static const pcase c[] = {
        {"Rebels ambushed soldiers in Cameroon's North-West region.", "ambushed", "CMR", 5, "North-West Region, Cameroon"},
        {"Separatists attacked a school in the North-West region of Cameroon.", "attacked", "CMR", 5,
         "North-West Region, Cameroon"},
        {"Rebels killed two soldiers in Cameroon's South-West region.", "killed", "CMR", 5, "South-West Region, Cameroon"},
        /* not South Africa's North-West province */
        {"Militants killed six soldiers in Pakistan's North-West.", "killed", "", 0, ""},
        {"Militants attacked soldiers in the Somali capital.", "attacked", "", 0, ""},
        {"Rebels seized a town in eastern Congo.", "seized", "COD", 1, "DR Congo"},
        /* ... also when it ends the phrase of the people it places ("women in Congo") */
        {"Kenyan soldiers raped women in Congo on Monday.", "raped", "COD", 1, "DR Congo"},
        /* a region the gazetteer lacks or spells otherwise, with its country: that country */
        {"Separatists burned a school in Cameroon's Northwest region.", "burned", "CMR", 1, "Cameroon"},
        {"Rebels torched homes in Ethiopia's Oromia region.", "torched", "ETH", 1, "Ethiopia"},
        /* a town of the dictionaries the gazetteer holds only a part of (not Cape Verde's Praia): its country */
        {"Militants attacked a checkpoint in Mocimboa da Praia.", "attacked", "MOZ", 1, "Mozambique"},
        /* a capitalised compass adjective before a name is no region of its own (Ghana's Northern) */
        {"Rebels attacked soldiers in Northern Mali.", "attacked", "MLI", 1, "Mali"},
        {"Rebels attacked soldiers in Northern Shan state.", "attacked", "MMR", 5, "Shan"},
    };
    run_cases(c, sizeof c / sizeof c[0]);
}

static void t_gazetteer(void **st)
{
    (void)st;
    const ts_gaz *g = ts_gaz_get();
    assert_non_null(g);
    assert_ptr_equal(g, ts_gaz_get()); /* built once */
    int32_t ukr = ts_gaz_country(g, "UKR");
    assert_true(ukr >= 0);
    const ts_place *p = ts_gaz_place(g, (uint32_t)ukr);
    assert_string_equal(p->iso2, "UA");
    assert_int_equal(p->gtype, TS_GEO_COUNTRY);
    /* a centre inside Ukraine's box */
    assert_true(p->lat > 44 && p->lat < 53 && p->lon > 22 && p->lon < 41);
    assert_int_equal(ts_gaz_country(g, "QQQ"), -1);
}

int run_where_tests(const char *dictdir)
{
    tocsin_error err;
    if (tocsin_dict_load(dictdir, NULL, &GD, &err))
        GD = NULL;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_gazetteer),          cmocka_unit_test(t_phrases),
        cmocka_unit_test(t_dateline_and_story), cmocka_unit_test(t_same_names),
        cmocka_unit_test(t_not_held_and_not_actor), cmocka_unit_test(t_owned_regions),
    };
    int rc = cmocka_run_group_tests_name("where events happen", tests, NULL, NULL);
    tocsin_dict_free(GD);
    return rc;
}
