/* test_interchange.c - reading GDELT, ICEWS, KEDS and WEIS event lines and writing
 * CAMEO, GDELT and PLOVER export lines (src/store/interchange.c), with the tables in
 * dict/interchange/. The event lines are written for these tests.
 *
 * Usage: test_interchange [DICT_DIR [SHARED_DIR]]. With SHARED_DIR (default
 * ../shared), every actor code of the KEDS Turkey series must map, every line
 * of the WEIS-coded Balkans and Central Asia series must read and the ICEWS
 * sample must read; those tests are skipped when the files are absent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tocsin/interchange.h"

static const char *dictdir = "dict";
static const char *shareddir = "../shared";
static tocsin_ext_maps *M;

typedef struct res {
    int rc;
    tocsin_ext_event ev;
    tocsin_error err;
} res;

static res parse(tocsin_ext_format fmt, const char *line)
{
    res r;
    memset(&r, 0, sizeof r);
    r.rc = tocsin_ext_parse_line(M, fmt, line, strlen(line), &r.ev, &r.err);
    return r;
}

#define assert_event(r, d, s, t, c)                                                     \
    do {                                                                                \
        if ((r).rc != 1)                                                                \
            print_error("parse failed: %s\n", (r).err.message);                         \
        assert_int_equal((r).rc, 1);                                                    \
        assert_string_equal((r).ev.date, (d));                                          \
        assert_string_equal((r).ev.source, (s));                                        \
        assert_string_equal((r).ev.target, (t));                                        \
        assert_string_equal((r).ev.code, (c));                                          \
    } while (0)

#define assert_error(r, needle)                                                         \
    do {                                                                                \
        assert_int_equal((r).rc, TOCSIN_EPARSE);                                        \
        if (!strstr((r).err.message, (needle)))                                         \
            print_error("message '%s' lacks '%s'\n", (r).err.message, (needle));        \
        assert_non_null(strstr((r).err.message, (needle)));                             \
    } while (0)

/* Joins n fields with tabs into buf. */
static const char *join(char *buf, size_t cap, size_t n, const char *const *f)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        int k = snprintf(buf + o, cap - o, "%s%s", i ? "\t" : "", f[i] ? f[i] : "");
        assert_true(k >= 0 && (size_t)k < cap - o);
        o += (size_t)k;
    }
    return buf;
}

/* ---------- KEDS ---------- */

static void t_keds_valid(void **st)
{
    (void)st;
    assert_event(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t190"), "2003-03-20", "USA", "IRQ", "190");
    /* YYMMDD: 69-99 are 19xx, 00-68 20xx */
    assert_event(parse(TOCSIN_EXT_KEDS, "031120\tTURREBPKK\tTURMIL\t193"), "2003-11-20", "TURREB", "TURMIL",
                 "193");
    assert_event(parse(TOCSIN_EXT_KEDS, "990215\tIGONAT\tSCGKSV\t0871\r"), "1999-02-15", "NATO", "KSV", "0871");
    /* CRLF and spaces around fields are tolerated */
    assert_event(parse(TOCSIN_EXT_KEDS, "1995-07-01\t IRQBAG \tIGOUNO\t036\r\n"), "1995-07-01", "IRQGOV", "UNO",
                 "036");
}

static void t_keds_mapping(void **st)
{
    (void)st;
    /* ethnic Turks -> TUR; Kurds as a people have no tocsin code */
    assert_event(parse(TOCSIN_EXT_KEDS, "1993-06-05\tTRK\tKUR\t112"), "1993-06-05", "TUR", "", "112");
    assert_event(parse(TOCSIN_EXT_KEDS, "1996-01-10\tKURREB\tIRQNOR\t190"), "1996-01-10", "TURREB", "IRQ", "190");
    assert_event(parse(TOCSIN_EXT_KEDS, "1996-01-10\tCYPTRKGOV\tIGOEEC\t046"), "1996-01-10", "CYPGOV", "EUR",
                 "046");
    assert_event(parse(TOCSIN_EXT_KEDS, "1992-04-01\tROM\tTMP\t042"), "1992-04-01", "ROU", "TLS", "042");
    /* not listed but already a tocsin code: kept */
    assert_event(parse(TOCSIN_EXT_KEDS, "2022-02-24\tRUSMIL\tUKRGOV\t190"), "2022-02-24", "RUSMIL", "UKRGOV",
                 "190");
    assert_event(parse(TOCSIN_EXT_KEDS, "2022-02-24\tNATOMIL\tWSTGOV\t042"), "2022-02-24", "NATOMIL", "WSTGOV",
                 "042");
    /* a code in TABARI's brackets, or with one of them left over, is the code */
    assert_event(parse(TOCSIN_EXT_KEDS, "1997-08-19\tIRQREBKDP\tIRQREBPUK\t0841]"), "1997-08-19", "IRQREB",
                 "IRQREB", "0841");
    assert_event(parse(TOCSIN_EXT_KEDS, "1999-02-16\tTUR\tNLD\t[145]"), "1999-02-16", "TUR", "NLD", "145");
    assert_event(parse(TOCSIN_EXT_KEDS, "1999-02-16\tTUR\tNLD\t[145"), "1999-02-16", "TUR", "NLD", "145");
    /* a fifth column is kept as text */
    res r = parse(TOCSIN_EXT_KEDS, "2001-05-05\tGRC\tTUR\t051\t(PRAISE)");
    assert_int_equal(r.rc, 1);
    assert_string_equal(r.ev.text, "(PRAISE)");
    assert_string_equal(r.ev.id, "");
}

static void t_keds_skip(void **st)
{
    (void)st;
    assert_int_equal(parse(TOCSIN_EXT_KEDS, "date\tsource\ttarget\tcode").rc, 0);
    assert_int_equal(parse(TOCSIN_EXT_KEDS, "\xEF\xBB\xBF" "date\tsource\ttarget\tcode").rc, 0);
    assert_int_equal(parse(TOCSIN_EXT_KEDS, "").rc, 0);
    assert_int_equal(parse(TOCSIN_EXT_KEDS, "  \t \r\n").rc, 0);
}

static void t_keds_malformed(void **st)
{
    (void)st;
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ"), "expected 4");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-13-20\tUSA\tIRQ\t190"), "bad date: '2003-13-20'");
    assert_error(parse(TOCSIN_EXT_KEDS, "20030320\tUSA\tIRQ\t190"), "bad date");
    assert_error(parse(TOCSIN_EXT_KEDS, "03-03-20\tUSA\tIRQ\t190"), "bad date");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t08]41"), "'08]41'");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t[]"), "'[]'");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t[[190]"), "'[[190]'");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t(190)"), "'(190)'");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t999"), "not a CAMEO event code: '999'");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\t\tIRQ\t190"), "empty source");
    res r = parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tIRQ\t190");
    assert_int_equal(r.rc, 1);
    /* a failed line leaves no half-filled event behind */
    r = parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tQQQZZZ\t190");
    assert_string_equal(r.ev.source, "");
    char nul[] = "2003-03-20\tUSA\0\tIRQ\t190";
    tocsin_ext_event ev;
    tocsin_error err;
    assert_int_equal(tocsin_ext_parse_line(M, TOCSIN_EXT_KEDS, nul, sizeof nul - 1, &ev, &err), TOCSIN_EPARSE);
}

static void t_keds_unknown_actor(void **st)
{
    (void)st;
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tXYZABC\tIRQ\t190"), "unknown KEDS source actor code 'XYZABC'");
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSA\tusa\t190"), "unknown KEDS target actor code 'usa'");
    /* a valid country with a sector tocsin does not use is not a tocsin code */
    assert_error(parse(TOCSIN_EXT_KEDS, "2003-03-20\tUSASPYCIA\tIRQ\t190"), "'USASPYCIA'");
}

/* ---------- WEIS ---------- */

static void t_weis_lines(void **st)
{
    (void)st;
    assert_int_equal(parse(TOCSIN_EXT_WEIS, "date\tsource\ttarget\tcode\tdesc").rc, 0);
    res r = parse(TOCSIN_EXT_WEIS, "1995-08-04\tCRO\tRCR\t223\t(MIL ENGAGEMENT)");
    assert_event(r, "1995-08-04", "HRV", "HRVREB", "190");
    assert_string_equal(r.ev.text, "WEIS 223 (MIL ENGAGEMENT)");
    assert_int_equal(r.ev.has_goldstein, 0);
    /* the label is optional; WEIS codes become their CAMEO correspondents */
    r = parse(TOCSIN_EXT_WEIS, "1998-03-05\tSER\tKSVKLA\t212");
    assert_event(r, "1998-03-05", "SRB", "KSVREB", "173");
    assert_string_equal(r.ev.text, "WEIS 212");
    assert_event(parse(TOCSIN_EXT_WEIS, "1994-04-10\tNAT\tBOSSER\t182"), "1994-04-10", "NATO", "BIHREB", "150");
    /* historic states are their successors */
    assert_event(parse(TOCSIN_EXT_WEIS, "1990-08-02\tIRQ\tKUW\t223"), "1990-08-02", "IRQ", "KWT", "190");
    assert_event(parse(TOCSIN_EXT_WEIS, "1985-01-02\tUSR\tGMW\t031"), "1985-01-02", "RUS", "DEU", "040");
    /* AUS is Austria in WEIS series (weis-actors.txt), Australia in CAMEO ones */
    assert_event(parse(TOCSIN_EXT_WEIS, "1995-01-02\tAUS\tEEC\t084"), "1995-01-02", "AUT", "EUR", "060");
    assert_event(parse(TOCSIN_EXT_KEDS, "1995-01-02\tAUS\tIDN\t040"), "1995-01-02", "AUS", "IDN", "040");
    /* an actor without a tocsin code is read with an empty one */
    assert_event(parse(TOCSIN_EXT_WEIS, "1999-05-02\tAMN\tSER\t121"), "1999-05-02", "", "SRB", "111");
    /* a code in TABARI's brackets is the code */
    r = parse(TOCSIN_EXT_WEIS, "1995-08-04\tCRO\tRCR\t[223]");
    assert_event(r, "1995-08-04", "HRV", "HRVREB", "190");
    assert_string_equal(r.ev.text, "WEIS 223");
    assert_error(parse(TOCSIN_EXT_WEIS, "1995-08-04\tCRO\tRCR\t2]23"), "unknown WEIS event code");
    /* a cue category alone is its general code */
    r = parse(TOCSIN_EXT_WEIS, "1999-05-02\tSER\tKSV\t22");
    assert_event(r, "1999-05-02", "SRB", "KSV", "180");
    assert_string_equal(r.ev.text, "WEIS 220");
    assert_error(parse(TOCSIN_EXT_WEIS, "1999-05-02\tSER\tKSV\t999"), "unknown WEIS event code");
    assert_error(parse(TOCSIN_EXT_WEIS, "1999-05-02\tSER\tKSV\t2"), "unknown WEIS event code");
    assert_error(parse(TOCSIN_EXT_WEIS, "1999-05-02\tSER\tKSV\t1901"), "unknown WEIS event code");
    assert_error(parse(TOCSIN_EXT_WEIS, "1999-05-02\tQQQ\tKSV\t223"), "unknown WEIS source actor code 'QQQ'");
    assert_error(parse(TOCSIN_EXT_WEIS, "1999-05-02\tSER\tKSV"), "expected 4 tab-separated");
}

/* Codes no table lists: a listed code followed by CAMEO roles. */
static void t_keds_composed(void **st)
{
    (void)st;
    assert_event(parse(TOCSIN_EXT_KEDS, "1996-02-03\tLEBMIL\tUNKGOV\t190"), "1996-02-03", "LBNMIL", "GBRGOV", "190");
    assert_event(parse(TOCSIN_EXT_WEIS, "1996-02-03\tCROMIL\tAUSGOV\t223"), "1996-02-03", "HRVMIL", "AUTGOV", "190");
    /* a code keeps its first sector; elites add none; NGOs make the actor none */
    assert_event(parse(TOCSIN_EXT_KEDS, "1996-02-03\tBOSSERMILGOV\tFRNELI\t190"), "1996-02-03", "BIHREB", "FRA", "190");
    assert_event(parse(TOCSIN_EXT_KEDS, "1996-02-03\tJORNGO\tISR\t111"), "1996-02-03", "", "ISR", "111");
    /* a chunk that is no role, or a prefix nobody lists, is still an error */
    assert_error(parse(TOCSIN_EXT_KEDS, "1996-02-03\tLEBXYZ\tISR\t190"), "'LEBXYZ'");
    assert_error(parse(TOCSIN_EXT_KEDS, "1996-02-03\tQQQGOV\tISR\t190"), "'QQQGOV'");
    char out[16];
    tocsin_error err;
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_WEIS, "MAC", out, &err), 0);
    assert_string_equal(out, "MKD");
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_KEDS, "SLO", out, &err), 0);
    assert_string_equal(out, "SVN");
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_KEDS, "ZZZ", out, &err), TOCSIN_EPARSE);
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_ICEWS, "SLO", out, &err), TOCSIN_EINVAL);
}

/* ---------- ICEWS ---------- */

static const char *icews(char *buf, size_t cap, const char *id, const char *date, const char *sname,
                         const char *ssec, const char *scountry, const char *text, const char *code,
                         const char *tname, const char *tsec, const char *tcountry)
{
    const char *f[20] = {id,    date,     sname,      ssec,    scountry, text,       code,
                         "3.0", tname,    tsec,       tcountry, "123456", "2",        "Example Wire",
                         "Oslo", "",      "Oslo",     "Norway", "59.91",  "10.75"};
    return join(buf, cap, 20, f);
}

static void t_icews_valid(void **st)
{
    (void)st;
    char b[2048];
    res r = parse(TOCSIN_EXT_ICEWS,
                  icews(b, sizeof b, "900001", "2019-04-02", "Defense Minister (Norway)",
                        "Military,Government,Defense / Security Ministry", "Norway",
                        "Express intent to meet or negotiate", "036", "Sweden", "NA", "Sweden"));
    assert_event(r, "2019-04-02", "NORMIL", "SWE", "036");
    assert_string_equal(r.ev.id, "900001");
    assert_string_equal(r.ev.text, "Express intent to meet or negotiate");
    /* the place columns are kept: City, Province, Country, Latitude, Longitude */
    assert_int_equal(r.ev.geo_type, 4);
    assert_string_equal(r.ev.geo_name, "Oslo, Oslo, Norway");
    assert_string_equal(r.ev.geo_country, "NOR");
    assert_int_equal(r.ev.geo_has_ll, 1);
    assert_true(r.ev.geo_lat > 59.9 && r.ev.geo_lat < 59.92 && r.ev.geo_lon > 10.74 && r.ev.geo_lon < 10.76);
    /* ICEWS country spellings and sector priority */
    assert_event(parse(TOCSIN_EXT_ICEWS,
                       icews(b, sizeof b, "900002", "2019-04-02", "Police (South Korea)", "Police,Government",
                             "Korea, Republic of", "Arrest", "173", "Protester (Palestine)",
                             "Protestors / Popular Opposition / Mobs,Dissident", "Occupied Palestinian Territory")),
                 "2019-04-02", "KORCOP", "PSECVL", "173");
    /* the head of state's office decides before a former ministry */
    assert_event(parse(TOCSIN_EXT_ICEWS,
                       icews(b, sizeof b, "900003", "2019-04-03", "A. President",
                             "Defense / Security Ministry,Executive Office,Government", "Russian Federation",
                             "Criticize or denounce", "111", "Main Opposition Party",
                             "Parties,Opposition Major Party (Out Of Government)", "Congo, Democratic Republic of")),
                 "2019-04-03", "RUSGOV", "CODOPP", "111");
    /* no sector that tocsin uses: the bare country */
    assert_event(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900004", "2019-04-03", "Religious Leader (Iran)",
                                               "Religious,Elite", "Iran", "Make statement", "010",
                                               "Syria", "NA", "Syria")),
                 "2019-04-03", "IRN", "SYR", "010");
}

static void t_icews_no_country(void **st)
{
    (void)st;
    char b[2048];
    assert_event(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900010", "2019-05-01", "European Union",
                                               "International Government Organization", "NA", "Appeal", "020",
                                               "United Nations", "International Government Organization", "NA")),
                 "2019-05-01", "EUR", "UNO", "020");
    /* the name in parentheses, then the IGO sector */
    assert_event(parse(TOCSIN_EXT_ICEWS,
                       icews(b, sizeof b, "900011", "2019-05-01", "Envoy (North Atlantic Treaty Organization)",
                             "International Government Organization", "NA", "Consult", "040", "Jane Roe",
                             "International Government Organization,Global", "NA")),
                 "2019-05-01", "NATO", "IGO", "040");
    /* a company or an NGO with no country has no tocsin code */
    assert_event(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900012", "2019-05-02", "Acme Freight",
                                               "Business,Multinational Corporation", "NA", "Cooperate economically",
                                               "061", "Relief Group", "Nongovernmental Organizations / Activists",
                                               "NA")),
                 "2019-05-02", "", "", "061");
}

static void t_icews_skip_and_malformed(void **st)
{
    (void)st;
    char b[2048];
    const char *hdr[20] = {"Event ID",     "Event Date",     "Source Name",     "Source Sectors", "Source Country",
                           "Event Text",   "CAMEO Code",     "Intensity",       "Target Name",    "Target Sectors",
                           "Target Country", "Story ID",     "Sentence Number", "Publisher",      "City",
                           "District",     "Province",       "Country",         "Latitude",       "Longitude"};
    assert_int_equal(parse(TOCSIN_EXT_ICEWS, join(b, sizeof b, 20, hdr)).rc, 0);
    assert_int_equal(parse(TOCSIN_EXT_ICEWS, "").rc, 0);
    assert_error(parse(TOCSIN_EXT_ICEWS, join(b, sizeof b, 19, hdr + 1)), "expected 20");
    assert_error(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900020", "02/04/2019", "Norway", "NA", "Norway",
                                               "Consult", "040", "Sweden", "NA", "Sweden")),
                 "bad date");
    assert_error(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "", "2019-04-02", "Norway", "NA", "Norway", "Consult",
                                               "040", "Sweden", "NA", "Sweden")),
                 "empty record id");
    assert_error(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900021", "2019-04-02", "Norway", "NA", "Norway",
                                               "Consult", "04x", "Sweden", "NA", "Sweden")),
                 "'04x'");
}

static void t_icews_unknown(void **st)
{
    (void)st;
    char b[2048];
    assert_error(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900030", "2019-04-02", "Atlantis", "NA", "Atlantis",
                                               "Consult", "040", "Sweden", "NA", "Sweden")),
                 "unknown ICEWS country 'Atlantis'");
    assert_error(parse(TOCSIN_EXT_ICEWS, icews(b, sizeof b, "900031", "2019-04-02", "Norway", "NA", "Norway",
                                               "Consult", "040", "John Doe", "NA", "NA")),
                 "'John Doe'");
}

/* ---------- GDELT ---------- */

/* A GDELT event row of ncols columns (57/58 = 1.0, 61 = 2.0) with the given
 * actor and event fields; the geography and tone columns are filled in. */
static const char *gdelt(char *buf, size_t cap, size_t ncols, const char *id, const char *date,
                         const char *a1, const char *a1c, const char *a1g, const char *a1t, const char *a2,
                         const char *a2c, const char *a2g, const char *a2t, const char *code)
{
    const char *f[61];
    for (size_t i = 0; i < 61; i++)
        f[i] = "";
    f[0] = id, f[1] = date, f[2] = "201903", f[3] = "2019", f[4] = "2019.1726";
    f[5] = a1, f[6] = "ACTOR ONE", f[7] = a1c, f[8] = a1g, f[12] = a1t;
    f[15] = a2, f[16] = "ACTOR TWO", f[17] = a2c, f[18] = a2g, f[22] = a2t;
    f[25] = "1", f[26] = code, f[27] = code, f[28] = "19", f[29] = "4", f[30] = "-10.0";
    f[31] = "6", f[32] = "2", f[33] = "6", f[34] = "-7.3";
    f[35] = "1", f[36] = "Ukraine", f[37] = "UP";
    f[ncols - 1] = ncols == 57 ? "20190304" : "http://news.example/story";
    if (ncols != 57)
        f[ncols - 2] = "20190304";
    return join(buf, cap, ncols, f);
}

static void t_gdelt_versions(void **st)
{
    (void)st;
    char b[4096];
    res r = parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 57, "812345678", "20190304", "RUSMIL", "RUS", "", "MIL",
                                          "UKR", "UKR", "", "", "190"));
    assert_event(r, "2019-03-04", "RUSMIL", "UKR", "190");
    assert_string_equal(r.ev.id, "812345678");
    assert_string_equal(r.ev.text, "");
    /* 1.0 daily files: a code not in keds.txt is rebuilt from country and type */
    assert_event(parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 58, "812345679", "20190304", "USAGOVDEM", "USA", "",
                                               "GOV", "IGOWSTNAT", "", "NAT", "IGO", "042")),
                 "2019-03-04", "USAGOV", "NATO", "042");
    /* 2.0; an old country code; an empty second actor */
    assert_event(parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 61, "912345680", "20190305", "ROMMILREB", "ROM", "",
                                               "MIL", "", "", "", "", "150")),
                 "2019-03-05", "ROUMIL", "", "150");
    /* any other IGO; NGOs; elites of a country */
    assert_event(parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 61, "912345681", "20190305", "IGOAFRAFU", "", "AFU",
                                               "IGO", "NGO", "", "", "NGO", "043")),
                 "2019-03-05", "IGO", "", "043");
    assert_event(parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 61, "912345682", "20190305", "FRAELI", "FRA", "",
                                               "ELI", "BUS", "", "", "BUS", "043")),
                 "2019-03-05", "FRA", "", "043");
}

/* ActionGeo: GDELT's FIPS country code gives way to the country of the full
 * name (ISO 3166-1 alpha-3); tocsin's own export (ISO already) is kept */
static void t_gdelt_geo(void **st)
{
    (void)st;
    char b[4096];
    const char *f[57];
    for (size_t i = 0; i < 57; i++)
        f[i] = "";
    f[0] = "812345690", f[1] = "20190304", f[5] = "RUSMIL", f[7] = "RUS", f[12] = "MIL";
    f[15] = "UKR", f[17] = "UKR", f[25] = "1", f[26] = "190", f[56] = "20190304";
    f[49] = "4", f[50] = "Kharkiv, Kharkivs'ka Oblast', Ukraine", f[51] = "UP", f[52] = "UP07";
    f[53] = "49.9808", f[54] = "36.2527", f[55] = "-1044367";
    res r = parse(TOCSIN_EXT_GDELT, join(b, sizeof b, 57, f));
    assert_event(r, "2019-03-04", "RUSMIL", "UKR", "190");
    assert_int_equal(r.ev.geo_type, 4);
    assert_string_equal(r.ev.geo_name, "Kharkiv, Kharkivs'ka Oblast', Ukraine");
    assert_string_equal(r.ev.geo_country, "UKR");
    assert_string_equal(r.ev.geo_adm1, "UP07");
    assert_int_equal(r.ev.geo_has_ll, 1);
    assert_true(r.ev.geo_lat > 49.98 && r.ev.geo_lat < 49.99 && r.ev.geo_lon > 36.25 && r.ev.geo_lon < 36.26);
    /* a country-level place: its name is the country */
    f[49] = "1", f[50] = "South Korea", f[51] = "KS", f[52] = "KS";
    r = parse(TOCSIN_EXT_GDELT, join(b, sizeof b, 57, f));
    assert_string_equal(r.ev.geo_country, "KOR");
    /* a name the gazetteer does not know: no country rather than a FIPS code */
    f[49] = "4", f[50] = "Nowhere Town, Atlantis", f[51] = "AX";
    r = parse(TOCSIN_EXT_GDELT, join(b, sizeof b, 57, f));
    assert_string_equal(r.ev.geo_country, "");
    assert_string_equal(r.ev.geo_name, "Nowhere Town, Atlantis");
    /* tocsin's own export: ISO 3166-1 alpha-3 kept */
    f[50] = "Kherson, Kherson Oblast, Ukraine", f[51] = "UKR";
    r = parse(TOCSIN_EXT_GDELT, join(b, sizeof b, 57, f));
    assert_string_equal(r.ev.geo_country, "UKR");
}

static void t_gdelt_skip_and_malformed(void **st)
{
    (void)st;
    char b[4096];
    assert_int_equal(parse(TOCSIN_EXT_GDELT, "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear").rc, 0);
    assert_int_equal(parse(TOCSIN_EXT_GDELT, "\n").rc, 0);
    const char *f[40];
    for (int i = 0; i < 40; i++)
        f[i] = "1";
    assert_error(parse(TOCSIN_EXT_GDELT, join(b, sizeof b, 40, f)), "40 field(s)");
    assert_error(parse(TOCSIN_EXT_GDELT,
                       gdelt(b, sizeof b, 57, "1", "20191304", "RUS", "RUS", "", "", "UKR", "UKR", "", "", "190")),
                 "bad date: '20191304'");
    assert_error(parse(TOCSIN_EXT_GDELT,
                       gdelt(b, sizeof b, 57, "12a", "20190304", "RUS", "RUS", "", "", "UKR", "UKR", "", "", "190")),
                 "GLOBALEVENTID is not a number: '12a'");
}

static void t_gdelt_unknown(void **st)
{
    (void)st;
    char b[4096];
    assert_error(parse(TOCSIN_EXT_GDELT,
                       gdelt(b, sizeof b, 57, "2", "20190304", "QQX", "", "", "", "UKR", "UKR", "", "", "190")),
                 "unknown GDELT actor code 'QQX'");
    assert_error(parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 57, "3", "20190304", "USAQQQ", "USA", "", "QQQ", "UKR",
                                               "UKR", "", "", "190")),
                 "unknown GDELT actor type 'QQQ'");
    assert_error(parse(TOCSIN_EXT_GDELT, gdelt(b, sizeof b, 57, "4", "20190304", "ZZZGOV", "ZZZ", "", "GOV", "UKR",
                                               "UKR", "", "", "190")),
                 "unknown GDELT country code 'ZZZ'");
}

/* ---------- export ---------- */

static tocsin_ext_event mk(const char *date, const char *src, const char *tgt, const char *code)
{
    tocsin_ext_event ev;
    memset(&ev, 0, sizeof ev);
    snprintf(ev.date, sizeof ev.date, "%s", date);
    snprintf(ev.source, sizeof ev.source, "%s", src);
    snprintf(ev.target, sizeof ev.target, "%s", tgt);
    snprintf(ev.code, sizeof ev.code, "%s", code);
    snprintf(ev.text, sizeof ev.text, "North Korean troops were sent to Russia.");
    return ev;
}

static void expect_line(const tocsin_ext_maps *m, tocsin_ext_format fmt, const tocsin_ext_event *ev,
                        const char *want)
{
    char buf[1024];
    int n = tocsin_ext_format_line(m, fmt, ev, 17, 3, 5, buf, sizeof buf);
    assert_int_equal(n, (int)strlen(want));
    assert_string_equal(buf, want);
}

static void t_export_headers(void **st)
{
    (void)st;
    char b[512];
    int n = tocsin_ext_header(TOCSIN_EXT_CAMEO, b, sizeof b);
    assert_int_equal(n, (int)strlen(b));
    assert_string_equal(b, "id\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tn_sources\tn_articles\t"
                           "geo_type\tgeo_name\tgeo_country\tgeo_adm1\tgeo_lat\tgeo_lon\tgeo_feature\n");
    assert_true(tocsin_ext_header(TOCSIN_EXT_GDELT, b, sizeof b) > 0);
    assert_string_equal(b, "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1CountryCode\tActor1Type1Code\tActor2Code\t"
                           "Actor2CountryCode\tActor2Type1Code\tEventCode\tEventBaseCode\tEventRootCode\t"
                           "QuadClass\tGoldsteinScale\tNumSources\tNumArticles\tDATEADDED\tActionGeo_Type\t"
                           "ActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_ADM1Code\tActionGeo_Lat\t"
                           "ActionGeo_Long\tActionGeo_FeatureID\n");
    assert_true(tocsin_ext_header(TOCSIN_EXT_PLOVER, b, sizeof b) > 0);
    assert_string_equal(b, "id\tdate\tsource\ttarget\tplover_event\tplover_mode\tplover_context\tcameo\t"
                           "geo_type\tgeo_name\tgeo_country\tgeo_adm1\tgeo_lat\tgeo_lon\tgeo_feature\n");
    assert_int_equal(tocsin_ext_header(TOCSIN_EXT_KEDS, b, sizeof b), TOCSIN_EINVAL);
    assert_int_equal(tocsin_ext_header(TOCSIN_EXT_CAMEO, b, 10), TOCSIN_ELIMIT);
}

static void t_export_cameo(void **st)
{
    (void)st;
    tocsin_ext_event ev = mk("2024-11-04", "PRKMIL", "RUS", "074");
    expect_line(M, TOCSIN_EXT_CAMEO, &ev, "17\t2024-11-04\tPRKMIL\tRUS\t074\t07\t2\t8.5\t3\t5\t\t\t\t\t\t\t\n");
    expect_line(NULL, TOCSIN_EXT_CAMEO, &ev, "17\t2024-11-04\tPRKMIL\tRUS\t074\t07\t2\t8.5\t3\t5\t\t\t\t\t\t\t\n");
    ev = mk("", "RUSMIL", "", "190");
    expect_line(M, TOCSIN_EXT_CAMEO, &ev, "17\t\tRUSMIL\t\t190\t19\t4\t-10.0\t3\t5\t\t\t\t\t\t\t\n");
    ev = mk("2024-11-04", "UKR\tGOV", "RUS", "12");
    expect_line(M, TOCSIN_EXT_CAMEO, &ev, "17\t2024-11-04\tUKR GOV\tRUS\t12\t12\t3\t-4.0\t3\t5\t\t\t\t\t\t\t\n");
}

static void t_export_gdelt(void **st)
{
    (void)st;
    tocsin_ext_event ev = mk("2024-11-04", "PRKMIL", "RUS", "074");
    expect_line(M, TOCSIN_EXT_GDELT, &ev, "17\t20241104\tPRKMIL\tPRK\tMIL\tRUS\tRUS\t\t074\t074\t07\t2\t8.5\t3\t5\t20241104\t\t\t\t\t\t\t\n");
    ev = mk("2024-11-04", "NATO", "WSTGOV", "0871");
    expect_line(M, TOCSIN_EXT_GDELT, &ev,
                "17\t20241104\tNATO\t\tIGO\tWSTGOV\tWST\tGOV\t0871\t087\t08\t2\t9.0\t3\t5\t20241104\t\t\t\t\t\t\t\n");
    /* without the tables the organisations are still known */
    ev = mk("2024-11-04", "UNO", "", "036");
    expect_line(NULL, TOCSIN_EXT_GDELT, &ev, "17\t20241104\tUNO\t\tIGO\t\t\t\t036\t036\t03\t1\t4.0\t3\t5\t20241104\t\t\t\t\t\t\t\n");
    /* an event retold in a later article: SQLDATE its own day, DATEADDED the article's */
    ev = mk("2014-03-18", "RUS", "UKR", "195");
    memcpy(ev.added, "2024-11-06", 11);
    expect_line(NULL, TOCSIN_EXT_GDELT, &ev, "17\t20140318\tRUS\tRUS\t\tUKR\tUKR\t\t195\t195\t19\t4\t-10.0\t3\t5\t20241106\t\t\t\t\t\t\t\n");
    /* a placed event: the ActionGeo columns */
    ev = mk("2024-11-04", "RUSMIL", "UKR", "195");
    ev.geo_type = 4;
    ev.geo_has_ll = 1;
    ev.geo_lat = 46.63702;
    ev.geo_lon = 32.61458;
    snprintf(ev.geo_name, sizeof ev.geo_name, "Kherson, Kherson Oblast, Ukraine");
    snprintf(ev.geo_country, sizeof ev.geo_country, "UKR");
    snprintf(ev.geo_adm1, sizeof ev.geo_adm1, "UA-65");
    snprintf(ev.geo_feature, sizeof ev.geo_feature, "gn:706448");
    expect_line(NULL, TOCSIN_EXT_GDELT, &ev,
                "17\t20241104\tRUSMIL\tRUS\tMIL\tUKR\tUKR\t\t195\t195\t19\t4\t-10.0\t3\t5\t20241104\t4\t"
                "Kherson, Kherson Oblast, Ukraine\tUKR\tUA-65\t46.6370\t32.6146\tgn:706448\n");
}

static void t_export_plover(void **st)
{
    (void)st;
    tocsin_ext_event ev = mk("2024-11-04", "PRKMIL", "RUS", "074");
    expect_line(M, TOCSIN_EXT_PLOVER, &ev, "17\t2024-11-04\tPRKMIL\tRUS\tAID\t\tpeacekeeping\t074\t\t\t\t\t\t\t\n");
    ev = mk("2024-11-04", "RUSGOV", "UKR", "1124");
    expect_line(M, TOCSIN_EXT_PLOVER, &ev, "17\t2024-11-04\tRUSGOV\tUKR\tACCUSE\tallege\tmilitary;legal\t1124\t\t\t\t\t\t\t\n");
    /* roots 01 and 02 have no PLOVER counterpart */
    ev = mk("2024-11-04", "RUSGOV", "UKR", "010");
    expect_line(M, TOCSIN_EXT_PLOVER, &ev, "17\t2024-11-04\tRUSGOV\tUKR\t\t\t\t010\t\t\t\t\t\t\t\n");
    char buf[64];
    assert_int_equal(tocsin_ext_format_line(NULL, TOCSIN_EXT_PLOVER, &ev, 1, 1, 1, buf, sizeof buf), TOCSIN_EINVAL);
    /* a placed event: the place's columns, as in the CAMEO export */
    ev = mk("2024-11-04", "RUSMIL", "UKR", "195");
    ev.geo_type = 5;
    ev.geo_has_ll = 1;
    ev.geo_lat = 51.82166;
    ev.geo_lon = 35.96233;
    snprintf(ev.geo_name, sizeof ev.geo_name, "Kursk, Russia");
    snprintf(ev.geo_country, sizeof ev.geo_country, "RUS");
    snprintf(ev.geo_adm1, sizeof ev.geo_adm1, "RU-KRS");
    snprintf(ev.geo_feature, sizeof ev.geo_feature, "RU-KRS");
    expect_line(M, TOCSIN_EXT_PLOVER, &ev,
                "17\t2024-11-04\tRUSMIL\tUKR\tASSAULT\theavy-weapons\tmilitary\t195\t5\tKursk, Russia\tRUS\tRU-KRS\t51.8217\t35.9623\tRU-KRS\n");
    expect_line(M, TOCSIN_EXT_CAMEO, &ev,
                "17\t2024-11-04\tRUSMIL\tUKR\t195\t19\t4\t-10.0\t3\t5\t5\tKursk, Russia\tRUS\tRU-KRS\t51.8217\t35.9623\tRU-KRS\n");
    /* an unresolved place: its name, no type, no coordinates */
    memset(ev.geo_country, 0, sizeof ev.geo_country);
    memset(ev.geo_adm1, 0, sizeof ev.geo_adm1);
    memset(ev.geo_feature, 0, sizeof ev.geo_feature);
    snprintf(ev.geo_name, sizeof ev.geo_name, "Zurmadu");
    ev.geo_type = 0;
    ev.geo_has_ll = 0;
    expect_line(M, TOCSIN_EXT_CAMEO, &ev, "17\t2024-11-04\tRUSMIL\tUKR\t195\t19\t4\t-10.0\t3\t5\t\tZurmadu\t\t\t\t\t\n");
}

static void t_export_errors(void **st)
{
    (void)st;
    tocsin_ext_event ev = mk("2024-11-04", "PRKMIL", "RUS", "074");
    char buf[16];
    assert_int_equal(tocsin_ext_format_line(M, TOCSIN_EXT_CAMEO, &ev, 1, 1, 1, buf, sizeof buf), TOCSIN_ELIMIT);
    assert_string_equal(buf, "");
    assert_int_equal(tocsin_ext_format_line(M, TOCSIN_EXT_ICEWS, &ev, 1, 1, 1, buf, sizeof buf), TOCSIN_EINVAL);
    ev = mk("2024-11-04", "PRKMIL", "RUS", "999");
    assert_int_equal(tocsin_ext_format_line(M, TOCSIN_EXT_CAMEO, &ev, 1, 1, 1, buf, sizeof buf), TOCSIN_ENOTFOUND);
}

/* ---------- tables ---------- */

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

static int copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    int rc = in && out ? 0 : -1;
    char b[8192];
    size_t n;
    while (!rc && (n = fread(b, 1, sizeof b, in)) > 0)
        rc = fwrite(b, 1, n, out) == n ? 0 : -1;
    if (in)
        fclose(in);
    if (out && fclose(out))
        rc = -1;
    return rc;
}

/* A copy of dict/interchange in a temporary directory, to change one table. */
static void scratch_dict(char *dir, size_t cap)
{
    static const char *const files[] = {"codes.txt",        "country-names.txt", "keds.txt",
                                        "cameo-types.txt",  "icews-sectors.txt", "icews-actors.txt",
                                        "cameo2plover.txt", "weis2cameo.txt",    "weis-actors.txt"};
    snprintf(dir, cap, "/tmp/tocsin-ix-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char sub[512], from[512], to[600];
    snprintf(sub, sizeof sub, "%s/interchange", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(from, sizeof from, "%s/interchange/%s", dictdir, files[i]);
        snprintf(to, sizeof to, "%s/%s", sub, files[i]);
        assert_int_equal(copy_file(from, to), 0);
    }
}

static void rm_scratch(const char *dir)
{
    static const char *const files[] = {"codes.txt",        "country-names.txt", "keds.txt",
                                        "cameo-types.txt",  "icews-sectors.txt", "icews-actors.txt",
                                        "cameo2plover.txt", "weis2cameo.txt",    "weis-actors.txt"};
    char p[600];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(p, sizeof p, "%s/interchange/%s", dir, files[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s/interchange", dir);
    rmdir(p);
    rmdir(dir);
}

static void t_plover_fallback(void **st)
{
    (void)st;
    char dir[256], path[400];
    scratch_dict(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/interchange/cameo2plover.txt", dir);
    assert_int_equal(write_file(path, "# a reduced table\n08\tCONCEDE\t-\t-\n087\tRETREAT\tdisarm\tmilitary\n"), 0);
    tocsin_ext_maps *m = NULL;
    tocsin_error err;
    assert_int_equal(tocsin_ext_load_maps(dir, &m, &err), 0);
    tocsin_ext_event ev = mk("2024-11-04", "ARM", "AZE", "0874");
    expect_line(m, TOCSIN_EXT_PLOVER, &ev, "17\t2024-11-04\tARM\tAZE\tRETREAT\tdisarm\tmilitary\t0874\t\t\t\t\t\t\t\n");
    ev = mk("2024-11-04", "ARM", "AZE", "0831");
    expect_line(m, TOCSIN_EXT_PLOVER, &ev, "17\t2024-11-04\tARM\tAZE\tCONCEDE\t\t\t0831\t\t\t\t\t\t\t\n");
    ev = mk("2024-11-04", "ARM", "AZE", "190");
    expect_line(m, TOCSIN_EXT_PLOVER, &ev, "17\t2024-11-04\tARM\tAZE\t\t\t\t190\t\t\t\t\t\t\t\n");
    tocsin_ext_free_maps(m);
    rm_scratch(dir);
}

static void expect_load_error(const char *file, const char *text, const char *needle, long line)
{
    char dir[256], path[400];
    scratch_dict(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/interchange/%s", dir, file);
    assert_int_equal(write_file(path, text), 0);
    static char sentinel;
    tocsin_ext_maps *m = (tocsin_ext_maps *)(void *)&sentinel; /* must be reset to NULL */
    tocsin_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(tocsin_ext_load_maps(dir, &m, &err), TOCSIN_EPARSE);
    assert_null(m);
    if (!strstr(err.message, needle))
        print_error("message '%s' lacks '%s'\n", err.message, needle);
    assert_non_null(strstr(err.message, needle));
    assert_non_null(strstr(err.file, file));
    assert_int_equal(err.line, line);
    rm_scratch(dir);
}

static void t_weis_goldstein(void **st)
{
    (void)st;
    char dir[256], path[400];
    scratch_dict(dir, sizeof dir);
    tocsin_ext_maps *m = NULL;
    tocsin_error err;
    assert_int_equal(tocsin_ext_load_maps(dir, &m, &err), 0);
    snprintf(path, sizeof path, "%s/weights.tsv", dir);
    assert_int_equal(write_file(path, "code\tgoldstein\n223\t-10\n# a comment\n031\t1.0\n"), 0);
    assert_int_equal(tocsin_ext_load_weis_goldstein(m, path, &err), 0);
    const char *l1 = "1992-04-06\tSER\tBOS\t223", *l2 = "1992-04-06\tSER\tBOS\t212";
    tocsin_ext_event ev;
    assert_int_equal(tocsin_ext_parse_line(m, TOCSIN_EXT_WEIS, l1, strlen(l1), &ev, &err), 1);
    assert_int_equal(ev.has_goldstein, 1);
    assert_true(ev.goldstein == -10.0);
    /* a code the table lacks keeps its CAMEO weight */
    assert_int_equal(tocsin_ext_parse_line(m, TOCSIN_EXT_WEIS, l2, strlen(l2), &ev, &err), 1);
    assert_int_equal(ev.has_goldstein, 0);
    /* a bad table is refused with its line, and leaves no weights behind */
    assert_int_equal(write_file(path, "223\t-10\n224\tmuch\n"), 0);
    assert_int_equal(tocsin_ext_load_weis_goldstein(m, path, &err), TOCSIN_EPARSE);
    assert_int_equal(err.line, 2);
    assert_int_equal(tocsin_ext_parse_line(m, TOCSIN_EXT_WEIS, l1, strlen(l1), &ev, &err), 1);
    assert_int_equal(ev.has_goldstein, 0);
    assert_int_equal(write_file(path, "22\t-10\n"), 0);
    assert_int_equal(tocsin_ext_load_weis_goldstein(m, path, &err), TOCSIN_EPARSE);
    unlink(path);
    tocsin_ext_free_maps(m);
    rm_scratch(dir);
}

/* The user's own codes come before every table, also as a prefix. */
static void t_user_actors(void **st)
{
    (void)st;
    char dir[256], path[400];
    scratch_dict(dir, sizeof dir);
    tocsin_ext_maps *m = NULL;
    tocsin_error err;
    assert_int_equal(tocsin_ext_load_maps(dir, &m, &err), 0);
    snprintf(path, sizeof path, "%s/mine.txt", dir);
    assert_int_equal(write_file(path, "# a series' own sense of its codes\nMOSRAD\tBIH\nAUS\tAUS\n"), 0);
    assert_int_equal(tocsin_ext_load_actors(m, path, &err), 0);
    char out[16];
    assert_int_equal(tocsin_ext_map_actor(m, TOCSIN_EXT_WEIS, "MOSRAD", out, &err), 0);
    assert_string_equal(out, "BIH");
    assert_int_equal(tocsin_ext_map_actor(m, TOCSIN_EXT_WEIS, "MOSRADMIL", out, &err), 0);
    assert_string_equal(out, "BIHMIL");
    assert_int_equal(tocsin_ext_map_actor(m, TOCSIN_EXT_WEIS, "AUS", out, &err), 0); /* over weis-actors.txt */
    assert_string_equal(out, "AUS");
    assert_int_equal(tocsin_ext_map_actor(m, TOCSIN_EXT_KEDS, "MOSRAD", out, &err), 0); /* over keds.txt */
    assert_string_equal(out, "BIH");
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_KEDS, "MOSRAD", out, &err), 0); /* the maps without it */
    assert_string_equal(out, "");
    /* MOS is the Bosnian Muslims in WEIS-coded series, of no country in CAMEO-coded ones */
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_WEIS, "MOS", out, &err), 0);
    assert_string_equal(out, "BIH");
    assert_int_equal(tocsin_ext_map_actor(M, TOCSIN_EXT_KEDS, "MOS", out, &err), 0);
    assert_string_equal(out, "");
    assert_int_equal(write_file(path, "MOSRAD\tBOSNIA\n"), 0);
    assert_int_equal(tocsin_ext_load_actors(m, path, &err), TOCSIN_EPARSE);
    assert_int_equal(err.line, 1);
    assert_int_equal(tocsin_ext_map_actor(m, TOCSIN_EXT_KEDS, "MOSRAD", out, &err), 0); /* a bad table adds nothing */
    assert_string_equal(out, "");
    unlink(path);
    tocsin_ext_free_maps(m);
    rm_scratch(dir);
}

static void t_load_errors(void **st)
{
    (void)st;
    expect_load_error("keds.txt", "# x\nIRQBAG\tIRQGOV\nFOO\tUSASPY\n", "not a valid tocsin code", 3);
    expect_load_error("keds.txt", "IRQBAG\tIRQGOV\nIRQBAG\tIRQ\n", "already listed on line 1", 2);
    expect_load_error("keds.txt", "IRQBAG IRQGOV\n", "expected KEY<TAB>VALUE", 1);
    expect_load_error("icews-sectors.txt", "Military\tARMY\n", "expected a sector", 1);
    expect_load_error("cameo2plover.txt", "190\tASSAULT\t\tmilitary\n", "PLOVER field", 1);
    expect_load_error("cameo-types.txt", "GOV\tGOV\tMIL\n", "more than one value", 1);
    expect_load_error("weis2cameo.txt", "223\t190\n224\t999\n", "not a CAMEO event code", 2);
    expect_load_error("weis2cameo.txt", "2230\t190\n", "not a 3-digit WEIS code", 1);
    expect_load_error("weis-actors.txt", "AUS\tAUT\nSWZ\tSWISS\n", "not a valid tocsin code", 2);
    tocsin_ext_maps *m = NULL;
    tocsin_error err;
    assert_int_equal(tocsin_ext_load_maps("/nonexistent-tocsin-dict", &m, &err), TOCSIN_ENOTFOUND);
    assert_null(m);
    assert_non_null(strstr(err.file, "codes.txt"));
    tocsin_ext_free_maps(NULL);
}

/* ---------- the shared data sets ---------- */

static FILE *open_shared(const char *name, char *path, size_t cap)
{
    snprintf(path, cap, "%s/data/events/%s", shareddir, name);
    FILE *f = fopen(path, "r");
    if (!f)
        print_message("[  SKIP    ] %s not found (pass the shared directory as the second argument)\n", path);
    return f;
}

/* Every actor code of the KEDS Turkey series maps; only lines whose event code
 * is malformed ("0841]") are refused. */
static void t_turkey_codes(void **st)
{
    (void)st;
    char path[1024];
    FILE *f = open_shared("turkey.cameo.tsv", path, sizeof path);
    if (!f)
        skip();
    char line[512], probe[600];
    long n = 0, events = 0, badcode = 0, unmapped = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        res r = parse(TOCSIN_EXT_KEDS, line);
        if (r.rc == 1) {
            events++;
            continue;
        }
        if (r.rc == 0)
            continue;
        /* the same actors with a known event code must read */
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        char *t3 = t2 ? strchr(t2 + 1, '\t') : NULL;
        assert_non_null(t3);
        snprintf(probe, sizeof probe, "%.*s\t010", (int)(t3 - line), line);
        res p = parse(TOCSIN_EXT_KEDS, probe);
        if (p.rc != 1) {
            print_error("%s:%ld: %s\n", path, n, p.err.message);
            unmapped++;
        } else if (strstr(r.err.message, "CAMEO event code")) {
            badcode++;
        } else {
            print_error("%s:%ld: unexpected error %s\n", path, n, r.err.message);
            unmapped++;
        }
    }
    fclose(f);
    print_message("  turkey.cameo.tsv: %ld events read, %ld lines with a malformed event code\n", events, badcode);
    assert_int_equal(unmapped, 0);
    assert_true(events > 29000);
}

/* Every line of the WEIS-coded KEDS series reads: every actor and event code
 * is in the tables. */
static void weis_series(const char *name, long min_events)
{
    char path[1024];
    FILE *f = open_shared(name, path, sizeof path);
    if (!f)
        skip();
    char line[512];
    long n = 0, events = 0, refused = 0, no_actor = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        res r = parse(TOCSIN_EXT_WEIS, line);
        if (r.rc == 1) {
            events++;
            no_actor += !r.ev.source[0] || !r.ev.target[0];
        } else if (r.rc < 0) {
            print_error("%s:%ld: %s\n", path, n, r.err.message);
            refused++;
        }
    }
    fclose(f);
    print_message("  %s: %ld events read, %ld with an actor without a tocsin code\n", name, events, no_actor);
    assert_int_equal(refused, 0);
    assert_true(events >= min_events);
    assert_true(no_actor * 10 < events); /* Muslims, Kurds, Arabs, NGOs: no single state */
}

static void t_balkans_codes(void **st)
{
    (void)st;
    weis_series("balkans.weis.tsv", 72900);
}

static void t_casia_codes(void **st)
{
    (void)st;
    weis_series("casia.weis.tsv", 8370);
}

/* The ICEWS sample reads: every country name is known; the few refusals are
 * actors ICEWS gives neither a country nor a sector. */
static void t_icews_sample(void **st)
{
    (void)st;
    char path[1024];
    FILE *f = open_shared("icews.2018-06-01.sample.tsv", path, sizeof path);
    if (!f)
        skip();
    char line[8192];
    long events = 0, refused = 0;
    while (fgets(line, sizeof line, f)) {
        res r = parse(TOCSIN_EXT_ICEWS, line);
        if (r.rc == 1) {
            events++;
        } else if (r.rc < 0) {
            refused++;
            if (!strstr(r.err.message, "without a country"))
                print_error("%s: %s\n", path, r.err.message);
            assert_non_null(strstr(r.err.message, "without a country"));
        }
    }
    fclose(f);
    print_message("  icews sample: %ld events read, %ld refused\n", events, refused);
    assert_true(events > 0);
    assert_true(refused * 100 < events);
}

static int setup(void **st)
{
    (void)st;
    tocsin_error err;
    if (tocsin_ext_load_maps(dictdir, &M, &err)) {
        fprintf(stderr, "cannot load %s/interchange: %s:%ld: %s\n", dictdir, err.file, err.line, err.message);
        return -1;
    }
    return 0;
}

static int teardown(void **st)
{
    (void)st;
    tocsin_ext_free_maps(M);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1)
        dictdir = argv[1];
    if (argc > 2)
        shareddir = argv[2];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_keds_valid),        cmocka_unit_test(t_keds_mapping),
        cmocka_unit_test(t_keds_skip),         cmocka_unit_test(t_keds_malformed),
        cmocka_unit_test(t_keds_unknown_actor), cmocka_unit_test(t_icews_valid),
        cmocka_unit_test(t_icews_no_country),  cmocka_unit_test(t_icews_skip_and_malformed),
        cmocka_unit_test(t_icews_unknown),     cmocka_unit_test(t_gdelt_versions),
        cmocka_unit_test(t_gdelt_skip_and_malformed), cmocka_unit_test(t_gdelt_unknown),
        cmocka_unit_test(t_export_headers),    cmocka_unit_test(t_export_cameo),
        cmocka_unit_test(t_export_gdelt),      cmocka_unit_test(t_export_plover),
        cmocka_unit_test(t_export_errors),     cmocka_unit_test(t_plover_fallback),
        cmocka_unit_test(t_gdelt_geo),
        cmocka_unit_test(t_load_errors),       cmocka_unit_test(t_turkey_codes),
        cmocka_unit_test(t_icews_sample),      cmocka_unit_test(t_weis_lines),
        cmocka_unit_test(t_keds_composed),     cmocka_unit_test(t_weis_goldstein),
        cmocka_unit_test(t_balkans_codes),     cmocka_unit_test(t_casia_codes),
        cmocka_unit_test(t_user_actors),
    };
    return cmocka_run_group_tests_name("interchange", tests, setup, teardown) ? 1 : 0;
}
