export * from './database';
export * from './graphql';
export * from './eventually';
export * from './subgraph';
export * from './role-matrix';
export * from './erasure';
export * from './input-hygiene';
