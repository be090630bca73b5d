"""What the structure parser needs to know of languages other than English, one table each.

English words stay where they always were (``comments``, ``dateline``); these tables add
French, Spanish, German, Italian, Portuguese, Korean and Japanese. A new language is a
row in each table.
"""

from __future__ import annotations

import re

#: Words that head a reader comments block.
COMMENT_WORDS = {
    "fr": "commentaires? réactions? vos\\s+commentaires vos\\s+réactions",
    "es": "comentarios? respuestas",
    "de": "kommentare? leserkommentare? reaktionen",
    "it": "commenti commento",
    "pt": "comentários? comentarios?",
    "ko": "댓글 의견",
    "ja": "コメント",
}

#: Lines under a comment that are page furniture: reply, like, report.
CRUMB_WORDS = {
    "fr": "répondre signaler j'aime",
    "es": "responder denunciar me\\s+gusta",
    "de": "antworten melden gefällt\\s+mir",
    "it": "rispondi segnala mi\\s+piace",
    "pt": "responder denunciar curtir",
    "ko": "답글 답글쓰기 신고 추천 공감",
    "ja": "返信 通報 いいね",
}

#: Words in a heading or an introduction that announce a list of cooperation areas.
AREA_CUE_WORDS = {
    "fr": "domaine secteur coopération priorit axe chantier partenariat accord",
    "es": "área ámbito sector cooperación prioridad eje acuerdo",
    "de": "bereich feld sektor zusammenarbeit kooperation schwerpunkt abkommen",
    "it": "settor area ambit cooperazione collaborazion priorità accord",
    "pt": "área setor cooperação prioridade acordo",
    "ko": "분야 협력 과제 합의",
    "ja": "分野 協力 合意",
}
_CUES = [w for words in AREA_CUE_WORDS.values() for w in words.split()]
# (the look-ahead, the first two letters of every cue word, spares most positions the list)
AREA_CUE = re.compile(
    r"(?<!\w)(?=["
    + "".join(sorted({c for w in _CUES for c in (w[0].lower(), w[0].upper())}))
    + "]["
    + "".join(sorted({c for w in _CUES for c in (w[1].lower(), w[1].upper())}))
    + "])(?:"
    + "|".join(_CUES)
    + ")",
    re.IGNORECASE,
)

#: Section labels over a headline (``Politik``, ``Actualidade``) and page chrome a copied page
#: keeps (``Aller au contenu``, ``Saltar para o conteúdo principal``, ``Anzeige``).
KICKER_WORDS = {
    "fr": "politique international monde économie société actualités? afrique france europe",
    "de": "politik ausland inland welt wirtschaft nachrichten meinung panorama news",
    "pt": "política internacional mundo economia sociedade atualidade actualidade notícias país",
}
CHROME_WORDS = {
    "fr": r"aller\s+au\s+contenu(?:\s+principal)? publicité suivez-nous.{0,40}",
    "de": r"zum\s+inhalt(?:\s+springen)? direkt\s+zum\s+inhalt anzeige werbung",
    "pt": r"saltar\s+para\s+o\s+conteúdo(?:\s+principal)? ir\s+para\s+o\s+conteúdo publicidade "
    r"siga(?:-nos)?\s.{0,40}\s(?:no|nas)\s(?:twitter|facebook|instagram|redes)\S*",
}
#: A kicker or chrome line in one of these languages.
HEADER_LINE = re.compile(
    r"^(?:"
    + "|".join(
        w for table in (KICKER_WORDS, CHROME_WORDS) for v in table.values() for w in v.split()
    )
    + r")\s*:?$",
    re.IGNORECASE,
)

#: Words that label when a page was published or updated: ``Publié le``, ``Publicado``,
#: ``Veröffentlicht am``, ``Pubblicato il``, ``송고시간``, ``기사입력``, ``掲載``.
PUBLISHED_LABEL = re.compile(
    r"[^\w]{0,3}(?:publi[ée]|mis\s+à\s+jour|publicado|actualizado|veröffentlicht|aktualisiert"
    r"|pubblicato|aggiornato|atualizado|송고시간|기사입력|입력|최종수정|수정|掲載|更新)"
    r"(?:\s+(?:le|el|am|il|em|on))?\s*[:：]?\s*",
    re.IGNORECASE,
)

#: How long ago a comment was posted: ``il y a 2 heures``, ``vor 3 Stunden``, ``2시간 전``.
_AGO = (
    r"il\s+y\s+a\s+\d+\s+\w+|hace\s+\d+\s+\w+|vor\s+\d+\s+\w+|\d+\s+\w+\s+fa|há\s+\d+\s+\w+"
    r"|\d+\s*(?:초|분|시간|일|주|개월|년)\s*전|\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前"
    r"|hier|ayer|gestern|ieri|ontem|어제|昨日"
)
TIMESTAMP = re.compile(rf"^(?:{_AGO})(?:\s+.*)?$", re.IGNORECASE)


#: The reporter's line closing a Korean or Japanese article, perhaps under the comments:
#: ``김철수 기자 kcs@example.co.kr``, ``박정민 특파원``, ``(山田太郎)``, or an address alone.
REPORTER_LINE = re.compile(
    r"^(?:[가-힣]{2,4}\s*(?:기자|특파원|논설위원)(?:\s+[\w.+-]+@[\w.-]+)?"
    r"|[(（][\u4e00-\u9fff]{2,6}[)）]|[\w.+-]+@[\w-]+\.[\w.-]+)$"
)


def _alternation(table: dict[str, str]) -> str:
    return "|".join(w for words in table.values() for w in words.split())


#: ``Commenti dei lettori``, ``Commentaires des lecteurs``, ``독자 댓글``: whose comments
_READERS = (
    r"(?:\s+(?:des\s+lecteurs|de\s+nos\s+lecteurs|dei\s+lettori|de\s+(?:los\s+)?lectores"
    r"|der\s+leser(?:innen)?|dos\s+leitores|de\s+leitores))?"
)
_WORD = rf"(?:독자\s*)?(?:{_alternation(COMMENT_WORDS)}){_READERS}"
_N = r"(?P<{g}>\d+)\s*(?:개|件)?"
#: ``3 commentaires``, ``Kommentare (4)``, ``commenti: 5``, ``댓글 2개``, ``コメント（3件）``,
#: ``3件のコメント``, ``5개의 댓글``, or the word alone.
COMMENTS_HEADER = re.compile(
    rf"^(?:{_N.format(g='n1')}\s*(?:件の|의)?\s*(?:{_WORD})"
    rf"|(?:{_WORD})(?:\s*[(\[（]\s*{_N.format(g='n2')}\s*[)\]）]|\s*[:\-–—·|•]?\s*{_N.format(g='n3')})?)"
    r"\s*:?$",
    re.IGNORECASE,
)
# ("답글 신고", "Rispondi Segnala", "Responder · 3": the words in a row, with or without dots)
CRUMB = re.compile(
    rf"^(?:{_alternation(CRUMB_WORDS)})"
    rf"(?:\s*[·|•]\s*\S+|\s+(?:{_alternation(CRUMB_WORDS)}|\d+))*$",
    re.IGNORECASE,
)


def comments_header(line: str) -> tuple[int | None] | None:
    """``(declared count or None,)`` for a comments header in one of these languages."""
    m = COMMENTS_HEADER.match(line)
    if m is None:
        return None
    count = m.group("n1") or m.group("n2") or m.group("n3")
    return (int(count) if count else None,)


# --- wire datelines ------------------------------------------------------------------------

#: ``(서울=연합뉴스) 김민수 기자 =``: place and agency in brackets, then the reporter.
_KO_WIRE = re.compile(
    r"^[(\[](?P<place>[^=()\[\]\s][^=()\[\]]{0,19})=(?P<who>[^()\[\]]{1,20})[)\]]\s*"
    r"(?:[^\s=]{1,12}(?:\s+[^\s=]{1,12}){0,3}\s*(?:기자|특파원|통신원)\s*)?=?\s*"
)
#: ``서울=연합뉴스 김민수 기자 =``: the same without brackets (the reporter then required).
_KO_WIRE_BARE = re.compile(
    r"^(?P<place>[가-힣]{1,10})=(?P<who>[^\s=()]{1,12})\s+"
    r"[^\s=]{1,12}(?:\s+[^\s=]{1,12}){0,3}\s*(?:기자|특파원|통신원)\s*=\s*"
)
#: ``【ソウル共同】``, ``【ワシントン＝山田太郎】``, ``【北京時事】``
_JA_WIRE = re.compile(
    r"^【(?P<place>[^】=＝]{1,15}?)(?:[=＝][^】]{1,20}|共同|時事|ロイター|AFP=時事|新華社|聯合ニュース|聯合|新華|AFP|EPA|NNA)?】\s*"
)
_JA_PLACE = re.compile(r"^([^・]+)・|^([\u30a0-\u30ff]+)(?=[\u4e00-\u9fff])")
#: An agency in brackets leading the paragraph: ``(ANSA) - ROMA, 20 GEN -``.
_AGENCY_FIRST = re.compile(r"^[(\[](?P<who>[A-Za-z][\w .&-]{1,20})[)\]]\s*[-–—]+\s*")
#: An agency named in lower case or followed by ``.-`` (``BERLIN (dpa) -``, ``Madrid (EFE).-``)
_AGENCY_AFTER = re.compile(
    r"\s*\((?P<who>dpa|dapd|efe|afp|ansa|agi|lusa|apa|sda|ap|kna|epd|dts(?:\s+Nachrichtenagentur)?"
    r"|europa\s+press|belga|ats|notimex|t[ée]lam|prensa\s+latina|adnkronos|askanews"
    r"|agenzia\s+nova|agencias|aps|apa-ots)\)"
    r"\s*\.?-*\s*",
    re.I,
)


#: ``CIUDAD DE MÉXICO.- …``: a shouted place ended by a full stop and a hyphen, no date
_CAPS_DOT_DASH = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,40}?)\.\s?-+\s*(?=[A-ZÀ-ÖØ-Þ¿¡«\"“])"
)
#: ``Wien, 1. Oktober 2002 (ÖVP-PD) Ihn freue …``: a dated dateline, its source in brackets.
_DATED_SOURCE = re.compile(
    r"^([^\W\d][^,()\n]{1,40},[ \u00a0]*\d{1,2}\.?[ \u00a0]+(?:de[ \u00a0]+)?[^\W\d]{3,12}\.?"
    r"[ \u00a0]+(?:de[ \u00a0]+)?\d{4})[ \u00a0]*\([^()]{2,20}\)[ \u00a0]*[-–—.:]*[ \u00a0]*"
)
_DOT_DASH = re.compile(r"^(.{2,60}?,)(?:\s+a)?(\s+\d{1,2}\s+de\s+[^\W\d]+\s+de\s+\d{4})\.-\s*")


def wire_dateline(paragraph: str) -> tuple[str | None, str] | None:
    """``(place, rest)`` of a Korean or Japanese wire dateline, else ``None``."""
    head = paragraph[:1]
    if head in "([":
        m = _KO_WIRE.match(paragraph)
        if m is not None and not m.group("place").isascii():
            return m.group("place").strip(), paragraph[m.end() :].strip()
    elif "=" in paragraph[:12] and (m := _KO_WIRE_BARE.match(paragraph)) is not None:
        return m.group("place"), paragraph[m.end() :].strip()
    elif head == "【":
        m = _JA_WIRE.match(paragraph)
        if m is not None:
            place = m.group("place").strip()
            # 【北京・坂口】, 【ワシントン影山哲也】: the reporter's name follows the place
            split = _JA_PLACE.match(place)
            if split is not None:
                place = split.group(1) or split.group(2)
            return place, paragraph[m.end() :].strip()
    return None


def normalise_wire(paragraph: str) -> str:
    """A European wire lead rewritten to the ``PLACE, date – text`` shape the dateline reads.

    ``(ANSA) - ROMA, 20 GEN - …`` → ``ROMA, 20 GEN - …``; ``BERLIN (dpa) - …`` →
    ``BERLIN - …``; ``Madrid, 12 feb (EFE).- …`` → ``Madrid, 12 feb - …``;
    ``México, D.F., a 26 de agosto de 2016.- …`` → ``México, D.F., 26 de agosto de 2016 - …``.
    """
    m = _AGENCY_FIRST.match(paragraph)
    if m is not None:
        paragraph = paragraph[m.end() :]
    caps = _CAPS_DOT_DASH.match(paragraph)
    if caps is not None:  # "CIUDAD DE MÉXICO.- Las empresas …"
        paragraph = f"{caps.group('place')} - {paragraph[caps.end() :]}"
    dated = _DATED_SOURCE.match(paragraph)
    if dated is not None:  # "Wien, 1. Oktober 2002 (ÖVP-PD) Ihn …"
        return f"{dated.group(1)} - {paragraph[dated.end() :]}"
    mx = _DOT_DASH.match(paragraph)
    if mx is not None:  # "México, D.F., a 26 de agosto de 2016.- El presidente …"
        paragraph = f"{mx.group(1)}{mx.group(2)} - {paragraph[mx.end() :]}"
    a = _AGENCY_AFTER.search(paragraph, 0, 120)
    if a is not None:
        paragraph = f"{paragraph[: a.start()]} - {paragraph[a.end() :].lstrip('-–— ')}"
    return paragraph
