# Reference values for multiple systems estimation (tests/check_mse.c), from the R package
# SparseMSE 2.0.1 (CRAN; its R/routines.R sourced, with lpSolve installed). Run: Rscript mse.R
# in a folder holding routines.R and the package's data/*.rda.
#
# SparseMSE fits with glm's default convergence (relative deviance change < 1e-8) and takes
# the covariance of the last IRLS step, so its intervals sit up to 2e-5 (relative) from the
# maximum likelihood values; with epsilon = 1e-15 the fit converges fully, and those are the
# values the tests hold at 1e-6. Both are printed.
source("routines.R")
for (f in list.files(".", "rda$")) load(f)
run <- function(tag) {
  for (s in c("UKdat", "UKdat_5", "Ned", "NewOrl", "Western", "Artificial_3")) {
    z <- get(s)
    for (m in c("main", "stepwise")) {
      r <- estimatepopulation.0(z, method = m, quantiles = c(0.025, 0.975))
      f <- r$MSEfit$fit
      cat(tag, s, m, sprintf("%.12g", r$estimate),
          "terms:", grep(":", names(coef(f)), value = TRUE),
          "empty:", colnames(r$MSEfit$emptyoverlaps), "\n")
    }
  }
  r <- estimatepopulation.0(Ned, method = "fixed", mX = cbind(c(1, 3), c(4, 6)))
  cat(tag, "Ned fixed I:O P:Z", sprintf("%.12g", r$estimate), "\n")
  r <- estimatepopulation.0(Ned, method = "fixed", mX = c(1, 2))
  cat(tag, "Ned fixed I:K (never overlap)", sprintf("%.12g", r$estimate), "\n")
  r <- estimatepopulation.0(UKdat, method = "stepwise", quantiles = c(0.05, 0.95))
  cat(tag, "UKdat stepwise 90%", sprintf("%.12g", r$estimate), "\n")
  r <- estimatepopulation.0(Ned, method = "stepwise", pthresh = 0.05)
  cat(tag, "Ned stepwise p<0.05", sprintf("%.12g", r$estimate), "\n")
}
run("sparsemse")
glm <- function(...) stats::glm(..., control = stats::glm.control(epsilon = 1e-15, maxit = 200))
run("converged")

# checkident on the package's example (0: passes; 1: no finite estimate; 2: not identifiable)
m <- 3; mX <- t(expand.grid(1:m, 1:m)); mX <- mX[, mX[1, ] < mX[2, ]]
cat("checkident all", checkident(Artificial_3, mX = mX), "A:B", checkident(Artificial_3, mX = mX[, 1]),
    "A:C B:C", checkident(Artificial_3, mX = mX[, 2:3]), "\n")

# BCa limits and type-8 quantiles on a fixed vector (bcaconfvalues, quantile)
b <- 1000 * exp(0.2 * qnorm(ppoints(199)) + 0.05 * qnorm(ppoints(199))^2)
cat("bca", sprintf("%.12g", bcaconfvalues(b, 1010, 0.03, alpha = c(0.025, 0.975))), "\n")
cat("q8", sprintf("%.12g", quantile(b, c(0.025, 0.3, 0.975), type = 8)), "\n")
cat("z0", sprintf("%.12g", qnorm(mean(b < 1010))), "\n")

# the jackknife acceleration of estimatepopulation (deterministic), stepwise at 0.02
for (s in c("NewOrl_5", "Western")) {
  zdat <- get(s); n1 <- dim(zdat)[1]; n2 <- dim(zdat)[2]; co <- zdat[, n2]
  jackest <- rep(0, n1)
  for (j in 1:n1) if (zdat[j, n2] > 0) {
    zd1 <- zdat; zd1[j, n2] <- zdat[j, n2] - 1
    jackest[j] <- estimatepopulation.0(zd1, quantiles = NULL, pthresh = 0.02)$estimate
  }
  jr <- sum(co * jackest) / sum(co) - jackest
  cat("ahat", s, sprintf("%.12g", sum(co * jr^3) / (6 * (sum(co * jr^2))^(3/2))), "\n")
}
