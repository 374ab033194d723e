#!/usr/bin/python3
"""A subset of the Matterhorn Protocol 1.1 (PDF/UA-1 failure conditions a machine can test)
and the identification part of PDF/A-2a, on pikepdf (Debian's python3-pikepdf).

Usage: matterhorn.py FILE.pdf...   Prints every failure as "FILE: CHECKPOINT: what", then one
line per file with the number of checks and failures; exits 1 when anything failed, 2 when a
file cannot be read. The checkpoints covered are listed in tests/README.md.
"""
import re
import sys

import pikepdf

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference
BibEntry Code Link Annot Ruby Warichu RB RT RP WT WP Figure Formula Form""".split())
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Tj", "TJ", "'", '"', "Do", "sh",
         "INLINE IMAGE"}
# ISO 32000-1 Table 337 and 336: which kids each grouping element may have
KIDS = {"Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
        "THead": {"TR"}, "TBody": {"TR"}, "TFoot": {"TR"},
        "TR": {"TH", "TD"}, "L": {"LI", "Caption", "L"}, "LI": {"Lbl", "LBody"},
        "TOC": {"TOCI", "TOC", "Caption"}, "TOCI": {"Lbl", "Reference", "NonStruct", "P", "TOC",
                                                   "Link"}}
PARENTS = {"TR": {"Table", "THead", "TBody", "TFoot"}, "TH": {"TR"}, "TD": {"TR"},
           "LI": {"L"}, "Lbl": {"LI", "TOCI", "BibEntry", "Note"}, "LBody": {"LI"},
           "TOCI": {"TOC"}}


class Checker:
    def __init__(self, path):
        self.path = path
        self.failures = []
        self.checks = 0

    def check(self, ok, checkpoint, what):
        self.checks += 1
        if not ok:
            self.failures.append(f"{checkpoint}: {what}")
        return ok


def name(o):
    return str(o)[1:] if isinstance(o, pikepdf.Name) else None


def walk(elem, parent, out, depth=0):
    """The structure elements in document order, with their parent's type."""
    if depth > 200 or not isinstance(elem, pikepdf.Dictionary):
        return
    s = name(elem.get("/S"))
    if s is not None:
        out.append((s, parent, elem))
    kids = elem.get("/K")
    if kids is None:
        return
    kids = kids if isinstance(kids, pikepdf.Array) else [kids]
    for k in kids:
        if isinstance(k, pikepdf.Dictionary) and "/S" in k:
            walk(k, s, out, depth + 1)


def content(c, pdf):
    """Checkpoint 01: every painting operator in a marked sequence, Artifacts and tagged
    content never nested in each other."""
    for n, page in enumerate(pdf.pages, 1):
        stack, untagged, art_in_tag, tag_in_art = [], 0, 0, 0
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                tag = name(operands[0])
                mcid = op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and \
                    "/MCID" in operands[1]
                kind = "art" if tag == "Artifact" else "tag" if mcid else "other"
                inside = [k for k in stack if k != "other"]
                if kind == "art" and "tag" in inside:
                    art_in_tag += 1
                if kind == "tag" and "art" in inside:
                    tag_in_art += 1
                stack.append(kind)
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINT and not any(k in ("art", "tag") for k in stack):
                untagged += 1
        c.check(art_in_tag == 0, "01-003", f"page {n}: {art_in_tag} Artifacts inside tagged content")
        c.check(tag_in_art == 0, "01-004", f"page {n}: {tag_in_art} tagged sequences inside Artifacts")
        c.check(untagged == 0, "01-005",
                f"page {n}: {untagged} painting operators neither tagged nor Artifact")


def structure(c, pdf, root):
    mark = root.get("/MarkInfo")
    c.check(isinstance(mark, pikepdf.Dictionary) and bool(mark.get("/Marked")), "01-001",
            "/MarkInfo << /Marked true >> missing (the file does not say it is tagged)")
    c.check(not (isinstance(mark, pikepdf.Dictionary) and bool(mark.get("/Suspects"))),
            "01-007", "/Suspects is true")
    tree = root.get("/StructTreeRoot")
    if not c.check(isinstance(tree, pikepdf.Dictionary), "01-005", "no structure tree"):
        return []
    rolemap = tree.get("/RoleMap") or {}
    for k, v in dict(rolemap).items():
        c.check(k[1:] not in STANDARD, "02-004", f"standard type {k} is remapped")
        seen, t = set(), k[1:]
        while t not in STANDARD and t not in seen:
            seen.add(t)
            t = name(rolemap.get("/" + t)) or t
        c.check(t in STANDARD, "02-001", f"{k} maps to no standard type")
    elems = []
    walk(tree, None, elems)
    for s, parent, e in elems:
        std = s if s in STANDARD else name(rolemap.get("/" + s))
        c.check(std in STANDARD, "01-006", f"structure type /{s} is neither standard nor mapped")
        if std in PARENTS and parent is not None:
            c.check(parent in PARENTS[std], "09-004" if std in ("TR", "TH", "TD") else
                    "09-005" if std in ("LI", "Lbl", "LBody") else "09-006",
                    f"/{s} inside /{parent}")
        if std in KIDS:
            kids = [k for k in (e.get("/K") if isinstance(e.get("/K"), pikepdf.Array)
                                else [e.get("/K")]) if isinstance(k, pikepdf.Dictionary)
                    and "/S" in k]
            for k in kids:
                ks = name(k.S)
                c.check(ks in KIDS[std], "09-004" if std in ("Table", "TR", "THead", "TBody",
                                                             "TFoot") else
                        "09-005" if std in ("L", "LI") else "09-006",
                        f"/{ks} inside /{s}")
        if std == "Figure":
            alt = e.get("/Alt")
            c.check(alt is not None and str(alt).strip() != "", "13-004",
                    "a Figure without alternative text")
        if std == "TH":
            attrs = e.get("/A")
            attrs = attrs if isinstance(attrs, pikepdf.Array) else [attrs]
            scope = any(isinstance(a, pikepdf.Dictionary) and "/Scope" in a for a in attrs)
            c.check(scope or "/ID" in e, "15-003", "a TH without /Scope (and no Headers/IDs)")
        if std == "Caption":
            c.check(parent in ("Table", "Figure", "L", "TOC", "Formula"), "09-004",
                    f"a Caption inside /{parent}, not in the Table or Figure it captions")
    heads = [int(s[1]) for s, _, _ in elems if re.fullmatch(r"H[1-6]", s)]
    if heads:
        c.check(heads[0] == 1, "14-002", f"the first heading is H{heads[0]}, not H1")
        for a, b in zip(heads, heads[1:]):
            c.check(b <= a + 1, "14-003", f"heading levels skipped: H{a} then H{b}")
    return elems


def metadata(c, pdf, root):
    meta = root.get("/Metadata")
    if not c.check(isinstance(meta, pikepdf.Stream), "06-001", "no XMP metadata stream"):
        return
    c.check("/Filter" not in meta, "PDF/A-2 6.6.2.1", "the metadata stream is filtered")
    xmp = meta.read_bytes().decode("utf-8", "replace")
    c.check(re.search(r"<pdfuaid:part>1</pdfuaid:part>", xmp) is not None, "06-002",
            "no pdfuaid:part 1 in the XMP")
    c.check(re.search(r"<dc:title>.*?\S.*?</dc:title>", xmp, re.S) is not None, "06-003",
            "no dc:title in the XMP")
    c.check("<pdfaid:part>2</pdfaid:part>" in xmp and
            "<pdfaid:conformance>A</pdfaid:conformance>" in xmp, "PDF/A-2 6.6.4",
            "no pdfaid part 2, conformance A")
    c.check("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in xmp, "PDF/A-2 6.6.2.3.3",
            "no extension schema for pdfuaid")
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for key in ("/CreationDate", "/ModDate"):
            v = str(info.get(key, ""))
            c.check(re.fullmatch(r"D:\d{14}(Z|[+-]\d\d'\d\d'?)", v) is not None,
                    "PDF/A-2 6.6.2.3.1", f"Info {key} {v!r} lacks D: or its time zone")
        m = re.search(r"<xmp:CreateDate>(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)", xmp)
        v = str(info.get("/CreationDate", ""))
        c.check(m is not None and v.startswith("D:" + "".join(m.groups())),
                "PDF/A-2 6.6.2.3.1", "Info /CreationDate and xmp:CreateDate differ")
        t = str(info.get("/Title", ""))
        c.check(t != "" and ("<rdf:li xml:lang=\"x-default\">" in xmp), "PDF/A-2 6.6.2.3.1",
                "Info /Title without dc:title")
    intents = root.get("/OutputIntents")
    ok = isinstance(intents, pikepdf.Array) and any(
        isinstance(i, pikepdf.Dictionary) and i.get("/S") == "/GTS_PDFA1" and
        isinstance(i.get("/DestOutputProfile"), pikepdf.Stream) and
        int(i.DestOutputProfile.get("/N", 0)) == 3 for i in intents)
    c.check(ok, "PDF/A-2 6.2.3", "no GTS_PDFA1 output intent with an RGB ICC profile")


def catalog(c, pdf, root):
    vp = root.get("/ViewerPreferences")
    has = isinstance(vp, pikepdf.Dictionary) and "/DisplayDocTitle" in vp
    c.check(has, "07-001", "ViewerPreferences without DisplayDocTitle")
    c.check(not has or bool(vp.DisplayDocTitle), "07-002", "DisplayDocTitle is false")
    lang = root.get("/Lang")
    c.check(lang is not None and re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", str(lang)),
            "11-006", "no /Lang (natural language) in the catalog")
    names = root.get("/Names")
    c.check(not (isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names),
            "PDF/A-2 6.6.1", "JavaScript in the name tree")


def annotations(c, pdf, root):
    tree = root.get("/StructTreeRoot")
    parents = {}
    if isinstance(tree, pikepdf.Dictionary) and isinstance(tree.get("/ParentTree"),
                                                            pikepdf.Dictionary):
        pt = tree.ParentTree
        stack = [pt]
        while stack:
            node = stack.pop()
            nums = node.get("/Nums")
            if isinstance(nums, pikepdf.Array):
                for i in range(0, len(nums) - 1, 2):
                    parents[int(nums[i])] = nums[i + 1]
            for k in node.get("/Kids", []):
                stack.append(k)
    for n, page in enumerate(pdf.pages, 1):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array) or len(annots) == 0:
            continue
        c.check("/Tabs" in page.obj, "28-008", f"page {n} has annotations and no /Tabs")
        c.check(page.obj.get("/Tabs") == "/S", "28-009", f"page {n}: /Tabs is not /S")
        for a in annots:
            sub = name(a.get("/Subtype"))
            if sub in ("Popup",):
                continue
            c.check(int(a.get("/F", 0)) & 4 == 4 and int(a.get("/F", 0)) & 3 == 0,
                    "PDF/A-2 6.3.2", f"page {n}: a /{sub} annotation not set to print")
            if sub == "Link":
                elem = parents.get(int(a.get("/StructParent", -1)))
                c.check(isinstance(elem, pikepdf.Dictionary) and elem.get("/S") == "/Link",
                        "28-011", f"page {n}: a link annotation outside a Link element")
                c.check(str(a.get("/Contents", "")).strip() != "", "28-012",
                        f"page {n}: a link annotation without /Contents")
                c.check("/Dest" in a or "/A" in a, "PDF 32000 12.5.6.5",
                        f"page {n}: a link annotation that leads nowhere")
            elif sub != "Widget":
                c.check(str(a.get("/Contents", "")).strip() != "", "28-004",
                        f"page {n}: a /{sub} annotation without /Contents")


def fonts(c, pdf):
    seen = set()
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
            continue
        key = obj.objgen
        if key in seen:
            continue
        seen.add(key)
        sub = name(obj.get("/Subtype"))
        if sub == "Type3":
            continue
        desc = obj.get("/FontDescriptor")
        if sub != "Type0":
            c.check(isinstance(desc, pikepdf.Dictionary) and any(
                k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), "31",
                f"font {obj.get('/BaseFont')} is not embedded")
        if sub == "Type0":
            c.check("/ToUnicode" in obj, "10-001",
                    f"font {obj.get('/BaseFont')} has no ToUnicode (text cannot be extracted)")
        if sub == "CIDFontType2":
            c.check("/CIDToGIDMap" in obj, "31",
                    f"CIDFontType2 font {obj.get('/BaseFont')} without CIDToGIDMap")


def run(path):
    c = Checker(path)
    try:
        pdf = pikepdf.open(path)
    except Exception as e:  # noqa: BLE001 - any reason the file cannot be read
        print(f"{path}: cannot be read: {e}")
        return None
    root = pdf.Root
    content(c, pdf)
    structure(c, pdf, root)
    metadata(c, pdf, root)
    catalog(c, pdf, root)
    annotations(c, pdf, root)
    fonts(c, pdf)
    for f in c.failures:
        print(f"{path}: {f}")
    print(f"{path}: {c.checks} checks, {len(c.failures)} failures")
    return len(c.failures)


def main():
    bad = 0
    for path in sys.argv[1:]:
        r = run(path)
        if r is None:
            return 2
        bad += r
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
