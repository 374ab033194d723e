# Reference values for the recent-trend marker (tests/check_stats.c). Run: Rscript fingertips.R
# Shares: chi-square test for trend, R's prop.trend.test (Cochran-Armitage form).
# Counts, rates, means: weighted least squares with weights 1/s^2, s = (U95 - L95)/3.92;
# chi-square = b^2 / Var(b) with Var(b) the unscaled (weights-only) variance.
options(digits = 15)
year <- 2020:2024
r <- c(152, 160, 171, 185, 196); n <- c(1013, 991, 905, 1040, 1060)
print(prop.trend.test(r, n, score = year))
# direction: slope of logit(p) on year
print(coef(lm(qlogis(r / n) ~ year))[2])
# counts with Byar 95% limits (all >= 10)
y <- c(790, 905, 1040, 1060, 1172)
byar <- function(x, z = qnorm(0.975)) c(x * (1 - 1/(9*x) - z/(3*sqrt(x)))^3,
                                        (x+1) * (1 - 1/(9*(x+1)) + z/(3*sqrt(x+1)))^3)
lim <- t(sapply(y, byar)); s <- (lim[, 2] - lim[, 1]) / 3.92
f <- lm(y ~ year, weights = 1 / s^2)
b <- coef(f)[2]; v <- summary(f)$cov.unscaled[2, 2]
cat(sprintf("WLS slope %.15g var %.15g chi2 %.15g\n", b, v, b^2 / v))
cat(sprintf("qchisq(0.998, 1) = %.15g\n", qchisq(0.998, 1)))
# drop each point in turn: the sign of the slope
for (i in 1:5) { g <- lm(y[-i] ~ year[-i], weights = 1 / s[-i]^2); cat(sign(coef(g)[2]), "") }
cat("\n")
