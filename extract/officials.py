"""Officials and their roles: "Đồng chí Lê Khắc Nam, Phó Chủ tịch UBND thành phố".

A mention is a personal name tied to one or more offices by one of the cues the
press uses:

* a role chain before the name: "Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Minh";
* a role chain after the name: "Đồng chí X, R1, R2", "X - R", "X – R", "X (R)",
  "các đồng chí: A, R1; B, R2";
* a linking verb: "X làm Phó Trưởng ban", "được chỉ định giữ chức Bí thư …";
* "R là đồng chí X", "R: X";
* a signature block: the title line above the signer's name.

A role is a title from ``vocab/titles.yaml`` and the organisation written after
it, up to the first word that cannot belong to an office (a verb, a preposition,
punctuation, another title, a name).  Mentions of one name are merged into one
record with the union of their roles.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import re

import regex

from schema import Official, Role

from .ids import fold, person_id
from .vocab import alternation, load

KIND = "officials"
ID_PREFIX = "off"

_PEOPLE = load("people")
_TITLES = load("titles")
_ORGS = load("organizations")

_FAMILY = frozenset(name.split()[0] for group in ("family_names", "minority_family_names")
                    for name in _PEOPLE[group])
# Two-word family names ("Tôn Nữ", "Rơ Mah"): the name may then run to five syllables.
_FAMILY_PAIRS = frozenset(name for group in ("family_names", "minority_family_names")
                          for name in _PEOPLE[group] if len(name.split()) == 2)
# Ê Đê family names are written last ("Y Ngọc Niê", "H'Lan Êban").
_FAMILY_LAST = frozenset(name.split()[-1] for name in _PEOPLE["family_names_last"])
# Given-name prefixes of the Central Highlands ("Y Lim", "H'Lan"): a name may start with one.
_GIVEN_PREFIXES = frozenset(_PEOPLE["given_name_prefixes"])
_MIDDLE = frozenset(_PEOPLE["middle_names"])
_NEVER_IN_NAMES = frozenset(_PEOPLE["never_in_names"])
_NEVER_NAME_SYLLABLES = frozenset(_PEOPLE["never_name_syllables"])
# One-word forms of address written inside a capitalised run ("Bà Đào Hồng Lan").
_NOT_A_NAME_WORDS = frozenset(w for a in _PEOPLE["address"] if a.isalpha() for w in (a.title(), a.upper()))


def _upper_too(words):
    return list(words) + [w.upper() for w in words]


# --- patterns, compiled once ---------------------------------------------------------

def _spaced(words, *, boundary: bool = True, case: str | None = None) -> str:
    """Like ``alternation`` but a space in an entry matches any run of spaces ("phòng,  chống")."""
    return alternation(words, boundary=boundary, case=case).replace("\\ ", r"[ \t]+")


def _re_spaced(words) -> str:
    """A lower-case alternation for the standard ``re`` module: a tree of prefixes, as ``alternation``."""
    return alternation({w.lower() for w in words}, boundary=False, case="exact").replace("[ ]+", r"[ \t]+")


def _re_title_starts(prefixes, titles, title_end: str = r"(?!\w)") -> str:
    r"""For ``re`` on a lower-cased text: where ``_TITLE_LOWER`` may match, quick to find.

    One tree of prefixes holds the prefixes P (then a space) and the titles T (then
    ``title_end``): every match of ``(?<!\w)(?:P[ \t]+){0,2}T(?!\w)`` starts with one of them.  With
    no look-behind first, ``re`` only tries it at the letters a title or prefix starts with."""
    tree: dict = {}
    for mark, words in (("P", prefixes), ("T", titles)):
        for word in {" ".join(w.lower().split()) for w in words}:
            node = tree
            for char in word:
                node = node.setdefault(char, {})
            node[mark] = True

    def branches(node: dict) -> str:
        alternatives = [(r"[ \t]+" if char == " " else regex.escape(char)) + branches(child)
                        for char, child in sorted(node.items()) if char not in ("P", "T")]
        if "P" in node:
            alternatives.append(r"[ \t]")
        if "T" in node:
            alternatives.append(title_end)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return branches(tree)


_FIRST = regex.compile(r"[\p{L}\p{N}]+")


def _first_words(entries) -> frozenset[str]:
    """The lower-cased first word of each entry: a cheap test before a costly pattern."""
    return frozenset(m.group().lower() for m in map(_FIRST.search, entries) if m)


_B = r"(?<![\p{L}\p{N}])"   # word start
_E = r"(?![\p{L}\p{N}])"    # word end
# This and the other patterns of spaces and punctuation alone use the standard ``re``: the
# same matches as ``regex``, quicker per call.
_GAP = re.compile(r"[ \t]+")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[./&'’ʼ-][\p{L}\p{N}]+)*")  # "Ia H’Drai" is two words
# A capitalised word may hold an apostrophe ("H'Lan", "K'Nhiên").
# "H' Yim", "K' Điện": the prefix written apart is a word of its own, joined again by ``_run_tokens``.
_NAME_WORD = r"(?:\p{Lu}['’ʼ](?=[ \t]\p{Lu})|\p{Lu}\p{L}*(?:['’ʼ]\p{L}+|-\p{Ll}+)*)"
# Two capitalised words or more (``_run_tokens`` splits them).
_CAP_RUN = regex.compile(_B + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r")+" + _E)
_APOSTROPHE = regex.compile(r"\A\p{Lu}['’ʼ]\p{Lu}")
_APOSTROPHE_SPLIT = regex.compile(r"['’ʼ]")

_TITLE = regex.compile(
    _B + r"(?i:(?:" + _spaced(_TITLES["prefixes"], boundary=False, case="any") + r"[ \t]+){0,2}"
    + _spaced(_TITLES["titles"], boundary=False, case="any")
    + r"(?:[ \t]+" + _spaced(_TITLES["suffixes"], boundary=False, case="any") + r")?)" + _E)
# Searching a lower-cased copy is much faster than a case-blind search of a long text.
# (The standard ``re`` is several times faster than ``regex`` at this one scan.)
_TITLE_LOWER = re.compile(
    r"(?<!\w)(?:" + _re_spaced(_TITLES["prefixes"]) + r"[ \t]+){0,2}" + _re_spaced(_TITLES["titles"])
    + r"(?:[ \t]+" + _re_spaced(_TITLES["suffixes"]) + r")?(?!\w)")
_TITLE_START = re.compile(_re_title_starts(_TITLES["prefixes"], _TITLES["titles"]))
# The same with no end test: on a lower-case view that is case folding (``Context.lower``), it
# matches wherever ``_TITLE`` does, since a character the regex module matches case-blind to
# a title's letter lower-cases to that letter there (checked over all of Unicode).
_TITLE_MAY_START = re.compile(_re_title_starts(_TITLES["prefixes"], _TITLES["titles"], title_end=""))
_NOT_TITLE = regex.compile("(?i:" + _spaced(_TITLES["not_titles"], case="any") + ")")
_STOP = regex.compile(_spaced(_TITLES["stops"], case="exact"))
_STOP_ANY_CASE = regex.compile("(?i:" + _spaced(_TITLES["stops"], case="any") + ")")
# After a comma, or a dash closing a role ("ông X – Phó Cục trưởng … – được bổ nhiệm giữ chức …").
# Each "… giữ chức" is also written "… giữ chức vụ".
_LINKS = _TITLES["links"] + [link + " vụ" for link in _TITLES["links"] if link.endswith(" chức")]
# A count may stand before a plural office: "A và B là hai Ủy viên phản biện".
_LINK = regex.compile(r"[ \t]*[,–-]?[ \t]*" + _spaced(_LINKS, case="exact") + r"[ \t]+(?:(?:hai|ba|bốn|năm|các)[ \t]+)?")
_DOTTED_LEVELS = frozenset(_ORGS["dotted_levels"])
_DOTTED_LEVEL = regex.compile(rf"(?<![\p{{L}}\p{{N}}])({alternation(_ORGS['dotted_levels'], boundary=False, case='exact')})\.(?= )")
_HEAD = regex.compile(alternation(_upper_too(_ORGS["heads"]), case="exact"))
_HEAD_WORDS = frozenset(_ORGS["heads"])
# A country, or "tại Việt Nam", right before: where a foreign official's name may follow the role.
_COUNTRY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:" + alternation(_ORGS["places"]["quốc gia"], boundary=False, case="exact") + r")[ \t]+\Z")
# One Vietnamese syllable: an initial consonant, one to three vowels, a final consonant.  Foreign
# names ("Sengsouvanh", "Kenji", "Olivier") have words that are not.
_VIETNAMESE_SYLLABLE = regex.compile(
    r"(?i:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?)")
_PARENT_IN_BRACKETS = regex.compile(r"[ \t]*\((?=" + _HEAD.pattern + r"[ \t])[^()\n]{1,40}\)")
_PARENT_UNIVERSITY = regex.compile(
    r"[ \t]*,[ \t]*" + alternation(_ORGS["parent_universities"], case="exact"))

_PLACE_KIND = {p: kind for kind, names in _ORGS["places"].items() for p in names}
_PLACE_KIND.update({a: _PLACE_KIND.get(c, "khác") for a, c in _ORGS["place_aliases"].items()})
_PLACE_CANON = {p: p for p in _PLACE_KIND} | dict(_ORGS["place_aliases"])
_PLACE_CANON.update({k.upper(): v for k, v in list(_PLACE_CANON.items())})
_PLACE = regex.compile(alternation(_PLACE_CANON, case="exact"))
_FIXED = regex.compile(_spaced(_ORGS["fixed_phrases"], case="exact"))
_WORD_ENDING_UNIT = regex.compile(_spaced(_PEOPLE["words_ending_units"], case="exact"))
# "tại" and a province, a city or a country places an office: read as one piece of its organisation's
# name ("Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh", "Văn phòng đại diện WHO tại Việt Nam").
_AT_PLACE = regex.compile(r"tại[ \t]+(?:(?:tỉnh|thành phố|TP\.?|Tp\.)[ \t]*)?" + alternation(
    [p for p in _PLACE_CANON if _PLACE_KIND.get(_PLACE_CANON[p]) not in (None, "khác")], case="exact"))
# The same names without the word boundaries, for ``re``: where ``_PLACE`` may match (``_places``).
_PLACE_CANDIDATE = re.compile(alternation(_PLACE_CANON, boundary=False, case="exact"))
# A place named after its level ("UBND thị xã Đông Hòa", "Sở Y tế tỉnh Phú Yên") ends at its last
# capitalised word: only another level follows inside a name ("huyện Mường Tè tỉnh Lai Châu");
# a lower-case word there starts the sentence's verb ("… thị xã Đông Hòa kiểm tra công tác …").
_LEVELS = [*_ORGS["district_levels"], "tỉnh", "thành phố"]
_NAMED_PLACE_BEFORE = regex.compile(  # not "Hợp tác xã Dược liệu …", a cooperative
    r"(?<![\p{L}\p{N}])(?<![Hh]ợp[ \t]tác[ \t])(?:" + _spaced(_LEVELS, boundary=False, case="exact") + r")(?:[ \t]+\p{Lu}[\p{L}']*){1,3}[ \t]+\Z")
_LEVEL_AT = regex.compile(_spaced(_LEVELS, case="exact"))
_AFTER_PLACE = regex.compile(_spaced(_ORGS["after_place"], case="exact"))
_LEVEL_BEFORE_PLACE = regex.compile("(?i:" + _spaced(_ORGS["district_levels"], boundary=False, case="any") + r")[ \t]+\Z")

_ADDRESS = alternation(_PEOPLE["address"], boundary=False, case="any")  # always inside (?i:…)
_DEGREE = alternation(_PEOPLE["degrees"], boundary=False, case="exact")
_HONORIFIC = regex.compile(rf"(?:(?i:{_ADDRESS})|{_DEGREE}\.?){_E}")
_HONORIFICS_BEFORE = regex.compile(
    rf"(?:{_B}(?:(?i:{_ADDRESS})|{_DEGREE})\.?(?:[ \t]*,[ \t]*|[ \t]+|(?=\p{{Lu}})))+\Z")
_HONORIFIC_PIECE = regex.compile(rf"(?i:{_ADDRESS})|{_DEGREE}\.?")
# The last honorific of ``_HONORIFICS_BEFORE`` read backwards, matched on the reversed text
# before a name: what must be there for ``_HONORIFICS_BEFORE`` to match (a quick test first).
_HONORIFIC_REVERSED = regex.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+|)\.?(?:(?i:"
    + alternation([a[::-1] for a in _PEOPLE["address"]], boundary=False, case="any") + ")|"
    + alternation([d[::-1] for d in _PEOPLE["degrees"]], boundary=False, case="exact") + ")")

_CREDIT_BEFORE = regex.compile(r"(?:\A|[(\[])[ \t\-•*|>]*(?i:" + _spaced(_PEOPLE["credits"], boundary=False, case="any")
                            + r")[^:\n()]{0,25}:[ \t]*\Z")
# "phố" (a street) but not "thành phố": "Phó Chủ tịch UBND thành phố Trịnh Văn Thành, Trưởng Ban …"
_NOT_PERSON_BEFORE = regex.compile(
    r"(?<!(?i:thành)[ \t]+)" + alternation(_PEOPLE["not_person_after"], case="exact") + r"[ \t]+\Z")

# Between two roles of one chain: a comma, or a dash with a space on one side at least.
_ROLE_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+[-–—][ \t]*|[-–—][ \t]+")
# Between a name and its roles: the same, or an opening bracket.
_NAME_SEP = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*|[ \t]*[-–—][ \t]*|[ \t]*\([ \t]*")  # a line may break after the comma
# "Bác sĩ Trần Văn Tám, 58 tuổi, Giám đốc …", "bác sĩ Quàng Văn Piếng (61 tuổi), nguyên Phó Giám đốc …",
# "ông A Blong (sinh năm 1978), Trưởng phòng …": an age or a year of birth
_AGE_WORDS = r"(?:\d{1,3}[ \t]+tuổi|(?:sinh[ \t]+năm|SN)[ \t]+(?:19|20)\d\d)"
_AGE = re.compile(rf"[ \t]*(?:,[ \t]*{_AGE_WORDS}(?=[ \t]*,)|\([ \t]*{_AGE_WORDS}[ \t]*\)(?=[ \t]*[,–-]))")
_LIST_ITEM_BEFORE = regex.compile(r"[;:][ \t]*\Z")
_CLOSING_BRACKET = re.compile(r"[ \t]*\)")
# Where a person comes from, in brackets between the name and a role after a comma or a dash.
_AFFILIATION = regex.compile(r"[ \t]*\((?=\p{Lu})[^()\n]{1,60}\)(?=[ \t]*[,–-][ \t]*\p{Lu}|[ \t]+(?:là|làm)[ \t])")
_ROLE_THEN_NAME = re.compile(r"[ \t]+là[ \t]+|[ \t]*:[ \t]*")
_COLON = re.compile(r"[ \t]*:[ \t]*")  # "Trưởng đoàn: Thứ trưởng Lê Hoàng Minh"
_IS_NAMED = re.compile(r"[ \t]+là[ \t]+")
# A plural office (``_PLURAL_BEFORE``) and the people who hold it: "các Phó Giám đốc gồm ông X và bà Y".
_LISTED_AS = re.compile(r"[ \t]+gồm(?:[ \t]+có)?[ \t]*:?[ \t]*")
_PHOTO_POSITION = regex.compile(r"[ \t]*\([ \t]*(?!(?i:thứ[ \t]+trưởng))(?i:"  # "(Thứ trưởng …)" is a role, not "(thứ hai …)"
                             + _spaced(_PEOPLE["photo_positions"], boundary=False, case="any")
                             + r")" + _E + r"[^()\n]{0,40}\)"
                             + r"|[ \t]*\([ \t]*\d{4}[ \t]*[-–][ \t]*\d{4}[ \t]*\)")  # a lifespan: "X (1938-2025), R"
_DASH = re.compile(r"[ \t]*[-–—][ \t]*")
# What follows a name that gets roles in ``_names_before_roles``: a separator or a bracket
# (``_NAME_SEP``, ``_photo_position``), a linking verb (``_LINK``), or a last syllable in
# lower case and then a separator (``_with_lowercase_tail``).
_ROLES_MAY_FOLLOW = regex.compile(r"[ \t]*[,(\-–—]|" + _LINK.pattern + r"|[ \t]+\p{Ll}+[ \t]*[-–,]")
# A role right after a link ("… giữ chức R") is the office of someone named before.
_LINKED_BEFORE = regex.compile("(?:" + _spaced(_LINKS, case="exact") + r")[ \t]+\Z")
# A role written right after a name and a separator belongs to that name ("X - R").
_AFTER_NAME = regex.compile(r"\p{Lu}\p{L}*[ \t]*[,(\-–—][ \t]*\Z")
_SIGNED = regex.compile(r"[ \t]*\(?[ \t]*(?i:" + _spaced(_PEOPLE["signed"], boundary=False, case="any") + r")[ \t]*\)?[ \t]*\Z")
_ON_BEHALF = regex.compile(r"[ \t]*(?i:" + _spaced(_PEOPLE["on_behalf"], boundary=False, case="any") + r")\.?[ \t]+")
_ABBREVIATION = regex.compile(alternation(_ORGS["abbreviations"], case="exact"))
_AND = regex.compile(r"và" + _E)
_COMMA = re.compile(r"[ \t]*,[ \t]*")
# An office handed to a person: "trao quyết định bổ nhiệm Phó Giám đốc Bệnh viện cho bà X".
_APPOINTING_BEFORE = regex.compile(r"(?<![\p{L}])(?i:bổ nhiệm|điều động|công nhận|chỉ định)(?:[ \t]+(?i:giữ chức(?: vụ)?|làm))?[ \t]+\Z")
_GIVEN_TO = re.compile(r"[ \t]+cho[ \t]+")
_CAPITAL_NEXT = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")
# Before an office that is not the next person's: acting for it ("thừa ủy quyền của Bộ trưởng
# Bộ Y tế, ông X trao …"), or a document's signer ("Quyết định … của Giám đốc Sở Y tế, BS X, R2").
_DELEGATED_BY = regex.compile(r"(?<![\p{L}\p{N}])(?i:ủy quyền|ủy nhiệm|thừa lệnh)(?:[ \t]+của)?[ \t]+\Z")
_OF_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])của[ \t]+\Z")
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_LIST_SEP_ITEMS = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+")
_AND_GAP = regex.compile(r"[ \t]+và[ \t]+")
# The end of a list item "R – [ông] X, " before the next item's role
_DASHED_ITEM_BEFORE = regex.compile(r"[-–—][ \t]*[^,;:()\n\-–—]{2,45}[,;][ \t]*\Z")
_DASH_BEFORE = regex.compile(r"[-–—][ \t]*\Z")
_WORKPLACE_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
_JOINT_BEFORE = re.compile(r"(?:[ \t]+và|[ \t]*,)[ \t]+\Z")
# A word of address for several people before a list of names: "các đồng chí A, B và C".
_PLURAL_ADDRESS_BEFORE = regex.compile(r"(?<![\p{L}])(?i:các|những)[ \t]+(?i:đồng chí|ông|bà|ông,[ \t]*bà|bác sĩ)[ \t]*:?[ \t]*\Z")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?i:các|những|hai|ba|bốn)[ \t]+\Z")
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}\p{L}*[ \t]+\Z")  # the run goes on before: "Bạch | Mai Đào Xuân Khang"
_CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")
# An organisation's short name in brackets inside its name: "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh".
# A steering committee is named for the task it steers ("Ban Chỉ đạo thực hiện Nghị quyết số 05-NQ/TU"):
# there "thực hiện" is part of the name, not a verb ending the role.
_STEERING = re.compile(r"(?i:ban chỉ đạo)$")
_STEERED_TASK = re.compile(r"thực hiện(?=[ \t])")
_SHORT_NAME = regex.compile(r"\((?:\p{Lu}[\p{Lu}\p{N}&-]{1,11})\)(?=[ \t]|[,.;:)]|$)")
_INNER_DASH = re.compile(r"[ \t]+[-–][ \t]+")
_SPACES = re.compile(r"[ \t]*")
_BARS = re.compile(r"[ \t|]*")
_LINE_END = re.compile(r"[ \t|]*(?:\n|\Z)")  # a table's bars are no text: "Phạm Thanh Tịnh |"
# Between two honorifics or an honorific and the name; a comma only before one more honorific
# ("Đại tá, BSCKII Nguyễn Hữu Phúc").
_HONORIFIC_GAP = regex.compile(rf"[ \t.]*(?:,[ \t]*(?=(?:(?i:{_ADDRESS})|{_DEGREE}\.?){_E}))?")
_LOWER_TAIL = regex.compile(r"[ \t]+(\p{Ll}+)(?=[ \t]*[-–,])")
_TITLE_FIRST_WORDS = _first_words(_TITLES["titles"] + _TITLES["prefixes"])
_STOP_FIRST_WORDS = _first_words(_TITLES["stops"])
_FIXED_FIRST_WORDS = _first_words(_ORGS["fixed_phrases"]) | {"tại"}  # "tại": ``_AT_PLACE``
_HONORIFIC_FIRST_WORDS = _first_words(_PEOPLE["address"] + _PEOPLE["degrees"])
_PLACE_FIRST_WORDS = _first_words(_PLACE_CANON)
_MAX_ORG_WORDS = 16
_MAX_PLACE_WORDS = 4  # the longest place name, in words ("Bà Rịa - Vũng Tàu")
_MAX_TITLE_LINE = 200


# What ``_Reader._org_step`` asks of a word, by its first word lower-cased (up to the first
# of "./&'-"): the lists it may start an entry of, whether it is "và", whether its first
# letter is upper case.  Worked out once per word (``_STEP_RULES``).
_FIXED_FIRST, _STOP_FIRST, _HONORIFIC_FIRST, _TITLE_FIRST, _PLACE_FIRST, _AND_WORD, _UPPER_FIRST = (
    1, 2, 4, 8, 16, 32, 64)
_MAY_END = _FIXED_FIRST | _STOP_FIRST | _HONORIFIC_FIRST | _TITLE_FIRST | _PLACE_FIRST | _AND_WORD


def _step_rules(word: str) -> int:
    key = word if word.isalnum() else _FIRST.match(word).group()
    key = key.lower()
    rules = ((_FIXED_FIRST if key in _FIXED_FIRST_WORDS else 0) | (_STOP_FIRST if key in _STOP_FIRST_WORDS else 0)
             | (_HONORIFIC_FIRST if key in _HONORIFIC_FIRST_WORDS else 0)
             | (_TITLE_FIRST if key in _TITLE_FIRST_WORDS else 0) | (_PLACE_FIRST if key in _PLACE_FIRST_WORDS else 0)
             | (_AND_WORD if key == "và" else 0) | (_UPPER_FIRST if word[0].isupper() else 0))
    if len(_STEP_RULES) >= _MAX_WORDS:
        _STEP_RULES.clear()
    _STEP_RULES[word] = rules
    return rules


_STEP_RULES: dict[str, int] = {}


# --- names -------------------------------------------------------------------------

def _word_info(word: str) -> tuple:
    """What the name rules ask of a capitalised word, worked out once per word (``_WORDS``):
    (shape, vocabulary form, family name?, given-name prefix?, title may start here?,
    verb may start here?, place name may start here?)."""
    if len(word) == 1:
        shape = "any"
    elif word.isupper():
        shape = "caps"
    elif "'" in word or "’" in word or "ʼ" in word:  # "H'Lan": each part capitalised at most
        parts = _APOSTROPHE_SPLIT.split(word)
        shape = "title" if all(len(p) == 1 or p[1:].islower() for p in parts) else "mixed"
    else:
        shape = "title" if word[1:].islower() or _cased(word) in _FAMILY_LAST else "mixed"  # "BKrông" is "Bkrông"
    cased = _cased(word)
    given = word in _GIVEN_PREFIXES or bool(_APOSTROPHE.match(word)) and cased[:2] in _GIVEN_PREFIXES
    lower = word.lower()
    # A token is a whole word (no letter or digit follows it), so its first word in the
    # text is its own first word: up to an apostrophe, if any.
    first = _FIRST.match(word)
    place_first = bool(first) and first.group().lower() in _PLACE_FIRST_WORDS
    info = (shape, cased, cased in _FAMILY, given, lower in _TITLE_FIRST_WORDS, lower in _STOP_FIRST_WORDS,
            place_first)
    if len(_WORDS) >= _MAX_WORDS:
        _WORDS.clear()
    _WORDS[word] = info
    return info


_WORDS: dict[str, tuple] = {}
_MAX_WORDS = 100_000  # capitalised words remembered across documents


class _Token:
    """A capitalised word; ``shape`` is "caps" (NGUYỄN), "title" (Nguyễn), "any" (A, Y) or "mixed".

    ``cased`` is the form the vocabulary lists (``_cased``); ``family`` says whether it is a
    family name, ``given`` whether it is a given-name prefix: "Y" or "H'…" ("Y Lim", "H'Lan"),
    how Ê Đê, Jrai and Ba Na given names start."""

    __slots__ = ("start", "end", "word", "shape", "cased", "family", "given", "title_first", "stop_first",
                 "place_first", "_place_end")

    def __init__(self, start: int, end: int, word: str):
        self.start, self.end, self.word = start, end, word
        info = _WORDS.get(word) or _word_info(word)
        (self.shape, self.cased, self.family, self.given, self.title_first, self.stop_first,
         self.place_first) = info
        self._place_end = None

    def place_end(self, text: str) -> int:
        """Where a place name starting at this word ends ("Hà Nội", "Ea H'Leo"), or 0."""
        end = self._place_end
        if end is None:
            place = _PLACE.match(text, self.start) if self.place_first else None
            end = self._place_end = place.end() if place else 0
        return end

    def __repr__(self):
        return f"_Token({self.start}, {self.end}, {self.word!r})"


def _run_tokens(text: str, run) -> list[_Token]:
    """The words of a ``_CAP_RUN`` match.  Words hold letters and apostrophes only, so splitting
    at white space finds them; with single spaces between them, their offsets add up."""
    found = run.group()
    pos = run.start()
    tokens = []
    if "  " in found or "\t" in found:
        for word in found.split():
            pos = text.find(word, pos)  # only spaces and tabs come before it
            tokens.append(_Token(pos, pos + len(word), word))
            pos += len(word)
    else:
        for word in found.split(" "):
            tokens.append(_Token(pos, pos + len(word), word))
            pos += len(word) + 1
    if "'" in found or "’" in found or "ʼ" in found:
        tokens = _join_prefixes(tokens)
    return tokens


def _join_prefixes(tokens: list[_Token]) -> list[_Token]:
    """"H'" and the word after it as one word, written as in the text: "H' Yim"."""
    joined: list[_Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok.word) == 2 and tok.word[1] in "'’ʼ" and i + 1 < len(tokens):
            following = tokens[i + 1]
            tok = _Token(tok.start, following.end, tok.word + following.word)
            tok.word = tok.word[:2] + " " + tok.word[2:]  # the form looked up is "H'Yim"; shown as written
            i += 1
        joined.append(tok)
        i += 1
    return joined


class _Runs:
    """Runs of capitalised words of one shape, for finding names in them.

    The stretches of capitalised words are found at once; each is split into runs
    (``_split``) only when asked about, since most never are."""

    def __init__(self, text: str, start: int, end: int, title):
        self.text = text
        self.title = title  # ``_TITLE.match`` at a position
        self.by_start: dict[int, tuple[list[_Token], int]] = {}  # in the stretches split so far
        self._stretches = list(_CAP_RUN.finditer(text, start, end))  # two capitalised words or more
        self._spans = [m.span() for m in self._stretches]
        self._stretch_starts = [start for start, _ in self._spans]
        self._split_runs: dict[int, list[list[_Token]]] = {}  # a stretch's index → its runs
        self._name_starts: dict[int, int | None] = {}
        self._named_after = _named_after_people(text, start, end)

    def runs_followed_by(self, pattern):
        """The runs, in order, of the stretches that ``pattern`` matches right after: all runs it
        matches after when it never matches before spaces and a capital letter, which is what
        follows a run that ends before its stretch does."""
        text = self.text
        for i, (_, end) in enumerate(self._spans):
            if pattern.match(text, end):
                yield from self._split(i)

    def runs_alone_on_line(self):
        """The runs, in order, of the stretches alone on their line: the only runs that can be."""
        text = self.text
        for i, (start, end) in enumerate(self._spans):
            if _alone_on_line(text, start, end) is not None:
                yield from self._split(i)

    def _split(self, index: int) -> list[list[_Token]]:
        runs = self._split_runs.get(index)
        if runs is not None:
            return runs
        runs = self._split_runs[index] = []
        run: list[_Token] = []
        shape = "any"
        for tok in _run_tokens(self.text, self._stretches[index]):
            tok_shape = tok.shape
            if run and (tok_shape == "mixed" or tok_shape != shape and tok_shape != "any" and shape != "any"
                        or (tok.title_first or tok.stop_first) and self._ends_names(tok)):
                carry = self._carried(run, shape, tok)
                self._close(run[:len(run) - len(carry)], runs)
                run, shape = carry, "any"
            if tok_shape != "mixed":
                run.append(tok)
                if shape == "any":
                    shape = tok_shape
        self._close(run, runs)
        return runs

    def _carried(self, run: list[_Token], shape: str, tok: _Token) -> list[_Token]:
        """One-letter words that start the next name: "BSCKII Y Ngọc Niê" → "Y Ngọc Niê"."""
        if not (shape == "caps" and tok.shape == "title") or self._ends_names(tok):
            return []
        i = len(run)
        while i > 1 and run[i - 1].shape == "any":
            i -= 1
        return run[i:]

    def _ends_names(self, tok: _Token) -> bool:
        """A title ("… Giám đốc") or, in capitals, a verb ("… PHÁT BIỂU") cannot be part of a name."""
        if tok.title_first and self.title(tok.start):
            return True
        return tok.shape == "caps" and tok.stop_first and bool(_STOP_ANY_CASE.match(self.text, tok.start))

    def _close(self, run: list[_Token], runs: list[list[_Token]]) -> None:
        if len(run) > 1:  # one word is never a name
            runs.append(run)
            by_start = self.by_start
            for i, tok in enumerate(run):
                by_start[tok.start] = (run, i)

    def _find(self, position: int) -> tuple[list[_Token], int] | None:
        """(run, index in it) of the word starting at ``position``, splitting its stretch if need be."""
        found = self.by_start.get(position)
        if found is None:
            i = bisect_right(self._stretch_starts, position) - 1
            if i >= 0 and i not in self._split_runs and position < self._spans[i][1]:
                self._split(i)
                found = self.by_start.get(position)
        return found

    def last_name_between(self, start: int, end: int) -> int | None:
        """Where the last person's name starting in ``start``…``end`` starts, if any."""
        first = bisect_right(self._stretch_starts, start - 1)
        last = bisect_right(self._stretch_starts, end - 1)
        found = None
        for i in range(first, last):
            for run in self._split(i):
                found = next((tok.start for tok in run if start <= tok.start < end and self.name_at(tok.start)),
                             found)  # a run holds one name: its first word that starts one
        return found

    def rest(self, position: int) -> list[_Token]:
        """The run from the capitalised word at ``position`` to its end."""
        run, i = self._find(position) or ([], 0)
        return run[i:]

    def name_at(self, position: int) -> bool:
        """Whether a person's name starts at ``position``: ``name_start(position) == 0``, with the
        quick answers first (a name starts with a family name or a given-name prefix, not with
        a word of address, and has five words at most)."""
        found = self._find(position)
        if found is None or position in self._named_after:
            return False
        run, i = found
        tok = run[i]
        if len(run) - i > 5 or not (tok.family or tok.given) or tok.word in _NOT_A_NAME_WORDS:
            return False
        if (word := _WORD_ENDING_UNIT.match(self.text, run[-1].start)) and word.end() > run[-1].end:
            return False  # "Đoàn Kinh tế": a unit's name
        return self.name_start(position) == 0

    def name_start(self, position: int) -> int | None:
        """``_name_start`` of ``rest(position)`` (None where no run is), worked out once per position."""
        starts = self._name_starts
        if position in starts:
            return starts[position]
        start = starts[position] = _name_start(self.text, self.rest(position))
        return start


# A hospital named after a person, named where no title stands before it ("Bệnh viện Nguyễn Đình
# Chiểu (Bến Tre) vừa …", "tại Bệnh viện Nguyễn Trãi"): there the name is the hospital's.
_HOSPITAL_NAMED_AFTER = regex.compile(
    r"(?:(?<![^\s,.;:(“\"][ \t]*)|(?<=(?<![\p{L}\p{N}])(?:của|tại|và|với|ở|cho|từ|đến|thuộc|giữa|vào|là|các|về|tới|sang|thăm|nâng cấp|xây dựng|đầu tư)[ \t]+))"
    r"(?:Bệnh viện|BV)[ \t]+(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3})(?![\p{L}\p{N}])")


_WORD_STARTS = regex.compile(r"(?<!\S)\S")


def _named_after_people(text: str, start: int, end: int) -> frozenset[int]:
    """Where, in ``text[start:end]``, a name stands that this document uses as a hospital's
    name: not a person there, even after a title ("Giám đốc Bệnh viện Nguyễn Đình Chiểu")."""
    names = {m.group(1) for m in _matches_after(_HOSPITAL_NAMED_AFTER, text, ("Bệnh viện", "BV"), start, end)}
    return frozenset(i + m.start() for name in names for i in _find_all(text, name, start, end)
                     for m in _WORD_STARTS.finditer(name))  # "Văn Thịnh" in "Lê Văn Thịnh" is no name either


def _find_all(text: str, word: str, start: int, end: int):
    """Every place ``word`` starts in ``text[start:end]``."""
    i = text.find(word, start, end)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, end)


def _matches_after(pattern, text: str, words: tuple[str, ...], start: int, end: int):
    """``pattern`` matched where one of ``words`` starts: a quicker scan for a pattern whose
    lookbehinds make a search slow."""
    for i in sorted(i for word in words for i in _find_all(text, word, start, end)):
        m = pattern.match(text, i, end)
        if m:
            yield m


def _family_pair(tokens: list[_Token], i: int) -> bool:
    """A two-word family name starts at ``i`` ("Tôn Nữ Thị Minh Châu")."""
    return i + 1 < len(tokens) and f"{tokens[i].cased} {tokens[i + 1].cased}" in _FAMILY_PAIRS


def _cased(word: str) -> str:
    """"NIÊ" → "Niê", "H'LAN" → "H'Lan": the form the vocabulary lists."""
    if "'" in word or "’" in word or "ʼ" in word:
        return "'".join(p[:1].upper() + p[1:].lower() for p in _APOSTROPHE_SPLIT.split(word))
    return word[:1].upper() + word[1:].lower()


def _place_tokens(text: str, tokens: list[_Token], first: int) -> set[int]:
    """Indices (from ``first`` on) of the tokens that are part of a place name ("Ea H'Leo", "Hà Nội")."""
    inside: set[int] = set()
    n = len(tokens)
    for i in range(max(0, first - _MAX_PLACE_WORDS), n):
        end = tokens[i].place_end(text)
        j = i
        while end and j < n and tokens[j].start < end:
            inside.add(j)
            j += 1
    return inside


def _ethnic_start(tokens: list[_Token], i: int, places: set[int]) -> bool:
    """A name starting with a given-name prefix: "Y Ngọc Niê", "H'Lan Êban", "Y Thanh Hà Niê Kđăm", "A Khoan".

    Organisation words ("Y Dược", "Y Tế"), places and a Vietnamese name after "Y"
    ("Nghiệp vụ Y Lê Văn An") rule it out."""
    if not (2 <= len(tokens) - i <= 5 and tokens[i].given):
        return False
    rest = tokens[i:]
    if any(j in places for j in range(i, len(tokens))) or any(t.cased in _NEVER_IN_NAMES for t in rest):
        return False
    if rest[0].word.upper() == "Y" and rest[1].family and rest[-1].cased not in _FAMILY_LAST:
        return False
    if rest[0].word == "A" and rest[1].family and (len(rest) >= 4 or rest[-1].cased in _MIDDLE):
        return False  # "Khoa A Lê Văn Minh": a unit named "A", then a Vietnamese name ("A Vương", "A Sơn Thuận" are Ba Na)
    return True


def _name_start(text: str, tokens: list[_Token]) -> int | None:
    """Where a personal name starts in a run that ends the name, or None.

    A name runs from its first syllable to the end of the run.  In order of trust:
    a family name before a given-name prefix ("Kpă Y Lim", "Siu H'Yuih"); a
    given-name prefix ("Y Ngọc Niê"); a family name before "Văn"/"Thị" ("Nguyễn
    Thị Mai Hương") or of two words ("Âu Dương Minh Tuấn"); else a family name
    with three syllables to go, the commonest length, so "Bạch Mai Đào Xuân Cơ"
    is a hospital then a person.  Places ("Hà Nội", "Lâm Đồng") are not names."""
    n = len(tokens)
    skip = _address_words(tokens)
    first = max(skip, n - 5)  # a name has five syllables at most
    for j in range(n - 1, first - 1, -1):
        if tokens[j].cased in _NEVER_NAME_SYLLABLES:  # "Bí thư Đoàn Sở Y tế": no name holds "Sở"
            first = j + 1
            break
    for i in range(first, n - 1):
        if tokens[i].family or tokens[i].given:
            break
    else:
        return None  # every rule below starts at a family name or a given-name prefix
    places = _place_tokens(text, tokens, first) if n - first >= 2 else set()
    if places and max(places) == n - 2 and tokens[min(places)].family:
        places = set()  # "Giang Thành Lực": one syllable after a place is no name, the whole run is
    families = [i for i in range(first, n - 1) if tokens[i].family and i not in places]
    for i in families:
        if tokens[i + 1].given:
            return i
    for i in range(first, n - 1):
        if _ethnic_start(tokens, i, places) and not _LEVEL_BEFORE_PLACE.search(
                text, max(0, tokens[i].start - 12), tokens[i].start):  # "xã Y Tý" is a commune
            return i
    for i in families:
        if 3 <= n - i <= 5 and (tokens[i + 1].cased in _MIDDLE or _family_pair(tokens, i)):
            return i
    if (n - skip == 4 and skip in families and skip + 1 in families
            and not _CAPITALISED_BEFORE.search(text, max(0, tokens[skip].start - 30), tokens[skip].start)):
        return skip  # two family names, father's and mother's, then two syllables: "Lê Nguyễn Hoàng Anh"
    candidates = [i for i in families if n - i <= (5 if _family_pair(tokens, i) else 4)]
    if not candidates:
        return None
    best = next((i for i in candidates if n - i == 3), candidates[0])
    if n - best == 2 and _LEVEL_BEFORE_PLACE.search(text, max(0, tokens[best].start - 12), tokens[best].start):
        return None  # "huyện Lâm Bình": a district, not a person
    return best


def _display_name(text: str, tokens: list[_Token]) -> str:
    name = " ".join(t.word for t in tokens)
    return name.title() if name.isupper() else name


# --- roles -------------------------------------------------------------------------

@dataclass
class _Role:
    start: int
    title_end: int
    org_start: int | None
    end: int


@dataclass
class _Chain:
    roles: list[_Role]
    end: int
    name: list[_Token] | None = None  # the name the last role ran into ("R X")


class _Reader:
    """Reads roles and names in one document's normalised text."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.text = ctx.norm
        self._titles: dict[int, object] = {}
        self._folded = ctx.lower  # None when lower-casing is not case folding
        self.runs = _Runs(self.text, ctx.article.start, ctx.article.end, self.title)
        lower = ctx.lower  # None also when lower-casing keeps offsets but is not case folding
        if lower is None:
            lower = self.text.lower()
        self.lower = lower if len(lower) == len(self.text) else None
        self._roles: dict[int, tuple[_Role, list[_Token] | None, bool] | None] = {}
        self._honorifics: dict[int, tuple[int, list[str]]] = {}

    def next_title(self, pos: int, end: int) -> int | None:
        """Where the next title starts in [pos, end), or None."""
        if self.lower is None:
            t = _TITLE.search(self.text, pos, end)
            return t.start() if t else None
        lower = self.lower
        while True:
            t = _TITLE_START.search(lower, pos, end)  # a faster scan, checked below
            if t is None:
                return None
            start = t.start()
            if _TITLE_LOWER.match(lower, start, end) and self.title(start):
                return start
            pos = start + 1

    def title(self, start: int):
        """``_TITLE.match(text, start)``, once per position: the rules ask again and again."""
        titles = self._titles
        if start in titles:
            return titles[start]
        folded = self._folded
        if folded is not None and not _TITLE_MAY_START.match(folded, start):
            t = titles[start] = None  # a quick answer: no title can start here
        else:
            t = _TITLE.match(self.text, start)
            if t is not None and _NOT_TITLE.match(self.text, start):
                t = None  # "Đại sứ quán": an organisation that starts with a title's words
            titles[start] = t
        return t

    def honorifics_before(self, start: int) -> tuple[int, list[str]]:
        """``_honorifics_before``, worked out once per position (the list is not to be changed)."""
        found = self._honorifics
        if start not in found:
            found[start] = _honorifics_before(self.text, start)
        return found[start]

    # A role: a title and the organisation written after it.
    def role(self, start: int) -> tuple[_Role, list[_Token] | None, bool] | None:
        """(role, name it ran into, whether another title follows at once), read once per start."""
        roles = self._roles
        if start not in roles:
            roles[start] = self._read_role(start)
        return roles[start]

    def _read_role(self, start: int) -> tuple[_Role, list[_Token] | None, bool] | None:
        text = self.text
        t = self.title(start)
        if not t:
            return None
        pos, org_start, words = t.end(), None, 0
        name, next_title = None, False
        if _STEERING.search(text, start, pos):
            task = _STEERED_TASK.match(text, pos + 1)
            if task and text[pos:pos + 1] == " ":
                pos, org_start, words = task.end(), pos + 1, 2
        while words < _MAX_ORG_WORDS:
            q = pos  # the gap: spaces, or a dash inside a name with spaces around it
            while text[q:q + 1] in (" ", "\t"):
                q += 1
            if q == pos:
                q = self._wrapped_line(pos, start if org_start is None else org_start, org_start is None)
                if q is None:
                    break
            if text[q:q + 1] in ("-", "–"):
                dash = self._inner_dash(pos)
                if dash:
                    q = dash.end()
            if org_start is not None and text[q:q + 1].islower() and _NAMED_PLACE_BEFORE.search(
                    text, max(org_start, q - 60), q) and not _LEVEL_AT.match(text, q) and not _AFTER_PLACE.match(text, q):
                break
            if org_start is not None and text[q:q + 1].isupper() and _COUNTRY_BEFORE.search(text, max(org_start, q - 30), q):
                foreign = self._foreign_name(q)
                if foreign:
                    name = foreign
                    break
            step = self._org_step(q)
            if step is None:
                if self.title(q):
                    next_title = True
                elif text[q:q + 1].isupper():
                    r = q
                    while (h := _HONORIFIC.match(text, r)) is not None:  # "… Sở Y tế BSCKII. Ngô Quang Huy"
                        r = _HONORIFIC_GAP.match(text, h.end()).end()
                    if self.runs.name_at(r):
                        name = self.runs.rest(r)
                break
            org_start = q if org_start is None else org_start
            pos, words = step, words + 1
        if org_start is not None and name is None and not next_title:
            parent = _PARENT_IN_BRACKETS.match(text, pos) or _PARENT_UNIVERSITY.match(text, pos)
            if parent:  # "Cục trưởng Cục Phòng bệnh (Bộ Y tế)", "… Trường Đại học Y Dược, Đại học Huế"
                pos = parent.end()
        return _Role(start, t.end(), org_start, pos), name, next_title

    def _wrapped_line(self, pos: int, part_start: int, bare_title: bool) -> int | None:
        """Where a role goes on after a line break that cut it ("Phó Trưởng ban⏎Văn hóa - Xã hội HĐND
        tỉnh"), or None.  Only a role cut right after its title or an organisation's head word
        ("Giám đốc Bệnh viện⏎Đa khoa tỉnh") is read on: no sentence ends there, while a caption or
        a heading may end after a whole role, with the next line a new sentence."""
        text = self.text
        if text[pos:pos + 1] != "\n" or not (bare_title or text[part_start:pos] in _HEAD_WORDS):
            return None
        q = pos + 1
        while text[q:q + 1] in (" ", "\t"):
            q += 1
        if not text[q:q + 1].isupper() or _STOP_ANY_CASE.match(text, q) or _HONORIFIC.match(text, q):
            return None
        if not self.ctx.article.allows(q, q + 1):
            return None  # the page's furniture ("Tin tức > Tin hoạt động") under the line
        if self.title(q) or self.runs.name_at(q):
            return None
        return q

    def _foreign_name(self, q: int) -> list[_Token] | None:
        """A foreign official's name right after their country ("Đại sứ Nhật Bản tại Việt Nam
        Ishikawa Noboru", "Thứ trưởng Bộ Y tế Lào Bounmy Sengsouvanh"): two or three capitalised
        words that end the run, one of them no Vietnamese syllable, none a place."""
        rest = self.runs.rest(q)
        if not 2 <= len(rest) <= 3 or rest[0].start != q:
            return None
        if any(_PLACE.match(self.text, t.start) for t in rest) or not any(not _VIETNAMESE_SYLLABLE.fullmatch(t.word) for t in rest):
            return None
        return rest

    def _inner_dash(self, pos: int):
        """A spaced dash inside a name ("khoa Nhiễm - Thần kinh"), not before another title or a name."""
        dash = _INNER_DASH.match(self.text, pos)
        if not dash:
            return None
        q = dash.end()
        if not self.text[q:q + 1].isupper() or self.title(q) or _HONORIFIC.match(self.text, q):
            return None
        return None if self.runs.name_at(q) else dash

    def _org_step(self, q: int) -> int | None:
        """Where the organisation continues to after the word at ``q``, or None if it ends."""
        text = self.text
        word = _WORD.match(text, q)
        if not word:
            short = text[q:q + 1] == "(" and _SHORT_NAME.match(text, q)
            return short.end() if short else None
        found = word.group()
        rules = _STEP_RULES.get(found)
        if rules is None:
            rules = _step_rules(found)
        if rules & _MAY_END:  # a rule below may apply: tried in this order
            fixed = rules & _FIXED_FIRST and (_FIXED.match(text, q) or _AT_PLACE.match(text, q))
            if fixed:
                return fixed.end()
            if rules & _STOP_FIRST and (_STOP.match(text, q) or (
                    text[q:q + 2].isupper() and _STOP_ANY_CASE.match(text, q))):  # "… UBND TỈNH PHÁT BIỂU"
                return None
            if (rules & _HONORIFIC_FIRST and _HONORIFIC.match(text, q)) or (
                    rules & _TITLE_FIRST and self.title(q)):
                return None
            place = rules & _PLACE_FIRST and _PLACE.match(text, q)
            if place:
                return place.end()
            if rules & _AND_WORD and _AND.match(text, q):
                return self._and_step(q)
        if rules & _UPPER_FIRST and self.runs.name_at(q):
            return None
        end = word.end()
        if text[end:end + 1] == "." and found in _DOTTED_LEVELS and text[end + 1:end + 2] == " ":
            return end + 1  # "UBND TP. Hồ Chí Minh"
        return end

    def _word_unless_name(self, q: int) -> int | None:
        """The end of the capitalised word at ``q``, or None when a person's name starts there."""
        if self.runs.name_at(q):
            return None
        word = _WORD.match(self.text, q)
        return word.end() if word else None

    def _and_step(self, q: int) -> int | None:
        """"và" joins words of one organisation's name ("Nông nghiệp và Phát triển nông thôn")."""
        text = self.text
        gap = _GAP.match(text, q + 2)
        if not gap:
            return None
        r = gap.end()
        if not text[r:r + 1].isupper() or _HEAD.match(text, r) or self.title(r) or _HONORIFIC.match(text, r):
            return None
        fixed = _FIXED.match(text, r)  # "Cục Cơ sở hạ tầng và Thiết bị y tế": "bị" is no verb there
        return fixed.end() if fixed else self._word_unless_name(r)

    def chain(self, start: int) -> _Chain | None:
        """Roles one after another: "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", "… Sở Y tế Trưởng Đoàn …"."""
        first = self.role(start)
        if first is None:
            return None
        roles = []
        role, name, next_title = first
        while True:
            roles.append(role)
            if name is not None:
                return _Chain(roles, role.end, name)
            q = None
            if next_title:
                q = _GAP.match(self.text, role.end).end()
            else:
                sep = _ROLE_SEP.match(self.text, role.end)
                if sep and self.title(sep.end()):
                    q = sep.end()
            if q is None:
                return _Chain(roles, role.end)
            role, name, next_title = self.role(q)

    def linked(self, end: int) -> _Chain | None:
        """More roles after "làm", "giữ chức", "được chỉ định giữ chức" …"""
        link = _LINK.match(self.text, end)
        if link and self.title(link.end()):
            return self.chain(link.end())
        return None

    def record(self, role: _Role) -> Role:
        words = self.ctx.text.words
        title = words(role.start, role.title_end)
        org = words(role.org_start, role.end) if role.org_start is not None else None
        return Role(title=title, organization=org, organization_expanded=_expand(org),
                    text=words(role.start, role.end))


@lru_cache(maxsize=4096)
def _expand(org: str | None) -> str | None:
    if not org:
        return None
    plain = _DOTTED_LEVEL.sub(r"\1", org)  # "TP. Hồ Chí Minh" expands as "TP Hồ Chí Minh"
    expanded = _ABBREVIATION.sub(  # a short name in brackets glosses the name before it, and a code's
        # part is no name ("Nghị quyết số 20-NQ/TW"): both are left as they are
        lambda m: m.group() if plain[m.start() - 1:m.start()] in ("(", "/", "-") else _ORGS["abbreviations"][m.group()],
        plain)
    return expanded if expanded != plain else None


# --- mentions ----------------------------------------------------------------------

@dataclass
class _Mention:
    name: list[_Token]
    honorifics: list[str] = field(default_factory=list)
    roles: list[_Role] = field(default_factory=list)
    start: int = 0
    end: int = 0
    signed: bool = False  # from a signature block

    def add(self, roles, start, end):
        self.roles.extend(roles)
        self.start, self.end = min(self.start, start), max(self.end, end)


class _Mentions:
    def __init__(self, reader: _Reader):
        self.reader = reader
        self.by_name: dict[int, _Mention] = {}

    def add(self, name: list[_Token], roles: list[_Role], start: int, end: int, honorifics=()):
        if not roles:
            return
        key = name[0].start
        m = self.by_name.get(key)
        if m is None:
            m = self.by_name[key] = _Mention(name, [], [], start, end)
        elif len(name) > len(m.name):
            m.name = name
        m.add(roles, start, end)
        for h in honorifics:
            if h not in m.honorifics:
                m.honorifics.append(h)

    def add_short(self, at: int, name: list[_Token], roles: list[_Role], start: int, end: int):
        """Roles given where the person is named by the given name alone (``at``), as a
        mention of its own: its evidence is that place, not the full name's."""
        if roles and at not in self.by_name:
            self.by_name[at] = _Mention(name, [], list(roles), start, end)

    def ordered(self) -> list[_Mention]:
        return sorted(self.by_name.values(), key=lambda m: m.start)


# An office the person last named takes further on in the sentence: "điều động đồng chí X, Giám đốc
# Sở Y tế, đến nhận công tác tại Ban Tuyên giáo Tỉnh ủy và giữ chức Phó Trưởng ban Thường trực".
_TAKES_OFFICE = regex.compile(r"giữ[ \t]+chức(?:[ \t]+vụ)?[ \t]+")  # found by its words first, then:
# ", được bổ nhiệm giữ chức R", "và giữ chức R", ", từng giữ chức R" (an office held before)
_TAKES_OFFICE_LEAD = regex.compile(r"(?:,|[ \t]và)[ \t]+(?:(?:được|từng)[ \t]+)?(?:bổ[ \t]+nhiệm[ \t]+)?\Z")
_SENTENCE_BREAK = regex.compile(r"[.!?…][ \t]+(?=\p{Lu})|\n")


def _offices_taken_later(reader: _Reader, mentions: _Mentions) -> None:
    """Roles taken by "và giữ chức R" after a clause: they belong to the person named last
    before them in the sentence."""
    text, art = reader.text, reader.ctx.article
    ordered = mentions.ordered()
    starts = [m.start for m in ordered]
    for taken in _TAKES_OFFICE.finditer(text, art.start, art.end):
        lead = _TAKES_OFFICE_LEAD.search(text, max(art.start, taken.start() - 30), taken.start())
        if lead is None or not reader.title(taken.end()):
            continue
        at = lead.start()
        sentence_start = max(art.start, at - 400)
        for brk in _SENTENCE_BREAK.finditer(text, sentence_start, at):
            sentence_start = brk.end()
        i = bisect_right(starts, at)
        mention = ordered[i - 1] if i and ordered[i - 1].start >= sentence_start else None
        if mention is not None and mention.end >= at:
            continue  # right after the roles it is a link, read already
        named = reader.runs.last_name_between(mention.end if mention else sentence_start, at)
        chain = reader.chain(taken.end())
        if chain.name is not None or not chain.roles:
            continue
        if named is not None:  # a person named with no office yet: "điều động ông X đến … và giữ chức R"
            mentions.add(reader.runs.rest(named), chain.roles, named, chain.end)
        elif mention is not None:
            mention.roles.extend(chain.roles)


# A person named again by a word of address and the given name alone: "Bác sĩ Ánh, đồng thời là
# Trưởng khoa Nhi", "ông Hùng - Giám đốc …".  The given name must follow at once, then no capital.
_SHORT_NAME_AFTER = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{_ADDRESS})[ \t]+\Z")


def _given_name_mentions(reader: _Reader, mentions: _Mentions) -> None:
    """Roles given to a person already named in full, where the text calls them by word of
    address and given name; only when one person of the article has that given name."""
    text, art = reader.text, reader.ctx.article
    by_given: dict[str, list[_Token] | None] = {}
    for m in mentions.ordered():
        if len(m.name) >= 2:
            given = m.name[-1].word
            known = by_given.get(given, m.name)
            same = known is not None and " ".join(t.word for t in known) == " ".join(t.word for t in m.name)
            by_given[given] = m.name if same else None
    for given, name in by_given.items():
        if name is None:
            continue
        for at in _find_all(text, given, art.start, art.end):
            if at in mentions.by_name or not _SHORT_NAME_AFTER.search(text, max(art.start, at - 24), at):
                continue
            end = at + len(given)
            if text[end:end + 1].isalnum() or text[end:end + 1] == "'" or _CAPITAL_NEXT.match(text, end):
                continue  # a longer word, or a longer name ("ông Ánh Dương")
            found = _roles_after(reader, end)
            if found:
                roles, role_end = found
                begin = _SHORT_NAME_AFTER.search(text, max(art.start, at - 24), at).start()
                mentions.add_short(at, name, roles, begin, role_end)


def _roles_after(reader: _Reader, end: int) -> tuple[list[_Role], int] | None:
    """The roles after a name ending at ``end`` ("X, R1, R2", "X - R", "X làm R") and where they
    end, or None when they run into another person's name."""
    text = reader.text
    roles, role_end = [], end
    sep = _NAME_SEP.match(text, end)
    if sep and reader.title(sep.end()):
        chain = reader.chain(sep.end())
        if chain.name is not None:
            return None
        roles, role_end = chain.roles, chain.end
    while (more := reader.linked(role_end)) is not None and more.name is None:
        roles, role_end = roles + more.roles, more.end
    return (roles, role_end) if roles else None


# A one-word K'Ho, Mạ or Ê Đê name: "bà K'Thơi – Phó Trưởng ban …", "BS K'Brơi, Trưởng khoa …",
# "bà H'Luých, Chi cục trưởng …", "ông K' Điện".  Found from its apostrophe, which few texts hold.
# Or the name opens an item of a list of guests: "các đồng chí: K'Broi – Phó Chủ tịch HĐND tỉnh; …".
_LIST_ITEM_BEFORE = regex.compile(r"(?:[:;][ \t]*|" + _PLURAL_ADDRESS_BEFORE.pattern.removesuffix(r"\Z") + r")\Z")
_ONE_WORD_NAME = regex.compile(r"(?<![\p{L}\p{N}])[KH]['’][ \t]?\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’])")


def _one_word_names(reader: _Reader, mentions: _Mentions) -> None:
    """People named by one word after a word of address or a degree, which the runs of two
    capitalised words and more never hold."""
    text, art = reader.text, reader.ctx.article
    marks = sorted(i - 1 for mark in "'’" for i in _find_all(text, mark, art.start + 1, art.end))
    for at in marks:
        m = _ONE_WORD_NAME.match(text, at, art.end) if text[at] in "KH" else None
        if not m or at in mentions.by_name or _CAPITAL_NEXT.match(text, m.end()):
            continue
        begin, honorifics = reader.honorifics_before(at)
        found = (honorifics or _LIST_ITEM_BEFORE.search(text, max(0, at - 30), at)) and _roles_after(reader, m.end())
        if found:
            mentions.add([_Token(at, m.end(), m.group())], found[0], begin, found[1], honorifics)
        elif not honorifics and (before := _roles_ending_at(reader, at, m.end())):
            roles, start = before
            mentions.add([_Token(at, m.end(), m.group())], roles, start, m.end(), [])


# A foreign guest named after "ông", "bà" or "ngài" with a hyphen or an initial in the name, which the
# runs of capitalised words never hold: "bà Kirsten Møller-Hansen – Trưởng Đại diện WHO …", "Ông Michael
# R. Delaney, Giám đốc USAID Việt Nam".  The address words are found first, then:
_FOREIGN_ADDRESS = regex.compile(r"(?<![\p{L}\p{N}])(?:ông|bà|ngài|Ông|Bà|Ngài)[ \t]+(?=\p{Lu})")
_FOREIGN_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_FOREIGN_NAME = regex.compile(rf"{_FOREIGN_WORD}(?:[ \t]+(?:{_FOREIGN_WORD}|\p{{Lu}}\.(?=[ \t]+\p{{Lu}})))+(?![\p{{L}}\p{{N}}])")


def _foreign_names(reader: _Reader, mentions: _Mentions) -> None:
    """Foreign guests whose names hold a hyphen or an initial, with their roles after them."""
    text, art = reader.text, reader.ctx.article
    for address in _FOREIGN_ADDRESS.finditer(text, art.start, art.end):
        m = _FOREIGN_NAME.match(text, address.end(), art.end)
        if not m or m.start() in mentions.by_name or ("-" not in m.group() and "." not in m.group()):
            continue
        words = m.group().split()
        if not 2 <= len(words) <= 4 or all(_VIETNAMESE_SYLLABLE.fullmatch(part)
                                           for w in words for part in w.rstrip(".").split("-")):
            continue  # "bà Rịa-Vũng Tàu" is no one
        found = _roles_after(reader, m.end())
        if found:
            tokens, pos = [], m.start()
            for word in words:
                pos = text.find(word, pos)
                tokens.append(_Token(pos, pos + len(word), word))
                pos += len(word)
            mentions.add(tokens, found[0], address.start(), found[1], [address.group().strip()])


def _roles_ending_at(reader: _Reader, at: int, end: int) -> tuple[list[_Role], int] | None:
    """The roles written right before a one-word name at ``at``…``end``, in its sentence:
    "đại biểu HĐND tỉnh K'Mák".  Read as a role, the name is the last word of its organisation."""
    text = reader.text
    sentence = max(text.rfind(ch, max(0, at - 120), at) for ch in ".;:\n")
    pos = max(sentence + 1, at - 120)
    while (start := reader.next_title(pos, at)) is not None:
        chain = reader.chain(start)
        last = chain.roles[-1] if chain and chain.name is None and chain.end == end else None
        org = text[last.org_start:at].rstrip() if last and last.org_start is not None else ""
        word_before = org.rsplit(None, 1)[-1] if org else ""
        if (word_before and not (word_before[0].isupper() and not word_before.isupper())
                and not _LEVEL_BEFORE_PLACE.search(text, max(0, at - 12), at)):
            return chain.roles[:-1] + [replace(last, end=last.org_start + len(org))], start
        # else the word is part of a place's name ("xã Đạ K'Nàng", "thôn K'Long")
        pos = start + 1
    return None


def _honorifics_before(text: str, start: int) -> tuple[int, list[str]]:
    """(start of the honorifics, the honorifics as written) just before a name."""
    window = max(0, start - 40)
    line_start = text.rfind("\n", window, start) + 1
    begin = max(line_start, window)
    if not _HONORIFIC_REVERSED.match(text[begin:start][::-1]):
        return start, []
    m = _HONORIFICS_BEFORE.search(text, begin, start)
    if not m:
        return start, []
    return m.start(), [h.group() for h in _HONORIFIC_PIECE.finditer(text, m.start(), m.end())]


def _roles_before_names(reader: _Reader, mentions: _Mentions) -> None:
    """"Phó Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Minh", "Trưởng đoàn là đồng chí X", "R: X"."""
    art = reader.ctx.article
    pos = art.start
    while True:
        start = reader.next_title(pos, art.end)
        if start is None:
            return
        chain = reader.chain(start)
        pos = max(chain.end, start + 1)
        name = chain.name
        if name is None and (colon := _COLON.match(reader.text, chain.end)) and reader.title(colon.end()):
            second = reader.chain(colon.end())  # "Trưởng đoàn: Thứ trưởng Lê Hoàng Minh"
            if second.name is not None:
                chain = _Chain(chain.roles + second.roles, second.end, second.name)
                name = second.name
        if name is None:
            name = _name_after_role(reader, start, chain.end) or _name_after_dash(reader, start, chain.end)
        if name is None:
            continue
        mentions.add(name, chain.roles, start, name[-1].end, reader.honorifics_before(name[0].start)[1])
        pos = max(pos, name[-1].end)
        header = ":" in reader.text[chain.end:name[0].start]  # "Phó Giám đốc Sở: A, B"
        plural = bool(_PLURAL_BEFORE.search(reader.text, max(0, start - 8), start)  # "các Thứ trưởng A và B"
                      or _PLURAL_ADDRESS_BEFORE.search(reader.text, max(0, start - 20), start))  # "các đồng chí Phó Bí thư: …"
        if header or plural:
            for other in _names_listed_after(reader, name, header, plural):
                mentions.add(other, chain.roles, start, other[-1].end, reader.honorifics_before(other[0].start)[1])
                pos = max(pos, other[-1].end)


def _names_listed_after(reader: _Reader, name: list[_Token], header: bool, plural: bool) -> list[list[_Token]]:
    """The names listed after ``name`` with a comma or "và", who share the roles before it.

    After a heading ("Phó Chủ tịch Hội đồng: bà A, R1 và ông B, R2") each name may have
    roles of its own, which are stepped over, and a plural heading ("các Phó Trưởng ban:
    bà A, R1; ông B, R2") lists on across semicolons; otherwise ("các Thứ trưởng A và B")
    a name with roles of its own ends the list."""
    text, found, end = reader.text, [], name[-1].end
    separators = _LIST_SEP_ITEMS if header and plural else _LIST_SEP
    addressed = bool(reader.honorifics_before(name[0].start)[1])  # the items are named with words of address
    while True:
        own = _NAME_SEP.match(text, end)
        if header and own and reader.title(own.end()):
            end = reader.chain(own.end()).end
        elif (where := _WORKPLACE_BRACKET.match(text, end)):
            end = where.end()  # "Hai Ủy viên phản biện là GS.TS A (Bệnh viện K) và BSCKII B, …"
        sep = separators.match(text, end)
        if not sep:
            break
        q = sep.end()
        while (h := _HONORIFIC.match(text, q)):
            q = _HONORIFIC_GAP.match(text, h.end()).end()
        if q > sep.end() and ";" in sep.group() and not addressed:
            break  # "Phó Bí thư: A, R_A; B, R_B; đồng chí C – R_C": C is no longer in the list
        rest = reader.runs.rest(q)
        if not rest or len(rest) > 4 or reader.title(q) or not reader.runs.name_at(q):
            break
        after = _NAME_SEP.match(text, rest[-1].end)
        if not header and after and reader.title(after.end()) and "và" not in sep.group():
            break  # "A, B, Giám đốc …": B has a role of its own; "A và B, R2": the list's last, B has both
        found.append(rest)
        end = rest[-1].end
    return found


def _name_after_role(reader: _Reader, start: int, end: int) -> list[_Token] | None:
    """The name in "R là đồng chí X", "R: X", "R, ông X".

    Not "R, ông X" when the role already follows a name: "ông A - R, bà B - R2" lists two people."""
    text = reader.text
    cue = _ROLE_THEN_NAME.match(text, end)
    listed = not cue and _PLURAL_BEFORE.search(text, max(0, start - 10), start) is not None
    if listed:
        cue = _LISTED_AS.match(text, end)  # "các Phó Giám đốc gồm ông X và bà Y"
    if not cue and _APPOINTING_BEFORE.search(text, max(0, start - 40), start):
        cue = _GIVEN_TO.match(text, end)  # "trao quyết định bổ nhiệm R cho bà X"
    if not cue:
        cue = _COMMA.match(text, end)
        if not cue or _AFTER_NAME.search(text, max(0, start - 40), start) or _LINKED_BEFORE.search(
                text, max(0, start - 40), start):
            return None  # "ông A … giữ chức R, đồng chí B …": R is A's, B comes next
    q, honorifics = cue.end(), False
    while (h := _HONORIFIC.match(text, q)):
        q, honorifics = _HONORIFIC_GAP.match(text, h.end()).end(), True
    if not honorifics and not (listed or _ROLE_THEN_NAME.match(text, end)):
        return None  # "R, X" without an honorific is a list, not an apposition, nor "R cho X" a person
    rest = reader.runs.rest(q)
    if not rest or len(rest) > 4 or reader.title(q):
        return None
    if cue.group().strip() == "," and _not_their_office(reader, start, rest):
        return None
    if cue.group().strip() == "," and text[start].islower() and (title := reader.title(start)) and title.end() >= end:
        return None  # "ý kiến đại biểu, bà X": a bare title in lower case is a plain noun there
    if reader.runs.name_at(q):
        return _with_lowercase_tail(text, rest) if honorifics else rest
    if honorifics and len(rest) >= 2 and not _PLACE.match(text, q):
        return _with_lowercase_tail(text, rest)
    return None


def _not_their_office(reader: _Reader, start: int, name: list[_Token]) -> bool:
    """"Thừa ủy quyền của R, ông X": X acts for the office; "… của R, BS X, R2": R signed, X has his own."""
    text = reader.text
    before = text[max(0, start - 30):start]
    if _DELEGATED_BY.search(before):
        return True
    if _OF_BEFORE.search(before):
        sep = _NAME_SEP.match(text, name[-1].end)
        return bool(sep and reader.title(sep.end()))
    return False


def _name_after_dash(reader: _Reader, start: int, end: int) -> list[_Token] | None:
    """The name in "Giám đốc Sở Y tế – Nguyễn Văn An phát biểu" (a caption, a list heading).

    Not when the role already follows a name ("A - R - B") nor when the role after the name
    opens the next item of a list ("R1 - B, R2 - C"); "Ủy viên phản biện – TS B, Viện trưởng …"
    gives B both."""
    text = reader.text
    if _AFTER_NAME.search(text, max(0, start - 40), start) and not _DASHED_ITEM_BEFORE.search(
            text, max(0, start - 60), start):
        return None  # but "R1 – ông A, R2 – ông B": R2 opens the next item of a list
    return _name_after_mark(reader, _DASH, end)


def _name_after_mark(reader: _Reader, mark: re.Pattern, end: int) -> list[_Token] | None:
    """The name after ``mark`` at ``end`` ("– BS Nguyễn Văn An", " là bà Y"), if one is written there."""
    text = reader.text
    cue = mark.match(text, end)
    if not cue:
        return None
    q = cue.end()
    while (h := _HONORIFIC.match(text, q)):
        q = _HONORIFIC_GAP.match(text, h.end()).end()
    rest = reader.runs.rest(q)
    if not rest or len(rest) > 5 or reader.title(q) or not reader.runs.name_at(q):
        return None
    return rest


def _names_before_roles(reader: _Reader, mentions: _Mentions) -> None:
    """"Đồng chí X, R1, R2", "X - R", "X (R)", "ông X làm R", "các đồng chí: A, R; B, R"."""
    text = reader.text
    last: tuple[list[_Token], int, bool] | None = None  # the name last given roles, their end, and whether linked
    for run in reader.runs.runs_followed_by(_ROLES_MAY_FOLLOW):  # the runs the test below may pass
        if not _ROLES_MAY_FOLLOW.match(text, run[-1].end):
            continue  # no role can follow a name ending here (below), and a name without roles is no mention
        skip = _address_words(run)  # "Ông Sơn Thanh Tùng" in one capitalised run
        start = skip if _loose_name(reader, run[skip:]) else reader.runs.name_start(run[0].start)
        if start is None:
            continue
        name = run[start:]
        begin, honorifics = reader.honorifics_before(name[0].start)
        if (not honorifics and start == 0 and name[0].start not in mentions.by_name  # "R X – R2": a person already
                and _NOT_PERSON_BEFORE.search(text, max(0, name[0].start - 20), name[0].start)):
            continue
        if honorifics:
            name = _with_lowercase_tail(text, name)
        roles, end = [], name[-1].end
        note = (_photo_position(text, end) or _AGE.match(text, end)  # "X (thứ hai từ trái sang), R", "X, 58 tuổi, R"
                or _affiliation(reader, end))  # "X (Đại học Y Dược TP Hồ Chí Minh), R"
        sep = _NAME_SEP.match(text, note.end() if note else end)
        if sep and reader.title(sep.end()):
            chain = reader.chain(sep.end())
            if chain.name is not None or _name_after_mark(reader, _IS_NAMED, chain.end):
                chain.roles.pop()  # the last role belongs to the next name: "X, R1 Y", "X, R1 là Y"
            elif _DASH_BEFORE.search(text, max(0, begin - 3), begin) and _name_after_mark(reader, _DASH, chain.end):
                chain.roles.clear()  # "R1 – ông X, R2 – ông Y": R2 is Y's
            roles, end = chain.roles, chain.end
            if roles and "(" in sep.group() and (close := _CLOSING_BRACKET.match(text, end)):
                dash = _DASH.match(text, close.end()) or _COMMA.match(text, close.end())
                if reader.linked(close.end()) is not None:
                    end = close.end()  # "X (R) làm R2": the link comes after the bracket
                elif dash and reader.title(dash.end()) and (more := reader.chain(dash.end())).name is None:
                    roles, end = roles + more.roles, more.end  # "X (R) – Thư ký Hội đồng", "X (R), Bí thư …"
        if not roles and note:
            end = note.end()  # "B (Trung tâm Y tế huyện) là …"
        own_end, linked_roles = end, []
        while (more := reader.linked(end)) is not None:
            linked_roles += more.roles[:-1] if more.name is not None else more.roles
            end = more.end
            if more.name is not None:
                break
        roles = roles + linked_roles
        if (linked_roles and honorifics and last and not last[2] and last[1] < begin
                and _AND_GAP.fullmatch(text, last[1], begin)):
            # "đồng chí A – R1 và đồng chí B – R2 làm Phó Trưởng ban": both take the office
            mentions.add(last[0], linked_roles, reader.honorifics_before(last[0][0].start)[0], end)
        if roles:
            last = (name, own_end, bool(linked_roles))
        mentions.add(name, roles, begin, end, honorifics)
        for joined in (_names_joined_before(reader, begin) if roles else ()):
            mentions.add(joined, roles, reader.honorifics_before(joined[0].start)[0], end,
                         reader.honorifics_before(joined[0].start)[1])


def _names_joined_before(reader: _Reader, begin: int) -> list[list[_Token]]:
    """The people who share the roles of the name starting at ``begin``: "ông A và bà B, R" (A, named
    with a word of address right before "và"); a list item "…; A, B và C – Phó Giám đốc"; a list that a
    plural word of address opens ("các đồng chí A, B được bầu giữ chức R")."""
    text = reader.text
    found: list[list[_Token]] = []
    ends_with_and = paired = False  # "… và C, R"; "ông A và bà B, R": A shares B's roles whatever comes before
    while (joint := _JOINT_BEFORE.search(text, max(0, begin - 12), begin)) is not None:
        name = _name_ending_at(reader, joint.start())
        if name is None:
            break
        q = name[0].start
        if not found and "," not in joint.group():
            ends_with_and = True
            paired = bool(reader.honorifics_before(q)[1] or _LIST_ITEM_BEFORE.search(text, max(0, q - 3), q))
        found.append(name)
        begin = reader.honorifics_before(q)[0]
    if not found:
        return []
    first = found[-1][0].start
    if _PLURAL_ADDRESS_BEFORE.search(text, max(0, first - 20), first) or (
            ends_with_and and _LIST_ITEM_BEFORE.search(text, max(0, begin - 3), begin)):
        return found  # the whole list: "các đồng chí A, B …", "…; A, B và C – R" (not "Thành phần: A, B, R")
    return found[:1] if paired else []


def _name_ending_at(reader: _Reader, end: int) -> list[_Token] | None:
    """The person's name whose last word ends at ``end``, if one does."""
    text = reader.text
    for word in _CAPITAL_WORD.finditer(text, max(0, end - 40), end):
        q = word.start()
        rest = reader.runs.rest(q)
        if rest and rest[-1].end == end and reader.runs.name_at(q):
            return rest
    return None


def _affiliation(reader: _Reader, end: int):
    """Where a person comes from, in brackets right at ``end`` and before a role: not a role itself."""
    if not reader.text.startswith("(", _SPACES.match(reader.text, end).end()):
        return None
    m = _AFFILIATION.match(reader.text, end)
    return m if m and not reader.title(reader.text.index("(", end) + 1) else None


def _photo_position(text: str, end: int):
    """A bracketed photo position right at ``end``; the bracket is looked for first, since
    the regex module searches the rest of the text for the ")" before each match."""
    if not text.startswith("(", _SPACES.match(text, end).end()):
        return None
    return _PHOTO_POSITION.match(text, end)


def _address_words(run: list[_Token]) -> int:
    """How many words of address ("Ông", "Bà") start the run."""
    skip = 0
    while skip < len(run) and run[skip].word in _NOT_A_NAME_WORDS:
        skip += 1
    return skip


def _loose_name(reader: _Reader, run: list[_Token]) -> bool:
    """Right after "Đồng chí", "ông", "TS." … the whole run is the name ("Y Thanh Hà Niê Kđăm")."""
    text = reader.text
    return (2 <= len(run) <= 5 and run[0].word not in _NOT_A_NAME_WORDS and bool(reader.honorifics_before(run[0].start)[1])
            and not reader.title(run[0].start) and not _PLACE.match(text, run[0].start))


def _with_lowercase_tail(text: str, name: list[_Token]) -> list[_Token]:
    """A last syllable typed in lower case ("đồng chí Nguyễn Khắc lập - Phó Giám đốc")."""
    if len(name) >= 4:
        return name
    m = _LOWER_TAIL.match(text, name[-1].end)
    if m and not _STOP.match(text, m.start(1)):
        after = _NAME_SEP.match(text, m.end())
        if after and _TITLE.match(text, after.end()):
            return name + [_Token(m.start(1), m.end(1), m.group(1))]
    return name


def _signature_blocks(reader: _Reader, mentions: _Mentions) -> None:
    """"TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG / (Đã ký) / Nguyễn Quốc Hưng": the title line above the name."""
    text = reader.text
    for run in reader.runs.runs_alone_on_line():
        line_start = _alone_on_line(text, run[0].start, run[-1].end)
        if line_start is None or len(run) > 4 or not reader.runs.name_at(run[0].start):
            continue
        role = _title_line_above(reader, line_start)
        if role is not None:
            mentions.add(run, [role], role.start, run[-1].end)
            mentions.by_name[run[0].start].signed = True


def _alone_on_line(text: str, start: int, end: int) -> int | None:
    """The start of the line when [start, end) is all the line holds but spaces (and a table's
    bars), else None."""
    if not _LINE_END.match(text, end):  # the quicker test first
        return None
    before = start
    while before > 0 and text[before - 1] in " \t|":
        before -= 1
    if before and text[before - 1] != "\n":
        return None
    return before


def _title_line_above(reader: _Reader, line_start: int) -> _Role | None:
    text = reader.text
    end = line_start - 1
    for _ in range(12):  # blank lines and "(Đã ký)" between title and name
        if end <= 0:
            return None
        start = text.rfind("\n", max(0, end - _MAX_TITLE_LINE), end) + 1
        if start == 0 and end > _MAX_TITLE_LINE:
            return None  # a long line is not a title line
        line = text[start:end]
        if line.strip() and not _SIGNED.match(line):
            lead = _ON_BEHALF.match(text, start)
            q = lead.end() if lead else _BARS.match(text, start).end()  # "| CHỦ TỊCH": a table's bar first
            parsed = reader.role(q)
            if parsed and not text[parsed[0].end:end].strip(" \t|") and not lead:
                return parsed[0]
            return None
        end = start - 1
    return None


# --- records -----------------------------------------------------------------------

def _allowed(ctx, mention: _Mention) -> bool:
    text = ctx.norm
    if mention.signed:
        # The signer's name line may be taken for a byline; the title line above says otherwise.
        first = mention.roles[0]
        if not (ctx.allows(first.start, first.end) and mention.end <= ctx.article.end):
            return False
    elif not ctx.allows(mention.start, mention.end):
        return False
    name_start = mention.name[0].start
    window = max(0, name_start - 80)
    line_start = text.rfind("\n", window, name_start) + 1
    before = text[max(line_start, window):name_start]
    if not line_start and window:
        before = "…" + before  # the line starts further back
    return not _CREDIT_BEFORE.search(before)


def _role_words(role: Role) -> Counter:
    """The words of a role with abbreviations spelled out: "ĐBQH" says what "Đại biểu Quốc hội" says."""
    return _words_of(role.text, role.title)


@lru_cache(maxsize=4096)
def _words_of(text: str | None, title: str) -> Counter:
    """``_role_words`` of a role's words, remembered: the same offices recur (not to be changed).
    "tân" (newly appointed) names no other office: "tân Giám đốc" repeats "Giám đốc Bệnh viện …"."""
    words = Counter(fold(_expand(text) or text or title).split())
    del words["tân"]
    return words


def _merge_role(roles: list[Role], words: list[Counter], new: Role) -> None:
    """Add ``new`` unless an office already held says as much; a fuller wording replaces a shorter one.

    A title in capitals, as a signature block prints it ("PHÓ CHỦ TỊCH"), is kept beside the
    office written in the text, unless it is that office again in capitals.

    ``words`` holds ``_role_words`` of each of ``roles`` and is kept in step with them."""
    new_words = _role_words(new)
    for i, old_words in enumerate(words):
        if ("phó" in old_words) != ("phó" in new_words):
            continue
        if _in_capitals(roles[i]) != _in_capitals(new) and old_words != new_words:
            continue
        if not new_words - old_words:
            return
        if not old_words - new_words:
            roles[i], words[i] = new, new_words
            return
    roles.append(new)
    words.append(new_words)


def _in_capitals(role: Role) -> bool:
    """Words in capitals ("PHÓ CHỦ TỊCH"), not one abbreviation ("ĐBQH")."""
    return bool(role.text) and role.text.isupper() and " " in role.text.strip()


def _main_places(ctx) -> dict[str, str]:
    """The province and the city the article names most: {"tỉnh": …, "thành phố": …, "any": …}."""
    counts: dict[str, Counter] = {"tỉnh": Counter(), "thành phố": Counter()}
    order: dict[str, int] = {}
    for m in _places(ctx.norm, ctx.article.start, ctx.article.end):
        if not ctx.allows(m.start(), m.end()):
            continue
        place = _PLACE_CANON[" ".join(m.group().split())]  # "Hải  Phòng": pages double spaces
        kind = _PLACE_KIND.get(place)
        if kind in counts:
            counts[kind][place] += 1
            order.setdefault(place, m.start())
    best = {}
    for kind, counter in counts.items():
        if counter:
            best[kind] = max(counter, key=lambda p: (counter[p], -order[p]))
    every = counts["tỉnh"] + counts["thành phố"]
    if every:
        best["any"] = max(every, key=lambda p: (every[p], -order[p]))
    return best


class _MainPlaces:
    """``_main_places(ctx)``, read when first asked: most organisations need no place, and
    many articles none (the places come from a scan of the whole article)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self._places: dict[str, str] | None = None

    def get(self, kind: str) -> str | None:
        if self._places is None:
            self._places = _main_places(self.ctx)
        return self._places.get(kind)


def _places(text: str, start: int, end: int):
    """``_PLACE.finditer(text, start, end)``, quicker: ``re`` finds where a name is written,
    ``_PLACE`` checks the word boundaries there."""
    pos = start
    while (candidate := _PLACE_CANDIDATE.search(text, pos, end)) is not None:
        m = _PLACE.match(text, candidate.start(), end)
        if m:
            yield m
            pos = m.end()
        else:
            pos = candidate.start() + 1


_PROVINCE_ORG = regex.compile(r"(?i:(?:^|[ \t])tỉnh$|^tỉnh ủy$|[ \t]tỉnh ủy$)")
_CITY_ORG = regex.compile(r"(?i:(?:^|[ \t])(?:thành phố|tp)$|thành ủy$)")
_DEPARTMENT_ORG = regex.compile(r"^(?:Sở|Ban cán sự đảng|Đảng ủy Sở|Đảng bộ Sở)[ \t]")


def _resolve(org: str | None, places: dict[str, str] | _MainPlaces) -> str | None:
    """"UBND thành phố" → "UBND thành phố Hải Phòng" when the article makes the place clear."""
    kind = _place_kind_wanted(org)
    place = places.get(kind) if kind else None
    return f"{org} {place}" if place else None


@lru_cache(maxsize=4096)
def _place_kind_wanted(org: str | None) -> str | None:
    """Which of ``_main_places`` completes ``org`` ("tỉnh", "thành phố", "any"), or None.
    Remembered: the same organisations recur."""
    if not org or not org[0].isupper() or _PLACE.search(org):
        return None
    if _PROVINCE_ORG.search(org):
        return "tỉnh"
    if _CITY_ORG.search(org):
        return "thành phố"
    if _DEPARTMENT_ORG.match(org):
        return "any"
    return None


_person_id = lru_cache(maxsize=4096)(person_id)  # a name recurs within a document and across them


def identity(fact: Official) -> str:
    return fact.person_id or fact.name


def extract(ctx) -> list[Official]:
    reader = _Reader(ctx)
    mentions = _Mentions(reader)
    _roles_before_names(reader, mentions)
    _names_before_roles(reader, mentions)
    _signature_blocks(reader, mentions)
    _given_name_mentions(reader, mentions)
    _one_word_names(reader, mentions)
    _foreign_names(reader, mentions)
    _offices_taken_later(reader, mentions)
    places = _MainPlaces(ctx)
    people: dict[str, Official] = {}
    seen_roles: dict[str, set[str]] = {}  # role words already merged, per person
    role_words: dict[str, list[Counter]] = {}  # ``_role_words`` of each person's roles
    for mention in mentions.ordered():
        if not _allowed(ctx, mention):
            continue
        name = _display_name(ctx.norm, mention.name)
        pid = _person_id(name)
        fact = people.get(pid)
        seen = seen_roles.setdefault(pid, set())
        evidence = ctx.evidence(mention.start, mention.end)
        if fact is None:
            fact = people[pid] = Official(person_id=pid, name=name, evidence=evidence)
        for honorific in mention.honorifics:
            if honorific not in fact.honorifics:
                fact.honorifics.append(honorific)
        for role in sorted(mention.roles, key=lambda r: r.start):
            words = ctx.text.words(role.start, role.end)
            if words in seen:
                continue
            seen.add(words)
            record = reader.record(role)
            record.organization_resolved = _resolve(record.organization, places)
            _merge_role(fact.roles, role_words.setdefault(pid, []), record)
        fact.mentions.append(evidence)  # one mention per name position, never twice
    return [p for p in people.values() if p.roles]
