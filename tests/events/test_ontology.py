import shutil
from importlib import resources
from pathlib import Path

import pytest

from eventwire.errors import InputError, NotFound
from eventwire.events import load_ontology
from eventwire.records import QuadClass

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"]
ROOTS = [f"{r:02d}" for r in range(1, 21)]


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the packaged data files, for tests that break them."""
    packaged = resources.files("eventwire.events").joinpath("data")
    for name in ("plover.yaml", "cameo.tsv", "cameo_plover.tsv"):
        with resources.as_file(packaged.joinpath(name)) as path:
            shutil.copy(path, tmp_path / name)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}: the test's premise changed"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_ontology_has_311_cameo_codes(ontology):
    assert len(ontology.cameo_codes) == 311
    assert len({c.code for c in ontology.cameo_codes}) == 311


def test_ontology_has_the_16_plover_types_in_order(ontology):
    assert [t.name for t in ontology.plover_types] == PLOVER_TYPES


@pytest.mark.parametrize(("name", "quad"), [
    ("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 1), ("CONCEDE", 1),
    ("COOPERATE", 2), ("AID", 2), ("RETREAT", 2),
    ("REQUEST", 3), ("ACCUSE", 3), ("REJECT", 3), ("THREATEN", 3),
    ("PROTEST", 4), ("SANCTION", 4), ("MOBILIZE", 4), ("COERCE", 4), ("ASSAULT", 4),
])
def test_ontology_plover_quad_class(ontology, name, quad):
    assert ontology.current_plover(name).quad_class == QuadClass(quad)


@pytest.mark.parametrize("name", PLOVER_TYPES)
def test_ontology_plover_type_has_a_definition(ontology, name):
    assert ontology.current_plover(name).definition.strip()


@pytest.mark.parametrize("name", PLOVER_TYPES)
def test_ontology_every_plover_type_has_some_cameo_code(ontology, name):
    mapped = {ontology.plover_for(c.code) for c in ontology.cameo_codes} - {None}
    assert name in {m.plover.name for m in mapped}


@pytest.mark.parametrize(("name", "modes"), [
    ("CONSULT", {"visit", "third-party", "multilateral", "phone"}),
    ("REQUEST", {"assist", "change", "yield", "meet"}),
    ("REJECT", {"assist", "change", "yield", "meet"}),
    ("ACCUSE", {"disapprove", "investigate", "allege"}),
    ("AGREE", set()),
])
def test_ontology_plover_modes(ontology, name, modes):
    assert set(ontology.current_plover(name).modes) == modes


@pytest.mark.parametrize(("code", "name", "root"), [
    ("042", "Make a visit", "04"),
    ("1211", "Reject economic cooperation", "12"),
    ("0874", "Retreat or surrender militarily", "08"),
    ("20", "USE UNCONVENTIONAL MASS VIOLENCE", "20"),
])
def test_ontology_cameo_name_and_root(ontology, code, name, root):
    cameo = ontology.cameo(code)
    assert (cameo.code, cameo.name, cameo.root) == (code, name, root)


@pytest.mark.parametrize(("code", "score"), [
    ("190", -10.0), ("042", 1.9), ("1211", -4.0), ("0874", 10.0), ("01", 0.0),
])
def test_ontology_goldstein(ontology, code, score):
    assert ontology.goldstein(code) == score


@pytest.mark.parametrize(("root", "quad"), [
    *[(r, 1) for r in ROOTS[0:5]], *[(r, 2) for r in ROOTS[5:8]],
    *[(r, 3) for r in ROOTS[8:13]], *[(r, 4) for r in ROOTS[13:20]],
])
def test_ontology_quad_class_of_root(ontology, root, quad):
    assert ontology.quad_class(root) == QuadClass(quad)


@pytest.mark.parametrize("code", ["0211", "1125", "2042", "0874"])
def test_ontology_quad_class_follows_root(ontology, code):
    assert ontology.quad_class(code) == ontology.quad_class(code[:2])


@pytest.mark.parametrize("root", ROOTS[1:])
def test_ontology_cameo_root_maps_to_plover(ontology, root):
    assert ontology.plover_for(root).plover.name in PLOVER_TYPES


@pytest.mark.parametrize("code", ["01", "010", "016", "019"])
def test_ontology_statements_have_no_plover_type(ontology, code):
    assert ontology.plover_for(code) is None


@pytest.mark.parametrize(("code", "plover", "mode"), [
    ("042", "CONSULT", "visit"), ("1211", "REJECT", "assist"), ("0841", "RETREAT", "release"),
    ("08", "CONCEDE", None), ("083", "CONCEDE", None), ("163", "COERCE", "restrict"),
    ("1712", "ASSAULT", "seize"), ("195", "ASSAULT", "heavy-weapons"), ("106", "REQUEST", "meet"),
])
def test_ontology_plover_for_own_row(ontology, code, plover, mode):
    mapping = ontology.plover_for(code)
    assert (mapping.plover.name, mapping.mode, mapping.cameo) == (plover, mode, code)


def test_ontology_plover_for_keeps_context(ontology):
    assert ontology.plover_for("1124").context == ("military", "legal")


@pytest.mark.parametrize("code", ["02", "021", "0211", "028"])
def test_ontology_appeals_fall_back_to_root_02(ontology, code):
    mapping = ontology.plover_for(code)
    assert (mapping.plover.name, mapping.cameo, mapping.source) == ("REQUEST", "02", "eventwire")


@pytest.mark.parametrize(("removed", "matched", "plover"), [
    (["0841"], "084", "RETREAT"),
    (["0841", "084"], "08", "CONCEDE"),
])
def test_ontology_plover_for_falls_back_to_parent(data_dir, removed, matched, plover):
    path = data_dir / "cameo_plover.tsv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if line.split("\t")[0] not in removed]
    assert len(kept) == len(lines) - len(removed)
    path.write_text("".join(kept), encoding="utf-8")
    mapping = load_ontology(data_dir).plover_for("0841")
    assert (mapping.cameo, mapping.plover.name) == (matched, plover)


@pytest.mark.parametrize(("name", "current"), [
    ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"),
    ("FIGHT", "ASSAULT"), ("ASSAULT", "ASSAULT"), ("REQUEST", "REQUEST"), ("demand", "REQUEST"),
])
def test_ontology_current_plover_maps_old_names(ontology, name, current):
    assert ontology.current_plover(name).name == current


@pytest.mark.parametrize("name", ["CRIME", "YIELD", ""])
def test_ontology_current_plover_unknown_name(ontology, name):
    with pytest.raises(NotFound, match="unknown PLOVER type"):
        ontology.current_plover(name)


@pytest.mark.parametrize(("given", "code"), [("042", "042"), (" 042 ", "042"), ("10", "10"),
                                             ("010", "010")])
def test_ontology_cameo_code_taken_literally(ontology, given, code):
    assert ontology.cameo(given).code == code


@pytest.mark.parametrize(("given", "hint"), [("42", "'042'"), ("211", "'0211'")])
def test_ontology_cameo_code_without_leading_zero_suggests_it(ontology, given, hint):
    with pytest.raises(NotFound, match=hint):
        ontology.cameo(given)


@pytest.mark.parametrize("given", ["999", "0999", "21"])
def test_ontology_cameo_unknown_code(ontology, given):
    with pytest.raises(NotFound, match="unknown CAMEO code"):
        ontology.plover_for(given)


@pytest.mark.parametrize("given", [42, "4a2", "0", "12345", "", None])
def test_ontology_cameo_malformed_code(ontology, given):
    with pytest.raises(InputError, match="2-4 digits"):
        ontology.goldstein(given)


def test_ontology_packaged_load_is_cached():
    assert load_ontology() is load_ontology()


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("cameo.tsv", "042\tMake a visit", "043\tMake a visit", "duplicate CAMEO code 043"),
    ("cameo.tsv", "\t04\t1.9\t1", "\t04\t19.0\t1", "outside -10..10"),
    ("cameo.tsv", "\t04\t1.9\t1", "\t04\tsome\t1", "bad Goldstein score"),
    ("cameo.tsv", "code\tname", "cameo\tname", "header must be"),
    ("cameo_plover.tsv", "042\tCONSULT\tvisit", "041\tCONSULT\tvisit",
     "duplicate CAMEO code 041"),
    ("cameo_plover.tsv", "042\tCONSULT", "042\tCONFER", "unknown PLOVER type 'CONFER'"),
    ("cameo_plover.tsv", "042\tCONSULT\tvisit", "042\tCONSULT\thost", "mode 'host'"),
    ("cameo_plover.tsv", "042\tCONSULT", "0429\tCONSULT", "unknown CAMEO code '0429'"),
    ("cameo_plover.tsv", "05\tSUPPORT", "050\tSUPPORT", "duplicate CAMEO code 050"),
    ("cameo_plover.tsv", "042\tCONSULT\tvisit\t", "042\tCONSULT\tvisit ", "expected 5"),
    ("plover.yaml", "DEMAND: REQUEST", "DEMAND: ORDER", "unknown PLOVER type ORDER"),
    ("plover.yaml", "- name: AID", "- name: AGREE", "AGREE is listed twice"),
    ("plover.yaml", "\ntypes:", "\nkinds:", "not a valid PLOVER type file"),
])
def test_ontology_rejects_broken_data(data_dir, file, old, new, message):
    edit(data_dir / file, old, new)
    with pytest.raises(InputError, match=message) as info:
        load_ontology(data_dir)
    assert file in str(info.value)


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("cameo_plover.tsv", "05\tSUPPORT\t\t\tCAMEO2PLOVER-2021\n", "", "root 05 has no PLOVER row"),
    ("plover.yaml", 'dropped_cameo_roots: ["01"]', "dropped_cameo_roots: []",
     "root 01 has no PLOVER row"),
    ("plover.yaml", 'dropped_cameo_roots: ["01"]', 'dropped_cameo_roots: ["01", "02"]',
     "root 02 both maps and is dropped"),
])
def test_ontology_root_must_map_or_be_dropped(data_dir, file, old, new, message):
    edit(data_dir / file, old, new)
    with pytest.raises(InputError, match=message):
        load_ontology(data_dir)


def test_ontology_missing_file_is_rejected(data_dir):
    (data_dir / "cameo.tsv").unlink()
    with pytest.raises(InputError, match=r"cameo\.tsv: cannot read"):
        load_ontology(data_dir)


def test_ontology_missing_data_dir(tmp_path):
    with pytest.raises(NotFound, match="no such ontology directory"):
        load_ontology(tmp_path / "absent")


def test_ontology_loads_an_intact_copy(data_dir):
    assert len(load_ontology(data_dir).cameo_codes) == 311
