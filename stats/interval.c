/* Confidence intervals for proportions, counts, rates, means and changes. */
#include "stats/interval.h"

#include <gsl/gsl_cdf.h>
#include <math.h>

static int invalid(rp_ci *ci)
{
    ci->estimate = ci->lo = ci->hi = NAN;
    return RP_EINVAL;
}

static int bad_level(double level) { return !(level > 0 && level < 1); }

const char *rp_ci_method_name(rp_ci_method m)
{
    static const char *const n[] = {"auto", "wilson", "clopper-pearson", "exact", "byar", "t",
                                    "newcombe", "log-wald"};
    return n[m];
}

double rp_z(double level) { return gsl_cdf_ugaussian_Pinv(1 - (1 - level) / 2); }

double rp_t(double level, double df) { return gsl_cdf_tdist_Pinv(1 - (1 - level) / 2, df); }

/* Wilson score interval (Wilson 1927; Newcombe 1998, method 3):
 *   (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)
 * Reference: R prop.test(x, n, correct = FALSE)$conf.int. */
static void wilson(double x, double n, double z, double *lo, double *hi)
{
    double p = x / n, z2 = z * z;
    double centre = p + z2 / (2 * n);
    double half = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double denom = 1 + z2 / n;
    *lo = x == 0 ? 0 : (centre - half) / denom;
    *hi = x == n ? 1 : (centre + half) / denom;
}

/* Clopper-Pearson (1934): the limits are beta quantiles,
 *   lo = B(a/2; x, n-x+1), hi = B(1-a/2; x+1, n-x).  Reference: R binom.test. */
static void clopper_pearson(double x, double n, double alpha, double *lo, double *hi)
{
    *lo = x == 0 ? 0 : gsl_cdf_beta_Pinv(alpha / 2, x, n - x + 1);
    *hi = x == n ? 1 : gsl_cdf_beta_Pinv(1 - alpha / 2, x + 1, n - x);
}

int rp_ci_proportion(double x, double n, double level, rp_ci_method m, rp_ci *ci)
{
    if (!(n > 0) || !(x >= 0) || x > n || bad_level(level) || !isfinite(n))
        return invalid(ci);
    ci->estimate = x / n;
    if (m == RP_CI_CLOPPER_PEARSON) {
        clopper_pearson(x, n, 1 - level, &ci->lo, &ci->hi);
    } else if (m == RP_CI_AUTO || m == RP_CI_WILSON) {
        m = RP_CI_WILSON;
        wilson(x, n, rp_z(level), &ci->lo, &ci->hi);
    } else {
        return invalid(ci);
    }
    ci->method = m;
    return RP_OK;
}

/* Exact Poisson limits from chi-square quantiles (Garwood 1936; UK PHE/OHID technical
 * guidance): lo = chi2(a/2; 2x)/2 (0 for x = 0), hi = chi2(1-a/2; 2x+2)/2.
 * Reference: R poisson.test(x)$conf.int. */
static void poisson_exact(double x, double alpha, double *lo, double *hi)
{
    *lo = x == 0 ? 0 : gsl_cdf_chisq_Pinv(alpha / 2, 2 * x) / 2;
    *hi = gsl_cdf_chisq_Pinv(1 - alpha / 2, 2 * x + 2) / 2;
}

/* Byar's approximation (Breslow & Day 1987; UK PHE/OHID Public Health Data Science tools):
 *   lo = x (1 - 1/(9x) - z/(3 sqrt x))^3,  hi = (x+1) (1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3 */
static void byar(double x, double z, double *lo, double *hi)
{
    double a = 1 - 1 / (9 * x) - z / (3 * sqrt(x));
    double b = 1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1));
    *lo = x == 0 ? 0 : x * a * a * a;
    *hi = (x + 1) * b * b * b;
}

int rp_ci_count(double x, double level, rp_ci_method m, rp_ci *ci)
{
    if (!(x >= 0) || !isfinite(x) || bad_level(level))
        return invalid(ci);
    if (m == RP_CI_AUTO)
        m = x < 10 ? RP_CI_EXACT : RP_CI_BYAR;
    ci->estimate = x;
    if (m == RP_CI_EXACT)
        poisson_exact(x, 1 - level, &ci->lo, &ci->hi);
    else if (m == RP_CI_BYAR)
        byar(x, rp_z(level), &ci->lo, &ci->hi);
    else
        return invalid(ci);
    if (ci->lo < 0)
        ci->lo = 0;
    ci->method = m;
    return RP_OK;
}

/* A rate's interval is the count's, scaled: the denominator is taken as known. */
int rp_ci_rate(double x, double denom, double per, double level, rp_ci_method m, rp_ci *ci)
{
    if (!(denom > 0) || !(per > 0) || rp_ci_count(x, level, m, ci))
        return invalid(ci);
    double f = per / denom;
    ci->estimate *= f;
    ci->lo *= f;
    ci->hi *= f;
    return RP_OK;
}

/* Student t interval for a mean: mean -+ t(1-a/2; n-1) sd / sqrt(n). */
int rp_ci_mean(double mean, double sd, double n, double level, rp_ci *ci)
{
    if (!(n >= 2) || !(sd >= 0) || !isfinite(mean) || bad_level(level))
        return invalid(ci);
    double half = rp_t(level, n - 1) * sd / sqrt(n);
    ci->estimate = mean;
    ci->lo = mean - half;
    ci->hi = mean + half;
    ci->method = RP_CI_T;
    return RP_OK;
}

/* Newcombe's hybrid score interval for p1 - p2 (Newcombe 1998, Statistics in Medicine 17,
 * 873-890, method 10), from the Wilson limits (l1, u1) and (l2, u2):
 *   lo = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),  hi = d + sqrt((u1 - p1)^2 + (p2 - l2)^2) */
int rp_ci_diff_proportions(double x1, double n1, double x2, double n2, double level, rp_ci *ci)
{
    rp_ci a, b;
    if (rp_ci_proportion(x1, n1, level, RP_CI_WILSON, &a) ||
        rp_ci_proportion(x2, n2, level, RP_CI_WILSON, &b))
        return invalid(ci);
    double p1 = a.estimate, p2 = b.estimate, d = p1 - p2;
    ci->estimate = d;
    ci->lo = d - sqrt((p1 - a.lo) * (p1 - a.lo) + (b.hi - p2) * (b.hi - p2));
    ci->hi = d + sqrt((a.hi - p1) * (a.hi - p1) + (p2 - b.lo) * (p2 - b.lo));
    ci->method = RP_CI_NEWCOMBE;
    return RP_OK;
}

/* Ratio of two Poisson rates, Wald on the log scale (Rothman & Greenland, Modern
 * Epidemiology): r = (x1/d1)/(x2/d2), se(log r) = sqrt(1/x1 + 1/x2), r exp(-+ z se).
 * Reference: R epitools::rateratio.wald. Undefined when either count is 0. */
int rp_ci_ratio(double x1, double d1, double x2, double d2, double level, rp_ci *ci)
{
    if (!(x1 > 0) || !(x2 > 0) || !(d1 > 0) || !(d2 > 0) || bad_level(level))
        return invalid(ci);
    double r = (x1 / d1) / (x2 / d2);
    double se = sqrt(1 / x1 + 1 / x2), z = rp_z(level);
    ci->estimate = r;
    ci->lo = r * exp(-z * se);
    ci->hi = r * exp(z * se);
    ci->method = RP_CI_LOG_WALD;
    return RP_OK;
}
