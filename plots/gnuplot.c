/* One gnuplot process per run, fed through a pipe with inline datablocks. */
#include "plots/gnuplot.h"
#include "datasets/project.h"
#include "plots/gpquote.h"

#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

static const char *const fmt_names[3] = {"png", "svg", "pdf"};

unsigned rp_gp_formats(const char *list)
{
    unsigned m = 0;
    while (list && *list) {
        size_t n = strcspn(list, ",");
        int found = 0;
        for (int i = 0; i < 3; i++)
            if (n == 3 && !strncmp(list, fmt_names[i], 3)) {
                m |= 1u << i;
                found = 1;
            }
        if (!found)
            return 0;
        list += n + (list[n] == ',');
    }
    return m;
}

static void close_pair(int fd[2])
{
    close(fd[0]);
    close(fd[1]);
}

/* Runs argv with stdout and stderr captured into buf; returns the exit status or -1. */
static int run_capture(char *const argv[], char *buf, size_t n)
{
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close_pair(fd);
        return -1;
    }
    if (pid == 0) {
        dup2(fd[1], 1);
        dup2(fd[1], 2);
        close_pair(fd);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(fd[1]);
    size_t got = 0;
    ssize_t r;
    while (got + 1 < n && (r = read(fd[0], buf + got, n - 1 - got)) > 0)
        got += (size_t)r;
    buf[got] = '\0';
    close(fd[0]);
    int st;
    if (waitpid(pid, &st, 0) < 0)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int rp_gp_check(char *err, size_t n)
{
    char out[256];
    char *argv[] = {"gnuplot", "-V", NULL};
    int st = run_capture(argv, out, sizeof out);
    int major = 0, minor = 0;
    if (st == 127 || st < 0) {
        snprintf(err, n, "gnuplot is not installed; install the Debian package gnuplot-nox "
                         "(apt-get install gnuplot-nox)");
        return -1;
    }
    if (sscanf(out, "gnuplot %d.%d", &major, &minor) != 2 || major < 5 ||
        (major == 5 && minor < 2)) {
        snprintf(err, n, "gnuplot 5.2 or later is needed, found \"%.60s\"; install the Debian "
                         "package gnuplot-nox", strtok(out, "\n") ? out : "nothing");
        return -1;
    }
    return 0;
}

/* The terminal of each format: sizes for a 16:9 slide (PNG 1920x1080), the same proportions
 * in SVG (embedded in the HTML and PDF reports) and PDF (16 cm wide). Fonts are set for the
 * 960x540 canvas and scaled. */
static void terminal_lines(rp_buf *b, unsigned formats)
{
    static const char *const term[3] = {
        "set terminal pngcairo size 1920,1080 font 'DejaVu Sans,15' fontscale 2 linewidth 2 "
        "noenhanced background rgb 'white'",
        "set terminal svg size 960,540 font 'DejaVu Sans,15' linewidth 1 noenhanced "
        "background rgb 'white'",
        "set terminal pdfcairo size 16cm,9cm font 'DejaVu Sans,15' fontscale 0.4724 "
        "linewidth 0.5 noenhanced background rgb 'white'"};
    for (int i = 0; i < 3; i++)
        if (formats & (1u << i))
            rp_buf_printf(b, "    if (FMT eq '%s') { %s }\n", fmt_names[i], term[i]);
}

char *rp_gp_script(const rp_chart *c, unsigned formats, const char *source)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "# ");
    rp_gp_clean(&b, c->title);
    rp_buf_printf(&b, "\n# Drawn by rapporteur %s from %s.csv: run gnuplot %s.gp to draw it "
                      "again after editing.\ndo for [FMT in '", RP_VERSION, c->id, c->id);
    int first = 1;
    for (int i = 0; i < 3; i++)
        if (formats & (1u << i)) {
            rp_buf_printf(&b, "%s%s", first ? "" : " ", fmt_names[i]);
            first = 0;
        }
    rp_buf_puts(&b, "'] {\n    reset\n");
    terminal_lines(&b, formats);
    rp_buf_printf(&b, "    set output '%s.'.FMT\n", c->id);
    /* the body, with every reference to the data pointing at source */
    const char *s = rp_buf_str(&c->body);
    size_t tl = strlen(RP_CHART_DATA);
    for (const char *p; (p = strstr(s, RP_CHART_DATA)); s = p + tl) {
        rp_buf_append(&b, s, (size_t)(p - s));
        rp_buf_puts(&b, source);
    }
    rp_buf_puts(&b, s);
    rp_buf_puts(&b, "    unset output\n}\n");
    return rp_buf_steal(&b);
}

static int write_file(const char *dir, const char *id, const char *ext, const char *text,
                      rp_diag *diag)
{
    char *path = rp_strfmt("%s/%s%s", dir, id, ext);
    FILE *f = path ? fopen(path, "wb") : NULL;
    int ok = f && fputs(text, f) >= 0;
    if (f && fclose(f) != 0)
        ok = 0;
    if (!ok)
        rp_diag_error(diag, path ? path : id, 0, 0, "cannot write: %s", strerror(errno));
    free(path);
    return ok ? 0 : -1;
}

/* The chart's data as a file people open in a spreadsheet: a text cell that starts as a
 * formula would (= + - @, tab, CR) gets a leading apostrophe, as the tables do (OWASP, "CSV
 * Injection"). Text cells are the quoted ones; numbers, unquoted, keep their sign. */
static char *neutralised(const char *data)
{
    rp_buf b;
    rp_buf_init(&b);
    int start = 1, quoted = 0;
    for (const char *s = data; *s; s++) {
        rp_buf_putc(&b, *s);
        if (*s == '"' && start && strchr("=+-@\t\r", s[1]) && s[1])
            rp_buf_putc(&b, '\'');
        if (*s == '"')
            quoted = !quoted;
        start = !quoted && (*s == ',' || *s == '\n');
    }
    return rp_buf_steal(&b);
}

typedef struct {
    pid_t pid;
    FILE *in;        /* gnuplot's stdin */
    FILE *out;       /* its stdout, where it says when the SVGs are done */
    FILE *err;       /* its stderr, in an unlinked temporary file */
} gp_proc;

/* gnuplot -d (no init files) reading commands from stdin, in the UTC time zone so that the
 * dates cairo writes have a fixed length. */
static int gp_start(gp_proc *g)
{
    int fd[2], of[2];
    g->err = tmpfile();
    if (!g->err || pipe(fd) != 0)
        return -1;
    if (pipe(of) != 0) {
        close_pair(fd);
        return -1;
    }
    pid_t parent = getpid();
    g->pid = fork();
    if (g->pid < 0) {
        close_pair(fd);
        close_pair(of);
        return -1;
    }
    if (g->pid == 0) {
#ifdef __linux__
        /* a killed rapporteur takes gnuplot with it: an orphan would go on writing into the
         * staging folder that the next run removes */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
#endif
        dup2(fd[0], 0);
        dup2(of[1], 1);
        dup2(fileno(g->err), 2);
        close_pair(fd);
        close_pair(of);
        setenv("TZ", "UTC", 1);
        /* UTF-8 text whatever the caller's locale (cron, env -i and containers run in C, where
         * gnuplot cannot convert the degree sign and warns on every chart); numbers with '.' */
        setenv("LC_ALL", "C.UTF-8", 1);
        execlp("gnuplot", "gnuplot", "-d", "-", (char *)NULL);
        _exit(127);
    }
    close(fd[0]);
    close(of[1]);
    /* a descriptor left open without its stream would keep gnuplot waiting on stdin, and
     * gp_finish waiting on gnuplot */
    if (!(g->in = fdopen(fd[1], "w")))
        close(fd[1]);
    if (!(g->out = fdopen(of[0], "r")))
        close(of[0]);
    return g->in && g->out ? 0 : -1;
}

static int gp_finish(gp_proc *g)
{
    int bad = 0;
    if (g->in) {
        bad = fflush(g->in) != 0;
        fclose(g->in);
    }
    if (g->out)
        fclose(g->out);
    int st = 0;
    if (g->pid > 0 && waitpid(g->pid, &st, 0) < 0)
        bad = 1;
    return bad || !WIFEXITED(st) || WEXITSTATUS(st) == 127 ? -1 : WEXITSTATUS(st);
}

/* Sends one chart: its data as a datablock ended by a terminator no data line can equal (text
 * cells are always quoted), then its script, between markers on stderr. */
static void send_chart(FILE *in, const rp_chart *c, size_t i, unsigned formats)
{
    fprintf(in, "printerr 'RP_BEGIN %zu'\n$RPD%zu << RPEOD_%zu_X\n", i, i, i);
    fputs(rp_buf_str(&c->data), in);
    fprintf(in, "RPEOD_%zu_X\n", i);
    char src[32];
    snprintf(src, sizeof src, "$RPD%zu", i);
    char *script = rp_gp_script(c, formats, src);
    if (script)
        fputs(script, in);
    free(script);
    fprintf(in, "undefine $RPD%zu\nprinterr 'RP_END %zu'\n", i, i);
}

/* A chart's messages: warnings (the chart is drawn; check_outputs finds it missing or empty
 * if it was not) and errors. */
static int chart_messages(const rp_buf *msg, const rp_buf *warn, rp_chart *const *charts,
                          size_t n, long k, const char *dir, rp_diag *diag)
{
    if (k < 0 || (size_t)k >= n || (!msg->len && !warn->len))
        return 0;
    char *path = rp_strfmt("%s/%s.gp", dir, charts[k]->id);
    if (msg->len)
        rp_diag_error(diag, path, 0, 0, "gnuplot could not draw the chart: %.400s",
                      rp_buf_str(msg));
    else
        rp_diag_warn(diag, path, 0, 0, "gnuplot: %.400s", rp_buf_str(warn));
    free(path);
    return msg->len > 0;
}

/* Attributes everything gnuplot said between a chart's markers to that chart. */
static int report_messages(FILE *err, rp_chart *const *charts, size_t n, const char *dir,
                           rp_diag *diag)
{
    rewind(err);
    char line[1024];
    long current = -1;
    int bad = 0;
    rp_buf msg, warn;
    rp_buf_init(&msg);
    rp_buf_init(&warn);
    while (fgets(line, sizeof line, err)) {
        long k;
        if (sscanf(line, "RP_BEGIN %ld", &k) == 1) {
            current = k;
            rp_buf_clear(&msg);
            rp_buf_clear(&warn);
            continue;
        }
        if (sscanf(line, "RP_END %ld", &k) == 1) {
            bad |= chart_messages(&msg, &warn, charts, n, k, dir, diag);
            current = -1;
            continue;
        }
        char *t = rp_trim(line);
        /* a series whose every value is suppressed has nothing to draw; the others do */
        if (strstr(t, "warning: Skipping data file with no valid points"))
            continue;
        rp_buf *to = strstr(t, "warning:") ? &warn : &msg;
        if (*t && strncmp(t, "gnuplot>", 8) != 0 && t[0] != '^' && !strstr(to->data ? to->data : "", t))
            rp_buf_printf(to, "%s%s", to->len ? " " : "", t);
        if (current < 0 && *t && strstr(t, "warning:")) {
            rp_diag_warn(diag, "gnuplot", 0, 0, "%s", t);
        } else if (current < 0 && *t) {
            rp_diag_error(diag, "gnuplot", 0, 0, "%s", t);
            bad = 1;
        }
    }
    rp_buf_free(&msg);
    rp_buf_free(&warn);
    return bad;
}

static char *find(char *buf, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (buf[i] == needle[0] && memcmp(buf + i, needle, k) == 0)
            return buf + i;
    return NULL;
}

/* cairo 1.16 writes the current time as the PDF's CreationDate (D:YYYYMMDDHHMMSSZ, UTC as
 * gnuplot runs with TZ=UTC): replaced by the given time, digit for digit, so the file's
 * offsets stay valid and the same inputs give the same bytes. */
static int fix_pdf_date(const char *path, long long epoch)
{
    FILE *f = fopen(path, "r+b");
    if (!f)
        return -1;
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    long base = 0;
    int r = -1;
    for (;;) {
        buf[n] = '\0';
        char *p = find(buf, n, "/CreationDate (D:");
        if (p) {
            struct tm tm;
            char digits[16];
            rp_epoch_tm(epoch, &tm);
            strftime(digits, sizeof digits, "%Y%m%d%H%M%S", &tm);
            if (fseek(f, base + (long)(p - buf) + 17, SEEK_SET) == 0 &&
                fwrite(digits, 1, 14, f) == 14)
                r = 0;
            break;
        }
        if (n < sizeof buf - 1)
            break;
        base += (long)n - 32;
        if (fseek(f, base, SEEK_SET) != 0)
            break;
        n = fread(buf, 1, sizeof buf - 1, f);
    }
    if (fclose(f) != 0)
        r = -1;
    return r;
}

static int check_outputs(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
                         long long epoch, rp_diag *diag)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 3; k++) {
            if (!(formats & (1u << k)))
                continue;
            char *path = rp_strfmt("%s/%s.%s", dir, charts[i]->id, fmt_names[k]);
            struct stat st;
            if (!path || stat(path, &st) != 0 || st.st_size == 0) {
                rp_diag_error(diag, path ? path : charts[i]->id, 0, 0,
                              "gnuplot wrote no image; see the messages above");
                bad = 1;
            } else if (k == 2 && epoch >= 0 && fix_pdf_date(path, epoch) != 0) {
                rp_diag_error(diag, path, 0, 0, "cannot set the PDF's date");
                bad = 1;
            }
            free(path);
        }
    return bad;
}

/* A gnuplot process and the commands a writer thread feeds it. */
typedef struct gp_lane {
    gp_proc g;
    char *pass2;
    size_t pass2_len;
    int pass2_ok, writing;
    pthread_t writer;
} gp_lane;

/* Lane 0 draws the SVGs (the documents wait for them), then its share of the PNGs and PDFs;
 * lane 1, from the start, the rest of them: PNG rendering no longer waits on one core. */
#define GP_LANES 2

struct rp_gp_job {
    gp_lane lane[GP_LANES];
    size_t nlanes;
    rp_chart *const *charts;
    size_t n;
    char *dir;
    unsigned formats;
    long long epoch;
    rp_diag *diag;
    int bad;
    /* the watchdog: gnuplot is killed when the job is not done by the deadline */
    pthread_t dog;
    int dog_on, done, fired;
    long seconds;
    pthread_mutex_t lock;
    pthread_cond_t wake;
};

/* A gnuplot that stops answering (a broken installation, a blocked file system) would hang
 * the run for ever: after 60 s and 10 s per chart (RP_GNUPLOT_TIMEOUT seconds when set) it is
 * killed, which also unblocks the pipes, and the run fails. */
static void *watchdog(void *arg)
{
    rp_gp_job *j = arg;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += j->seconds;
    pthread_mutex_lock(&j->lock);
    int r = 0;
    while (!j->done && r != ETIMEDOUT)
        r = pthread_cond_timedwait(&j->wake, &j->lock, &until);
    for (size_t i = 0; !j->done && i < j->nlanes; i++)
        if (j->lane[i].g.pid > 0) {
            j->fired = 1;
            kill(j->lane[i].g.pid, SIGKILL);
        }
    pthread_mutex_unlock(&j->lock);
    return NULL;
}

static void start_watchdog(rp_gp_job *j)
{
    const char *env = getenv("RP_GNUPLOT_TIMEOUT");
    long s = env ? strtol(env, NULL, 10) : 0;
    j->seconds = s > 0 ? s : 60 + 10 * (long)j->n;
    pthread_mutex_init(&j->lock, NULL);
    pthread_cond_init(&j->wake, NULL);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old); /* signals stay with the main thread */
    j->dog_on = pthread_create(&j->dog, NULL, watchdog, j) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void stop_watchdog(rp_gp_job *j)
{
    if (!j->dog_on)
        return;
    pthread_mutex_lock(&j->lock);
    j->done = 1;
    pthread_cond_signal(&j->wake);
    pthread_mutex_unlock(&j->lock);
    pthread_join(j->dog, NULL);
    pthread_mutex_destroy(&j->lock);
    pthread_cond_destroy(&j->wake);
}

/* The chart's data, script, and alt text beside it, for staff to redraw it. */
static int write_sources(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
                         rp_diag *diag)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        rp_buf src;
        rp_buf_init(&src);
        rp_buf_printf(&src, "'%s.csv'", charts[i]->id);
        char *script = rp_gp_script(charts[i], formats, rp_buf_str(&src));
        rp_buf_free(&src);
        char *csv = neutralised(rp_buf_str(&charts[i]->data));
        bad |= write_file(dir, charts[i]->id, ".csv", csv ? csv : "", diag);
        free(csv);
        bad |= write_file(dir, charts[i]->id, ".gp", script ? script : "", diag);
        bad |= write_file(dir, charts[i]->id, ".alt.txt", charts[i]->alt ? charts[i]->alt : "",
                          diag);
        free(script);
    }
    return bad;
}

/* The formats other than SVG, as commands for gnuplot's stdin. They are written by a thread
 * of their own, so that this one can lay out the documents while gnuplot reads them; a
 * script file for `load` would not do, since one error ends a whole loaded file. */
/* The PNG and PDF pass of charts [from, to), after a cd into dir when given. */
static char *pass2_text(rp_chart *const *charts, size_t from, size_t to, unsigned rest,
                        const char *cd, size_t *len)
{
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    if (f && cd)
        fprintf(f, "cd %s\n", cd);
    for (size_t i = from; f && rest && i < to; i++)
        send_chart(f, charts[i], i, rest);
    if (!f || fclose(f) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

static void *write_pass2(void *arg)
{
    gp_lane *l = arg;
    l->pass2_ok = fwrite(l->pass2, 1, l->pass2_len, l->g.in) == l->pass2_len;
    l->pass2_ok &= fclose(l->g.in) == 0;
    l->g.in = NULL; /* joined before anyone looks again */
    return NULL;
}

/* The writer takes no stop signals: a handler that cleans up an interrupted run (cli/interrupt.c)
 * then runs on the calling thread, which cannot meanwhile write into the folder it empties. */
static void start_writer(gp_lane *l)
{
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    int masked = pthread_sigmask(SIG_BLOCK, &stop, &old) == 0;
    l->writing = pthread_create(&l->writer, NULL, write_pass2, l) == 0;
    if (masked)
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!l->writing)
        write_pass2(l);
}

/* The lanes and their share of the PNG and PDF pass: one lane for few charts or one core. */
static int plan_lanes(rp_gp_job *j, unsigned rest, const char *cd)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    j->nlanes = rest && j->n >= 4 && cores >= 2 ? GP_LANES : 1;
    /* lane 0 also draws every SVG first: lane 1 takes the larger share */
    size_t split = j->nlanes == 2 ? j->n * 55 / 100 : 0;
    gp_lane *l0 = &j->lane[0], *l1 = &j->lane[1];
    l0->pass2 = pass2_text(j->charts, split, j->n, rest, NULL, &l0->pass2_len);
    if (j->nlanes == 2)
        l1->pass2 = pass2_text(j->charts, 0, split, rest, cd, &l1->pass2_len);
    return l0->pass2 && (j->nlanes == 1 || l1->pass2) ? 0 : -1;
}

rp_gp_job *rp_gp_begin(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
                       long long epoch, rp_diag *diag)
{
    char err[256];
    if (!rp_gp_path_ok(dir)) {
        rp_diag_error(diag, dir, 0, 0, "not usable as an output folder for gnuplot");
        return NULL;
    }
    if (rp_gp_check(err, sizeof err) != 0) {
        rp_diag_error(diag, "gnuplot", 0, 0, "%s", err);
        return NULL;
    }
    if (write_sources(charts, n, dir, formats, diag))
        return NULL;
    rp_buf cd;
    rp_buf_init(&cd);
    rp_gp_string(&cd, dir);
    rp_gp_job *j = calloc(1, sizeof *j);
    if (j)
        *j = (rp_gp_job){.charts = charts, .n = n, .dir = rp_strdup(dir), .formats = formats,
                         .epoch = epoch, .diag = diag};
    if (!j || !j->dir || plan_lanes(j, formats & ~(unsigned)RP_FMT_SVG, rp_buf_str(&cd)) != 0) {
        rp_diag_error(diag, dir, 0, 0, "out of memory");
        rp_buf_free(&cd);
        if (j)
            j->bad = 1;
        return j;
    }
    for (size_t i = 0; i < j->nlanes; i++)
        if (gp_start(&j->lane[i].g) != 0) {
            rp_diag_error(diag, "gnuplot", 0, 0, "cannot start gnuplot: %s", strerror(errno));
            j->bad = 1;
            rp_buf_free(&cd);
            return j;
        }
    start_watchdog(j);
    if (j->nlanes == 2)
        start_writer(&j->lane[1]);
    gp_lane *l = &j->lane[0];
    fprintf(l->g.in, "cd %s\n", rp_buf_str(&cd));
    rp_buf_free(&cd);
    for (size_t i = 0; (formats & RP_FMT_SVG) && i < n; i++)
        send_chart(l->g.in, charts[i], i, RP_FMT_SVG);
    fprintf(l->g.in, "set print '-'\nprint 'RP_SVG_DONE'\nset print\n");
    fflush(l->g.in);
    start_writer(l);
    /* wait for the SVGs (or for gnuplot to end early, which rp_gp_end reports) */
    char line[64];
    while (fgets(line, sizeof line, l->g.out) && strncmp(line, "RP_SVG_DONE", 11) != 0)
        ;
    return j;
}

/* Waits for one lane's gnuplot and reports what it said. Returns 1 when it failed. */
static int end_lane(rp_gp_job *j, gp_lane *l)
{
    int bad = 0, st = -1;
    if (l->writing)
        pthread_join(l->writer, NULL);
    if (l->g.pid > 0) {
        st = gp_finish(&l->g);
    } else {
        if (l->g.in)
            fclose(l->g.in);
        if (l->g.out)
            fclose(l->g.out);
    }
    if (l->g.err) {
        bad |= report_messages(l->g.err, j->charts, j->n, j->dir, j->diag);
        fclose(l->g.err);
    }
    free(l->pass2);
    return bad || st < 0;
}

int rp_gp_end(rp_gp_job *j)
{
    if (!j)
        return -1;
    int bad = j->bad, lost = 0;
    for (size_t i = 0; i < j->nlanes; i++) {
        int r = end_lane(j, &j->lane[i]);
        bad |= r;
        lost |= r && j->lane[i].g.pid > 0;
    }
    stop_watchdog(j);
    if (j->fired) {
        rp_diag_error(j->diag, "gnuplot", 0, 0, "gnuplot stopped answering and was ended after "
                      "%ld seconds; no chart of this run is kept", j->seconds);
        bad = 1;
    } else if (lost && !j->bad && rp_diag_errors(j->diag) == 0) {
        rp_diag_error(j->diag, "gnuplot", 0, 0, "gnuplot stopped before drawing every chart");
    }
    if (!bad)
        bad = check_outputs(j->charts, j->n, j->dir, j->formats, j->epoch, j->diag);
    free(j->dir);
    free(j);
    return bad ? -1 : 0;
}

int rp_gp_draw(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
               long long epoch, rp_diag *diag)
{
    return rp_gp_end(rp_gp_begin(charts, n, dir, formats, epoch, diag));
}
