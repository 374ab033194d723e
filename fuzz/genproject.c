/* genproject: a random monitor project from a seed, for the property that whatever
 * `rapporteur validate` accepts, `rapporteur report` can write (fuzz/property.sh).
 *
 *   genproject SEED DIR [--without FEATURE,...]
 *
 * The projects look like what staff make: records, counts, published figures with and
 * without bounds, shares as "25%" or "0,25", recidivism person by person or as published,
 * capture histories, regions, gaps, breaks, flags, notes, small counts, labels, targets of
 * every form; and what staff sometimes type: names with quotes, backquotes, formulas and
 * datablock ends. Features that break report in ways being fixed elsewhere can be left out
 * (make check leaves them out until they are fixed; the property run keeps them):
 *   long-titles      titles of 60 to 100 words
 *   noncharacters    U+FFFE, U+FFFF, U+FDD0 and U+1FFFE inside names
 *   huge-cells       a note of 40,000 characters (Excel's cell holds 32,767)
 *   disjoint-lists   a stratum in which two lists of the capture histories never overlap
 *   many-indicators  150 to 320 indicators (slow: every one is charted)
 * Same seed, same project. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static uint64_t state;

/* splitmix64 (Steele, Lea and Flood 2014): small, and the same on every machine */
static uint64_t next(void)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static int pick(int n) { return n > 0 ? (int)(next() % (uint64_t)n) : 0; }
static int chance(double p) { return (double)(next() >> 11) / 9007199254740992.0 < p; }
static int between(int lo, int hi) { return lo + pick(hi - lo + 1); }

enum { LONG_TITLES = 1, NONCHARS = 2, HUGE_CELLS = 4, DISJOINT = 8, MANY = 16 };
static const char *const feature_names[] = {"long-titles", "noncharacters", "huge-cells",
                                            "disjoint-lists", "many-indicators"};
/* The features allowed, and those this project has (each drawn once per project, so that a
 * failing project can be told by its features: GENERATED.txt names them). */
static unsigned allowed = LONG_TITLES | NONCHARS | HUGE_CELLS | DISJOINT | MANY, features;

static const char *dir;

static FILE *create(const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "genproject: cannot write %s: %s\n", path, strerror(errno));
        exit(1);
    }
    return f;
}

static const char *const words[] = {
    "slachtoffers", "zaken", "geregistreerde", "mogelijke", "aandeel", "uitbuiting",
    "arbeid", "seksueel", "minderjarigen", "politie", "OM", "recidive", "meldingen",
    "victims", "cases", "share", "labour", "registered", "reports", "per", "jaar", "van",
    "de", "het", "in", "Nederland", "gemeenten", "beleid", "onderzoeken", "KMar"};

/* Names as staff type them, and as hostile input would: quotes, formulas, backquotes, a
 * datablock end, accents, a line of one character. */
static const char *const odd[] = {
    "'s-Hertogenbosch", "Ann's", "=1+1", "+31", "-5", "@SUM(A1)", "`touch x`", "EOD",
    "RPEOD_0_X", "caf\xc3\xa9", "\xc3\x89\xc3\xa9n", "a;b", "\"quoted\"", "x", "$(id)",
    "\\n", "50%"};

static const char *const nonchars[] = {"\xef\xbf\xbe", "\xef\xbf\xbf", "\xef\xb7\x90",
                                       "\xf0\x9f\xbf\xbe"};

/* A name of a few words; now and then an odd one or one with a noncharacter. */
static void name(char *out, size_t n, int wmin, int wmax)
{
    size_t k = 0;
    out[0] = '\0';
    if (chance(0.08)) {
        snprintf(out, n, "%s", odd[pick(sizeof odd / sizeof *odd)]);
        k = strlen(out);
    }
    int w = between(wmin, wmax);
    for (int i = 0; i < w && k + 40 < n; i++)
        k += (size_t)snprintf(out + k, n - k, "%s%s", k ? " " : "",
                              words[pick(sizeof words / sizeof *words)]);
    if ((features & NONCHARS) && chance(0.2) && k + 5 < n)
        snprintf(out + k, n - k, "%s", nonchars[pick(4)]);
}

/* A title: a name, or in a long-titles project now and then 60 to 100 words. */
static void title(char *out, size_t n)
{
    if ((features & LONG_TITLES) && chance(0.3))
        name(out, n, 60, 100);
    else
        name(out, n, 1, 7);
}

/* A value for a CSV cell: quoted when it holds the delimiter, a quote or a line end. */
static void cell(FILE *f, const char *s)
{
    if (strpbrk(s, ";\"\n\r")) {
        fputc('"', f);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
}

/* ---- the shape of the project ---- */

static int y0, y1, lang_nl, nregions;
static char regions[400][16];
static int missing[200]; /* years left out of a dataset: missing[y - y0] */

static void gaps(double p)
{
    for (int y = y0; y <= y1; y++)
        missing[y - y0] = y > y0 && y < y1 && chance(p);
}

static void write_regions(FILE *ini)
{
    nregions = chance(0.5) ? 0 : chance(0.9) ? between(1, 12) : between(40, 400);
    if (!nregions)
        return;
    FILE *f = create("regions.csv");
    fputs("code;name;year;population\n", f);
    for (int r = 0; r < nregions; r++) {
        snprintf(regions[r], sizeof regions[r], "R%03d", r);
        char nm[256];
        name(nm, sizeof nm, 1, 2);
        int pop = between(1000, 2000000), national = r == 0 && chance(0.1);
        for (int y = y0; y <= y1; y++) {
            fprintf(f, "%s;", regions[r]);
            cell(f, nm);
            if (national)
                fprintf(f, ";%d;\n", y);
            else
                fprintf(f, ";%d;%d\n", y, pop + between(-500, 500));
        }
    }
    fclose(f);
    fprintf(ini, "[regions]\nfile = regions.csv\n%s\n",
            chance(0.3) ? (chance(0.5) ? "funnel = exact\n" : "funnel = additive\n") : "");
}

static const char *const forms[] = {"seksueel", "arbeid", "crimineel", "overig"};

/* Records: one row per victim. */
static void write_records(FILE *ini, char labels[4][256])
{
    FILE *f = create("victims.csv");
    int flags = chance(0.3);
    fprintf(f, "jaar;%svorm;minderjarig;leeftijd%s\n", nregions ? "regio;" : "",
            flags ? ";flag" : "");
    gaps(0.15);
    for (int y = y0; y <= y1; y++) {
        if (missing[y - y0])
            continue;
        int n = chance(0.1) ? between(1, 6) : between(20, 400);
        const char *flag = flags && y == y1 ? "p" : flags && chance(0.1) ? "r" : "";
        for (int i = 0; i < n; i++) {
            fprintf(f, "%d;", y);
            if (nregions)
                fprintf(f, "%s;", regions[pick(nregions)]);
            fprintf(f, "%s;%d;%d", forms[pick(chance(0.2) ? 2 : 4)], chance(0.2),
                    between(12, 70));
            if (flags)
                fprintf(f, ";%s", flag);
            fputc('\n', f);
        }
    }
    fclose(f);
    for (int i = 0; i < 4; i++)
        name(labels[i], 256, 1, 3);
    fputs("[dataset victims]\nfile = victims.csv\n", ini);
    if (chance(0.2) && y1 > y0)
        fprintf(ini, "breaks = %d\n", between(y0 + 1, y1));
    fputc('\n', ini);
}

/* Counts by year, region and phase, small ones among them, with notes now and then. */
static void write_counts(FILE *ini)
{
    FILE *f = create("cases.csv");
    int notes = (features & HUGE_CELLS) || chance(0.4);
    fprintf(f, "jaar;%sfase;aantal%s\n", nregions ? "regio;" : "", notes ? ";noot" : "");
    gaps(0.1);
    static const char *const phases[] = {"instroom", "veroordeeld", "sepot"};
    for (int y = y0; y <= y1; y++) {
        if (missing[y - y0])
            continue;
        int nr = nregions ? (nregions < 6 ? nregions : 6) : 1;
        for (int r = 0; r < nr; r++)
            for (int ph = 0; ph < 3; ph++) {
                fprintf(f, "%d;", y);
                if (nregions)
                    fprintf(f, "%s;", regions[r]);
                fprintf(f, "%s;%d", phases[ph], chance(0.15) ? between(0, 4) : between(5, 300));
                if (notes) {
                    fputc(';', f);
                    if (r == 0 && ph == 0 && chance(0.2)) {
                        char nm[512];
                        name(nm, sizeof nm, 2, 10);
                        cell(f, nm);
                    } else if (r == 0 && ph == 0 && (features & HUGE_CELLS) && y == y1) {
                        for (int k = 0; k < 40000; k++)
                            fputc("abcdefghij "[k % 11], f);
                    }
                }
                fputc('\n', f);
            }
    }
    fclose(f);
    fprintf(ini, "[dataset cases]\nfile = cases.csv\n%s\n",
            chance(0.3) ? "absent = zero\n" : "");
}

/* Published figures: counts with (some) bounds, shares as "25%" or "0,25" with or without
 * n, and recidivism percentages. */
static void write_published(FILE *ini, int *bounds, int *shares, int *recid)
{
    *bounds = chance(0.5);
    if (*bounds) {
        FILE *f = create("hidden.csv");
        fputs("jaar;aantal;ondergrens;bovengrens\n", f);
        gaps(0.3);
        for (int y = y0; y <= y1; y++)
            if (!missing[y - y0]) {
                int v = between(1000, 9000);
                if (chance(0.3))
                    fprintf(f, "%d;%d;;\n", y, v);
                else
                    fprintf(f, "%d;%d;%d;%d\n", y, v, v - between(100, 900), v + between(100, 900));
            }
        fclose(f);
        fputs("[dataset hidden]\nfile = hidden.csv\n\n", ini);
    }
    *shares = chance(0.5);
    if (*shares) {
        FILE *f = create("shares.csv");
        fputs("jaar;maat;waarde;n\n", f);
        gaps(0.4);
        int pct = chance(0.5);
        for (int y = y0; y <= y1; y++)
            if (!missing[y - y0]) {
                int p = between(1, 99), n = chance(0.5) ? between(20, 2000) : 0;
                if (pct)
                    fprintf(f, "%d;sepots;%d%%;", y, p);
                else
                    fprintf(f, "%d;sepots;0,%02d;", y, p);
                if (n)
                    fprintf(f, "%d", n);
                fputc('\n', f);
            }
        fclose(f);
        fputs("[dataset shares]\nfile = shares.csv\n\n", ini);
    }
    *recid = chance(0.5) ? 0 : chance(0.5) ? 1 : 2; /* 1 published, 2 person by person */
    if (*recid == 1) {
        FILE *f = create("recidivism.csv");
        fputs("cohort;years;prevalence;n\n", f);
        for (int c = y0; c <= y1 - 2; c++)
            for (int yr = 2; yr <= 7; yr += chance(0.5) ? 3 : 5)
                if (c + yr <= y1 + 1)
                    fprintf(f, "%d;%d;%d%%;%s\n", c, yr, between(10 * yr / 2, 40 + 5 * yr),
                            chance(0.5) ? "" : "120");
        fclose(f);
    } else if (*recid == 2) {
        FILE *f = create("recidivism.csv");
        fputs("id;cohort;start;event;end;detained_days;groep\n", f);
        int id = 1;
        for (int c = y0; c <= y1; c++) {
            int n = between(5, 80);
            for (int i = 0; i < n; i++) {
                int m = between(1, 12), d = between(1, 28), has = chance(0.4);
                fprintf(f, "%d;%d;%d-%02d-%02d;", id++, c, c, m, d);
                if (has && c < y1)
                    fprintf(f, "%d-%02d-%02d", c + 1, between(1, 12), between(1, 28));
                fprintf(f, ";%d-12-31;%d;%s\n", y1, c < y1 && !has && chance(0.2) ? between(1, 10) : 0,
                        chance(0.5) ? "jong" : "oud");
            }
        }
        fclose(f);
    }
    if (*recid)
        fputs("[dataset recidivism]\nfile = recidivism.csv\nkind = recidivism\n\n", ini);
}

/* Capture histories of t lists by year; in a disjoint-lists project one stratum where the
 * first two lists never overlap. Returns t, or 0 for none. */
static int write_captures(FILE *ini)
{
    if (!(features & DISJOINT) && chance(0.6))
        return 0;
    int t = between(2, 5);
    FILE *f = create("captures.csv");
    fputs("jaar", f);
    for (int l = 0; l < t; l++)
        fprintf(f, ";lijst%d", l + 1);
    fputs(";aantal\n", f);
    int from = y1 - between(0, 4) < y0 ? y0 : y1 - between(0, 4);
    int disjoint = features & DISJOINT ? from : -1;
    for (int y = from; y <= y1; y++)
        for (int h = 1; h < (1 << t); h++) {
            if (y == disjoint && (h & 3) == 3)
                continue;
            int bits = __builtin_popcount((unsigned)h);
            int n = bits == 1 ? between(20, 400) : bits == 2 ? between(0, 60) : between(0, 8);
            if (!n && chance(0.5))
                continue;
            fprintf(f, "%d", y);
            for (int l = 0; l < t; l++)
                fprintf(f, ";%d", (h >> l) & 1);
            fprintf(f, ";%d\n", n);
        }
    fclose(f);
    fputs("[dataset captures]\nfile = captures.csv\nkind = captures\n\n", ini);
    return t;
}

static void write_reports(FILE *ini)
{
    if (!nregions)
        return;
    FILE *f = create("reports.csv");
    fputs("jaar;regio;bron;aantal\n", f);
    for (int y = y0; y <= y1; y++)
        for (int r = 0; r < nregions; r++)
            for (int b = 0; b < 2; b++)
                fprintf(f, "%d;%s;%s;%d\n", y, regions[r], b ? "burger" : "politie",
                        between(0, 90));
    fclose(f);
    fputs("[dataset reports]\nfile = reports.csv\n\n", ini);
}

/* ---- monitor.ini ---- */

static int nind;
static char ids[400][32];
static int is_share[400];

static void indicator(FILE *ini, const char *dataset, const char *measure, const char *extra)
{
    if (nind >= 400)
        return;
    snprintf(ids[nind], sizeof ids[nind], "i%d", nind);
    char t[4096];
    title(t, sizeof t);
    if (!t[0])
        snprintf(t, sizeof t, "Indicator %d", nind);
    fprintf(ini, "[indicator %s]\ntitle = %s\ndataset = %s\nmeasure = %s\n%s", ids[nind], t,
            dataset, measure, extra);
    static const char *const pol[] = {"up", "down", "neutral"};
    fprintf(ini, "polarity = %s\n", pol[pick(3)]);
    if (chance(0.3))
        fprintf(ini, "type = %s\n", chance(0.5) ? "effect" : "performance");
    /* (breaks belong to the dataset, which every indicator on it shares: victims') */
    if (chance(0.3)) {
        char d[512];
        name(d, sizeof d, 3, 12);
        fprintf(ini, "definition = %s\n", d);
    }
    if (chance(0.2)) {
        char d[512];
        name(d, sizeof d, 2, 8);
        fprintf(ini, "note = %s\n", d);
    }
    fputc('\n', ini);
    is_share[nind] = !strcmp(measure, "share") || !strcmp(measure, "recidivism");
    nind++;
}

static void indicators(FILE *ini, const char labels[4][256], int bounds, int shares, int recid)
{
    int copies = features & MANY ? between(40, 80) : 1;
    for (int c = 0; c < copies; c++) {
        char extra[2048];
        indicator(ini, "victims", "count", "");
        if (chance(0.6)) {
            snprintf(extra, sizeof extra, "where = vorm = %s\n", forms[pick(4)]);
            indicator(ini, "victims", "count", extra);
        }
        if (chance(0.5)) {
            int k = snprintf(extra, sizeof extra, "by = vorm\n");
            if (chance(0.5))
                snprintf(extra + k, sizeof extra - (size_t)k, "labels = seksueel: %s, arbeid: "
                         "%s\n", labels[0], labels[1]);
            indicator(ini, "victims", "count", extra);
        }
        indicator(ini, "victims", "share", "where = minderjarig = 1\n");
        if (chance(0.4))
            indicator(ini, "victims", "mean", "column = leeftijd\nunit = jaar\n");
        indicator(ini, "cases", "count", chance(0.5) ? "where = fase = instroom\n" : "");
        if (chance(0.5))
            indicator(ini, "cases", "share", "where = fase = veroordeeld\ndenominator = fase "
                                             "in (veroordeeld, sepot)\n");
        if (nregions && chance(0.7))
            indicator(ini, "reports", "rate", chance(0.5) ? "per = 100000\n" : "per = 1000\n");
        if (bounds)
            indicator(ini, "hidden", "count", "");
        if (shares)
            indicator(ini, "shares", "share", "where = maat = sepots\n");
        if (recid)
            indicator(ini, "recidivism", "recidivism", chance(0.5) ? "years = 2\n" : "years = 5\n");
    }
}

static void targets(FILE *ini)
{
    int n = pick(4);
    for (int k = 0; k < n && nind; k++) {
        int i = pick(nind);
        int base = between(y0, y1);
        char t[4096];
        title(t, sizeof t);
        fprintf(ini, "[target t%d]\nindicator = %s\nbaseline_year = %d\ntarget_year = %d\n", k,
                ids[i], base, base + between(1, 8));
        if (t[0])
            fprintf(ini, "title = %s\n", t);
        /* a change says its direction, which the polarity may call worse */
        switch (pick(4)) {
        case 0:
            fprintf(ini, "target = +%d%%\ndirection = up\n", between(1, 100));
            break;
        case 1:
            fprintf(ini, "target = -%d%%\ndirection = down\n", between(1, 60));
            break;
        case 2:
            fprintf(ini, "target = +%d%% per year\ndirection = up\n", between(1, 10));
            break;
        default:
            if (is_share[i])
                fprintf(ini, "target = %d%%\n", between(1, 99));
            else
                fprintf(ini, "target = %d\n", between(1, 3000));
        }
        if (chance(0.7)) {
            char o[256];
            name(o, sizeof o, 1, 3);
            fprintf(ini, "owner = %s\n", o[0] ? o : "OM");
        }
        fputc('\n', ini);
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: genproject SEED DIR [--without FEATURE,...]\n");
        return 2;
    }
    state = strtoull(argv[1], NULL, 10) * 0x2545f4914f6cdd1dull + 1;
    dir = argv[2];
    for (int a = 3; a + 1 < argc; a += 2) {
        if (strcmp(argv[a], "--without"))
            continue;
        for (int k = 0; k < 5; k++)
            if (strstr(argv[a + 1], feature_names[k]))
                allowed &= ~(1u << k);
    }
    /* each fault-prone feature in about a fifth of the projects; many indicators, slow to
     * chart, in one of fifty */
    static const double odds[] = {0.2, 0.2, 0.15, 0.2, 0.02};
    for (int k = 0; k < 5; k++)
        if (chance(odds[k]))
            features |= 1u << k;
    features &= allowed;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "genproject: cannot create %s: %s\n", dir, strerror(errno));
        return 1;
    }
    y1 = between(2012, 2024);
    y0 = y1 - (chance(0.1) ? 0 : between(1, 14));
    lang_nl = chance(0.6);
    FILE *ini = create("monitor.ini");
    char t[4096];
    title(t, sizeof t);
    fprintf(ini, "[monitor]\ntitle = %s\nlanguage = %s\n", t[0] ? t : "Monitor",
            lang_nl ? "nl" : "en");
    if (chance(0.5))
        fprintf(ini, "suppress_below = %d\n", between(2, 10));
    if (chance(0.3))
        fprintf(ini, "report_year = %d\n", between(y0, y1));
    if (chance(0.3))
        fprintf(ini, "confidence = 0.%d\n", between(80, 99));
    if (chance(0.3)) {
        char s[256];
        name(s, sizeof s, 2, 6);
        fprintf(ini, "source = %s\n", s);
    }
    fputc('\n', ini);
    write_regions(ini);
    char labels[4][256];
    write_records(ini, labels);
    write_counts(ini);
    int bounds, shares, recid;
    write_published(ini, &bounds, &shares, &recid);
    int captures = write_captures(ini);
    write_reports(ini);
    indicators(ini, (const char(*)[256])labels, bounds, shares, recid);
    targets(ini);
    if (captures) {
        fprintf(ini, "[estimate hidden_number]\ndataset = captures\ncount = aantal\n"
                     "strata = jaar\nlists = ");
        for (int l = 0; l < captures; l++)
            fprintf(ini, "%slijst%d", l ? ", " : "", l + 1);
        fprintf(ini, "\n%s\n", chance(0.3) ? "model = main\n" : "");
    }
    fclose(ini);
    FILE *g = create("GENERATED.txt");
    fprintf(g, "genproject %s: features:", argv[1]);
    for (int k = 0; k < 5; k++)
        if (features & (1u << k))
            fprintf(g, " %s", feature_names[k]);
    fputc('\n', g);
    fclose(g);
    return 0;
}
