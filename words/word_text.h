/* The rapporteur's own text filled in: a citation of a published figure ({victims_total.2024})
 * in the project's words and number format, from the model's published cells (a hidden cell
 * as its mark, never a value), and the titles of the texts that are chapters. */
#ifndef RP_WORD_TEXT_H
#define RP_WORD_TEXT_H

#include "base/buf.h"
#include "stats/model.h"

/* What a citation may name (documented in the README and rapporteur(1)):
 *   {year}                     the monitor's year
 *   {IND.2024}                 an indicator's value in that year, in its unit
 *   {IND.latest}               the value of its latest year with a figure
 *   {IND.year}                 that latest year
 *   {IND.2024.ci}, {IND.ci}    the value with its interval, "1.372 (95%-BI 1.305 tot 1.442)"
 *   {IND.2024.change},         the change from the year before, "+8,3%" (shares: "+1,2
 *   {IND.change}               procentpunt"; a mean in its unit), as the key findings state
 *                              it (the report publishes no other)
 *   {IND.trend}                the trend's annual change, "-3,7% per jaar"
 *   {TGT.verdict}              a target's category, "matige vooruitgang"
 *   {TGT.baseline}, {TGT.target}  its baseline value and the target value
 *   {EST.latest} (or {EST.value}), {EST.2023}   the estimated number (the latest stratum with
 *                              a published estimate, or that stratum)
 *   {EST.ci}, {EST.ratio}, {EST.observed}, {EST.year}, and {EST.2023.ci} and so on: with its
 *                              interval, the estimate over the number registered ("3,1"), that
 *                              number, the stratum
 * IND, TGT and EST are the ids of monitor.ini's sections; `estimate` names the project's
 * estimate when it has one and no section of that name. Without a year a figure is the
 * latest's. A hidden cell is its mark (x), whatever the figure asked of it. */

/* Appends the words of citation `name` (as written between the braces) in lang, from the
 * run's published cells: `cells` is m's (stats/cells.h rp_model_cells), the list an edition
 * records, so a text cites only what the run publishes and a hidden cell only as its mark.
 * Returns RP_OK, or RP_EINVAL with why (n bytes, English) in err: an unknown name or figure, a
 * year outside the data or without a figure there, a figure the run does not publish (a
 * trend it could not fit, a change across a series break or not among the key findings). */
struct rp_cells;
int rp_word_cite(rp_buf *b, const rp_model *m, const struct rp_cells *cells, const char *name,
                 rp_lang lang, char *err, size_t n);

/* 1 when m is the monitor of the project's own year (report_year, else its latest data),
 * whose text text/ is; 0 for a run of another year (report --year), which leaves the text
 * out: "Sinds 2019 ..." has no place in the monitor of 2016, and a citation of the latest
 * figure would quietly mean another year's. */
int rp_word_texts_apply(const rp_model *m);

/* Checks every citation of the project's texts against m (none when the texts do not apply
 * to m's year); each problem goes to diag as
 * file:line:column: {name}: why. Returns the number of problems. */
size_t rp_word_texts_check(const rp_model *m, rp_diag *diag);

/* The title of a chapter that its text does not give (a text that starts with a heading is
 * titled by it): "Inleiding", "Aanbevelingen", "Colofon" (nl); and the heading over a
 * section's commentary, "Duiding" (nl), "Commentary" (en). */
const char *rp_word_text_title(rp_text_role role, rp_lang lang);

#endif
