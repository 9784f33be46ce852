"""The words a follow-up is read by: connectives, pronouns, "the same", "the other one", "before", "more?" and the
like, in English, Swedish, Finnish and Dutch (followup.py reads a message with them)."""

from __future__ import annotations

import re

from erasbot.chat.country_swap import ORGANISATION_KINDS
from erasbot.text import marks_optional

# Words that open a follow-up ("and for three years?", "och för SSA?", "entä…", "en voor…").
CONNECTIVE = re.compile(
    marks_optional(
        # a courtesy or two may open it ('thanks, and the deadline?', 'ok tack, och …', 'kiitos, entä …')
        r"^\s*(?:(?:ok(?:ay)?|so|well|oké|okei|nou|dus|jaha|thanks|thank you|thx|great|perfect|nice|cool|tack"
        r"|tack så mycket|toppen|perfekt|kiitos|kiitti|hienoa|selvä|bedankt|dank je|dank u|top|prima|mooi|super)"
        r"\s*[,.!]?\s+){0,2}"
        r"(?:and|or|but|what about|how about|also|och|eller|men|hur är det med|samt|även|"
        r"en|of|maar|hoe zit het met|wat als|ook|ja|tai|mutta|entä|myös|entäs|kuin myös)\b",
    ),
    re.IGNORECASE,
)
# Words that point back at something said before ('how long does it last?', 'voiko sitä jatkaa?').
# Left out: words that are mostly articles or dummy subjects (nl 'het', sv 'det' in 'vad blir det för…').
ANAPHOR = re.compile(
    marks_optional(
        r"\b(?:it|its|they|them|their|this|that|these|those|such|one|there|same|"
        r"den|dem|dess|deras|sådan|sådana|sådant|där|dit|detta|denna|dessa|samma|"
        r"se|sen|sitä|siinä|siihen|siitä|sille|ne|niitä|niissä|niihin|niiden|niille|niistä|näitä|nämä|"
        r"tämä|tätä|tässä|tähän|tällainen|sama|samaa|samat|"
        r"ze|zij|hun|hen|daar|daarvan|daarin|daarbij|daarvoor|daaraan|ervan|erin|erbij|eraan|deze|dit|dat|die|"
        r"ermee|erover|ervoor|eruit|erop|erdoor|ertoe|daarmee|daarover|daarop|daaruit|daardoor|hiermee|hierover|"
        r"hiervoor|hierin|hiervan|hierbij|hieraan|hierop|"
        r"zo'n|hetzelfde|dezelfde|"
        r"latter|former|senare|förra|sistnämnd\w*|förstnämnd\w*|laatstgenoemd\w*|eerstgenoemd\w*|"
        r"jälkimmäi\w*|edellinen|edellis\w*|ensin mainit\w*)\b",
    ),
    re.IGNORECASE,
)
# The project or action the chat is about, named with a definite article ('Vad får man göra i projektet?',
# 'how long can the partnership last?', 'wat doet de alliantie?'): it points back as a pronoun does
DEFINITE = re.compile(
    r"\b(?:the (?:project|projects|alliance|alliances|partnership|partnerships|consortium)|projektet|projekten"
    r"|alliansen|allianserna|partnerskapet|konsortiet|het project|de projecten|de alliantie|de allianties"
    r"|het partnerschap|het consortium)\b",
    re.IGNORECASE,
)
# Words saying the last question holds for something else too ('same rule for…?', 'gäller det även…',
# 'geldt hetzelfde…', 'entä tietoallianssissakin?'): with an action named, the last question is asked of it.
# 'is that different for…?' ('annorlunda', 'anders', 'toisin') asks the same question of another action.
SAME = re.compile(
    marks_optional(
        r"\b(?:same|also|too|as well|likewise|samma|även|också|likadant|hetzelfde|dezelfde|ook|eveneens|"
        r"sama|samaa|samat|myös|samoin|different|differ\w*|annorlunda|skiljer|anders|verschil\w*|"
        r"toisin|erilai\w*|poikkea\w*)\b|\b\w{4,}(?:kin|kaan|kään)\b",
    ),
    re.IGNORECASE,
)
# 'is that enough?' alone, asked of the consortium the chat described ('Räcker det?', 'riittääkö tämä?', 'is dat
# genoeg?'; folded)
ENOUGH_ALONE = re.compile(
    r"\W*(?:(?:ok|okay|okej|so|sa|eli|niin|dus|en|and|och|ja)\W+)?(?:is (?:that|this|it) (?:enough|sufficient)|enough"
    r"|racker (?:det|detta|de)(?: har)?|ar (?:det|detta) tillrackligt|tillrackligt|riittaako (?:tama|se|tuo|nama|ne)?"
    r"|riittaako|onko (?:tama|se|tuo) riittava|is (?:dat|het) (?:genoeg|voldoende)|genoeg|voldoende)\W*",
    re.IGNORECASE,
)
# the last question said to hold for another action in as many words, at any length ('Gäller samma sak för den
# andra alliansen, den branschspecifika?', 'Does the same thing apply to the sector skills alliances?')
SAME_THING = re.compile(
    r"\b(?:samma sak|samma regel|samma villkor|same thing|same rule|same applies|same goes|sama asia|sama sääntö"
    r"|sama pätee|sama koskee|hetzelfde|dezelfde regel|geldt dat ook|geldt dit ook|gäller det även|gäller det också"
    r"|gäller detta även|gäller detta också|does that apply|does this apply|koskeeko (?:tämä|sama|se) myös)\b",
    re.IGNORECASE,
)
# the thing the last question asked of, asked again of someone else ('would that one need it too?', 'behöver de det
# också?', 'tarvitseeko sekin sitä myös?', 'moet die dat ook hebben?')
IT_TOO = re.compile(
    r"\b(?:need|needs|have|has|hold|holds|get|gets|require|requires)\s+(?:it|that|one)\s+(?:too|as well|also)\b"
    r"|\b(?:behöver|måste|ha|få)\s+(?:\w+\s+)?(?:det|den)\s+också\b|\b(?:sitä|sen)\s+myös\b|\bmyös\s+(?:sitä|sen)\b"
    r"|\b(?:dat|die|het)\s+ook\s+(?:hebben|nodig|krijgen)\b",
    re.IGNORECASE,
)
# 'same' as a determiner of a thing ('the same organisation', 'sama organisaatio'), unlike 'also' ('även lärosäten')
SAME_AS_DETERMINER = re.compile(r"same|samma|sama|samaa|samat|hetzelfde|dezelfde", re.IGNORECASE)
# A bare question of a few words ('Vad är undantaget?', 'Kuka voi olla hakija?') leaves its subject unsaid.
QUESTION_WORD = re.compile(
    marks_optional(
        r"^\s*(?:what|who|whom|whose|which|how|why|where|when|"
        r"vad|vem|vems|vilk\w*|hur|varför|var|vart|när|"
        r"mitä|mikä|mitkä|mille|mihin|mistä|missä|millä|minne|kuka|ketkä|keitä|ketä|kenet|kenen|keiden|kenelle|keille|"
        r"keneltä|kenestä|kumpi|miten|miksi|milloin|kuinka|"
        r"montako|paljonko|millai\w*|minkälai\w*|minkä|"
        r"wat|wie|wiens|welk\w*|hoe|hoeveel|waarom|waar|waarvoor|waaraan|waarmee|wanneer)\b",
    ),
    re.IGNORECASE,
)
# After a connective, a whole new question ('and is the youth sector allowed…?', 'och kan man…?')
# opens with a question word or a verb; a phrase that changes the last question ('och för tre år?') does not.
QUESTION_VERB = re.compile(
    marks_optional(
        r"^\s*(?:is|are|was|were|can|could|do|does|did|must|may|might|should|will|would|has|have|had|need|exists?|"
        r"är|var|kan|kunde|får|fick|måste|ska|skall|skulle|finns|fanns|behöver|behövde|behövs|gäller|har|hade|krävs|"
        r"krävdes|räcker|kommer|existerar|ingår|"
        r"zijn|kunnen|mag|mogen|moet|moeten|heeft|hebben|geldt|gelden|wordt|worden|krijgt|krijgen|hoeft|hoeven|"
        r"waren|kon|konden|mocht|mochten|moest|moesten|hadden|werd|werden|bestaat|bestaan|bestond|bestonden|"
        # ('hoorde de bouw erbij?', 'valt zorg eronder?', 'hörde bygg dit?')
        r"hoort|hoorde|hoorden|valt|vallen|viel|vielen|telt|tellen|telde|hör|hörde|räknas|räknades|ingick|"
        r"\w+(?:ko|kö))\b",
    ),
    re.IGNORECASE,
)
# A Finnish question verb anywhere ('entä yliopistot, tarvitsevatko ne…?') makes a whole question too.
FINNISH_QUESTION = re.compile(r"\b\w{3,}(?:ko|kö)\b", re.IGNORECASE)
# A question about which action came before or after another ('what replaced it?', 'vad ersatte dem?').
SUCCESSION = re.compile(
    r"\b(?:replac\w*|successor\w*|predecess\w*|came (?:before|after)|preceded|"
    r"ersatt\w*|ersätt\w*|efterträd\w*|föregång\w*|föregick|efterföljare\w*|"
    r"korvasi\w*|korvattiin|korvannut|korvaaja\w*|edeltäj\w*|edelsi|seuraaja\w*|seurasi\w*|tilalle|"
    r"vervang\w*|opvolg\w*|voorganger\w*|voorloper\w*|voorafg\w*|(?:ging|gingen)\b.{0,60}\bvooraf\b|"
    r"kwam\w* (?:ervoor|daarna|erna))",
    re.IGNORECASE,
)
# The names for the action before or after another ('predecessor', 'efterföljare', 'edeltäjä', 'opvolger')
SUCCESSOR_NOUN = re.compile(
    r"\b(?:successor\w*|predecess\w*|efterträdare\w*|föregångare\w*|efterföljare\w*|korvaaja\w*|edeltäj\w*|"
    r"seuraaja\w*|opvolger\w*|voorganger\w*|voorloper\w*)",
    re.IGNORECASE,
)
# Who takes part: an organisation 'replacing' these replaces no action ('kan en paraplyorganisation ersätta …')
PARTICIPANTS = ORGANISATION_KINDS | {"organisations", "full-partners", "associated-partners", "coordinator"}
# the present, standing for the current period ('What's the equivalent action called now?', 'vad heter det nu?')
NOW = re.compile(
    r"\b(?:now|these days|currently|nu|nuförtiden|numera|nyt|nykyään|tätä nykyä|tegenwoordig|thans)\b", re.IGNORECASE
)
# Words that ask for a successor only when a programme period is named too ('mikä vastaa niitä kaudella
# 2021–2027?', 'vad motsvarar dem idag?'); alone they mean other things ('kuka vastaa hankkeesta?').
CORRESPONDS = re.compile(
    r"\b(?:correspond\w*|equivalent|counterpart\w*|motsvar\w*|motpart\w*|vastaa\w*|vastine\w*|"
    r"tegenhanger\w*|evenknie\w*|komt overeen|kwam overeen|"
    r"vooraf\w*|nowadays|today|idag|numera|nykyään|nykyi\w*|tegenwoordig|vandaag|"
    # what an action is called in a period ('vad heter kunskapsallianserna i programmet 2021–2027?')
    r"called|named|heter|kallas|nimi|nimeltään|kutsutaan|heten|genoemd|noemt men|"
    # whether it still exists in a period ('bestaan die nog in 2021–2027?', 'finns de kvar i det nya programmet?')
    r"still exist\w*|exist\w* any ?more|still (?:there|around|available)|finns (?:de |dom |det |den )?kvar|"
    r"finns (?:de|dom|det|den) (?:fortfarande|än|ännu)|vielä olemassa|(?:onko|ovatko) (?:ne|niitä|se|sitä) vielä|"
    r"bestaa(?:n|t) (?:die|ze|deze|dat|het|er) (?:nog|niet meer)|nog steeds bestaa\w*|bestaa\w* nog|"
    # whether something like it is there in a period ('is there still something like the SSAs in 2021-2027?')
    r"(?:is|are) there still|(?:something|anything) (?:like|similar)|något (?:liknande|motsvarande|sådant)|"
    r"finns det (?:fortfarande|än|ännu)|jotain (?:vastaavaa|samanlaista)|onko (?:vielä|edelleen|yhä)|"
    r"is er (?:nog|nu) (?:iets|zoiets)|iets (?:vergelijkbaars|soortgelijks)|nog (?:iets|zoiets) als)",
    re.IGNORECASE,
)
# 'and the other one?', 'och den andra?', 'entä toinen?', 'en de andere?': the other of two actions spoken of
OTHER_ONE = re.compile(
    r"\b(?:the other(?: one| ones)?|den andra|det andra|de andra|toinen|toisen|toisessa|toista|toiset|"
    r"de andere|het andere|die andere)(?:\s+(?:kind|type|sort|variant|typen?|soort|soorten|slaget|sorten|tyyppi|laji))?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# a pronoun that may stand for the last question's matter ('gäller det även ...?') or go before a thing named ('die
# partners'): followup._pronoun_alone tells which
PRONOUN = re.compile(
    r"\b(?:it|that|this|they|those|these|det|detta|den|dessa|de|se|tämä|tama|tuo|ne|nuo|dat|dit|het|die|deze|ze)\b",
    re.IGNORECASE,
)
# the other of a kind of action ('the same for the other alliance?', 'den andra alliansen', 'toisessa allianssissa', 'de
# andere alliantie'): the sibling of the action spoken of, of its period
OTHER_OF_KIND = re.compile(
    r"\b(?:other|andra|toi(?:nen|sen|sessa|seen|sesta|sta)|andere)\s+(?:\w+\s+)?\w*(?:allian|partnership|partnerskap"
    r"|partnerschap|kumppanuu)",
    re.IGNORECASE,
)
# what the chat said before, or the two things it spoke of ('compared with what you said before', 'between them')
BEFORE = re.compile(
    r"\b(?:before|earlier|previous\w*|between them|the two|innan|tidigare|förut|mellan dem|de två|aiemmin|"
    r"edellä|niiden välillä|näiden välillä|eerder|daarvoor|ervoor|tussen beide|tussen die twee|tussen hen)\b",
    re.IGNORECASE,
)
# ... said inside a question of its own ('and the other one, which sectors does it cover?')
OTHER_IN = re.compile(
    r"\b(?:the other(?: one)?|den andra|det andra|toinen|toisen|toisessa|de andere|het andere|die andere)\b",
    re.IGNORECASE,
)
# Topics that qualify the last question's rule rather than ask of their own ('Vad är undantaget?')
TO_THE_LAST = {"exception"}
# 'the new alliances', 'det nya programmet', 'uudet allianssit', 'de nieuwe allianties': of the later period
NEW_ONES = re.compile(
    r"\b(?:new|newer|current|nya|nyare|nuvarande|uu(?:si|det|ssa|sien|den|sissa)|nieuw\w*|huidige)\b", re.IGNORECASE
)
# the later period named by its years ('In the 2021-2027 programme, which type of alliance ...?'): of the actions that
# took over, unless what took over is what is asked ('Mikä vastaa niitä kaudella 2021–2027?')
NEW_YEARS = re.compile(r"\b2021\s*[-–—/]\s*(?:20)?27\b")
# 'and the old ones?', 'de gamla', 'ne vanhat', 'de oude': the actions the one spoken of took over from
OLD_ONES = re.compile(r"\b(?:old|older|gaml[ae]|äldre|vanh(?:a|at|oja|emmat)|oude|oudere)\b", re.IGNORECASE)
# 'is agriculture one of them?', 'ingår seniorer bland dem?', 'kuuluuko maatalous niihin?', 'hoort landbouw
# daarbij?': whether something belongs to what the last answer listed. The thing asked of may be one the texts
# never name (that is the point: the answer is the list, without it), so the message has a subject through the
# chat, and it is the last question asked again with it
MEMBERSHIP = re.compile(
    r"(?<!than )(?<!än )(?<!dan )(?<!kuin )"  # 'more than one of them' asks how many, not whether one belongs
    # 'and if one of them is an umbrella organisation?' tells a case, it asks no membership
    r"(?<!\bif )(?<!\bom )(?<!\bjos )(?<!\bals )"
    r"\b(?:(?:one|any) of (?:them|those|these)|among (?:them|those|these)|on (?:the|that|this) list|"
    r"(?:en|ett|någon|något) av (?:dem|dessa)|bland (?:dem|dessa)|på (?:listan|den listan)|"
    r"(?:fall|falls|count|counts|included)\b.{0,20}\b(?:under (?:them|it)|among them)|"
    r"(?:yksi|jokin|joku) (?:niistä|näistä)|niiden joukossa|listalla|kuulu\w*\b.{0,40}\b(?:niihin|näihin)|"
    r"(?:een|één) van (?:die|deze|hen)|(?:een|één) daarvan|valt\b.{0,40}\b(?:daaronder|eronder)|"
    r"(?:ingår|ingar|räknas|raknas)\b.{0,40}\b(?:där|dar|bland dem)\b|"
    r"(?:hoor|zit)\w*\b.{0,40}\b(?:daarbij|erbij)|op (?:de|die|deze) lijst)\b"
    # a short question whether one thing is in ('onko merenkulkuala mukana?', 'is shipping included?')
    r"|^\W*(?:onko|kuuluuko|sisältyykö)\s+\w+\s+(?:mukana|mukaan|niihin|listaan)\W*$"
    r"|^\W*(?:is|are)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:included|in there|covered)\W*$",
    re.IGNORECASE,
)
# 'which of those applies to us? we are a tourism college ...', 'vilka av dem passar oss?', 'mitkä niistä koskevat
# meitä?', 'welke daarvan passen bij ons?': a choice among what the last answer listed. The texts do not choose for
# the asker; the list itself is the answer, so the last question is asked again, without the asker's description
# (whose 'tourism college' would ask for the sectors instead of the aims listed)
CHOICE_AMONG = re.compile(
    r"\b(?:which(?: ones?)? of (?:them|those|these|the above)|(?:vilka|vilken|vilket) av (?:dem|dessa|de här)|"
    r"(?:mitkä|mikä|kumpi|kummat) (?:niistä|näistä|noista)|welke (?:daarvan|hiervan|van (?:die|deze|hen)))\b"
    # ... which fits the asker ('which of them requires the most partners?' asks a comparison of its own)
    r"(?=.*\b(?:appl(?:y|ies)|fits?|suits?|relevant|best|for us|to us|passar|gäller oss|för oss|bäst|"
    r"koske\w*|sopi\w*|meille|meitä|meidän|parhai\w*|pass(?:en|t)|geld(?:t|en)|van toepassing|voor ons|bij ons))",
    re.IGNORECASE,
)
# 'which ones exactly?', 'vilka exakt?', 'anna esimerkkejä', 'welke dan precies?': the last answer's things asked
# for in full or by example. Such a message names nothing of its own; it is the last question asked again with it
DETAIL = re.compile(
    r"\b(?:exactly|precisely|specifically|in detail|examples?|for instance|which ones|list them|name them|"
    r"exakt|precis|specifikt|i detalj|exempel|vilka då|lista dem|räkna upp|"
    r"tarkalleen|tarkemmin|täsmälleen|esimerk\w*|luettele\w*|"
    r"precies|specifiek|voorbeeld\w*|welke dan|noem ze|som ze op)\b"
    # 'more?', 'lisää?', 'mer?', 'meer?', 'anything else?': the rest of what the last answer gave, which is all of it
    r"|^\W*(?:(?:and |och |ja |en )?(?:more|anything else|what else|mer|vad mer|något mer|lisää|mitä muuta|muuta"
    r"|meer|wat nog|nog meer|verder)|and|och|entä|en)\W*$",
    re.IGNORECASE,
)
DETAIL_WORDS = 5
# 'how many of them do we need?', 'hur många av dem?', 'kuinka monta niitä?', 'hoeveel daarvan?': a count of
# what the last question spoke of
COUNT_OF_THEM = re.compile(
    r"\b(?:how many (?:of )?(?:them|those|these)|how many do|hur många (?:av |utav )?(?:dem|dessa|sådana)|"
    r"(?:kuinka monta|montako) (?:niitä|näitä|niistä|näistä|sellaisia)|"
    r"hoeveel (?:daarvan|ervan|van hen|van die)|"
    r"hoeveel (?:moeten|zijn|heb)\w* er)\b",
    re.IGNORECASE,
)
ELLIPTIC_WORDS = 4
YES_NO_WORDS = 6  # a yes/no question this short names no subject of its own ('Voiko kunta osallistua?')
SHORT_QUESTION_WORDS = 8
CONNECTIVE_WORDS = 12
# ('one', 'ett', 'een' only before a unit: 'one of the partners', 'een koepelorganisatie' name no figure)
NUMERIC = re.compile(
    r"\d|\b(?:two|three|four|five|six|två|tre|fyra|fem|sex|twee|drie|vier|vijf|zes|"
    r"yksi|kaksi|kolme|neljä|viisi|kuusi|kahden|kolmen|neljän)\b|\btvåårig|\btreårig"
    r"|\b(?:one|ett|een)\s+(?:year|month|week|day|år|månad|vecka|dag|jaar|maand|week|dag)",
    re.IGNORECASE,
)
# the last question's subject, of another place, kind or period ('and the ones from partner countries?', 'and the old
# ones?', 'och de från Norge?', 'entä ne Norjasta?', 'en die uit Noorwegen?'): a new detail of the last question,
# whatever topic it names
SAME_KIND = re.compile(
    r"\b(?:ones|those (?:from|in|of|with|outside)|de (?:från|i|utanför|med)|dem (?:från|i)|ne (?:jotka|\w+sta\b)"
    r"|die (?:van|uit|in|buiten|met)|degene\w*)",
    re.IGNORECASE,
)
# Short names of several actions ('back to the partnerships', 'takaisin allianssiin'): the one the
# conversation last spoke of is meant. A head is matched inside a word (compounds, inflections).
SHORT_NAMES = ("allian", "partnership", "partnerskap", "partnerschap", "kumppanuu")


# A message asking only why, or where the texts say so ('Miksi?', 'where does it say that?', 'var står det?',
# 'waar staat dat precies?'; folded): the last question again, its answer's claim and quotes being what it asks
WHY_OR_SOURCE = re.compile(
    r"\W*(?:(?:and|but|och|men|ja|mutta|en|maar|ok|okay|okej|oke|hmm)\W+)?"
    r"(?:why(?: is that| so| not)?|how come|where does it say(?: that| so)?|where is (?:that|this|it) (?:said|written|stated)"
    r"|what(?:'s| is) (?:the|your) source|(?:the )?source|varfor(?: det| da| inte)?|hur sa|var star det(?: skrivet)?"
    r"|var star (?:det|detta|sa)|vilken ar kallan|kalla|miksi(?: niin| ei| nain)?|missa (?:niin|se|tuo|tama) "
    r"(?:sanotaan|lukee|mainitaan|sanotaan)|mista (?:tuo|se|tama) (?:on|tulee)|lahde|waarom(?: niet| dan| is dat)?"
    r"|hoezo|waar staat (?:dat|het|dit)|wat is de bron|bron"
    # the document asked for ('which document says that?', 'i vilket dokument står det?', 'missä dokumentissa noin
    # sanotaan?', 'in welk document staat dat?')
    r"|(?:in )?(?:which|what) (?:document|page|text)(?: (?:says|said|states|stated|is) (?:that|this|it|so)"
    r"| (?:is|was) (?:that|this|it) (?:from|in|said(?: in)?|written|stated)| does (?:that|this|it) come from| says so)?"
    r"|(?:i )?(?:vilket dokument|vilken (?:text|sida))(?: (?:star|sags|sager) (?:det|detta|sa)(?: (?:i|pa))?"
    r"| kommer (?:det|detta) fran)?"
    r"|missa (?:dokumentissa|asiakirjassa|tekstissa|ohjeessa|lahteessa)(?: (?:noin|niin|se|tuo|tama))?"
    r" (?:sanotaan|lukee|mainitaan|kerrotaan|todetaan)|mika (?:dokumentti|teksti|lahde) (?:sanoo|kertoo|mainitsee)"
    r"(?: (?:noin|niin|sen|tuon|taman))?|mista (?:dokumentista|tekstista) (?:tuo|se|tama) (?:on|tulee)"
    r"|(?:in )?(?:welk document|welke (?:tekst|pagina))(?: (?:staat|zegt|vermeldt) (?:dat|dit|het)(?: in)?)?)"
    # 'what's the source for that?', 'källan för det?', 'lähde tuolle?', 'de bron daarvan?'
    r"(?:\s+(?:for|of|on|för|till|voor|van)\s+(?:that|this|it|det|detta|dat|dit)|\s+(?:daarvan|daarvoor|sille|tuolle|talle))?"
    r"(?:\s+(?:exactly|precisely|precies|exakt|tarkalleen))?\W*"
)


# The last answer quoted back ('you said six organisations: is that the minimum?', 'vad sa du om bidraget?', 'mitä
# sanoit kestosta?', 'je zei drie landen?'): the message is about what that answer was about
RECALLS_ANSWER = re.compile(
    r"\b(?:you (?:said|say|mentioned|wrote|told me|stated|answered)|(?:as|like) you said|"
    r"du (?:sa|sade|sager|namnde|skrev|svarade)|(?:sa|sade|namnde|skrev|svarade) du|"
    r"sanoit|mainitsit|kirjoitit|vastasit|kerroit|"
    r"je (?:zei|zegt|noemde|schreef|antwoordde)|(?:zei|noemde|schreef|antwoordde) je|u (?:zei|noemde|schreef)|"
    r"(?:zei|noemde|schreef) u)\b"
)


# a message opening on a new subject ('a completely different question:', 'en helt annan sak:', 'ihan eri asia:',
# 'iets heel anders:'); folded
NEW_SUBJECT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|tack|kiitos|dank je|oke)\W+)?(?:(?:an)?other (?:thing|question|matter|topic|subject)"
    r"|something (?:else|different)|(?:a )?(?:completely|totally|quite|entirely) (?:different|unrelated|other)"
    r"(?: (?:thing|question|matter|topic|subject))?|(?:on )?a different (?:note|topic|question|subject)|unrelated"
    r"|new question|en (?:helt |annan )*(?:annan|ny) (?:sak|fraga)|nagot (?:helt )?annat|ny fraga|byte av amne"
    r"|(?:ihan |aivan |kokonaan )?(?:toinen|eri|uusi) (?:asia|kysymys|aihe)|(?:iets|wat) (?:heel |totaal |compleet )?"
    r"anders|een (?:heel |totaal )?(?:andere|nieuwe) vraag|nieuwe vraag|ander onderwerp)\s*[:,.!?-]+\s*"
)

# 'is that per year or in total?', 'är det per deltagare?', 'onko se vuodessa vai yhteensä?', 'is dat per jaar?' (folded):
# what the last answer's figure counts, asked of it; its sentence says ('for a two-year project'), so the last
# question is asked again
BASIS_OF_IT = re.compile(
    r"\b(?:that|it|this|those|det|den|detta|dem|se|ne|tama|tuo|sen|dat|het|dit|die)\b.*"
    r"\b(?:per (?:year|month|week|day|project|participant|person|partner|organisation|organization|ar|manad|vecka|dag"
    r"|projekt|deltagare|person|vuosi|kuukausi|hanke|jaar|maand|week|dag|project|deelnemer|persoon)|a year|a month"
    r"|annually|in total|total|overall|for the whole project|om aret|arligen|totalt|sammanlagt|for hela projektet"
    r"|vuodessa|vuosittain|kuukaudessa|yhteensa|koko hankkeelle|koko hankkeen|hankkeelle|hanketta kohden"
    r"|osallistujaa kohden|jaarlijks|in totaal|totaal|voor het hele project"
    # the rate as a compound or an adjective ('is dat een jaarbedrag?', 'är det ett årsbelopp?', 'onko se
    # vuosisumma?', 'is that an annual amount?')
    r"|(?:an? )?(?:annual|yearly|monthly) (?:amount|sum|figure|rate|grant)|(?:jaar|maand)(?:bedrag|budget|subsidie)"
    r"|jaarlijks(?:e)? bedrag|ars(?:belopp|summa|bidrag|budget)|arligt belopp|manadsbelopp"
    r"|vuosi(?:summa|avustus|budjetti|maara)|vuotuinen \w+|kuukausi(?:summa|maara))\b"
)
BASIS_WORDS = 10  # a message this short asking it names nothing else
