/**
 * A small gazetteer: the places a school news article most often names.
 * The NLP library tags places unevenly ("Napier" is just a proper noun to
 * it), so a name found here is a place whatever the library says. Names not
 * here can still be places when the library tags them so.
 */
import type { PlaceKind } from "../article/types";

const COUNTRIES =
  "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|Georgia|Germany|Ghana|Greece|Greenland|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Northern Ireland|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Britain|Great Britain|America|US|U.S.|USA|U.S.A.|UK|U.K.";

const CITIES =
  "Amsterdam|Athens|Atlanta|Auckland|Baghdad|Bangkok|Barcelona|Beijing|Beirut|Berlin|Birmingham|Bogotá|Boston|Brisbane|Brussels|Budapest|Buenos Aires|Cairo|Cambridge|Cape Town|Casablanca|Chengdu|Chicago|Copenhagen|Dallas|Delhi|Detroit|Dhaka|Dubai|Dublin|Edinburgh|Essex|Frankfurt|Geneva|Glasgow|Guangzhou|Hamburg|Hangzhou|Hanoi|Havana|Helsinki|Hong Kong|Houston|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|Kiel|Kigali|Kyoto|La Paz|Lagos|Las Vegas|Leeds|Lima|Lisbon|Liverpool|London|Los Angeles|Madrid|Manchester|Manila|Marrakech|Marrakesh|Melbourne|Mexico City|Miami|Milan|Montreal|Moscow|Mumbai|Munich|Nairobi|Napier|New Delhi|New Orleans|New York|Osaka|Oslo|Ottawa|Oxford|Paris|Philadelphia|Portland|Prague|Rabat|Rio de Janeiro|Riyadh|Rome|San Diego|San Francisco|Santiago|São Paulo|Seattle|Seoul|Shanghai|Shenzhen|Singapore City|Stockholm|Sydney|Taipei|Tehran|Tel Aviv|Tokyo|Toronto|Vancouver|Venice|Vienna|Warsaw|Washington|Wellington|Zurich|Ouarzazate|Cochabamba";

const REGIONS =
  "Africa|Asia|Europe|North America|South America|Latin America|Antarctica|Oceania|the Middle East|Middle East|Scandinavia|the Arctic|Arctic|Siberia|the Caribbean|Caribbean|the Balkans|Balkans|Sahara|the Sahara|Amazon|the Amazon|Andes|the Andes|Alps|the Alps|Himalayas|Silicon Valley|California|Texas|Florida|New Jersey|Oregon|Colorado|Alaska|Hawaii|Arizona|Nevada|Utah|Ohio|Michigan|Illinois|Virginia|Massachusetts|Pennsylvania|Bavaria|Tuscany|Catalonia|Patagonia|Yorkshire|Cornwall|Kent|Devon|Queensland|Tasmania|Ontario|Quebec|Hokkaido|Tibet|Xinjiang|Kashmir|Punjab|Bengal|Gaza|the West Bank|Crimea|Baltic Sea|Mediterranean|the Mediterranean|Atlantic|the Atlantic|Pacific|the Pacific|Indian Ocean|North Sea|Black Sea|Red Sea|East Africa|West Africa|Southeast Asia|Western Europe|Eastern Europe|Central Europe|North Island|South Island|Hawke’s Bay|Hawke's Bay";

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
  "American|British|English|Scottish|Welsh|Irish|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Polish|Russian|Ukrainian|Swedish|Norwegian|Danish|Finnish|Greek|Turkish|Chinese|Japanese|Korean|Indian|Pakistani|Australian|Canadian|Mexican|Brazilian|Argentine|Bolivian|Peruvian|Chilean|Moroccan|Egyptian|Nigerian|Kenyan|Rwandan|South African|Israeli|Iranian|Saudi|European|African|Asian".split("|"),
);
