/*
 * gen-corpus: write a deterministic, news-like corpus as JSON Lines for benchmarks.
 *
 *     gen-corpus --mb 100 [--seed N] > corpus.jsonl
 *
 * Each line is one article: {"id","date","source","title","text"}. Articles have
 * 5 to 25 sentences built from templates that mix countries, capitals, leaders,
 * organisations and armed forces with the verbs an event coder looks for
 * (condemn, accuse, attack, sanction, urge, sign, meet, warn, deploy ...), plus
 * attribution, relative clauses, negation, modals and dates. About 40% of the
 * sentences are filler with no event (economy, weather, sport, quotes).
 *
 * The text is random recombination: it is shaped like wire copy, but no sentence
 * describes anything that happened. The same --mb and --seed always give the same
 * bytes, on any platform (the PRNG is xorshift64*, seeded through splitmix64).
 *
 * Self-contained C11, libc only. Build: cc -std=c11 -O2 -o gen-corpus gen-corpus.c
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Caps on anything that grows, so a bad template cannot run away. */
#define SENTENCE_MAX 2048
#define MAX_MB 1000000ULL

/* ------------------------------------------------------------------ PRNG */

static uint64_t rng_state;

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static void rng_seed(uint64_t seed)
{
	uint64_t s = seed;
	rng_state = splitmix64(&s);
	if (rng_state == 0) /* xorshift must never hold zero */
		rng_state = 0x2545F4914F6CDD1DULL;
}

static uint64_t rng_next(void)
{
	uint64_t x = rng_state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform-enough integer in [0, n); n > 0. */
static unsigned rnd(unsigned n)
{
	return (unsigned)(((rng_next() >> 32) * (uint64_t)n) >> 32);
}

static unsigned rnd_range(unsigned lo, unsigned hi) /* inclusive */
{
	return lo + rnd(hi - lo + 1);
}

static int chance(unsigned percent)
{
	return rnd(100) < percent;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(a) ((a)[rnd((unsigned)COUNT(a))])

/* ------------------------------------------------------------- vocabulary */

struct country {
	const char *name;    /* as a noun phrase: "the United States" */
	const char *adj;     /* "American" */
	const char *capital; /* seat of government used as metonym */
	const char *leader;  /* title and name */
};

static const struct country countries[] = {
	{"Russia", "Russian", "Moscow", "Russian President Vladimir Putin"},
	{"Ukraine", "Ukrainian", "Kyiv", "Ukrainian President Volodymyr Zelensky"},
	{"North Korea", "North Korean", "Pyongyang", "North Korean leader Kim Jong Un"},
	{"South Korea", "South Korean", "Seoul", "South Korean President Yoon Suk Yeol"},
	{"the United States", "American", "Washington", "US President Joe Biden"},
	{"China", "Chinese", "Beijing", "Chinese President Xi Jinping"},
	{"Japan", "Japanese", "Tokyo", "Japanese Prime Minister Fumio Kishida"},
	{"India", "Indian", "New Delhi", "Indian Prime Minister Narendra Modi"},
	{"Pakistan", "Pakistani", "Islamabad", "Pakistani Prime Minister Shehbaz Sharif"},
	{"Iran", "Iranian", "Tehran", "Iranian President Masoud Pezeshkian"},
	{"Israel", "Israeli", "Jerusalem", "Israeli Prime Minister Benjamin Netanyahu"},
	{"Turkey", "Turkish", "Ankara", "Turkish President Recep Tayyip Erdoğan"},
	{"France", "French", "Paris", "French President Emmanuel Macron"},
	{"Germany", "German", "Berlin", "German Chancellor Olaf Scholz"},
	{"Britain", "British", "London", "British Prime Minister Keir Starmer"},
	{"Poland", "Polish", "Warsaw", "Polish Prime Minister Donald Tusk"},
	{"Hungary", "Hungarian", "Budapest", "Hungarian Prime Minister Viktor Orbán"},
	{"Belarus", "Belarusian", "Minsk", "Belarusian President Alexander Lukashenko"},
	{"Georgia", "Georgian", "Tbilisi", "Georgian Prime Minister Irakli Kobakhidze"},
	{"Armenia", "Armenian", "Yerevan", "Armenian Prime Minister Nikol Pashinyan"},
	{"Azerbaijan", "Azerbaijani", "Baku", "Azerbaijani President Ilham Aliyev"},
	{"Serbia", "Serbian", "Belgrade", "Serbian President Aleksandar Vučić"},
	{"Egypt", "Egyptian", "Cairo", "Egyptian President Abdel Fattah al-Sisi"},
	{"Saudi Arabia", "Saudi", "Riyadh", "Saudi Crown Prince Mohammed bin Salman"},
	{"Qatar", "Qatari", "Doha", "Qatari Emir Sheikh Tamim bin Hamad Al Thani"},
	{"Ethiopia", "Ethiopian", "Addis Ababa", "Ethiopian Prime Minister Abiy Ahmed"},
	{"Kenya", "Kenyan", "Nairobi", "Kenyan President William Ruto"},
	{"Nigeria", "Nigerian", "Abuja", "Nigerian President Bola Tinubu"},
	{"Brazil", "Brazilian", "Brasília", "Brazilian President Luiz Inácio Lula da Silva"},
	{"Venezuela", "Venezuelan", "Caracas", "Venezuelan President Nicolás Maduro"},
	{"Mexico", "Mexican", "Mexico City", "Mexican President Claudia Sheinbaum"},
	{"Colombia", "Colombian", "Bogotá", "Colombian President Gustavo Petro"},
	{"Indonesia", "Indonesian", "Jakarta", "Indonesian President Prabowo Subianto"},
	{"the Philippines", "Philippine", "Manila", "Philippine President Ferdinand Marcos Jr."},
	{"Vietnam", "Vietnamese", "Hanoi", "Vietnamese Prime Minister Pham Minh Chinh"},
	{"Thailand", "Thai", "Bangkok", "Thai Prime Minister Paetongtarn Shinawatra"},
	{"Australia", "Australian", "Canberra", "Australian Prime Minister Anthony Albanese"},
	{"Canada", "Canadian", "Ottawa", "Canadian Prime Minister Justin Trudeau"},
	{"Italy", "Italian", "Rome", "Italian Prime Minister Giorgia Meloni"},
	{"Spain", "Spanish", "Madrid", "Spanish Prime Minister Pedro Sánchez"},
	{"Finland", "Finnish", "Helsinki", "Finnish President Alexander Stubb"},
	{"Lithuania", "Lithuanian", "Vilnius", "Lithuanian President Gitanas Nausėda"},
	{"Moldova", "Moldovan", "Chișinău", "Moldovan President Maia Sandu"},
	{"Lebanon", "Lebanese", "Beirut", "Lebanese Prime Minister Najib Mikati"},
	{"Iraq", "Iraqi", "Baghdad", "Iraqi Prime Minister Mohammed Shia al-Sudani"},
	{"Jordan", "Jordanian", "Amman", "Jordan's King Abdullah II"},
	{"South Africa", "South African", "Pretoria", "South African President Cyril Ramaphosa"},
	{"Morocco", "Moroccan", "Rabat", "Moroccan Foreign Minister Nasser Bourita"},
	{"Sudan", "Sudanese", "Port Sudan", "Sudanese army chief Abdel Fattah al-Burhan"},
	{"Mali", "Malian", "Bamako", "Malian junta leader Assimi Goïta"},
	{"Bangladesh", "Bangladeshi", "Dhaka", "Bangladeshi interim leader Muhammad Yunus"},
};

struct org {
	const char *name;
	const char *head;
};

static const struct org orgs[] = {
	{"NATO", "NATO Secretary General Mark Rutte"},
	{"the European Union", "EU foreign policy chief Kaja Kallas"},
	{"the United Nations", "UN Secretary-General António Guterres"},
	{"the African Union", "the chairman of the African Union Commission"},
	{"ASEAN", "ASEAN's secretary-general"},
	{"the International Atomic Energy Agency", "IAEA chief Rafael Grossi"},
	{"the Organization of American States", "the OAS secretary-general"},
	{"the Arab League", "the Arab League's secretary-general"},
};

/* Bodies that plausibly impose embargoes or sanctions. */
static const char *const sanctioners[] = {
	"the European Union", "the UN Security Council", "the African Union", "ECOWAS",
};

static const char *const troops[] = {
	"troops", "soldiers", "forces", "special forces units", "marines", "paratroopers",
};

static const char *const weapons[] = {
	"artillery shells", "attack drones", "air defence systems", "ballistic missiles",
	"armoured vehicles", "anti-tank missiles", "rocket launchers", "fighter jets",
	"small arms and ammunition", "cruise missiles",
};

static const char *const topics[] = {
	"energy security", "trade and investment", "migration", "climate finance",
	"border security", "nuclear safety", "food exports", "the fight against terrorism",
	"maritime security", "debt relief",
};

static const char *const regions[] = {
	"northern border region", "eastern province", "southern coastal region",
	"mountainous west", "central highlands", "frontline districts", "disputed enclave",
};

static const char *const days[] = {
	"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
	"on Saturday", "on Sunday", "late on Monday", "early on Tuesday",
	"late on Wednesday", "early on Friday", "on Sunday evening", "overnight",
	"this week", "last week", "earlier this month",
};

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
};

static const char *const goods[] = {
	"coffee", "copper", "natural gas", "rice", "textiles", "wine", "steel",
	"fertiliser", "cut flowers", "electronics",
};

static const char *const outlets[] = {
	"Example Wire", "Harbour Post", "Meridian Daily", "Northern Ledger",
	"Coastal Times", "Capital Dispatch", "Evening Courier", "Global Desk",
};

static const char *const openers[] = {
	"Meanwhile, ", "Separately, ", "In a separate development, ", "Earlier, ",
	"At the same time, ", "Later, ",
};

/*
 * Templates. Placeholders in braces:
 *   {A} {B} {C}  country names for slots 1-3 (distinct)
 *   {S} {V}      possessives of slots 1-2 ("Russia's", "the Philippines'")
 *   {a} {b}      adjectives of slots 1-2     {K} {L} capitals of slots 1-2
 *   {P} {Q}      leaders of slots 1-2        {O} organisation  {o} its head
 *   {E} sanctioning body  {T} troops noun  {W} weapons  {X} topic  {R} region
 *   {D} day phrase  {H} month  {Y} year 2008-2021  {G} traded goods
 *   {N} 2-60  {M} 100-20,000 with commas  {U} percent like 3.4  {n} 1-9
 */
static const char *const event_templates[] = {
	"{P} condemned {B} {D}, calling its latest military moves a direct threat to stability in the region.",
	"{A} accused {B} of violating the ceasefire along their shared border, the foreign ministry said in a statement {D}.",
	"{a} {T} attacked {b} positions near the border {D}, killing at least {N} soldiers, according to local officials.",
	"{A} imposed sanctions on {N} {b} officials and companies {D}, citing their role in supplying {W} to armed groups.",
	"{P} urged {B} to return to negotiations and to release all detained journalists without further delay.",
	"{A} and {B} signed an agreement on defence cooperation {D} during a ceremony attended by senior officials in {K}.",
	"{A} sent about {M} {T} to {B} {D} at the request of the government in {L}, the defence ministry said.",
	"{P} met {Q} in {L} {D} to discuss {X} and the war in the region, officials from both countries said.",
	"{O} said {A} had moved more than {M} {T} closer to its border with {B} over the past {N} days.",
	"{K} warned {B} that it would respond with force if {b} warships entered its territorial waters again.",
	"According to {a} officials, {b} drones struck an oil depot and a power station in the {R} {D}.",
	"{P}, who took office in {Y}, said {A} was considering sending {W} to {B} to help it defend its cities.",
	"{o} said {D} that the organisation was deeply concerned by reports that {A} had supplied {W} to {B}.",
	"The {a} foreign ministry summoned the ambassador of {B} {D} and lodged a formal protest over remarks by {Q}.",
	"{A} expelled {N} {b} diplomats {D}, accusing them of activities incompatible with their diplomatic status.",
	"{Q} rejected the proposal from {K}, saying {B} would not negotiate while foreign troops remained on its soil.",
	"{A} did not condemn the strikes, and its foreign ministry declined to comment when it was asked about them {D}.",
	"{A} pledged to provide {B} with {W} worth {N} million dollars, {P} said after talks with {Q}.",
	"{P} spoke by phone with {Q} {D}, and the two leaders agreed to meet again before the end of the year.",
	"{a} police arrested {N} people {D} during protests against the government in {K}, witnesses and rights groups said.",
	"{O} called on {A} and {B} to show restraint and to resolve their dispute over the {R} through dialogue.",
	"{A}, {B} and {C} issued a joint statement {D} condemning the missile launch and calling for new talks.",
	"{Q} denied that {B} had supplied weapons to rebels in {A}, calling the accusation baseless and politically motivated.",
	"{P} threatened to impose tariffs on goods from {B} if {L} did not reopen the border crossings within {N} days.",
	"{A} and {B} exchanged {N} prisoners of war each {D} in a deal brokered by {C}, officials on both sides said.",
	"{a} warplanes carried out air strikes on targets in {B} {D}, the {a} military said in a brief statement.",
	"{P} praised {B} for its support and thanked {Q} for sending humanitarian aid to the regions hit by the floods.",
	"{E} imposed an arms embargo on {A} {D} after months of fighting that has displaced more than {M} people.",
	"{A} recalled its ambassador from {B} for consultations after {L} refused to extradite a former minister.",
	"{P} said {D} that {A} would not send {T} to {B}, despite growing pressure from its allies to do more.",
	"{A} may seek closer ties with {B} next year, analysts said, if the talks on {X} make progress.",
	"{K} agreed {D} to host talks between {B} and {C} later this month, a government spokesman told reporters.",
	"Speaking at a news conference in {K}, {P} accused {B} of meddling in the country's internal affairs.",
	"{a} {T} held joint exercises with {b} forces {D}, the first such drills between the two armies in more than {N} years.",
	"{B} was hit by more than {N} {a} missiles overnight, the {b} air force said, adding that most of them were shot down.",
	"{P} refused to meet {Q} at the summit, saying there was nothing to discuss until {B} withdrew its {T}.",
	"UN investigators said {D} they had found evidence that {a} forces had shelled a hospital in the {R} of {B}.",
	"{A} released {N} detained {b} fishermen {D} as a goodwill gesture ahead of talks with {L} on {X}.",
	"{P} visited {B} {D} in the first such trip since {Y} and laid a wreath at a memorial to the victims of the war.",
	"{A} suspended imports of {b} grain {D}, saying the cheap supplies were hurting its own farmers.",
	"{o} urged {A} to allow international inspectors back into the {R} without conditions.",
	"The defence ministry of {A} said {D} that {b} {T} had crossed the border and seized two villages in the {R}.",
	"If {B} continues to mass {T} on the border, {A} could be forced to respond, a senior {a} official warned {D}.",
	"{L} has not commented on the accusations, which come amid rising tension between {B} and {A} over {X}.",
	"{A} and {B} agreed {D} to restore full diplomatic relations, ending a rupture that began in {Y}.",
	"{S} troops opened fire on {b} border guards {D}, and {L} said it would lodge a complaint with the United Nations.",
	"{S} foreign minister accused {B} of spreading disinformation about the war and of trying to divide its allies.",
	"{V} troops were sent to {A} {D} to help secure the capital, which has been shaken by weeks of unrest.",
	"{O} condemned {S} decision to send {T} to {B}, saying it risked widening the conflict across the {R}.",
};

static const char *const filler_templates[] = {
	"The {a} central bank raised its main interest rate to {U} percent {D}, citing stubborn inflation and a weak currency.",
	"Heavy rain caused flooding in several districts of {K} {D}, forcing the authorities to close schools and main roads.",
	"Inflation in {A} slowed to {U} percent in {H}, the national statistics office said, the lowest level in {N} months.",
	"Temperatures in the capital are expected to reach {N} degrees Celsius later this week, and the weather service advised people to stay indoors.",
	"The {a} champions clinched the league title on the final day of the season {D} in front of a sell-out crowd of more than {M} fans.",
	"Shares in the country's largest carmaker rose {U} percent after it reported record sales for the month of {H}.",
	"The new metro line in {K}, which cost more than {n} billion dollars to build, will open to passengers in {H}.",
	"\xe2\x80\x9cWe have worked very hard for this moment,\xe2\x80\x9d the coach told reporters in {K} after the final whistle.",
	"Unemployment in {A} fell to {U} percent last year, helped by strong demand in the construction and tourism sectors.",
	"Agriculture officials said the harvest of wheat and barley was expected to be about {N} percent larger than last year's, thanks to good spring rain.",
	"Tourist arrivals in {A} rose sharply in {H}, with visitors from Europe and Asia filling hotels along the coast.",
	"A fire broke out at a textile factory on the outskirts of {K} {D}, but no one was injured, firefighters said.",
	"The government plans to build {N} new hospitals and more than {M} kilometres of roads over the next five years.",
	"Thousands of runners from more than {N} countries took part in the annual marathon in {K} {D}, despite strong winds and light rain.",
	"Oil prices edged higher {D} as traders weighed supply concerns in the Middle East against signs of weaker demand in Asia.",
	"The film, which was shot in {K} and three other cities over two years, won the top prize at the international festival {D}.",
	"Economists expect growth of about {U} percent this year, slightly below the government's own forecast of {U} percent.",
	"\xe2\x80\x9cIt is too early to say whether the reforms are working,\xe2\x80\x9d said a senior economist at a bank in {K}.",
	"Power was restored to most homes in {K} by late evening after a storm brought down lines across the {R}.",
	"The national football team will face its neighbours in {H} in a qualifier for the next World Cup, with tickets already sold out.",
	"Exports of {G} from {A} rose {U} percent in the first half of the year, driven by demand from neighbouring countries.",
	"The education ministry said {M} new teachers would be hired before the school year starts in {H}, most of them in rural areas.",
	"Passenger numbers at the main airport in {K} returned to their pre-pandemic level in {H}, the operator said.",
};

static const char *const headline_templates[] = {
	"{A} and {B} trade accusations after deadly border clash",
	"{A} condemns {B} as tension rises over {X}",
	"{A} imposes new sanctions on {B}",
	"{P} urges {B} to return to talks",
	"{A} signs defence pact with {B}",
	"{A} sends troops to {B} as crisis deepens",
	"{A} warns {B} against further military moves",
	"{P} meets {Q} amid push on {X}",
	"{A} expels {b} diplomats in widening row",
	"Talks between {A} and {B} stall over {X}",
	"{A} weighs arms deliveries to {B}",
	"{a} strikes hit {B} overnight, officials say",
	"{A} denies arming rebels in {B}",
	"{A} central bank holds rates as inflation eases",
	"Floods disrupt life in {K}",
};

/* --------------------------------------------------------------- buffers */

struct buf {
	char *p;
	size_t len, cap;
};

static void die_oom(void)
{
	fputs("gen-corpus: out of memory\n", stderr);
	exit(1);
}

static void buf_reserve(struct buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p)
		die_oom();
	b->p = p;
	b->cap = cap;
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* Append s as the body of a JSON string (no surrounding quotes). */
static void buf_json(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': buf_add(b, "\\\"", 2); break;
		case '\\': buf_add(b, "\\\\", 2); break;
		case '\n': buf_add(b, "\\n", 2); break;
		case '\t': buf_add(b, "\\t", 2); break;
		case '\r': buf_add(b, "\\r", 2); break;
		default:
			if (c < 0x20) {
				char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
				buf_add(b, u, 6);
			} else {
				buf_add(b, (const char *)&c, 1);
			}
		}
	}
}

/* ------------------------------------------------------------- expansion */

struct slots {
	const struct country *c[3];
	const struct org *org;
};

/* Choose three distinct countries, preferring the article's cast. */
static void pick_slots(struct slots *s, const struct country *const cast[3])
{
	for (int i = 0; i < 3; i++) {
		const struct country *c;
		int dup;
		do {
			c = (cast && chance(70)) ? cast[rnd(3)] : &PICK(countries);
			dup = 0;
			for (int j = 0; j < i; j++)
				dup |= (s->c[j] == c);
		} while (dup);
		s->c[i] = c;
	}
	s->org = &PICK(orgs);
}

static void add_number(struct buf *b, unsigned v)
{
	char tmp[32];
	int n;
	if (v >= 1000)
		n = snprintf(tmp, sizeof tmp, "%u,%03u", v / 1000, v % 1000);
	else
		n = snprintf(tmp, sizeof tmp, "%u", v);
	if (n > 0)
		buf_add(b, tmp, (size_t)n);
}

static void add_possessive(struct buf *b, const char *name)
{
	size_t n = strlen(name);
	buf_add(b, name, n);
	if (n > 0 && name[n - 1] == 's')
		buf_str(b, "'");
	else
		buf_str(b, "'s");
}

/* Expand one template into out (appended); returns 0, or -1 on a bad template. */
static int expand(struct buf *out, const char *t, const struct slots *s)
{
	size_t start = out->len;
	char tmp[32];
	int n;

	while (*t) {
		const char *brace = strchr(t, '{');
		if (!brace) {
			buf_str(out, t);
			break;
		}
		buf_add(out, t, (size_t)(brace - t));
		if (brace[1] == '\0' || brace[2] != '}')
			return -1;
		switch (brace[1]) {
		case 'A': buf_str(out, s->c[0]->name); break;
		case 'B': buf_str(out, s->c[1]->name); break;
		case 'C': buf_str(out, s->c[2]->name); break;
		case 'S': add_possessive(out, s->c[0]->name); break;
		case 'V': add_possessive(out, s->c[1]->name); break;
		case 'a': buf_str(out, s->c[0]->adj); break;
		case 'b': buf_str(out, s->c[1]->adj); break;
		case 'K': buf_str(out, s->c[0]->capital); break;
		case 'L': buf_str(out, s->c[1]->capital); break;
		case 'P': buf_str(out, s->c[0]->leader); break;
		case 'Q': buf_str(out, s->c[1]->leader); break;
		case 'O': buf_str(out, s->org->name); break;
		case 'o': buf_str(out, s->org->head); break;
		case 'E': buf_str(out, PICK(sanctioners)); break;
		case 'T': buf_str(out, PICK(troops)); break;
		case 'W': buf_str(out, PICK(weapons)); break;
		case 'X': buf_str(out, PICK(topics)); break;
		case 'R': buf_str(out, PICK(regions)); break;
		case 'D': buf_str(out, PICK(days)); break;
		case 'H': buf_str(out, PICK(months)); break;
		case 'G': buf_str(out, PICK(goods)); break;
		case 'Y':
			n = snprintf(tmp, sizeof tmp, "%u", rnd_range(2008, 2021));
			if (n > 0)
				buf_add(out, tmp, (size_t)n);
			break;
		case 'N': add_number(out, rnd_range(2, 60)); break;
		case 'M': add_number(out, rnd_range(1, 200) * 100); break;
		case 'n': add_number(out, rnd_range(1, 9)); break;
		case 'U': {
			/* Two draws in two statements: argument order is unspecified. */
			unsigned whole = rnd_range(0, 14);
			unsigned tenth = rnd(10);
			n = snprintf(tmp, sizeof tmp, "%u.%u", whole, tenth);
			if (n > 0)
				buf_add(out, tmp, (size_t)n);
			break;
		}
		default:
			return -1;
		}
		t = brace + 3;
		if (out->len - start > SENTENCE_MAX)
			return -1;
	}
	/* Capitalise a sentence or headline that starts with "the ...". */
	if (out->len > start && out->p[start] >= 'a' && out->p[start] <= 'z')
		out->p[start] = (char)(out->p[start] - 'a' + 'A');
	return 0;
}

/* --------------------------------------------------------------- articles */

/*
 * After an opener ("Meanwhile, ") the sentence's first word is no longer first:
 * undo the capital of a literal word ("If", "According") or of a name that starts
 * with "the", but keep proper nouns and acronyms ("Russia", "UN").
 */
static void lower_after_opener(char *p, const char *tmpl)
{
	if (!(p[0] >= 'A' && p[0] <= 'Z'))
		return;
	if (tmpl[0] == '{') {
		if (strncmp(p, "The ", 4) == 0)
			p[0] = 't';
	} else if (p[1] >= 'a' && p[1] <= 'z') {
		p[0] = (char)(p[0] - 'A' + 'a');
	}
}

/*
 * Turn "... ." into "..., <someone> said." on sentences that carry no attribution
 * yet, so that attribution is not tied to a few templates.
 */
static const char *const attributions[] = {
	", officials said.", ", a government spokesman said.", ", state media reported.",
	", diplomats said.", ", the foreign ministry said in a statement.",
	", according to a statement from the presidency.", ", two sources told reporters.",
	", the defence ministry said.",
};

static void add_attribution(struct buf *b)
{
	if (b->len < 2 || b->p[b->len - 1] != '.')
		return;
	/* Look back to the start of this sentence for an existing "said"/"according". */
	size_t i = b->len - 1;
	while (i > 0 && !(b->p[i - 1] == '.' || b->p[i - 1] == '\n'))
		i--;
	if (strstr(b->p + i, " said") || strstr(b->p + i, "ccording") ||
	    strstr(b->p + i, " told "))
		return;
	b->len--; /* drop the full stop */
	b->p[b->len] = '\0';
	buf_str(b, PICK(attributions));
}

static int is_leap(unsigned y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static void random_date(char out[11])
{
	static const unsigned mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	unsigned y = rnd_range(2022, 2025);
	unsigned m = rnd(12);
	unsigned dmax = mdays[m] + (m == 1 && is_leap(y));
	unsigned d = rnd_range(1, dmax);
	/* Written digit by digit: every field has a known width. */
	out[0] = (char)('0' + y / 1000 % 10);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + (m + 1) / 10);
	out[6] = (char)('0' + (m + 1) % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

static int write_article(FILE *fp, unsigned long long id, struct buf *text,
			 struct buf *line, unsigned long long *written)
{
	const struct country *cast[3];
	struct slots s;
	char date[11];

	/* Three distinct countries the article is mostly about. */
	cast[0] = &PICK(countries);
	do
		cast[1] = &PICK(countries);
	while (cast[1] == cast[0]);
	do
		cast[2] = &PICK(countries);
	while (cast[2] == cast[0] || cast[2] == cast[1]);

	random_date(date);
	const char *source = PICK(outlets);

	/* Body. */
	text->len = 0;
	unsigned nsent = rnd_range(5, 25);
	unsigned in_para = 0, para_len = rnd_range(1, 4);
	for (unsigned i = 0; i < nsent; i++) {
		if (i > 0) {
			if (in_para >= para_len) {
				buf_str(text, "\n\n");
				in_para = 0;
				para_len = rnd_range(1, 4);
			} else {
				buf_str(text, " ");
			}
		}
		pick_slots(&s, cast);
		int filler = chance(40);
		const char *t = filler ? PICK(filler_templates) : PICK(event_templates);
		if (!filler && i > 0 && chance(12)) {
			buf_str(text, PICK(openers));
			size_t at = text->len;
			if (expand(text, t, &s) < 0)
				return -1;
			lower_after_opener(text->p + at, t);
		} else if (expand(text, t, &s) < 0) {
			return -1;
		}
		if (!filler && chance(35))
			add_attribution(text);
		in_para++;
	}

	/* Headline from the cast. */
	struct buf title = {0};
	s.c[0] = cast[0];
	s.c[1] = cast[1];
	s.c[2] = cast[2];
	s.org = &PICK(orgs);
	if (expand(&title, PICK(headline_templates), &s) < 0) {
		free(title.p);
		return -1;
	}

	char idbuf[32];
	int n = snprintf(idbuf, sizeof idbuf, "gen-%08llu", id);
	if (n < 0)
		n = 0;

	line->len = 0;
	buf_str(line, "{\"id\":\"");
	buf_add(line, idbuf, (size_t)n);
	buf_str(line, "\",\"date\":\"");
	buf_str(line, date);
	buf_str(line, "\",\"source\":\"");
	buf_json(line, source, strlen(source));
	buf_str(line, "\",\"title\":\"");
	buf_json(line, title.p, title.len);
	buf_str(line, "\",\"text\":\"");
	buf_json(line, text->p, text->len);
	buf_str(line, "\"}\n");
	free(title.p);

	if (fwrite(line->p, 1, line->len, fp) != line->len)
		return -2;
	*written += line->len;
	return 0;
}

/* ------------------------------------------------------------------ main */

static void usage(FILE *fp)
{
	fputs("usage: gen-corpus --mb N [--seed S]\n"
	      "  Write at least N megabytes (N * 2^20 bytes) of generated news articles\n"
	      "  as JSON Lines to stdout. The same N and S give the same output.\n",
	      fp);
}

static int parse_u64(const char *s, unsigned long long *out)
{
	char *end;
	if (!s || !*s || *s == '-')
		return -1;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	unsigned long long mb = 0, seed = 1;
	int have_mb = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--mb") && i + 1 < argc) {
			if (parse_u64(argv[++i], &mb) < 0 || mb == 0 || mb > MAX_MB) {
				fprintf(stderr, "gen-corpus: bad --mb value '%s'\n", argv[i]);
				return 2;
			}
			have_mb = 1;
		} else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
			if (parse_u64(argv[++i], &seed) < 0) {
				fprintf(stderr, "gen-corpus: bad --seed value '%s'\n", argv[i]);
				return 2;
			}
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}
	if (!have_mb) {
		usage(stderr);
		return 2;
	}

	rng_seed(seed);
	unsigned long long target = mb * 1024ULL * 1024ULL;
	unsigned long long written = 0;
	struct buf text = {0}, line = {0};
	int rc = 0;

	for (unsigned long long id = 1; written < target; id++) {
		int r = write_article(stdout, id, &text, &line, &written);
		if (r == -1) {
			fputs("gen-corpus: internal error: bad template\n", stderr);
			rc = 1;
			break;
		}
		if (r == -2) {
			fputs("gen-corpus: write error\n", stderr);
			rc = 1;
			break;
		}
	}
	if (fflush(stdout) != 0 && rc == 0) {
		fputs("gen-corpus: write error\n", stderr);
		rc = 1;
	}
	free(text.p);
	free(line.p);
	return rc;
}
