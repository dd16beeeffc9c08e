import {
  type AppHealthResult,
  type HealthFinding,
} from './health-finding.type';

/**
 * Twenty shows one banner per app: the worst severity, a title counting the findings and a
 * description listing each finding with what to do.
 */
export const summariseHealth = (
  findings: readonly HealthFinding[],
): AppHealthResult => {
  if (findings.length === 0) return { status: 'OK' };
  const status = findings.some((finding) => finding.severity === 'ERROR')
    ? 'ERROR'
    : 'WARNING';
  const ordered = [...findings].sort((left, right) =>
    left.severity === right.severity ? 0 : left.severity === 'ERROR' ? -1 : 1,
  );
  return {
    status,
    title:
      findings.length === 1
        ? (ordered[0]?.message ?? '')
        : `Global Accounts found ${findings.length} problems`,
    description: ordered
      .map(
        (finding, index) =>
          `${index + 1}. ${finding.message} What to do: ${finding.action}`,
      )
      .join('\n'),
    action: { label: 'Open the app settings', location: '#variables' },
  };
};
