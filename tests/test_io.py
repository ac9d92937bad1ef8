from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mttq.codes import Level, Rating
from mttq.errors import DataError, InvalidValueError, MttqError, Problem
from mttq.io import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    converter,
    dump,
    dumps,
    from_data,
    json_schema,
    load,
    loads,
    make_converter,
    to_data,
)


@attrs.frozen(kw_only=True)
class Member:
    code: str
    joined: date | None = None


@attrs.frozen(kw_only=True)
class Fixed:
    order: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Elected:
    votes: dict[str, int]


def _positive(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if value < 0:
        raise InvalidValueError(attribute.name, value, "must not be negative")


@attrs.frozen(kw_only=True)
class Sample:
    name: str
    year: int
    points: Decimal = attrs.field(validator=_positive)
    level: Level
    rating: Rating | None = None
    members: tuple[Member, ...] = ()
    policy: Fixed | Elected
    extra: Fixed | Elected | None = None
    scores: dict[str, Decimal] = attrs.field(factory=dict)
    held: datetime | None = None
    basis: Literal["self", "agreed"] = "agreed"
    flag: bool = False
    pair: tuple[int, str] = (0, "")
    number_or_text: int | str = 0


texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
decimals = st.decimals(
    allow_nan=False, allow_infinity=False, places=3, min_value=0, max_value=10**9
)
members = st.builds(Member, code=texts, joined=st.none() | st.dates())
policies = st.builds(Fixed, order=st.lists(texts, max_size=3).map(tuple)) | st.builds(
    Elected, votes=st.dictionaries(texts, st.integers(0, 100), max_size=3)
)
samples = st.builds(
    Sample,
    name=texts,
    year=st.integers(-(10**6), 10**6),
    points=decimals,
    level=st.sampled_from(Level),
    rating=st.none() | st.sampled_from(Rating),
    members=st.lists(members, max_size=3).map(tuple),
    policy=policies,
    extra=st.none() | policies,
    scores=st.dictionaries(texts, decimals, max_size=3),
    held=st.none() | st.datetimes(),
    basis=st.sampled_from(["self", "agreed"]),
    flag=st.booleans(),
    pair=st.tuples(st.integers(), texts),
    number_or_text=st.integers() | texts,
)


@given(samples)
def test_round_trip_through_data(value: Sample) -> None:
    data = to_data(value)
    assert from_data(data, Sample) == value
    assert from_data(json.loads(json.dumps(data)), Sample) == value


@given(samples)
def test_round_trip_through_json_text(value: Sample) -> None:
    assert loads(dumps(value), Sample) == value


@given(samples)
def test_round_trip_through_toml(value: Sample) -> None:
    # Only a None in a field without a default may block TOML; Sample has none.
    text = dumps(value, format="toml")
    assert loads(text, Sample, format="toml") == value


def test_wire_format_is_stable() -> None:
    value = Sample(
        name="Hội Nông dân tỉnh",
        year=2021,
        points=Decimal("97.50"),
        level=Level.PROVINCE,
        rating=Rating.HTXSNV,
        members=(Member(code="HND", joined=date(2020, 1, 1)),),
        policy=Fixed(order=("HND", "HCCB")),
        held=datetime(2022, 1, 12, 9, 20),
    )
    assert to_data(value) == {
        "name": "Hội Nông dân tỉnh",
        "year": 2021,
        "points": "97.50",
        "level": "province",
        "rating": "htxsnv",
        "members": [{"code": "HND", "joined": "2020-01-01"}],
        "policy": {"type": "Fixed", "order": ["HND", "HCCB"]},
        "extra": None,
        "scores": {},
        "held": "2022-01-12T09:20:00",
        "basis": "agreed",
        "flag": False,
        "pair": [0, ""],
        "number_or_text": 0,
    }
    assert type(to_data(Level.PROVINCE)) is str


MINIMAL = {
    "name": "x",
    "year": 2021,
    "points": "1",
    "level": "province",
    "policy": {"type": "Fixed", "order": []},
}


def problems_of(data: object) -> list[tuple[str, str]]:
    with pytest.raises(DataError) as info:
        from_data(data, Sample)
    return [(p.path, p.message) for p in info.value.problems]


@pytest.mark.parametrize(
    ("patch", "path", "fragment"),
    [
        ({"year": "2021"}, "$.year", "expected an integer"),
        ({"year": True}, "$.year", "expected an integer"),
        ({"year": 2021.5}, "$.year", "expected an integer"),
        ({"name": 5}, "$.name", "expected a string"),
        ({"points": 1.5}, "$.points", "floats are not exact"),
        ({"points": "NaN"}, "$.points", "decimal"),
        ({"points": "1e999999999"}, "$.points", "decimal"),
        ({"points": "-1"}, "$.points", "must not be negative"),
        ({"members": [{"code": "a"}], "points": "-2"}, "$.points", "invalid points"),
        ({"points": [1]}, "$.points", "expected a decimal"),
        ({"level": "tinh"}, "$.level", "expected one of"),
        ({"members": "HND"}, "$.members", "expected a list"),
        ({"members": [{"code": "a"}, {"code": 3}]}, "$.members[1].code", "expected a string"),
        ({"members": [{"code": "a", "x": 1}]}, "$.members[0]", "unknown key 'x'"),
        ({"members": [None]}, "$.members[0]", "expected an object"),
        ({"members": [{"code": "a", "joined": "12/01/2022"}]}, "$.members[0].joined", "YYYY-MM-DD"),
        ({"policy": {"type": "Other"}}, "$.policy", "one of 'Fixed', 'Elected'"),
        ({"policy": {"order": []}}, "$.policy", "one of 'Fixed', 'Elected'"),
        ({"policy": "Fixed"}, "$.policy", "expected an object"),
        ({"policy": {"type": "Elected", "votes": {"a": "1"}}}, "$.policy.votes['a']", "integer"),
        ({"scores": []}, "$.scores", "expected an object"),
        ({"held": "yesterday"}, "$.held", "date and time"),
        ({"basis": "cross"}, "$.basis", ""),
        ({"flag": "yes"}, "$.flag", "true or false"),
        ({"pair": [1]}, "$.pair", ""),
        ({"number_or_text": 1.5}, "$.number_or_text", "int or str"),
        ({"colour": "red"}, "$", "unknown key 'colour'"),
    ],
)
def test_bad_fields_are_reported_with_their_path(
    patch: dict[str, object], path: str, fragment: str
) -> None:
    found = problems_of({**MINIMAL, **patch})
    assert any(p == path and fragment in m for p, m in found), found


def test_missing_keys_and_wrong_roots() -> None:
    found = problems_of({"name": "x"})
    assert ("$.year", "required key is missing") in found
    assert ("$.policy", "required key is missing") in found
    assert problems_of(None)[0][0] == "$"
    assert problems_of([1, 2])[0][0] == "$"


def test_every_problem_is_reported_at_once() -> None:
    found = problems_of({**MINIMAL, "year": "x", "name": 1, "members": [{"code": 1}]})
    assert {p for p, _ in found} == {"$.year", "$.name", "$.members[0].code"}


def test_deep_nesting_is_a_data_error() -> None:
    deep: object = []
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    assert "nested deeper" in problems_of(deep)[0][1]
    with pytest.raises(DataError, match="nested"):
        loads("[" * 100_000 + "]" * 100_000, Sample)
    with pytest.raises(DataError):
        loads("a = " + "[" * 100_000, Sample, format="toml")


def test_text_errors() -> None:
    with pytest.raises(DataError, match="not valid JSON"):
        loads('{"name": ', Sample)
    with pytest.raises(DataError, match="not valid TOML"):
        loads("name = ", Sample, format="toml")
    with pytest.raises(DataError, match="NaN"):
        loads('{"points": NaN}', Sample)
    with pytest.raises(DataError, match="duplicate key 'name'"):
        loads('{"name": "a", "name": "b"}', Sample)
    with pytest.raises(InvalidValueError):
        loads(b"{}", Sample)  # type: ignore[call-overload]
    with pytest.raises(InvalidValueError):
        loads("{}", Sample, format="yaml")  # type: ignore[call-overload]
    with pytest.raises(DataError, match="over the limit"):
        loads(" " * (MAX_FILE_BYTES + 1), Sample)


def test_json_numbers_are_read_exactly() -> None:
    value = loads(json.dumps({**MINIMAL, "points": 0.1}).replace('"1"', "0.3"), Sample)
    assert value.points == Decimal("0.1")
    toml = loads(
        'name = "x"\nyear = 1\npoints = 0.3\nlevel = "commune"\n'
        '[policy]\ntype = "Fixed"\norder = []\n',
        Sample,
        format="toml",
    )
    assert toml.points == Decimal("0.3")


def test_files(tmp_path: Path) -> None:
    value = Sample(
        name="Khối thi đua",
        year=2024,
        points=Decimal("0.3"),
        level=Level.COMMUNE,
        policy=Elected(votes={"HND": 9}),
    )
    for suffix in (".json", ".toml"):
        path = tmp_path / f"sample{suffix}"
        dump(value, path)
        assert load(path, Sample) == value
        assert load(str(path), Sample) == value
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + dumps(value).encode())
    assert load(tmp_path / "bom.json", Sample) == value


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**MINIMAL, "year": "x"}), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load(bad, Sample)
    assert str(info.value).startswith(f"{bad}: $.year: expected an integer")
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"name": "H\xe0 N\xf4i"}')
    with pytest.raises(DataError, match="not UTF-8"):
        load(latin, Sample)
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(DataError, match="over the limit"):
        load(big, Sample)
    with pytest.raises(DataError, match="cannot read"):
        load(tmp_path / "missing.json", Sample)
    with pytest.raises(InvalidValueError, match=r"\.json or \.toml"):
        load(tmp_path / "data.yaml", Sample)
    truncated = tmp_path / "truncated.toml"
    truncated.write_text('name = "x"\nyear = ', encoding="utf-8")
    with pytest.raises(DataError, match=r"truncated.toml: \$: not valid TOML"):
        load(truncated, Sample)
    with pytest.raises(InvalidValueError):
        dump(Member(code="x"), tmp_path / "x.txt")
    with pytest.raises(InvalidValueError, match="cannot write"):
        dump(Member(code="x"), tmp_path / "no" / "such" / "dir.json")
    with pytest.raises(InvalidValueError):
        load(bad, Sample, format="xml")  # type: ignore[call-overload]


@attrs.frozen(kw_only=True)
class NeedsNull:
    deputy: str | None


def test_nullable_keys_may_be_left_out() -> None:
    assert dumps(NeedsNull(deputy=None), format="toml") == "\n"
    assert loads(dumps(NeedsNull(deputy=None), format="toml"), NeedsNull, format="toml") == (
        NeedsNull(deputy=None)
    )
    assert from_data({}, NeedsNull) == NeedsNull(deputy=None)
    assert "required" not in json_schema(NeedsNull)["$defs"]["NeedsNull"] or (
        json_schema(NeedsNull)["$defs"]["NeedsNull"]["required"] == []
    )


@attrs.frozen(kw_only=True)
class Slots:
    items: tuple[str | None, ...]


def test_toml_refuses_what_it_cannot_hold() -> None:
    with pytest.raises(InvalidValueError, match="TOML"):
        dumps(Slots(items=("a", None)), format="toml")
    assert loads(dumps(NeedsNull(deputy=None)), NeedsNull) == NeedsNull(deputy=None)
    with pytest.raises(InvalidValueError, match="only an object"):
        dumps(Level.PROVINCE, format="toml")
    with pytest.raises(InvalidValueError):
        dumps(Member(code="x"), format="csv")  # type: ignore[arg-type]


def test_toml_keys_are_quoted_when_needed() -> None:
    value = Elected(votes={"Hội Nông dân": 3, "a b": 1})
    text = dumps(value, format="toml")
    assert '"Hội Nông dân" = 3' in text
    assert loads(text, Elected, format="toml") == value


def test_tagged_union_at_the_top_level() -> None:
    data = to_data(Fixed(order=("a",)), as_type=Fixed | Elected)
    assert data == {"type": "Fixed", "order": ["a"]}
    assert from_data(data, Fixed | Elected) == Fixed(order=("a",))


def test_make_converter_returns_independent_values() -> None:
    a, b = make_converter(), make_converter()
    assert a is not b
    assert a is not converter
    a.register_unstructure_hook(Member, lambda m: m.code)
    assert to_data(Member(code="x")) == {"code": "x", "joined": None}


def test_json_schema_describes_every_field() -> None:
    schema = json_schema(Sample)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["$ref"] == "#/$defs/Sample"
    sample = schema["$defs"]["Sample"]
    assert sample["additionalProperties"] is False
    assert set(sample["required"]) == {"name", "year", "points", "level", "policy"}
    props = sample["properties"]
    assert props["year"] == {"type": "integer"}
    assert props["level"]["enum"] == ["central", "province", "district", "commune"]
    assert props["members"]["items"] == {"$ref": "#/$defs/Member"}
    assert props["policy"] == {
        "oneOf": [{"$ref": "#/$defs/FixedTagged"}, {"$ref": "#/$defs/ElectedTagged"}]
    }
    assert schema["$defs"]["FixedTagged"]["properties"]["type"] == {"const": "Fixed"}
    assert props["basis"]["enum"] == ["self", "agreed"]
    assert props["basis"]["default"] == "agreed"
    assert props["scores"]["default"] == {}
    assert props["pair"]["prefixItems"] == [{"type": "integer"}, {"type": "string"}]
    assert props["held"]["anyOf"][0] == {"type": "string", "format": "date-time"}
    assert {"type": "null"} in props["extra"]["oneOf"]
    assert json.loads(json.dumps(schema)) == schema
    assert json_schema(Problem)["$defs"]["Problem"]["description"].startswith("One problem")


def test_json_schema_refuses_what_it_cannot_describe() -> None:
    with pytest.raises(InvalidValueError):
        json_schema(complex)
    assert json_schema(list[int])["items"] == {"type": "integer"}


def test_to_data_of_a_cycle_is_an_error() -> None:
    cycle: list[object] = []
    cycle.append(cycle)
    with pytest.raises(MttqError):
        to_data(cycle)


def test_what_cannot_be_written_is_an_mttq_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError):
        dumps(object())
    with pytest.raises(InvalidValueError):
        dumps({1: 2}, format="toml")
    with pytest.raises(InvalidValueError):
        dumps({"a": {1: 2}}, format="toml")
    with pytest.raises(InvalidValueError):
        load(None, Member)  # type: ignore[call-overload]
    with pytest.raises(InvalidValueError):
        dump(Member(code="x"), None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        json_schema(Member(code="x"))


@attrs.frozen(kw_only=True)
class Sheet:
    unit: str
    scores: dict[str, int] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        for key, value in self.scores.items():
            if value > 10:
                raise InvalidValueError(("scores", key), value, "over the maximum 10")
        if self.unit == "nobody":
            raise InvalidValueError(("not", "a", "field"), self.unit, "is not a member")


@attrs.frozen(kw_only=True)
class Sheets:
    sheets: tuple[Sheet, ...]


def test_a_class_refusing_itself_is_placed_at_its_where() -> None:
    data = {"sheets": [{"unit": "a"}, {"unit": "b"}, {"unit": "c", "scores": {"1": 3, "2.1": 11}}]}
    with pytest.raises(DataError) as info:
        from_data(data, Sheets)
    assert [p.path for p in info.value.problems] == ['$.sheets[2].scores["2.1"]']
    assert "over the maximum 10" in info.value.problems[0].message


def test_a_where_that_names_no_key_stays_at_the_class() -> None:
    with pytest.raises(DataError) as info:
        from_data({"sheets": [{"unit": "nobody"}]}, Sheets)
    assert [p.path for p in info.value.problems] == ["$.sheets[0]"]
    with pytest.raises(DataError) as info:
        from_data({"unit": "a", "scores": {"x": 12}}, Sheet)
    assert [p.path for p in info.value.problems] == ["$.scores.x"]
