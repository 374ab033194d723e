/* datapackage.json: the Frictionless Data Package of the tables (Table Schema v1). */
#include "reports/datapackage.h"
#include "datasets/project.h"
#include "words/word_publish.h"
#include "words/wording.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

void rp_json_string(rp_buf *b, const char *s)
{
    rp_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\')
            rp_buf_printf(b, "\\%c", *p);
        else if (*p < 0x20)
            rp_buf_printf(b, "\\u%04x", *p);
        else
            rp_buf_putc(b, (char)*p);
    }
    rp_buf_putc(b, '"');
}

static const char *json_type(rp_col_type t)
{
    switch (t) {
    case RP_COL_YEAR:
    case RP_COL_WHOLE: return "integer";
    case RP_COL_NUMBER:
    case RP_COL_SHARE: return "number";
    default: return "string";
    }
}

static void field(rp_buf *b, const rp_dtable *t, size_t c, const rp_monitor *mon)
{
    rp_col_type type = rp_dtable_col_type(t, c, NULL, NULL);
    static const rp_pub_word says[] = {RP_PW_COL_TEXT, RP_PW_COL_YEAR, RP_PW_COL_WHOLE,
                                       RP_PW_COL_NUMBER, RP_PW_COL_SHARE};
    rp_buf_puts(b, "        {\"name\": ");
    rp_json_string(b, t->head[c]);
    rp_buf_printf(b, ", \"type\": \"%s\", \"description\": ", json_type(type));
    rp_json_string(b, rp_word_pub(says[type], mon->lang));
    if (type == RP_COL_NUMBER || type == RP_COL_SHARE)
        rp_buf_printf(b, ", \"decimalChar\": \"%c\"", rp_dialect_decimal(mon->csv));
    if (type == RP_COL_SHARE)
        rp_buf_puts(b, ", \"constraints\": {\"minimum\": 0, \"maximum\": 1}");
    rp_buf_puts(b, "}");
}

/* The marks that stand for no number, with what each means (Table Schema's missingValues
 * and, beside it, their meanings for people). */
static void marks(rp_buf *b, const rp_monitor *mon)
{
    const char *missing = mon->missing ? mon->missing : ".";
    rp_buf_puts(b, "      \"missingValues\": [\"\", ");
    rp_json_string(b, missing);
    rp_buf_puts(b, ", ");
    rp_json_string(b, rp_word_hidden_sign());
    rp_buf_puts(b, "],\n      \"x-marks\": {");
    rp_buf m;
    rp_buf_init(&m);
    rp_word_mark_missing(&m, mon->lang);
    rp_json_string(b, missing);
    rp_buf_puts(b, ": ");
    rp_json_string(b, rp_buf_str(&m));
    rp_buf_clear(&m);
    rp_word_mark_hidden(&m, mon->suppress_below, mon->lang);
    rp_buf_puts(b, ", ");
    rp_json_string(b, rp_word_hidden_sign());
    rp_buf_puts(b, ": ");
    rp_json_string(b, rp_buf_str(&m));
    rp_buf_puts(b, "}\n");
    rp_buf_free(&m);
}

static void resource(rp_buf *b, const rp_dtable *t, const rp_monitor *mon, int last)
{
    rp_buf_puts(b, "    {\n      \"name\": ");
    char *lower = rp_strdup(t->name); /* a package's resource names are lower case */
    for (char *p = lower; p && *p; p++)
        *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    rp_json_string(b, lower);
    free(lower);
    rp_buf_printf(b, ",\n      \"path\": ");
    char *path = rp_strfmt("%s.csv", t->name);
    rp_json_string(b, path);
    free(path);
    rp_buf_puts(b, ",\n      \"title\": ");
    rp_json_string(b, t->title);
    if (t->note) {
        rp_buf_puts(b, ",\n      \"description\": ");
        rp_json_string(b, t->note);
    }
    rp_buf_printf(b, ",\n      \"profile\": \"tabular-data-resource\",\n      \"format\": \"csv\","
                     "\n      \"mediatype\": \"text/csv\",\n      \"encoding\": \"%s\",\n"
                     "      \"dialect\": {\"delimiter\": \"%c\", \"header\": true, "
                     "\"doubleQuote\": true, \"quoteChar\": \"\\\"\", \"lineTerminator\": "
                     "\"\\n\"},\n      \"schema\": {\n        \"fields\": [\n",
                  rp_dialect_bom(mon->csv) ? "utf-8-sig" : "utf-8", rp_dialect_delim(mon->csv));
    for (size_t c = 0; c < t->ncols; c++) {
        rp_buf_puts(b, "  ");
        field(b, t, c, mon);
        rp_buf_puts(b, c + 1 < t->ncols ? ",\n" : "\n");
    }
    rp_buf_puts(b, "        ],\n");
    marks(b, mon);
    rp_buf_printf(b, "      }\n    }%s\n", last ? "" : ",");
}

char *rp_datapackage(const rp_tables *ts, const rp_monitor *mon, long long epoch)
{
    rp_buf b;
    rp_buf_init(&b);
    struct tm tm;
    char date[32];
    rp_epoch_tm(epoch, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    rp_buf_puts(&b, "{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"tables\",\n"
                    "  \"title\": ");
    rp_json_string(&b, mon->title);
    rp_buf_printf(&b, ",\n  \"created\": \"%s\",\n", date);
    if (mon->source) {
        rp_buf_puts(&b, "  \"sources\": [{\"title\": ");
        rp_json_string(&b, mon->source);
        rp_buf_puts(&b, "}],\n");
    }
    rp_buf_puts(&b, "  \"resources\": [\n");
    for (size_t i = 0; i < ts->n; i++)
        resource(&b, ts->t[i], mon, i + 1 == ts->n);
    rp_buf_puts(&b, "  ]\n}\n");
    return rp_buf_steal(&b);
}
