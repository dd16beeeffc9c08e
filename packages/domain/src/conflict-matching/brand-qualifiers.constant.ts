/**
 * Words that name a place or a family role, not the brand: removed from the END of a name to
 * find its brand ("Nordlys Polska", "Nordlys Norge" and "Nordlys Group" share the brand
 * "nordlys"). Only trailing ones go: "International Paper" and "United Steel" keep theirs.
 * Country names in English and in the country's own language(s), as CLDR spells them
 * (Intl.DisplayNames on Node 24), curated by hand on 2026-11-29 for Europe and the largest
 * trading partners; folded the way names are.
 */
export const BRAND_QUALIFIERS: readonly string[] = [
  // organisation words
  'group', 'gruppe', 'gruppen', 'groep', 'groupe', 'gruppo', 'grupa', 'grupo', 'koncern', 'konsern', 'konzern',
  'holding', 'holdings', 'international', 'intl', 'worldwide', 'global', 'europe', 'european', 'emea',
  // countries: English, then local names
  'austria', 'osterreich', 'belgium', 'belgie', 'belgique', 'belgien', 'bulgaria', 'balgariya',
  'croatia', 'hrvatska', 'cyprus', 'czech', 'czechia', 'cesko', 'ceska', 'republika', 'republic',
  'denmark', 'danmark', 'estonia', 'eesti', 'finland', 'suomi', 'france', 'germany', 'deutschland',
  'greece', 'hellas', 'ellada', 'hungary', 'magyarorszag', 'ireland', 'eire', 'italy', 'italia',
  'latvia', 'latvija', 'lithuania', 'lietuva', 'luxembourg', 'luxemburg', 'letzebuerg', 'malta',
  'netherlands', 'nederland', 'holland', 'norway', 'norge', 'noreg', 'poland', 'polska', 'portugal',
  'romania', 'slovakia', 'slovensko', 'slovenia', 'slovenija', 'spain', 'espana', 'sweden', 'sverige',
  'switzerland', 'schweiz', 'suisse', 'svizzera', 'svizra', 'iceland', 'island', 'uk', 'gb',
  'britain', 'great', 'united', 'kingdom', 'england', 'scotland', 'wales', 'usa', 'america',
  'states', 'canada', 'mexico', 'brasil', 'brazil', 'china', 'zhongguo', 'japan', 'nippon', 'india',
  'turkey', 'turkiye', 'ukraine', 'ukraina', 'serbia', 'srbija', 'australia', 'singapore',
  // regions
  'nordics', 'scandinavia', 'benelux', 'dach', 'baltics', 'cee', 'apac', 'latam',
];
