"""Bodies named in a document → unit and group ids of the repository's registry.

A list such as "Phòng Tài chính-Kế hoạch, Ban Quản lý dự án đầu tư xây dựng thành phố" or
"Các cơ quan, đơn vị, Ủy ban nhân dân các phường, xã" cannot be split at its commas (group
names hold commas), so it is matched word by word against every name and alias of the
registry, written the way documents vary them:

- without regard to case, diacritics (a match with the diacritics as registered is preferred),
  dashes and commas: "Tài chính-Kế hoạch" is "Tài chính - Kế hoạch";
- "Ủy ban nhân dân"/"Uỷ ban nhân dân" is "UBND", "Hội đồng nhân dân" is "HĐND", "thành phố"
  and "TP." are one word; the plural "các"/"những" is ignored, so "UBND các phường, xã" is
  "UBND phường, xã";
- a trailing "thành phố [Tây Ninh]" ("Phòng Nội vụ thành phố"), "liên quan", "thuộc UBND thành
  phố" and "trên địa bàn thành phố" qualify a name without changing it; "Chủ tịch",
  "Thủ trưởng", "Người đứng đầu" before a name stand for the body itself;
- generic words name the nearest group, and say so: "địa phương" is the group of every ward
  and commune, "các đơn vị (liên quan)" the group registered as "các cơ quan, đơn vị".

Of all the ways to read a list, the one that covers the most words wins; then the one with the
fewest liberties taken; then the one with the most names, so that the document's enumeration
is kept ("Các cơ quan, đơn vị, UBND các phường, xã" is two groups, not the one group whose
name is that whole phrase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.importing.vn import fold, nfc
from cchc.model.registry import Registry

_WORD = re.compile(r"\w+(?:&\w+)*|[,;.:/()]")
_STRONG = {";", ".", ":"}
_MULTI = (
    (("uy", "ban", "nhan", "dan"), "ubnd"),
    (("hoi", "dong", "nhan", "dan"), "hdnd"),
    (("thanh", "pho"), "tp"),
)
_DROP = {"cac", "nhung"}
_ROLES = tuple(tuple(r.split()) for r in (
    "chủ tịch", "phó chủ tịch", "thủ trưởng", "người đứng đầu", "lãnh đạo", "giám đốc",
    "trưởng phòng", "tất cả", "toàn bộ", "có", "cùng", "qua"))
_CONJUNCTIONS = {"và", "với"}
_QUALIFIERS = (("co", "lien", "quan"), ("lien", "quan"), ("thuoc", "ubnd", "tp"),
               ("thuoc", "ubnd"), ("tren", "dia", "ban", "tp"), ("tren", "dia", "ban"),
               ("tp",))
# Words that start what a body does: they end the list of bodies before them.
_VERBS = ("thuc hien", "trien khai", "to chuc", "chu tri", "phoi hop", "theo doi", "tham muu",
          "xay dung", "chiu trach nhiem", "co trach nhiem", "bao cao", "kiem tra", "huong dan",
          "can cu", "tong hop", "nhac nho", "don doc", "chi dao", "de ", "cung ", "ra soat",
          "dam bao", "bao dam", "tiep tuc", "tang cuong", "day manh", "phan cong", "gui ",
          "quan ly", "cap nhat", "ban hanh", "nghien cuu", "giam sat", "thuong xuyen",
          "dinh ky", "hang ", "hang", "khan truong", "tap trung", "xem xet", "de xuat")


@dataclass(frozen=True)
class Found:
    """One body of a list: the words as written, and the id they resolve to (None if none)."""

    written: str
    ident: str | None
    how: str = "name"      # name | variant | generic | unresolved
    related: bool = False  # qualified by "liên quan": the nearest group stands for it


@dataclass(frozen=True)
class _Token:
    fold: str
    exact: str
    orig: str
    start: int
    end: int
    sep: str  # the strongest separator before this word: "", ",", ";"


@dataclass(frozen=True)
class _Key:
    ident: str
    exact: tuple[str, ...]
    penalty: int
    how: str


def _raw_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def _normalise(text: str) -> list[_Token]:
    """Words of `text`, normalised, each with the separator before it."""
    text = nfc(text).replace("–", "-").replace("—", "-")
    raw = _raw_tokens(text)
    out: list[_Token] = []
    sep = ""
    depth = 0
    i = 0
    while i < len(raw):
        word, start, end = raw[i]
        if word in "()":
            depth += 1 if word == "(" else -1
            depth = max(depth, 0)
            i += 1
            continue
        if depth:
            i += 1
            continue
        if word == "." and out and out[-1].fold == "tp":
            i += 1  # "TP." is one word
            continue
        if word in ",;.:/":
            if word in _STRONG or sep == "":
                sep = ";" if word in _STRONG else (sep or ",")
            i += 1
            continue
        folded = fold(word)
        replaced = False
        for words, short in _MULTI:
            n = len(words)
            if tuple(fold(w[0]) for w in raw[i:i + n]) == words:
                exact = short if short != "tp" else "tp"
                out.append(_Token(short, exact, word, start, raw[i + n - 1][2], sep))
                i += n
                replaced = True
                break
        if replaced:
            sep = ""
            continue
        if folded in _DROP:
            i += 1
            continue
        if word.lower() in _CONJUNCTIONS:
            sep = sep or ","
            i += 1
            continue
        out.append(_Token(folded, word.lower(), word, start, end, sep))
        sep = ""
        i += 1
    return out


class Resolver:
    """Resolves lists of bodies against one registry (or none: then nothing resolves)."""

    def __init__(self, registry: Registry | None, locality: str = "") -> None:
        self.registry = registry
        self.locality = tuple(t.fold for t in _normalise(locality)) if locality else ()
        self.keys: dict[tuple[str, ...], list[_Key]] = {}
        self.max_len = 1
        if registry is None:
            return
        for unit in registry.units.values():
            for name in (unit.name, *unit.aliases):
                self._add(name, unit.id)
        for group in registry.groups.values():
            self._add(group.name, group.id)
        self._add_generic(registry)

    # --- the keys ---

    def _put(self, words: tuple[str, ...], exact: tuple[str, ...], key: _Key) -> None:
        if not words:
            return
        self.keys.setdefault(words, []).append(
            _Key(key.ident, exact, key.penalty, key.how))
        self.max_len = max(self.max_len, len(words))

    def _add(self, name: str, ident: str, penalty: int = 0, how: str = "name") -> None:
        tokens = _normalise(name)
        words = tuple(t.fold for t in tokens)
        exact = tuple(t.exact for t in tokens)
        variants = [(words, exact, penalty, how)]
        loc = self.locality
        # A shortened name keeps two words at least: "UBND huyện Tân Hòa" is never "huyện".
        if loc and len(words) > len(loc) + 2 and words[-len(loc):] == loc:
            variants.append((words[:-len(loc)], exact[:-len(loc)], penalty, how))
        for w, e, p, h in list(variants):
            if len(w) > 2 and w[-1] == "tp":
                variants.append((w[:-1], e[:-1], p, h))
        for w, e, p, _ in list(variants):
            if len(w) > 2 and w[0] == "ubnd":
                variants.append((w[1:], e[1:], p + 1, "variant"))
        for w, e, p, h in variants:
            self._put(w, e, _Key(ident, e, p, h))

    def _add_generic(self, registry: Registry) -> None:
        kinds = {u.id: u.kind for u in registry.units.values()}
        local = {i for i, k in kinds.items() if k in ("ward", "commune", "township")}
        wards = self._group_covering(registry, local)
        if wards:
            for phrase in ("địa phương", "phường, xã", "xã, phường", "cấp xã", "phường xã"):
                self._add(phrase, wards, 2, "generic")
        agencies = self.lookup("cơ quan, đơn vị") or self._group_covering(
            registry, set(kinds) - local)
        if agencies:
            for phrase in ("đơn vị", "cơ quan", "cơ quan, đơn vị", "ngành", "phòng, ban",
                           "cơ quan, ban, ngành", "đơn vị sự nghiệp, cơ quan"):
                self._add(phrase, agencies, 2, "generic")
        departments = self._group_covering(
            registry, {i for i, k in kinds.items() if k == "department"})
        if departments:
            for phrase in ("cơ quan chuyên môn", "phòng chuyên môn", "phòng, ban chuyên môn"):
                self._add(phrase, departments, 2, "generic")

    @staticmethod
    def _group_covering(registry: Registry, units: set[str]) -> str | None:
        if not units:
            return None
        found = [g for g in sorted(registry.groups)
                 if set(registry.expand(g)) == units]
        return min(found, key=lambda g: (len(registry.groups[g].members), g)) if found else None

    def lookup(self, name: str) -> str | None:
        """The id a whole name resolves to, exactly (no generic words)."""
        words = tuple(t.fold for t in _normalise(name))
        for key in self.keys.get(words, []):
            if key.how != "generic":
                return key.ident
        return None

    # --- matching ---

    def _matches_at(self, tokens: list[_Token], i: int) -> list[tuple[int, _Key, int]]:
        """(end, key, penalty) of every name that starts at word i."""
        out: list[tuple[int, _Key, int]] = []
        for n in range(1, min(self.max_len, len(tokens) - i) + 1):
            if n > 1 and tokens[i + n - 1].sep == ";":
                break
            words = tuple(t.fold for t in tokens[i:i + n])
            for key in self.keys.get(words, []):
                exact = tuple(t.exact for t in tokens[i:i + n])
                penalty = key.penalty + (0 if exact == key.exact else 1)
                out.append((i + n, key, penalty))
        return out

    def _qualifiers(self, tokens: list[_Token], j: int) -> tuple[int, bool]:
        related = False
        while j < len(tokens) and tokens[j].sep == "":
            for words in _QUALIFIERS:
                n = len(words)
                if tuple(t.fold for t in tokens[j:j + n]) == words and all(
                        t.sep == "" for t in tokens[j + 1:j + n]):
                    related = related or words[-1] == "quan"
                    j += n
                    if words[-1] == "tp" or words == ("tren", "dia", "ban"):
                        j = self._place_name(tokens, j)
                    break
            else:
                break
        return j, related

    def _place_name(self, tokens: list[_Token], j: int) -> int:
        loc = self.locality
        if loc and tuple(t.fold for t in tokens[j:j + len(loc)]) == loc:
            return j + len(loc)
        while j < len(tokens) and tokens[j].sep == "" and tokens[j].orig[:1].isupper():
            j += 1
        return j

    def _skip_role(self, tokens: list[_Token], i: int) -> int:
        for words in _ROLES:
            n = len(words)
            span = tokens[i:i + n]
            if tuple(t.exact for t in span) == words or (
                    all(t.exact == t.fold for t in span)
                    and tuple(t.fold for t in span) == tuple(fold(w) for w in words)):
                return i + n
        return i

    @staticmethod
    def _verb_at(tokens: list[_Token], i: int) -> bool:
        text = " ".join(t.fold for t in tokens[i:i + 3]) + " "
        return text.startswith(_VERBS)

    def parse(self, text: str, open_end: bool = False) -> tuple[list[Found], int]:
        """The bodies listed in `text`, and where the list ends (an offset in `text`).

        Closed (a "Cơ quan thực hiện" value): every word is a body, a separator, or the
        predicate at the end ("... thực hiện"); words that resolve to nothing are kept as
        unresolved. Open (the subject of a sentence): the list stops at the first word that
        is not part of a name, and nothing unresolved is reported.
        """
        tokens = _normalise(text)
        n = len(tokens)
        # best[i]: (covered, -penalty, matches, -unknown), choice; from word i to the end.
        Choice = tuple[str, int, _Key | None, bool]
        best: list[tuple[tuple[int, int, int, int], Choice | None]] = [
            ((0, 0, 0, 0), None) for _ in range(n + 1)]
        can_end = [False] * (n + 1)
        can_end[n] = True
        for i in range(n - 1, -1, -1):
            candidates: list[tuple[tuple[int, int, int, int], Choice]] = []
            role_end = self._skip_role(tokens, i)
            if role_end > i and (role_end == n or best[role_end][1] is not None):
                s, _ = best[role_end]
                candidates.append((s, ("skip", role_end, None, False)))
            for end, key, penalty in self._matches_at(tokens, i):
                j, related = self._qualifiers(tokens, end)
                if j < n and tokens[j].sep == "":
                    # words run on after the name: the predicate, or a longer unknown name
                    if not (self._verb_at(tokens, j) or (open_end and key.how != "generic")):
                        continue
                    candidates.append(((end - i, -penalty, 1, 0), ("end", j, key, related)))
                    continue
                s, after = best[j]
                if j < n and after is None:
                    continue
                score = (s[0] + end - i, s[1] - penalty, s[2] + 1, s[3])
                candidates.append((score, ("match", j, key, related)))
            if not open_end:
                if i > 0 and tokens[i].sep == "" and self._verb_at(tokens, i):
                    candidates.append(((0, 0, 0, 0), ("end", i, None, False)))
                s, _ = best[i + 1]
                candidates.append(((s[0], s[1], s[2], s[3] - 1), ("unknown", i + 1, None, False)))
            if candidates:
                best[i] = max(candidates, key=lambda c: c[0])
            else:
                best[i] = ((-1, 0, 0, 0), None)
        return self._walk(text, tokens, best, open_end)

    def _walk(self, text: str, tokens: list[_Token], best: list[tuple[tuple[int, int, int, int],
              tuple[str, int, _Key | None, bool] | None]], open_end: bool,
              ) -> tuple[list[Found], int]:
        out: list[Found] = []
        i = 0
        n = len(tokens)
        unknown_from: int | None = None
        end_offset = 0

        def flush(upto: int) -> None:
            nonlocal unknown_from
            if unknown_from is not None and upto > unknown_from:
                written = _trim(text[tokens[unknown_from].start:tokens[upto - 1].end])
                if written:
                    out.append(Found(written, None, "unresolved"))
            unknown_from = None

        while i < n:
            score, choice = best[i]
            if choice is None or (open_end and score[0] <= 0):
                break
            kind, j, key, related = choice
            if kind == "unknown":
                if unknown_from is not None and tokens[i].sep:
                    flush(i)
                if unknown_from is None:
                    unknown_from = i
                i = j
                continue
            flush(i)
            if kind == "skip":
                i = j
                continue
            if key is not None:
                stop = min(j, n)
                name_end = tokens[stop - 1].end if stop > 0 else 0
                out.append(Found(text[tokens[i].start:name_end].strip(" ,;"), key.ident,
                                 key.how, related))
                end_offset = name_end
            if kind == "end":
                end_offset = tokens[j].start if j < n else len(text)
                i = n
                break
            i = j
        flush(i if i <= n else n)
        if i >= n and not open_end:
            end_offset = len(text)
        return out, end_offset


def _trim(fragment: str) -> str:
    """An unresolved fragment without the list's glue and the predicate after it."""
    folded = fold(fragment)
    m = re.search(r"\s(?:trien khai |to chuc |cung )?thuc hien\b", folded)
    if m:
        fragment = fragment[:m.start()]
    return fragment.strip(" ,;.:").strip()


@dataclass(frozen=True)
class Roles:
    lead: str
    support: str
    split: bool  # the text said who leads ("chủ trì") or coordinates ("phối hợp")


_CHU_TRI = re.compile(r"\bchu tri\b\s*[:,]?\s*")
_PHOI_HOP = re.compile(r"\bphoi hop\b(?:\s+(?:voi|cung))?\s*[:,]?\s*")


def split_roles(text: str) -> Roles:
    """Who leads and who coordinates: "X chủ trì, phối hợp (với) Y" → (X, Y); "X phối hợp
    với Y" → (X, Y); "X chủ trì, Y thực hiện" → (X, Y); no such word → (all, "")."""
    folded = fold(text)
    c = _CHU_TRI.search(folded)
    p = _PHOI_HOP.search(folded)
    if c is not None and (p is None or c.start() < p.start()):
        lead = text[:c.start()]
        rest_start = c.end()
        if not lead.strip(" ,;:"):
            # "Chủ trì: X; phối hợp: Y"
            if p is not None:
                return Roles(text[rest_start:p.start()], text[p.end():], True)
            return Roles(text[rest_start:], "", True)
        if p is not None:
            return Roles(lead, text[p.end():], True)
        return Roles(lead, text[rest_start:], True)
    if p is not None:
        return Roles(text[:p.start()], text[p.end():], True)
    return Roles(text, "", False)
