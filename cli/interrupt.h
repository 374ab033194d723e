/* Interrupted runs (Ctrl-C, kill, a closed terminal) take their staging folder with them, so
 * that they leave neither half a report nor temporary files. */
#ifndef RP_INTERRUPT_H
#define RP_INTERRUPT_H

#include <signal.h>

/* From now on SIGINT, SIGTERM and SIGHUP kill gnuplot (its process group), remove the
 * staging folder named by rp_interrupt_stage (if any) and end the process by the same
 * signal; always on the thread that calls this (the main one): taken by another thread, a
 * signal is passed on to it, so that it is acted on while the run stands still, and only
 * where the main thread does not hold it back. */
void rp_interrupt_arm(void);
/* The staging folder to remove on a signal (reports/outdir.h), or NULL for none. Returns 0,
 * or -1 when the path is too long to keep (the run then goes on unprotected). */
int rp_interrupt_stage(const char *path);
/* Holds SIGINT, SIGTERM and SIGHUP back until rp_interrupt_release(old), around steps that
 * the handler must see whole. */
void rp_interrupt_hold(sigset_t *old);
void rp_interrupt_release(const sigset_t *old);

#endif
