"""Synthetic PII sentences for PiiScan's domain (prompts, chat, tickets, forms, CSV rows, logs).

All names, addresses, companies, emails and phone numbers are invented from the lists below.
Span conventions:
  PERSON          a person's name (first, last, full, with middle initial); titles (Mr., Dr.) are NOT part of it.
  STREET_ADDRESS  the street line only: house number + street name + optional unit ("1234 Oak Street, Apt 5",
                  "221B Baker St", "Hauptstraße 12", "12 rue de la Paix", "Flat 4B, 12 MG Road", "PO Box 123").
                  City, region, postal code and country are NOT part of it (city/country are LOCATION, zip is O).
  LOCATION        cities, regions, countries.
  ORGANIZATION    companies, universities, agencies.
  O               emails, phones, usernames, product/model names, code identifiers, log tokens, ids, numbers.
Text is split into words with the BERT BasicTokenizer (wordpiece.basic_tokenize_spans), as the C# side does.

Usage: python3 synth.py --n 500 --seed 7 --out synth-dev.jsonl [--negatives log-negatives.txt --neg-n 300]
"""
import argparse
import json
import random
import string

from wordpiece import basic_tokenize_spans

FIRST = {
    "en": "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph "
          "Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Emily Paul Ashley Steven "
          "Kimberly Andrew Donna Kevin Michelle Brian Carol George Amanda Edward Melissa Ryan Deborah Jacob Rebecca "
          "Gary Laura Nicholas Megan Eric Hannah Jonathan Olivia Tyler Chloe Liam Emma Noah Ava Ethan Grace Owen Zoe",
    "es": "José María Juan Carmen Luis Ana Carlos Lucía Javier Sofía Miguel Isabel Alejandro Valentina Diego Camila "
          "Jorge Paula Fernando Elena Andrés Daniela Ricardo Gabriela Pablo Mariana Raúl Ximena Sergio Guadalupe",
    "de": "Lukas Anna Jonas Lea Felix Hannah Maximilian Lena Paul Laura Leon Julia Finn Sophie Tobias Katharina "
          "Stefan Sabine Jürgen Ursula Wolfgang Claudia Matthias Petra Jörg Anke Dieter Birgit Uwe Heike",
    "fr": "Jean Marie Pierre Camille Louis Chloé Hugo Manon Lucas Inès Théo Léa Nicolas Amélie Antoine Céline "
          "François Élodie Mathieu Aurélie Sébastien Margaux Julien Océane Benoît Hélène",
    "in": "Aarav Priya Rahul Ananya Vikram Sneha Arjun Kavya Rohan Pooja Sanjay Deepika Amit Neha Rajesh Divya "
          "Suresh Lakshmi Karthik Meera Anil Sunita Vivek Aishwarya Harish Shreya Prakash Nandini",
    "zh": "Wei Fang Jun Li Ming Xiu Hao Yan Lei Jing Tao Hui Qiang Xin Yong Ling Jian Mei Zhiwei Xiaoling Haoran "
          "Yuxuan Zihan Jiahui Chen Bo Ning Yifan",
    "ar": "Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Ali Noor Hassan Zainab Khalid Salma Ibrahim Huda "
          "Tariq Rania Karim Yasmin Mustafa Leila Samir Amira Hamza Dina",
    "ng": "Chinedu Ngozi Emeka Adaeze Oluwaseun Folake Babatunde Chiamaka Tunde Yetunde Ikechukwu Amaka Segun "
          "Funmilayo Obinna Nneka Kelechi Bukola Uche Temitope",
    "jp": "Haruto Yui Sota Aoi Yuto Hina Riku Sakura Kaito Mei Takumi Yuna Ren Akari Hiroshi Yoko Kenji Naoko "
          "Takeshi Keiko Daiki Emi Shota Misaki",
    "other": "Olga Ivan Dmitri Natalia Piotr Agnieszka Lars Ingrid Sven Astrid Mateo Giulia Marco Francesca Nikos "
             "Eleni Mehmet Ayşe Kwame Ama Thanh Linh Minh Siddharth Ivana Bogdan Oksana Joao Thiago Beatriz",
}
LAST = {
    "en": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee "
          "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker "
          "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris "
          "Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Brooks "
          "O'Brien O'Connor McDonald MacLeod Fitzgerald Sullivan Whitfield Ashworth Pemberton Hargreaves",
    "es": "García Martínez Rodríguez López Hernández González Pérez Sánchez Ramírez Torres Flores Rivera Gómez "
          "Díaz Morales Ortiz Castillo Jiménez Ruiz Vargas Romero Herrera Medina Aguilar Castro Mendoza Navarro",
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
          "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
          "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet",
    "in": "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Desai Joshi Mehta Shah Chopra Kapoor Malhotra "
          "Banerjee Chatterjee Mukherjee Pillai Verma Agarwal Bhat Krishnan Subramanian Venkatesh",
    "zh": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie "
          "Tang Song Deng Feng Cao",
    "ar": "Al-Sayed Haddad Khalil Mansour Nasser Hamdan Saleh Aziz Farouk Rahman Qureshi Hussein Abbas Ibrahim "
          "El-Amin Bakr Darwish Khoury Haddadin Al-Farsi Al-Rashid Suleiman Yousef Shaheen",
    "ng": "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Chukwu Olawale Obi Afolabi Nwachukwu Bello "
          "Okeke Adeleke Ibe Onyekachi Oyelaran Abiodun",
    "jp": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
          "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Abe Ikeda Hashimoto",
    "other": "Ivanov Petrova Kowalski Nowak Johansson Andersen Nielsen Rossi Bianchi Ferrari Papadopoulos Yilmaz "
             "Kaya Mensah Nguyen Tran Pham Novak Horvat Kovalenko Silva Santos Oliveira Costa Virtanen Korhonen",
}
CULTURES = list(FIRST)

CITIES = ("New York,Los Angeles,Chicago,Houston,Phoenix,Seattle,Boston,Denver,Austin,Portland,Atlanta,Miami,"
          "San Francisco,San Diego,Dallas,Toronto,Vancouver,Montreal,London,Manchester,Birmingham,Leeds,Glasgow,"
          "Edinburgh,Dublin,Cork,Paris,Lyon,Marseille,Toulouse,Berlin,Munich,Hamburg,Cologne,Frankfurt,Stuttgart,"
          "Vienna,Zurich,Geneva,Madrid,Barcelona,Valencia,Seville,Lisbon,Porto,Rome,Milan,Naples,Turin,Amsterdam,"
          "Rotterdam,Brussels,Antwerp,Copenhagen,Stockholm,Oslo,Helsinki,Warsaw,Krakow,Prague,Budapest,Athens,"
          "Istanbul,Ankara,Cairo,Lagos,Abuja,Nairobi,Accra,Johannesburg,Cape Town,Casablanca,Dubai,Abu Dhabi,Riyadh,"
          "Doha,Amman,Beirut,Tel Aviv,Mumbai,Delhi,New Delhi,Bengaluru,Bangalore,Chennai,Hyderabad,Pune,Kolkata,"
          "Karachi,Lahore,Dhaka,Beijing,Shanghai,Shenzhen,Guangzhou,Hong Kong,Taipei,Singapore,Kuala Lumpur,"
          "Jakarta,Manila,Bangkok,Hanoi,Ho Chi Minh City,Seoul,Busan,Tokyo,Osaka,Kyoto,Yokohama,Sydney,Melbourne,"
          "Brisbane,Perth,Auckland,Wellington,Mexico City,Guadalajara,Monterrey,Bogotá,Medellín,Lima,Santiago,"
          "Buenos Aires,São Paulo,Rio de Janeiro,Montevideo,Quito,Caracas,Springfield,Riverside,Fairview,"
          "Georgetown,Salem,Madison,Franklin,Clinton,Greenville,Bristol,Oxford,Cambridge,Bordeaux,Nantes,"
          "Düsseldorf,Leipzig,Dresden,Nuremberg,Bremen,Graz,Salzburg,Bern,Basel").split(",")
REGIONS = ("California,Texas,Florida,Ohio,Oregon,Washington,Nevada,Arizona,Georgia,Virginia,Bavaria,Saxony,"
           "Ontario,Quebec,Catalonia,Andalusia,Lombardy,Tuscany,Maharashtra,Karnataka,Kerala,Punjab,Guangdong,"
           "Queensland,Victoria,Yorkshire,Kent,Brittany,Normandy,Provence").split(",")
STATES = "CA TX NY FL WA OR IL MA CO AZ GA VA NC OH PA MI NJ MN WI".split()
COUNTRIES = ("United States,USA,Canada,Mexico,Brazil,Argentina,Chile,Colombia,Peru,United Kingdom,UK,Ireland,"
             "France,Germany,Spain,Portugal,Italy,Netherlands,Belgium,Switzerland,Austria,Denmark,Sweden,Norway,"
             "Finland,Poland,Czech Republic,Hungary,Greece,Turkey,Egypt,Nigeria,Kenya,Ghana,South Africa,Morocco,"
             "Saudi Arabia,United Arab Emirates,Qatar,Jordan,Lebanon,Israel,India,Pakistan,Bangladesh,China,Japan,"
             "South Korea,Taiwan,Vietnam,Thailand,Malaysia,Indonesia,Philippines,Singapore,Australia,New Zealand,"
             "Ukraine,Romania").split(",")

STREET_WORDS = ("Oak,Maple,Pine,Cedar,Elm,Willow,Birch,Main,Park,Lake,Hill,River,Church,Mill,High,Station,Market,"
                "Washington,Lincoln,Jefferson,Franklin,Madison,Jackson,Sunset,Highland,Meadow,Forest,Spring,Valley,"
                "Orchard,Chestnut,Walnut,Cherry,Baker,King,Queen,Victoria,Albert,Bridge,Castle,Green,North,South,"
                "East,West,Harbor,Ocean,Bay,Prospect,Liberty,Union,College,Center,Airport,Grove,Ridge,Brook,Fox,"
                "Eagle,Hawthorne,Magnolia,Juniper,Sycamore,Dogwood,Cypress,Aspen,Laurel,Windsor,Kensington").split(",")
STREET_SUFFIX = ("Street,St,St.,Avenue,Ave,Ave.,Road,Rd,Rd.,Lane,Ln,Boulevard,Blvd,Blvd.,Drive,Dr,Dr.,Court,Ct,Way,"
                 "Place,Pl,Terrace,Circle,Parkway,Pkwy,Highway,Hwy,Trail,Square,Close,Crescent,Row,Mews").split(",")
DE_STREETS = ("Haupt,Bahnhof,Garten,Kirch,Schul,Berg,Wald,Linden,Goethe,Schiller,Mozart,Friedrich,Wilhelm,Rosen,"
              "Birken,Eichen,Ring,Markt,Dorf,Feld,Blumen,Tal,Sonnen,Mühlen,Brunnen").split(",")
DE_SUFFIX = "straße,strasse,str.,weg,allee,platz,gasse,ring,damm".split(",")
FR_STREETS = ("de la Paix,Victor Hugo,de la République,Saint-Michel,des Lilas,du Général de Gaulle,Jean Jaurès,"
              "de Rivoli,Pasteur,des Écoles,de la Gare,Voltaire,du Moulin,Émile Zola,des Acacias").split(",")
FR_TYPES = "rue,Rue,avenue,Avenue,boulevard,bd,place,allée,chemin,impasse,quai".split(",")
ES_STREETS = ("Mayor,Alcalá,Gran Vía,de la Constitución,Real,del Sol,San Martín,Juárez,Reforma,Insurgentes,"
              "de los Olivos,Independencia,Bolívar,Colón,Hidalgo").split(",")
ES_TYPES = "Calle,calle,C/,Avenida,Av.,Paseo,Plaza,Carrera,Rua,Via,Viale,Piazza,Corso".split(",")
IN_ROADS = "MG Road,Brigade Road,Linking Road,Park Street,Anna Salai,Nehru Nagar,Gandhi Marg,Residency Road".split(",")
UNITS = "Apt {n},Apt. {n},Apartment {n},Suite {n},Ste {n},Ste. {n},Unit {n},#{n},Floor {f},Fl. {f},Room {n},Bldg {L}".split(",")

ORG_WORDS = ("Acme,Globex,Initech,Umbrella,Stark,Wayne,Vandelay,Hooli,Pied Piper,Soylent,Cyberdyne,Tyrell,Wonka,"
             "Blue Harbor,Northwind,Contoso,Fabrikam,Tailspin,Litware,Adventure Works,Silverline,Redwood,Brightway,"
             "Summit,Pinnacle,Horizon,Evergreen,Ironclad,Bluestone,Crescent,Keystone,Lakeside,Meridian,Nimbus,"
             "Orion,Quantum,Sterling,Apex,Vertex,Atlas,Beacon,Cobalt,Falcon,Granite,Harbor,Juniper,Kestrel,Lumen,"
             "Nordwind,Sonnenschein,Rheinland,Alpen,Soleil,Lumière,Sakura,Fuji,Tata,Mahindra,Infosys,Wipro,Dangote,"
             "Zenith,Al Noor,Emirates,Dragon,Golden Lotus,Jade,Panda,Condor,Andes,Pampa,Sol").split(",")
ORG_SUFFIX = ("Inc.,Inc,LLC,Ltd,Ltd.,Corp.,Corporation,Group,Holdings,Technologies,Solutions,Systems,Labs,Partners,"
              "Consulting,Logistics,Bank,Insurance,Foods,Pharma,Energy,Media,Software,Analytics,GmbH,AG,S.A.,SARL,"
              "S.L.,Pvt Ltd,Co.,& Co.,Associates,Industries,Ventures,Capital").split(",")
UNIS = ("University of {c},{c} State University,{c} Institute of Technology,{c} Medical Center,{c} City Council,"
        "{c} General Hospital,Bank of {c},{c} Public Library").split(",")

PRODUCTS = ("gpt-4o,GPT-4o,gpt-4o-mini,gpt-4,GPT-3.5-turbo,Llama-3-70B,Llama-3.1-8B-Instruct,llama3:8b,Mistral-7B,"
            "Mixtral-8x7B,Claude 3.5 Sonnet,claude-3-opus,Gemini 1.5 Pro,gemini-pro,Phi-3-mini,Qwen2-72B,"
            "text-embedding-3-small,whisper-large-v3,bert-base-cased,iPhone 15,iPhone 15 Pro,Galaxy S24,Pixel 8,"
            "MacBook Pro,ThinkPad X1,Windows 11,Ubuntu 22.04,macOS Sonoma,Android 14,PostgreSQL 16,Redis 7,"
            "Kubernetes,Docker,Python 3.12,.NET 8,Node.js 20,React 18,TensorFlow,PyTorch,ONNX Runtime,CUDA 12.4,"
            "RTX 4090,A100,H100,Xbox Series X,PlayStation 5,Kindle,AirPods Pro,Tesla Model 3,Excel,Outlook").split(",")
IDENTS = ("getUserById,user_id,customerName,firstName,last_name,ParseAddress,HttpClient,NullReferenceException,"
          "OrderService,process_payment,max_tokens,temperature,top_p,stream,userId,accountId,session_token,"
          "AddressValidator,PersonRecord,__init__,self.name,config.yaml,appsettings.json,main.py,Program.cs,"
          "index.ts,TODO,FIXME,README.md,Dockerfile,Makefile,requirements.txt,package.json").split(",")
LEVELS = "INFO,WARN,WARNING,ERROR,DEBUG,TRACE,FATAL,CRITICAL,info,warn,error,debug".split(",")
SERVICES = ("api-gateway,auth-service,payment-svc,inference-worker,scheduler,nginx,kubelet,postgres,redis,"
            "orders,billing,llm-proxy,embedder,ingest,webhook,cron,sshd,systemd,dockerd,envoy").split(",")
# AI-log text that is never an entity: system prompts and instructions, client user agents, hardware/format acronyms in
# prose, completion ids (stage 7).
PROMPTS = ("You are a helpful assistant.|You are a helpful assistant. Answer concisely.|Answer concisely.|Answer in JSON.|"
           "Answer briefly.|Respond only with the final answer.|Summarize the following text.|Think step by step.|"
           "Translate the text below into French.|Return valid JSON only.|Be concise.|Explain like I'm five.|"
           "Classify the sentiment as positive or negative.|Extract the key points.|Reply in English.|"
           "Rewrite this paragraph in a formal tone.|Do not include any personal data.|Output a Markdown table.|"
           "Answer the question using the context below.|Use the tools when needed.|Cite your sources.").split("|")
USER_AGENTS = ("langchain/0.3.1,langchain-openai/0.2.0,python-requests/2.31.0,openai-python/1.40.0,curl/8.5.0,axios/1.6.7,"
               "node-fetch/3.3.2,PostmanRuntime/7.36.0,Go-http-client/2.0,okhttp/4.12.0,llamaindex/0.10.5,httpx/0.27.0,"
               "aiohttp/3.9.3,Java-http-client/17,Mozilla/5.0 (X11; Linux x86_64)").split(",")
TECH = ("USB,JSON,PNG,JPEG,GB,MB,TB,HDD,SSD,SCSI,SAS,UDP,TCP,FTP,SFTP,ISO,RSS,API,SDK,CPU,GPU,RAM,HTTP,HTTPS,XML,"
        "CSV,PDF,SQL,DNS,VPN,TLS,SMTP,AGP,PCI,HDMI,Bluetooth,IoT").split(",")
TECH_NOUNS = ("interface,driver,bus,port,array,feed,payload,file,monitor,protocol,card,matrix,circuit,system,microchip,"
              "panel,bandwidth,capacitor,alarm,transmitter,application,pixel,firewall").split(",")
EMAIL_DOMAINS = "example.com,example.org,mail.test,corp.example,test.io,inbox.test,demo.net".split(",")
WORDS_LOG = ("request completed,cache miss,retrying connection,timeout after,connection refused,upstream returned,"
             "tokens used,queue depth,rate limit exceeded,job finished,health check ok,GC pause,model loaded,"
             "batch processed,latency p99,memory usage,disk usage,shutting down,starting worker,config reloaded,"
             "failed to parse,checksum mismatch,lease renewed,leader elected,snapshot saved").split(",")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def c(self, xs):
        return self.r.choice(xs)

    # --- values -------------------------------------------------------------------------------------------
    def first(self, cult=None):
        return self.c(FIRST[cult or self.c(CULTURES)].split())

    def last(self, cult=None):
        return self.c(LAST[cult or self.c(CULTURES)].split())

    def person(self):
        cult, r = self.c(CULTURES), self.r.random()
        f, l = self.first(cult), self.last(cult)
        if cult == "es" and self.r.random() < 0.3:
            l = l + " " + self.last("es")
        if cult == "zh" and self.r.random() < 0.3:
            return l + " " + f
        if cult == "jp" and self.r.random() < 0.2:
            return l + " " + f
        if r < 0.12:
            return f + " " + self.c(string.ascii_uppercase) + ". " + l
        if r < 0.18:
            return f + " " + self.first(cult) + " " + l
        if r < 0.24:
            return self.c(string.ascii_uppercase) + ". " + l
        if r < 0.30:
            return l + ", " + f
        return f + " " + l

    def number(self):
        r = self.r.random()
        if r < 0.5:
            return str(self.r.randint(1, 9999))
        if r < 0.75:
            return str(self.r.randint(1, 299))
        if r < 0.85:
            return str(self.r.randint(1, 300)) + self.c("ABCD")
        return str(self.r.randint(10000, 99999))

    def unit(self):
        u = self.c(UNITS)
        return u.format(n=self.c([str(self.r.randint(1, 999)), str(self.r.randint(1, 30)) + self.c("ABCDEF")]),
                        f=self.r.randint(1, 40), L=self.c("ABCDEFGH"))

    def street(self):
        r = self.r.random()
        if r < 0.45:
            s = self.number() + " " + self.c(["", "", "", "N ", "S ", "E ", "W ", "North ", "West "]) + \
                self.c(STREET_WORDS) + " " + self.c(STREET_SUFFIX)
            if self.r.random() < 0.4:
                s += self.c([", ", " "]) + self.unit()
        elif r < 0.6:
            s = self.c(DE_STREETS) + self.c(DE_SUFFIX) + " " + str(self.r.randint(1, 200)) + self.c(["", "", "a", "b"])
            if self.r.random() < 0.2:
                s = self.c(["Berliner", "Münchner", "Alte", "Neue", "Lange"]) + " " + self.c(["Straße", "Allee", "Str."]) + \
                    " " + str(self.r.randint(1, 200))
        elif r < 0.72:
            s = str(self.r.randint(1, 150)) + self.c(["", "", ",", " bis"]) + " " + \
                self.c(FR_TYPES) + " " + self.c(FR_STREETS)
            s = s.replace(",  ", ", ").replace("  ", " ")
        elif r < 0.82:
            s = self.c(ES_TYPES) + " " + self.c(ES_STREETS) + self.c([" ", ", ", " nº "]) + str(self.r.randint(1, 300))
            if self.r.random() < 0.3:
                s += self.c([", 3º B", ", piso 2", ", 4A", ", int. 5"])
        elif r < 0.9:
            s = self.c(["Flat ", "House No. ", "No. ", "#", ""]) + str(self.r.randint(1, 400)) + self.c(["", "B", "/2"]) + \
                ", " + self.c(IN_ROADS)
        elif r < 0.95:
            s = self.c(["PO Box ", "P.O. Box ", "Post Office Box "]) + str(self.r.randint(1, 99999))
        else:
            s = str(self.r.randint(1, 9)) + "-" + str(self.r.randint(1, 30)) + "-" + str(self.r.randint(1, 30)) + " " + \
                self.c(["Shibuya", "Minato", "Chuo", "Shinjuku", "Nakano"]) + self.c(["", "-ku"])
        return s

    def city(self):
        return self.c(CITIES)

    def country(self):
        return self.c(COUNTRIES)

    def org(self):
        r = self.r.random()
        if r < 0.15:
            return self.c(UNIS).format(c=self.city())
        if r < 0.25:
            return self.last("en") + self.c([" & ", " and "]) + self.last("en") + self.c(["", " LLP", " Associates"])
        if r < 0.35:
            return self.c(ORG_WORDS)
        return self.c(ORG_WORDS) + " " + self.c(ORG_SUFFIX)

    def email(self, name=None):
        if name:
            parts = [p for p in name.replace(",", "").replace(".", "").split() if p]
            local = self.c([".".join(parts), "_".join(parts), parts[0][0] + parts[-1], parts[0]]).lower()
        else:
            local = self.username()
        return local + "@" + self.c(EMAIL_DOMAINS)

    def phone(self):
        d = lambda k: "".join(self.c(string.digits) for _ in range(k))
        return self.c(["+1 ({}) {}-{}".format(d(3), d(3), d(4)), "{}-{}-{}".format(d(3), d(3), d(4)),
                       "+44 {} {}".format(d(4), d(6)), "+49 {} {}".format(d(3), d(7)), "+91 {} {}".format(d(5), d(5)),
                       "+33 {} {} {} {} {}".format(d(1), d(2), d(2), d(2), d(2)), "0{} {}".format(d(3), d(6)),
                       "+234 {} {} {}".format(d(3), d(3), d(4)), "({}) {}-{}".format(d(3), d(3), d(4))])

    def username(self):
        f, l = self.first("en").lower(), self.last().lower().replace("'", "")
        return self.c([f[0] + l + str(self.r.randint(1, 99)), f + "_" + l[:3], f + str(self.r.randint(70, 2010)),
                       "dev_" + f, l + "." + f[0], f + l[:2], f[:3] + l[:4] + str(self.r.randint(0, 9)),
                       "user" + str(self.r.randint(100, 99999)), "xX" + f + "Xx", f + "-" + l])

    def hexid(self, n=None):
        return "".join(self.c("0123456789abcdef") for _ in range(n or self.c([7, 8, 12, 16, 32, 40, 64])))

    def uuid(self):
        h = self.hexid(32)
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    def ts(self):
        y, mo, d = self.r.randint(2019, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        hh, mm, ss, ms = self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59), self.r.randint(0, 999)
        return self.c(["{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}.{:03d}Z", "{:04d}-{:02d}-{:02d} {:02d}:{:02d}:{:02d},{:03d}",
                       "[{:04d}-{:02d}-{:02d} {:02d}:{:02d}:{:02d}.{:03d}]", "{2:02d}/{1:02d}/{0:04d} {3:02d}:{4:02d}:{5:02d}"]
                      ).format(y, mo, d, hh, mm, ss, ms)

    def ip(self):
        return ".".join(str(self.r.randint(1, 254)) for _ in range(4))

    def path(self):
        return self.c(["/var/log/", "/home/ubuntu/", "/opt/app/", "C:\\Users\\Public\\", "/tmp/", "./data/", "s3://bucket/"]) + \
            self.c(["app.log", "models/llama-3-8b.gguf", "cache/" + self.hexid(8), "config.yaml", "out.csv", "run_" + str(self.r.randint(1, 999)) + ".json"])

    def log_line(self):
        r = self.r.random()
        lvl, svc = self.c(LEVELS), self.c(SERVICES)
        if r < 0.25:
            return "{} {} [{}] {} request_id={} latency_ms={}".format(self.ts(), lvl, svc, self.c(WORDS_LOG), self.uuid(), self.r.randint(1, 5000))
        if r < 0.4:
            return "{} {} {} pid={} {} {}".format(self.ts(), svc, lvl, self.r.randint(100, 65000), self.c(WORDS_LOG), self.path())
        if r < 0.5:
            return "{} - - [{}] \"{} /api/v1/{}/{} HTTP/1.1\" {} {}".format(self.ip(), self.ts(), self.c(["GET", "POST", "PUT", "DELETE"]),
                                                                         self.c(["users", "orders", "chat", "completions", "items"]),
                                                                         self.r.randint(1, 99999), self.c([200, 201, 404, 500, 302]), self.r.randint(100, 99999))
        if r < 0.6:
            return "commit {} sha256:{} size={} blocks={}".format(self.hexid(40), self.hexid(64), self.r.randint(1, 10**9), self.r.randint(1, 4096))
        if r < 0.7:
            return ",".join(str(self.c([self.r.randint(0, 10**6), round(self.r.random() * 1000, 3), self.hexid(8)])) for _ in range(self.r.randint(3, 9)))
        if r < 0.8:
            return "{} model={} prompt_tokens={} completion_tokens={} temperature={} {} ".format(self.ts(), self.c(PRODUCTS).lower().replace(" ", "-"),
                                                                                             self.r.randint(1, 8000), self.r.randint(1, 4000), round(self.r.random(), 2), lvl)
        if r < 0.9:
            return "at {}.{}({}:{}) 0x{} {}".format(self.c(["com.example", "App.Services", "org.acme"]), self.c(IDENTS), self.c(IDENTS), self.r.randint(1, 900),
                                                    self.hexid(12), self.c(["", "Caused by: " + self.c(IDENTS)]))
        return "{} {} {} {} {}".format(self.r.randint(0, 10**9), self.hexid(), self.uuid(), self.ts(), self.r.randint(0, 99999))

    def name_list(self):
        """Comma/semicolon separated full names (each its own span), sometimes ending in 'and'."""
        out = []
        for i in range(self.r.randint(2, 5)):
            if i:
                out.append((self.c([", ", "; ", " , "]), None))
            out.append((self.person(), "PERSON"))
        if self.r.random() < 0.4:
            out += [(" and ", None), (self.person(), "PERSON")]
        return out

    # --- templates ----------------------------------------------------------------------------------------
    def sample(self):
        """Returns (text, [(start, end, TYPE)])."""
        parts = []  # list of (text, type or None)
        P = lambda: (self.person(), "PERSON")
        F = lambda: (self.first(), "PERSON")
        A = lambda: (self.street(), "STREET_ADDRESS")
        C = lambda: (self.city(), "LOCATION")
        K = lambda: (self.country(), "LOCATION")
        G = lambda: (self.c(REGIONS), "LOCATION")
        Z = lambda: (self.c(STATES), "LOCATION")
        O = lambda: (self.org(), "ORGANIZATION")
        t = lambda s: (s, None)
        zipc = lambda: t(self.c([str(self.r.randint(10000, 99999)), str(self.r.randint(1000, 9999)),
                                 self.c(["SW1A 1AA", "EC2M 7PY", "M1 1AE", "K1A 0B1", "75008", "10115"])]))
        full_addr = lambda: [A(), t(", "), C(), t(self.c([", ", " "])), self.c([Z, G])(), t(" "), zipc()] + \
            ([t(", "), K()] if self.r.random() < 0.4 else [])
        eu_addr = lambda: [A(), t(", "), zipc(), t(" "), C()] + ([t(", "), K()] if self.r.random() < 0.5 else [])
        name = self.person()
        em = self.email(name)
        T = [
            lambda: [t("Hi, my name is "), (name, "PERSON"), t(" and I live at "), *full_addr(), t(".")],
            lambda: [t("Please ship the order to "), (name, "PERSON"), t(", "), *self.c([full_addr, eu_addr])()],
            lambda: [t("Customer: "), (name, "PERSON"), t("\nEmail: " + em + "\nPhone: " + self.phone() + "\nAddress: "), *full_addr()],
            lambda: [t("Name: "), (name, "PERSON"), t(" | Company: "), O(), t(" | City: "), C(), t(" | Country: "), K()],
            lambda: [t(self.c(["user", "User", "USER", "prompt", "Prompt"]) + ": " + self.c(["write a cover letter for ", "summarize the email from ", "draft a reply to ", "translate this message from "])), P(), t(self.c([" who works at ", " at "])), O(), t(" in "), C()],
            lambda: [t("[" + self.ts() + "] " + self.c(LEVELS) + " prompt=\"" + self.c(["Book a flight for ", "Find hotels near ", "Send invoice to "])), P(), t(self.c([" to ", " from ", " at "])), C(), t("\" model=" + self.c(PRODUCTS) + " tokens=" + str(self.r.randint(10, 4000)))],
            lambda: [t("Ticket #" + str(self.r.randint(1000, 99999)) + ": "), P(), t(self.c([" reported that the ", " says the ", " complained that the "]) + self.c(PRODUCTS) + self.c([" app crashes", " keeps freezing", " won't sync", " fails to start"]) + ". Contact: " + em)],
            lambda: [F(), t(self.c([": ", " said: ", " wrote: "]) + self.c(["hey can you send me the report", "meeting moved to 3pm", "did you try restarting the " + self.c(PRODUCTS) + "?", "lol ok", "thanks!!"]))],
            lambda: [t(self.c(["hey ", "Hey ", "hi ", "Thanks ", "Dear ", "Hello "])), F(), t(self.c([", ", "! ", " - "]) + self.c(["can you check the logs?", "please review PR #" + str(self.r.randint(1, 999)), "the invoice is attached.", "see you tomorrow"]))],
            lambda: [t("Dear "), t(self.c(["Mr. ", "Ms. ", "Dr. ", "Mrs. ", "Prof. "])), (self.last(), "PERSON"), t(",\nThank you for contacting "), O(), t(". Your order will be delivered to "), A(), t(" within 3 days.")],
            lambda: [t(str(self.r.randint(1, 9999)) + ","), P(), t("," + em + ","), A(), t(","), C(), t("," + str(self.r.randint(10000, 99999)))],
            lambda: [t("\"" + str(self.r.randint(1, 9999)) + "\",\""), P(), t("\",\""), O(), t("\",\""), C(), t("\",\"" + self.phone() + "\"")],
            lambda: [P(), t(" <" + em + ">")],
            lambda: [t("From: "), P(), t(" <" + em + ">\nTo: "), P(), t("\nSubject: " + self.c(["Re: contract", "Invoice " + str(self.r.randint(1, 9999)), "Visit to ", "Meeting"]))],
            lambda: [t("Shipping address: "), *self.c([full_addr, eu_addr])()],
            lambda: [t(self.c(["I moved to ", "We are relocating to ", "She was born in ", "He lives in ", "Our office is in "])), C(), t(self.c([", ", " in "])), K(), t(".")],
            lambda: [P(), t(self.c([" joined ", " left ", " works for ", " is the CEO of ", " interviewed at "])), O(), t(self.c([" last year.", " in 2021.", ".", " as a data engineer."]))],
            lambda: [t("Contact " + self.c(["", "person: ", "name: "])), P(), t(", " + self.phone() + ", " + em)],
            lambda: [t("The package for "), P(), t(" at "), A(), t(" was returned.")],
            lambda: [t(self.c(["Meet me at ", "Deliver to ", "Pick up from ", "Visit us at "])), A(), t(self.c([" tomorrow", " in ", ", "])), C(), t(".")],
            lambda: [t("username=" + self.username() + " full_name=\""), P(), t("\" city=\""), C(), t("\" ip=" + self.ip())],
            lambda: [t("{\"name\": \""), P(), t("\", \"email\": \"" + em + "\", \"address\": \""), A(), t("\", \"city\": \""), C(), t("\"}")],
            lambda: [t(self.c(["Can you ask ", "Forward this to ", "cc ", "assign to ", "ping "])), F(), t(self.c([" and ", " or "])), F(), t(self.c([" about the " + self.c(IDENTS) + " bug?", ".", " please"]))],
            lambda: [t("Patient: "), P(), t(", DOB " + "{:02d}/{:02d}/{}".format(self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(1940, 2010)) + ", address "), A(), t(", "), C()],
            lambda: [t("Report by "), P(), t(self.c([" (", " - "])), O(), t(self.c([")", ""])), t(", " + self.c(["filed in ", "visited "])), C(), t(" on {}-{:02d}-{:02d}".format(self.r.randint(2019, 2026), self.r.randint(1, 12), self.r.randint(1, 28)))],
            # e-mail genre: bare-name greetings and sign-offs, attendee lists, "Last, First" <address>, lowercase chat
            lambda: [t(self.c(["", "Hi ", "Hello ", "Dear ", "Hey "])), F(), t(self.c([",\n\n", " -\n", ",\n", ":\n"]) + self.c(BODY))],
            lambda: [t(self.c(BODY) + self.c(["\n\nThanks,\n", "\n\nRegards,\n", "\n\nBest,\n", "\n\n-", "\n\nCheers\n", "\n"])), self.c([F, P])()],
            lambda: [t(self.c(BODY) + "\n\n"), P(), t("\n" + self.c(TITLES_JOB) + "\n"), O(), t("\n" + self.c(["Direct: ", "Tel ", "ph: ", ""]) + self.phone())],
            lambda: [t(self.c(["Attendees: ", "Team 1: ", "Participants - ", "cc: ", "Present: ", "Analysts : "]))] + self.name_list(),
            lambda: [t("\""), (self.last() + ", " + self.first(), "PERSON"), t("\" <" + em + ">" + self.c(["", " wrote:", " on " + self.ts()]))],
            lambda: [t(self.c(["dont tell ", "ask ", "i think ", "any news on aunt ", "call ", "lol ", "me and "])), (self.first().lower(), "PERSON"), t(self.c([" .", " was just kidding", " is coming tonight", "?", " said it's fine", " and i went to the mall"]))],
            lambda: [t(self.c(["We will meet in ", "Please stop by ", "I left it in "])), F(), t(self.c(["'s office", "'s desk", "'s car"]) + self.c([" at 3.", " tomorrow.", "."]))],
        ]
        if self.r.random() < 0.2:  # hard negatives only
            return self.negative(), []
        parts = self.c(T)()
        # case variants
        r = self.r.random()
        mode = "lower" if r < 0.1 else "upper" if r < 0.14 else "name_upper" if r < 0.2 else "name_lower" if r < 0.25 else None

        def recase(s, typ):
            if mode == "lower" or (mode == "name_lower" and typ in ("PERSON", "LOCATION")):
                return s.lower()
            if mode == "upper" or (mode == "name_upper" and typ == "PERSON"):
                return s.upper()
            return s
        return join(parts, recase)

    def negative(self):
        if self.r.random() < 0.3:
            return self.ai_log_negative()
        r = self.r.random()
        if r < 0.45:
            return self.log_line()
        if r < 0.6:
            return self.c(["Run ", "Compare ", "Fine-tune ", "Benchmark ", "Deploy "]) + self.c(PRODUCTS) + self.c([" vs ", " and ", " on "]) + \
                self.c(PRODUCTS) + self.c([" with max_tokens=" + str(self.r.randint(16, 4096)), " using " + self.c(IDENTS), ""])
        if r < 0.7:
            return self.c(["user ", "login by ", "uid=", "author: ", "reviewer=", "assigned to "]) + self.username() + \
                self.c([" logged in from " + self.ip(), " pushed " + self.hexid(7), " (" + self.uuid() + ")", ""])
        if r < 0.8:
            return self.c(IDENTS) + "(" + self.c(IDENTS) + ", " + self.c(IDENTS) + ") returned " + str(self.r.randint(0, 999)) + " in " + self.path()
        if r < 0.9:
            return " ".join(self.c([self.hexid(), str(self.r.randint(0, 10**7)), self.uuid(), self.ts(), self.ip(), "0x" + self.hexid(8)])
                            for _ in range(self.r.randint(1, 6)))
        return "Error: " + self.c(IDENTS) + " failed for order " + str(self.r.randint(1, 10**6)) + ", see " + self.path()

    # AI-log text that is never an entity (prompts, user agents, acronyms in prose, completion ids).
    def ai_log_negative(self):
        r = self.r.random()
        if r < 0.35:
            return " ".join(self.c(PROMPTS) for _ in range(self.r.randint(1, 2)))
        if r < 0.55:
            return self.c(["user_agent=", "User-Agent: ", "ua=", "client ", ""]) + self.c(USER_AGENTS) + \
                self.c(["", " model=" + self.c(PRODUCTS), " status=200", " path=/v1/chat/completions"])
        if r < 0.9:
            return self.c(["I'll override the ", "Try to connect the ", "You can't bypass the ", "We need to back up the ",
                           "If we parse the ", "Reboot the ", "Use the ", "The "]) + \
                self.c(["", "wireless ", "virtual ", "primary ", "optical ", "digital "]) + self.c(TECH) + " " + self.c(TECH_NOUNS) + \
                self.c(["!", ".", ", then index the " + self.c(TECH) + " " + self.c(TECH_NOUNS) + ".", " is down.",
                        " through the " + self.c(TECH) + " " + self.c(TECH_NOUNS) + "!"])
        return self.c(["id=chatcmpl-", "chatcmpl-", "request req_", "run_"]) + self.hexid(24) + \
            self.c(["", " finish_reason=stop", " object=chat.completion"])


BODY = ["Please see the attached file.", "Can you send me the numbers by Friday?", "Thanks for your help with this.",
        "The meeting is moved to 3 pm.", "I have forwarded the contract to legal.", "Let me know if you have any questions.",
        "Attached is the revised schedule.", "We need to discuss the budget before Monday.", "FYI - see below.",
        "Sounds good to me.", "I will be out of the office next week.", "Here is the draft for your review."]
TITLES_JOB = ["Senior Analyst", "Vice President, Trading", "Account Manager", "Director of Operations", "Attorney",
              "Project Manager", "Customer Success Lead", "Paralegal", "Research Assistant"]


def join(parts, recase=None):
    """(text, [(start, end, TYPE)]) from (string, TYPE or None) parts; recase(string, TYPE) rewrites a part first."""
    text, sp = "", []
    for s, typ in parts:
        if recase is not None:
            s = recase(s, typ)
        if typ:
            sp.append((len(text), len(text) + len(s), typ))
        text += s
    return text, sp


def fill_template(tmpl, fill):
    """(string, TYPE or None) parts of a template: text outside braces as is, each {key} from fill[key]() in order."""
    parts = []
    while tmpl:
        i = tmpl.find("{")
        if i < 0:
            parts.append((tmpl, None))
            break
        parts.append((tmpl[:i], None))
        j = tmpl.index("}", i)
        key, tmpl = tmpl[i + 1:j], tmpl[j + 1:]
        parts.append(fill[key]())
    return parts


def print_samples(generate):
    """Command line of the generators: prints --n samples of --seed with their tags."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    for toks, tags, text in generate(a.n, a.seed):
        print(text)
        print("   ", " ".join(w if t == "O" else f"{w}/{t}" for w, t in zip(toks, tags)))


def to_words(text, sp):
    words = basic_tokenize_spans(text)
    toks, tags = [], []
    prev = None
    for w, s, e in words:
        typ = None
        for a, b, t in sp:
            if s < b and e > a:
                typ = (a, t)
                break
        toks.append(w)
        if typ is None:
            tags.append("O")
        else:
            tags.append(("I-" if prev == typ else "B-") + typ[1])
        prev = typ
    return toks, tags


def generate(n, seed, gen=None):
    """n sentences as (words, BIO tags, text) from gen(seed) (default Gen: this module's sentences)."""
    g = (gen or Gen)(seed)
    out = []
    for _ in range(n):
        text, sp = g.sample()
        toks, tags = to_words(text, sp)
        if toks:
            out.append((toks, tags, text))
    return out


def negatives(n, seed):
    g = Gen(seed)
    out, seen = [], set()
    while len(out) < n:
        r = g.r.random()
        line = g.log_line() if r < 0.6 else g.negative() if r < 0.75 else \
            g.c([str(g.r.randint(0, 10**9)), g.hexid(), g.uuid(), g.ts(), "sha1:" + g.hexid(40), str(round(g.r.random() * 1e4, 4)),
                 "{:,}".format(g.r.randint(1000, 10**9)), "{}-{:02d}-{:02d}".format(g.r.randint(2000, 2030), g.r.randint(1, 12), g.r.randint(1, 28)), g.ip()])
        line = line.strip()
        if line and line not in seen:
            seen.add(line)
            out.append(line)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--negatives")
    ap.add_argument("--neg-n", type=int, default=300)
    ap.add_argument("--neg-seed", type=int, default=11)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        for toks, tags, _ in generate(a.n, a.seed):
            f.write(json.dumps({"tokens": toks, "tags": tags}, ensure_ascii=False) + "\n")
    if a.negatives:
        with open(a.negatives, "w", encoding="utf-8") as f:
            for line in negatives(a.neg_n, a.neg_seed):
                f.write(line + "\n")
