#!/usr/bin/python3
"""Checks the Word and slide files of a run as their clients read them (issue 26).

usage: check_office.py RUN_DIR LO_DIR
  RUN_DIR  a report's (or nulmeting's) output folder: report.docx or baseline.docx, the HTML
           of the same document, and briefing.pptx when it is a report
  LO_DIR   where LibreOffice (soffice --convert-to pdf, tagged) put its PDFs of those files,
           or - to read the files alone

python-docx reads the Word file: its headings (Word's heading styles) in the order of the
HTML's, every table's first row flagged as a repeating header row, right-aligned numbers,
every picture with its alt text (wp:docPr/@descr) as the HTML's figures carry it, the
document's language. The deck is read with zipfile (python-pptx is not in Debian 12): every
slide has a title in its title placeholder, every picture a description, notes where there is
a picture. LibreOffice's tagged PDF of each file keeps every heading (H1/H2, same text and
order), table, picture and alt text. Prints one line per problem and exits 1, or prints OK.
"""
import html.parser
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

import docx
from docx.oxml.ns import qn

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


class HtmlDoc(html.parser.HTMLParser):
    """Headings, figures' labels and tables of the HTML's <main>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.main = False
        self.heading = None
        self.headings = []   # (level, text)
        self.figures = []    # aria-label of each <figure>
        self.tables = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.main = True
        if not self.main:
            return
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = [int(tag[1]), ""]
        elif tag == "figure":
            self.figures.append(dict(attrs).get("aria-label", ""))
        elif tag == "table":
            self.tables += 1

    def handle_endtag(self, tag):
        if tag == "main":
            self.main = False
        if self.heading and re.fullmatch(r"h[1-6]", tag):
            self.headings.append((self.heading[0], self.heading[1].strip()))
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading[1] += data


def read_html(path):
    p = HtmlDoc()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p


def check_docx(path, expected, lang):
    """The Word file against the HTML of the same document; returns what LibreOffice must
    keep: headings (level, text), the number of tables, the pictures' alt texts."""
    d = docx.Document(path)
    name = os.path.basename(path)
    headings = []
    for p in d.paragraphs:
        m = re.fullmatch(r"Heading (\d)", p.style.name or "")
        if m:
            headings.append((int(m.group(1)), p.text.strip()))
    if headings != expected.headings:
        problem(f"{name}: headings {headings[:5]}... differ from the HTML's "
                f"{expected.headings[:5]}... ({len(headings)} against {len(expected.headings)})")
    tables = d.tables
    if len(tables) != expected.tables:
        problem(f"{name}: {len(tables)} tables, the HTML has {expected.tables}")
    for i, t in enumerate(tables):
        trpr = t.rows[0]._tr.trPr
        if trpr is None or trpr.find(qn("w:tblHeader")) is None:
            problem(f"{name}: table {i + 1} has no repeating header row")
        for r in t.rows[1:]:
            if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None:
                problem(f"{name}: table {i + 1} repeats a row that is not its header")
        for r in t.rows[1:]:
            for c in r.cells:
                text = c.text.strip()
                # numbers and marks; a year or cohort standing alone is a label
                if (re.fullmatch(r"[-+]?[0-9][0-9.,]*%?|<[0-9]+", text)
                        and not re.fullmatch(r"(19|20)[0-9][0-9]", text)):
                    jc = c.paragraphs[0].alignment
                    if jc is None or int(jc) != 2:  # WD_ALIGN_PARAGRAPH.RIGHT
                        problem(f"{name}: table {i + 1}: the number {text} is not right-aligned")
                        break
    alts = []
    for s in d.inline_shapes:
        descr = s._inline.docPr.get("descr", "")
        if not descr.strip():
            problem(f"{name}: a picture without alt text ({s._inline.docPr.get('name')})")
        alts.append(descr)
    if alts != expected.figures:
        problem(f"{name}: {len(alts)} pictures whose alt texts differ from the HTML's "
                f"{len(expected.figures)} figures")
    styles = d.styles.element
    langs = styles.findall(".//" + qn("w:docDefaults") + "//" + qn("w:lang"))
    if not langs or langs[0].get(qn("w:val")) != lang:
        problem(f"{name}: the document's language is not {lang}")
    if d.core_properties.language != lang:
        problem(f"{name}: its properties' language is {d.core_properties.language}, not {lang}")
    footer = d.sections[0].footer
    xml = footer._element.xml if footer is not None else ""
    if "PAGE" not in xml or "NUMPAGES" not in xml:
        problem(f"{name}: no page numbers in the footer")
    body = d.element.body.xml
    if 'TOC \\o "1-2"' not in body:
        problem(f"{name}: no TOC field")
    return headings, len(tables), alts


NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def rels(z, part):
    base, name = part.rsplit("/", 1)
    path = f"{base}/_rels/{name}.rels"
    out = {}
    for r in ET.fromstring(z.read(path)).findall("rel:Relationship", NS):
        target = os.path.normpath(os.path.join(base, r.get("Target")))
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], target)
    return out


def text_of(el):
    return "".join(t.text or "" for t in el.iterfind(".//a:t", NS)).strip()


def check_pptx(path):
    """Every slide titled, every picture described, notes where there is a picture; returns
    the slides' titles and the pictures' descriptions, in order."""
    name = os.path.basename(path)
    z = zipfile.ZipFile(path)
    pres = ET.fromstring(z.read("ppt/presentation.xml"))
    prels = rels(z, "ppt/presentation.xml")
    titles, alts = [], []
    ids = [s.get(f"{{{NS['r']}}}id") for s in pres.iterfind("p:sldIdLst/p:sldId", NS)]
    if not ids:
        problem(f"{name}: no slides")
    for n, rid in enumerate(ids, 1):
        part = prels[rid][1]
        sl = ET.fromstring(z.read(part))
        title = None
        for sp in sl.iterfind(".//p:sp", NS):
            ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
            if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                title = text_of(sp)
        if not title:
            problem(f"{name}: slide {n} has no title")
        titles.append(title or "")
        pics = sl.findall(".//p:pic", NS)
        for pic in pics:
            descr = pic.find("p:nvPicPr/p:cNvPr", NS).get("descr", "")
            if not descr.strip():
                problem(f"{name}: slide {n}: a picture without a description")
            alts.append(descr)
        notes = [t for t, p in rels(z, part).values() if t == "notesSlide"]
        if pics and not notes:
            problem(f"{name}: slide {n} has a picture but no notes")
        for typ, target in rels(z, part).values():
            if typ == "notesSlide":
                body = ET.fromstring(z.read(target))
                if not text_of(body):
                    problem(f"{name}: slide {n}'s notes are empty")
    return titles, alts


def struct_text(pdf):
    """(element, text) of every structure element pdfinfo -struct-text prints with text."""
    out = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True).stdout
    elems, current = [], None
    for line in out.splitlines():
        s = line.strip()
        m = re.match(r"^([A-Za-z0-9]+)( \(\w+\))?:?$", s)
        if m:
            current = m.group(1)
            elems.append([current, ""])
        elif s.startswith('"') and elems:
            elems[-1][1] += s.strip('"')
    return elems


def alt_texts(pdf, tmp):
    """The /Alt strings of a PDF, in file order (qpdf's uncompressed form)."""
    q = os.path.join(tmp, os.path.basename(pdf) + ".qdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, q], check=False)
    data = open(q, "rb").read()
    out = []
    for m in re.finditer(rb"/Alt\s*(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))", data):
        s = m.group(1)
        if s.startswith(b"<"):
            raw = bytes.fromhex(re.sub(rb"\s", b"", s[1:-1]).decode())
            out.append(raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff")
                       else raw.decode("latin-1"))
        else:
            out.append(s[1:-1].decode("latin-1"))
    return out


def images(pdf):
    out = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout
    return len(out.splitlines()[2:])


def check_lo_docx(pdf, headings, ntables, alts, tmp):
    name = os.path.basename(pdf)
    elems = struct_text(pdf)
    got = [(int(e[1:]), t.strip()) for e, t in elems if re.fullmatch(r"H[1-6]", e)]
    want = list(headings)  # every level: the rapporteur's text has level 3 too
    if got != want:
        problem(f"LibreOffice's {name}: headings {got[:4]}... differ from the Word file's "
                f"{want[:4]}... ({len(got)} against {len(want)})")
    n = sum(1 for e, _ in elems if e == "Table")
    if n != ntables:
        problem(f"LibreOffice's {name}: {n} tables, the Word file has {ntables}")
    if images(pdf) != len(alts):
        problem(f"LibreOffice's {name}: {images(pdf)} images, the Word file has {len(alts)}")
    got_alts = alt_texts(pdf, tmp)
    if sorted(got_alts) != sorted(alts):
        problem(f"LibreOffice's {name}: {len(got_alts)} alt texts, the Word file's "
                f"{len(alts)} pictures' differ")


def check_lo_pptx(pdf, titles, alts, tmp):
    name = os.path.basename(pdf)
    elems = struct_text(pdf)
    heads = [e for e, _ in elems if e == "H"]
    if len(heads) != len(titles):
        problem(f"LibreOffice's {name}: {len(heads)} slide titles, the deck has {len(titles)}")
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", out).group(1))
    if pages != len(titles):
        problem(f"LibreOffice's {name}: {pages} pages, the deck has {len(titles)} slides")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    for t in titles:
        if " ".join(t.split()) not in flat:
            problem(f"LibreOffice's {name}: the slide title {t!r} is not shown")
    if images(pdf) != len(alts):
        problem(f"LibreOffice's {name}: {images(pdf)} images, the deck has {len(alts)}")
    if sorted(alt_texts(pdf, tmp)) != sorted(alts):
        problem(f"LibreOffice's {name}: its alt texts differ from the deck's descriptions")


def main():
    run, lo = sys.argv[1], sys.argv[2]
    base = "report" if os.path.exists(os.path.join(run, "report.docx")) else "baseline"
    html_doc = read_html(os.path.join(run, base + ".html"))
    m = re.search(r'<html lang="([a-z]+)', open(os.path.join(run, base + ".html"),
                                                encoding="utf-8").read())
    lang = {"nl": "nl-NL", "en": "en-GB"}[m.group(1)]
    headings, ntables, alts = check_docx(os.path.join(run, base + ".docx"), html_doc, lang)
    if lo != "-":
        check_lo_docx(os.path.join(lo, base + ".pdf"), headings, ntables, alts, lo)
    deck = os.path.join(run, "briefing.pptx")
    if base == "report" and os.path.exists(deck):
        titles, palts = check_pptx(deck)
        # the converted deck is named after the pptx: briefing.pdf in LO_DIR
        if lo != "-":
            check_lo_pptx(os.path.join(lo, "briefing.pdf"), titles, palts, lo)
    for p in PROBLEMS:
        print(p)
    if not PROBLEMS:
        print(f"OK {base}: {len(headings)} headings, {ntables} tables, {len(alts)} pictures")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
