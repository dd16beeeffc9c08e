import { normaliseRegistrableDomain } from '../normalise-registrable-domain.util';

const SUCCESSES = [
  {
    title: 'a host under a two-level suffix',
    input: 'www.shop.example.com.au',
    expected: 'example.com.au',
  },
  {
    title: 'a URL with scheme, port, path and query',
    input: 'HTTPS://WWW.Example.CO.UK:8443/pl/?x=1#top',
    expected: 'example.co.uk',
  },
  {
    title: 'an e-mail address',
    input: 'Anna.Nowak@nordlys.pl',
    expected: 'nordlys.pl',
  },
  {
    title: 'user info in a URL',
    input: 'https://user:secret@www.nordlys.com',
    expected: 'nordlys.com',
  },
  { title: 'a trailing dot', input: 'nordlys.com.', expected: 'nordlys.com' },
  {
    title: 'an IDN, as punycode',
    input: 'www.Bücher.de',
    expected: 'xn--bcher-kva.de',
  },
  {
    title: 'an IDN already in punycode',
    input: 'xn--bcher-kva.de',
    expected: 'xn--bcher-kva.de',
  },
  {
    title: 'an IDN suffix',
    input: 'пример.рф',
    expected: 'xn--e1afmkfd.xn--p1ai',
  },
  {
    title: 'a private suffix (each site its own)',
    input: 'nordlys.github.io',
    expected: 'nordlys.github.io',
  },
  {
    title: 'a surrounding blank',
    input: '  nordlys.com  ',
    expected: 'nordlys.com',
  },
];

const FAILURES = [
  { title: 'nothing', input: '', code: 'EMPTY_DOMAIN' },
  { title: 'null', input: null, code: 'EMPTY_DOMAIN' },
  { title: 'an IPv4 address', input: '192.168.1.10', code: 'IP_ADDRESS' },
  {
    title: 'an IPv6 URL with port',
    input: 'http://[2001:db8::1]:8080/x',
    code: 'IP_ADDRESS',
  },
  { title: 'a bare public suffix', input: 'co.uk', code: 'PUBLIC_SUFFIX_ONLY' },
  { title: 'a bare TLD', input: 'com', code: 'PUBLIC_SUFFIX_ONLY' },
  {
    title: 'an unlisted suffix',
    input: 'nordlys.internal',
    code: 'UNKNOWN_SUFFIX',
  },
  { title: 'localhost', input: 'localhost:3000', code: 'UNKNOWN_SUFFIX' },
  { title: 'words with spaces', input: 'not a domain', code: 'INVALID_DOMAIN' },
  { title: 'a bare scheme', input: 'https://', code: 'INVALID_DOMAIN' },
];

describe('normaliseRegistrableDomain', () => {
  it.each(SUCCESSES)('reads $title', ({ input, expected }) => {
    expect(normaliseRegistrableDomain(input)).toEqual({
      success: true,
      data: expected,
    });
  });

  it.each(FAILURES)('refuses $title with $code', ({ input, code }) => {
    expect(normaliseRegistrableDomain(input)).toMatchObject({
      success: false,
      error: { code },
    });
  });
});
