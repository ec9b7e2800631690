"""Short lists that tell a given name from a company in a roster: common given names as
written in the languages of the rooms (and the English names people from East Asia often
go by), and common East Asian surnames.

"Xiaoming Li (Kevin)" was read as Xiaoming Li of the company Kevin, and "Sales: Anna Keller,
Tom" could not tell Tom the person from Brightline the company. A word on the first list is
a person's name; the second says a name is East Asian, where a given name in brackets is
the one the person goes by. The lists are short on purpose: a name missing from them is
read as before.
"""

from __future__ import annotations

from .function_words import bare

_GIVEN_TEXT = """
    aaron adam adrian aidan alan albert alex alexander alfred alice alicia allen alvin amanda
    amber amelia amy andrea andrew andy angela angie ann anna anne annie anson anthony april
    arthur ashley audrey austin barbara ben benjamin benson betty bill billy bob bobby bonnie
    brandon brenda brian bruce bryan calvin candy carl carlos carmen carol caroline catherine
    charles charlie charlotte cherry chloe chris christina christine christopher cindy claire
    clara colin connie daisy daniel danny david dennis derek diana dick dickson donald doris
    dorothy douglas dylan echo eddie edison edward eileen elaine eleanor elena eliza elizabeth
    ella ellen elsa elvis emily emma eric erica ethan eugene eva evan eve fanny felix fiona
    flora frank frankie fred gary gavin george gloria gordon grace hannah harry harvey hazel
    heidi helen henry hugo ian irene iris isaac isabel ivan ivy jack jackie jackson jacky
    jacob jake james jamie jane janet jason jasmine jean jeff jeffrey jennifer jenny jeremy
    jerry jesse jessica jessie jill jim jimmy joan joanna joe john johnny jonathan joseph
    josh joshua joy joyce judy julia julian julie june justin karen kate katherine kathy
    katie keith kelly kelvin ken kenneth kenny kevin kim kitty kyle larry laura lauren
    lawrence leo leon leonard leslie lily linda lisa louis louise lucas lucy luke lydia mabel
    maggie mandy marc marco margaret maria marie mark martin mary matt matthew max maya megan
    melissa melody michael michelle mike milly molly monica nancy natalie nathan neil nelson
    nick nicholas nicole nina noah oliver olivia owen pamela patrick paul paula peggy penny
    peter philip phoebe phyllis queenie rachel ray raymond rebecca richard rita rob robert
    robin roger ronald rose roy ruby ruth ryan sally sam samantha samuel sandy sara sarah
    scott sean sharon shirley simon sophia sophie stanley stella stephanie stephen steve
    steven sue sunny susan sylvia teresa terry thomas tiffany tim timothy tina tom tommy
    tony tracy trevor vanessa veronica vicky victor victoria vincent vivian walter wayne
    wendy will william willis wilson winnie winston yvonne zoe
    ana andreas anja bernd birgit carla claudia daniela dirk elias
    emil emilia fabian finn florian franz frieda gabriel greta hanna hannes heike
    ines ingrid jan jana jens johanna jonas jorge jose josef juan jurgen karin katrin
    klaus lars lea lena leonie lucia lukas luis manuel marcel markus marta mateo
    matteo matthias maximilian mia miguel mila monika niklas nils ole oskar pablo pedro
    petra pierre rafael sabine sandra sanne sebastian sofia sven theo tobias ulrike ursula
    valentina yusuf
"""
GIVEN_NAMES = frozenset(_GIVEN_TEXT.split())

# Common Chinese, Korean, Vietnamese and Japanese surnames as written in Latin letters.
_EAST_ASIAN_TEXT = """
    li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao zhong cui tan fan fu qian xiong jin bai qiu qin hou
    chan cheung wong leung lam lau ng tse yip kwok chow ho chu tsang
    kim lee park choi jung jeong kang cho yoon jang lim shin oh seo kwon hwang ahn hong
    nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
    yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
"""
EAST_ASIAN_SURNAMES = frozenset(_EAST_ASIAN_TEXT.split())


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name ("Kevin", "Tom"), in any case, accents ignored."""
    return bare(word) in GIVEN_NAMES


def goes_by(name: str, word: str) -> bool:
    """Whether `word` in brackets after `name` is the given name the person goes by:
    "Xiaoming Li (Kevin)", "Kim Min-jun (Grace)", "王小明 (Kevin)". A given name after a name
    that has one of its own ("Anna Keller (Grace)") may be a company, and is not."""
    if not is_given_name(word):
        return False
    words = [bare(w) for w in name.split()]
    return any(w in EAST_ASIAN_SURNAMES for w in words) or not any(w in GIVEN_NAMES for w in words)
