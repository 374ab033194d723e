/* The rapporteur's own text: Markdown files in the project's text/ folder (SPEC section 3),
 * parsed with cmark (the CommonMark reference implementation) into blocks of styled runs. A
 * citation of a published figure ({victims_total.2024}) stays a run of its own, by name and
 * place, for words/ to fill in from the model; what a file is for follows from its name. */
#ifndef RP_TEXT_H
#define RP_TEXT_H

#include "base/diag.h"
#include "datasets/monitor.h"

#include <stddef.h>

/* What a file of text/ is, by its name (either language's name, whatever the project's):
 * - introduction.md | inleiding.md: a chapter before the first one;
 * - recommendations.md | aanbevelingen.md: a chapter after the last, before the annex;
 * - colophon.md | colofon.md: the last chapter, after the annex;
 * - a chapter's opening, after its heading: summary.md | samenvatting.md, indicators.md |
 *   indicatoren.md, targets.md | doelen.md, regions.md | regios.md, recidivism.md |
 *   recidive.md (rp_text_chapter);
 * - <indicator id>.md, <target id>.md, <estimate id>.md: commentary in that section, after
 *   its table and chart;
 * - findings.md | bevindingen.md: the key findings pinned or dropped, one name a list item
 *   (as [monitor] findings =, into the monitor's list; never shown itself).
 * A project may hold a text in both languages: a Dutch name is a Dutch text, an English name
 * an English one, and any name may say its language (victims_total.en.md). The report shows,
 * of each text, the one in the project's language, else one whose language is not said, else
 * one under the other language's name (introduction.md in a Dutch project); never one marked
 * for the other language (.en.md in a Dutch project). Every file is read and checked. */
typedef enum {
    RP_TEXT_INTRODUCTION = 0, RP_TEXT_RECOMMENDATIONS, RP_TEXT_COLOPHON, RP_TEXT_CHAPTER,
    RP_TEXT_INDICATOR, RP_TEXT_TARGET, RP_TEXT_ESTIMATE, RP_TEXT_FINDINGS
} rp_text_role;

/* The chapters of the yearly monitor that may have an opening. */
typedef enum {
    RP_CHAPTER_SUMMARY = 0, RP_CHAPTER_INDICATORS, RP_CHAPTER_TARGETS, RP_CHAPTER_REGIONS,
    RP_CHAPTER_RECIDIVISM
} rp_text_chapter;
#define RP_CHAPTER_N 5

/* Inline styles of a run (bits). */
#define RP_RUN_EM 1u
#define RP_RUN_STRONG 2u
#define RP_RUN_CODE 4u

typedef struct rp_trun {
    char *text;           /* the words; a citation: its name as written, "victims_total.2024" */
    unsigned style;       /* RP_RUN_* */
    int cite;             /* text is a citation, to be filled in from the published cells */
    char *href;           /* inside a link: its address (http, https or mailto), else NULL */
    long line, col;       /* where it starts in the file (a citation: its brace); characters
                           * from 1 */
} rp_trun;

typedef enum {
    RP_TB_HEADING = 0, RP_TB_PARAGRAPH, RP_TB_ITEM, RP_TB_CODE, RP_TB_RULE
} rp_tblock_kind;

/* Lists are flattened: an item is its first paragraph; what else the item holds follows as
 * blocks with the item's depth (a paragraph continues it, an item of depth + 1 nests). */
typedef struct rp_tblock {
    rp_tblock_kind kind;
    int level;            /* heading: 1 to 6, as written */
    int depth;            /* list nesting: 1 for an item of a top-level list (and what
                           * continues it), 0 outside lists */
    int number;           /* an item of an ordered list: its number; 0 for a bullet */
    int start;            /* an item that starts a new list */
    int quote;            /* inside a block quote */
    rp_trun *runs;        /* code: one run with the whole text, line breaks included */
    size_t nruns;
    long line;
} rp_tblock;

typedef struct rp_text_file {
    rp_text_role role;
    size_t item;          /* chapter: rp_text_chapter; indicator, target, estimate: its index
                           * in the monitor */
    int lang;             /* the language it is in: RP_LANG_NL or RP_LANG_EN by its name (a
                           * Dutch or English name, or .nl.md, .en.md), else -1 */
    int marked;           /* the language is marked in the name (NAME.nl.md) */
    int used;             /* the one of its role and item that the report shows */
    char *path;           /* as named in messages: DIR/text/NAME.md */
    rp_tblock *b;
    size_t n;
    size_t ncites;
} rp_text_file;

/* Ownership: rp_texts_load returns texts the caller frees with rp_texts_free (NULL ok);
 * everything in them belongs to them. */
typedef struct rp_texts {
    rp_text_file *f;      /* in the order of the name, so that runs are reproducible */
    size_t n;
} rp_texts;

/* Reads every Markdown file of m's project folder's text/ (none when there is no such
 * folder): each must be UTF-8 (a BOM allowed) of at most 1 MiB, without NUL bytes or
 * noncharacters, its name one of the above, its citations well formed ({name.part} or
 * {name.part.part}, names of letters, digits, _ and -; \{ is a brace), its links to http,
 * https or mailto addresses, and it may hold no images. Raw HTML is kept as text. Names of
 * findings.md are added to m's findings (an error when monitor.ini has findings = too).
 * Every problem goes to diag as file:line:column. Returns the texts (those with problems
 * left out), or NULL when memory runs out. Files whose names start with . or ~ (editors'
 * and Word's) and files not ending in .md are not read. */
rp_texts *rp_texts_load(rp_monitor *m, rp_diag *diag);
void rp_texts_free(rp_texts *t);

/* The text of that role (and item) that the report shows, or NULL. */
const rp_text_file *rp_texts_find(const rp_texts *t, rp_text_role role, size_t item);

/* The names of a chapter's opening, English and Dutch. */
const char *rp_text_chapter_name(rp_text_chapter c, int dutch);

#endif
