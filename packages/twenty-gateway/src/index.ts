export * from './client/gateway-error.type';
export * from './client/graphql-client.util';
export * from './credit/load-credit-contexts.util';
export * from './credit/save-credit-changes.util';
export * from './credit/credit-context.query';
export * from './scope/load-account-coverage.util';
export * from './scope/find-opportunity-ids.util';
export * from './graphql-documents.constant';
