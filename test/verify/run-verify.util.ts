import { cleanUpVerifyRecords } from './clean-up-verify-records.util';
import {
  createVerifyFixture,
  CREDIT_SCENARIOS,
  type VerifyScenario,
} from './credit-scenarios';
import { VERIFY_TAG, type VerifyTarget } from './verify-target.type';

export type VerifyReport = { passed: number; failed: number; summary: string };

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Runs the credit scenarios against a Twenty with the app installed and prints one line per
 * scenario, then "N passed, N failed". Leftovers of an earlier run that stopped half-way are
 * removed first; this run's records are removed at the end, whatever happened.
 */
export const runVerify = async ({
  target,
  log,
  scenarios = CREDIT_SCENARIOS,
}: {
  target: VerifyTarget;
  log: (line: string) => void;
  scenarios?: readonly VerifyScenario[];
}): Promise<VerifyReport> => {
  const leftovers = await cleanUpVerifyRecords(target);
  if (leftovers.accounts + leftovers.deals > 0)
    log(
      `Removed the records of an earlier verify run (${leftovers.accounts} accounts, ${leftovers.deals} deals).`,
    );
  const runTag = `${VERIFY_TAG} ${new Date().toISOString()}`;
  let passed = 0;
  let failed = 0;
  try {
    const fixture = await createVerifyFixture(target, runTag).catch(
      (error: unknown) => {
        throw new Error(
          `could not create the verify records: ${messageOf(error)}`,
        );
      },
    );
    for (const scenario of scenarios) {
      try {
        await scenario.run(target, fixture);
        passed += 1;
        log(`  ✔ ${scenario.name}`);
      } catch (error) {
        failed += 1;
        log(`  ✘ ${scenario.name}: ${messageOf(error)}`);
      }
    }
  } catch (error) {
    failed = scenarios.length - passed;
    log(`  ✘ ${messageOf(error)}`);
  } finally {
    // Let the functions the scenarios triggered finish, then remove what the run created.
    await target.eventually(() => Promise.resolve()).catch(() => undefined);
    await cleanUpVerifyRecords(target).catch((error: unknown) =>
      log(
        `Could not remove this run's records (the next run will): ${messageOf(error)}`,
      ),
    );
  }
  const summary = `${passed} passed, ${failed} failed`;
  log(summary);
  return { passed, failed, summary };
};
