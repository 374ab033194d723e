/* Text from data on its way to gnuplot: single-quoted strings with quotes doubled and control
 * characters removed (gnuplot runs shell commands from backquotes in double-quoted strings,
 * and a newline would end the command), and datablock cells that can never end the block. */
#ifndef RP_GPQUOTE_H
#define RP_GPQUOTE_H

#include "base/buf.h"

/* Appends 'text' as a gnuplot single-quoted string. */
void rp_gp_string(rp_buf *b, const char *text);
/* Appends text with every control character (C0, DEL) and XML noncharacter removed and "]]>"
 * broken, as rp_gp_string; for datablock cells, which are written as CSV: a cell can then
 * never hold a line break. */
void rp_gp_clean(rp_buf *b, const char *text);
/* Whether a path may be given to gnuplot's `set output`: not starting with '|' (a pipe to a
 * command) and without control characters. */
int rp_gp_path_ok(const char *path);

#endif
