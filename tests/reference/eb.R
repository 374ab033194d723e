# Reference values for the empirical-Bayes regional rates (tests/check_regions_eb.c).
# Run: Rscript eb.R (R 4.2 with the Debian packages r-cran-spdep, r-cran-spdata, r-cran-mass).
# Data: Marshall's (1991) Auckland child mortality, as the R package spData ships it
# (auckland: deaths 1977-85 under 5, population under 5 in 1981; 167 census area units), with
# the population at risk 9 x the 1981 count as in spdep's EBest example. Written to
# tests/regions/auckland.csv.
options(digits = 15)
suppressMessages({library(spData); library(spdep); library(MASS)})
data(auckland)
y <- auckland$Deaths.1977.85; n <- 9 * auckland$Under.5.1981
write.csv(data.frame(area = rownames(auckland), count = y, population = n), "auckland.csv",
          row.names = FALSE, quote = FALSE)
show <- c(1, 2, 3, 50, 100, 167)
# Marshall's global estimator: spdep::EBest (rates per person)
m <- EBest(y, n)
p <- attr(m, "parameters")
cat(sprintf("marshall a %.12g b %.12g\n", p$a, p$b))
for (i in show) cat(sprintf("marshall %d raw %.12g est %.12g\n", i, m$raw[i], m$estmm[i]))
# Poisson-gamma (Clayton and Kaldor 1987): y_i ~ Poisson(E_i theta_i), theta_i ~ Gamma(a, b),
# E_i at the overall rate; a, b by maximum likelihood of the negative binomial marginal
# (optim, then nlminb with the analytic gradient), checked against MASS::glm.nb, whose model
# y ~ offset(log E) is the same marginal with theta = a and exp(intercept) = a / b.
E <- sum(y) / sum(n) * n
nll <- function(q) { a <- exp(q[1]); b <- exp(q[2])
  -sum(lgamma(a + y) - lgamma(a) - lgamma(y + 1) + a * log(b) - (a + y) * log(b + E) + y * log(E)) }
grad <- function(q) { a <- exp(q[1]); b <- exp(q[2])
  -c(a * sum(digamma(a + y) - digamma(a) + log(b) - log(b + E)), b * sum(a / b - (a + y) / (b + E))) }
o <- optim(c(0, 0), nll, grad, method = "BFGS", control = list(reltol = 1e-15, maxit = 1000))
o <- nlminb(o$par, nll, grad, control = list(rel.tol = 1e-15, x.tol = 1e-15, eval.max = 1000))
a <- exp(o$par[1]); b <- exp(o$par[2])
cat(sprintf("gamma a %.12g b %.12g loglik %.12g\n", a, b, -o$objective))
f <- glm.nb(y ~ offset(log(E)), control = glm.control(epsilon = 1e-14, maxit = 100))
cat(sprintf("glm.nb theta %.12g a/b %.12g\n", f$theta, exp(coef(f))))
rate <- sum(y) / sum(n) * 1e5     # per 100,000
for (i in show) cat(sprintf("eb %d mean %.12g lo %.12g hi %.12g (per 100,000)\n", i,
                            (a + y[i]) / (b + E[i]) * rate,
                            qgamma(0.025, a + y[i], b + E[i]) * rate,
                            qgamma(0.975, a + y[i], b + E[i]) * rate))

# A project's regions with two counts withheld (tests/check_eb.c, regional_eb_over_shown):
# region F (3) is below 5, and E (9), the smallest other count, is withheld so that the
# national total does not give F back. The fits use the six regions shown; the expected
# counts use the national rate of all eight, which is published.
count <- c(120, 45, 30, 18, 9, 3, 60, 0)
pop <- c(800000, 400000, 350000, 200000, 150000, 90000, 500000, 120000)
shown <- c(1, 2, 3, 4, 7, 8)
theta <- sum(count) / sum(pop)
y <- count[shown]; E <- theta * pop[shown]
o <- optim(c(0, 0), nll, grad, method = "BFGS", control = list(reltol = 1e-15, maxit = 1000))
o <- nlminb(o$par, nll, grad, control = list(rel.tol = 1e-15, x.tol = 1e-15, eval.max = 1000))
a <- exp(o$par[1]); b <- exp(o$par[2])
cat(sprintf("project gamma a %.12g b %.12g\n", a, b))
m <- EBest(y, pop[shown])
for (j in seq_along(shown)) cat(sprintf("project %s eb %.12g lo %.12g hi %.12g marshall %.12g\n",
    LETTERS[shown[j]], (a + y[j]) / (b + E[j]) * theta * 1e5,
    qgamma(0.025, a + y[j], b + E[j]) * theta * 1e5, qgamma(0.975, a + y[j], b + E[j]) * theta * 1e5,
    m$estmm[j] * 1e5))
