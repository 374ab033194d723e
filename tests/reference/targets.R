# Reference values for the target projection and p_meet (tests/check_stats.c,
# target_one_rate_r_reference). Run: Rscript targets.R
# One annual rate: the compound growth between the end points (Eurostat), or for shares the
# change in percentage points; its spread and that of one year's value from lm() over the
# same years (one year's value at least as noisy as its sampling: Poisson 1/y on the log
# scale, binomial p(1-p)/n); the projection carries the latest value forward at that rate.
options(digits = 15)
y <- c(100, 112, 119, 135, 144); yr <- 2015:2019
g <- (144/100)^(1/4) - 1
f <- lm(log(y) ~ yr); s <- summary(f)
sdb <- coef(s)[2, 2]; noise2 <- max(s$sigma^2, 1/144)  # a count is at least Poisson-noisy
centre <- log(100) + 7 * log1p(g)
sd <- sqrt(9 * sdb^2 + noise2)
cat("g", g, "\n")
cat("p_meet(200 in 2022)", pt((log(200) - centre) / sd, df = 3, lower.tail = FALSE), "\n")
cat("projected", exp(centre), "lo", exp(centre - qt(0.975, 3) * sd),
    "hi", exp(centre + qt(0.975, 3) * sd), "\n")
p <- c(0.20, 0.22, 0.25, 0.24, 0.28)
d <- (0.28 - 0.20) / 4
f <- lm(p ~ yr); s <- summary(f)
sd <- sqrt(9 * coef(s)[2, 2]^2 + max(s$sigma^2, 0.28 * 0.72 / 1000))  # binomial floor
centre <- 0.20 + 7 * d
cat("pp", d, "projected", centre, "p_meet", pt((0.35 - centre) / sd, df = 3, lower.tail = FALSE),
    "lo", centre - qt(0.975, 3) * sd, "hi", centre + qt(0.975, 3) * sd, "\n")
# A count that falls to 0 (tests/check_stats.c, targets_on_real_shaped_series): the log scale
# takes v + 1/2 (Cox 1970); target 2 in 2020, decreasing.
v <- c(10, 6, 3, 0); yr <- 2015:2018
y <- log(v + 0.5); f <- lm(y ~ yr); s <- summary(f)
sdb <- coef(s)[2, 2]; noise2 <- max(s$sigma^2, 1/(0 + 0.5))
rate <- (log(0.5) - log(10.5)) / 3
centre <- log(10.5) + 5 * rate
sd <- sqrt(2^2 * sdb^2 + noise2)
q <- qt(0.975, 2)
cat(sprintf("p_meet %.15g projected %.15g lo %.15g hi %.15g\n", pt((log(2.5) - centre)/sd, 2),
  max(0, exp(centre) - 0.5), max(0, exp(centre - q*sd) - 0.5), exp(centre + q*sd) - 0.5))
