import { buildCompanyMatchKeys } from '@global-accounts/domain';

import {
  COMPANIES,
  CURRENT_PERIOD,
  PEOPLE,
  createCreditScenario,
  opportunityId,
  toMicros,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const ROUTE = '/s/conflict-radar/prospect-check';

type Answer = {
  statusCode?: number;
  messages?: string[];
  message?: string;
  matches?: {
    companyId: string;
    matchClass: string;
    name: string;
    countryCode: string | null;
    owningOffice: string | null;
    ownerName: string | null;
    globalAccountName: string | null;
    openOpportunityCount: number;
  }[];
};

describe('prospect check route, through the built app on the host', () => {
  let app: AppHost;
  let repToken: string;

  const check = async (
    body: string | object,
    token: string | null = repToken,
  ): Promise<{ status: number; answer: Answer }> => {
    const response = await fetch(`${app.host.url}${ROUTE}`, {
      method: 'POST',
      headers: {
        // A form-like text body reaches the function as { raw } (Twenty's extractBody).
        'content-type':
          typeof body === 'string' ? 'text/plain' : 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      answer: (await response.json()) as Answer,
    };
  };

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app);
    // The company radar writes these keys on every company (h/radar-companies); written here
    // directly so the route is tested on its own.
    const companies = Object.entries(COMPANIES).map(([country, id]) => {
      const registrationNumber = country === 'PL' ? 'PL5213017228' : null;
      const { keys } = buildCompanyMatchKeys({
        name: `Nordlys ${country}`,
        domainName: null,
        countryCode: country,
        registrationNumber,
      });
      return {
        id,
        registrationNumber: keys.registrationNumber,
        matchKey: keys.matchKey,
        matchBrandKey: keys.matchBrandKey,
        matchDomain: keys.matchDomain,
        matchRegistrationKey: keys.matchRegistrationKey,
        matchPhoneticKey: keys.matchPhoneticKey,
        matchPrefixKey: keys.matchPrefixKey,
        ...(country === 'PL' ? { accountOwnerId: PEOPLE.plLam } : {}),
      };
    });
    for (const { id, ...data } of companies)
      await app.graphql(
        'mutation U($id: UUID!, $data: CompanyUpdateInput!) { updateCompany(id: $id, data: $data) { id } }',
        { id, data },
      );
    await app.graphql(
      'mutation Deals($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
      {
        data: [
          {
            id: opportunityId(401),
            name: 'Warsaw lights',
            ownerId: PEOPLE.plLam,
            companyId: COMPANIES.PL,
            stage: 'PROPOSAL',
            closeDate: `${CURRENT_PERIOD.midDate}T12:00:00.000Z`,
            amount: { amountMicros: toMicros('1000'), currencyCode: 'EUR' },
          },
        ],
      },
    );
    await app.host.waitForIdle(120_000);
    repToken = app.host.createUserToken(PEOPLE.deLam);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('a rep finds who works a company by name, with its country, office, owner, account and open deals (nothing else)', async () => {
    const { status, answer } = await check({
      name: 'Nordlys PL Sp. z o.o.',
      countryCode: 'PL',
    });
    expect(status).toBe(200);
    expect(answer.matches?.[0]).toEqual({
      companyId: COMPANIES.PL,
      matchClass: 'POSSIBLE',
      reasons: ['SIMILAR_NAME'],
      nameSimilarity: 1,
      assumedSameCountry: false,
      name: 'Nordlys PL',
      countryCode: 'PL',
      owningOffice: 'PL',
      ownerName: 'plLam Test',
      globalAccountName: 'Nordlys Group',
      lastActivityAt: expect.any(String) as unknown,
      openOpportunityCount: 1,
    });
    expect(answer.message).toMatch(
      /in a global account: talk to its team first\.$/,
    );
  });

  it('finds a spelling variant and the same registration number', async () => {
    const variant = await check({ name: 'Nordlis PL', countryCode: 'PL' });
    expect(variant.status).toBe(200);
    expect(
      variant.answer.matches?.map((m) => [m.companyId, m.matchClass]),
    ).toContainEqual([COMPANIES.PL, 'POSSIBLE']);
    const byNumber = await check({
      registrationNumber: '521-301-72-28',
      countryCode: 'PL',
    });
    expect(byNumber.answer.matches?.[0]).toMatchObject({
      companyId: COMPANIES.PL,
      matchClass: 'SAME_ENTITY',
    });
  });

  it('answers an unknown company with no matches', async () => {
    const { status, answer } = await check({
      name: 'Hexatronic',
      countryCode: 'SE',
    });
    expect(status).toBe(200);
    expect(answer.matches).toEqual([]);
  });

  it.each([
    [{}, 'Give a name, a domain or a registration number to look for.'],
    [{ name: '!!! ...' }, 'name: '],
    [{ domain: 'http://10.0.0.1:8080/x' }, 'is an IP address'],
    [
      { registrationNumber: 'ABCDEFGH', countryCode: 'PL' },
      'registrationNumber: ',
    ],
    [
      { name: 'Nordlys', countryCode: 'Poland' },
      'is not an ISO 3166-1 alpha-2 code',
    ],
    ['name=Nordlys', 'The body is not JSON'],
  ])('refuses %j with a 400 and a clear message', async (body, message) => {
    const { status, answer } = await check(body);
    expect(status).toBe(400);
    expect(answer.statusCode).toBe(400);
    expect(answer.messages?.join(' ')).toContain(message);
  });

  it('refuses a request without a token', async () => {
    expect((await check({ name: 'Nordlys' }, null)).status).toBe(401);
  });
});
