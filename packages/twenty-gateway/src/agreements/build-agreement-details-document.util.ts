import { buildRootPagesDocument } from '../paging/build-root-pages-document.util';
import { type RootPageRequest } from '../paging/root-page-request.type';
import { VOLUME_GROUP_BY_FIELD } from './agreement-family.query';

/**
 * One document with the first page of each detail list (tiers, settlements, conflicts) and the
 * volume group-by: the second of the three requests of a recompute.
 */
export const buildAgreementDetailsDocument = ({
  requests,
  volumeFilter,
}: {
  requests: Record<string, RootPageRequest>;
  volumeFilter: Record<string, unknown>;
}): { document: string; variables: Record<string, unknown> } => {
  const pages = buildRootPagesDocument({
    slots: Object.values(requests).map((request, index) => ({
      alias: `r${index}`,
      request,
      after: null,
    })),
  });
  const document = pages.document
    .replace(
      'query LoadRootPages(',
      'query LoadAgreementDetails($volumeFilter: OpportunityFilterInput, ',
    )
    .replace(/\n}$/, `\n  ${VOLUME_GROUP_BY_FIELD}\n}`);
  return { document, variables: { ...pages.variables, volumeFilter } };
};
