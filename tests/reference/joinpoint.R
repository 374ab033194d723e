# Reference values for the joinpoint tests: every admissible placement of k joinpoints fitted
# with R's glm (Poisson log link), the one with the smallest deviance kept per k, k chosen by
# Joinpoint's BIC(k) = ln(Q_k/n) + 2(k+1) ln(n)/n with Q_k the deviance; dispersion and t
# quantiles on n - (2k+2) df (the joinpoints count as parameters, as in Joinpoint).
options(digits = 15)
jp <- function(x, y, kmax) {
  n <- length(x); cand <- 3:(n - 2)   # 1-based: two observations to either end
  best <- list()
  for (k in 0:kmax) {
    combos <- if (k == 0) list(integer(0)) else
      Filter(function(cc) all(diff(cc) >= 3), combn(cand, k, simplify = FALSE))
    bd <- Inf
    for (cc in combos) {
      X <- sapply(cc, function(j) pmax(x - x[j], 0))
      f <- if (k == 0) glm(y ~ x, family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100)) else glm(y ~ x + X, family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100))
      if (deviance(f) < bd) { bd <- deviance(f); best[[k + 1]] <- list(f = f, cc = cc) }
    }
  }
  bic <- sapply(0:kmax, function(k) log(max(deviance(best[[k + 1]]$f), 1e-12) / n) + 2 * (k + 1) * log(n) / n)
  k <- which.min(bic) - 1; b <- best[[k + 1]]; f <- b$f
  df <- n - (2 * k + 2)
  disp <- sum(residuals(f, "pearson")^2) / df
  V <- summary(f)$cov.unscaled * disp
  cat("BIC:", bic, " chosen k =", k, " joinpoints at x =", x[b$cc], "\n")
  bounds <- c(x[1], x[b$cc], x[n]); q <- qt(0.975, df)
  A <- matrix(0, k + 1, length(coef(f)))
  for (s in 1:(k + 1)) { a <- rep(0, length(coef(f))); a[2] <- 1; if (s > 1) a[3:(1 + s)] <- 1; A[s, ] <- a
    sl <- sum(a * coef(f)); se <- sqrt(t(a) %*% V %*% a)
    cat(sprintf("segment %d %g-%g apc %.15g lo %.15g hi %.15g\n", s, bounds[s], bounds[s + 1],
        100 * (exp(sl) - 1), 100 * (exp(sl - q * se) - 1), 100 * (exp(sl + q * se) - 1))) }
  w <- diff(bounds); aw <- colSums(A * w) / sum(w)
  sl <- sum(aw * coef(f)); se <- sqrt(t(aw) %*% V %*% aw)
  cat(sprintf("aapc %.15g lo %.15g hi %.15g\n", 100 * (exp(sl) - 1), 100 * (exp(sl - q * se) - 1),
      100 * (exp(sl + q * se) - 1)))
}
x <- 2000:2015
y <- ifelse(x <= 2007, 1000 * 1.05^(x - 2000), 1000 * 1.05^7 * 0.92^(x - 2007))
cat("exact two pieces\n"); jp(x, y, 2)
year <- 2012:2024
v <- c(1711, 1437, 1561, 1321, 1049, 958, 668, 1372, 1013, 791, 905, 1040, 1060)
cat("victims 2012-2024\n"); jp(year, v, 2)
