/**
 * Legal forms removed from company names before matching.
 *
 * Source: the ISO 20275 Entity Legal Forms (ELF) code list published by GLEIF
 * (https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list),
 * columns "Abbreviations Local language" and "Entity Legal Form name Local name".
 * Curated subset, transcribed by hand on 2026-11-29 for the jurisdictions the app's users
 * trade in: no npm package ships the ELF list, and the CSV cannot be fetched from this
 * offline workspace, so check it against the current CSV when extending it.
 * Spelling with dots and spaces does not matter: every entry is folded and tokenised the way
 * names are ("Sp. z o.o." → sp z o o, also matched written together as "spzoo").
 */
export const LEGAL_FORMS_BY_JURISDICTION: Readonly<Record<string, readonly string[]>> = {
  AT: ['GmbH', 'AG', 'KG', 'OG', 'e.U.', 'Gesellschaft mit beschränkter Haftung', 'Aktiengesellschaft', 'Kommanditgesellschaft'],
  BE: ['NV', 'BV', 'BVBA', 'SA', 'SRL', 'SPRL', 'CV', 'SC', 'VZW', 'ASBL', 'Naamloze Vennootschap', 'Besloten Vennootschap', 'Société Anonyme', 'Société à responsabilité limitée'],
  CH: ['AG', 'SA', 'GmbH', 'Sàrl', 'Aktiengesellschaft', 'Société Anonyme', 'Società Anonima'],
  CZ: ['a.s.', 's.r.o.', 'spol. s r.o.', 'v.o.s.', 'k.s.', 'akciová společnost', 'společnost s ručením omezeným'],
  DE: ['GmbH', 'gGmbH', 'AG', 'KG', 'KGaA', 'OHG', 'GbR', 'UG', 'UG (haftungsbeschränkt)', 'eG', 'e.V.', 'e.K.', 'SE', 'GmbH & Co. KG', 'AG & Co. KG', 'Gesellschaft mit beschränkter Haftung', 'Aktiengesellschaft', 'Kommanditgesellschaft', 'Offene Handelsgesellschaft'],
  DK: ['A/S', 'ApS', 'I/S', 'K/S', 'P/S', 'IVS', 'Aktieselskab', 'Anpartsselskab'],
  EE: ['AS', 'OÜ', 'TÜ', 'UÜ', 'aktsiaselts', 'osaühing'],
  ES: ['SA', 'SL', 'SLU', 'SAU', 'SLL', 'Sociedad Anónima', 'Sociedad Limitada', 'Sociedad de Responsabilidad Limitada'],
  FI: ['Oy', 'Oyj', 'Ab', 'Abp', 'Ky', 'Ay', 'osakeyhtiö', 'julkinen osakeyhtiö', 'aktiebolag'],
  FR: ['SA', 'SAS', 'SASU', 'SARL', 'EURL', 'SNC', 'SCS', 'SCA', 'SCI', 'GIE', 'Société Anonyme', 'Société par actions simplifiée', 'Société à responsabilité limitée'],
  GB: ['Ltd', 'Limited', 'PLC', 'Public Limited Company', 'LLP', 'LP', 'CIC', 'Unlimited'],
  HU: ['Kft.', 'Zrt.', 'Nyrt.', 'Bt.', 'Kkt.', 'korlátolt felelősségű társaság'],
  IE: ['Ltd', 'Limited', 'DAC', 'PLC', 'UC', 'Teoranta', 'Teo', 'CTR'],
  IT: ['S.p.A.', 'S.r.l.', 'S.r.l.s.', 'S.a.s.', 'S.n.c.', 'S.c.a.r.l.', 'Società per azioni', 'Società a responsabilità limitata'],
  LT: ['UAB', 'AB', 'MB', 'uždaroji akcinė bendrovė', 'akcinė bendrovė'],
  LU: ['SA', 'SARL', 'SàRL', 'SCS', 'SCA', 'SE'],
  LV: ['SIA', 'AS', 'sabiedrība ar ierobežotu atbildību', 'akciju sabiedrība'],
  NL: ['BV', 'NV', 'VOF', 'CV', 'Besloten Vennootschap', 'Naamloze Vennootschap', 'Vennootschap onder firma', 'Coöperatie U.A.', 'U.A.'],
  NO: ['AS', 'ASA', 'ANS', 'DA', 'NUF', 'SA', 'KS', 'SF', 'aksjeselskap', 'allmennaksjeselskap'],
  PL: ['Sp. z o.o.', 'S.A.', 'Sp. k.', 'Sp. j.', 'Sp. p.', 'S.K.A.', 'spółka z ograniczoną odpowiedzialnością', 'spółka akcyjna', 'spółka komandytowa', 'spółka jawna'],
  PT: ['SA', 'Lda', 'Limitada', 'Unipessoal Lda', 'Sociedade Anónima'],
  SE: ['AB', 'HB', 'KB', 'Aktiebolag', 'Aktiebolaget', 'Handelsbolag', 'Kommanditbolag', 'Ek. för.'],
  SK: ['a.s.', 's.r.o.', 'spol. s r.o.', 'k.s.', 'v.o.s.'],
  US: ['Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'LLC', 'L.L.C.', 'LLP', 'LP', 'PC', 'PLLC', 'Co.', 'Company'],
  EU: ['SE', 'SCE', 'EEIG', 'Societas Europaea'],
};

/**
 * Not legal forms in the ELF list, but name endings that say nothing about identity:
 * "Smith & Co", "Nordlys AB (publ)", "Acme Holdings Pty Ltd".
 */
export const EXTRA_NAME_SUFFIXES: readonly string[] = ['Co', 'publ', 'Pty', 'Pty Ltd', 'Pte', 'Pte Ltd'];

/** Connectors that differ between spellings of one name ("&", "and", "und", "och", "og"). */
export const NAME_STOP_WORDS: readonly string[] = ['and', 'und', 'och', 'og', 'the'];
