/* words.c - the words the phrase and clause rules know by name: forms of
 * "be" and "have", negation, days, titles, verbs of saying and of control. */
#include "parse.h"

/* Is word i (ASCII, case-insensitive; a typographic apostrophe reads as ')
 * the literal lit? */
int ts_word_is(const P *p, size_t i, const char *lit)
{
    if (i >= p->n)
        return 0;
    const unsigned char *s = (const unsigned char *)p->w[i].s;
    size_t n = p->w[i].len, k = 0;
    for (size_t j = 0; j < n; j++, k++) {
        unsigned char c = s[j];
        if (c == 0xE2 && j + 2 < n && s[j + 1] == 0x80 && s[j + 2] == 0x99) {
            c = '\'';
            j += 2;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (!lit[k] || lit[k] != (char)c)
            return 0;
    }
    return lit[k] == 0;
}

int ts_word_in(const P *p, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (ts_word_is(p, i, *list))
            return 1;
    return 0;
}

const char *const ts_kw_be[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "s", NULL};
const char *const ts_kw_have[] = {"have", "has", "had", "having", "'ve", "'d", NULL};
const char *const ts_kw_get[] = {"get", "gets", "got", "gotten", "getting", NULL};
const char *const ts_kw_fut[] = {"will", "shall", "'ll", "wo", "ll", NULL};
const char *const ts_kw_neg[] = {"not", "n't", "never", "nt", NULL};
const char *const ts_kw_time[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                   "sunday", "today", "yesterday", "tomorrow", "tonight", NULL};
/* -ing forms that before a noun describe it: "neighbouring Mali", "ruling party" */
const char *const ts_kw_ing_adj[] = {"neighboring", "neighbouring", "ruling", "opposing", "remaining",
                                      "leading", "following", "growing", "ongoing", "warring", "governing",
                                      "rising", "existing", "increasing", "continuing", "upcoming",
                                      "outgoing", "incoming", "surrounding", "sweeping", "breaking",
                                      "retreating", "advancing", "invading", "occupying", "fleeing",
                                      "visiting", "striking", "emerging", "developing", "working",
                                      "founding", "reigning", "sitting", "acting", "presiding", "retiring",
                                      "departing", NULL};

/* -ing forms used as prepositions: "including", "regarding" */
const char *const ts_kw_ing_prep[] = {"including", "regarding", "concerning", "according", "barring",
                                      "excluding", "pending", "notwithstanding", NULL};

/* prepositions that also open clauses */
const char *const ts_kw_subord[] = {"as", "after", "before", "since", "until", "till", "because", "while",
                                     "once", "though", "although", "if", "when", "than", "like", "unless",
                                     "whether", "whereas", NULL};
/* quantities that stand for a noun phrase: "many see", "most of them agree" */
const char *const ts_kw_quant[] = {"many", "most", "some", "several", "few", "all", "both", "each", "none",
                                    "more", "others", "much", NULL};

const char *const ts_kw_time_noun[] = {"week", "weeks", "month", "months", "year", "years", "day", "days",
                                        "morning", "afternoon", "evening", "night", "weekend", "time", "times",
                                        "hour", "hours", "minute", "minutes", "summer", "winter", "spring",
                                        "autumn", "fall", "season", "decade", "century", NULL};
const char *const ts_kw_time_det[] = {"this", "last", "next", "every", "each", "all", "that", "later",
                                       "earlier", "these", "those", "some", "several", "many", "few", NULL};

/* last words of names of organisations and places: the head is the last word */
const char *const ts_kw_org[] = {"commission", "council", "committee", "states", "state", "province", "party",
                                  "union", "ministry", "army", "forces", "force", "front", "government",
                                  "court", "accord", "order", "tigers", "nations", "bank", "company", "corp",
                                  "corporation", "inc", "group", "agency", "department", "office", "university",
                                  "house", "times", "post", "news", "assembly", "parliament", "kingdom",
                                  "republic", "league", "organization", "organisation", "movement", "authority",
                                  "river", "street", "city", "county", "center", "centre", "institute", "school",
                                  "association", "airlines", "brigade", "brigades", "guard", "police", "navy",
                                  "command", "congress", "senate", "club", "church", "network", "board",
                                  "fund", "foundation", "service", "services", "system", "systems", "bureau",
                                  "mountains", "islands", "sea", "gulf", "valley", "strait", "bay", "square",
                                  "airport", "hospital", "hotel", "project", "program", "programme", NULL};
/* titles before a person's name: the head is the name's first word */
const char *const ts_kw_title[] = {"president", "prime", "minister", "gen", "gen.", "general", "col", "col.",
                                    "sheikh", "shaikh", "judge", "gov", "gov.", "governor", "mr", "mr.", "mrs",
                                    "mrs.", "ms", "ms.", "dr", "dr.", "king", "queen", "prince", "senator", "sen",
                                    "sen.", "rep", "rep.", "secretary", "chairman", "ayatollah", "pope", "lt",
                                    "lt.", "capt", "capt.", "maj", "maj.", "adm", "adm.", "sgt", "sgt.", "premier",
                                    "chancellor", "foreign", "defence", "defense", "federal", "district", "sir",
                                    "lord", "emir", "sultan", "imam", "cardinal", "bishop", "rabbi", "mullah",
                                    "commander", "chief", "deputy", "vice", "ambassador", "spokesman", NULL};

/* verbs whose object is the subject of a following infinitive or gerund:
 * "urged Iran to stop", "accused Algeria of harbouring" */
const char *const ts_kw_control[] = {"urge", "urges", "urged", "urging", "ask", "asks", "asked",
                                      "asking", "tell", "tells", "told", "telling", "order", "orders",
                                      "ordered", "ordering", "force", "forces", "forced", "forcing",
                                      "allow", "allows", "allowed", "allowing", "persuade",
                                      "persuades", "persuaded", "persuading", "invite", "invites",
                                      "invited", "inviting", "encourage", "encourages", "encouraged",
                                      "encouraging", "warn", "warns", "warned", "warning", "compel",
                                      "compels", "compelled", "compelling", "instruct", "instructs",
                                      "instructed", "instructing", "permit", "permits", "permitted",
                                      "permitting", "enable", "enables", "enabled", "enabling",
                                      "require", "requires", "required", "requiring", "press",
                                      "presses", "pressed", "pressing", "pressure", "pressures",
                                      "pressured", "pressuring", "help", "helps", "helped", "helping",
                                      "want", "wants", "wanted", "wanting", "expect", "expects",
                                      "expected", "expecting", "advise", "advises", "advised",
                                      "advising", "authorize", "authorizes", "authorized",
                                      "authorizing", "authorise", "authorises", "authorised",
                                      "authorising", "request", "requests", "requested", "requesting",
                                      "call", "calls", "called", "calling", "accuse", "accuses",
                                      "accused", "accusing", "prevent", "prevents", "prevented",
                                      "preventing", "stop", "stops", "stopped", "stopping", "ban",
                                      "bans", "banned", "banning", "bar", "bars", "barred", "barring",
                                      "blame", "blames", "blamed", "blaming", "thank", "thanks",
                                      "thanked", "thanking", "suspect", "suspects", "suspected",
                                      "suspecting", "charge", "charges", "charged", "charging",
                                      "convict", "convicts", "convicted", "convicting", "punish",
                                      "punishes", "punished", "punishing", "prohibit", "prohibits",
                                      "prohibited", "prohibiting", "deter", "deters", "deterred",
                                      "deterring", "discourage", "discourages", "discouraged",
                                      "discouraging", "keep", "keeps", "kept", "keeping", NULL};

const char *const ts_kw_say[] = {"said", "say", "says", "saying", "told", "tell", "tells", "added",
                                  "stated", "claimed", "announced", "warned", "insisted", "wrote",
                                  "reported", "according", NULL};

