#!/usr/bin/env python3
"""Writes the illustrative example monitor (CSV files beside this script) from a fixed seed.

The numbers are invented. Their size and turns follow the published Dutch figures listed in
shared/published-figures.md (registered victims, cases at the prosecution service, recidivism of
offenders of sexual exploitation, reports per region), so that the example looks like the real
work. They are not official statistics. Run: python3 generate.py (same output every time).

Only random.Random.random() is used, whose Mersenne Twister stream is the same on every Python 3.
"""
import math
import os

import random

SEED = 20241231
HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = list(range(2012, 2025))

# Ten regional police units and the national unit (no population of its own).
REGIONS = [
    ("NN", "Noord-Nederland", 1.71), ("ON", "Oost-Nederland", 3.23),
    ("MN", "Midden-Nederland", 1.70), ("NH", "Noord-Holland", 1.33),
    ("AM", "Amsterdam", 1.16), ("DH", "Den Haag", 1.96), ("RT", "Rotterdam", 1.99),
    ("ZWB", "Zeeland-West-Brabant", 1.52), ("OB", "Oost-Brabant", 1.30),
    ("LB", "Limburg", 1.11), ("LE", "Landelijke Eenheid", None),
]

# Registered presumed victims per year (CoMensha; 2018 the rapporteur's cleaned figure; 2022
# not published, interpolated).
VICTIMS = {2012: 1711, 2013: 1437, 2014: 1561, 2015: 1321, 2016: 1049, 2017: 958, 2018: 668,
           2019: 1372, 2020: 1013, 2021: 791, 2022: 905, 2023: 1040, 2024: 1060}
# Share of minors: 24% in 2016, about 15% in 2020, a little more in view after 2022.
MINORS = {2012: .22, 2013: .23, 2014: .23, 2015: .24, 2016: .24, 2017: .21, 2018: .19,
          2019: .17, 2020: .15, 2021: .15, 2022: .16, 2023: .16, 2024: .18}
# Cases entering the prosecution service.
CASES = {2012: 255, 2013: 257, 2014: 240, 2015: 222, 2016: 205, 2017: 190, 2018: 195,
         2019: 205, 2020: 210, 2021: 218, 2022: 226, 2023: 232, 2024: 238}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def u(self):
        return self.r.random()

    def pick(self, weighted):
        """weighted: list of (value, weight)"""
        total = sum(w for _, w in weighted)
        x = self.u() * total
        for v, w in weighted:
            x -= w
            if x < 0:
                return v
        return weighted[-1][0]

    def poisson(self, lam):
        """Knuth's method for small means, a rounded normal for large ones."""
        if lam > 50:
            z = math.sqrt(-2 * math.log(1 - self.u())) * math.cos(2 * math.pi * self.u())
            return max(0, int(round(lam + math.sqrt(lam) * z)))
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.u()
            if p <= limit:
                return k
            k += 1


def population(code_share, year):
    """Inhabitants of a region: 16.8 million in 2012 rising to 17.9 million in 2024."""
    total_share = sum(s for _, _, s in REGIONS if s)
    national = 16.8e6 + (17.9e6 - 16.8e6) * (year - 2012) / 12
    return int(round(national * code_share / total_share))


def write(name, header, rows, bom=False, crlf=False):
    nl = "\r\n" if crlf else "\n"
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        if bom:
            f.write("\ufeff")
        f.write(";".join(header) + nl)
        for row in rows:
            f.write(";".join(str(x) for x in row) + nl)


def regions_file():
    rows = []
    for code, name, share in REGIONS:
        for y in YEARS:
            rows.append((code, name, y, population(share, y) if share else ""))
    write("regions.csv", ["code", "name", "year", "population"], rows)


def form_weights(year):
    """By 2020 about 41% sexual and 41% labour exploitation; labour rising over time."""
    t = (year - 2012) / 12
    return [("seksueel", .62 - .25 * t), ("arbeid", .22 + .22 * t), ("crimineel", .10),
            ("overig", .06)]


def reporter_weights(year):
    if year >= 2023:
        return [("politie", 345), ("zorgcoordinator", 306), ("FairWork", 245),
                ("Arbeidsinspectie", 52 if year == 2023 else 71), ("KMar", 58), ("overig", 40)]
    return [("politie", 520), ("zorgcoordinator", 260), ("FairWork", 150),
            ("Arbeidsinspectie", 35), ("KMar", 60), ("overig", 40)]


REGION_WEIGHTS = [("NN", 8), ("ON", 14), ("MN", 9), ("NH", 7), ("AM", 16), ("DH", 12),
                  ("RT", 14), ("ZWB", 8), ("OB", 7), ("LB", 5)]


def victims_file(g):
    rows = []
    for y in YEARS:
        for _ in range(VICTIMS[y]):
            minor = 1 if g.u() < MINORS[y] else 0
            age = 12 + int(g.u() * 6) if minor else 18 + int(-11 * math.log(1 - g.u() * .97))
            form = g.pick(form_weights(y))
            sex = g.pick([("v", 70), ("m", 29), ("x", 1)] if form != "arbeid"
                         else [("v", 35), ("m", 64), ("x", 1)])
            nat = g.pick([("Nederlands", 40), ("EU", 30), ("buiten EU", 27), ("onbekend", 3)])
            flag = "p" if y == 2024 else ""
            rows.append((y, g.pick(REGION_WEIGHTS), form, minor, sex, nat,
                         g.pick(reporter_weights(y)), min(age, 75), flag))
    write("victims.csv", ["jaar", "regio", "vorm", "minderjarig", "geslacht",
                          "nationaliteit", "melder", "leeftijd", "flag"], rows,
          bom=True, crlf=True)


# About 40% of regions (AM, RT, DH, ON) bring about 75% of the cases.
CASE_REGIONS = [("AM", 24), ("RT", 20), ("DH", 16), ("ON", 15), ("MN", 5), ("NN", 5),
                ("NH", 4), ("ZWB", 4), ("OB", 4), ("LB", 3)]


def cases_file(g):
    rows = []
    for y in YEARS:
        n = CASES[y]
        convict = .50 - .08 * math.sin((y - 2012) / 2.5)
        for _ in range(n):
            u = g.u()
            stage = "veroordeeld" if u < convict else "vervolgd" if u < convict + .12 else "instroom"
            rows.append((y, g.pick(CASE_REGIONS), g.pick(form_weights(y)), stage))
    write("cases.csv", ["jaar", "regio", "vorm", "fase"], rows)


def reports_file(g):
    rows = []
    sources = [("politie", 55), ("burger", 18), ("zorg", 12), ("kmar", 6)]
    for y in YEARS:
        for code, weight in REGION_WEIGHTS + [("LE", 4)]:
            for src, sw in sources:
                lam = 1500 * weight / 104 * sw / 100
                if code == "ZWB" and src == "politie":
                    # the region whose reports fell from 117 to 15
                    lam = 117 - (117 - 15) * max(0, y - 2014) / 8 if y >= 2014 else 117
                    lam = max(lam, 15)
                n = g.poisson(lam) if not (code == "ZWB" and src == "politie") else int(round(lam))
                rows.append((y, code, src, n))
            if code != "LE":
                # about 100 reports a year from the labour inspectorate, spread over regions
                rows.append((y, code, "arbeidsinspectie", g.poisson(100 * weight / 100)))
    write("reports.csv", ["jaar", "regio", "bron", "aantal"], rows)


def investigations_file(g):
    """Investigations started, by agency and form: the inspectorate's labour investigations
    rise from about 8 a year."""
    insp = {2012: 7, 2013: 8, 2014: 6, 2015: 9, 2016: 8, 2017: 7, 2018: 8, 2019: 8, 2020: 7,
            2021: 8, 2022: 9, 2023: 11, 2024: 12}
    rows = []
    for y in YEARS:
        rows.append((y, "inspectie", "arbeid", insp[y]))
        rows.append((y, "politie", "arbeid", g.poisson(40)))
        rows.append((y, "politie", "seksueel", g.poisson(120 - 4 * (y - 2012))))
        rows.append((y, "politie", "crimineel", g.poisson(15 + (y - 2012))))
        rows.append((y, "kmar", "seksueel", g.poisson(12)))
    write("investigations.csv", ["jaar", "instantie", "vorm", "aantal"], rows)


def municipalities_file(g):
    """Municipalities with a policy on trafficking: 5% in 2019, far from all by 2022."""
    share = {2019: .05, 2020: .22, 2021: .41, 2022: .63, 2023: .78, 2024: .86}
    n = 342
    regions = [g.pick(REGION_WEIGHTS) for _ in range(n)]
    order = [g.u() for _ in range(n)]
    rank = sorted(range(n), key=lambda i: order[i])
    rows = []
    for y, s in share.items():
        adopted = set(rank[:int(round(s * n))])
        for i in range(n):
            rows.append((y, "Gemeente %03d" % (i + 1), regions[i], 1 if i in adopted else 0))
    write("municipalities.csv", ["jaar", "gemeente", "regio", "beleid"], rows)


def recidivism_file(g):
    """Offenders of sexual exploitation, cohorts 2012-2020, followed to the end of 2024. Time
    to a new offence: a cured fraction of 28% and Weibull(shape 0.95, scale 2.94 years) for the
    rest, which gives about 36%, 58% and 65% at 2, 5 and 7 years."""
    import datetime
    end_obs = datetime.date(2024, 12, 31)
    rows = []
    pid = 0
    for cohort in range(2012, 2021):
        for _ in range(95 + int(g.u() * 30)):
            pid += 1
            start = datetime.date(cohort, 1, 1) + datetime.timedelta(days=int(g.u() * 365))
            young = g.u() < 1 / 3
            cured = g.u() < .28
            t_risk = None if cured else 2.94 * (-math.log(1 - g.u())) ** (1 / .95)
            detained = int(30 + g.u() * 300) if g.u() < .2 else 0
            follow = (end_obs - start).days
            lost = g.u() < .04
            if lost:
                follow = int(follow * g.u())
            risk_days = None if t_risk is None else int(t_risk * 365.25)
            if risk_days is not None and risk_days + detained <= follow:
                event = start + datetime.timedelta(days=risk_days + detained)
                end = end_obs if not lost else start + datetime.timedelta(days=follow)
                rows.append((pid, cohort, start.isoformat(), event.isoformat(), end.isoformat(),
                             detained, "jonger dan 23" if young else "23 of ouder"))
            else:
                end = start + datetime.timedelta(days=follow)
                detained = min(detained, follow)
                rows.append((pid, cohort, start.isoformat(), "", end.isoformat(), detained,
                             "jonger dan 23" if young else "23 of ouder"))
    write("recidivism.csv", ["id", "cohort", "start", "event", "end", "detained_days",
                             "leeftijdsgroep"], rows)


# Victims in all (registered or not), per year, as the rapporteur's multiple systems estimates
# put them: about 5,000 a year in 2018-2019.
HIDDEN = {2019: 5100, 2020: 4700, 2021: 4300, 2022: 4600, 2023: 4900, 2024: 5000}
# Lists and the chance that a victim is on each; care coordinators see more of the victims the
# police registered (a referral), which the stepwise model should find as an interaction.
LISTS = ["politie", "kmar", "inspectie", "zorg"]


def captures_file(g):
    """Capture histories of registered victims over four lists, per year (kind = captures)."""
    rows = []
    for year, n in HIDDEN.items():
        counts = {}
        for _ in range(n):
            pol = g.u() < 0.080
            kmar = g.u() < 0.015
            insp = g.u() < 0.050
            zorg = g.u() < (0.30 if pol else 0.055)
            h = (int(pol), int(kmar), int(insp), int(zorg))
            if any(h):
                counts[h] = counts.get(h, 0) + 1
        for h in sorted(counts, reverse=True):
            rows.append((year,) + h + (counts[h],))
    write("captures.csv", ["jaar"] + LISTS + ["aantal"], rows)


def main():
    g = Gen(SEED)
    regions_file()
    victims_file(g)
    cases_file(g)
    reports_file(g)
    investigations_file(g)
    municipalities_file(g)
    recidivism_file(g)
    captures_file(Gen(SEED + 1))


if __name__ == "__main__":
    main()
