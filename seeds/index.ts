export * from './constants/seed-ids.constant';
export * from './demo-family.seed';
export * from './load-demo-family.util';
