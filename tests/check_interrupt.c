/* The interrupt handler (cli/interrupt.c, built into this test): a signal that another
 * thread takes while the main thread holds signals back waits for the main thread. This was
 * the flaky interrupted_run_cleans_up: threads that pango and qpdf start inherit an open
 * mask, took the signal whenever the run held it back, and cleaned up beside a run that went
 * on (exit 3, or a staging folder left). */
#define _GNU_SOURCE
#include "cli/interrupt.c"
#include "tests/helpers.h"
#include "base/buf.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

static atomic_int ready, took;

/* A thread as libraries start them, which takes the signal: it waits in sigsuspend with
 * every signal open, so that the handler runs on it and nowhere else. */
static void *helper(void *arg)
{
    (void)arg;
    sigset_t none;
    sigemptyset(&none);
    atomic_store(&ready, 1);
    sigsuspend(&none);
    atomic_store(&took, 1);
    for (;;)
        pause();
    return NULL;
}

/* The child: a staging folder registered, signals held on the main thread (and so on the
 * helper it starts), SIGTERM sent to the process, which only the helper can take. Only after the main thread has seen its folder still
 * there and let go does the cleanup run. */
static void child(const char *dir, const char *note)
{
    rp_interrupt_arm();
    rp_interrupt_stage(dir);
    sigset_t old;
    rp_interrupt_hold(&old);
    pthread_t t;
    if (pthread_create(&t, NULL, helper, NULL) != 0)
        _exit(2);
    while (!atomic_load(&ready))
        usleep(1000);
    kill(getpid(), SIGTERM);
    for (int i = 0; i < 6000 && !atomic_load(&took); i++)
        usleep(10000);
    struct stat st;
    FILE *f = fopen(note, "w");
    fprintf(f, "%s %s\n", atomic_load(&took) ? "taken-by-helper" : "not-taken",
            stat(dir, &st) == 0 ? "stage-kept" : "stage-gone");
    fclose(f);
    rp_interrupt_release(&old);
    usleep(500000);
    _exit(0); /* the signal was lost */
}

START_TEST(signal_on_another_thread_waits_for_main)
{
    char *tmp = t_tmpdir();
    char *st_dir = rp_strfmt("%s/.r.rapporteur-TEST01", tmp), *note = rp_strfmt("%s/note", tmp);
    mkdir(st_dir, 0755);
    free(t_write(st_dir, "report.pdf", "half a report"));
    char *sub = rp_strfmt("%s/charts", st_dir);
    mkdir(sub, 0755);
    free(t_write(sub, "x.svg", "<svg/>"));
    pid_t pid = fork();
    if (pid == 0)
        child(st_dir, note);
    int st;
    waitpid(pid, &st, 0);
    char *text = t_read(note, NULL);
    /* the main thread saw its folder whole after the helper took the signal; then the
     * cleanup removed it and the process ended by the signal */
    ck_assert_msg(text && !strcmp(text, "taken-by-helper stage-kept\n"), "note: %s",
                  text ? text : "(none: the cleanup ran beside the main thread)");
    ck_assert_msg(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM, "status %d", st);
    char *left = t_sh("ls -A '%s' | grep -c rapporteur-", tmp);
    ck_assert_str_eq(left, "0\n");
    free(left);
    free(text);
    free(sub);
    free(note);
    free(st_dir);
    free(tmp);
}
END_TEST

TCase *rp_tcase_interrupt(void)
{
    TCase *tc = tcase_create("interrupt");
    tcase_add_test(tc, signal_on_another_thread_waits_for_main);
    return tc;
}
