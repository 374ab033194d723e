# Reference values for the funnel limits and signals (tests/check_stats.c, funnel_*).
# Run: Rscript funnel.R
# Exact Poisson limits as PHEindicatormethods: the count E at which the region's expected
# count sits at one-sided tail p, continuous in E: P(X >= E) = pgamma(e, E) (upper),
# P(X <= E) = pgamma(e, E + 1, lower = FALSE) (lower). Over-dispersion as Spiegelhalter
# (2005, Stat Med 24:1185, section 3.3): z-scores winsorised at their 10% and 90% quantiles
# (type 7), phi = mean(z^2), tau^2 = (k phi - (k - 1)) / (sum w - sum w^2 / sum w).
options(digits = 15)
count <- c(412, 95, 0, 230, 61, 18)
pop <- c(1160000, 1710000, 380000, 1990000, 1300000, 95000)
theta <- sum(count) / sum(pop); e <- theta * pop
upper <- function(e, p) uniroot(function(E) pgamma(e, E) - p, c(1e-9, e + 10 * sqrt(e) + 10), tol = 1e-13)$root
lower <- function(e, p) { f <- function(E) pgamma(e, E + 1, lower.tail = FALSE) - p
  if (f(-1 + 1e-9) * f(e + 10 * sqrt(e) + 10) > 0) NA else uniroot(f, c(-1 + 1e-9, e + 10 * sqrt(e) + 10), tol = 1e-13)$root }
for (i in seq_along(e)) {
  cat(sprintf("region %d: lo998 %.12g hi998 %.12g lo95 %.12g hi95 %.12g (rates per 1e5)\n", i,
      max(0, lower(e[i], 0.001)) / pop[i] * 1e5, upper(e[i], 0.001) / pop[i] * 1e5,
      max(0, lower(e[i], 0.025)) / pop[i] * 1e5, upper(e[i], 0.025) / pop[i] * 1e5))
  # the exact one-sided tests behind the signals
  cat(sprintf("   P(X >= %g) = %.6g, P(X <= %g) = %.6g\n", count[i],
      ppois(count[i] - 1, e[i], lower.tail = FALSE), count[i], ppois(count[i], e[i])))
}
z <- (count / pop - theta) / sqrt(theta / pop)
q <- quantile(z, c(0.1, 0.9)); zw <- pmin(pmax(z, q[1]), q[2])
phi <- mean(zw^2); k <- length(z); w <- pop / theta
tau2 <- max(0, (k * phi - (k - 1)) / (sum(w) - sum(w^2) / sum(w)))
cat(sprintf("phi %.15g tau2 %.15g overdispersed %d\n", phi, tau2, k * phi > qchisq(0.95, k - 1)))
for (i in seq_along(e)) {
  s <- sqrt(theta / pop[i] + tau2)
  cat(sprintf("additive region %d: lo998 %.12g hi998 %.12g\n", i,
      max(0, theta - qnorm(0.999) * s) * 1e5, (theta + qnorm(0.999) * s) * 1e5))
}
s <- sqrt(phi * theta / pop[6])
cat(sprintf("multiplicative region 6: lo95 %.12g hi95 %.12g\n", max(0, theta - qnorm(0.975) * s) * 1e5,
    (theta + qnorm(0.975) * s) * 1e5))
