"""The plain objects every stage after loading reads (`cchc.model.domain`) are their models'
values: the same fields, by name, in order, with the same defaults, and a file read afresh
gives the objects the files' cache gives back."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from pydantic import BaseModel

from cchc.load.schema import DOMAIN, plain
from cchc.model import config, domain, plan, units
from cchc.model.deadlines import parse_deadline
from cchc.pipeline import load

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo"


@pytest.mark.parametrize("model", list(DOMAIN), ids=lambda m: m.__name__)
def test_a_plain_class_has_its_models_fields_and_defaults(model: type[BaseModel]) -> None:
    made = DOMAIN[model]
    assert issubclass(made, domain.Plain)
    assert made.__name__ == model.__name__ and made.__module__ == "cchc.model.domain"
    assert made._fields == tuple(model.model_fields)
    required = {n for n, f in model.model_fields.items() if f.is_required()}
    assert set(made._defaults) == set(made._fields) - required
    for name, default in made._defaults.items():
        given = model.model_fields[name]
        assert given.default_factory is None and type(default) is type(given.default), name
        assert default == given.default, name


def test_every_plain_class_is_made_from_its_model() -> None:
    """Every class of cchc.model.domain has its model (and no model is left unmade)."""
    classes = {v for v in vars(domain).values() if isinstance(v, type)
               and issubclass(v, domain.Plain) and v is not domain.Plain}
    assert classes == set(DOMAIN.values())


def test_a_plain_object_behaves_as_a_frozen_keyword_only_dataclass() -> None:
    """What `@dataclass(frozen=True, kw_only=True)` would give, held on one class."""
    due = parse_deadline("2023-03")
    task = domain.Task(id="1", lead=("a",), due=due, note="x")
    same = domain.Task(note="x", due=due, lead=("a",), id="1")
    assert task == same and hash(task) == hash(same) and task is not same
    assert task != domain.Task(id="1", lead=("a",), due=due) and task != ("1",)
    assert (task.section, task.support, task.note) == (None, (), "x")
    assert repr(task) == ("Task(id='1', section=None, title=None, text=None, lead=('a',), "
                          f"support=(), due={due!r}, indicators=(), note='x')")
    assert pickle.loads(pickle.dumps(task)) == task
    assert len({task, same, pickle.loads(pickle.dumps(same))}) == 1
    with pytest.raises(AttributeError):
        task.note = "y"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del task.note  # type: ignore[misc]
    with pytest.raises(TypeError, match="'due'"):
        domain.Task(id="1", lead=())  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'lede'"):
        domain.Task(id="1", lead=(), due=due, lede=())  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        domain.Section("1")  # type: ignore[misc]


def test_a_model_is_made_into_its_plain_object_nested_ones_too() -> None:
    task = {"id": "1.1", "lead": "so-noi-vu", "due": "quý I năm 2023", "title": "Rà soát",
            "support": ["a", "b"]}
    p = plan.Plan.model_validate({
        "period": 2023, "number": "12/KH-UBND", "sections": [{"id": "1", "title": "Một"}],
        "tasks": [task], "indicators": [{"id": "ty-le", "target": "không dưới 95%",
                                         "owner": "so-noi-vu"}]})
    made = plain(p)
    assert type(made) is domain.Plan
    assert (made.span.start.isoformat(), made.span.end.isoformat()) == ("2023-01-01",
                                                                        "2023-12-31")
    assert type(made.period) is domain.PeriodRange
    assert [type(x) for x in (*made.sections, *made.tasks, *made.indicators)] == [
        domain.Section, domain.Task, domain.Indicator]
    t = made.tasks[0]
    assert (t.id, t.lead, t.support, t.title, t.due) == (
        "1.1", ("so-noi-vu",), ("a", "b"), "Rà soát", p.tasks[0].due)
    assert made.indicators[0].target.op == ">=" and made.indicators[0].target.number == 95
    c = plain(config.Config.model_validate({"language": "vi", "letterhead": {"office": "X"}}))
    assert c == domain.Config(language="vi", letterhead=domain.Letterhead(office="X"))
    u = plain(units.Unit.model_validate({"id": "a", "name": "A", "kind": "ward"}))
    assert u == domain.Unit(id="a", name="A", kind="ward")
    with pytest.raises(AttributeError):
        u.name = "B"  # type: ignore[misc]


def test_the_cache_gives_back_the_plain_objects_a_fresh_read_makes(tmp_path: Path) -> None:
    fresh = load(DEMO)
    load(DEMO, tmp_path)
    warm = load(DEMO, tmp_path)
    for loaded in (fresh, warm):
        repo = loaded.repo
        assert type(repo.config) is domain.Config
        assert {type(u.value) for u in repo.units} == {domain.Unit}
        assert {type(g.value) for g in repo.groups} == {domain.Group}
        for pd in repo.plans.values():
            assert type(pd.plan) is domain.Plan
            assert all(type(t.value) is domain.Task for t in pd.tasks)
            assert [t.value for t in pd.tasks] == list(pd.plan.tasks)
    assert warm.repo.config == fresh.repo.config
    assert [u.value for u in warm.repo.units] == [u.value for u in fresh.repo.units]
    assert [g.value for g in warm.repo.groups] == [g.value for g in fresh.repo.groups]
    assert {h: p.plan for h, p in warm.repo.plans.items()} == {
        h: p.plan for h, p in fresh.repo.plans.items()}
