# Reference values for the model panel, model averaging and leave-one-list-out of multiple
# systems estimation (tests/check_mse.c, panel_* cases, and tests/mse/panel_*.csv).
# Run: Rscript mse_panel.R in a folder holding SparseMSE 2.0.1's R/routines.R (for checkident,
# the existence and identifiability check; needs lpSolve) and the capture histories of
# tests/mse/ (UKdat, Ned, NewOrl, Western: the data sets of SparseMSE, written as CSV).
#
# Every model with all main effects and at most two two-list interactions is fitted by glm on
# the 2^t - 1 observable cells, converged fully (epsilon = 1e-15). A pair of lists that no one is
# on together has its parameter at minus infinity (Chan, Silverman and Vincent 2021): the fit
# leaves out the cells holding that pair, as SparseMSE's buildmodel does; its log-likelihood is
# that of the model on all cells in the limit, and the parameter is counted, as glm on all
# cells counts it. AIC = -2 logLik + 2 p and BIC = -2 logLik + log(n) p with p the parameters
# including the intercept and n the observed total, as Rcapture's closedpMS.t
# (bic <- glmo$aic + (-2 + log(n)) * glmo$rank); df = 2^t - 1 - p, glm's residual df on all cells.
options(digits = 15)
source("routines.R")
fitmodel <- function(z, terms) {
  t <- ncol(z) - 1
  H <- as.matrix(expand.grid(rep(list(0:1), t)))[-1, , drop = FALSE]
  key <- H %*% 2^(0:(t - 1))
  y <- rep(0, nrow(H))
  y[match(as.matrix(z[, 1:t]) %*% 2^(0:(t - 1)), key)] <- z[, t + 1]
  obs <- sum(y)
  X <- H
  empty <- logical(0)
  for (p in terms) {
    X <- cbind(X, H[, p[1]] * H[, p[2]])
    empty <- c(empty, sum(y[H[, p[1]] == 1 & H[, p[2]] == 1]) == 0)
  }
  keep <- rep(TRUE, nrow(H))
  for (k in seq_along(terms)) if (empty[k]) keep <- keep & !(H[, terms[[k]][1]] == 1 & H[, terms[[k]][2]] == 1)
  Xk <- X[keep, c(seq_len(t), t + which(!empty)), drop = FALSE]
  mX <- if (length(terms)) sapply(terms, identity) else NULL
  ok <- checkident(z, mX)
  p <- 1 + t + length(terms)
  if (ok != 0) return(list(exists = ok, p = p))
  f <- suppressWarnings(glm(y[keep] ~ Xk, family = poisson,
                            control = glm.control(epsilon = 1e-15, maxit = 200)))
  b0 <- coef(f)[1]; se <- sqrt(summary(f)$cov.unscaled[1, 1])
  ll <- as.numeric(logLik(f))
  list(exists = 0, p = p, obs = obs, dark = exp(b0), se = se,
       est = obs + exp(b0), lo = obs + exp(b0 - qnorm(0.975) * se),
       hi = obs + exp(b0 + qnorm(0.975) * se), dev = deviance(f), df = 2^t - 1 - p,
       aic = -2 * ll + 2 * p, bic = -2 * ll + log(obs) * p)
}
name <- function(z, terms) paste(sapply(terms, function(p) paste(names(z)[p], collapse = ":")), collapse = " ")
for (s in c("UKdat", "Ned", "NewOrl", "Western", "Artificial_3")) {
  K <- if (s == "Artificial_3") 3 else 2
  z <- read.csv(paste0(s, ".csv"))
  t <- ncol(z) - 1
  pairs <- combn(t, 2, simplify = FALSE)
  models <- list(list())
  for (k in seq_len(K)) models <- c(models, combn(length(pairs), k, function(i) pairs[i], simplify = FALSE))
  out <- file(paste0("panel_", s, ".csv"), "w")
  writeLines("terms,exists,estimate,lo,hi,deviance,df,aic,bic", out)
  res <- list()
  for (m in models) {
    r <- fitmodel(z, m)
    res[[length(res) + 1]] <- c(r, terms = name(z, m))
    if (r$exists == 0)
      writeLines(sprintf("%s,%d,%.12g,%.12g,%.12g,%.12g,%d,%.12g,%.12g", name(z, m), 0, r$est, r$lo, r$hi,
                         r$dev, r$df, r$aic, r$bic), out)
    else writeLines(sprintf("%s,%d,,,,,,,", name(z, m), r$exists), out)
  }
  close(out)
  # BIC weights over the existing models; the averaged estimate with the unconditional
  # variance of Buckland, Burnham and Augustin (1997, eq. 9) on the dark figure, each model's
  # variance that of its log-normal interval, D^2 (exp(se^2) - 1), and the log-normal interval
  # D / C, D C with C = exp(z sqrt(log(1 + var / D^2))) (Burnham et al. 1987).
  ex <- Filter(function(r) r$exists == 0, res)
  bic <- sapply(ex, `[[`, "bic"); est <- sapply(ex, `[[`, "est"); dark <- sapply(ex, `[[`, "dark")
  se <- sapply(ex, `[[`, "se"); obs <- ex[[1]]$obs
  w <- exp(-(bic - min(bic)) / 2); w <- w / sum(w)
  D <- sum(w * dark)
  v <- sum(w * sqrt(dark^2 * (exp(se^2) - 1) + (dark - D)^2))^2
  C <- exp(qnorm(0.975) * sqrt(log(1 + v / D^2)))
  best <- which.min(bic)
  cat(sprintf("average %s models %d existing %d estimate %.12g lo %.12g hi %.12g min %.12g max %.12g best '%s' weight %.12g\n",
              s, length(res), length(ex), obs + D, obs + D / C, obs + D * C, min(est), max(est),
              ex[[best]]$terms, w[best]))
  if (s == "Artificial_3") next
  # leave one list out: the main-effects model of the other lists, histories collapsed
  for (i in seq_len(t)) {
    zi <- aggregate(z[, t + 1], by = z[, -c(i, t + 1), drop = FALSE], FUN = sum)
    zi <- zi[rowSums(zi[, 1:(t - 1), drop = FALSE]) > 0, ]
    names(zi)[t] <- "count"
    r <- fitmodel(zi, list())
    cat(sprintf("loo %s dropped %s observed %d estimate %.12g lo %.12g hi %.12g\n", s, names(z)[i],
                r$obs, r$est, r$lo, r$hi))
  }
}
