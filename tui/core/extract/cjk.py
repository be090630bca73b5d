"""Speakers in Korean and Japanese: the subject first, marked by a particle, the verb last.

``이재명 대통령은 … "…"이라고 말했다``, ``멜로니 총리는 "…"라며 "…"라고 밝혔다``,
``高市首相は「…」と述べた``. The speaker of a quote is the last subject before it in its
sentence: a name with an office (``이재명 대통령``, ``조르자 멜로니 이탈리아 총리``,
``高市首相``), or a name with an honorific (``김민수 씨``, ``山田太郎氏``). Names keep the
order they are written in (family name first). A later ``이 대통령은`` (surname and office)
or ``멜로니 총리는`` is the person met before with that office; ``그는``/``그녀는`` or no
subject at all (Korean and Japanese leave it out) is the last speaker, when the quote is
reported (``…라고``, ``…고``, ``…라며``, ``…と``).
"""

from __future__ import annotations

import re

_KO_ROLES = (
    "대통령 국무총리 부총리 총리 장관 차관 차관보 대변인 부대변인 의장 부의장 대사 위원장 사무총장 "
    "총재 회장 대표 교수 연구원 연구위원 시장 지사 실장 비서실장 수석 국무장관 외무장관 외교장관 "
    "본부장 청장 원장 이사장 특사 의원 국왕 여왕 주석 총통 수상 단장 소장 국장 처장 관계자 "
    "사장 부사장 대리 이사 위원 외무상 외상 관방장관 대신 총영사 영사 구청장 군수 당국자 "
    "지부장 사무국장 센터장 소장 감독 기자 측"
)
_JA_ROLES = (
    "首相 大統領 外相 財務相 防衛相 経産相 大臣 官房長官 長官 報道官 議長 総裁 社長 会長 代表 "
    "教授 知事 市長 大使 事務総長 国務長官 首席 委員長 主席 国王 女王 幹事長 代表 研究員 "
    "総理大臣 総理 副大統領 国務委員"
)
_KO_HONORIFIC = "씨"
_JA_HONORIFIC = "氏|さん"
# Words before an office that name the body or country, not the person (``이탈리아 총리``).
_KO_BODY_END = (
    *"부청처원회실국사단",
    "정부",
    "당",
    "협회",
    "은행",
    "센터",
    "그룹",
    "전자",
    "대학",
    "대학교",
    "공항",
)
_KO_COUNTRIES = frozenset(
    str.split(
        "한국 미국 일본 중국 북한 러시아 이탈리아 프랑스 독일 영국 스페인 캐나다 호주 인도 브라질 "
        "우크라이나 유럽연합 유엔 베트남 인도네시아 폴란드 튀르키예 사우디 이스라엘 이란 멕시코 "
        "주한 주미 주일 주중 주러 주유엔 전 현 신임 초대 차기 공동"
    )
)

_HANGUL = "가-힣"
# An office or an honorific marked as the subject; the name is read from the words before it
# (looking for the office first is much cheaper than trying a name at every position).
_KO_ROLE_ALT = "|".join(sorted(_KO_ROLES.split(), key=len, reverse=True))
_KO_SUBJECT = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _KO_ROLES.split()} | {_KO_HONORIFIC}))}])"
    rf"(?:(?P<role>{_KO_ROLE_ALT})|(?P<hon>{_KO_HONORIFIC}))"
    rf"(?P<particle>은|는|이|가|도|께서는|께서|과|와|의|을|를|에게|도)?(?=[ \u00a0,])"
)
_KO_SUBJECT_PARTICLES = frozenset(("은", "는", "이", "가", "도", "께서는", "께서"))
# a name after an office without a particle (``이탈리아 우주청장 마르코 로시는``)
_KO_NAME_AFTER = re.compile(
    rf"[ \u00a0](?P<name>[{_HANGUL}]{{1,5}}[ \u00a0][{_HANGUL}]{{1,5}}|[{_HANGUL}]{{2,5}})"
    r"(?P<particle>은|는|이|가|께서는)(?=[ \u00a0,])"
)
# words that open a sentence, never part of a name (``아울러 이 장관은``)
_KO_NOT_NAMES = frozenset(
    str.split(
        "아울러 또 또한 이어 이어서 한편 특히 이날 다만 그러면서 앞서 이에 이후 당시 현재 최근 "
        "오늘 어제 내일 올해 지난해 그는 그녀는 이번 전날 동시에 나아가 아울러서 또다시"
    )
)
_KO_WORD = re.compile(rf"[{_HANGUL}A-Za-z·]+")
_KO_PRONOUN = re.compile(r"(?<![가-힣])(?:그는|그녀는|그가|그녀가|그도|그녀도)(?=[ \u00a0])")
_KO_REPORTED = re.compile(r"[ \u00a0]*(?:이?라고|고|이?라며|며|이?라면서|면서|이?라는|이?라고도)")
_JA_NAME = "\u4e00-\u9fff\u30a0-\u30ffー・"
_JA_SUBJECT = re.compile(
    rf"(?P<words>[{_JA_NAME}]{{1,12}}?)"
    rf"(?:(?P<role>{'|'.join(sorted(_JA_ROLES.split(), key=len, reverse=True))})|(?P<hon>{_JA_HONORIFIC}))"
    r"(?P<particle>は|が|も|と|の)?"
)
# an office alone as the subject: 首相は (the holder met before)
_JA_BARE = re.compile(
    rf"(?<![{_JA_NAME}])(?P<role>{'|'.join(sorted(_JA_ROLES.split(), key=len, reverse=True))})"
    r"(?:は|が)"
)
_JA_BODY_END = tuple("省庁府党部局院")
_JA_PRONOUN = re.compile(r"(?:彼は|彼女は|同氏は)")
# と after a quote reports speech, but not と-forms that name things: 「…」とした, という
_JA_REPORTED = re.compile(r"(?:などと|とも|と)(?!した|する|いう|いった|され|の|なる|して)")


_KO_PARTICLE_END = (*"과와의을를에로및도", "에서", "에게", "으로", "이며", "이자")
_KO_ROLE_SET = frozenset(_KO_ROLES.split())
_KO_REPORTING = frozenset(("고", "라고", "이라고", "며", "라며", "이라며", "면서", "라면서"))
_KO_ROLE_ENDS = tuple(_KO_ROLE_SET)


def _ko_name(words: list[str], role: str | None) -> tuple[tuple[str, ...], str | None]:
    """The name and the office from the words before an office (``조르자 멜로니 이탈리아``
    + ``총리``): a country before the office is left out, as in English; a body
    (``외교부``) is part of the office, and an office held by no one named is the name."""
    name: list[str] = []
    offices: list[str] = []
    for word in reversed(words):  # "중국대사 대리", "부산항만공사 사장": an office goes on
        if name or not word.endswith(_KO_ROLE_ENDS):
            break
        offices.insert(0, word)
    if offices:
        words = words[: len(words) - len(offices)]
        role = " ".join([*offices, role]) if role else role
    for word in reversed(words):  # the name is the run of words right before the office
        if (
            word in _KO_ROLE_SET
            or word in _KO_NOT_NAMES
            or word.endswith(_KO_PARTICLE_END)
            or len(name) == 3
            or (name and len(name[0]) == 1)  # "이 장관": the surname ends the name
        ):
            break
        name.insert(0, word)
    while len(name) > 1 and name[0] in _KO_REPORTING:
        name.pop(0)  # '"…"고 윤서진 대통령은': the particle of the quote before
    body: list[str] = []
    while name and (name[-1] in _KO_COUNTRIES or name[-1].endswith(_KO_BODY_END)):
        word = name.pop()
        if word not in _KO_COUNTRIES:
            body.insert(0, word)
    if role is not None and body:
        role = " ".join([*body, role])
    if not name and role is not None and (body or offices):
        return (role,), None  # "외교부 대변인은": the spokesperson, unnamed
    return tuple(name), role


def subjects(
    lang: str, text: str, start: int, end: int
) -> list[tuple[int, tuple[str, ...], str | None, bool]]:
    """People named in ``text[start:end]``: ``(position, name words, office, is subject)``.

    A pronoun (``그는``) has no words and no office; an office alone (``首相は``) no words.
    """
    out: list[tuple[int, tuple[str, ...], str | None, bool]] = []
    if lang == "ko":
        for m in _KO_SUBJECT.finditer(text, start, end):
            # (looking for the office first is much cheaper than trying a name everywhere;
            # the rest of its word is a place or a body joined to it: 대전시장, 중국대사)
            i = j = m.start()
            while j > 0 and i - j <= 6 and "가" <= text[j - 1] <= "힣":
                j -= 1
            if j == 0 or text[j - 1] not in " \u00a0":
                continue
            role = m.group("role")
            if role is None and i > j:
                continue  # 씨 inside a word
            if role is not None:
                role = text[j:i] + role
            before = text[max(start, j - 60) : j].split()
            words: list[str] = []
            for word in reversed(before[-4:]):  # the run of words right before the office
                if not _KO_WORD.fullmatch(word):
                    break
                words.insert(0, word)
            name, role = _ko_name(words, role) if role != "측" else ((), role)
            particle = m.group("particle")  # ("마르세유항 측은": a side, nobody named)
            subject = particle in _KO_SUBJECT_PARTICLES
            if name or (subject and role):
                out.append((j - len(" ".join(words)) - 1, name, role, subject))
            if particle is None and role is not None:
                after = _KO_NAME_AFTER.match(text, m.end(), end)
                if after is not None and not any(
                    w.endswith(_KO_ROLE_ENDS) for w in after.group("name").split()
                ):  # "중국대사 대리는": an office going on, not a name
                    out.append(
                        (after.start("name"), tuple(after.group("name").split()), role, True)
                    )
        out.extend((m.start(), (), None, True) for m in _KO_PRONOUN.finditer(text, start, end))
    else:
        for m in _JA_SUBJECT.finditer(text, start, end):
            words_, role = m.group("words"), m.group("role")
            subject = m.group("particle") in ("は", "が", "も")
            if role and words_.endswith(_JA_BODY_END):  # 外務省報道官: an office, unnamed
                out.append((m.start(), (words_ + role,), None, subject))
            else:
                out.append((m.start(), (words_,), role, subject))
        for m in _JA_BARE.finditer(text, start, end):
            if not any(pos <= m.start() < pos + 16 for pos, *_ in out):
                out.append((m.start(), (), m.group("role"), True))
        out.extend((m.start(), (), None, True) for m in _JA_PRONOUN.finditer(text, start, end))
    out.sort()
    return out


_BARE_NAME = {
    "ko": re.compile(r"(?<![가-힣])([가-힣]{2,6})(?:은|는|이|가|도)(?=[ \u00a0,])"),
    "ja": re.compile(
        r"(?<![\u4e00-\u9fff\u30a0-\u30ffー・])([\u4e00-\u9fff\u30a0-\u30ffー・]{2,8})(?:は|が|も)"
    ),
}


def bare_names(lang: str, text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Words marked as the subject without an office (``멜로니는``): a person's name when it
    is one met before, which the extractor checks."""
    return [(m.start(), m.group(1)) for m in _BARE_NAME[lang].finditer(text, start, end)]


def reported(lang: str, text: str, close: int) -> bool:
    """Whether the quote closing at ``close`` is reported speech (``"…"라고``, ``「…」と``)."""
    pattern = _KO_REPORTED if lang == "ko" else _JA_REPORTED
    return pattern.match(text, close + 1) is not None


def reported_then(lang: str, text: str, close: int, subject: int) -> bool:
    """Whether only the reporting particle stands between the quote closing at ``close`` and
    a subject at ``subject`` (``"…"고 이재명 대통령은``: the speaker named after the quote)."""
    pattern = _KO_REPORTED if lang == "ko" else _JA_REPORTED
    m = pattern.match(text, close + 1)
    return m is not None and not text[m.end() : subject].strip(" \u00a0,")
