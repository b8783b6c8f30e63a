"""Synthetic social-media posts (tweets, chat with @-mentions and hashtags) for PiiScan's NER training.

Conventions (those of the Broad Twitter Corpus, which PiiScan follows for mentions in prose):
  `@handle`   a mention in prose is the entity it names: PERSON for a person's handle (made from an invented name:
              `@JaneDoe`, `@jane_doe88`, `@itsjanee_`), ORGANIZATION for a company's (`@AcmeSupport`), span incl. `@`.
  `#Word`     a hashtag that is a name takes the name's type (`#Houston` LOCATION); other hashtags are O.
  O           code and config text that uses `@` (`@Override`, `@app.route`, `@types/node`, `git@host`): never an entity.
All names and handles are invented from synth.py's lists.

Usage: python3 synth_social.py --n 20 --seed 3   (prints samples)
"""
import synth
from synth import CITIES, COUNTRIES, ORG_WORDS, Gen

BODIES = ("lol,omg yes,can't wait !!,follow me please,happy birthday !!,thanks for the follow,see you tonight,"
          "this is so true,good luck today,miss you,haha same,i love this,so proud of you,congrats !!,"
          "what time is the show ?,are you coming ?,you made my day,this made me laugh,so excited for tomorrow,"
          "best night ever,totally agree,can you dm me ?,that's amazing,check this out http://t.co/{u},"
          "new post is up http://t.co/{u},read this http://t.co/{u},still waiting for my order,"
          "please fix the app,my package never arrived,great service today,watching the game tonight,"
          "who else is going ?,tickets are sold out,hope you feel better,ugh mondays,nice one").split(",")
NAME_BODIES = ("just met {P} !!,{P} is the best,congrats {F} !,{F} and i are going to {C},shoutout to {P},"
               "rip {P},{P} for president,can't believe {F} said that,live from {C} tonight,back in {C} :),"
               "thanks {O} for the free coffee,{O} customer service is the worst,{O} is hiring in {C},"
               "great talk by {P} at {O},{F} from {O} was so helpful,flight to {C} delayed again,"
               "{P} scores again !!,{F} what are you doing lol,happy birthday {F} !!,{P} x {P} collab when ?").split(",")
TAGS = "tbt,MondayMotivation,AI,love,fail,news,ff,nowplaying,TGIF,fitness,tech,music,travel,food,blessed".split(",")
SUFFIX = ("x,xo,_,__,x3,22,88,99,01,2013,official,OFFICIAL,real,tweets,lol,mx,uk").split(",")
ORG_TAIL = "Support,Help,HQ,News,Official,UK,US,Cares,Team,App,Online,Store,TV,Show,Live".split(",")
CODE_AT = ("@Override public void run() {{ }}|@property def name(self):|@app.route(\"/users/{n}\")|npm i -D @types/node|"
           "@SuppressWarnings(\"unchecked\")|@dataclass class User:|@pytest.fixture(scope=\"module\")|@Test void parse()|"
           "@lru_cache(maxsize={n}) def load():|@media (max-width: {n}px) {{ }}|@import url(\"theme.css\");|"
           "git clone git@github.com:org/repo.git|@Autowired private UserService users;|@echo off|"
           "ssh deploy@10.0.0.{n}|@RestController class Api|@Injectable() export class AuthService|"
           "yarn add @angular/core@17|@param user the user id|@returns the parsed config").split("|")


class SocialGen(Gen):
    def person_handle(self):
        f, l = self.first("en" if self.r.random() < 0.5 else None), self.last()
        f, l = f.replace(" ", "").replace("'", ""), l.replace(" ", "").replace("'", "")
        h = self.c([f + l, f.lower() + l.lower(), f.lower() + "_" + l.lower(), f + "_" + l, f + l[0], f.lower() + l[:3].lower(),
                    "its" + f.lower(), "real" + f + l, f + f[-1] * self.r.randint(1, 4), f[0].lower() + l.lower(),
                    l.lower() + f[0].lower(), "The" + f + l, f.upper(), f.lower() + "." + l.lower()])
        if self.r.random() < 0.4:
            h += self.c(SUFFIX)
        return "@" + h.replace(".", "_")

    def org_handle(self):
        o = self.c(ORG_WORDS).replace(" ", "")
        return "@" + self.c([o, o + self.c(ORG_TAIL), o.lower(), o.lower() + "_" + self.c(ORG_TAIL).lower(),
                             "The" + o + self.c(ORG_TAIL), o + self.c(["Inc", "Corp", "Labs", "Group"])])

    def mention(self):
        return (self.person_handle(), "PERSON") if self.r.random() < 0.72 else (self.org_handle(), "ORGANIZATION")

    def body(self):
        if self.r.random() < 0.45:
            return [(s, None) for s in [self.c(BODIES).format(u=self.hexid(10))]]
        return synth.fill_template(self.c(NAME_BODIES), {
            "P": lambda: (self.person(), "PERSON"), "F": lambda: (self.first(), "PERSON"),
            "C": lambda: (self.c(CITIES), "LOCATION"), "O": lambda: (self.org(), "ORGANIZATION")})

    def hashtag(self):
        r = self.r.random()
        if r < 0.25:
            return ("#" + self.c(CITIES).replace(" ", ""), "LOCATION")
        if r < 0.35:
            return ("#" + self.c(COUNTRIES).replace(" ", ""), "LOCATION")
        if r < 0.45:
            return ("#" + self.first("en") + self.last("en"), "PERSON")
        return ("#" + self.c(TAGS), None)

    def sample(self):
        """Returns (text, [(start, end, TYPE)])."""
        if self.r.random() < 0.12:
            return self.c(CODE_AT).format(n=self.r.randint(1, 999)), []
        t = lambda s: (s, None)
        m, b = self.mention, self.body
        frames = [
            lambda: [m(), t(" "), *b()],
            lambda: [t("RT "), m(), t(" : "), *b()],
            lambda: [*b(), t(" via "), m()],
            lambda: [*b(), t(" "), m(), t(" "), m()],
            lambda: [m(), t(" "), m(), t(" "), *b()],
            lambda: [t("“ "), m(), t(" : "), *b(), t(" ” "), *b()],
            lambda: [t("."), m(), t(" "), *b()],
            lambda: [*b(), t(" "), self.hashtag()],
            lambda: [self.hashtag(), t(" "), *b(), t(" "), self.hashtag()],
            lambda: [*b()],
        ]
        parts = self.c(frames)()
        r = self.r.random()
        mode = "lower" if r < 0.25 else "upper" if r < 0.3 else None

        def recase(s, typ):
            if mode == "lower" and not s.startswith(("@", "http")):
                return s.lower()
            if mode == "upper" and typ is None and not s.startswith("http"):
                return s.upper()
            return s
        return synth.join(parts, recase)


def generate(n, seed):
    """n posts as (words, BIO tags, text), like synth.generate."""
    return synth.generate(n, seed, SocialGen)


if __name__ == "__main__":
    synth.print_samples(generate)
