/* The recent-trend marker of the UK Fingertips method (OHID, "Public Health Profiles:
 * recent trends", technical guidance): on the latest 5 annual points, a chi-square test for
 * trend, significant at 99.8% (chi-square above 9.5495 on 1 df) only when the slope keeps its
 * sign with each point left out in turn. */
#include "stats/series.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <string.h>

const char *rp_mark_name(rp_mark m)
{
    static const char *const n[] = {"cannot be calculated", "no significant change",
                                    "increasing", "decreasing", "getting better",
                                    "getting worse"};
    return n[m];
}

/* Chi-square test for trend in proportions, Cochran-Armitage form (Armitage 1955), as R's
 * prop.trend.test: X2 = [sum r_i (t_i - tbar)]^2 / (pbar (1 - pbar) sum n_i (t_i - tbar)^2),
 * tbar = sum n_i t_i / N. skip: a point to leave out, or -1. */
static double ca_chi2(const rp_point *p, size_t n, long skip, double *numerator)
{
    double N = 0, R = 0, T = 0;
    for (size_t i = 0; i < n; i++)
        if ((long)i != skip) {
            N += p[i].den;
            R += p[i].num;
            T += p[i].den * p[i].year;
        }
    double pbar = R / N, tbar = T / N, num = 0, ss = 0;
    for (size_t i = 0; i < n; i++)
        if ((long)i != skip) {
            num += p[i].num * (p[i].year - tbar);
            ss += p[i].den * (p[i].year - tbar) * (p[i].year - tbar);
        }
    *numerator = num;
    return num * num / (pbar * (1 - pbar) * ss);
}

/* Direction of a share's trend: the least-squares slope of logit(p) on the year; the sign of
 * the Cochran-Armitage numerator when a proportion is 0 or 1 (no logit). */
static double logit_slope(const rp_point *p, size_t n, long skip)
{
    double sx = 0, sy = 0, m = 0;
    for (size_t i = 0; i < n; i++)
        if ((long)i != skip) {
            double q = p[i].num / p[i].den;
            if (!(q > 0 && q < 1)) {
                double num;
                ca_chi2(p, n, skip, &num);
                return num;
            }
            sx += p[i].year;
            sy += log(q / (1 - q));
            m++;
        }
    double mx = sx / m, my = sy / m, sxy = 0, sxx = 0;
    for (size_t i = 0; i < n; i++)
        if ((long)i != skip) {
            double q = p[i].num / p[i].den;
            sxy += (p[i].year - mx) * (log(q / (1 - q)) - my);
            sxx += (p[i].year - mx) * (p[i].year - mx);
        }
    return sxy / sxx;
}

/* Weighted least squares with w = 1/s^2, s = (U95 - L95) / 3.92: b = sum w (t - tw)(y - yw)
 * / sum w (t - tw)^2 with Var(b) = 1 / sum w (t - tw)^2. */
static double wls(const rp_point *p, size_t n, long skip, double *chi2)
{
    double W = 0, WT = 0, WY = 0;
    for (size_t i = 0; i < n; i++)
        if ((long)i != skip) {
            double s = (p[i].hi95 - p[i].lo95) / 3.92, w = 1 / (s * s);
            W += w;
            WT += w * p[i].year;
            WY += w * p[i].value;
        }
    double tw = WT / W, yw = WY / W, sxy = 0, sxx = 0;
    for (size_t i = 0; i < n; i++)
        if ((long)i != skip) {
            double s = (p[i].hi95 - p[i].lo95) / 3.92, w = 1 / (s * s);
            sxy += w * (p[i].year - tw) * (p[i].value - yw);
            sxx += w * (p[i].year - tw) * (p[i].year - tw);
        }
    double b = sxy / sxx;
    if (chi2)
        *chi2 = b * b * sxx;
    return b;
}

static rp_why usable(const rp_point *p, size_t n, int share)
{
    for (size_t i = 0; i < n; i++) {
        if (!p[i].present || !p[i].estimable)
            return RP_WHY_MISSING;
        if (share ? !(p[i].den > 0) : !(p[i].hi95 > p[i].lo95))
            return RP_WHY_NO_INTERVAL;
    }
    if (share) {
        double R = 0, N = 0;
        for (size_t i = 0; i < n; i++) {
            R += p[i].num;
            N += p[i].den;
        }
        if (R <= 0 || R >= N)
            return RP_WHY_SHARE_0_1;
    }
    return RP_WHY_NONE;
}

void rp_marker_compute(const rp_point *p, size_t n, int share, rp_polarity pol, rp_marker *m)
{
    memset(m, 0, sizeof *m);
    m->first = p[0].year;
    m->last = p[n - 1].year;
    m->reason = usable(p, n, share);
    if (m->reason) {
        m->mark = RP_MARK_CANNOT;
        return;
    }
    double num;
    m->chi2 = share ? ca_chi2(p, n, -1, &num) : 0;
    m->slope = share ? logit_slope(p, n, -1) : wls(p, n, -1, &m->chi2);
    m->robust = m->slope != 0;
    for (size_t k = 0; k < n && m->robust; k++) {
        double b = share ? logit_slope(p, n, (long)k) : wls(p, n, (long)k, NULL);
        m->robust = (b > 0) == (m->slope > 0) && b != 0;
    }
    if (!(m->chi2 > gsl_cdf_chisq_Pinv(0.998, 1)) || !m->robust) {
        m->mark = RP_MARK_NO_CHANGE;
        return;
    }
    int up = m->slope > 0;
    if (pol == RP_POLARITY_UP)
        m->mark = up ? RP_MARK_BETTER : RP_MARK_WORSE;
    else if (pol == RP_POLARITY_DOWN)
        m->mark = up ? RP_MARK_WORSE : RP_MARK_BETTER;
    else
        m->mark = up ? RP_MARK_INCREASING : RP_MARK_DECREASING;
}
