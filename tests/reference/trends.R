# Reference values for tests/check_stats.c (trends). Run: Rscript trends.R
options(digits = 15)
# glm is run with epsilon = 1e-14 and the year centred (yc = year - 2018, the same model): at
# R's default 1e-8, or with raw years near 2000 (nearly collinear with the intercept), glm
# stops up to 4e-7 (relative) short of the maximum-likelihood fit.
year <- 2012:2024
y <- c(1711, 1437, 1561, 1321, 1049, 958, 668, 1372, 1013, 791, 905, 1040, 1060)
pop <- round(16.8e6 + (17.9e6 - 16.8e6) * (year - 2012) / 12)
yc <- year - 2018
tab <- function(f, centre = 2018) { s <- summary(f); b <- coef(s)[2, ]; df <- f$df.residual
  ci <- b[1] + c(-1, 1) * qt(0.975, df) * b[2]
  cat(sprintf("slope %.15g se %.15g t %.15g p %.15g disp %.15g df %d lo %.15g hi %.15g apc %.15g apc_lo %.15g apc_hi %.15g intercept %.15g\n",
      b[1], b[2], b[3], b[4], s$dispersion, df, ci[1], ci[2], 100*(exp(b[1])-1),
      100*(exp(ci[1])-1), 100*(exp(ci[2])-1), coef(f)[1] - b[1] * centre)) }
cat("glm(y ~ yc, family = quasipoisson, control = glm.control(epsilon = 1e-14))\n")
tab(glm(y ~ yc, family = quasipoisson, control = glm.control(epsilon = 1e-14, maxit = 100)))
cat("glm(y ~ yc + offset(log(pop)), family = quasipoisson, control = glm.control(epsilon = 1e-14))\n")
tab(glm(y ~ yc + offset(log(pop)), family = quasipoisson, control = glm.control(epsilon = 1e-14, maxit = 100)))
z <- c(0, 2, 1, 0, 4, 3, 6, 5, 9, 7)
cat("glm(z ~ x, quasipoisson) with zeros, x = 1:10\n"); tab(glm(z ~ I(1:10), family = quasipoisson, control = glm.control(epsilon = 1e-14, maxit = 100)), 0)
cat("lm(y ~ year)\n"); f <- lm(y ~ year); s <- summary(f)
ci <- confint(f)[2, ]
cat(sprintf("intercept %.15g slope %.15g lo %.15g hi %.15g r2 %.15g p %.15g se %.15g\n",
    coef(f)[1], coef(f)[2], ci[1], ci[2], s$r.squared, coef(s)[2, 4], coef(s)[2, 2]))
cat("Mann-Kendall via cor.test(year, v, method = 'kendall', exact = FALSE, continuity = TRUE)\n")
mk <- function(t, v) { ct <- cor.test(t, v, method = "kendall", exact = FALSE, continuity = TRUE)
  n <- length(v); T0 <- n*(n-1)/2; ties <- table(v[duplicated(v)]) + 1
  T2 <- sum(ties * (ties - 1))/2; S <- ct$estimate * sqrt(T0 * (T0 - T2))
  vs <- (n*(n-1)*(2*n+5) - sum(ties*(ties-1)*(2*ties+5)))/18
  d <- c(); for (i in 1:(n-1)) for (j in (i+1):n) d <- c(d, (v[j]-v[i])/(t[j]-t[i]))
  k <- length(d); C <- qnorm(0.975) * sqrt(vs)
  lo <- sort(d)[round((k - C)/2)]; up <- sort(d)[round((k + C)/2 + 1)]
  cat(sprintf("S %.15g varS %.15g z %.15g p %.15g tau %.15g sen %.15g lo %.15g hi %.15g\n",
      S, vs, ct$statistic, ct$p.value, S/T0, median(d), lo, up)) }
mk(year, y)
w <- c(5, 7, 7, 9, 6, 11, 11, 11, 14, 12, 15, 15, 18, 17)
mk(1:14, w)
cat("exact p (no ties, n <= 10): cor.test(..., exact = TRUE)\n")
e <- c(3.1, 2.5, 4.8, 5.2, 4.9, 6.7, 7.3, 6.1)
print(cor.test(1:8, e, method = "kendall", exact = TRUE)$p.value)
e2 <- c(10, 12, 9, 14, 13, 11, 15, 17, 16, 18)
print(cor.test(1:10, e2, method = "kendall", exact = TRUE)$p.value)
mk(1:8, e); mk(1:10, e2)
cat("The example's victims, the section's trend window 2020-2024 (tests/check_plots.c):\n")
cat("glm(v ~ I(2020:2024), family = quasipoisson), APC and its 95% interval\n")
v <- c(1013, 791, 905, 1040, 1060); f <- glm(v ~ I(2020:2024), family = quasipoisson)
b <- coef(f)[2]; h <- qt(0.975, f$df.residual) * sqrt(vcov(f)[2, 2])
cat(sprintf("apc %.6f lo %.6f hi %.6f\n", 100*(exp(b)-1), 100*(exp(b-h)-1), 100*(exp(b+h)-1)))
cat("tests/e2e/charts_small: the trend window of cases (2020-2023, after the 2020 break) and\n")
cat("of the labour share (2019-2023, after the hidden 2017), as the expected chart files hold\n")
y <- c(102, 107, 109, 114); f <- glm(y ~ I(2020:2023), family = quasipoisson)
cat(sprintf("cases apc %.6f\n", 100*(exp(coef(f)[2])-1)))
r <- c(40, 44, 47, 52, 55); n <- c(101, 102, 107, 109, 114)
f <- lm(log((r + 0.5)/(n - r + 0.5)) ~ I(2019:2023))
cat(sprintf("labour fitted %% %s\n", paste(sprintf("%.8f", 100*plogis(fitted(f))), collapse = " ")))
