/* Times the disclosure audit (stats/ledger.h) of a generated project: loads PROJECT, builds
 * its publication (every published count as a sum of atoms, protected and audited with GLPK),
 * and prints the audit's figures and the seconds it took, best of three, for make bench.
 * Usage: audit PROJECT  (a project such as tests/stress/generate.sh writes) */
#include "datasets/project.h"
#include "stats/publication.h"

#include <stdio.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: audit PROJECT\n");
        return 2;
    }
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(argv[1], 0, d);
    if (!p) {
        fprintf(stderr, "%s: %s\n", argv[1], rp_diag_first(d));
        rp_diag_free(d);
        return 1;
    }
    double best = -1;
    rp_audit a = {0};
    for (int k = 0; k < 3; k++) {
        const char *err = NULL;
        double t0 = now();
        rp_publication *pub = rp_publication_build(p, NULL, p->key, &err);
        double t = now() - t0;
        if (!pub) {
            fprintf(stderr, "%s: %s\n", argv[1], err ? err : "failed");
            rp_project_free(p);
            rp_diag_free(d);
            return 1;
        }
        a = pub->audit;
        best = best < 0 || t < best ? t : best;
        rp_publication_free(pub);
    }
    printf("%zu cells, %zu hidden (%zu by the audit), %zu small counts audited, %zu unprotected, "
           "%zu programs: %.3f s\n", a.cells, a.hidden, a.added, a.audited, a.unprotected,
           a.programs, best);
    rp_project_free(p);
    rp_diag_free(d);
    return 0;
}
