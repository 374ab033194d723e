# Reference values for the regions tests (tests/check_stats.c). Run: Rscript regions.R
# Funnel limits for a count y ~ Poisson(theta n) (Spiegelhalter 2005, Statistics in Medicine
# 24:1185-1202, appendix): y_p the smallest integer with P(Y <= y_p) >= p, interpolated to
# y_p - (P(Y <= y_p) - p) / P(Y = y_p); the rate limit is that count over n (per 100,000).
options(digits = 15)
funnel <- function(E, p) { yp <- qpois(p, E); yp - (ppois(yp, E) - p) / dpois(yp, E) }
count <- c(412, 95, 0, 230, 61, 18)
pop <- c(1160000, 1710000, 380000, 1990000, 1300000, 95000)
theta <- sum(count) / sum(pop)
cat("national rate per 100,000:", theta * 1e5, "\n")
for (i in seq_along(count)) {
  E <- theta * pop[i]
  lim <- sapply(c(0.001, 0.025, 0.975, 0.999), function(p) funnel(E, p)) / pop[i] * 1e5
  cat(sprintf("region %d E %.15g limits998 %.15g %.15g limits95 %.15g %.15g\n", i, E, lim[1], lim[4], lim[2], lim[3]))
}
ct <- chisq.test(count, p = pop / sum(pop))
cat(sprintf("chisq.test: X2 %.15g df %g p %.15g\n", ct$statistic, ct$parameter, ct$p.value))
x <- sort(count, decreasing = TRUE); k <- length(x)
cat(sprintf("top40 %.15g share_for_75 %.15g gini %.15g\n", sum(x[1:ceiling(0.4 * k)]) / sum(x),
    which(cumsum(x) / sum(x) >= 0.75)[1] / k, sum(abs(outer(x, x, "-"))) / (2 * k^2 * mean(x))))
