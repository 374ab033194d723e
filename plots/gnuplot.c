/* One gnuplot process per run, fed through a pipe with inline datablocks. */
#include "plots/gnuplot.h"
#include "datasets/project.h"
#include "plots/gpquote.h"
#include "plots/raster.h"
#include "words/word_diag.h"

#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <poll.h>
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

/* RP_GNUPLOT_TIMEOUT: whole seconds, at most a day (a larger number would overflow the
 * deadline, and no chart takes that long). */
#define GP_TIMEOUT_MAX 86400L

int rp_gp_timeout(size_t ncharts, rp_lang lang, long *seconds, char *err, size_t n)
{
    const char *env = getenv("RP_GNUPLOT_TIMEOUT");
    if (!env || !*env) {
        size_t s = 60 + 10 * ncharts;
        *seconds = s > (size_t)GP_TIMEOUT_MAX || ncharts > (size_t)GP_TIMEOUT_MAX
                       ? GP_TIMEOUT_MAX : (long)s;
        return 0;
    }
    char *end;
    errno = 0;
    long long v = strtoll(env, &end, 10);
    if (errno || *env < '0' || *env > '9' || *end || v < 1 || v > GP_TIMEOUT_MAX) {
        rp_word_snprintf(lang, err, n, "RP_GNUPLOT_TIMEOUT=%.40s: expected whole seconds from 1 "
                         "to %ld (a day), after which a gnuplot that stops answering is ended",
                         env, GP_TIMEOUT_MAX);
        return -1;
    }
    *seconds = (long)v;
    return 0;
}

/* The child's side of a fork that runs gnuplot: a process group of its own, so that the
 * watchdog and an interruption end whatever it started too (a wrapper script's gnuplot, a
 * helper that hangs). */
static void child_group(void)
{
    setpgid(0, 0);
}

/* Ends a child and everything in its process group. */
static void kill_group(pid_t pid)
{
    if (pid > 0) {
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
    }
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Runs argv with stdout and stderr captured into buf, for at most `seconds` (then the
 * process group is killed); returns the exit status, -1 when it could not run, -2 after the
 * deadline. */
static int run_capture(char *const argv[], char *buf, size_t n, long seconds)
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
        child_group();
        dup2(fd[1], 1);
        dup2(fd[1], 2);
        close_pair(fd);
        execvp(argv[0], argv);
        _exit(127);
    }
    setpgid(pid, pid); /* also here: either may run first */
    close(fd[1]);
    size_t got = 0;
    double until = now_s() + (double)seconds;
    int late = 0;
    for (;;) {
        double left = until - now_s();
        struct pollfd p = {.fd = fd[0], .events = POLLIN};
        int k = left > 0 ? poll(&p, 1, (int)(left * 1000) + 1) : 0;
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            late = k == 0;
            break;
        }
        char sink[256];
        ssize_t r = got + 1 < n ? read(fd[0], buf + got, n - 1 - got)
                                : read(fd[0], sink, sizeof sink);
        if (r <= 0)
            break;
        if (got + 1 < n)
            got += (size_t)r;
    }
    buf[got] = '\0';
    close(fd[0]);
    if (late)
        kill_group(pid);
    int st;
    if (waitpid(pid, &st, 0) < 0)
        return -1;
    if (late)
        return -2;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int rp_gp_check(rp_lang lang, char *err, size_t n)
{
    char out[256];
    char *argv[] = {"gnuplot", "-V", NULL};
    long seconds;
    if (rp_gp_timeout(0, lang, &seconds, err, n) != 0)
        return -1;
    if (seconds > 30)
        seconds = 30; /* gnuplot -V answers in a tenth of a second */
    int st = run_capture(argv, out, sizeof out, seconds);
    int major = 0, minor = 0;
    if (st == -2) {
        rp_word_snprintf(lang, err, n, "gnuplot -V did not answer within %ld seconds and was "
                         "ended; check the gnuplot on the PATH (the Debian package gnuplot-nox)",
                         seconds);
        return -1;
    }
    if (st == 127 || st < 0) {
        rp_word_snprintf(lang, err, n, "gnuplot is not installed; install the Debian package "
                         "gnuplot-nox (apt-get install gnuplot-nox)");
        return -1;
    }
    if (sscanf(out, "gnuplot %d.%d", &major, &minor) != 2 || major < 5 ||
        (major == 5 && minor < 2)) {
        if (strtok(out, "\n"))
            rp_word_snprintf(lang, err, n, "gnuplot 5.2 or later is needed, found \"%.60s\"; "
                             "install the Debian package gnuplot-nox", out);
        else
            rp_word_snprintf(lang, err, n, "gnuplot 5.2 or later is needed, and gnuplot -V "
                             "printed nothing; install the Debian package gnuplot-nox");
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
    rp_buf_printf(&b, "\n# Drawn by rapporteur %s; its data are those of %s.csv: run gnuplot "
                      "%s.gp to draw it again after editing.\ndo for [FMT in '", RP_VERSION,
                  c->id, c->id);
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
        child_group();
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
    setpgid(g->pid, g->pid);
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

/* Writes one chart's data, as a datablock ended by a terminator no data line can equal (text
 * cells are always quoted), and its script. */
static void chart_commands(FILE *f, const rp_chart *c, size_t i, unsigned formats)
{
    fprintf(f, "$RPD%zu << RPEOD_%zu_X\n", i, i);
    fputs(rp_buf_str(&c->data), f);
    fprintf(f, "RPEOD_%zu_X\n", i);
    char src[32];
    snprintf(src, sizeof src, "$RPD%zu", i);
    char *script = rp_gp_script(c, formats, src);
    if (script)
        fputs(script, f);
    free(script);
}

/* The file a chart's commands are loaded from, in the folder gnuplot works in. gnuplot reads
 * its standard input a byte per system call (100,000 calls for the example's charts), a
 * loaded file through stdio's buffer. */
static char *load_name(size_t i)
{
    return rp_strfmt(".rp-chart-%zu.gp", i);
}

/* Sends one chart between markers on stderr: loaded from a file when one can be written, an
 * error in it then ending that load alone; else down the pipe. */
static void send_chart(FILE *in, const char *dir, const rp_chart *c, size_t i, unsigned formats)
{
    char *name = load_name(i), *path = name ? rp_strfmt("%s/%s", dir, name) : NULL;
    FILE *f = path ? fopen(path, "w") : NULL;
    /* a chart that failed inside its multiplot would leave every later one failing there */
    fprintf(in, "unset multiplot\nprinterr 'RP_BEGIN %zu'\n", i);
    if (f) {
        chart_commands(f, c, i, formats);
        if (fclose(f) == 0)
            fprintf(in, "load '%s'\n", name);
        else
            f = NULL;
    }
    if (!f)
        chart_commands(in, c, i, formats);
    fprintf(in, "undefine $RPD%zu\nprinterr 'RP_END %zu'\n", i, i);
    free(path);
    free(name);
}

/* Removes the files the charts were loaded from. */
static void remove_loads(const char *dir, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *name = load_name(i), *path = name ? rp_strfmt("%s/%s", dir, name) : NULL;
        if (path)
            unlink(path);
        free(path);
        free(name);
    }
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
/* A message without the place in the load file (see load_name), which is gone after the run
 * and whose lines are not the saved script's. */
static char *unplaced(char *t)
{
    if (strncmp(t, "\".rp-chart-", 11) != 0)
        return t;
    char *colon = strstr(t, ": ");
    return colon ? colon + 2 : t;
}

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
        char *t = unplaced(rp_trim(line));
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

static int check_outputs(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
                         rp_diag *diag)
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
            }
            free(path);
        }
    return bad;
}

/* gnuplot draws every chart's SVG (the documents embed them); the PNGs and PDFs are drawn
 * from those SVGs in this process, on every core, while the documents are laid out
 * (plots/raster). */
struct rp_gp_job {
    gp_proc g;
    rp_raster *raster;
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
    int finished;              /* gnuplot has ended and been reported on */
    long seconds;
    pthread_mutex_t lock;
    pthread_cond_t wake;
};

/* A gnuplot that stops answering (a broken installation, a blocked file system) would hang
 * the run for ever: after rp_gp_timeout seconds it is killed with its process group (a
 * wrapper script's children too), which also unblocks the pipes, and the run fails. */
static void *watchdog(void *arg)
{
    rp_gp_job *j = arg;
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += j->seconds;
    pthread_mutex_lock(&j->lock);
    int r = 0;
    while (!j->done && r != ETIMEDOUT)
        r = pthread_cond_timedwait(&j->wake, &j->lock, &until);
    if (!j->done && j->g.pid > 0) {
        j->fired = 1;
        kill_group(j->g.pid);
    }
    pthread_mutex_unlock(&j->lock);
    return NULL;
}

static void start_watchdog(rp_gp_job *j)
{
    pthread_mutex_init(&j->lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); /* a clock set back does not delay it */
    pthread_cond_init(&j->wake, &ca);
    pthread_condattr_destroy(&ca);
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
        /* the script carries its data (the CSV is in the project's dialect, which gnuplot
         * cannot read with decimal commas): it draws alone, wherever it is copied */
        char *block = rp_chart_datablock(charts[i], "data");
        char *body = rp_gp_script(charts[i], formats, "$data");
        char *script = block && body ? rp_strfmt("%s%s", block, body) : NULL;
        free(block);
        free(body);
        char *csv = rp_chart_csv(charts[i]);
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
/* gnuplot's SVG terminal draws point symbols two to three times the size pngcairo does (and
 * has no option to scale them): the symbols' scale is brought to the PNG's, for the PNG and
 * PDF drawn from the SVG and for the documents that embed it. */
#define POINT_SCALE 0.45

static int shrink_points(const char *dir, const char *id)
{
    char *path = rp_strfmt("%s/%s.svg", dir, id);
    rp_buf in, out;
    rp_buf_init(&in);
    rp_buf_init(&out);
    int r = path && rp_buf_read_file(&in, path) == 0 ? 0 : -1;
    const char *s = rp_buf_str(&in), *use;
    while (r == 0 && (use = strstr(s, "<use xlink:href='#gpPt"))) {
        const char *end = strchr(use, '>'), *sc = strstr(use, "scale(");
        if (!end || !sc || sc > end) {
            rp_buf_append(&out, s, (size_t)(use - s) + 1);
            s = use + 1;
            continue;
        }
        char *after;
        double k = strtod(sc + 6, &after);
        rp_buf_append(&out, s, (size_t)(sc - s) + 6);
        rp_buf_printf(&out, "%.2f", k * POINT_SCALE);
        s = after;
    }
    rp_buf_puts(&out, s);
    FILE *f = r == 0 ? fopen(path, "wb") : NULL;
    if (!f || fwrite(out.data, 1, out.len, f) != out.len)
        r = -1;
    if (f && fclose(f) != 0)
        r = -1;
    rp_buf_free(&in);
    rp_buf_free(&out);
    free(path);
    return r;
}

/* Waits for gnuplot (its input is closed), ends the watchdog and says what went wrong:
 * gnuplot's own messages per chart, a kill by the watchdog, or an early end (complete is
 * whether every SVG was reported written). */
static void finish_gnuplot(rp_gp_job *j, int complete)
{
    int st = -1;
    if (j->g.in) {
        fclose(j->g.in);
        j->g.in = NULL;
    }
    if (j->g.pid > 0)
        st = gp_finish(&j->g);
    else if (j->g.out)
        fclose(j->g.out);
    j->g.out = NULL;
    stop_watchdog(j);
    remove_loads(j->dir, j->n);
    if (j->g.err) {
        j->bad |= report_messages(j->g.err, j->charts, j->n, j->dir, j->diag);
        fclose(j->g.err);
        j->g.err = NULL;
    }
    if (j->fired) {
        rp_diag_error(j->diag, "gnuplot", 0, 0, "gnuplot stopped answering and was ended after "
                      "%ld seconds; no chart of this run is kept", j->seconds);
        j->bad = 1;
    } else if ((st < 0 || !complete) && !j->bad) {
        rp_diag_error(j->diag, "gnuplot", 0, 0, "gnuplot stopped before drawing every chart");
        j->bad = 1;
    }
    j->finished = 1;
}

rp_gp_job *rp_gp_begin(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
                       long long epoch, rp_diag *diag)
{
    char err[256];
    if (!rp_gp_path_ok(dir)) {
        rp_diag_error(diag, dir, 0, 0, "not usable as an output folder for gnuplot");
        return NULL;
    }
    long seconds;
    rp_lang lang = rp_diag_lang(diag);
    if (rp_gp_timeout(n, lang, &seconds, err, sizeof err) != 0 ||
        rp_gp_check(lang, err, sizeof err) != 0) {
        rp_diag_error(diag, "gnuplot", 0, 0, "%s", err);
        return NULL;
    }
    if (write_sources(charts, n, dir, formats, diag))
        return NULL;
    rp_gp_job *j = calloc(1, sizeof *j);
    if (!j || !(j->dir = rp_strdup(dir))) {
        rp_diag_error(diag, dir, 0, 0, "out of memory");
        free(j);
        return NULL;
    }
    j->charts = charts;
    j->n = n;
    j->seconds = seconds;
    j->formats = formats;
    j->epoch = epoch;
    j->diag = diag;
    if (gp_start(&j->g) != 0) {
        rp_diag_error(diag, "gnuplot", 0, 0, "cannot start gnuplot: %s", strerror(errno));
        j->bad = 1;
        return j;
    }
    start_watchdog(j);
    rp_buf cd;
    rp_buf_init(&cd);
    rp_gp_string(&cd, dir);
    fprintf(j->g.in, "cd %s\n", rp_buf_str(&cd));
    rp_buf_free(&cd);
    for (size_t i = 0; i < n; i++)
        send_chart(j->g.in, dir, charts[i], i, RP_FMT_SVG);
    fprintf(j->g.in, "set print '-'\nprint 'RP_SVG_DONE'\nset print\n");
    /* gnuplot ends at the end of its input, when every SVG is written */
    int closed = fclose(j->g.in) == 0;
    j->g.in = NULL;
    char line[64];
    int done = 0;
    while (!done && fgets(line, sizeof line, j->g.out))
        done = !strncmp(line, "RP_SVG_DONE", 11);
    /* gnuplot's part ends with the SVGs: its errors are said before anything is drawn from
     * them */
    finish_gnuplot(j, closed && done);
    for (size_t i = 0; !j->bad && i < n; i++)
        if (shrink_points(dir, charts[i]->id) != 0 || rp_chart_svg_finish(charts[i], dir) != 0) {
            rp_diag_error(diag, charts[i]->id, 0, 0, "cannot rewrite its SVG");
            j->bad = 1;
        }
    if (!j->bad)
        j->raster = rp_raster_begin(charts, n, dir, formats, epoch);
    return j;
}

int rp_gp_failed(const rp_gp_job *j)
{
    return !j || j->bad;
}

/* The SVGs were only a means when the charts were asked for as PNG or PDF alone. */
static void remove_svgs(const rp_gp_job *j)
{
    for (size_t i = 0; !(j->formats & RP_FMT_SVG) && i < j->n; i++) {
        char *path = rp_strfmt("%s/%s.svg", j->dir, j->charts[i]->id);
        if (path)
            unlink(path);
        free(path);
    }
}

int rp_gp_end(rp_gp_job *j)
{
    if (!j)
        return -1;
    if (!j->finished)
        finish_gnuplot(j, 0);
    /* a chart gnuplot could not draw has no SVG to draw from: said once, by finish_gnuplot */
    int bad = rp_raster_end(j->raster, j->bad ? NULL : j->diag) != 0 || j->bad;
    if (!bad)
        bad = check_outputs(j->charts, j->n, j->dir, j->formats, j->diag);
    remove_svgs(j);
    free(j->dir);
    free(j);
    return bad ? -1 : 0;
}

int rp_gp_draw(rp_chart *const *charts, size_t n, const char *dir, unsigned formats,
               long long epoch, rp_diag *diag)
{
    return rp_gp_end(rp_gp_begin(charts, n, dir, formats, epoch, diag));
}
