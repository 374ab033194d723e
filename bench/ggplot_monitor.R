# The comparison for `make bench`: what an analyst would write in R to draw the example
# monitor's charts with ggplot2 (20 charts, PNG 1920x1080, trends with interval bands, bars
# with whiskers, stacked bars, a funnel). Run: Rscript bench/ggplot_monitor.R EXAMPLE OUT
suppressPackageStartupMessages({ library(ggplot2); library(data.table) })
args <- commandArgs(TRUE)
ex <- args[1]; out <- args[2]
dir.create(out, showWarnings = FALSE)
rd <- function(f) fread(file.path(ex, f), sep = ";", dec = ",", encoding = "UTF-8")
v <- rd("victims.csv"); cs <- rd("cases.csv"); rp <- rd("reports.csv"); rg <- rd("regions.csv")
mu <- rd("municipalities.csv"); iv <- rd("investigations.csv")
byar <- function(x, z = 1.96) data.table(lo = x * (1 - 1 / (9 * x) - z / (3 * sqrt(x)))^3,
                                         hi = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * sqrt(x + 1)))^3)
save <- function(p, name) ggsave(file.path(out, paste0(name, ".png")), p, width = 20,
                                 height = 11.25, dpi = 96)
trend <- function(d, title, name) {
  d <- cbind(d, byar(d$n))
  p <- ggplot(d, aes(jaar, n)) + geom_ribbon(aes(ymin = lo, ymax = hi), alpha = 0.3) +
    geom_line() + geom_point() + geom_smooth(method = "glm", method.args = list(family = quasipoisson),
                                             formula = y ~ x, se = FALSE, linetype = 3) +
    labs(title = title, caption = "Bron: illustratieve gegevens") + theme_minimal(base_size = 20)
  save(p, name)
}
share <- function(d, title, name) {
  d[, `:=`(p = k / n, lo = (k + 1.92) / (n + 3.84) - 1.96 * sqrt(k * (n - k) / n + 0.96) / (n + 3.84),
           hi = (k + 1.92) / (n + 3.84) + 1.96 * sqrt(k * (n - k) / n + 0.96) / (n + 3.84))]
  p <- ggplot(d, aes(jaar, p)) + geom_ribbon(aes(ymin = lo, ymax = hi), alpha = 0.3) + geom_line() +
    scale_y_continuous(labels = scales::percent) + labs(title = title) + theme_minimal(base_size = 20)
  save(p, name)
}
trend(v[, .(n = .N), by = jaar], "Geregistreerde slachtoffers", "trend_victims")
trend(cs[, .(n = .N), by = jaar], "Zaken", "trend_cases")
trend(rp[, .(n = sum(aantal)), by = jaar], "Meldingen", "trend_reports")
trend(iv[vorm == "arbeid", .(n = sum(aantal)), by = jaar], "Onderzoeken arbeid", "trend_invest")
for (f in unique(v$vorm)) trend(v[vorm == f, .(n = .N), by = jaar], f, paste0("trend_vorm_", f))
share(v[, .(k = sum(minderjarig == 1), n = .N), by = jaar], "Minderjarigen", "share_minors")
share(v[, .(k = sum(vorm == "arbeid"), n = .N), by = jaar], "Arbeid", "share_labour")
share(mu[, .(k = sum(beleid == 1), n = .N), by = jaar], "Beleid", "share_policy")
b <- v[jaar == max(jaar), .(n = .N), by = vorm]; b <- cbind(b, byar(b$n))
save(ggplot(b, aes(reorder(vorm, -n), n)) + geom_col() + geom_errorbar(aes(ymin = lo, ymax = hi), width = 0.2) +
       theme_minimal(base_size = 20), "bars_vorm")
save(ggplot(v[, .N, by = .(jaar, vorm)], aes(jaar, N, fill = vorm)) + geom_col() +
       scale_fill_brewer(palette = "Set2") + theme_minimal(base_size = 20), "stacked_vorm")
save(ggplot(v[, .N, by = .(jaar, melder)], aes(jaar, N, fill = melder)) + geom_col() +
       theme_minimal(base_size = 20), "stacked_melder")
pop <- rg[year == max(year) & !is.na(population)]
r <- merge(v[jaar == max(jaar), .(n = .N), by = regio], pop, by.x = "regio", by.y = "code")
r[, rate := 1e5 * n / population]; r <- cbind(r, byar(r$n)[, .(lo = 1e5 * lo / r$population, hi = 1e5 * hi / r$population)])
save(ggplot(r, aes(reorder(name, -rate), rate)) + geom_col() + geom_errorbar(aes(ymin = lo, ymax = hi)) +
       coord_flip() + theme_minimal(base_size = 20), "regions_rates")
th <- sum(r$n) / sum(r$population); g <- data.table(pop = exp(seq(log(min(r$population) / 2), log(max(r$population) * 1.5), length = 100)))
g[, `:=`(u = qpois(0.999, th * pop) / pop * 1e5, l = qpois(0.001, th * pop) / pop * 1e5)]
save(ggplot(r, aes(population, rate)) + geom_point(size = 4) + geom_line(data = g, aes(pop, u)) +
       geom_line(data = g, aes(pop, l)) + scale_x_log10() + theme_minimal(base_size = 20), "funnel")
save(ggplot(v[, .(m = mean(leeftijd)), by = jaar], aes(jaar, m)) + geom_line() + theme_minimal(base_size = 20), "mean_age")
save(ggplot(rp[, .(n = sum(aantal)), by = .(jaar, bron)], aes(jaar, n, colour = bron)) + geom_line() +
       facet_wrap(~bron) + theme_minimal(base_size = 20), "multiples_reports")
trend(cs[vorm == "seksueel", .(n = .N), by = jaar], "Zaken seksuele uitbuiting", "trend_cases_sexual")
b <- v[jaar == max(jaar), .(n = .N), by = melder]; b <- cbind(b, byar(b$n))
save(ggplot(b, aes(reorder(melder, -n), n)) + geom_col() + geom_errorbar(aes(ymin = lo, ymax = hi), width = 0.2) +
       theme_minimal(base_size = 20), "bars_melder")
cat(length(list.files(out, "png$")), "charts\n")
