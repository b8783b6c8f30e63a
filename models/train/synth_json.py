"""Synthetic JSON records held as text (request bodies, tool arguments, events logged as strings) for PiiScan's NER.

The network reads names inside JSON unevenly: in `{"employer": "...", "employee": "Tyrone Jackson", "start": "..."}`
it gave the person almost nothing, and `"to": "Igor Sokolov"` after a `"from"` field nothing, while each pair read
alone was sure (model card, Session 19). synth.py has one record shape (name, email, address, city). These records
have 2-6 fields with many key names for persons, first and last names, companies, towns, countries and street lines,
next to fields that hold no entity (ids, statuses, model names, e-mail addresses, amounts, timestamps), lists of
names (`"cc": [...]`), nested objects, chat messages (`{"role": "user", "content": ...}` with a synth.py sentence)
and three layouts (spaced, compact, pretty-printed). Keys and syntax are O. Values are invented as in synth.py.

Usage: python3 synth_json.py --n 20 --seed 3   (prints samples)
"""
import synth
from synth import Gen

PERSON_KEYS = ("name full_name customer customer_name user assignee reporter author owner employee patient guest caller "
               "speaker contact from to sender recipient requester approver driver tenant landlord manager agent "
               "applicant passenger member beneficiary doctor").split()
FIRST_KEYS = "first_name firstName first given_name".split()
LAST_KEYS = "last_name lastName last surname family_name".split()
ORG_KEYS = "company employer organization org vendor merchant bank insurer supplier client account_name school".split()
CITY_KEYS = "city location office hometown destination origin town ship_city".split()
COUNTRY_KEYS = "country country_name residence".split()
STREET_KEYS = "street address address1 street_address line1".split()
LIST_KEYS = "cc attendees participants members approvers".split()
NEST_KEYS = "shipping billing contact customer sender recipient".split()
STATUS = "open closed pending approved rejected active inactive failed ok done queued refunded".split()
ROLES = "user assistant admin viewer editor owner guest system".split()
PLANS = "Pro Basic Free Enterprise Team Premium gold silver".split()


class JsonGen(Gen):
    def other_field(self):
        """A (key, value) pair that holds no entity; the value is JSON text already (quoted or a number)."""
        k = self.r.randrange(14)
        q = lambda s: '"' + s + '"'
        return [("id", str(self.r.randint(1, 99999))), ("user_id", q(self.c(["u_", "usr-", ""]) + self.hexid(6))),
                ("status", q(self.c(STATUS))), ("model", q(self.c(synth.PRODUCTS))), ("email", q(self.email())),
                ("amount", str(self.r.randint(1, 9999)) + self.c(["", ".50", ".99"])), ("currency", q(self.c(["USD", "EUR", "GBP", "JPY"]))),
                ("timestamp", q(self.ts())), ("ip", q(self.ip())), ("role", q(self.c(ROLES))),
                ("plan", q(self.c(PLANS))), ("ticket_id", str(self.r.randint(100, 99999))),
                ("phone", q(self.phone())), ("level", q(self.c(synth.LEVELS)))][k]

    def entity_field(self):
        """(key, [(text, TYPE or None) parts of the value, quotes included])."""
        r = self.r.random()
        s = lambda v, typ: [('"', None), (v, typ), ('"', None)]
        if r < 0.35:
            return self.c(PERSON_KEYS), s(self.person(), "PERSON")
        if r < 0.45:
            return self.c(FIRST_KEYS), s(self.first(), "PERSON")
        if r < 0.52:
            return self.c(LAST_KEYS), s(self.last(), "PERSON")
        if r < 0.68:
            return self.c(ORG_KEYS), s(self.org(), "ORGANIZATION")
        if r < 0.80:
            return self.c(CITY_KEYS), s(self.city(), "LOCATION")
        if r < 0.86:
            return self.c(COUNTRY_KEYS), s(self.country(), "LOCATION")
        if r < 0.93:
            return self.c(STREET_KEYS), s(self.street(), "STREET_ADDRESS")
        parts = [("[", None)]
        for i in range(self.r.randint(1, 3)):
            parts += ([(", ", None)] if i else []) + s(self.c([self.person, self.first])(), "PERSON")
        return self.c(LIST_KEYS), parts + [("]", None)]

    def chat(self):
        """A chat message object: content is a synth.py sentence without quotes or backslashes, line breaks escaped."""
        for _ in range(20):
            text, sp = Gen.sample(self)
            if '"' not in text and "\\" not in text and text.strip():
                break
        else:
            text, sp = "hello", []
        parts, pos = [], 0
        for a, b, typ in sorted(sp):
            parts += [(text[pos:a].replace("\n", "\\n"), None), (text[a:b].replace("\n", " "), typ)]
            pos = b
        parts.append((text[pos:].replace("\n", "\\n"), None))
        return [('{"role": "' + self.c(["user", "assistant"]) + '", "content": "', None)] + parts + [('"}', None)]

    def sample(self):
        if self.r.random() < 0.2:
            parts = self.chat()
            if self.r.random() < 0.5:
                parts = [('{"model": "' + self.c(synth.PRODUCTS) + '", "messages": [', None)] + parts + [("]}", None)]
            return synth.join(parts)
        layout = self.c(["spaced", "spaced", "compact", "pretty"])
        colon, comma = {"spaced": (": ", ", "), "compact": (":", ","), "pretty": (": ", ",\n  ")}[layout]
        fields = []
        for _ in range(self.r.randint(1, 3)):
            fields.append(self.entity_field())
        for _ in range(self.r.randint(0, 3)):
            key, value = self.other_field()
            fields.append((key, [(value, None)]))
        if self.r.random() < 0.15:  # a nested object of entity fields
            inner = [self.entity_field() for _ in range(self.r.randint(1, 3))]
            nested = [("{", None)]
            for i, (k, v) in enumerate(inner):
                nested += ([(comma if layout != "pretty" else ", ", None)] if i else []) + [('"' + k + '"' + colon, None)] + v
            fields.append((self.c(NEST_KEYS), nested + [("}", None)]))
        self.r.shuffle(fields)
        parts = [("{\n  " if layout == "pretty" else "{", None)]
        for i, (k, v) in enumerate(fields):
            parts += ([(comma, None)] if i else []) + [('"' + k + '"' + colon, None)] + v
        parts.append(("\n}" if layout == "pretty" else "}", None))
        return synth.join(parts)


def generate(n, seed):
    """n records as (words, BIO tags, text), like synth.generate."""
    return synth.generate(n, seed, JsonGen)


if __name__ == "__main__":
    synth.print_samples(generate)
