"""Synthetic support and chat text in Spanish, Portuguese, French, German, Italian and Dutch for PiiScan's NER training.

The public corpora are English; prompts and tickets in inference logs are not. These sentences teach the network the
cues of other languages (`me llamo X`, `moro em X`, `ik heet X`, `j'habite à X`), place names in their own spelling
(`Lisboa`, `München`, `Milano`), local company forms, street lines, and hard negatives: sentences that open with a
pronoun that is also an English first name (`Ella`, `Elle`, `Lei`) or with a greeting (`Bom dia`).
Conventions as synth.py (titles such as `signor` or `Herr` are no part of a name; a relation noun is no part of it).
All persons, streets and small companies are invented from the lists below; the few large companies are public names.

Usage: python3 synth_intl.py --n 20 --seed 3   (prints samples)
"""
import synth
from synth import Gen

FIRST = {
    "es": synth.FIRST["es"],
    "pt": "João Maria Ana Pedro Tiago Inês Beatriz Rafael Mariana Gonçalo Catarina Diogo Francisca Rodrigo Leonor "
          "Miguel Sofia Duarte Matilde Luís Carolina Bruno Joana Rui Marta Lucas Gabriel Larissa Thiago Fernanda "
          "Felipe Camila Vinícius Juliana",
    "fr": synth.FIRST["fr"],
    "de": synth.FIRST["de"],
    "it": "Giuseppe Maria Giovanni Anna Antonio Giulia Francesco Chiara Alessandro Francesca Luca Sara Marco Martina "
          "Matteo Valentina Lorenzo Elena Andrea Federica Davide Alessia Simone Silvia Stefano Paola Roberto Laura "
          "Paolo Elisa",
    "nl": "Sanne Daan Emma Sem Julia Lucas Lotte Milan Sophie Levi Fleur Thijs Anouk Bram Eva Ruben Lisa Jesse Femke "
          "Stijn Iris Niels Maud Joost Esther Pieter Marieke Willem Annelies Joris",
}
LAST = {
    "es": synth.LAST["es"],
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques "
          "Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso "
          "Rocha Souza Lima Barbosa Araújo",
    "fr": synth.LAST["fr"],
    "de": synth.LAST["de"],
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa "
          "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone",
    "nl": "Jansen Bakker Janssen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Smits Kok "
          "Jacobs Vermeulen",
}
# Dutch surnames with lower-case particles ("de Vries", "van den Berg") are one name.
NL_PARTICLE_LAST = ("de Jong,de Vries,van den Berg,van Dijk,de Boer,de Groot,van Leeuwen,de Wit,de Graaf,"
                    "van der Meer,de Haan,van der Linden").split(",")
CITIES = {
    "es": "Madrid,Barcelona,Sevilla,Valencia,Zaragoza,Málaga,Bilbao,Granada,Alicante,Córdoba,Valladolid,Vigo,Murcia,"
          "Ciudad de México,Guadalajara,Monterrey,Puebla,Bogotá,Medellín,Cali,Lima,Quito,Buenos Aires,Rosario,"
          "Santiago,Montevideo,Caracas",
    "pt": "Lisboa,Porto,Coimbra,Braga,Faro,Aveiro,Setúbal,Funchal,São Paulo,Rio de Janeiro,Belo Horizonte,Salvador,"
          "Recife,Fortaleza,Curitiba,Porto Alegre,Manaus,Brasília,Campinas,Florianópolis,Luanda,Maputo",
    "fr": "Paris,Lyon,Marseille,Toulouse,Nice,Nantes,Strasbourg,Montpellier,Bordeaux,Lille,Rennes,Grenoble,Genève,"
          "Lausanne,Bruxelles,Liège,Montréal,Québec,Dakar,Abidjan",
    "de": "Berlin,Hamburg,München,Köln,Frankfurt,Stuttgart,Düsseldorf,Leipzig,Dortmund,Essen,Bremen,Dresden,Hannover,"
          "Nürnberg,Wien,Graz,Linz,Salzburg,Zürich,Bern,Basel",
    "it": "Roma,Milano,Napoli,Torino,Palermo,Genova,Bologna,Firenze,Bari,Catania,Venezia,Verona,Messina,Padova,Trieste,"
          "Brescia,Parma,Modena,Perugia,Cagliari",
    "nl": "Amsterdam,Rotterdam,Den Haag,Utrecht,Eindhoven,Groningen,Tilburg,Almere,Breda,Nijmegen,Arnhem,Haarlem,"
          "Enschede,Leiden,Maastricht,Delft,Antwerpen,Gent,Brugge,Leuven",
}
COUNTRIES = {
    "es": "España,México,Colombia,Argentina,Chile,Perú", "pt": "Portugal,Brasil,Angola,Moçambique",
    "fr": "France,Belgique,Suisse,Canada,Sénégal", "de": "Deutschland,Österreich,Schweiz",
    "it": "Italia,Svizzera", "nl": "Nederland,België",
}
FORMS = {
    "es": "S.A.,S.L.,S.A. de C.V.,S.L.U.", "pt": "Lda.,S.A.,Ltda.", "fr": "SA,SARL,SAS", "de": "GmbH,AG,KG,GmbH & Co. KG",
    "it": "S.p.A.,S.r.l.", "nl": "B.V.,N.V.",
}
SECTOR = {
    "es": "Transportes {L},Construcciones {L},Grupo {L},Talleres {L},Distribuciones {L}",
    "pt": "Transportes {L},Construções {L},Grupo {L},Farmácia {L}",
    "fr": "Groupe {L},Transports {L},Boulangerie {L},Cabinet {L}",
    "de": "{L} Logistik,{L} Bau,{L} Immobilien,Autohaus {L}",
    "it": "{L} Costruzioni,Gruppo {L},Trasporti {L},Studio {L}",
    "nl": "{L} Logistiek,{L} Bouw,{L} Installatietechniek,Bakkerij {L}",
}
BIG_ORGS = {
    "es": "Banco Santander,Telefónica,Mercadona,Inditex,Iberdrola,BBVA,Repsol",
    "pt": "Petrobras,Itaú,Natura,Vale,Millennium BCP,Sonae,Galp",
    "fr": "Renault,Carrefour,Orange,Danone,Michelin,Airbus,BNP Paribas",
    "de": "Siemens,Bosch,Allianz,Lufthansa,Deutsche Bahn,Volkswagen,Commerzbank",
    "it": "Unicredit,Eni,Enel,Intesa Sanpaolo,Poste Italiane,Ferrovie dello Stato,Fiat",
    "nl": "Philips,Heineken,ING,Rabobank,KLM,Albert Heijn,PostNL",
}
STREETS = {
    "es": ["Calle {S} {n}", "C/ {S}, {n}", "Avenida de {S} {n}", "Paseo de {S} {n}", "Calle {S} {n}, 3º B"],
    "pt": ["Rua {S}, {n}", "Rua {S} {n}", "Avenida {S}, {n}", "Travessa {S} {n}", "Rua {S}, {n}, 2º Esq."],
    "fr": ["{n} rue {S}", "{n}, rue {S}", "{n} avenue {S}", "{n} bis boulevard {S}", "{n} place {S}"],
    "de": ["{S}straße {n}", "{S}str. {n}", "{S}weg {n}", "{S}platz {n}a", "{S}allee {n}"],
    "it": ["Via {S} {n}", "Via {S}, {n}", "Corso {S} {n}", "Piazza {S} {n}", "Viale {S} {n}"],
    "nl": ["{S}straat {n}", "{S}weg {n}", "{S}laan {n}", "{S}plein {n}", "{S}gracht {n}"],
}
STREET_NAMES = {
    "es": "Mayor,Alcalá,la Paz,San Vicente,Goya,Cervantes,los Reyes,Colón,Serrano,la Castellana",
    "pt": "Augusta,da Liberdade,do Ouro,das Flores,Santa Catarina,Dom João II,da Prata,São Bento,Oscar Freire",
    "fr": "de la Paix,Victor Hugo,des Lilas,Saint-Michel,Jean Jaurès,de la République,Pasteur,Voltaire",
    "de": "Haupt,Bahnhof,Garten,Linden,Goethe,Schiller,Mozart,Kirch,Wald,Rosen",
    "it": "Roma,Garibaldi,Mazzini,Dante,Cavour,Vittorio Emanuele,Verdi,dei Mille,Nazionale",
    "nl": "Kerk,Dorps,Molen,Stations,School,Prinsen,Keizers,Heren,Linden,Beuken",
}
ZIP = {"es": "{5}", "pt": "{4}-{3}", "fr": "{5}", "de": "{5}", "it": "{5}", "nl": "{4} AB"}
# Relation nouns with their possessive, as the templates use them (the noun is no part of the name).
REL = {
    "es": "mi hermano,mi hermana,mi esposa,mi esposo,mi hijo,mi hija,mi amigo,mi amiga,mi jefe,mi primo,mi prima,"
          "mi abuela,mi vecino,mi vecina,mi compañera,mi suegra",
    "pt": "meu irmão,minha irmã,minha esposa,meu marido,meu filho,minha filha,meu amigo,minha amiga,meu chefe,meu primo,"
          "minha prima,minha avó,meu vizinho,minha vizinha,minha colega,minha sogra",
    "fr": "mon frère,ma sœur,ma femme,mon mari,mon fils,ma fille,mon ami,mon amie,mon collègue,mon cousin,ma cousine,"
          "ma grand-mère,mon voisin,ma voisine,ma belle-mère",
    "de": "Mein Bruder,Meine Schwester,Meine Frau,Mein Mann,Mein Sohn,Meine Tochter,Mein Freund,Meine Kollegin,"
          "Mein Cousin,Meine Oma,Mein Nachbar,Meine Nachbarin,Meine Schwiegermutter",
    "it": "mio fratello,mia sorella,mia moglie,mio marito,mio figlio,mia figlia,il mio amico,la mia collega,mio cugino,"
          "mia cugina,mia nonna,il mio vicino,la mia vicina,mia suocera",
    "nl": "mijn broer,mijn zus,mijn vrouw,mijn man,mijn zoon,mijn dochter,mijn vriend,mijn collega,mijn neef,mijn nicht,"
          "mijn oma,mijn buurman,mijn buurvrouw,mijn schoonmoeder",
}
# Titles and job nouns before a name (no part of it).
TITLE = {
    "es": "el señor,la señora,el doctor,la doctora,el técnico,la abogada,don,doña",
    "pt": "o senhor,a senhora,o doutor,a doutora,o técnico,a advogada,dona",
    "fr": "monsieur,madame,le docteur,maître,le technicien,la docteure",
    "de": "Herr,Frau,Dr.,der Techniker,die Ärztin,Herrn",
    "it": "il signor,la signora,il dottor,la dottoressa,il tecnico,l'avvocato",
    "nl": "meneer,mevrouw,dokter,de monteur,de advocaat",
}
# Form labels of a record written as text (the labels are no entities).
FORM = {
    "es": ("Nombre", "Ciudad", "Empresa", "Dirección"), "pt": ("Nome", "Cidade", "Empresa", "Morada"),
    "fr": ("Nom", "Ville", "Employeur", "Adresse"), "de": ("Name", "Wohnort", "Arbeitgeber", "Anschrift"),
    "it": ("Nome", "Città", "Azienda", "Indirizzo"), "nl": ("Naam", "Woonplaats", "Werkgever", "Adres"),
}
FROM_TO = {"es": ("de", "a"), "pt": ("de", "para"), "fr": ("de", "à"), "de": ("von", "nach"), "it": ("da", "a"),
           "nl": ("van", "naar")}
WEEKDAYS = {
    "es": "lunes,martes,miércoles,jueves,viernes,sábado,domingo", "pt": "segunda,terça,quarta,quinta,sexta,sábado,domingo",
    "fr": "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche", "de": "Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag,Sonntag",
    "it": "lunedì,martedì,mercoledì,giovedì,venerdì,sabato,domenica", "nl": "maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag",
}
# Invented brand names (syllables), so the network learns a company's slot, not a list of companies.
SYLLABLES = "tel,vo,ra,mar,bri,sa,no,vi,ta,lu,zen,co,ka,ri,to,ne,so,fa,dor,lin,ex,al,ver,ma,gi,on,ti,pa".split(",")
# {P} full name, {F} first name, {L} surname, {C} city, {K} country, {O} organization, {A} street line, {lf} and
# {lc} a first name and a city in lower case (chat); O: {Z} postal code, {R} relation noun, {T} title or job noun,
# {n} a year, {D} a weekday, {fr} {to} "from" and "to", {FN} {FC} {FE} the form labels of name, city and employer.
TEMPLATES = {
    "es": ["¿Cuánto cuesta un envío {fr} {C} {to} {C}?", "{FN}: {P}; {FC}: {C}; {FE}: {O}", "hola soy {lf}, estoy en {lc} hasta el {D}", "Escribe una queja a {O} en nombre de {P}.", "{T} {P} llamará el {D}.", "Mi pedido de {O} sigue en {C}.",
           "Hola, me llamo {P} y vivo en {C}.", "Mi nombre es {P} y soy cliente desde {n}.", "Soy {F}, de {C}.",
           "Por favor, envíe la factura a {P}, {A}, {Z} {C}.", "{R} {F} trabaja en {O}.", "Trabajo en {O} en {C}.",
           "El pedido de {P} no llegó a {C}.", "Ella vive en {C} y {R} {F} también.", "Él trabaja para {O} desde {n}.",
           "Dirección: {A}, {Z} {C}, {K}", "Quisiera cambiar mi dirección a {A}, {C}.", "Hablé con {F} de {O} ayer.",
           "Escribe un correo a {P} para confirmar la reunión en {C}.", "Atentamente,\n{P}\n{O}"],
    "pt": ["Quanto custa enviar um pacote {fr} {C} {to} {C}?", "{FN}: {P}; {FC}: {C}; {FE}: {O}", "oi, aqui é o {lf}, tô em {lc} até {D}", "Escreva uma reclamação para a {O} em nome de {P}.", "{T} {P} vai ligar na {D}.", "O meu pedido da {O} está parado em {C}.",
           "Olá, meu nome é {P} e moro em {C}.", "Sou o {F}, cliente da {O}.", "Eu sou a {P}.",
           "Por favor envie a fatura para {P}, {A}, {Z} {C}.", "{R} {F} trabalha na {O}.", "Moro em {C} desde {n}.",
           "Ela trabalha na {O} em {C}.", "Morada: {A}, {Z} {C}, {K}", "Falei com o {F} da {O} ontem.",
           "Bom dia, {F}! O pedido já chegou em {C}?", "O endereço de {P} é {A}, {C}.",
           "Escreva um e-mail para {P} sobre a reunião em {C}.", "Atenciosamente,\n{P}\n{O}"],
    "fr": ["Combien coûte un envoi {fr} {C} {to} {C} ?", "{FN} : {P} — {FC} : {C} — {FE} : {O}", "salut c'est {lf}, je suis à {lc} jusqu'à {D}", "Écris une réclamation à {O} au nom de {P}.", "{T} {P} rappellera {D}.", "Ma commande chez {O} est bloquée à {C}.",
           "Bonjour, je m'appelle {P} et j'habite à {C}.", "Je suis {P}, client de {O}.",
           "Elle habite à {C} avec {R} {F}.", "Il travaille chez {O} à {C}.",
           "Merci d'envoyer la facture à {P}, {A}, {Z} {C}.", "Adresse : {A}, {Z} {C}, {K}",
           "J'ai parlé avec {F} de {O} hier.", "Rédige un courriel à {P} pour confirmer le rendez-vous à {C}.",
           "{F} a déménagé à {C} en {n}.", "Cordialement,\n{P}\n{O}"],
    "de": ["Was kostet ein Paket {fr} {C} {to} {C}?", "{FN}: {P}, {FC}: {C}, {FE}: {O}", "hallo, hier ist {lf}, bin bis {D} in {lc}", "Schreibe eine Beschwerde an {O} im Namen von {P}.", "{T} {P} ruft am {D} zurück.", "Meine Bestellung bei {O} liegt noch in {C}.",
           "Hallo, ich heiße {P} und wohne in {C}.", "Mein Name ist {P}.", "Er arbeitet bei {O} in {C}.",
           "{R} {F} wohnt in {C}.", "Bitte schicken Sie die Rechnung an {P}, {A}, {Z} {C}.", "Anschrift: {A}, {Z} {C}",
           "Ich habe gestern mit {F} von {O} gesprochen.", "Schreib eine E-Mail an {P} wegen des Termins in {C}.",
           "Sie zog {n} nach {C}.", "Mit freundlichen Grüßen\n{P}\n{O}"],
    "it": ["Quanto costa una spedizione {fr} {C} {to} {C}?", "{FN}: {P}; {FC}: {C}; {FE}: {O}", "ciao sono {lf}, sono a {lc} fino a {D}", "Scrivi un reclamo a {O} per conto di {P}.", "{T} {P} richiamerà {D}.", "Il mio ordine di {O} è fermo a {C}.",
           "Ciao, mi chiamo {P} e abito a {C}.", "Sono {P}, cliente di {O}.", "Lei lavora a {C} per {O}.",
           "Il signor {L} abita a {C}.", "{R} {F} vive a {C}.", "Indirizzo: {A}, {Z} {C}, {K}",
           "Per favore inviate la fattura a {P}, {A}, {Z} {C}.", "Ho parlato ieri con {F} di {O}.",
           "Scrivi una email a {P} per confermare l'incontro a {C}.", "Cordiali saluti,\n{P}\n{O}"],
    "nl": ["Wat kost een pakket {fr} {C} {to} {C}?", "{FN}: {P}, {FC}: {C}, {FE}: {O}", "hoi, met {lf}, ik ben tot {D} in {lc}", "Schrijf een klacht aan {O} namens {P}.", "{T} {P} belt {D} terug.", "Mijn bestelling bij {O} ligt nog in {C}.",
           "Hallo, ik heet {P} en ik woon in {C}.", "Mijn naam is {P}.", "Zij werkt bij {O} in {C}.",
           "Hij woont met {R} {F} in {C}.", "Stuur de factuur naar {P}, {A}, {Z} {C}.", "Adres: {A}, {Z} {C}, {K}",
           "Ik heb gisteren met {F} van {O} gesproken.", "Schrijf een e-mail aan {P} over de afspraak in {C}.",
           "Met vriendelijke groet,\n{P}\n{O}"],
}
# No entity: sentences that open with a pronoun that is also an English first name, greetings, thanks.
NEGATIVES = {
    "es": ["Ella dice que el paquete llegó roto.", "Buenos días, necesito ayuda con mi cuenta.",
           "Gracias por su respuesta.", "Él no puede iniciar sesión desde ayer.", "Ella ya pagó la factura.",
           "Hola, ¿me puede ayudar con el pedido {n}?"],
    "pt": ["Bom dia, preciso de ajuda com o meu pedido.", "Ela disse que o produto chegou com defeito.",
           "Obrigado pela ajuda!", "Ele não consegue entrar na conta.", "Boa tarde, o pedido {n} ainda não chegou.",
           "Bom dia :)"],
    "fr": ["Elle dit que le colis est arrivé cassé.", "Bonjour, j'ai besoin d'aide avec mon compte.",
           "Merci beaucoup !", "Il ne peut pas se connecter depuis hier.", "Elle a déjà payé la facture {n}."],
    "de": ["Er kann sich seit gestern nicht anmelden.", "Guten Tag, ich brauche Hilfe mit meinem Konto.",
           "Vielen Dank!", "Sie sagt, das Paket kam beschädigt an.", "Er hat die Rechnung {n} schon bezahlt."],
    "it": ["Lei dice che il pacco è arrivato rotto.", "Buongiorno, ho bisogno di aiuto con il mio account.",
           "Grazie mille!", "Lui non riesce ad accedere da ieri.", "Il pacco non è arrivato.",
           "Lei ha già pagato la fattura {n}."],
    "nl": ["Zij zegt dat het pakket kapot aankwam.", "Goedendag, ik heb hulp nodig met mijn account.",
           "Hartelijk dank!", "Hij kan sinds gisteren niet inloggen.", "Zij heeft factuur {n} al betaald."],
}
LANGS = list(TEMPLATES)


def _split(s):
    return s.split(",") if isinstance(s, str) else s


class IntlGen(Gen):
    def first(self, lang=None):
        return self.c(FIRST[lang or self.lang].split())

    def last(self, lang=None):
        lang = lang or self.lang
        if lang == "nl" and self.r.random() < 0.4:
            return self.c(NL_PARTICLE_LAST)
        return self.c(LAST[lang].split())

    def person(self):
        f, l = self.first(), self.last()
        r = self.r.random()
        if self.lang in ("es", "pt") and r < 0.3:
            return f + " " + l + (" " if self.lang == "es" else self.c([" ", " da ", " dos "])) + self.last()
        if r < 0.4:
            return f + " " + self.first() + " " + l
        return f + " " + l

    def number(self):
        return str(self.r.randint(1, 250))

    def street(self):
        return self.c(STREETS[self.lang]).format(S=self.c(_split(STREET_NAMES[self.lang])), n=self.number())

    def zipcode(self):
        return ZIP[self.lang].replace("{5}", "{:05d}".format(self.r.randint(1000, 99999))) \
            .replace("{4}", str(self.r.randint(1000, 9999))).replace("{3}", "{:03d}".format(self.r.randint(0, 999)))

    def brand(self):
        if self.r.random() < 0.2:
            return "".join(self.c("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(self.r.randint(3, 4)))
        return ("".join(self.c(SYLLABLES) for _ in range(self.r.randint(2, 3))) + self.c(["", "", "x", "n", "s", "ia", "com"])).capitalize()

    def org(self):
        r = self.r.random()
        if r < 0.3:
            return self.brand()
        r = self.r.random()
        if r < 0.35:
            return self.c(_split(BIG_ORGS[self.lang]))
        name = self.c(_split(SECTOR[self.lang])).format(L=self.last()) if r < 0.75 else self.c(synth.ORG_WORDS)
        return name + (" " + self.c(_split(FORMS[self.lang])) if self.r.random() < 0.6 else "")

    def sample(self):
        """Returns (text, [(start, end, TYPE)])."""
        self.lang = self.c(LANGS)
        if self.r.random() < 0.25:
            return self.c(NEGATIVES[self.lang]).format(n=self.r.randint(100, 99999)), []
        tmpl = self.c(TEMPLATES[self.lang])
        fill = {"P": lambda: (self.person(), "PERSON"), "F": lambda: (self.first(), "PERSON"),
                "L": lambda: (self.last(), "PERSON"), "C": lambda: (self.c(_split(CITIES[self.lang])), "LOCATION"),
                "K": lambda: (self.c(_split(COUNTRIES[self.lang])), "LOCATION"), "O": lambda: (self.org(), "ORGANIZATION"),
                "A": lambda: (self.street(), "STREET_ADDRESS"), "Z": lambda: (self.zipcode(), None),
                "R": lambda: (self.c(_split(REL[self.lang])), None), "n": lambda: (str(self.r.randint(2001, 2025)), None),
                "lf": lambda: (self.first().lower(), "PERSON"),
                "lc": lambda: (self.c(_split(CITIES[self.lang])).lower(), "LOCATION"),
                "T": lambda: (self.c(_split(TITLE[self.lang])), None), "D": lambda: (self.c(_split(WEEKDAYS[self.lang])), None),
                "fr": lambda: (FROM_TO[self.lang][0], None), "to": lambda: (FROM_TO[self.lang][1], None),
                "FN": lambda: (FORM[self.lang][0], None), "FC": lambda: (FORM[self.lang][1], None),
                "FE": lambda: (FORM[self.lang][2], None)}
        parts = synth.fill_template(tmpl, fill)
        r = self.r.random()
        mode = "lower" if r < 0.1 else "upper" if r < 0.14 else None
        text, sp = synth.join(parts, lambda s, typ: s.lower() if mode == "lower" else s.upper() if mode == "upper" else s)
        if text[:1].islower() and mode is None:
            text = text[0].upper() + text[1:]
        return text, sp


def generate(n, seed):
    """n sentences as (words, BIO tags, text), like synth.generate."""
    return synth.generate(n, seed, IntlGen)


if __name__ == "__main__":
    synth.print_samples(generate)
