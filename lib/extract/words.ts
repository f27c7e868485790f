/**
 * Every word list the extractor reads, in one place: reporting verbs,
 * titles and honorifics, role nouns, the nouns of unnamed speakers, the
 * heads of organization and place names, a small gazetteer, month and
 * weekday names, number words, currencies, scales and units. The rules live
 * in the finders; what counts as "a title" or "a unit" is decided here.
 */
import type { OrganizationKind, PlaceKind } from "../article";

// --- Reporting verbs --------------------------------------------------------

/** Verbs that introduce or follow a quotation ("said", "told", "pointed out"), as a regular-expression alternation. */
export const REPORTING =
  "said|says|say|added|adds|told|tells|explained|explains|noted|notes|stated|states|insisted|insists|argued|argues|warned|warns|" +
  "recalled|recalls|admitted|admits|wrote|writes|asked|asks|continued|continues|commented|comments|suggested|suggests|claimed|claims|" +
  "replied|replies|remarked|remarks|observed|observes|concluded|concludes|agreed|agrees|acknowledged|acknowledges|declared|declares|" +
  "predicted|predicts|laughed|laughs|joked|jokes|believes|believed|pointed out|points out|went on|goes on|recounted|recounts|emphasised|emphasized|stressed|stresses|" +
  "enthuses|enthused|exclaims|exclaimed|sighs|sighed|shrugs|shrugged|smiles|smiled|wonders|wondered|" +
  "called|calls|described|describes|dubbed|tweeted|posted|announced|responded|answered|cautioned|conceded|confirmed|urged|promised|vowed|complained|" +
  "testified|reported|revealed|insisted";

// --- People -------------------------------------------------------------------

/** Nouns of speakers the article does not name ("a spokeswoman for the hospital", "the mayor", "another resident"). */
export const SPEAKER_NOUNS =
  "spokesman|spokeswoman|spokesperson|official|officials|worker|resident|analyst|mother|father|woman|man|driver|bus driver|teacher|clerk|night clerk|witness|" +
  "neighbour|neighbor|expert|fire expert|source|coach|mayor|judge|officer|police officer|nurse|doctor|parent|student|farmer|owner|manager|supporter|fan|" +
  "passenger|customer|volunteer|employee|engineer|scientist|researcher|lawyer|prosecutor|spokesmen|representative|organizer|organiser|" +
  "shopkeeper|landlord|tenant|pupil|girl|boy|grandmother|grandfather|daughter|son|wife|husband|widow|survivor|member|trader|economist|" +
  "account|chief|director|principal|superintendent|firefighter|paramedic|guide|ranger";
export const FEMALE_SPEAKER_NOUNS = /^(?:spokeswoman|mother|woman|grandmother|daughter|wife|widow|girl)$/;
export const MALE_SPEAKER_NOUNS = /^(?:spokesman|father|man|grandfather|son|husband|boy)$/;

/** Titles written before a name. Honorifics say nothing about the person's role. */
export const HONORIFICS = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Mx"]);
/** Words written with a full stop inside a name that do not end it: "Dr. Priya Raman", "Martin Ruiz Jr.". */
export const ABBREVIATED =
  /^(?:Dr|Mr|Mrs|Ms|St|Prof|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cpl|Rev|Hon|Supt|Insp|Det|Cllr|Gen|Adm|Maj|Pres|Atty)$/;
/** After a surname, part of the name: "Martin Ruiz Jr.". */
export const NAME_SUFFIXES = new Set(["Jr", "Sr", "II", "III", "IV"]);
/** Lower-case particles of surnames: "Luis de la Vega", "Ruud van der Berg". */
export const NAME_PARTICLES = new Set([
  "de",
  "la",
  "van",
  "von",
  "der",
  "den",
  "da",
  "du",
  "del",
  "di",
  "le",
  "bin",
  "al",
  "ibn",
  "dos",
  "das",
  "los",
  "ter",
  "el",
  "ben",
  "abu",
]);
/** Words that may stand before a title word inside a title: "Board President", "Deputy District Attorney", "Police Chief". */
export const TITLE_PARTS = new Set(
  "Deputy Assistant Acting Interim Vice Prime Senior Associate Executive Managing Attorney District State County City Town Board Council School Police Fire Court Supreme Circuit High Head Principal Chief Lord Lady US U.S. Parish Regional Provincial Federal".split(
    " ",
  ),
);
export const TITLES = new Set([
  "CEO",
  "President",
  "Professor",
  "Prof",
  "Senator",
  "Governor",
  "Mayor",
  "Chancellor",
  "Minister",
  "Judge",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Pope",
  "Captain",
  "General",
  "Colonel",
  "Sergeant",
  "Detective",
  "Inspector",
  "Officer",
  "Rev",
  "Reverend",
  "Bishop",
  "Lord",
  "Lady",
  "Sheikh",
  "Ambassador",
  "Secretary",
  "Commissioner",
  "Coach",
  "Superintendent",
  "Chief",
  "Director",
  "Councillor",
  "Councilwoman",
  "Councilman",
  "Councilmember",
  "Alderman",
  "Attorney",
  "Prosecutor",
  "Solicitor",
  "Sheriff",
  "Trustee",
  "Chair",
  "Chairman",
  "Chairwoman",
  "Father",
  "Rabbi",
  "Imam",
  "Pastor",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Lt",
  "Col",
  "Sgt",
  "Capt",
  "Cpl",
  "Rev",
  "Supt",
  "Insp",
  "Det",
  "Cllr",
  "Adm",
  "Maj",
  "Constable",
  "Representative",
  "Lieutenant",
  "Admiral",
  "Corporal",
  "Principal",
  "Headteacher",
  "Premier",
  "Warden",
  "Marshal",
  "Magistrate",
]);

/** Nouns that make the end of a role: "research fellow", "national manager". */
export const ROLE_NOUNS = new Set(
  (
    "manager director professor researcher scientist fellow spokesman spokeswoman spokesperson president chairman chairwoman chair " +
    "founder co-founder cofounder executive officer head lecturer author editor minister secretary analyst expert psychologist therapist " +
    "biologist economist teacher student doctor engineer consultant owner leader coordinator curator chief mayor governor senator ambassador " +
    "correspondent reporter journalist writer historian archaeologist geneticist psychiatrist neuroscientist ecologist zoologist physician " +
    "nurse activist campaigner entrepreneur designer architect lawyer attorney adviser advisor worker farmer fisherman photographer " +
    "specialist pediatrician paediatrician surgeon investigator advocate organizer organiser planner strategist partner principal " +
    "dean provost counselor counsellor coach trainer producer artist musician volunteer member candidate official diplomat commissioner " +
    "inspector detective officer captain pilot biochemist chemist physicist mathematician astronomer geologist anthropologist sociologist " +
    "philosopher linguist statistician epidemiologist veterinarian vet keeper ranger guide conservationist environmentalist " +
    "shopper assessor auditor employee staffer administrator representative delegate resident mother father owner-operator cook chef baker " +
    "junior senior sophomore freshman pupil parent grandmother grandfather widow widower neighbour neighbor customer passenger shopkeeper " +
    "landlord tenant veteran survivor witness victim defendant fan player goalkeeper striker midfielder defender forward midwife firefighter " +
    "paramedic beekeeper gardener mechanic plumber electrician builder pensioner retiree runner swimmer cyclist athlete supporter clerk " +
    "attorney prosecutor judge councillor councilor superintendent treasurer trustee commuter driver ceo"
  ).split(" "),
);

/** Capitalized words that start sentences but are never names. */
export const NEVER_NAMES = new Set(
  (
    "I The A An This That These Those It He She They We You His Her Their Our My Its There Here When Where What Why How Who Which While " +
    "If But And Or So Yet For Nor As At In On Of To By From With Without After Before During Since Until Although Though Because " +
    "However Meanwhile Instead Still Also Even Just Only Now Then Today Yesterday Tomorrow Yes No Not Some Many Most Few All Each " +
    "Every Both Either Neither One Two Three Four Five Six Seven Eight Nine Ten Such Other Another More Less Much Mr Mrs Ms Dr " +
    "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday " +
    "Saturday Sunday Spring Summer Autumn Fall Winter Internet Earth God OK"
  ).split(" "),
);

/** Lower-case words allowed inside a name: "University of Oxford", "Luis de la Vega". */
export const CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "de",
  "van",
  "von",
  "da",
  "du",
  "del",
  "der",
  "la",
  "le",
  "al",
  "bin",
  "on",
  "the",
  "&",
]);

// --- Organizations and places ---------------------------------------------

/** Last (or any) words that make a name an organization, with its kind. */
export const ORG_HEADS: Record<string, OrganizationKind> = {
  University: "university",
  College: "university",
  School: "university",
  Academy: "institute",
  Institute: "institute",
  Institutes: "institute",
  Center: "institute",
  Centre: "institute",
  Laboratory: "institute",
  Lab: "institute",
  Society: "other",
  Association: "other",
  Foundation: "charity",
  Trust: "charity",
  Charity: "charity",
  Fund: "other",
  Elementary: "school",
  Council: "government",
  Committee: "government",
  Ministry: "government",
  Department: "government",
  Agency: "government",
  Commission: "government",
  Board: "government",
  Bureau: "government",
  Authority: "government",
  Office: "government",
  Parliament: "government",
  Congress: "government",
  Senate: "government",
  Government: "government",
  Police: "government",
  Army: "government",
  Navy: "government",
  Court: "court",
  Tribunal: "court",
  Service: "government",
  Company: "company",
  Corporation: "company",
  Corp: "company",
  Inc: "company",
  Ltd: "company",
  Group: "company",
  Bank: "company",
  Motors: "company",
  Airlines: "company",
  Foods: "company",
  Freight: "company",
  Logistics: "company",
  Airways: "company",
  Energy: "company",
  Pharmaceuticals: "company",
  Pharma: "company",
  Technologies: "company",
  Systems: "company",
  Software: "company",
  Brewery: "company",
  Brewing: "company",
  Mills: "company",
  Dairies: "company",
  Bakeries: "company",
  Insurance: "company",
  Capital: "company",
  Ventures: "company",
  Enterprises: "company",
  Stores: "company",
  Supermarkets: "company",
  Telecom: "company",
  Shipping: "company",
  Construction: "company",
  Rentals: "company",
  Industries: "company",
  Holdings: "company",
  Partners: "company",
  Labs: "company",
  Organisation: "other",
  Organization: "other",
  Union: "other",
  League: "other",
  Federation: "other",
  Alliance: "other",
  Club: "other",
  Museum: "other",
  Aquarium: "other",
  Zoo: "other",
  Hospital: "other",
  Clinic: "other",
  Network: "other",
  Times: "media",
  Post: "media",
  Guardian: "media",
  Journal: "media",
  News: "media",
  Review: "media",
  Herald: "media",
  Telegraph: "media",
  Courier: "media",
  Echo: "media",
  Sentinel: "media",
  Ledger: "media",
  Gazette: "media",
  Tribune: "media",
  Chronicle: "media",
  Observer: "media",
  Bulletin: "media",
  Examiner: "media",
  Inquirer: "media",
  Dispatch: "media",
  United: "team",
  Rovers: "team",
  Athletic: "team",
  Wanderers: "team",
  Albion: "team",
  Rangers: "team",
  FC: "team",
  Lines: "company",
  Pictures: "company",
  Works: "company",
  Institution: "government",
  Registry: "other",
  Program: "program",
  Programme: "program",
  Project: "program",
  Initiative: "program",
  Campaign: "program",
};

/** Last words that make a name a place: "Wall Street", "Sahara Desert", "Hawke’s Bay". */
export const PLACE_HEADS: Record<string, PlaceKind> = {
  Street: "venue",
  Circle: "venue",
  Park: "venue",
  Square: "venue",
  Avenue: "venue",
  Road: "venue",
  Bridge: "venue",
  Beach: "venue",
  Stadium: "venue",
  Airport: "venue",
  Station: "venue",
  Palace: "venue",
  Tower: "venue",
  Hotel: "venue",
  Motel: "venue",
  Inn: "venue",
  Restaurant: "venue",
  Cafe: "venue",
  Café: "venue",
  Pub: "venue",
  Mall: "venue",
  Arena: "venue",
  Theatre: "venue",
  Theater: "venue",
  Cinema: "venue",
  Church: "venue",
  Cathedral: "venue",
  Chapel: "venue",
  Mosque: "venue",
  Temple: "venue",
  Synagogue: "venue",
  Pier: "venue",
  Marina: "venue",
  Harbour: "venue",
  Harbor: "venue",
  Wharf: "venue",
  Courthouse: "venue",
  Campus: "venue",
  Rink: "venue",
  Desert: "region",
  Mountains: "region",
  Mountain: "region",
  River: "region",
  Lake: "region",
  Island: "region",
  Islands: "region",
  Bay: "region",
  Valley: "region",
  Coast: "region",
  Sea: "region",
  Ocean: "region",
  Hills: "region",
  Forest: "region",
  Canyon: "region",
  Gulf: "region",
  Peninsula: "region",
  Province: "region",
  County: "region",
  District: "region",
  Region: "region",
};

/** First words that make a name a place: "Port Averill", "Lake Orrin", "Mount Kenya". */
export const PLACE_PREFIXES = new Set([
  "Port",
  "Fort",
  "Mount",
  "Lake",
  "Cape",
  "Glen",
  "Saint",
  "Loch",
  "Isle",
  "Point",
  "County",
  "Co",
]);

/** After a name: the text treats it as an organization ("Elbe Wind’s chief executive", "Severn Foods’ shares"). */
export const ORG_CONTEXT_AFTER =
  /^(?:['’]s?\s+|’\s+)(?:shares|stock|share price|chief executive|chief|board|profits?|revenues?|sales|factory|factories|plants?|headquarters|workers|employees|staff|customers|products|brands|stores|shops|spokes(?:man|woman|person)|owner|owners|parent company|chairman|chairwoman|founder|ceo|directors|shareholders|accounts|website|app|offer)\b/iu;
/** Before a name: the text calls it an organization ("shares in Severn Foods", "the privacy group Open Averill"). */
export const ORG_CONTEXT_BEFORE =
  /\b(?:shares (?:in|of)|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|group|charity|chain|brand|retailer|maker|manufacturer|bank|startup|start-up|supermarket|carrier|airline|operator|developer|nonprofit|non-profit|campaign|organisation|organization|band|club|union|party|agency|publisher|newspaper|website|app|platform))\s+$/iu;
/** A pattern with NAME standing for a place's name: the text says it is a town. */
export const TOWN_CONTEXT =
  "\\b(?:town|village|hamlet|borough) of NAME\\b|\\bNAME(?:,| is)? (?:a|the) (?:small |seaside |market |coastal |mountain |mill |farming |fishing |lakeside |river )?(?:town|village)\\b|\\bNAME (?:Town|Village|Borough) (?:Council|Hall|Board)\\b|\\bNAME['’]s? (?:mayor|town council|town hall|selectboard)\\b|\\bthe (?:mayor|town council) of NAME\\b";

// --- Gazetteer ----------------------------------------------------------------
// The places a school news article most often names. The NLP library tags
// places unevenly ("Napier" is just a proper noun to it), so a name found
// here is a place whatever the library says. Names not here can still be
// places when the library tags them so.

const COUNTRIES =
  "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|Georgia|Germany|Ghana|Greece|Greenland|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Northern Ireland|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Britain|Great Britain|America|US|U.S.|USA|U.S.A.|UK|U.K.";

const CITIES =
  "Amsterdam|Athens|Atlanta|Auckland|Baghdad|Bangkok|Barcelona|Beijing|Beirut|Berlin|Birmingham|Bogotá|Boston|Brisbane|Brussels|Budapest|Buenos Aires|Cairo|Cambridge|Cape Town|Casablanca|Chengdu|Chicago|Copenhagen|Dallas|Delhi|Detroit|Dhaka|Dubai|Dublin|Edinburgh|Essex|Frankfurt|Geneva|Glasgow|Guangzhou|Hamburg|Hangzhou|Hanoi|Havana|Helsinki|Hong Kong|Houston|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|Kiel|Kigali|Kyoto|La Paz|Lagos|Las Vegas|Leeds|Lima|Lisbon|Liverpool|London|Los Angeles|Madrid|Manchester|Manila|Marrakech|Marrakesh|Melbourne|Mexico City|Miami|Milan|Montreal|Moscow|Mumbai|Munich|Nairobi|Napier|New Delhi|New Orleans|New York|Osaka|Oslo|Ottawa|Oxford|Paris|Philadelphia|Portland|Prague|Rabat|Rio de Janeiro|Riyadh|Rome|San Diego|San Francisco|Santiago|São Paulo|Seattle|Seoul|Shanghai|Shenzhen|Singapore City|Stockholm|Sydney|Taipei|Tehran|Tel Aviv|Tokyo|Toronto|Vancouver|Venice|Vienna|Warsaw|Washington|Wellington|Zurich|Ouarzazate|Cochabamba";

const REGIONS =
  "Africa|Asia|Europe|North America|South America|Latin America|Antarctica|Oceania|the Middle East|Middle East|Scandinavia|the Arctic|Arctic|Siberia|the Caribbean|Caribbean|the Balkans|Balkans|Sahara|the Sahara|Amazon|the Amazon|Andes|the Andes|Alps|the Alps|Himalayas|Silicon Valley|California|Texas|Florida|New Jersey|Oregon|Colorado|Alaska|Hawaii|Arizona|Nevada|Utah|Ohio|Michigan|Illinois|Virginia|Massachusetts|Pennsylvania|Alabama|Arkansas|Connecticut|Delaware|Idaho|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Minnesota|Mississippi|Missouri|Montana|Nebraska|New Hampshire|New Mexico|North Carolina|North Dakota|Oklahoma|Rhode Island|South Carolina|South Dakota|Tennessee|Vermont|West Virginia|Wisconsin|Wyoming|Lower Saxony|West Country|Bavaria|Tuscany|Catalonia|Patagonia|Yorkshire|Cornwall|Kent|Devon|Queensland|Tasmania|Ontario|Quebec|Hokkaido|Tibet|Xinjiang|Kashmir|Punjab|Bengal|Gaza|the West Bank|Crimea|Baltic Sea|Mediterranean|the Mediterranean|Atlantic|the Atlantic|Pacific|the Pacific|Indian Ocean|North Sea|Black Sea|Red Sea|East Africa|West Africa|Southeast Asia|Western Europe|Eastern Europe|Central Europe|North Island|South Island|Hawke’s Bay|Hawke's Bay";

/** Other names of the same country, so that "the US" and "the United States" are one place. */
const SAME_PLACE: string[][] = [
  ["United States", "US", "U.S.", "USA", "U.S.A.", "America"],
  ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
];

const KIND = new Map<string, PlaceKind>();
for (const name of COUNTRIES.split("|")) KIND.set(name, "country");
for (const name of CITIES.split("|")) KIND.set(name, "city");
for (const name of REGIONS.split("|")) KIND.set(name, "region");

export function gazetteerKind(name: string): PlaceKind | undefined {
  return KIND.get(name);
}

/** Every way the gazetteer writes the same place as `name` (including `name`), or just [name]. */
export function samePlaceNames(name: string): string[] {
  return SAME_PLACE.find((group) => group.includes(name)) ?? [name];
}

/** Nationality adjectives: "Japanese prime minister Shinzo Abe" keeps the role, not the nationality. */
export const NATIONALITIES = new Set(
  "American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Polish|Russian|Ukrainian|Swedish|Norwegian|Danish|Finnish|Greek|Turkish|Chinese|Japanese|Korean|Indian|Pakistani|Australian|Canadian|Mexican|Brazilian|Argentine|Bolivian|Peruvian|Chilean|Moroccan|Egyptian|Nigerian|Kenyan|Rwandan|South African|Israeli|Iranian|Saudi|European|African|Asian".split(
    "|",
  ),
);

// --- Dates --------------------------------------------------------------------

export const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
export const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

// --- Numbers --------------------------------------------------------------------

export const WORD_NUMBER =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundreds|a thousand|thousands|a dozen)(?:\\s+(?:hundred|thousand|million|billion))?";
export const CURRENCY: Record<string, string> = { $: "dollars", "£": "pounds", "€": "euros" };
export const SCALE: Record<string, number> = { m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, thousand: 1e3, k: 1e3 };

/** Units of time after a number, whatever the tagger makes of them ("90 seconds" is a fraction to it). */
export const TIME_UNITS = new Set(
  "seconds minutes hours days nights weeks months years decades centuries summers winters seasons".split(" "),
);
/** Words of money after a number: "2.4 million dollars", "300 euros". */
export const MONEY_WORDS = "dollars?|pounds?|euros?|pence|cents?|yuan|yen|rupees?|francs?";
/** Units written with a hyphen before a noun: "a 50-mile drive", "a 12-year-old". */
export const HYPHEN_UNITS =
  "mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|acre|hectare|hour|minute|day|week|month|year|year-old|storey|story|seat|bed|page|point|game|member|person|room";
/** Words near "5-2" or "7 to 2" that make it a vote. */
export const VOTE_WORDS = "vot|ballot|approv|reject|motion|majority|margin|in favou?r|passed the|adopted";
/** Words near "3-1" or "14 to 6" that make it a score. */
export const SCORE_WORDS =
  "made it|levell|equalis|equaliz|won|win|wins|beat|beats|lost|lose|loses|defeat|draw|drew|led|lead|leads|scor|victor|stun|edged|edge|outshot|outscored|trail|thrash|rout|final|semifinal|match|game|goal|series|set|inning|half-time|halftime";

// --- Language -------------------------------------------------------------------

/** Function words of English: a text with almost none of them is not English. */
export const ENGLISH = new Set(
  "the of and to in a is that for it was on with as he she by at from his her they this be are have has had not but said an which were their who".split(
    " ",
  ),
);

/** Words compared by their first five letters: "Japan" ~ "Japanese", "octopuses" ~ "octopus"; "wolves" ~ "wolf" stays apart. */
export const stem = (word: string): string => word.replace(/(?:ies|es|s)$/, "").slice(0, 5);
