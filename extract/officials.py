"""Officials and their roles: "Đồng chí Lê Khắc Nam, Phó Chủ tịch UBND thành phố"."""
from __future__ import annotations

import regex

from schema import Official, Role

from .ids import person_id
from .vocab import alternation, load

KIND = "officials"
ID_PREFIX = "off"

_V = load("people")
_SYLLABLE = r"\p{Lu}\p{Ll}*"
_NAME = rf"(?P<name>(?:{alternation(_V['family_names'], boundary=False)})(?:\s+{_SYLLABLE}){{1,3}})"
_TITLE = alternation(_V["titles"])
_CUE = regex.compile(rf"(?:Đồng chí|đồng chí|Đ/c|đ/c)\s+{_NAME}\s*,\s*(?P<roles>[^.;\n]*)")


def identity(fact: Official) -> str:
    return fact.person_id or fact.name


def extract(ctx) -> list[Official]:
    people: dict[str, Official] = {}
    title_re = regex.compile(_TITLE, regex.I)
    for m in _CUE.finditer(ctx.norm, ctx.article.start, ctx.article.end):
        if not ctx.allows(*m.span()):
            continue
        roles = []
        for part in m.group("roles").split(","):
            part = part.strip()
            t = title_re.match(part)
            if not t:
                break
            org = part[t.end():].strip() or None
            roles.append(Role(title=t.group(0), organization=org, text=part))
        if not roles:
            continue
        name = " ".join(m.group("name").split())
        pid = person_id(name)
        fact = people.get(pid)
        if fact is None:
            fact = people[pid] = Official(person_id=pid, name=name, evidence=ctx.evidence(*m.span()))
        for role in roles:
            if role not in fact.roles:
                fact.roles.append(role)
        fact.mentions.append(ctx.evidence(*m.span()))
    return list(people.values())
