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

from tui.core.extract.titles import by_first_letter

_KO_ROLES = (
    "대통령 국무총리 부총리 총리 장관 차관 차관보 대변인 부대변인 의장 부의장 대사 위원장 사무총장 "
    "총재 회장 대표 교수 연구원 연구위원 시장 지사 실장 비서실장 수석 국무장관 외무장관 외교장관 "
    "본부장 청장 원장 이사장 특사 의원 국왕 여왕 주석 총통 수상 단장 소장 국장 처장 관계자 "
    "사장 부사장 대리 이사 위원 외무상 외상 관방장관 대신 총영사 영사 구청장 군수 당국자 "
    "지부장 사무국장 센터장 소장 감독 기자 측 "
    "관장 총장 학장 부장 팀장 차장 부회장 공동대표 상무 부시장 부지사 교육감 "
    "부통령 총독 왕세자 참사관 무역관장 사무차장 대행 권한대행 선임연구위원 "
    "이코노미스트 애널리스트 박사 변호사 당선인 후보 원내대표 사령관 합참의장 최고경영자"
)
_JA_ROLES = (
    "首相 大統領 外相 財務相 防衛相 経産相 大臣 官房長官 長官 報道官 議長 総裁 社長 会長 代表 "
    "教授 知事 市長 大使 事務総長 国務長官 首席 委員長 主席 国王 女王 幹事長 代表 研究員 "
    "総理大臣 総理 副大統領 国務委員 "
    "副首相 副大臣 副長官 官房副長官 次官 事務次官 局長 部長 課長 審議官 公使 総領事 領事 "
    "副報道官 報道局長 広報官 補佐官 首席補佐官 顧問 参事官 外交部長 国防部長 "
    "経済産業相 厚生労働相 厚労相 文部科学相 文科相 農林水産相 農水相 国土交通相 国交相 環境相 "
    "法相 総務相 経済再生相 デジタル相 復興相 国防相 経済相 産業相 貿易相 商務相 "
    "通商相 産業通商資源相 外交相 統一相 企画財政相 雇用労働相 海洋水産相 保健相 教育相 "
    "エネルギー相 国家主席 党首 政調会長 総務会長 副総裁 副会長 副社長 頭取 理事長 所長 院長 "
    "学長 総長 准教授 主任研究員 エコノミスト アナリスト 司令官 参謀総長 事務局長 町長 村長 区長 "
    "最高経営責任者 議員"
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
        "주한 주미 주일 주중 주러 주유엔 전 현 신임 초대 차기 공동 "
        "칠레 페루 아르헨티나 콜롬비아 이집트 남아공 나이지리아 케냐 사우디아라비아 아랍에미리트 "
        "카타르 터키 그리스 네덜란드 벨기에 스웨덴 노르웨이 핀란드 덴마크 포르투갈 오스트리아 "
        "스위스 체코 헝가리 루마니아 필리핀 태국 말레이시아 싱가포르 몽골 카자흐스탄 "
        "우즈베키스탄 파키스탄 뉴질랜드 대만 쿠바 베네수엘라 세네갈 모로코 이라크 캄보디아 라오스 "
        "미얀마 스리랑카 네팔 방글라데시 아일랜드 에스토니아 라트비아 리투아니아 슬로바키아 "
        # the countries headlines and copy write in hanja: 마코 루비오 美 국무장관
        "美 中 日 北 韓 英 佛 獨 伊 露 濠 加 印 臺 台 美國 中國 日本"
    )
)

_HANGUL = "가-힣"
# An office or an honorific marked as the subject; the name is read from the words before it
# (looking for the office first is much cheaper than trying a name at every position).
# (grouped by first syllable: the engine rejects a position once, not once per office)
_KO_ROLE_ALT = by_first_letter(sorted(_KO_ROLES.split(), key=len, reverse=True))
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
        "오늘 어제 내일 올해 지난해 그는 그녀는 이번 전날 동시에 나아가 아울러서 또다시 "
        # connectives that close a phrase before the subject: "외교부에 따르면 조현 장관은"
        "따르면 의하면 대해 대해서 관련해 관련 관해 통해 위해 함께 직후 뒤 후 가운데 그러나 "
        "하지만 그리고 반면 및 또는 이와"
    )
)
_KO_WORD = re.compile(rf"[{_HANGUL}A-Za-z·\u4e00-\u9fff]+")
_KO_PRONOUN = re.compile(r"(?<![가-힣])(?:그는|그녀는|그가|그녀가|그도|그녀도)(?=[ \u00a0])")
_KO_REPORTED = re.compile(r"[ \u00a0]*(?:이?라고|고|이?라며|며|이?라면서|면서|이?라는|이?라고도)")
#: A determiner before the words of an office: a person left unnamed ("한 업계 관계자").
_KO_SOMEONE = frozenset(("한", "어느", "일부", "다른", "익명의", "모"))
#: Words for someone who is one of many (an official, a source): with no name they stay
#: unnamed, as "an official said" does in English ("대통령실 관계자는", "정부 당국자는").
_KO_ONE_OF_MANY = frozenset(("관계자", "당국자"))
#: The office given to a subject who is someone left unnamed: that subject speaks, but the
#: quote gets no speaker (and not the one quoted before).
UNNAMED = ""
#: Japanese words for people left unnamed: ``関係者は``, ``外務省幹部は`` (see UNNAMED).
_JA_SOMEONE = "関係者 幹部 高官 当局者 担当者 関係筋 消息筋 外交筋 教師 職員 社員 住民 専門家"

_JA_NAME = "\u4e00-\u9fff\u30a0-\u30ffー・"
# a quotation straight after (blanked out by the extractor: a run of spaces)
_QUOTED_NEXT = re.compile(r"[ \u00a0]?[ \u00a0]{3}")
#: Countries written between a name and an office: ハリス米大統領, 王立新中国国家主席,
#: プーチン・ロシア大統領 (one kanji only after a foreign name, in katakana).
_JA_COUNTRIES = str.split(
    "米国 中国 韓国 英国 北朝鮮 台湾 ロシア フランス ドイツ イタリア インド スペイン カナダ "
    "豪州 ウクライナ ブラジル"
)
_JA_COUNTRY_MARKS = tuple("米中韓英仏独露伊豪加印朝")


def _ja_without_country(words: str) -> str:
    """The name before an office, without the country between them."""
    words = words.rstrip("・")
    for country in _JA_COUNTRIES:
        if words.endswith(country) and len(words) - len(country) >= 2:
            return words[: -len(country)].rstrip("・")
    if (
        words.endswith(_JA_COUNTRY_MARKS)
        and len(words) >= 3
        and ("\u30a0" <= words[-2] <= "\u30ff" or words[-2] == "ー")
    ):
        return words[:-1]  # ハリス米 (a kanji family name may end in 中: 田中)
    return words


_JA_ROLE_LIST = sorted({*_JA_ROLES.split(), *_JA_SOMEONE.split()}, key=len, reverse=True)
_JA_ROLE_ALT = by_first_letter(_JA_ROLE_LIST)
_JA_SOMEONE_SET = frozenset(_JA_SOMEONE.split())
# between a name and its office: the name's reading (安徳根（アン・ドックン）産業通商資源相) or a
# rank (アーガセン第3副首相)
_JA_BETWEEN = r"(?:[（(][\u3040-\u30ffー・ ]{1,20}[）)])?(?:第[0-9０-９一二三四五六七八九十]{1,3})?"
_JA_OFFICE_FIRST = "".join(sorted({w[0] for w in _JA_ROLE_LIST} | {"氏", "さ"}))
# an office or an honorific, marked as the subject or not (the name is read back from it)
_JA_OFFICE = re.compile(
    rf"(?=[{_JA_OFFICE_FIRST}])(?:(?P<role>{_JA_ROLE_ALT})|(?P<hon>{_JA_HONORIFIC}))"
    r"(?P<particle>は|が|も|から|と|の)?"
)
# the name right before an office: 武藤容治(経産相), 安徳根（アン・ドックン）(産業通商資源相)
_JA_NAME_BEFORE = re.compile(rf"(?P<words>[{_JA_NAME}]{{1,12}}){_JA_BETWEEN}$")
_JA_BODY_END = tuple("省庁府党部局院")
_JA_PRONOUN = re.compile(r"(?:彼は|彼女は|同氏は)")
# と after a quote reports speech, but not と-forms that name things: 「…」とした, という
#: Korean single quotation marks set off a term, a title or a paraphrase ('K-방산',
#: '바다로 여는 미래' 주제로): only a reporting particle after them makes them speech.
KO_TERM_MARKS = frozenset("'‘")
_JA_REPORTED = re.compile(r"(?:などと|とも|と)(?!した|する|いう|いった|され|の|なる|して)")


_KO_PARTICLE_END = (*"과와의을를에로및도", "에서", "에게", "으로", "이며", "이자")
_KO_ROLE_SET = frozenset(_KO_ROLES.split())
_KO_REPORTING = frozenset(("고", "라고", "이라고", "며", "라며", "이라며", "면서", "라면서"))
_KO_ROLE_ENDS = tuple(_KO_ROLE_SET)
_JA_ROLE_ENDS = tuple({*_JA_ROLES.split(), *_JA_SOMEONE.split()})


#: Common Korean family names, the first syllable of a three-syllable personal name.
_KO_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유홍전고문손양배백허남심노하")


#: Words of an office that are not a body: "정부 고위 관계자", "현지 실무 책임자".
_KO_OFFICE_WORDS = frozenset(("고위", "핵심", "실무", "담당", "현지", "전직", "현직"))
#: How a body ends when it stands before the name (not 사, 단: 마리사, …).
_KO_BODY_FIRST = tuple("부청처원회실국")
#: How a verb before a Korean name ends (a connective or a form describing the noun).
_KO_VERB_ENDS = (
    *"고며면해게한은는던된할을",
    "지만",
    "는데",
    "도록",
    "하여",
)


#: Offices of a city or a province: a place word stands before them (리옹 부시장).
_KO_LOCAL_OFFICES = frozenset(("시장", "부시장", "도지사", "지사", "주지사", "구청장", "군수"))


def _ko_body_word(word: str) -> bool:
    """A country, a body or a word of an office standing between a name and its office."""
    return (
        word in _KO_COUNTRIES or word in _KO_OFFICE_WORDS or word.endswith(_KO_BODY_END)
    ) and not _ko_given_name(word)


def _ko_adnominal(word: str) -> bool:
    """A two-syllable verb form describing the noun after it (``만난``, ``마친``, ``열릴``): its
    last syllable closes on ㄴ or ㄹ."""
    last = ord(word[-1]) - 0xAC00
    return len(word) == 2 and 0 <= last < 11172 and last % 28 in (4, 8)


def _ko_foreign_given(word: str, name: list[str], foreign: bool) -> bool:
    """A foreign given name that ends like a particle, before a surname and a country
    (``페르난도 로페스 스페인 외교장관``, ``파블로 루이스 칠레 장관``), not ``서울로``."""
    return (
        foreign
        and len(name) == 1
        and len(word) >= 3
        and word.endswith(("로", "도"))
        and not word.endswith(("으로", "에서도", "에도", "로도"))
    )


def _ko_given_name(word: str) -> bool:
    """A three-syllable name whose given name ends like a body (유지원, 박민국): a person, not
    a court or a bureau (법원, 사무국)."""
    return len(word) == 3 and word[0] in _KO_SURNAMES and word[-1] in "원국"


def _ko_name(words: list[str], role: str | None) -> tuple[tuple[str, ...], str | None]:
    """The name and the office from the words before an office (``조르자 멜로니 이탈리아``
    + ``총리``): a country before the office is left out, as in English; a body
    (``외교부``) is part of the office, and an office held by no one named is the name."""
    name: list[str] = []
    offices: list[str] = []
    for word in reversed(words):  # "중국대사 대리", "부산항만공사 사장": an office goes on
        if name or not word.endswith(_KO_ROLE_ENDS):
            break
        if len(word) == 3 and word[0] in _KO_SURNAMES and word not in _KO_ROLE_SET:
            break  # "임수석 대변인": a name that ends like an office (수석)
        offices.insert(0, word)
    if offices:
        words = words[: len(words) - len(offices)]
        role = " ".join([*offices, role]) if role else role
    foreign = False  # a country between name and office: a foreign name, any syllables
    for word in reversed(words):  # the name is the run of words right before the office
        if not name and word in _KO_COUNTRIES and (len(word) == 1 or words.index(word) > 0):
            foreign = True  # "마코 루비오 美 국무장관", "응우옌 쑤언 푹 베트남 국가주석"
            continue
        # (a body and a country between name and office are not the name's words: "카롤리나
        # 로하스 칠레 광업부 장관", "탄 웨이 밍 창이공항그룹 최고경영자")
        own = [w for w in name if not _ko_body_word(w)]
        if word in _KO_COUNTRIES and not own:
            foreign = True
        if (
            word in _KO_ROLE_SET
            or word in _KO_NOT_NAMES
            or (word.endswith(_KO_PARTICLE_END) and not _ko_foreign_given(word, own, foreign))
            or len(own) == 3
            # "이 장관": a surname alone ends it (not "반 탄", "웨이 밍": syllables of a
            # foreign name)
            or (len(own) == 1 and len(own[0]) == 1 and own[0] in _KO_SURNAMES and not foreign)
        ):
            break
        name.insert(0, word)
    while len(name) > 1 and name[0] in _KO_REPORTING:
        name.pop(0)  # '"…"고 윤서진 대통령은': the particle of the quote before
    if len(name) > 1 and any(w in _KO_SOMEONE for w in name[:-1]):
        return (), UNNAMED  # "한 업계 관계자는", "익명의 정부 당국자는": someone not named
    body: list[str] = []
    while (
        name
        and (
            name[-1] in _KO_COUNTRIES
            or name[-1] in _KO_OFFICE_WORDS
            or name[-1].endswith(_KO_BODY_END)
        )
        and not _ko_given_name(name[-1])
    ):
        word = name.pop()
        if word not in _KO_COUNTRIES:
            body.insert(0, word)
    front: list[str] = []  # "외교부 임수석 대변인": the body first, then the name
    while (
        len(name) > 1
        and (name[0] in _KO_COUNTRIES or name[0].endswith(_KO_BODY_FIRST))
        and not _ko_given_name(name[0])
    ):
        word = name.pop(0)
        if word not in _KO_COUNTRIES:
            front.append(word)
    body = [*front, *body]
    if (
        len(name) == 2
        and len(name[1]) == 3
        and name[1][0] in _KO_SURNAMES
        and (name[0].endswith(_KO_VERB_ENDS) or _ko_adnominal(name[0]))
    ):
        name = name[1:]  # "회담을 앞두고 김정훈 장관이", "방문한 김정훈 장관": a verb, a name
    if (
        role in _KO_LOCAL_OFFICES
        and len(name) >= 3
        and len(name[-1]) >= 2
        and not body
        and not name[-1].endswith(_KO_PARTICLE_END)
    ):
        # "엘로디 마르탱 리옹 부시장": a foreign name, then the city the office is of
        body = [name.pop()]
    if role is not None and body:
        role = " ".join([*body, role])
    if (
        role is not None
        and role.rsplit(" ", 1)[-1] in _KO_ONE_OF_MANY
        and (not name or (len(name) == 1 and len(name[0]) == 1))
    ):
        # "대통령실 관계자는", "시 관계자는": an official of the office or the city, not named
        return (), UNNAMED
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
            if j > 0 and text[j - 1] not in " \u00a0":
                continue  # (an office opening the text is a word of its own too)
            role = m.group("role")
            if role is None and i > j:
                continue  # 씨 inside a word
            if role is not None:
                role = text[j:i] + role
            before = text[max(start, j - 60) : j].split()
            words: list[str] = []
            for word in reversed(before[-6:]):  # the run of words right before the office
                if not _KO_WORD.fullmatch(word):
                    break
                words.insert(0, word)
            name, role = _ko_name(words, role) if role != "측" else ((), role)
            if (
                role is None
                and len(name) > 1
                and len(name[-1]) == 3
                and name[-1][0] in _KO_SURNAMES
            ):
                name = name[-1:]  # "상인 박정숙 씨": what she does, then her name
            particle = m.group("particle")  # ("마르세유항 측은": a side, nobody named)
            # ('문재인 대통령 "…"', a headline's way: the name and office right before the
            # quotation, which the masked text shows as a run of spaces)
            subject = particle in _KO_SUBJECT_PARTICLES or (
                particle is None and _QUOTED_NEXT.match(text, m.end()) is not None
            )
            if name or (subject and role is not None):
                # (where the name starts: "…고 말한 김 장관의", not the words before it)
                at = text.rfind(" ".join(name), max(start, j - 60), j) if name else -1
                out.append((at if at >= 0 else j - len(" ".join(words)) - 1, name, role, subject))
            if role is None and m.group("role") is not None and len(name) == 1:
                role = name[0]  # "네덜란드 경제부 장관 얀 보스는": the office, named after it
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
        # (the office first, then the name read back from it: much cheaper than trying a
        # name and every office at each position)
        named_at: list[int] = []
        for m in _JA_OFFICE.finditer(text, start, end):
            i = m.start()
            role = m.group("role")
            particle = m.group("particle")
            name_m = _JA_NAME_BEFORE.search(text, max(start, i - 40), i)
            if name_m is None:
                if (
                    role is not None
                    and particle in ("は", "が", "から")
                    and not any(pos <= i < pos + 16 for pos in named_at)
                ):  # an office alone as the subject: 首相は (the holder met before)
                    out.append((i, (), UNNAMED if role in _JA_SOMEONE_SET else role, True))
                continue
            pos, words_ = name_m.start(), name_m.group("words")
            named_at.append(pos)
            # ("朴大統領から「…」と述べ": the words came from them)
            subject = particle in ("は", "が", "も", "から") or (
                particle is None and _QUOTED_NEXT.match(text, m.end()) is not None
            )  # "森山首相「…」": a headline's way
            words_ = _ja_without_country(words_) if role else words_
            if words_ == "同" and role:  # 同大統領は: the holder of that office met before
                out.append((pos, (), role, subject))
            elif role in _JA_SOMEONE_SET:  # 日本人男性は, 外務省幹部は: someone left unnamed
                out.append((pos, (), UNNAMED, subject))
            elif role and words_.endswith(_JA_BODY_END):  # 外務省報道官: an office, unnamed
                out.append((pos, (words_ + role,), None, subject))
            else:
                out.append((pos, (words_,), role, subject))
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
    return [
        (m.start(), m.group(1))
        for m in _BARE_NAME[lang].finditer(text, start, end)
        # ("트럼프 대통령은": the office is no name of its own)
        if not m.group(1).endswith(_KO_ROLE_ENDS if lang == "ko" else _JA_ROLE_ENDS)
    ]


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


# a reporting verb in the form that describes the noun after it: 「…」と強調した林外相,
# "…"고 말한 김 장관
_JA_SAID_WHO = re.compile(
    r"[\u3040-\u309f\u4e00-\u9fff]{1,10}?(?:した|った|べた|いた|ねた|えた|した|る)$"
)
_KO_SAID_WHO = re.compile(r"[ \u00a0]*[가-힣]{1,6}(?:한|힌|던)[ \u00a0]+$")


def said_by(lang: str, text: str, close: int, person: int) -> bool:
    """Whether the quote closing at ``close`` is what the person named at ``person`` said, in
    a clause that describes them (``「…」と強調した林外相の立場``)."""
    pattern = _KO_REPORTED if lang == "ko" else _JA_REPORTED
    m = pattern.match(text, close + 1)
    if m is None or not 0 < person - m.end() <= 16:
        return False
    said = _KO_SAID_WHO if lang == "ko" else _JA_SAID_WHO
    return said.match(text, m.end(), person) is not None
