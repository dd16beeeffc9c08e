import { parse, validate } from 'graphql';

import {
  type JobsHandler,
  buildMetadataRoot,
  buildMetadataSchema,
} from './metadata-schema.service';

const handler = (): JobsHandler & { requests: unknown[] } => {
  const requests: unknown[] = [];
  return {
    requests,
    enqueue: (request) => {
      requests.push(request);
      return {
        jobIds: request.items.map((item, i) => item.jobId ?? `job-${i}`),
        enqueuedCount: request.items.length,
      };
    },
    getJobs: () => [],
  };
};

describe('buildMetadataRoot', () => {
  it('enqueues payloads with Twenty defaults (retryLimit 3, no delay)', () => {
    const jobs = handler();

    const result = buildMetadataRoot({
      ...jobs,
      applications: null,
    }).enqueueJobs({
      input: {
        logicFunctionUniversalIdentifier: 'fn',
        payloads: [{ a: 1 }, { a: 2 }],
      },
    });

    expect(result).toEqual({
      enqueued: true,
      logicFunctionUniversalIdentifier: 'fn',
      enqueuedJobsCount: 2,
      jobIds: ['job-0', 'job-1'],
    });
    expect(jobs.requests[0]).toMatchObject({ retryLimit: 3, delayMs: 0 });
  });

  it('refuses more than 200 jobs, a retryLimit above 10 and a delay above 7 days', () => {
    const root = buildMetadataRoot({ ...handler(), applications: null });
    const payloads = Array.from({ length: 201 }, () => ({}));

    expect(() =>
      root.enqueueJobs({
        input: { logicFunctionUniversalIdentifier: 'fn', payloads },
      }),
    ).toThrow('Cannot enqueue more than 200 jobs at once');
    expect(() =>
      root.enqueueJob({
        input: { logicFunctionUniversalIdentifier: 'fn', retryLimit: 11 },
      }),
    ).toThrow('retryLimit must be between 0 and 10');
    expect(() =>
      root.enqueueJob({
        input: { logicFunctionUniversalIdentifier: 'fn', delayMs: 604_800_001 },
      }),
    ).toThrow('delayMs must be between 0 and 604800000');
  });

  it('accepts the document twenty-client-sdk/metadata sends for enqueueJobs', () => {
    const errors = validate(
      buildMetadataSchema(),
      parse(
        'mutation ($v1: EnqueueJobsInput!) { enqueueJobs(input: $v1) { enqueued logicFunctionUniversalIdentifier enqueuedJobsCount jobIds } }',
      ),
    );

    expect(errors).toEqual([]);
  });
});
