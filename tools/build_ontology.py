"""Regenerate src/eventwire/events/data/{cameo,cameo_plover}.tsv from ../shared/bench/events.

    .venv/bin/python tools/build_ontology.py

The derivation rules and every correction to the source tables are in
src/eventwire/events/data/README.md.
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT.parent / "shared" / "bench" / "events"
OUT = ROOT / "src" / "eventwire" / "events" / "data"

def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (SRC / name).read_text("utf-8").splitlines()[1:]]


codes = _rows("CAMEO.eventcodes.txt")
gold = dict(_rows("CAMEO.goldsteinscale.txt"))
names = dict(codes)

def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4

head = """\
# CAMEO event codes: code, name, root, Goldstein score, quad class.
#
# Source: the GDELT lookup tables CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt
# (data.gdeltproject.org/data/lookups/, 2013 copy), published by the GDELT Project for open
# use. Names and scores are copied unchanged; codes keep their leading zeros.
# quad_class is derived from the root, as GDELT does: 1 verbal cooperation (01-05),
# 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
# See README.md in this folder.
code\tname\troot\tgoldstein\tquad_class
"""
lines = [f"{c}\t{n}\t{c[:2]}\t{float(gold[c]):.1f}\t{quad(c[:2])}" for c, n in codes]
(OUT / "cameo.tsv").write_text(head + "\n".join(lines) + "\n", "utf-8")

rows, seen = [], set()
for raw in (SRC / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
    m = re.match(r"(\d+):\s*([^#]*)(#.*)?$", raw.strip())
    if not m:
        continue
    code, fields = m.group(1), [f.strip() for f in m.group(2).split(",")]
    fields += [""] * (3 - len(fields))
    plover, mode, context = fields[:3]
    if code in seen:  # "08: RETREAT" (second root header) and the repeated 175
        continue
    if code not in names:  # 1213, 1214: not GDELT CAMEO codes
        continue
    if code == "175":  # the table puts a context in the mode slot
        mode, context = "", "pro_autocracy; military"
    context = "; ".join(c.strip() for c in context.split(";") if c.strip())
    seen.add(code)
    rows.append((code, plover, mode, context, "CAMEO2PLOVER-2021"))
rows.append(("02", "REQUEST", "", "", "eventwire"))
def key(r: list[str]) -> tuple[str, str]:
    return r[0][:2], r[0][2:]

rows.sort(key=key)
head = """\
# CAMEO code -> PLOVER event type, mode and context.
#
# License: CC BY-SA 4.0. Adapted from CAMEO2PLOVER-2021.txt (CAMEO to PLOVER conversion
# table, PLOVER manual draft 0.8, 17 September 2021, edited by Philip Schrodt), Open Event
# Data Alliance, https://github.com/openeventdata/PLOVER, licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/). This file as a whole, including the
# changes below, is distributed under the same license.
#
# Changes from the source (see README.md): whitespace trimmed; the second "08" root header
# (RETREAT) dropped, so root 08 maps to CONCEDE as 080 does; the repeated 175 row kept once,
# with its mode slot "pro_autocracy" moved to context; 1213 and 1214 dropped (not in the
# GDELT CAMEO list); rows sorted by code; the "02 REQUEST" row added by eventwire
# (source = eventwire): CAMEO APPEAL is a request in current PLOVER. CAMEO 01 has no row:
# PLOVER drops public statements (plover.yaml, dropped_cameo_roots).
# Codes without a row take their parent's row (0211 -> 021 -> 02).
# context: "; "-separated PLOVER context names, may be empty; mode may be empty.
cameo\tplover\tmode\tcontext\tsource
"""
(OUT / "cameo_plover.tsv").write_text(head + "\n".join("\t".join(r) for r in rows) + "\n", "utf-8")
print(len(lines), len(rows))
