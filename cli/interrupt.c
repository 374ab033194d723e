/* Signal handling for the commands that write output folders. */
#define _GNU_SOURCE /* getdents64 */
#include "cli/interrupt.h"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* What the handler needs, prepared before any signal can come: a handler may only use
 * async-signal-safe calls, so no allocation, no stdio, no opendir. This is the one piece of
 * process-wide state in the program, and it lives in cli/. */
static char stage[4096];
static char gone[4096 + 8]; /* stage renamed: see on_signal */
static char children[64];
static pthread_t main_thread;

/* Kills every child (gnuplot) so that nothing writes into the folder while it goes. The
 * kernel lists them in /proc/PID/task/PID/children. */
static void kill_children(void)
{
    int fd = open(children, O_RDONLY);
    if (fd < 0)
        return;
    char buf[512];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    long pid = 0;
    for (ssize_t i = 0; i <= n && n > 0; i++) {
        if (i < n && buf[i] >= '0' && buf[i] <= '9') {
            pid = pid * 10 + (buf[i] - '0');
        } else if (pid > 0) {
            /* gnuplot leads a process group of its own (plots/gnuplot.c): all of it goes */
            kill((pid_t)-pid, SIGKILL);
            kill((pid_t)pid, SIGKILL);
            waitpid((pid_t)pid, NULL, 0);
            pid = 0;
        }
    }
}

/* Removes what is inside the folder open as fd, depth first; the staging folder holds
 * files and one level of folders (charts/, tables/). Entries go while the folder is read,
 * so it is read again from the start until a pass removes nothing. */
static void empty_folder(int fd, int depth)
{
    char buf[4096];
    for (int pass = 0; pass < 8; pass++) {
        int removed = 0;
        lseek(fd, 0, SEEK_SET);
        ssize_t n;
        while ((n = getdents64(fd, buf, sizeof buf)) > 0) {
            for (ssize_t off = 0; off < n;) {
                struct dirent64 *e = (struct dirent64 *)(buf + off);
                off += e->d_reclen;
                if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                    continue;
                if (e->d_type == DT_DIR && depth < 4) {
                    int sub = openat(fd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
                    if (sub >= 0) {
                        empty_folder(sub, depth + 1);
                        close(sub);
                    }
                    removed += unlinkat(fd, e->d_name, AT_REMOVEDIR) == 0;
                } else {
                    removed += unlinkat(fd, e->d_name, 0) == 0;
                }
            }
        }
        if (!removed)
            return;
    }
}

static void on_signal(int sig)
{
    /* The cleanup must stop the run while it removes the staging folder, so it belongs to
     * the main thread. A signal may come to any thread that does not block it: threads that
     * libraries start (pango starts several while a document is laid out, qpdf's tagging
     * runs on one) inherit the main thread's open mask, and take the signal whenever the main
     * thread blocks it (rp_interrupt_hold, the commit). Handled there, the cleanup ran beside
     * a main thread that went on: it renamed the staging folder away under the commit (exit
     * 3) or the run ended before the cleanup did (a staging folder left). The signal goes to
     * the main thread instead, which takes it as soon as it may: at once, after a held step,
     * or never once the commit has begun (the run is then done). */
    if (!pthread_equal(pthread_self(), main_thread)) {
        pthread_kill(main_thread, sig);
        return;
    }
    kill_children();
    /* the chart threads go on drawing until the process ends: renamed, the folder can no
     * longer be reached by the paths they open, so emptying it is final (a name the next run
     * also removes, should this fail) */
    const char *dir = stage[0] && rename(stage, gone) == 0 ? gone : stage;
    int fd = dir[0] ? open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW) : -1;
    if (fd >= 0) {
        empty_folder(fd, 0);
        close(fd);
        rmdir(dir);
    }
    /* end by the signal itself, so that the shell sees an interrupted run */
    signal(sig, SIG_DFL);
    raise(sig);
}

int rp_interrupt_stage(const char *path)
{
    /* the handler may run between any two instructions: it must never see half a path */
    sigset_t old;
    rp_interrupt_hold(&old);
    int r = 0;
    if (!path || strlen(path) >= sizeof stage) {
        stage[0] = '\0';
        r = path ? -1 : 0;
    } else {
        memcpy(stage, path, strlen(path) + 1);
        snprintf(gone, sizeof gone, "%s-gone", path);
    }
    rp_interrupt_release(&old);
    return r;
}

void rp_interrupt_hold(sigset_t *old)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, old);
}

void rp_interrupt_release(const sigset_t *old)
{
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

void rp_interrupt_arm(void)
{
    long pid = (long)getpid();
    snprintf(children, sizeof children, "/proc/%ld/task/%ld/children", pid, pid);
    main_thread = pthread_self();
    stage[0] = '\0';
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask); /* one cleanup at a time */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}
