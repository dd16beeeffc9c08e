import { parse } from 'tldts';

import { fail, ok, type Result } from '../shared/result.type';

export type RegistrableDomainError = {
  code:
    | 'EMPTY_DOMAIN'
    | 'INVALID_DOMAIN'
    | 'IP_ADDRESS'
    | 'PUBLIC_SUFFIX_ONLY'
    | 'UNKNOWN_SUFFIX';
  message: string;
};

// The WHATWG URL class is a global in Node and browsers; the domain's build has no DOM or
// Node typings, so it is typed here with the one member used.
const WhatwgUrl = (
  globalThis as unknown as { URL: new (input: string) => { hostname: string } }
).URL;

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

// WHATWG URL parsing (global in Node and browsers) lower-cases the host, drops user info,
// port, path, query and fragment, and turns an IDN into punycode (UTS #46), so "Bücher.de"
// and "xn--bcher-kva.de" give one key.
const toAsciiHostname = (input: string): string | null => {
  const withoutMailbox = SCHEME.test(input)
    ? input
    : input.slice(input.lastIndexOf('@') + 1);
  try {
    const url = new WhatwgUrl(
      SCHEME.test(withoutMailbox) ? withoutMailbox : `http://${withoutMailbox}`,
    );
    return url.hostname.replace(/\.+$/, '');
  } catch {
    return null;
  }
};

/**
 * The registrable domain (public suffix + one label) of a website, URL or e-mail address, in
 * lower-case punycode: "https://www.shop.example.com.au:8443/x" → "example.com.au". Uses the
 * Public Suffix List bundled in tldts, private section included, so "acme.github.io" is its own
 * domain and not github.io's. IP addresses, bare suffixes and unlisted suffixes have none.
 */
export const normaliseRegistrableDomain = (
  input: string | null | undefined,
): Result<string, RegistrableDomainError> => {
  const raw = (input ?? '').trim();
  if (raw.length === 0)
    return fail({ code: 'EMPTY_DOMAIN', message: 'No domain given.' });
  const hostname = toAsciiHostname(raw);
  if (hostname === null || hostname.length === 0) {
    return fail({
      code: 'INVALID_DOMAIN',
      message: `"${raw}" is not a domain, URL or e-mail address.`,
    });
  }
  const parsed = parse(hostname, {
    allowPrivateDomains: true,
    extractHostname: false,
  });
  if (parsed.isIp === true) {
    return fail({
      code: 'IP_ADDRESS',
      message: `"${raw}" is an IP address: it has no registrable domain.`,
    });
  }
  if (parsed.isIcann !== true && parsed.isPrivate !== true) {
    return fail({
      code: 'UNKNOWN_SUFFIX',
      message: `"${raw}" does not end in a public suffix.`,
    });
  }
  if (parsed.domain === null) {
    return fail({
      code: 'PUBLIC_SUFFIX_ONLY',
      message: `"${raw}" is a public suffix: it has no registrable domain.`,
    });
  }
  return ok(parsed.domain);
};
