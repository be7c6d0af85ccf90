/* words.c - the words the phrase and clause rules know by name: forms of
 * "be" and "have", negation, days, titles, verbs of saying and of control. */
#include "parse.h"

#include <pthread.h>
#include <string.h>

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

static const char *const ts_kw_be[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "s", NULL};
static const char *const ts_kw_have[] = {"have", "has", "had", "having", "'ve", "'d", NULL};
static const char *const ts_kw_get[] = {"get", "gets", "got", "gotten", "getting", NULL};
static const char *const ts_kw_fut[] = {"will", "shall", "'ll", "wo", "ll", NULL};
static const char *const ts_kw_neg[] = {"not", "n't", "never", "nt", NULL};
static const char *const ts_kw_time[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                   "sunday", "today", "yesterday", "tomorrow", "tonight", NULL};
/* -ing forms that before a noun describe it: "neighbouring Mali", "ruling party" */
static const char *const ts_kw_ing_adj[] = {"neighboring", "neighbouring", "ruling", "opposing", "remaining",
                                      "leading", "following", "growing", "ongoing", "warring", "governing",
                                      "rising", "existing", "increasing", "continuing", "upcoming",
                                      "outgoing", "incoming", "surrounding", "sweeping", "breaking",
                                      "retreating", "advancing", "invading", "occupying", "fleeing",
                                      "visiting", "striking", "emerging", "developing", "working",
                                      "founding", "reigning", "sitting", "acting", "presiding", "retiring",
                                      "departing", NULL};

/* -ing forms used as prepositions: "including", "regarding" */
static const char *const ts_kw_ing_prep[] = {"including", "regarding", "concerning", "according", "barring",
                                      "excluding", "pending", "notwithstanding", NULL};

/* prepositions that also open clauses */
static const char *const ts_kw_subord[] = {"as", "after", "before", "since", "until", "till", "because", "while",
                                     "once", "though", "although", "if", "when", "than", "like", "unless",
                                     "whether", "whereas", NULL};
/* quantities that stand for a noun phrase: "many see", "most of them agree" */
static const char *const ts_kw_quant[] = {"many", "most", "some", "several", "few", "all", "both", "each", "none",
                                    "more", "others", "much", NULL};

static const char *const ts_kw_time_noun[] = {"week", "weeks", "month", "months", "year", "years", "day", "days",
                                        "morning", "afternoon", "evening", "night", "weekend", "time", "times",
                                        "hour", "hours", "minute", "minutes", "summer", "winter", "spring",
                                        "autumn", "fall", "season", "decade", "century", NULL};
static const char *const ts_kw_time_det[] = {"this", "last", "next", "every", "each", "all", "that", "later",
                                       "earlier", "these", "those", "some", "several", "many", "few", NULL};

/* last words of names of organisations and places: the head is the last word */
static const char *const ts_kw_org[] = {"commission", "council", "committee", "states", "state", "province", "party",
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
                                  "airport", "hospital", "hotel", "project", "program", "programme", "road", "avenue",
                                  "ave", "tech", "mall", "park", "cafe", "inn", "hall", "tower", "bridge",
                                  "station", "stadium", "museum", "market", "plaza", "island", "coast",
                                  "canal", "camp", "prison", "mosque", "palace", "embassy", "international",
                                  "alliance", "coalition", "jihad", "war", "wars", "forum", "corps",
                                  "falls", "act", "strip", "peninsula", "desert", "heights", "grill",
                                  "restaurant", NULL};
/* titles before a person's name: the head is the name's first word */
static const char *const ts_kw_title[] = {"president", "prime", "minister", "gen", "gen.", "general", "col", "col.",
                                    "sheikh", "shaikh", "judge", "gov", "gov.", "governor", "mr", "mr.", "mrs",
                                    "mrs.", "ms", "ms.", "dr", "dr.", "king", "queen", "prince", "senator", "sen",
                                    "sen.", "rep", "rep.", "secretary", "chairman", "ayatollah", "pope", "lt",
                                    "lt.", "capt", "capt.", "maj", "maj.", "adm", "adm.", "sgt", "sgt.", "premier",
                                    "chancellor", "foreign", "defence", "defense", "federal", "district", "sir",
                                    "lord", "emir", "sultan", "imam", "cardinal", "bishop", "rabbi", "mullah",
                                    "commander", "chief", "deputy", "vice", "ambassador", "spokesman", NULL};

/* verbs whose object is the subject of a following infinitive or gerund:
 * "urged Iran to stop", "accused Algeria of harbouring" */
static const char *const ts_kw_control[] = {"urge", "urges", "urged", "urging", "ask", "asks", "asked",
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

static const char *const ts_kw_say[] = {"said", "say", "says", "saying", "told", "tell", "tells", "added",
                                  "stated", "claimed", "announced", "warned", "insisted", "wrote",
                                  "reported", "according", NULL};


static const char *const ts_kw_obj_pron[] = {"him", "them", "me", "us", NULL};

/* verbs whose person, before what is said or asked, is an indirect object
 * (as the treebank has it): "told him (that) ...", "asked them to leave",
 * "warned Iran" */
static const char *const ts_kw_iobj[] = {
    "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "allow", "allows",
    "allowed", "allowing", "convince", "convinces", "convinced", "convincing", "assure", "assures",
    "assured", "assuring", "reassure", "reassures", "reassured", "reassuring", "urge", "urges",
    "urged", "urging", "notify", "notifies", "notified", "notifying", "inform", "informs",
    "informed", "informing", "advise", "advises", "advised", "advising", "remind", "reminds",
    "reminded", "reminding", "warn", "warns", "warned", "warning", "persuade", "persuades",
    "persuaded", "persuading", "email", "emails", "emailed", "emailing", "e-mail", "e-mailed",
    "teach", "teaches", "taught", "teaching", "promise", "promises", "promised", "promising",
    "permit", "permits", "permitted", "permitting", "trust", "trusts", "trusted", "trusting", NULL};

/* verbs that take a clause of what is said, known or believed: "said the
 * talks, in Geneva, had failed" (its noun phrase is the clause's subject) */
static const char *const ts_kw_think[] = {
    "say", "says", "said", "saying", "know", "knows", "knew", "known", "knowing", "think", "thinks",
    "thought", "thinking", "believe", "believes", "believed", "believing", "hope", "hopes", "hoped",
    "hoping", "feel", "feels", "felt", "feeling", "guess", "guesses", "guessed", "guessing",
    "understand", "understands", "understood", "understanding", "remember", "remembers",
    "remembered", "remembering", "figure", "figures", "figured", "figuring", "assume", "assumes",
    "assumed", "assuming", "suggest", "suggests", "suggested", "suggesting", "hear", "hears",
    "heard", "hearing", "ensure", "ensures", "ensured", "ensuring", "note", "notes", "noted",
    "noting", "realize", "realizes", "realized", "realizing", "realise", "realises", "realised",
    "realising", "claim", "claims", "claimed", "claiming", "indicate", "indicates", "indicated",
    "indicating", "confirm", "confirms", "confirmed", "confirming", "conclude", "concludes",
    "concluded", "concluding", "notice", "notices", "noticed", "noticing", "report", "reports",
    "reported", "reporting", "imagine", "imagines", "imagined", "imagining", "learn", "learns",
    "learned", "learnt", "learning", "argue", "argues", "argued", "arguing", "discover",
    "discovers", "discovered", "discovering", "admit", "admits", "admitted", "admitting", "wish",
    "wishes", "wished", "wishing", "announce", "announces", "announced", "announcing", "agree",
    "agrees", "agreed", "agreeing", "suspect", "suspects", "suspected", "suspecting", "doubt",
    "doubts", "doubted", "doubting", "insist", "insists", "insisted", "insisting", "acknowledge",
    "acknowledges", "acknowledged", "acknowledging", "suppose", "supposes", "supposed", "supposing",
    "bet", "bets", "betting", "fear", "fears", "feared", "fearing", "reckon", "reckons", "reckoned",
    "reckoning", "mean", "means", "meant", "meaning", "warn", "warns", "warned", "warning", "add",
    "adds", "added", "adding", "state", "states", "stated", "stating", "deny", "denies", "denied",
    "denying", "predict", "predicts", "predicted", "predicting", "worry", "worries", "worried",
    "worrying", "pray", "prays", "prayed", "praying", "swear", "swears", "swore", "sworn",
    "swearing", "allege", "alleges", "alleged", "alleging", "estimate", "estimates", "estimated",
    "estimating", NULL};

/* verbs linking their subject to a noun phrase, which is no object:
 * "became a target", "remains the only power" */
static const char *const ts_kw_link[] = {
    "become", "becomes", "became", "becoming", "remain", "remains", "remained", "seem", "seems",
    "seemed", "seeming", NULL};

/* verbs whose second noun phrase says what the first is: "called him a
 * traitor", "named her envoy" (the first is the object) */
static const char *const ts_kw_xcomp[] = {
    "call", "calls", "called", "calling", "consider", "considers", "considered", "considering",
    "name", "names", "named", "naming", "elect", "elects", "elected", "electing", "appoint",
    "appoints", "appointed", "appointing", "dub", "dubs", "dubbed", "dubbing", "declare",
    "declares", "declared", "declaring", "label", "labels", "labelled", "labeled", "labelling",
    "labeling", "deem", "deems", "deemed", "deeming", "brand", "brands", "branded", "branding",
    "make", "makes", "made", "making", NULL};

/* verbs with two objects, the first the receiver: "gave the army new
 * rifles", "offered Kyiv a loan" */
static const char *const ts_kw_ditrans[] = {
    "give", "gives", "gave", "given", "giving", "send", "sends", "sent", "sending", "offer",
    "offers", "offered", "offering", "show", "shows", "showed", "shown", "showing", "pay", "pays",
    "paid", "paying", "feed", "feeds", "fed", "feeding", "charge", "charges", "charged", "charging",
    "owe", "owes", "owed", "owing", "grant", "grants", "granted", "granting", "hand", "hands",
    "handed", "handing", "lend", "lends", "lent", "lending", "sell", "sells", "sold", "selling",
    "award", "awards", "awarded", "awarding", "deny", "denies", "denied", "denying", "promise",
    "promises", "promised", "promising", "wish", "wishes", "wished", "wishing", "cost", "costs",
    "costing", "buy", "buys", "bought", "buying", "bring", "brings", "brought", "bringing", "tell",
    "tells", "told", "telling", "ask", "asks", "asked", "asking", "teach", "teaches", "taught",
    "teaching", NULL};

/* verbs before an embedded question, whose "what" is the object of its own
 * verb: "see what they offer", "wonder what Iran wants" (after other verbs
 * "what" opens a free relative: "did what the army wanted") */
static const char *const ts_kw_wonder[] = {
    "see", "sees", "saw", "seen", "seeing", "wonder", "wonders", "wondered", "wondering", "decide",
    "decides", "decided", "deciding", "explain", "explains", "explained", "explaining", "show", "shows",
    "showed", "shown", "showing", "check", "checks", "checked", "checking", "ask", "asks", "asked",
    "asking", "determine", "determines", "determined", "determining", "find", "finds", "found",
    "finding", "study", "studies", "studied", "studying", "question", "questions", "questioned",
    "questioning", "clarify", "clarifies", "clarified", "clarifying", "reveal", "reveals",
    "revealed", "revealing", "disclose", "discloses", "disclosed", "disclosing", "matter", "matters",
    "mattered", NULL};

/* verbs whose noun, whatever it is, is the person told: "told reporters",
 * "notified the sender" (and not what is told, see ts_kw_told_thing) */
static const char *const ts_kw_tell[] = {
    "tell", "tells", "told", "telling", "notify", "notifies", "notified", "notifying", "inform",
    "informs", "informed", "informing", "remind", "reminds", "reminded", "reminding", NULL};

/* what is told: "told the truth", "tell a story" */
static const char *const ts_kw_told_thing[] = {
    "story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales", "news", "secret",
    "secrets", "something", "everything", "anything", "nothing", "thing", "things", "name", "reason",
    "price", "difference", "time", NULL};

/* verbs of motion, after which "up", "down" and the like before a noun
 * phrase are prepositions: "marched down the street", "went up the hill" */
static const char *const ts_kw_motion[] = {
    "go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "walk", "walks", "walked",
    "walking", "run", "runs", "ran", "running", "march", "marches", "marched", "marching", "drive",
    "drives", "drove", "driven", "driving", "head", "heads", "headed", "heading", "move", "moves",
    "moved", "moving", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "flee",
    "flees", "fled", "fleeing", "stroll", "strolls", "strolled", "strolling", "charge", "charges",
    "charged", "charging", "sail", "sails", "sailed", "sailing", "fly", "flies", "flew", "flown",
    "flying", "ride", "rides", "rode", "ridden", "riding", "roll", "rolls", "rolled", "rolling",
    "advance", "advances", "advanced", "advancing", "retreat", "retreats", "retreated", "retreating",
    "climb", "climbs", "climbed", "climbing", "swim", "swims", "swam", "swimming", "crawl", "crawls",
    "crawled", "crawling", "wander", "wanders", "wandered", "wandering", "hike", "hikes", "hiked",
    "hiking", "race", "races", "raced", "racing", "rush", "rushes", "rushed", "rushing", NULL};

/* words of a path, read as prepositions after a verb of motion */
static const char *const ts_kw_path[] = {"up", "down", "over", "along", "across", "through", "around",
                                   "round", "past", "off", NULL};

/* first words of place names, which head on their last word as the
 * treebank has it: "New Delhi", "East Jerusalem", "South Korea" */
static const char *const ts_kw_place_first[] = {
    "new", "san", "santa", "los", "las", "saint", "st.", "st", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "upper", "lower", "greater", "central", "saudi",
    "sri", "costa", "el", "hong", "port", "fort", "mount", "lake", "cape", NULL};

/* in the order of KW_* */
static const char *const *const lists[KW_COUNT] = {
    ts_kw_be,        ts_kw_have,  ts_kw_get,      ts_kw_fut,       ts_kw_neg,     ts_kw_time,
    ts_kw_ing_adj,   ts_kw_ing_prep, ts_kw_subord, ts_kw_quant,    ts_kw_time_noun, ts_kw_time_det,
    ts_kw_org,       ts_kw_title, ts_kw_control,  ts_kw_say,       ts_kw_obj_pron,
    ts_kw_iobj,      ts_kw_think, ts_kw_link,     ts_kw_xcomp,     ts_kw_ditrans, ts_kw_wonder,
    ts_kw_tell,      ts_kw_told_thing, ts_kw_motion, ts_kw_path, ts_kw_place_first};

/* Every word of the lists with the set of lists it is in: open addressing,
 * filled once (the lists hold a few hundred words). */
#define KW_SLOTS 2048u
#define KW_LEN_MAX 32 /* longest word of a list, checked when the table is made */
typedef struct kw_slot {
    const char *key; /* NULL: empty */
    uint32_t len, mask;
} kw_slot;
static kw_slot kw_table[KW_SLOTS];
static size_t kw_longest;
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

static size_t kw_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (size_t)(h ^ (h >> 15)) & (KW_SLOTS - 1);
}

static void kw_build(void)
{
    for (unsigned l = 0; l < KW_COUNT; l++)
        for (const char *const *w = lists[l]; *w; w++) {
            size_t n = strlen(*w), j = kw_hash(*w, n);
            while (kw_table[j].key && !(kw_table[j].len == n && !memcmp(kw_table[j].key, *w, n)))
                j = (j + 1) & (KW_SLOTS - 1);
            kw_table[j].key = *w;
            kw_table[j].len = (uint32_t)n;
            kw_table[j].mask |= 1u << l;
            if (n > kw_longest)
                kw_longest = n;
        }
}

void ts_word_lists(const tocsin_word *w, size_t n, uint32_t *kw)
{
    pthread_once(&kw_once, kw_build);
    for (size_t i = 0; i < n; i++) {
        /* the word as ts_word_is reads it: ASCII lowercased, a typographic
           apostrophe as ' */
        char key[KW_LEN_MAX + 1];
        const unsigned char *s = (const unsigned char *)w[i].s;
        size_t len = w[i].len, k = 0;
        kw[i] = 0;
        for (size_t j = 0; j < len && k <= kw_longest && k <= KW_LEN_MAX; j++, k++) {
            unsigned char c = s[j];
            if (c == 0xE2 && j + 2 < len && s[j + 1] == 0x80 && s[j + 2] == 0x99) {
                c = '\'';
                j += 2;
            }
            key[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (k > kw_longest || k > KW_LEN_MAX)
            continue; /* longer than every word of the lists */
        size_t q = kw_hash(key, k);
        for (; kw_table[q].key; q = (q + 1) & (KW_SLOTS - 1))
            if (kw_table[q].len == k && !memcmp(kw_table[q].key, key, k)) {
                kw[i] = kw_table[q].mask;
                break;
            }
    }
}
