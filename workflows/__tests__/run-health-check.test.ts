import { runHealthCheck } from '../admin/run-health-check.util';

// Without readable settings the health check answers from them alone (no API request).
describe('runHealthCheck on settings the app cannot read', () => {
  it.each([
    [
      {
        TWENTY_API_URL: 'http://twenty.test',
        TWENTY_APP_APPLICATION_ACCESS_TOKEN: 't',
        EXCHANGE_RATES: '[',
      },
      /^Exchange rates is not JSON/,
    ],
    [
      {
        TWENTY_API_URL: 'http://twenty.test',
        TWENTY_APP_APPLICATION_ACCESS_TOKEN: 't',
        CREDIT_FAN_OUT_PAGES_PER_RUN: '0',
      },
      /^The app's settings cannot be read \(invalid app configuration: CREDIT_FAN_OUT_PAGES_PER_RUN/,
    ],
    [{ TWENTY_API_URL: 'http://twenty.test' }, /no access token/],
  ])('%j', async (environment, title) => {
    const result = await runHealthCheck(environment);

    expect(result.status).toBe('ERROR');
    expect('title' in result ? result.title : '').toMatch(title);
    expect('description' in result ? result.description : '').toMatch(
      /What to do: /,
    );
  });
});
